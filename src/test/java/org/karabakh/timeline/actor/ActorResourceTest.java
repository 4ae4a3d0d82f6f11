package org.karabakh.timeline.actor;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.Fixture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

@QuarkusTest
class ActorResourceTest {

    @Test
    void shouldListActorsByName() {
        given().queryParam("size", "100").when().get("/api/v1/actors")
                .then().statusCode(200)
                .body("total", equalTo(Fixture.ACTORS))
                .body("items[0].name", equalTo("Ara Ayvazyan"))
                .body("items[1].name", equalTo("Armenia"));
    }

    @Test
    void shouldFindActorsByTextInNameOrDescription() {
        // Hikmet Hajiyev by name; the Atlantic Council by its description ("at which Hajiyev spoke").
        given().queryParam("q", "HAJIYEV").when().get("/api/v1/actors")
                .then().statusCode(200)
                .body("items.id", contains("atlantic-council", "hajiyev"));
    }

    @Test
    void shouldFilterActorsByAnyOfSeveralKinds() {
        given().queryParam("kind", "organisation").queryParam("kind", "armed-force").when().get("/api/v1/actors")
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder("atlantic-council", "russian-peacekeepers"))
                .body("items.kind", everyItem(org.hamcrest.Matchers.oneOf("organisation", "armed-force")));
    }

    @Test
    void shouldGiveAnActorsEventsWithTheirRoles() {
        given().when().get("/api/v1/actors/pashinyan")
                .then().statusCode(200)
                .body("kind", equalTo("person"))
                .body("events.id", contains("trilateral-statement-2020-11-09", "pashinyan-ready-to-recognise-sovereignty-2023"))
                .body("events.find { it.id == 'trilateral-statement-2020-11-09' }.roles", contains("signatory"))
                .body("events.find { it.id == 'pashinyan-ready-to-recognise-sovereignty-2023' }.roles",
                        contains("speaker"));
    }

    @Test
    void shouldSayWhichOfAnActorsEventsHaveSourcesThatDisagree() {
        given().when().get("/api/v1/actors/pashinyan")
                .then().statusCode(200)
                .body("events.sourcesDisagree", contains(true, false));
    }
}
