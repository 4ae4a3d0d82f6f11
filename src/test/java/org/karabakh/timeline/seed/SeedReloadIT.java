package org.karabakh.timeline.seed;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karabakh.timeline.support.PackagedApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeds loaded again into a persistent database: the packaged service started three times on one
 * file-based H2 database. Between the first and second start one event's summary changes, one
 * event is removed and one is added (src/test/resources/reload-seeds/events.yaml against the
 * fixture); the third start finds the seeds unchanged.
 */
class SeedReloadIT {

    private static final String CHANGED = "ceasefire-2023-09-20";
    private static final String REMOVED = "pashinyan-ready-to-recognise-sovereignty-2023";
    private static final String ADDED = "trilateral-statement-2021-01-11";
    private static final String UNCHANGED = "war-1992-1994";

    @TempDir
    static Path work;

    private static Load first;
    private static Load second;
    private static Load third;

    /** What one start of the service served: its load time and each event's timestamps. */
    private record Load(String loadedAt, String version, Map<String, JsonPath> events, List<String> updatedSinceBefore) {
    }

    @BeforeAll
    static void startThreeTimes() throws Exception {
        Path seeds = work.resolve("seeds");
        SeedFixtures.copy(Path.of("src/test/resources/fixture-seeds"), seeds);
        Map<String, String> properties = Map.of(
                "timeline.seeds.directory", seeds.toString(),
                "quarkus.datasource.jdbc.url", "jdbc:h2:file:" + work.resolve("timeline").toAbsolutePath());

        first = load(properties, null);
        Files.copy(Path.of("src/test/resources/reload-seeds/events.yaml"), seeds.resolve("events.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        second = load(properties, first.loadedAt());
        third = load(properties, second.loadedAt());
    }

    @Test
    void shouldReturnOnlyTheChangedAndTheAddedEventSinceThePreviousLoad() {
        assertThat(second.updatedSinceBefore()).containsExactlyInAnyOrder(CHANGED, ADDED);
    }

    @Test
    void shouldKeepBothTimestampsOfAnUnchangedEvent() {
        assertThat(timestamps(second, UNCHANGED)).isEqualTo(timestamps(first, UNCHANGED));
    }

    @Test
    void shouldKeepTheCreationTimeAndStampTheUpdateOfAChangedEvent() {
        assertThat(second.events().get(CHANGED).getString("createdAt"))
                .isEqualTo(first.events().get(CHANGED).getString("createdAt"));
        assertThat(second.events().get(CHANGED).getString("updatedAt")).isEqualTo(second.loadedAt());
    }

    @Test
    void shouldStampBothTimesOfAnAddedEventWithTheLoad() {
        assertThat(timestamps(second, ADDED)).containsExactly(second.loadedAt(), second.loadedAt());
    }

    @Test
    void shouldNoLongerServeARemovedEvent() {
        assertThat(first.events()).containsKey(REMOVED);
        assertThat(second.events()).doesNotContainKey(REMOVED);
    }

    @Test
    void shouldChangeTheDatasetVersionWhenTheSeedsChange() {
        assertThat(second.version()).isNotEqualTo(first.version());
    }

    @Test
    void shouldNotRewriteAnythingWhenTheSeedsAreUnchanged() {
        assertThat(third.version()).isEqualTo(second.version());
        assertThat(third.loadedAt()).isEqualTo(second.loadedAt());
        assertThat(third.updatedSinceBefore()).isEmpty();
        assertThat(timestamps(third, CHANGED)).isEqualTo(timestamps(second, CHANGED));
    }

    private static List<String> timestamps(Load load, String id) {
        JsonPath event = load.events().get(id);
        return List.of(event.getString("createdAt"), event.getString("updatedAt"));
    }

    /** Starts the service, reads what it serves, and stops it. */
    private static Load load(Map<String, String> properties, String previousLoadedAt) throws Exception {
        try (PackagedApp app = PackagedApp.start(properties)) {
            JsonPath meta = given().baseUri(app.baseUri()).get("/api/v1/meta").then().statusCode(200).extract().jsonPath();
            Map<String, JsonPath> events = new HashMap<>();
            List<Map<String, Object>> items = given().baseUri(app.baseUri()).queryParam("size", 100)
                    .get("/api/v1/events").then().statusCode(200).extract().jsonPath().getList("items");
            for (int i = 0; i < items.size(); i++) {
                String id = (String) items.get(i).get("id");
                events.put(id, given().baseUri(app.baseUri()).get("/api/v1/events/" + id).then().statusCode(200)
                        .extract().jsonPath());
            }
            List<String> since = previousLoadedAt == null ? List.of()
                    : given().baseUri(app.baseUri()).queryParam("updatedSince", previousLoadedAt).queryParam("size", 100)
                            .get("/api/v1/events").then().statusCode(200).extract().jsonPath().getList("items.id");
            return new Load(meta.getString("loadedAt"), meta.getString("datasetVersion"), events, since);
        }
    }
}
