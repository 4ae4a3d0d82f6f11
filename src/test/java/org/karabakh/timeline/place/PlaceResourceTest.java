package org.karabakh.timeline.place;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class PlaceResourceTest {

    @Test
    void shouldListPlacesWithCoordinates() {
        given().when().get("/api/v1/places")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.find { it.id == 'baku' }.lat", equalTo(40.4093f))
                .body("items.find { it.id == 'baku' }.lon", equalTo(49.8671f));
    }

    @Test
    void shouldGiveAPlaceWithItsAlternativeNamesAndEvents() {
        given().when().get("/api/v1/places/nagorno-karabakh")
                .then().statusCode(200)
                .body("alternativeNames", hasItems("Artsakh", "NKAO", "Nagorno-Karabakh Republic", "Нагорный Карабах"))
                .body("events[0].id", equalTo("nkao-established-1923"));
    }

    @Test
    void shouldListTheEventsAtThePlaceChronologically() {
        given().when().get("/api/v1/places/lachin-corridor")
                .then().statusCode(200)
                .body("events.id", contains("peacekeepers-deployed-2020", "trilateral-statement-2020-11-09"));
    }
}
