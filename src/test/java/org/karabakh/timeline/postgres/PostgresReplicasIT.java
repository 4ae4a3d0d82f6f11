package org.karabakh.timeline.postgres;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karabakh.timeline.Fixture;
import org.karabakh.timeline.support.Instances;
import org.karabakh.timeline.support.PackagedApp;
import org.karabakh.timeline.support.Prometheus;
import org.karabakh.timeline.support.ScaledSeeds;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replicas of the packaged service (built for PostgreSQL, {@link PackagedApp#POSTGRES_JAR}) sharing one
 * PostgreSQL database, as a deployment runs them: three started at the same moment, a seeds change
 * rolled out to them one by one, a load killed halfway while another instance serves, a first load
 * killed halfway into an empty database, and a first load by a user that does not own the tables. Each
 * test gets a database of its own on the server at {@code timeline.postgres.url}.
 */
@Tag("postgres")
class PostgresReplicasIT {

    static final int EVENTS = 1_000;
    /** Large enough that writing takes a while, so the kill lands while the load's transaction is open. */
    static final int LARGE = 1_500;
    /** How often a running instance looks for a version another one loaded; short, so the tests wait little. */
    static final String REFRESH = "1S";

    @TempDir
    Path work;

    private String database;
    private final List<Instances> started = new ArrayList<>();

    @BeforeEach
    void createDatabase() throws SQLException {
        database = "timeline_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(PostgresProfile.url(), "CREATE DATABASE " + database);
    }

    @AfterEach
    void dropDatabase() throws Exception {
        for (Instances instances : started) {
            instances.close();
        }
        execute(PostgresProfile.url(), "DROP DATABASE IF EXISTS " + database);
    }

    @Test
    void shouldMakeThreeInstancesStartedTogetherReadyAndWriteTheSeedsOnce() throws Exception {
        Path seeds = work.resolve("seeds");
        ScaledSeeds.write(seeds, EVENTS);

        Instances replicas = startTogether(3, seeds);

        List<Prometheus> metrics = replicas.all().stream().map(app -> Prometheus.scrape(app.baseUri())).toList();
        for (PackagedApp app : replicas.all()) {
            given().baseUri(app.baseUri()).get("/q/health/ready").then().statusCode(200);
            assertThat(Instances.meta(app).getInt("counts.events")).isEqualTo(EVENTS);
        }
        assertThat(metrics).filteredOn(m -> m.value("timeline_seeds_load_seconds_count", "outcome", "written")
                .isPresent()).hasSize(1);
        assertThat(metrics).filteredOn(m -> m.value("timeline_seeds_load_seconds_count", "outcome", "unchanged")
                .isPresent()).hasSize(2);
        assertThat(metrics.stream().mapToDouble(m ->
                m.value("timeline_seeds_events_written_total", "change", "inserted").orElseThrow()).sum())
                .isEqualTo(EVENTS);
        assertThat(replicas.all().stream().map(app -> Instances.meta(app).getString("datasetVersion")).distinct())
                .hasSize(1);
    }

    @Test
    void shouldLoseNothingStillInTheSeedsAndTombstoneTheRestWhenHalfTheEventsGoDuringARollingRestart()
            throws Exception {
        Path seeds = work.resolve("seeds");
        List<String> ids = ScaledSeeds.write(seeds, EVENTS);
        Instances replicas = startTogether(3, seeds);
        JsonPath before = Instances.meta(replicas.get(0));
        Map<String, List<String>> timestampsBefore = timestamps(replicas.get(0));

        Set<String> kept = new HashSet<>(ScaledSeeds.keep(seeds, id -> ids.indexOf(id) % 2 == 0));
        List<String> removed = ids.stream().filter(id -> !kept.contains(id)).toList();
        PackagedApp first = replicas.restart(0, PackagedApp.POSTGRES_JAR, properties(seeds));
        String version = Instances.meta(first).getString("datasetVersion");
        replicas.awaitVersion(version, Duration.ofSeconds(30));
        replicas.restart(1, PackagedApp.POSTGRES_JAR, properties(seeds));
        replicas.restart(2, PackagedApp.POSTGRES_JAR, properties(seeds));

        assertThat(version).isNotEqualTo(before.getString("datasetVersion"));
        for (PackagedApp app : replicas.all()) {
            Map<String, List<String>> served = timestamps(app);
            assertThat(served.keySet()).as("events served by %s", app.baseUri()).isEqualTo(kept);
            kept.forEach(id -> assertThat(served.get(id)).as("timestamps of %s", id).isEqualTo(timestampsBefore.get(id)));
            assertThat(deletedSince(app, before.getString("loadedAt"))).as("tombstones on %s", app.baseUri())
                    .containsExactlyInAnyOrderElementsOf(removed);
            given().baseUri(app.baseUri()).get("/api/v1/events/" + removed.get(0)).then().statusCode(404);
        }
        assertThat(Prometheus.scrape(replicas.get(0).baseUri())
                .value("timeline_seeds_events_written_total", "change", "deleted")).hasValue(removed.size());
        for (PackagedApp later : replicas.all().subList(1, 3)) {
            assertThat(later.output()).contains("seeds unchanged since the stored load, not read, nothing written");
        }
    }

    @Test
    void shouldKeepServingThePreviousVersionWhileALoadIsKilledAndCompleteItOnTheNextStart() throws Exception {
        Path small = work.resolve("small");
        ScaledSeeds.write(small, Fixture.EVENTS);
        Path large = work.resolve("large");
        ScaledSeeds.write(large, LARGE);
        Instances serving = startTogether(1, small);
        JsonPath before = Instances.meta(serving.get(0));

        PackagedApp loading = PackagedApp.launch(PackagedApp.POSTGRES_JAR, properties(large));
        loading.awaitLine(Pattern.compile("Writing seeds"), Duration.ofMinutes(3));
        loading.kill();
        Thread.sleep(Duration.ofSeconds(3).toMillis());
        JsonPath afterKill = Instances.meta(serving.get(0));

        Instances next = startTogether(1, large);
        JsonPath completed = Instances.meta(next.get(0));
        serving.awaitVersion(completed.getString("datasetVersion"), Duration.ofSeconds(30));

        assertThat(afterKill.getString("datasetVersion")).isEqualTo(before.getString("datasetVersion"));
        assertThat(afterKill.getMap("counts")).isEqualTo(before.getMap("counts"));
        given().baseUri(serving.get(0).baseUri()).queryParam("size", 1).get("/api/v1/events")
                .then().statusCode(200).header("X-Total-Count", String.valueOf(LARGE));
        assertThat(completed.getInt("counts.events")).isEqualTo(LARGE);
    }

    @Test
    void shouldKeepTheIndexesAndKeysOfAnEmptyDatabaseWhenItsFirstLoadIsKilledAndMakeThemOnTheNextStart()
            throws Exception {
        Path large = work.resolve("large");
        ScaledSeeds.write(large, LARGE);

        PackagedApp loading = PackagedApp.launch(PackagedApp.POSTGRES_JAR, properties(large));
        loading.awaitLine(Pattern.compile("secondary indexes and foreign keys are set aside"), Duration.ofMinutes(3));
        loading.kill();
        Set<String> afterKill = IndexesAndKeys.of(url(database));
        long committedAfterKill = datasets();

        Instances next = startTogether(1, large);
        Set<String> migrated = IndexesAndKeys.ofTheMigrations(url(database));

        assertThat(committedAfterKill).as("datasets the killed load committed").isZero();
        assertThat(afterKill).as("indexes and foreign keys after the kill").isNotEmpty().isEqualTo(migrated);
        assertThat(Instances.meta(next.get(0)).getInt("counts.events")).isEqualTo(LARGE);
        assertThat(IndexesAndKeys.of(url(database))).as("indexes and foreign keys after the next load")
                .isEqualTo(migrated);
    }

    @Test
    void shouldLoadAnEmptyDatabaseWithItsIndexesAndKeysInPlaceWhenItsUserDoesNotOwnTheTables() throws Exception {
        // The migrations run by the tables' owner, the service by a user that may only read and write rows.
        String user = database + "_rows";
        IndexesAndKeys.migrate(url(database));
        execute(url(database), "CREATE ROLE " + user + " LOGIN PASSWORD '" + user + "'",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + user);
        Path seeds = work.resolve("seeds");
        ScaledSeeds.write(seeds, EVENTS);
        Map<String, String> properties = new HashMap<>(properties(seeds));
        properties.putAll(Map.of("quarkus.datasource.username", user, "quarkus.datasource.password", user,
                "quarkus.flyway.migrate-at-start", "false"));
        try (PackagedApp app = PackagedApp.start(PackagedApp.POSTGRES_JAR, properties)) {
            assertThat(Instances.meta(app).getInt("counts.events")).isEqualTo(EVENTS);
            assertThat(app.output()).contains("does not own the event tables");
        } finally {
            execute(url(database), "DROP OWNED BY " + user, "DROP ROLE " + user);
        }

        assertThat(IndexesAndKeys.of(url(database))).isEqualTo(IndexesAndKeys.ofTheMigrations(url(database)));
    }

    private Instances startTogether(int count, Path seeds) throws Exception {
        Instances instances = Instances.startTogether(count, PackagedApp.POSTGRES_JAR, properties(seeds));
        started.add(instances);
        return instances;
    }

    private Map<String, String> properties(Path seeds) {
        return Map.of(
                "timeline.seeds.directory", seeds.toString(),
                "timeline.seeds.refresh-interval", REFRESH,
                "quarkus.datasource.jdbc.url", url(database),
                "quarkus.datasource.username", PostgresProfile.username(),
                "quarkus.datasource.password", PostgresProfile.password());
    }

    /** Every event an instance serves, with its createdAt and updatedAt. */
    private static Map<String, List<String>> timestamps(PackagedApp app) {
        Map<String, List<String>> timestamps = new HashMap<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = given().baseUri(app.baseUri()).queryParam("size", 100)
                    .queryParam("page", page).get("/api/v1/events").then().statusCode(200).extract().jsonPath()
                    .getList("items");
            items.forEach(item -> timestamps.put((String) item.get("id"),
                    List.of((String) item.get("createdAt"), (String) item.get("updatedAt"))));
            if (items.size() < 100) {
                return timestamps;
            }
        }
    }

    private static List<String> deletedSince(PackagedApp app, String since) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = given().baseUri(app.baseUri()).queryParam("since", since).queryParam("size", 100)
                    .queryParam("page", page).get("/api/v1/events/deleted").then().statusCode(200).extract()
                    .jsonPath().getList("items.id");
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    /** How many datasets this test's database holds: 0 until a load commits, then 1. */
    private long datasets() throws SQLException {
        try (Connection c = PostgresProfile.connect(url(database));
                ResultSet count = c.createStatement().executeQuery("SELECT count(*) FROM dataset")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Runs each statement, in order, as the tests' user on the database at {@code url}. */
    private static void execute(String url, String... statements) throws SQLException {
        try (Connection c = PostgresProfile.connect(url); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** The server's URL with another database name. */
    private static String url(String database) {
        return PostgresProfile.url().replaceFirst("/[^/?]*(\\?.*)?$", "/" + database + "$1");
    }
}
