package org.karabakh.timeline.seed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loader's checks, run on a small valid fixture ({@code seed-fixtures/valid}) and on copies of
 * it broken in one place each. Every message must name the file, the item and the field.
 */
class SeedValidatorTest {

    private static final Path VALID = SeedFixtures.VALID;

    /** The start of the fixture event's date (its citation's stated date has the same start). */
    private static final String EVENT_DATE = "date:\n      start: \"2020-11-09\"";

    @TempDir
    Path dir;

    @Test
    void shouldAcceptTheValidFixture() {
        assertThatCode(() -> validate(VALID)).doesNotThrowAnyException();
    }

    @Test
    void shouldAcceptTheProjectSeeds() {
        assertThatCode(() -> validate(Path.of("seeds"))).doesNotThrowAnyException();
    }

    @Test
    void shouldRejectAQuoteThatIsNotInItsArticle() {
        Path seeds = brokenCopy("events.yaml", "the two parties signed a ceasefire", "the two parties rejected a ceasefire");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("events.yaml: event 'ceasefire-signed', field 'citations[0].quote'")
                .hasMessageContaining("quote not found verbatim in article gazette.txt of source 'gazette'");
    }

    @Test
    void shouldAcceptAQuoteThatDiffersFromItsArticleOnlyInLineBreaks() {
        // The article breaks the sentence over two lines; the fixture's quote is on one.
        assertThatCode(() -> validate(VALID)).doesNotThrowAnyException();
        assertThat(SeedFixtures.read(VALID.resolve("articles/gazette.txt"))).contains("ceasefire\nagreement");
    }

    @Test
    void shouldRejectAQuoteThatCannotBeAnchoredBecauseTheArticleRepeatsItWithTheSameContext() {
        // The article as two identical copies: the quote stands twice with the same 32 characters around it.
        Path seeds = brokenCopy("articles/gazette.txt", "agreement in the capital.\n", """
                agreement in the capital.
                The rest of this page repeats the report word for word.
                Test Gazette, 10 November 2020.
                On November 9, 2020 the two parties signed a ceasefire
                agreement in the capital.
                The rest of this page repeats the report word for word.
                """);

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("events.yaml: event 'ceasefire-signed', field 'citations[0].quote': quote cannot "
                        + "be anchored: it stands 2 times in article gazette.txt of source 'gazette' with the same 32 "
                        + "characters before and after it");
    }

    @Test
    void shouldAcceptAQuoteThatStandsTwiceInDifferentContexts() {
        Path seeds = brokenCopy("articles/gazette.txt", "agreement in the capital.\n", """
                agreement in the capital.
                Yesterday's report, repeated: On November 9, 2020 the two parties signed a ceasefire agreement in the capital.
                """);

        assertThatCode(() -> validate(seeds)).doesNotThrowAnyException();
    }

    @Test
    void shouldRejectAStatedPhraseThatIsNotInItsArticle() {
        Path seeds = brokenCopy("events.yaml", "phrase: \"On November 9, 2020\"", "phrase: \"On November 8, 2020\"");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("events.yaml: event 'ceasefire-signed', field 'citations[0].stated.phrase': "
                        + "phrase not found verbatim in article gazette.txt of source 'gazette': \"On November 8, 2020\"");
    }

    @Test
    void shouldRejectAStatedDateWithoutAPhrase() {
        Path seeds = brokenCopy("events.yaml", "phrase: \"On November 9, 2020\", ", "");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("events.yaml: event 'ceasefire-signed', field 'citations[0].stated.phrase': "
                        + "is required");
    }

    @Test
    void shouldRejectAStatedDateThatIsNotARealDate() {
        Path seeds = brokenCopy("events.yaml", "start: \"2020-11-09\" }", "start: \"2020-11-31\" }");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("events.yaml: event 'ceasefire-signed', field 'citations[0].stated': "
                        + "'2020-11-31' is not a real calendar date");
    }

    @Test
    void shouldRejectAnInferredStatedDateWithoutANote() {
        Path seeds = brokenCopy("events.yaml", "start: \"2020-11-09\" }", "start: \"2020-11-09\", inferred: true }");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("field 'citations[0].stated': an inferred date needs a note");
    }

    @Test
    void shouldRejectAnEventIdThatTheDeletedEventsPathWouldShadow() {
        Path seeds = brokenCopy("events.yaml", "id: ceasefire-signed", "id: deleted");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("events.yaml: event 'deleted', field 'id': 'deleted' is reserved");
    }

    @Test
    void shouldRejectADanglingActorReference() {
        Path seeds = brokenCopy("events.yaml", "{ id: party-a, role: signatory }", "{ id: party-z, role: signatory }");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("events.yaml: event 'ceasefire-signed', field 'actors[0].id': refers to unknown actor 'party-z'");
    }

    @Test
    void shouldRejectAnImpossibleDate() {
        Path seeds = brokenCopy("events.yaml", EVENT_DATE, "date:\n      start: \"2020-13-45\"");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("events.yaml: event 'ceasefire-signed', field 'date': '2020-13-45' is not a real calendar date");
    }

    @Test
    void shouldRejectAnEndBeforeTheStart() {
        Path seeds = brokenCopy("events.yaml", EVENT_DATE, EVENT_DATE + "\n      end: \"2020-11-01\"");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("field 'date': end '2020-11-01' is before start '2020-11-09'");
    }

    @Test
    void shouldRejectAnInferredDateWithoutANote() {
        Path seeds = brokenCopy("events.yaml", EVENT_DATE, EVENT_DATE + "\n      inferred: true");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("field 'date': an inferred date needs a note");
    }

    @Test
    void shouldRejectADuplicateId() {
        Path seeds = brokenCopy("actors.yaml", "actors:\n", """
                actors:
                  - id: party-a
                    name: Party A again
                    kind: state
                    description: A second entry with the same id.
                """);

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("actors.yaml: actor 'party-a', field 'id': duplicate id 'party-a'");
    }

    @Test
    void shouldRejectAnUnknownEventType() {
        Path seeds = brokenCopy("events.yaml", "type: ceasefire", "type: battle");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("events.yaml: event 'ceasefire-signed', field 'type': unknown value 'battle'");
    }

    @Test
    void shouldRejectAnUnknownPlaceKind() {
        Path seeds = brokenCopy("places.yaml", "    kind: city", "    kind: village");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("places.yaml: place 'capital', field 'kind': unknown value 'village'; "
                        + "accepted: region, corridor, city");
    }

    @Test
    void shouldRejectAnUnknownFieldWithItsLocation() {
        Path seeds = brokenCopy("places.yaml", "    kind: city", "    kind: city\n    population: 1000000");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("places.yaml: (file), field 'places[0].population'");
    }

    @Test
    void shouldRejectAMissingArticle() {
        Path seeds = brokenCopy("sources.yaml", "file: gazette.txt", "file: missing.txt");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("sources.yaml: source 'gazette', field 'file': article not found");
    }

    @Test
    void shouldReportEveryProblemAtOnce() {
        Path seeds = brokenCopy("events.yaml", "type: ceasefire", "type: battle");
        SeedFixtures.replace(seeds.resolve("events.yaml"), "era: present", "era: future");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .satisfies(e -> assertThat(((SeedValidationException) e).violations()).hasSize(2));
    }

    @Test
    void shouldReportEveryFileThatDoesNotParseAtOnce() {
        Path seeds = brokenCopy("places.yaml", "    kind: city", "    kind: city\n    population: 1000000");
        SeedFixtures.replace(seeds.resolve("events.yaml"), "title: Ceasefire signed", "title: \"Ceasefire signed");

        assertThatThrownBy(() -> validate(seeds)).isInstanceOf(SeedValidationException.class)
                .hasMessageContaining("places.yaml: (file), field 'places[0].population'")
                .hasMessageContaining("events.yaml: (file), field 'events[0]'");
    }

    @Test
    void shouldGiveTheSameDigestForTheSameSeeds() {
        assertThat(SeedFixtures.scan(VALID).digest()).isEqualTo(SeedFixtures.scan(VALID).digest());
    }

    @Test
    void shouldChangeTheDigestWhenAnArticleChangesByOneByte() {
        Path seeds = brokenCopy("articles/gazette.txt", "10 November", "11 November");

        assertThat(SeedFixtures.scan(seeds).digest()).isNotEqualTo(SeedFixtures.scan(VALID).digest());
    }

    private static void validate(Path seeds) {
        SeedFixtures.scan(seeds);
    }

    private Path brokenCopy(String file, String text, String replacement) {
        return SeedFixtures.brokenCopy(dir, file, text, replacement);
    }
}
