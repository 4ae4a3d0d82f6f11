package org.karabakh.timeline.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karabakh.timeline.support.PackagedApp;
import org.karabakh.timeline.support.Prometheus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeds loaded again into a persistent database: the packaged service started six times on one
 * file-based H2 database. Between the first and second start one event's summary changes, one
 * event is removed and one is added (src/test/resources/reload-seeds/events.yaml against the
 * fixture); the third start finds the seeds unchanged; the fourth finds them changed only in a
 * comment, and the start after it finds them unchanged again; the last goes back to the fixture's events, so the removed event comes back and the
 * added one goes.
 */
class SeedReloadIT {

    private static final String CHANGED = "ceasefire-2023-09-20";
    private static final String REMOVED = "pashinyan-ready-to-recognise-sovereignty-2023";
    private static final String ADDED = "trilateral-statement-2021-01-11";
    private static final String UNCHANGED = "war-1992-1994";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_READ = "seeds unchanged since the stored load, not read, nothing written";

    @TempDir
    static Path work;

    private static Load first;
    private static Load second;
    private static Load third;
    private static Load fourth;
    private static Load fourthAgain;
    private static Load fifth;

    /**
     * What one start of the service served: its load time, each event's timestamps, what changed and
     * what was deleted since the previous start, its metrics and its log.
     */
    private record Load(String loadedAt, String version, Map<String, JsonPath> events, List<String> updatedSinceBefore,
            JsonPath deletedSinceBefore, JsonNode deletedExampleRequest, JsonNode documentedDeletedExample,
            Prometheus metrics, String log) {

        double eventsWritten(String change) {
            return metrics.value("timeline_seeds_events_written_total", "change", change).orElseThrow();
        }
    }

    @BeforeAll
    static void startSixTimes() throws Exception {
        Path seeds = work.resolve("seeds");
        SeedFixtures.copy(Path.of("src/test/resources/fixture-seeds"), seeds);
        Map<String, String> properties = PackagedApp.onH2File(seeds, work.resolve("timeline"));

        first = load(properties, null);
        Files.copy(Path.of("src/test/resources/reload-seeds/events.yaml"), seeds.resolve("events.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        second = load(properties, first.loadedAt());
        third = load(properties, second.loadedAt());
        Files.writeString(seeds.resolve("events.yaml"), "# A comment changes the bytes, not the content.\n"
                + Files.readString(seeds.resolve("events.yaml")));
        fourth = load(properties, third.loadedAt());
        fourthAgain = load(properties, fourth.loadedAt());
        Files.copy(Path.of("src/test/resources/fixture-seeds/events.yaml"), seeds.resolve("events.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        fifth = load(properties, fourth.loadedAt());
    }

    @Test
    void shouldReturnOnlyTheChangedAndTheAddedEventSinceThePreviousLoad() {
        assertThat(second.updatedSinceBefore()).containsExactlyInAnyOrder(CHANGED, ADDED);
    }

    @Test
    void shouldWriteOnlyTheChangedTheAddedAndTheRemovedEvent() {
        assertThat(List.of(second.eventsWritten("inserted"), second.eventsWritten("updated"),
                second.eventsWritten("deleted"))).containsExactly(1.0, 1.0, 1.0);
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
    void shouldListTheRemovedEventAsDeletedSinceThePreviousLoad() {
        JsonPath deleted = second.deletedSinceBefore();
        assertThat(deleted.getList("items.id")).containsExactly(REMOVED);
        assertThat(deleted.getString("items[0].deletedAt")).isEqualTo(second.loadedAt());
        assertThat(deleted.getString("items[0].datasetVersion")).isEqualTo(second.version());
    }

    @Test
    void shouldChangeTheDatasetVersionWhenTheSeedsChange() {
        assertThat(second.version()).isNotEqualTo(first.version());
    }

    @Test
    void shouldNotReadNorWriteAnythingWhenTheSeedsAreUnchanged() {
        assertThat(third.version()).isEqualTo(second.version());
        assertThat(third.loadedAt()).isEqualTo(second.loadedAt());
        assertThat(third.updatedSinceBefore()).isEmpty();
        assertThat(third.deletedSinceBefore().getList("items")).isEmpty();
        assertThat(timestamps(third, CHANGED)).isEqualTo(timestamps(second, CHANGED));
        assertThat(third.log()).contains(NOT_READ);
        assertThat(third.metrics().value("timeline_seeds_load_seconds_count", "outcome", "unchanged")).hasValue(1.0);
        assertThat(List.of(third.eventsWritten("inserted"), third.eventsWritten("updated"),
                third.eventsWritten("deleted"))).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void shouldKeepTheVersionWhenOnlyTheBytesOfTheSeedsChange() {
        assertThat(fourth.log()).doesNotContain(NOT_READ).contains("nothing written");
        assertThat(fourth.version()).isEqualTo(third.version());
        assertThat(fourth.loadedAt()).isEqualTo(third.loadedAt());
        assertThat(fourth.metrics().value("timeline_seeds_load_seconds_count", "outcome", "unchanged")).hasValue(1.0);
    }

    @Test
    void shouldRecordTheNewBytesSoTheNextStartDoesNotReadThem() {
        assertThat(fourthAgain.log()).contains(NOT_READ);
        assertThat(fourthAgain.version()).isEqualTo(third.version());
    }

    @Test
    void shouldServeAnEventThatComesBackAsNewAndDropItsTombstone() {
        assertThat(timestamps(fifth, REMOVED)).containsExactly(fifth.loadedAt(), fifth.loadedAt());
        assertThat(fifth.updatedSinceBefore()).contains(REMOVED);
        assertThat(fifth.deletedSinceBefore().getList("items.id")).containsExactly(ADDED);
        assertThat(fifth.deletedExampleRequest().at("/items/0/id").asText()).isEqualTo(ADDED);
    }

    /**
     * The contract's example for GET /api/v1/events/deleted is the answer after the second start, which
     * no single start on the real seeds can give (ExamplesMatchLiveTest leaves it to this test).
     */
    @Test
    void shouldAnswerTheDocumentedDeletedEventsExampleAfterTheReload() {
        JsonNode documented = second.documentedDeletedExample();
        JsonNode live = second.deletedExampleRequest();
        assertThat(documented.path("items")).as("the documented example").hasSize(1);
        for (String field : List.of("/items/0/id", "/items/0/datasetVersion", "/page", "/size", "/total", "/totalExact")) {
            assertThat(live.at(field)).as(field).isEqualTo(documented.at(field));
        }
        assertThat(live.at("/items/0/deletedAt").asText()).isEqualTo(second.loadedAt());
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
            JsonPath deleted = previousLoadedAt == null ? null
                    : given().baseUri(app.baseUri()).queryParam("since", previousLoadedAt)
                            .get("/api/v1/events/deleted").then().statusCode(200).extract().jsonPath();
            JsonNode contract = JSON.readTree(given().baseUri(app.baseUri()).queryParam("format", "json")
                    .get("/q/openapi").then().statusCode(200).extract().asString());
            String example = "";
            for (JsonNode parameter : contract.at("/paths/~1api~1v1~1events~1deleted/get/parameters")) {
                if (parameter.path("name").asText().equals("since")) {
                    example = parameter.path("example").asText();
                }
            }
            JsonNode exampleRequest = JSON.readTree(given().baseUri(app.baseUri()).queryParam("since", example)
                    .get("/api/v1/events/deleted").then().statusCode(200).extract().asString());
            JsonNode documented = contract.at("/components/examples/deleted-event-page/value");
            return new Load(meta.getString("loadedAt"), meta.getString("datasetVersion"), events, since, deleted,
                    exampleRequest, documented, Prometheus.scrape(app.baseUri()), app.output());
        }
    }
}
