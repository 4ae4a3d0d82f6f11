package org.karabakh.timeline.seed;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karabakh.timeline.Fixture;
import org.karabakh.timeline.support.Instances;
import org.karabakh.timeline.support.PackagedApp;
import org.karabakh.timeline.support.ScaledSeeds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load killed halfway (SIGKILL, as a crash or the OOM killer would) on a persistent H2 database:
 * the fixture is loaded, then a start on a large dataset is killed while it writes; a start on the
 * fixture's seeds finds the database exactly as the first load left it, and a start on the large
 * dataset then loads it whole.
 */
class InterruptedLoadIT {

    /** Large enough that writing takes a while, so the kill lands while the load's transaction is open. */
    static final int LARGE = 1_500;
    static final Pattern WRITING = Pattern.compile("Writing seeds");

    @TempDir
    static Path work;

    private static JsonPath before;
    private static JsonPath afterKill;
    private static String afterKillLog;
    private static JsonPath completed;

    @BeforeAll
    static void loadKillAndLoadAgain() throws Exception {
        Path seeds = work.resolve("seeds");
        ScaledSeeds.write(seeds, Fixture.EVENTS);
        Path fixtureEvents = work.resolve("fixture-events.yaml");
        Files.copy(seeds.resolve("events.yaml"), fixtureEvents);
        Map<String, String> properties = PackagedApp.onH2File(seeds, work.resolve("timeline"));
        try (PackagedApp app = PackagedApp.start(properties)) {
            before = Instances.meta(app);
        }

        Path large = work.resolve("large-events.yaml");
        ScaledSeeds.write(seeds, LARGE);
        Files.copy(seeds.resolve("events.yaml"), large);
        PackagedApp loading = PackagedApp.launch(PackagedApp.JAR, properties);
        loading.awaitLine(WRITING, Duration.ofMinutes(3));
        loading.kill();

        Files.copy(fixtureEvents, seeds.resolve("events.yaml"), StandardCopyOption.REPLACE_EXISTING);
        try (PackagedApp app = PackagedApp.start(properties)) {
            afterKill = Instances.meta(app);
            afterKillLog = app.output();
        }

        Files.copy(large, seeds.resolve("events.yaml"), StandardCopyOption.REPLACE_EXISTING);
        try (PackagedApp app = PackagedApp.start(properties)) {
            completed = Instances.meta(app);
        }
    }

    @Test
    void shouldLeaveThePreviousVersionWhenALoadIsKilledHalfway() {
        assertThat(afterKill.getString("datasetVersion")).isEqualTo(before.getString("datasetVersion"));
        assertThat(afterKill.getString("loadedAt")).isEqualTo(before.getString("loadedAt"));
        assertThat(afterKill.getMap("counts")).isEqualTo(before.getMap("counts"));
    }

    @Test
    void shouldFindTheStoredSeedsUntouchedAfterTheKill() {
        assertThat(afterKillLog).contains("seeds unchanged since the stored load, not read, nothing written");
    }

    @Test
    void shouldCompleteTheLoadOnTheNextStart() {
        assertThat(completed.getInt("counts.events")).isEqualTo(LARGE);
        assertThat(completed.getString("datasetVersion")).isNotEqualTo(before.getString("datasetVersion"));
    }
}
