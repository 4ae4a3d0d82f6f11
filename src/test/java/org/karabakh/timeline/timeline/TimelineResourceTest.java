package org.karabakh.timeline.timeline;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.Fixture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class TimelineResourceTest {

    @Test
    void shouldGroupByYearOfTheFirstDay() {
        given().when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("groupBy", equalTo("year"))
                .body("total", equalTo(Fixture.EVENTS))
                .body("groups.key", contains("1923", "1988", "1992", "2020", "2021", "2023"))
                .body("groups.find { it.key == '1992' }.events.id", contains("war-1992-1994"))
                .body("groups.find { it.key == '1992' }.end", equalTo("1992-12-31"));
    }

    @Test
    void shouldGroupByDecade() {
        given().queryParam("groupBy", "decade").when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("groups.key", contains("1920s", "1980s", "1990s", "2020s"))
                .body("groups.find { it.key == '2020s' }.events", hasSize(6));
    }

    @Test
    void shouldCountEveryEventOfAGroupAndCarryOnlyTheFirstPerGroup() {
        given().queryParam("groupBy", "decade").queryParam("perGroup", 2).when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("total", equalTo(Fixture.EVENTS))
                .body("groups.find { it.key == '2020s' }.total", equalTo(6))
                .body("groups.find { it.key == '2020s' }.events.id", contains("trilateral-statement-2020-11-09",
                        "hajiyev-atlantic-council-remarks"))
                .body("groups.find { it.key == '1920s' }.total", equalTo(1))
                .body("groups.find { it.key == '1920s' }.events.id", contains("nkao-established-1923"));
    }

    @Test
    void shouldCarryTheNewestEventsOfEachGroupFirstWhenSortedNewestFirst() {
        given().queryParam("sort", "-date").queryParam("perGroup", 2).when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("groups.key", contains("2023", "2021", "2020", "1992", "1988", "1923"))
                .body("groups[0].total", equalTo(3))
                .body("groups[0].events.id", contains("ceasefire-2023-09-20", "azerbaijani-operation-2023-09-19"));
        given().queryParam("groupBy", "era").queryParam("sort", "-date").queryParam("perGroup", 1)
                .when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("groups[0].key", equalTo("september-2023-offensive"))
                .body("groups[0].events.id", contains("ceasefire-2023-09-20"));
    }

    @Test
    void shouldRejectAPerGroupOutsideOneToAHundred() {
        given().queryParam("perGroup", 0).when().get("/api/v1/timeline")
                .then().statusCode(400)
                .body("parameter", equalTo("perGroup"));
        given().queryParam("perGroup", 101).when().get("/api/v1/timeline")
                .then().statusCode(400)
                .body("parameter", equalTo("perGroup"));
    }

    @Test
    void shouldGroupByEraInEraOrder() {
        given().queryParam("groupBy", "era").when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("groups.key", contains("soviet-autonomy", "conflict-and-war-1988-1994", "war-2020-and-aftermath",
                        "september-2023-offensive"))
                .body("groups[0].label", equalTo("Soviet autonomy"));
    }

    @Test
    void shouldRestrictTheTimelineToAWindow() {
        given().queryParam("from", "1988").queryParam("to", "1992").when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("groups.key", contains("1988", "1992"));
    }

    @Test
    void shouldRestrictTheTimelineToEventsWhoseSourcesDisagree() {
        given().queryParam("sourcesDisagree", "true").when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("groups.find { it.key == '2020' }.events.id", contains(Fixture.DISAGREEING_EVENT));
    }

    @Test
    void shouldListTheEventTypeVocabularyWithDescriptions() {
        given().when().get("/api/v1/event-types")
                .then().statusCode(200)
                .body("total", equalTo(11))
                .body("items.find { it.id == 'military-operation' }.description",
                        equalTo("An operation launched by one party's armed forces with a declared aim."));
    }

    @Test
    void shouldAllowGetFromAnyOriginAndAnswerThePreflight() {
        given().header("Origin", "https://timeline.example").when().get("/api/v1/eras")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("ETag"));
        given().header("Origin", "https://timeline.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/events")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("GET"));
    }

    @Test
    void shouldBeReadyOnceTheSeedsAreLoaded() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'timeline-seeds' }.status", equalTo("UP"));
    }
}
