package org.karabakh.timeline.feed;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * GET /api/v1/events/deleted on a database that never lost an event (the fixture, loaded once); what it
 * lists after a reload that removes events is specified by SeedReloadIT and PostgresReplicasIT.
 */
@QuarkusTest
class DeletedEventsTest {

    @Test
    void shouldAnswerAnEmptyPageWhenNoEventWasRemoved() {
        given().when().get("/api/v1/events/deleted")
                .then().statusCode(200)
                .header("X-Total-Count", "0")
                .header("Link", containsString("</api/v1/events/deleted?page=0&size=20>"))
                .body("items", empty())
                .body("total", equalTo(0));
    }

    @Test
    void shouldRejectASinceThatIsNotAnInstant() {
        given().queryParam("since", "yesterday").when().get("/api/v1/events/deleted")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", equalTo("since"))
                .body("detail", containsString("'since' must be an ISO 8601 instant"));
    }

    @Test
    void shouldAnswerNotModifiedToItsOwnETag() {
        String etag = given().queryParam("since", "2020-01-01T00:00:00Z").when().get("/api/v1/events/deleted")
                .then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");

        given().queryParam("since", "2020-01-01T00:00:00Z").header("If-None-Match", etag)
                .when().get("/api/v1/events/deleted")
                .then().statusCode(304);
    }
}
