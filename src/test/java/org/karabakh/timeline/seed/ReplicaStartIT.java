package org.karabakh.timeline.seed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karabakh.timeline.support.Instances;
import org.karabakh.timeline.support.PackagedApp;
import org.karabakh.timeline.support.Prometheus;
import org.karabakh.timeline.support.ScaledSeeds;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three instances started at the same moment on one H2 database file shared in H2's automatic mixed
 * mode ({@code AUTO_SERVER=TRUE}: the first opens the file, the others connect to it): all become
 * ready on the same version, and the seeds are written once. H2 gives up waiting for a lock after a
 * second, so the instances that wait retry; PostgreSQL waits (PostgresReplicasIT).
 */
class ReplicaStartIT {

    static final int EVENTS = 1_000;

    @TempDir
    static Path work;

    private static Instances instances;
    private static List<Prometheus> metrics;

    @BeforeAll
    static void startThreeTogether() throws Exception {
        Path seeds = work.resolve("seeds");
        ScaledSeeds.write(seeds, EVENTS);
        instances = Instances.startTogether(3, PackagedApp.JAR, Map.of(
                "timeline.seeds.directory", seeds.toString(),
                "quarkus.datasource.jdbc.url", "jdbc:h2:file:" + work.resolve("timeline").toAbsolutePath()
                        + ";AUTO_SERVER=TRUE"));
        metrics = instances.all().stream().map(app -> Prometheus.scrape(app.baseUri())).toList();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void shouldMakeEveryInstanceReady() {
        for (PackagedApp app : instances.all()) {
            given().baseUri(app.baseUri()).get("/q/health/ready").then().statusCode(200);
        }
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
        List<String> versions = instances.all().stream().map(app -> Instances.meta(app).getString("datasetVersion"))
                .distinct().toList();
        assertThat(versions).hasSize(1);
        assertThat(Instances.meta(instances.get(0)).getInt("counts.events")).isEqualTo(EVENTS);
    }
}
