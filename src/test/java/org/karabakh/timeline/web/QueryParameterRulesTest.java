package org.karabakh.timeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * One rule per kind of query parameter, the same on every endpoint: numbers are ASCII digits, text is
 * at most 200 characters (code points, not UTF-16 units), without control characters and not blank.
 * Values are sent percent-encoded exactly as written here.
 */
@QuarkusTest
class QueryParameterRulesTest {

    /** Fullwidth five, Arabic-Indic five, a plus sign, a leading and a trailing space. */
    @ParameterizedTest
    @ValueSource(strings = { "%EF%BC%95", "%D9%A5", "%2B5", "%205", "5%20" })
    void shouldAcceptOnlyAsciiDigitsForSize(String five) {
        badParameter("/api/v1/events?size=" + five, "size");
    }

    @ParameterizedTest
    @ValueSource(strings = { "%EF%BC%95", "%D9%A5", "%2B5", "%205", "5%20" })
    void shouldAcceptOnlyAsciiDigitsForPage(String five) {
        badParameter("/api/v1/actors?page=" + five, "page");
    }

    @ParameterizedTest
    @ValueSource(strings = { "%EF%BC%92020", "%2B2020", "%202020", "2020%20" })
    void shouldAcceptOnlyAsciiDigitsForYear(String year) {
        badParameter("/api/v1/events?year=" + year, "year");
    }

    @ParameterizedTest
    @ValueSource(strings = { "%2B2020", "%202020", "2020%20", "%EF%BC%92020" })
    void shouldAcceptOnlyAsciiDigitsInADate(String date) {
        badParameter("/api/v1/sources?from=" + date, "from");
    }

    @Test
    void shouldStillAcceptPlainDigits() {
        given().urlEncodingEnabled(false).when().get("/api/v1/events?size=5&page=0&year=2020&from=2020")
                .then().statusCode(200);
    }

    @Test
    void shouldStateTheDigitsRuleInTheContract() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").asString());
        for (JsonNode parameter : doc.path("paths").path("/api/v1/events").path("get").path("parameters")) {
            String name = parameter.path("name").asText();
            if (name.equals("page") || name.equals("size") || name.equals("year")) {
                assertThat(parameter.path("description").asText()).as(name).contains("ASCII digits");
            }
        }
    }

    @Test
    void shouldAcceptTwoHundredCharactersOutsideTheBasicPlane() {
        given().urlEncodingEnabled(true).queryParam("q", "\uD83D\uDE00".repeat(200))
                .when().get("/api/v1/events")
                .then().statusCode(200);
    }

    @Test
    void shouldRejectTwoHundredAndOneCharactersCountingCodePoints() {
        given().urlEncodingEnabled(true).queryParam("q", "\uD83D\uDE00".repeat(201))
                .when().get("/api/v1/events")
                .then().statusCode(400)
                .body("parameter", equalTo("q"))
                .body("detail", containsString("got 201"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "%00", "war%00", "%07", "a%0Ab", "%7F" })
    void shouldRejectControlCharactersInText(String text) {
        badParameter("/api/v1/events?q=" + text, "q").body("detail", containsString("control character"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "%20", "%20%20%20", "%E3%80%80" })
    void shouldRejectTextThatIsBlank(String text) {
        badParameter("/api/v1/events?q=" + text, "q").body("detail", containsString("blank"));
    }

    @Test
    void shouldApplyTheTextRulesToPublisherToo() {
        badParameter("/api/v1/sources?publisher=%00", "publisher");
    }

    @Test
    void shouldTreatAnEmptyTextAsNotGiven() {
        given().urlEncodingEnabled(false).when().get("/api/v1/events?q=").then().statusCode(200);
    }

    @Test
    void shouldRefuseAOneValueParameterGivenTwiceRatherThanReadOnlyTheFirst() {
        badParameter("/api/v1/events?size=10&size=abc", "size").body("detail", containsString("given 2 times"));
        badParameter("/api/v1/events?year=2020&year=2021", "year").body("detail", containsString("given 2 times"));
        badParameter("/api/v1/timeline?groupBy=era&groupBy=year", "groupBy");
    }

    @Test
    void shouldNameTheParametersThatMayRepeatInstead() {
        badParameter("/api/v1/events?year=2020&year=2021", "year").body("detail", containsString("actor"));
        badParameter("/api/v1/sources?page=0&page=1", "page");
    }

    @Test
    void shouldRefuseARepeatEvenWhenTheAnswerToOneOfItsValuesIsKept() {
        given().when().get("/api/v1/actors?page=1").then().statusCode(200);
        badParameter("/api/v1/actors?page=0&page=1", "page");
        badParameter("/api/v1/actors?size=&size=5", "size");
    }

    @Test
    void shouldStillTakeEveryValueOfARepeatableParameter() {
        given().urlEncodingEnabled(false).when().get("/api/v1/events?type=war&type=ceasefire&year=1994")
                .then().statusCode(200);
    }

    private static ValidatableResponse badParameter(String url, String parameter) {
        return given().urlEncodingEnabled(false).when().get(url)
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("parameter", equalTo(parameter))
                .body("detail", containsString("'" + parameter + "'"));
    }
}
