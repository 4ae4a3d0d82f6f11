package org.karabakh.timeline.actor;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ActorResourceTest {

    @Test
    void shouldListActorsByName() {
        given().queryParam("size", "100").when().get("/api/v1/actors")
                .then().statusCode(200)
                .body("total", equalTo(18))
                .body("items[0].name", equalTo("Ara Ayvazyan"))
                .body("items[1].name", equalTo("Armenia"));
    }

    @Test
    void shouldFindActorsByTextInNameOrDescription() {
        given().queryParam("q", "ALIYEV").when().get("/api/v1/actors")
                .then().statusCode(200)
                .body("items.id", contains("aliyev", "natsionalnaya-oborona"));
    }

    @Test
    void shouldFilterActorsByAnyOfSeveralKinds() {
        given().queryParam("kind", "organisation").queryParam("kind", "armed-force").when().get("/api/v1/actors")
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder("atlantic-council", "european-union", "natsionalnaya-oborona",
                        "russian-peacekeepers"))
                .body("items.kind", everyItem(org.hamcrest.Matchers.oneOf("organisation", "armed-force")));
    }

    @Test
    void shouldGiveAnActorsEventsWithTheirRoles() {
        given().when().get("/api/v1/actors/putin")
                .then().statusCode(200)
                .body("kind", equalTo("person"))
                .body("events.find { it.id == 'trilateral-statement-2020-11-09' }.roles", contains("signatory"))
                .body("events.find { it.id == 'putin-wang-yi-remarks-2023-09-20' }.roles", contains("speaker"))
                .body("events.id", hasItem("trilateral-statement-2021-01-11"));
    }
}
