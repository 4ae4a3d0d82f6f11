package org.karabakh.timeline.postgres;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.Fixture;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Runs the service on a real PostgreSQL server: Flyway applies the same migrations, Hibernate
 * validates the entities against them and the loader writes every seed. Needs a server at
 * {@code timeline.postgres.url}; the {@code postgres} Maven profile runs it (see .ci/run).
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@Tag("postgres")
class PostgresPortabilityTest {

    @Test
    void shouldLoadEverySeedIntoPostgresql() {
        given().when().get("/api/v1/meta")
                .then().statusCode(200)
                .body("counts.events", equalTo(Fixture.EVENTS))
                .body("counts.sources", equalTo(Fixture.SOURCES))
                .body("span.earliest", equalTo(Fixture.EARLIEST_DAY));
    }

    @Test
    void shouldReturnWarWhenWindowIsInside1993OnPostgresql() {
        given().queryParam("from", "1993").queryParam("to", "1993")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.id", contains("war-1992-1994"));
    }

    @Test
    void shouldMatchNonLatinAlternativePlaceNamesCaseInsensitivelyOnPostgresql() {
        given().queryParam("q", "нагорный карабах").queryParam("size", "100")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.id", hasItem("trilateral-statement-2020-11-09"));
    }

    @Test
    void shouldFindAWordWithAnApostropheOnPostgresql() {
        given().queryParam("q", "Armenia’s")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.id", contains("ayvazyan-lavrov-briefing-2021-05-06"));
    }

    @Test
    void shouldAnswerAWordSearchFromTheIndexOfEachEventsWords() throws Exception {
        List<String> plan = new ArrayList<>();
        try (Connection db = PostgresProfile.connect(); Statement sql = db.createStatement()) {
            // The fixture's few rows are cheaper to read in full: only a plan that cannot use the index avoids it.
            sql.execute("SET enable_seqscan = off");
            try (ResultSet lines = sql.executeQuery(
                    "EXPLAIN SELECT id FROM event WHERE has_words(search_terms, '''ceasefire'':*') = true")) {
                while (lines.next()) {
                    plan.add(lines.getString(1));
                }
            }
        }

        assertThat(String.join("\n", plan)).as("plan of has_words").contains("event_search_words_idx");
    }

    @Test
    void shouldEndAFirstLoadWithEveryIndexAndForeignKeyTheMigrationsMake() throws Exception {
        assertThat(IndexesAndKeys.of(PostgresProfile.url())).as("indexes and foreign keys after the load")
                .isNotEmpty().isEqualTo(IndexesAndKeys.ofTheMigrations(PostgresProfile.url()));
    }

    @Test
    void shouldTreatInjectionLookingTextAsPlainTextOnPostgresql() {
        given().queryParam("q", "' OR 'zzz'='zzz' --")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldStoreAnchorsAndStatedDatesAndFilterDisagreementOnPostgresql() {
        given().queryParam("sourcesDisagree", "true")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items.id", contains(Fixture.DISAGREEING_EVENT))
                .body("items[0].citations[" + Fixture.DISAGREEING_CITATION + "].statedDate.date.start",
                        equalTo("2020-11-10"))
                .body("items[0].citations[0].anchor.quote.exact", startsWith("On November 9, 2020"));
    }

    @Test
    void shouldHaveTheDatabaseSampleTheLoadedTablesAndMapTheirVisibleRowsForItsPlanner() throws Exception {
        // VACUUM (ANALYZE) run by the load sets last_vacuum and last_analyze; PostgreSQL's own autovacuum would
        // set last_autovacuum and last_autoanalyze, a minute or more after a large load. The server publishes
        // the times within a second or so.
        Timestamp vacuumed = null;
        Timestamp analysed = null;
        try (Connection db = PostgresProfile.connect()) {
            for (long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                    (vacuumed == null || analysed == null) && System.nanoTime() < deadline; Thread.sleep(100)) {
                try (ResultSet row = db.createStatement().executeQuery(
                        "SELECT last_vacuum, last_analyze FROM pg_stat_user_tables WHERE relname = 'event'")) {
                    if (row.next()) {
                        vacuumed = row.getTimestamp(1);
                        analysed = row.getTimestamp(2);
                    }
                }
            }
        }

        assertThat(vacuumed).as("last VACUUM of the event table").isNotNull();
        assertThat(analysed).as("last ANALYZE of the event table").isNotNull();
    }
}
