package org.karabakh.timeline.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Answers served from memory once rendered: same bytes, same ETag, no database work, no errors kept. */
@QuarkusTest
class RenderedAnswersHttpTest {

    @Inject
    SessionFactory database;

    @Inject
    RenderedAnswers answers;

    private long statements() {
        return database.getStatistics().getPrepareStatementCount();
    }

    @Test
    void shouldQueryTheDatabaseForANeverSeenRequest() {
        long before = statements();

        given().queryParam("type", "declaration").queryParam("size", "7").get("/api/v1/events").then().statusCode(200);

        assertThat(statements()).as("SQL statements for a new answer").isGreaterThan(before);
    }

    @Test
    void shouldServeARepeatedRequestFromMemoryWithTheSameBytesAndNoQuery() {
        Response first = given().queryParam("type", "statement").queryParam("size", "7").get("/api/v1/events");
        long before = statements();

        Response again = given().queryParam("type", "statement").queryParam("size", "7").get("/api/v1/events");

        assertThat(statements()).as("SQL statements for a kept answer").isEqualTo(before);
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(again.headers().getValues("Link")).isEqualTo(first.headers().getValues("Link"));
    }

    @Test
    void shouldAnswerNotModifiedFromTheKeptTagWithoutAQuery() {
        String tag = given().queryParam("type", "war").get("/api/v1/events").then().statusCode(200).extract().header("ETag");
        long before = statements();

        given().queryParam("type", "war").header("If-None-Match", tag).get("/api/v1/events")
                .then().statusCode(304).header("ETag", tag).header("Link", (String) null);

        assertThat(statements()).isEqualTo(before);
    }

    @Test
    void shouldServeTheSameAnswerWhateverTheParameterOrder() {
        Response first = given().urlEncodingEnabled(false).get("/api/v1/events?type=war&type=statement&size=3");
        long before = statements();

        Response reordered = given().urlEncodingEnabled(false).get("/api/v1/events?size=3&type=statement&type=war");

        assertThat(statements()).isEqualTo(before);
        assertThat(reordered.asByteArray()).isEqualTo(first.asByteArray());
    }

    @Test
    void shouldGiveBackTheKeptBytesOnceEveryAnswerFromThemIsWritten() throws InterruptedException {
        given().queryParam("type", "agreement").get("/api/v1/events").then().statusCode(200);
        RenderedAnswers.Rendered kept = answers.find(RenderedAnswers.key("/api/v1/events", "type=agreement", "*/*"))
                .orElseThrow();

        for (int i = 0; i < 20; i++) {
            given().queryParam("type", "agreement").get("/api/v1/events").then().statusCode(200);
        }

        // Only the cache's own reference is left: every answer released its own when its write completed,
        // which may be just after the client read it.
        long giveUp = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (kept.body().refCnt() != 1 && System.nanoTime() < giveUp) {
            Thread.sleep(10);
        }
        assertThat(kept.body().refCnt()).isEqualTo(1);
    }

    @Test
    void shouldNeverKeepAnError() {
        given().queryParam("size", "500").get("/api/v1/events").then().statusCode(400);

        assertThat(answers.find(RenderedAnswers.key("/api/v1/events", "size=500", "*/*"))).isEmpty();
        given().queryParam("size", "500").get("/api/v1/events").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAddCorsHeadersToAKeptAnswerForTheOriginAskingNow() {
        given().get("/api/v1/eras").then().statusCode(200);

        String allowed = given().header("Origin", "https://a.example").get("/api/v1/eras")
                .then().statusCode(200).extract().header("Access-Control-Allow-Origin");

        assertThat(allowed).isIn("*", "https://a.example");
    }

    @Test
    void shouldNotLetTheHostOfOneRequestIntoTheAnswerOfAnother() {
        given().header("Host", "evil.example").queryParam("size", "2").get("/api/v1/actors").then().statusCode(200);

        Response kept = given().queryParam("size", "2").get("/api/v1/actors");

        assertThat(kept.asString()).doesNotContain("evil.example");
        assertThat(String.join(",", kept.headers().getValues("Link"))).doesNotContain("evil.example");
    }
}
