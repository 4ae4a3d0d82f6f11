package org.karabakh.timeline.operations;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.Fixture;
import org.karabakh.timeline.support.Prometheus;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What Prometheus finds at /q/metrics: HTTP timings per route template, the dataset, the load, the answers kept. */
@QuarkusTest
class MetricsTest {

    private static final String REQUESTS = "http_server_requests_seconds_count";
    /** Quarkus REST labels a route with its template under the API root (quarkus.rest.path, /api/v1). */
    private static final String EVENT_TEMPLATE = "/events/{id}";
    private static final String EVENT = "trilateral-statement-2020-11-09";

    @Test
    void shouldTimeRequestsPerRouteTemplateNotPerRawPath() {
        given().get("/api/v1/events/" + EVENT).then().statusCode(200);
        given().get("/api/v1/events/war-1992-1994").then().statusCode(200);

        Prometheus metrics = Prometheus.scrape(null);

        assertThat(metrics.value(REQUESTS, "uri", EVENT_TEMPLATE, "method", "GET", "status", "200")).isPresent();
        assertThat(metrics.samples(REQUESTS)).noneMatch(s -> s.labels().get("uri").contains(EVENT));
    }

    @Test
    void shouldTimeAnAnswerServedFromMemoryUnderItsRouteTemplate() {
        String path = "/api/v1/events/" + EVENT;
        given().queryParam("probe", unique()).get(path).then().statusCode(200);
        double before = count(Prometheus.scrape(null));
        long hitsBefore = hits();

        given().get(path).then().statusCode(200);
        given().get(path).then().statusCode(200);

        assertThat(hits() - hitsBefore).isEqualTo(2);
        assertThat(count(Prometheus.scrape(null)) - before).isEqualTo(2);
    }

    @Test
    void shouldNotAddASeriesPerDistinctUrl() {
        given().get("/api/v1/events/no-such-event").then().statusCode(404);
        given().get("/api/v1/no-such-list").then().statusCode(404);
        given().queryParam("q", "warmup").get("/api/v1/events").then().statusCode(200);
        given().queryParam("size", "warmup").get("/api/v1/events").then().statusCode(400);
        int before = Prometheus.scrape(null).samples(REQUESTS).size();

        for (int i = 0; i < 250; i++) {
            given().get("/api/v1/events/no-such-event-" + i).then().statusCode(404);
            given().get("/api/v1/no-such-list-" + i).then().statusCode(404);
            given().queryParam("q", "word" + i).get("/api/v1/events").then().statusCode(200);
            given().queryParam("size", "x" + i).get("/api/v1/events").then().statusCode(400);
        }

        assertThat(Prometheus.scrape(null).samples(REQUESTS).size()).isEqualTo(before);
    }

    @Test
    void shouldLabelTheDatasetVersionServed() {
        String version = given().get("/api/v1/meta").then().statusCode(200).extract().path("datasetVersion");

        assertThat(Prometheus.scrape(null).value("timeline_dataset_info", "version", version)).hasValue(1.0);
    }

    @Test
    void shouldCountTheRowsOfTheDatasetServed() {
        Prometheus metrics = Prometheus.scrape(null);

        assertThat(metrics.value("timeline_dataset_events")).hasValue(Fixture.EVENTS);
        assertThat(metrics.value("timeline_dataset_citations")).hasValue(Fixture.CITATIONS);
        assertThat(metrics.value("timeline_dataset_sources")).hasValue(Fixture.SOURCES);
        assertThat(metrics.value("timeline_dataset_actors")).hasValue(Fixture.ACTORS);
        assertThat(metrics.value("timeline_dataset_places")).hasValue(Fixture.PLACES);
        assertThat(metrics.value("timeline_dataset_eras")).hasValue(Fixture.ERAS);
        assertThat(metrics.value("timeline_dataset_tombstones")).hasValue(0);
    }

    @Test
    void shouldTimeTheLoadAndCountTheEventsItWrote() {
        Prometheus metrics = Prometheus.scrape(null);

        assertThat(metrics.value("timeline_seeds_load_seconds_count", "outcome", "written")).hasValue(1.0);
        assertThat(metrics.value("timeline_seeds_load_seconds_sum", "outcome", "written").orElseThrow()).isPositive();
        assertThat(metrics.value("timeline_seeds_events_written_total", "change", "inserted")).hasValue(Fixture.EVENTS);
    }

    @Test
    void shouldCountAMissThenAHitForAnAnswerKeptInMemory() {
        String probe = unique();
        long hits = hits();
        long misses = misses();

        given().queryParam("q", probe).get("/api/v1/events").then().statusCode(200);
        assertThat(misses() - misses).isEqualTo(1);
        assertThat(hits() - hits).isZero();

        given().queryParam("q", probe).get("/api/v1/events").then().statusCode(200);
        assertThat(hits() - hits).isEqualTo(1);
    }

    private static double count(Prometheus metrics) {
        return metrics.value(REQUESTS, "uri", EVENT_TEMPLATE, "method", "GET", "status", "200").orElse(0);
    }

    private static long hits() {
        return (long) Prometheus.scrape(null).value("timeline_rendered_answers_total", "result", "hit").orElseThrow();
    }

    private static long misses() {
        return (long) Prometheus.scrape(null).value("timeline_rendered_answers_total", "result", "miss").orElseThrow();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
