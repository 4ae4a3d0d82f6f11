package org.karabakh.timeline.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Every bad request gets a problem+json that names what to fix; never a 500. */
@QuarkusTest
class ErrorResponsesTest {

    @Test
    void shouldRejectAnImpossibleDate() {
        badParameter("/api/v1/events?from=2020-13-45", "from")
                .body("detail", containsString("YYYY, YYYY-MM or YYYY-MM-DD"))
                .body("detail", containsString("'2020-13-45'"));
    }

    @Test
    void shouldRejectAWindowWhoseEndPrecedesItsStart() {
        badParameter("/api/v1/events?from=1995&to=1990", "to")
                .body("detail", containsString("'to' (1990) ends before 'from' (1995) begins"));
    }

    @Test
    void shouldRejectANonNumericPage() {
        badParameter("/api/v1/events?page=abc", "page").body("detail", containsString("whole number"));
    }

    @Test
    void shouldRejectANegativePage() {
        badParameter("/api/v1/events?page=-1", "page").body("detail", containsString("got '-1'"));
    }

    @Test
    void shouldRejectASizeOfZero() {
        badParameter("/api/v1/events?size=0", "size").body("detail", containsString("from 1 to 100"));
    }

    @Test
    void shouldRejectASizeAboveOneHundred() {
        badParameter("/api/v1/actors?size=101", "size").body("detail", containsString("from 1 to 100; got '101'"));
    }

    @Test
    void shouldRejectAnUnknownSort() {
        badParameter("/api/v1/events?sort=title", "sort").body("detail", containsString("one of date, -date"));
    }

    @Test
    void shouldRejectAnUnknownType() {
        badParameter("/api/v1/events?type=battle", "type").body("detail", containsString("accepted: status-change"));
    }

    @Test
    void shouldRejectAnUnknownEra() {
        badParameter("/api/v1/events?era=bronze-age", "era").body("detail", containsString("unknown era 'bronze-age'"));
    }

    @Test
    void shouldRejectAnUnknownActorId() {
        badParameter("/api/v1/timeline?actor=napoleon", "actor").body("detail", containsString("unknown actor 'napoleon'"));
    }

    @Test
    void shouldRejectAYearOutsideTheSaneRange() {
        badParameter("/api/v1/events?year=99999", "year").body("detail", containsString("from 1800 to 2100"));
        badParameter("/api/v1/events?year=1700", "year").body("detail", containsString("got '1700'"));
    }

    @Test
    void shouldRejectATextSearchLongerThanTwoHundredCharacters() {
        badParameter("/api/v1/events?q=" + "x".repeat(201), "q").body("detail", containsString("at most 200 characters"));
    }

    @Test
    void shouldRejectAnUpdatedSinceThatIsNotAnInstant() {
        badParameter("/api/v1/events?updatedSince=yesterday", "updatedSince").body("detail", containsString("ISO 8601"));
    }

    @Test
    void shouldRejectASourcesDisagreeThatIsNeitherTrueNorFalse() {
        badParameter("/api/v1/events?sourcesDisagree=yes", "sourcesDisagree")
                .body("detail", containsString("must be true or false; got 'yes'"));
    }

    @Test
    void shouldRejectAnUnknownGrouping() {
        badParameter("/api/v1/timeline?groupBy=month", "groupBy").body("detail", containsString("year, decade, era"));
    }

    @Test
    void shouldRejectAnUnknownActorKind() {
        badParameter("/api/v1/actors?kind=alien", "kind").body("detail", containsString("armed-force"));
    }

    @Test
    void shouldRejectAnUnknownFormat() {
        badParameter("/api/v1/events?format=xml", "format").body("detail", containsString("json, csv, ics, geojson, ndjson"));
    }

    @Test
    void shouldAnswerNotAcceptableForAnUnsupportedAcceptHeader() {
        given().accept("application/xml").when().get("/api/v1/events")
                .then().statusCode(406)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(406))
                .body("detail", containsString("application/xml"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPath() {
        given().when().get("/api/v1/battles")
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("/api/v1/battles"));
    }

    @Test
    void shouldAnswerMethodNotAllowedWithTheAllowedMethods() {
        given().body("{}").contentType("application/json").when().post("/api/v1/events")
                .then().statusCode(405)
                .contentType(Problem.MEDIA_TYPE)
                .header("Allow", containsString("GET"))
                .body("detail", containsString("POST is not supported"));
    }

    @Test
    void shouldAnswerNotFoundForEveryUnknownDetailId() {
        for (String path : new String[] { "events", "sources", "actors", "places", "eras", "sources/nope/events" }) {
            String url = path.contains("/") ? "/api/v1/" + path : "/api/v1/" + path + "/nope";
            given().when().get(url)
                    .then().statusCode(404)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("detail", containsString("'nope'"));
        }
    }

    private static ValidatableResponse badParameter(String url, String parameter) {
        return given().urlEncodingEnabled(true).when().get(url)
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Bad Request"))
                .body("status", equalTo(400))
                .body("parameter", equalTo(parameter))
                .body("instance", not(emptyOrNullString()))
                .body("detail", containsString("'" + parameter + "'"));
    }
}
