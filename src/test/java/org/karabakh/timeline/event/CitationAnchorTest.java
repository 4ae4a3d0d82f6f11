package org.karabakh.timeline.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.Fixture;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every citation's anchor selects its quote in the text GET /api/v1/sources/{id} serves: the text sliced by
 * code points at start..end is exactly {@code exact}, the prefix and suffix are the text just around it, and
 * {@code exact} is the quote with the article's own spacing. (No quote of the fixture crosses a line break in
 * its article; {@code seed.ArticleTextTest} anchors one that does, from the seed validator's fixture.)
 */
@QuarkusTest
class CitationAnchorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> texts = new HashMap<>();

    @Test
    void shouldSelectExactlyTheQuoteByCodePointsInTheSourceTextForEveryCitation() throws IOException {
        List<JsonNode> citations = everyCitation();

        assertThat(citations).hasSize(Fixture.CITATIONS);
        for (JsonNode citation : citations) {
            String text = text(citation.path("sourceId").asText());
            JsonNode anchor = citation.path("anchor");
            int start = anchor.path("position").path("start").asInt();
            int end = anchor.path("position").path("end").asInt();
            String exact = anchor.path("quote").path("exact").asText();

            assertThat(codePoints(text, start, end)).as("text[%d..%d] of %s", start, end, citation.path("sourceId"))
                    .isEqualTo(exact);
            assertThat(exact.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")).isEqualTo(citation.path("quote").asText());
        }
    }

    @Test
    void shouldTakeUpToThirtyTwoCodePointsJustBeforeAndAfterTheQuoteAsPrefixAndSuffix() throws IOException {
        for (JsonNode citation : everyCitation()) {
            String text = text(citation.path("sourceId").asText());
            int length = text.codePointCount(0, text.length());
            JsonNode anchor = citation.path("anchor");
            int start = anchor.path("position").path("start").asInt();
            int end = anchor.path("position").path("end").asInt();

            assertThat(anchor.path("quote").path("prefix").asText())
                    .isEqualTo(codePoints(text, Math.max(0, start - 32), start));
            assertThat(anchor.path("quote").path("suffix").asText())
                    .isEqualTo(codePoints(text, end, Math.min(length, end + 32)));
        }
    }

    @Test
    void shouldNameTheW3cSelectorTypes() {
        given().when().get("/api/v1/events/nkao-established-1923")
                .then().statusCode(200)
                .body("citations[0].anchor.position.type", equalTo("TextPositionSelector"))
                .body("citations[0].anchor.quote.type", equalTo("TextQuoteSelector"));
    }

    private static List<JsonNode> everyCitation() throws IOException {
        JsonNode page = JSON.readTree(given().queryParam("size", "100").when().get("/api/v1/events")
                .then().statusCode(200).extract().asString());
        List<JsonNode> citations = new ArrayList<>();
        page.path("items").forEach(event -> event.path("citations").forEach(citations::add));
        return citations;
    }

    private String text(String sourceId) {
        return texts.computeIfAbsent(sourceId, id -> given().when().get("/api/v1/sources/" + id)
                .then().statusCode(200).extract().jsonPath().getString("text"));
    }

    private static String codePoints(String text, int start, int end) {
        return text.codePoints().skip(start).limit(end - start)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
