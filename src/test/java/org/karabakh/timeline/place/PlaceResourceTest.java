package org.karabakh.timeline.place;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.Fixture;

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
                .body("total", equalTo(Fixture.PLACES))
                .body("items.find { it.id == 'yerevan' }.lat", equalTo(40.1792f))
                .body("items.find { it.id == 'yerevan' }.lon", equalTo(44.4991f));
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
        // Every fixture event is at Nagorno-Karabakh.
        given().when().get("/api/v1/places/nagorno-karabakh")
                .then().statusCode(200)
                .body("events.id", contains("nkao-established-1923", "secession-and-reunification-movement-1988",
                        "war-1992-1994", "trilateral-statement-2020-11-09", "hajiyev-atlantic-council-remarks",
                        "ayvazyan-lavrov-briefing-2021-05-06", "pashinyan-ready-to-recognise-sovereignty-2023",
                        "azerbaijani-operation-2023-09-19", "ceasefire-2023-09-20"));
    }

    @Test
    void shouldSayWhichOfThePlacesEventsHaveSourcesThatDisagree() {
        given().when().get("/api/v1/places/lachin-corridor")
                .then().statusCode(200)
                .body("events.find { it.id == '" + Fixture.DISAGREEING_EVENT + "' }.sourcesDisagree", equalTo(true));
    }
}
