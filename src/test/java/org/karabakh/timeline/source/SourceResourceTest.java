package org.karabakh.timeline.source;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.Fixture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class SourceResourceTest {

    @Test
    void shouldListTheFiveArticlesByPublicationDate() {
        given().when().get("/api/v1/sources")
                .then().statusCode(200)
                .body("total", equalTo(Fixture.SOURCES))
                .body("items.id", contains("inforos-hajiyev-peacekeepers", "tass-ayvazyan-briefing",
                        "gsv-aliyev-interview", "putin-escalation-comments", "sputnik-putin-peacekeepers"));
    }

    @Test
    void shouldFilterByPublisherCaseInsensitively() {
        given().queryParam("publisher", "sputnik").when().get("/api/v1/sources")
                .then().statusCode(200)
                .body("items.id", contains("sputnik-putin-peacekeepers"));
    }

    @Test
    void shouldFilterByPublicationYear() {
        given().queryParam("year", "2021").when().get("/api/v1/sources")
                .then().statusCode(200)
                .body("items.id", hasItem("tass-ayvazyan-briefing"))
                .body("items.id", hasItem("gsv-aliyev-interview"));
    }

    @Test
    void shouldSayHowAnUndatedArticleWasDated() {
        given().when().get("/api/v1/sources/tass-ayvazyan-briefing")
                .then().statusCode(200)
                .body("date.start", equalTo("2021-05-06"))
                .body("date.inferred", equalTo(true))
                .body("publisher", equalTo("TASS"));
    }

    @Test
    void shouldServeTheArticleTextByteForByte() throws Exception {
        String file = Files.readString(Fixture.SEEDS.resolve("articles/003_a649518f2a481208.txt"),
                StandardCharsets.UTF_8);

        given().when().get("/api/v1/sources/sputnik-putin-peacekeepers")
                .then().statusCode(200)
                .body("file", equalTo("003_a649518f2a481208.txt"))
                .body("url", equalTo("https://sputnikglobe.com/20230920/russian-peacekeepers-actively-working-with-all-"
                        + "parties-involved-in-nagorno-karabakh-conflict---1113521015.html"))
                .body("text", equalTo(file));
    }

    @Test
    void shouldListTheEventsAnArticleSupports() {
        given().when().get("/api/v1/sources/putin-escalation-comments/events")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.citations", everyItem(hasItem(hasEntryValue("putin-escalation-comments"))));
    }

    private static org.hamcrest.Matcher<java.util.Map<? extends String, ?>> hasEntryValue(String sourceId) {
        return org.hamcrest.Matchers.hasEntry("sourceId", sourceId);
    }

    @Test
    void shouldPageTheEventsOfAnArticle() {
        given().queryParam("size", "3").when().get("/api/v1/sources/putin-escalation-comments/events")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("size", equalTo(3));
    }
}
