package org.karabakh.timeline.feed;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * The incremental-sync recipe as a JavaScript client follows it: a {@code Date} keeps milliseconds,
 * so every instant served must survive {@code new Date(loadedAt).toISOString()} unchanged.
 */
@QuarkusTest
class MillisecondSyncTest {

    /** What {@code new Date(iso).toISOString()} gives back: cut to milliseconds, always three digits. */
    private static final DateTimeFormatter JAVASCRIPT_ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final String AT_MOST_MILLISECONDS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z";

    @Test
    void shouldReturnNoEventsSinceTheLoadTimeAsAJavaScriptDateKeepsIt() {
        String updatedSince = asJavaScriptDate(loadedAt());

        given().queryParam("updatedSince", updatedSince)
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldReturnEveryEventSinceOneMillisecondBeforeTheLoadTime() {
        Instant justBefore = Instant.parse(loadedAt()).minusMillis(1);
        int events = given().when().get("/api/v1/meta").then().extract().path("counts.events");

        given().queryParam("updatedSince", JAVASCRIPT_ISO.format(justBefore))
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("total", equalTo(events));
    }

    @Test
    void shouldServeTheLoadTimeInWholeMilliseconds() {
        given().when().get("/api/v1/meta")
                .then().statusCode(200)
                .body("loadedAt", matchesPattern(AT_MOST_MILLISECONDS));
    }

    @Test
    void shouldServeEventTimestampsInWholeMilliseconds() {
        given().queryParam("size", 100)
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.createdAt", everyItem(matchesPattern(AT_MOST_MILLISECONDS)))
                .body("items.updatedAt", everyItem(matchesPattern(AT_MOST_MILLISECONDS)));
    }

    private static String loadedAt() {
        return given().when().get("/api/v1/meta").then().statusCode(200).extract().path("loadedAt");
    }

    private static String asJavaScriptDate(String iso) {
        return JAVASCRIPT_ISO.format(Instant.parse(iso).truncatedTo(ChronoUnit.MILLIS));
    }
}
