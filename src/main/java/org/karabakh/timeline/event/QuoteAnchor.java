package org.karabakh.timeline.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.model.Citation;

/** Where a quote stands in its article, as two W3C Web Annotation selectors. */
@Schema(name = "QuoteAnchor", description = """
        Where the quote stands in the `text` of its article (GET /api/v1/sources/{sourceId}), as two W3C Web \
        Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) that a front-end can use to \
        highlight it: `position` by offsets, `quote` by the exact text and its context. Both select the same \
        characters: `text` sliced from `position.start` to `position.end`, counted in Unicode code points, is \
        `quote.exact`.""")
public record QuoteAnchor(
        @Schema(required = true, description = "The quote's offsets in the article's text.")
        TextPosition position,
        @Schema(required = true, description = "The quote's exact text in the article, with its context.")
        TextQuote quote) {

    static QuoteAnchor of(Citation citation) {
        return new QuoteAnchor(new TextPosition(TextPosition.TYPE, citation.anchorStart, citation.anchorEnd),
                new TextQuote(TextQuote.TYPE, citation.anchorExact, citation.anchorPrefix, citation.anchorSuffix));
    }

    @Schema(name = "TextPositionSelector", description = """
            A W3C TextPositionSelector: the quote's first code point and the one after its last, counted in \
            Unicode code points from the start of the article's `text` (not UTF-16 units: in JavaScript slice \
            `Array.from(text).slice(start, end).join('')`).""")
    public record TextPosition(
            @Schema(required = true, description = "Always `TextPositionSelector`.",
                    enumeration = TextPosition.TYPE, examples = TextPosition.TYPE) String type,
            @Schema(required = true, description = "Code-point offset of the quote's first character.",
                    minimum = "0", examples = "2000") int start,
            @Schema(required = true, description = "Code-point offset just after the quote's last character.",
                    minimum = "1", examples = "2220") int end) {

        static final String TYPE = "TextPositionSelector";
    }

    @Schema(name = "TextQuoteSelector", description = """
            A W3C TextQuoteSelector: the quote exactly as the article's `text` has it, and the code points just \
            before and after it, which tell it from any other place where the same words stand.""")
    public record TextQuote(
            @Schema(required = true, description = "Always `TextQuoteSelector`.",
                    enumeration = TextQuote.TYPE, examples = TextQuote.TYPE) String type,
            @Schema(required = true, description = """
                    The article's text from `position.start` to `position.end`: the citation's `quote` with the \
                    article's own line breaks and spacing, where `quote` has single spaces.""") String exact,
            @Schema(required = true, description = """
                    Up to 32 code points of the article's text just before the quote; fewer at its start.""")
            String prefix,
            @Schema(required = true, description = """
                    Up to 32 code points of the article's text just after the quote; fewer at its end.""")
            String suffix) {

        static final String TYPE = "TextQuoteSelector";
    }
}
