package org.karabakh.timeline.seed;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karabakh.timeline.Fixture;
import org.karabakh.timeline.support.Instances;
import org.karabakh.timeline.support.PackagedApp;
import org.karabakh.timeline.support.ScaledSeeds;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first load into H2 in memory commits each events file as it goes, so one that stops partway leaves
 * rows and no dataset row; should the database outlive it, the next load takes those rows for stored ones,
 * writes what is missing and records the version. Played on an H2 file, whose rows outlive the process: the
 * fixture is loaded, then its dataset row and its events from 2021 on are deleted, as if the load had
 * stopped before their file.
 */
class PartialFirstLoadIT {

    /** The fixture's events that start in 2021 or later, deleted with their rows. */
    private static final String LATE = "select id from event where date_start >= DATE '2021-01-01'";

    @TempDir
    static Path work;

    private static JsonPath loaded;
    private static int deleted;
    private static JsonPath completed;
    private static String completedLog;

    @BeforeAll
    static void loadThenTakeAwayTheEndOfTheLoad() throws Exception {
        Path seeds = work.resolve("seeds");
        ScaledSeeds.write(seeds, Fixture.EVENTS);
        Map<String, String> properties = PackagedApp.onH2File(seeds, work.resolve("timeline"));
        String url = PackagedApp.h2FileUrl(work.resolve("timeline"));
        try (PackagedApp app = PackagedApp.start(properties)) {
            loaded = Instances.meta(app);
        }

        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            for (String child : List.of("citation", "figure", "event_actor", "event_place")) {
                sql.executeUpdate("delete from " + child + " where event_id in (" + LATE + ")");
            }
            deleted = sql.executeUpdate("delete from event where id in (" + LATE + ")");
            sql.executeUpdate("delete from dataset");
        }

        try (PackagedApp app = PackagedApp.start(properties)) {
            completed = Instances.meta(app);
            completedLog = app.output();
        }
    }

    @Test
    void shouldWriteOnlyTheEventsTheStoppedLoadHadNotWritten() {
        assertThat(deleted).isPositive().isLessThan(Fixture.EVENTS);
        assertThat(completedLog).contains("wrote events " + deleted + " new, 0 changed, 0 removed");
    }

    @Test
    void shouldServeTheWholeDatasetUnderItsVersionAfterTheNextLoad() {
        assertThat(completed.getMap("counts")).isEqualTo(loaded.getMap("counts"));
        assertThat(completed.getString("datasetVersion")).isEqualTo(loaded.getString("datasetVersion"));
    }
}
