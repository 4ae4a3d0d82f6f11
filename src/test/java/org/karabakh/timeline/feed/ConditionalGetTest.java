package org.karabakh.timeline.feed;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.karabakh.timeline.Fixture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** Strong ETags, 304s, Cache-Control and the dataset version on every successful GET. */
@QuarkusTest
class ConditionalGetTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/events", "/api/v1/events/war-1992-1994", "/api/v1/events?format=csv",
            "/api/v1/events?format=ics", "/api/v1/events?format=geojson", "/api/v1/events?format=ndjson",
            "/api/v1/timeline", "/api/v1/export/timelinejs", "/api/v1/sources", "/api/v1/sources/gsv-aliyev-interview",
            "/api/v1/sources/gsv-aliyev-interview/events", "/api/v1/actors", "/api/v1/actors/putin", "/api/v1/places",
            "/api/v1/places?format=geojson", "/api/v1/places/yerevan", "/api/v1/eras", "/api/v1/eras/soviet-autonomy",
            "/api/v1/event-types", "/api/v1/meta" })
    void shouldAnswerNotModifiedWhenTheClientHoldsTheCurrentETag(String path) {
        String etag = given().when().get(path)
                .then().statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]+\""))
                .header("Cache-Control", equalTo("public, max-age=60, must-revalidate"))
                .header("X-Dataset-Version", matchesPattern("[0-9a-f]{64}"))
                .extract().header("ETag");

        given().header("If-None-Match", etag).when().get(path)
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
    }

    @Test
    void shouldAnswerInFullWhenTheETagIsStale() {
        given().header("If-None-Match", "\"stale\"").when().get("/api/v1/meta")
                .then().statusCode(200)
                .body("counts.events", equalTo(Fixture.EVENTS));
    }

    @Test
    void shouldMatchAnyCurrentRepresentationForAStar() {
        given().header("If-None-Match", "*").when().get("/api/v1/eras").then().statusCode(304);
    }

    @Test
    void shouldMatchOneOfSeveralTagsAndWeakForms() {
        String etag = given().when().get("/api/v1/eras").then().extract().header("ETag");

        given().header("If-None-Match", "\"other\", W/" + etag).when().get("/api/v1/eras").then().statusCode(304);
    }

    @Test
    void shouldGiveEachRepresentationItsOwnTag() {
        String json = given().when().get("/api/v1/events").then().extract().header("ETag");
        String csv = given().accept("text/csv").when().get("/api/v1/events").then().extract().header("ETag");
        String secondPage = given().queryParam("page", "1").when().get("/api/v1/events").then().extract().header("ETag");
        String again = given().when().get("/api/v1/events").then().extract().header("ETag");

        assertThat(json).isNotEqualTo(csv).isNotEqualTo(secondPage).isEqualTo(again);
    }

    @Test
    void shouldSendTheDatasetVersionOfMeta() {
        String version = given().when().get("/api/v1/meta").then().extract().path("datasetVersion");

        given().when().get("/api/v1/events/ceasefire-2023-09-20").then().header("X-Dataset-Version", equalTo(version));
    }

    @Test
    void shouldNotCacheErrors() {
        given().when().get("/api/v1/events/nope")
                .then().statusCode(404)
                .header("ETag", org.hamcrest.Matchers.nullValue())
                .header("Cache-Control", org.hamcrest.Matchers.not(containsString("max-age=60")));
    }
}
