package org.karabakh.timeline.era;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class EraResourceTest {

    @Test
    void shouldListErasChronologically() {
        given().when().get("/api/v1/eras")
                .then().statusCode(200)
                .body("items.id", contains("soviet-autonomy", "conflict-and-war-1988-1994", "war-2020-and-aftermath",
                        "september-2023-offensive"));
    }

    @Test
    void shouldGiveAnEraWithItsSpanAndEvents() {
        given().when().get("/api/v1/eras/conflict-and-war-1988-1994")
                .then().statusCode(200)
                .body("span.display", equalTo("1988–1994"))
                .body("span.earliest", equalTo("1988-01-01"))
                .body("span.latest", equalTo("1994-12-31"))
                .body("events", hasSize(2))
                .body("events.id", contains("secession-and-reunification-movement-1988", "war-1992-1994"));
    }
}
