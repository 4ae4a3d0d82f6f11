package org.karabakh.timeline.feed;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.Fixture;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class IncrementalSyncTest {

    @Test
    void shouldReturnEverythingLoadedAfterTheGivenInstant() {
        Instant loadedAt = Instant.parse(given().when().get("/api/v1/meta").then().extract().path("loadedAt"));

        given().queryParam("updatedSince", loadedAt.minusSeconds(1).toString()).queryParam("size", "100")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("total", equalTo(Fixture.EVENTS))
                .body("items.updatedAt", everyItem(notNullValue()));
    }

    @Test
    void shouldReturnNothingWhenNothingChangedSinceTheLastLoad() {
        String loadedAt = given().when().get("/api/v1/meta").then().extract().path("loadedAt");

        given().queryParam("updatedSince", loadedAt).when().get("/api/v1/events")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }
}
