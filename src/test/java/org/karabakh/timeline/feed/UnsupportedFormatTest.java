package org.karabakh.timeline.feed;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A representation the API cannot produce is a 406 for Accept, a 400 for the format parameter. */
@QuarkusTest
class UnsupportedFormatTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/events", "/api/v1/places", "/api/v1/export/timelinejs", "/api/v1/events/war-1992-1994",
            "/api/v1/meta" })
    void shouldAnswerNotAcceptableAsProblemJsonToAcceptXml(String path) {
        given().accept("application/xml").when().get(path)
                .then().statusCode(406)
                .contentType("application/problem+json")
                .header("ETag", nullValue())
                .body("status", equalTo(406))
                .body("title", equalTo("Not Acceptable"))
                .body("instance", equalTo(path))
                .body("detail", containsString("application/xml"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/events", "/api/v1/places" })
    void shouldRejectFormatXmlAsABadRequestNamingFormat(String path) {
        given().queryParam("format", "xml").when().get(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("parameter", equalTo("format"))
                .body("detail", containsString("format"))
                .body("detail", containsString("xml"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ics", "csv", "ndjson" })
    void shouldRejectOnPlacesAFormatOnlyEventsHave(String format) {
        given().queryParam("format", format).when().get("/api/v1/places")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", equalTo("format"));
    }
}
