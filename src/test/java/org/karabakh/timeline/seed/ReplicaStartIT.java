package org.karabakh.timeline.seed;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karabakh.timeline.support.Instances;
import org.karabakh.timeline.support.PackagedApp;
import org.karabakh.timeline.support.Prometheus;
import org.karabakh.timeline.support.ScaledSeeds;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three instances started at the same moment on one H2 database file shared in H2's automatic mixed
 * mode ({@code AUTO_SERVER=TRUE}: the first opens the file, the others connect to it): all become
 * ready on the same version and the seeds are written once (H2 gives up waiting for a lock after a
 * second, so the instances that wait retry; PostgreSQL waits, PostgresReplicasIT). Then half the events
 * leave the seeds and one instance restarts on them: the two still running pick up the new version.
 */
class ReplicaStartIT {

    static final int EVENTS = 1_000;

    @TempDir
    static Path work;

    private static Instances instances;
    private static List<Prometheus> metrics;
    private static List<Integer> readiness;
    private static List<String> versions;
    private static String loadedAt;
    private static Set<String> kept;
    private static List<String> removed;
    private static List<JsonPath> afterChange;
    private static List<JsonPath> deletedAfterChange;

    @BeforeAll
    static void startThreeTogetherThenChangeTheSeeds() throws Exception {
        Path seeds = work.resolve("seeds");
        List<String> ids = ScaledSeeds.write(seeds, EVENTS);
        Map<String, String> properties = Map.of(
                "timeline.seeds.directory", seeds.toString(),
                "timeline.seeds.refresh-interval", "1S",
                "quarkus.datasource.jdbc.url", PackagedApp.h2FileUrl(work.resolve("timeline")) + ";AUTO_SERVER=TRUE");
        instances = Instances.startTogether(3, PackagedApp.JAR, properties);
        metrics = instances.all().stream().map(app -> Prometheus.scrape(app.baseUri())).toList();
        readiness = instances.all().stream()
                .map(app -> given().baseUri(app.baseUri()).get("/q/health/ready").statusCode()).toList();
        versions = instances.all().stream().map(app -> Instances.meta(app).getString("datasetVersion")).toList();
        loadedAt = Instances.meta(instances.get(0)).getString("loadedAt");

        kept = new HashSet<>(ScaledSeeds.keep(seeds, id -> ids.indexOf(id) % 2 == 0));
        removed = ids.stream().filter(id -> !kept.contains(id)).toList();
        PackagedApp restarted = instances.restart(0, PackagedApp.JAR, properties);
        instances.awaitVersion(Instances.meta(restarted).getString("datasetVersion"), Duration.ofSeconds(30));
        afterChange = instances.all().stream().map(Instances::meta).toList();
        deletedAfterChange = new ArrayList<>();
        for (PackagedApp app : instances.all()) {
            deletedAfterChange.add(given().baseUri(app.baseUri()).queryParam("since", loadedAt).queryParam("size", 100)
                    .get("/api/v1/events/deleted").then().statusCode(200).extract().jsonPath());
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void shouldMakeEveryInstanceReady() {
        assertThat(readiness).containsExactly(200, 200, 200);
    }

    @Test
    void shouldWriteTheSeedsOnce() {
        assertThat(metrics).filteredOn(m -> m.value("timeline_seeds_load_seconds_count", "outcome", "written").isPresent())
                .hasSize(1);
        assertThat(metrics).filteredOn(m -> m.value("timeline_seeds_load_seconds_count", "outcome", "unchanged").isPresent())
                .hasSize(2);
        assertThat(metrics.stream().mapToDouble(m ->
                m.value("timeline_seeds_events_written_total", "change", "inserted").orElseThrow()).sum())
                .isEqualTo(EVENTS);
    }

    @Test
    void shouldServeOneVersionEverywhere() {
        assertThat(versions).hasSize(3).containsOnly(versions.get(0));
    }

    @Test
    void shouldServeTheChangedSeedsOnTheInstancesThatKeptRunning() {
        for (JsonPath meta : afterChange) {
            assertThat(meta.getInt("counts.events")).isEqualTo(kept.size());
        }
    }

    @Test
    void shouldListTheRemovedEventsAsDeletedOnEveryInstance() {
        assertThat(deletedAfterChange).allSatisfy(page -> {
            assertThat(page.getLong("total")).isEqualTo(removed.size());
            assertThat(page.<String>getList("items.id")).hasSize(100).isSubsetOf(removed);
        });
    }
}
