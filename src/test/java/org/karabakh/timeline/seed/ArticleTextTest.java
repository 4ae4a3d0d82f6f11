package org.karabakh.timeline.seed;

import org.junit.jupiter.api.Test;
import org.karabakh.timeline.seed.ArticleText.QuoteAnchor;
import org.karabakh.timeline.seed.SeedModel.CitationSeed;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quote anchors: the verbatim (whitespace-normalised) match of a quote, mapped back to code-point offsets
 * in the article as received, with the W3C quote selector's context.
 */
class ArticleTextTest {

    @Test
    void shouldAnchorAQuoteThatBreaksOverTwoLinesInTheArticleWithTheArticlesLineBreak() {
        // The valid fixture's article breaks its one sentence over two lines; the quote is on one.
        String article = SeedFixtures.read(SeedFixtures.VALID.resolve("articles/gazette.txt"));
        CitationSeed citation = validFixtureCitation();

        QuoteAnchor anchor = new ArticleText(article).anchor(citation.quote()).orElseThrow();

        assertThat(anchor.exact()).isEqualTo("On November 9, 2020 the two parties signed a ceasefire\n"
                + "agreement in the capital.");
        assertThat(codePoints(article, anchor.start(), anchor.end())).isEqualTo(anchor.exact());
        assertThat(ArticleText.normalise(anchor.exact())).isEqualTo(ArticleText.normalise(citation.quote()));
    }

    @Test
    void shouldTakeThePrefixAndSuffixFromTheTextJustBeforeAndAfterTheQuote() {
        String article = SeedFixtures.read(SeedFixtures.VALID.resolve("articles/gazette.txt"));

        QuoteAnchor anchor = new ArticleText(article).anchor(validFixtureCitation().quote()).orElseThrow();

        assertThat(anchor.prefix()).isEqualTo("Test Gazette, 10 November 2020.\n");
        assertThat(anchor.suffix()).isEqualTo("\n");
        assertThat(anchor.prefix() + anchor.exact() + anchor.suffix()).isEqualTo(article);
    }

    @Test
    void shouldCountOffsetsInCodePointsNotUtf16Units() {
        // U+1F54A (dove) is one code point but two UTF-16 units.
        String article = "\uD83D\uDD4A\uD83D\uDD4A peace talks began.";

        QuoteAnchor anchor = new ArticleText(article).anchor("peace talks").orElseThrow();

        assertThat(anchor.start()).isEqualTo(3);
        assertThat(anchor.end()).isEqualTo(14);
        assertThat(anchor.prefix()).isEqualTo("\uD83D\uDD4A\uD83D\uDD4A ");
    }

    @Test
    void shouldKeepAtMostThirtyTwoCodePointsOfContextOnEachSide() {
        String article = "a".repeat(40) + " the quote " + "b".repeat(40);

        QuoteAnchor anchor = new ArticleText(article).anchor("the quote").orElseThrow();

        assertThat(anchor.prefix()).isEqualTo("a".repeat(31) + " ");
        assertThat(anchor.suffix()).isEqualTo(" " + "b".repeat(31));
    }

    @Test
    void shouldMatchNoBreakSpacesAndRunsOfWhitespaceAsOneSpace() {
        String article = "It was signed\u00A0on  9\tNovember.";

        QuoteAnchor anchor = new ArticleText(article).anchor("signed on 9 November").orElseThrow();

        assertThat(anchor.exact()).isEqualTo("signed\u00A0on  9\tNovember");
    }

    @Test
    void shouldAnchorTheFirstOfTwoPlacesThatTheContextTellsApart() {
        String article = "First: the same words. Then: the same words.";

        QuoteAnchor anchor = new ArticleText(article).anchor("the same words").orElseThrow();

        assertThat(anchor.start()).isEqualTo(7);
        assertThat(new ArticleText(article).occurrences("the same words")).hasSize(2);
    }

    @Test
    void shouldNotAnchorAQuoteTheContextCannotTellApart() {
        String copy = "x".repeat(40) + " the same words " + "y".repeat(40);

        assertThat(new ArticleText(copy + copy).anchor("the same words")).isEmpty();
    }

    @Test
    void shouldNotAnchorAQuoteThatIsNotInTheArticle() {
        assertThat(new ArticleText("Nothing to see.").anchor("something")).isEmpty();
    }

    private static CitationSeed validFixtureCitation() {
        return SeedFixtures.scan(SeedFixtures.VALID).events().get(0).citations().get(0);
    }

    private static String codePoints(String text, int start, int end) {
        return text.codePoints().skip(start).limit(end - start)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
