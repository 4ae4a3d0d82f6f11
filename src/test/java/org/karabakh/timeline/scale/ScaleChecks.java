package org.karabakh.timeline.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.paging.Page;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * What must keep working on a generated dataset larger than the exact-count limit, on either
 * database: everything loads, counts are exact below the limit and flagged above it, filters and
 * word search find what the files hold, and deep pages stay in order.
 */
abstract class ScaleChecks {

    /** A year with a few hundred generated events. */
    private static final int YEAR = 2010;

    /** Requests to the service under test. */
    abstract RequestSpecification api();

    @Test
    void shouldLoadEveryGeneratedEvent() {
        api().get("/api/v1/meta").then().statusCode(200)
                .body("counts.events", equalTo(GeneratedDataset.EVENTS))
                .body("counts.actors", equalTo(GeneratedDataset.ACTORS));
    }

    @Test
    void shouldSayThatATotalAboveTheCountLimitIsALowerBound() {
        Response answer = api().get("/api/v1/events");

        answer.then().statusCode(200).body("total", equalTo(Page.COUNT_LIMIT)).body("totalExact", equalTo(false))
                .header("X-Total-Count", String.valueOf(Page.COUNT_LIMIT));
        assertThat(answer.headers().getValues("Link")).anyMatch(link -> link.endsWith("rel=\"next\""))
                .noneMatch(link -> link.endsWith("rel=\"last\""));
    }

    @Test
    void shouldCountTheEventsOfOneActorExactly() {
        String actor = GeneratedDataset.actorId(42);

        api().queryParam("actor", actor).queryParam("size", 100).get("/api/v1/events").then().statusCode(200)
                .body("total", equalTo((int) GeneratedDataset.eventsOfActor(actor)))
                .body("totalExact", equalTo(true));
    }

    @Test
    void shouldListTheEventsOfOneActorOnceEachInDateOrderPageAfterPage() {
        String actor = GeneratedDataset.actorId(42);
        JsonPath all = api().queryParam("actor", actor).queryParam("size", 100).get("/api/v1/events").then()
                .statusCode(200).extract().jsonPath();
        List<String> ids = all.getList("items.id");

        assertThat(ids).hasSize((int) GeneratedDataset.eventsOfActor(actor)).doesNotHaveDuplicates();
        assertThat(all.<String>getList("items.date.earliest")).isSorted();
        assertThat(readAfterEachOther(Map.of("actor", actor), "date")).isEqualTo(ids);
        List<String> newestFirst = new ArrayList<>(ids);
        Collections.reverse(newestFirst);
        assertThat(readAfterEachOther(Map.of("actor", actor), "-date")).isEqualTo(newestFirst);
    }

    @Test
    void shouldListAndCountAnEventOnceForAnActorInTwoRolesInIt() {
        String actor = GeneratedDataset.actorInTwoRoles();
        int events = (int) GeneratedDataset.eventsOfActor(actor);

        List<String> listed = api().queryParam("actor", actor).queryParam("size", 100).get("/api/v1/events").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(listed).hasSize(events).doesNotHaveDuplicates();
        api().queryParam("actor", actor).queryParam("size", 1).get("/api/v1/events").then().statusCode(200)
                .body("total", equalTo(events));
    }

    @Test
    void shouldGroupAYearOfEventsWithItsCountAndItsFirstEventsOnly() {
        int inYear = api().queryParam("year", YEAR).get("/api/v1/events").then().statusCode(200).extract().jsonPath()
                .getInt("total");
        JsonPath timeline = api().queryParam("year", YEAR).queryParam("perGroup", 5).get("/api/v1/timeline").then()
                .statusCode(200).extract().jsonPath();
        List<Integer> totals = timeline.getList("groups.total");
        List<String> firstOfYear = timeline.getList("groups.find { it.key == '" + YEAR + "' }.events.date.earliest");

        assertThat(timeline.getInt("total")).isEqualTo(inYear);
        assertThat(totals.stream().mapToInt(Integer::intValue).sum()).isEqualTo(inYear);
        assertThat(timeline.getInt("groups.find { it.key == '" + YEAR + "' }.total")).isGreaterThan(100);
        assertThat(firstOfYear).hasSize(5).isSorted().allSatisfy(day -> assertThat(day).startsWith(YEAR + "-"));
    }

    @Test
    void shouldShowTheFirstEventsOfEveryGroupWhenTheGroupsShowMoreEventsThanOneLookupById() {
        // A hundred events a group over a dozen years and the long events before them: over a thousand events,
        // the most one lookup by id names.
        JsonPath timeline = api().queryParam("from", "2000-01-01").queryParam("to", "2011-12-31")
                .queryParam("perGroup", 100).get("/api/v1/timeline").then().statusCode(200).extract().jsonPath();
        List<String> keys = timeline.getList("groups.key");

        assertThat(timeline.<String>getList("groups.events.flatten().id")).hasSizeGreaterThan(1_000)
                .doesNotHaveDuplicates();
        for (String key : keys) {
            String group = "groups.find { it.key == '" + key + "' }";
            List<String> firstDays = timeline.getList(group + ".events.date.earliest");
            assertThat(firstDays).as("first days in group %s", key)
                    .hasSize(Math.min(timeline.getInt(group + ".total"), 100)).isSorted()
                    .allSatisfy(day -> assertThat(day).startsWith(key + "-"));
        }
    }

    @Test
    void shouldShowInEachGroupOfANewestFirstTimelineOnlyEventsWhoseFirstDayIsInItsYear() {
        // Events with only a year for a date start on 1 January, the day just after the group before's last.
        JsonPath timeline = api().queryParam("year", YEAR).queryParam("sort", "-date").queryParam("perGroup", 20)
                .get("/api/v1/timeline").then().statusCode(200).extract().jsonPath();
        List<String> keys = timeline.getList("groups.key");

        assertThat(keys).hasSizeGreaterThan(5).isSortedAccordingTo(Collections.reverseOrder());
        for (String key : keys) {
            List<String> firstDays = timeline.getList("groups.find { it.key == '" + key + "' }.events.date.earliest");
            assertThat(firstDays).as("first days in group %s", key).isNotEmpty().isSortedAccordingTo(
                    Collections.reverseOrder()).allSatisfy(day -> assertThat(day).startsWith(key + "-"));
        }
    }

    @Test
    void shouldFindEventsAtAPlaceByItsCyrillicName() {
        GeneratedDataset.NamedPlace place = GeneratedDataset.place(7);

        JsonPath found = api().queryParam("q", place.cyrillicName().toLowerCase(Locale.ROOT)).queryParam("size", 100)
                .get("/api/v1/events").then().statusCode(200).extract().jsonPath();

        List<List<String>> placesOfEachEvent = found.getList("items.places.name");
        assertThat(placesOfEachEvent).isNotEmpty().allSatisfy(names -> assertThat(names).contains(place.name()));
    }

    @Test
    void shouldPageAWordSearchByNumberAsTheWalkFromEventToEventDoes() {
        // A page number of a word search is read from the count's matches; a page after an event is the list's
        // query. A year's events with only a year for a date all start on its first day, so pages end among
        // events of one day.
        Map<String, ?> wordInYear = Map.of("q", "negotiation", "year", YEAR);
        int total = api().queryParams(wordInYear).get("/api/v1/events").then().statusCode(200).extract().path("total");

        for (String sort : List.of("date", "-date")) {
            List<String> byNumber = readPageByPage(wordInYear, sort);

            assertThat(byNumber).as("sort=%s", sort).hasSize(total).hasSizeGreaterThan(30).doesNotHaveDuplicates()
                    .isEqualTo(readAfterEachOther(wordInYear, sort));
        }
    }

    @Test
    void shouldPageAWordOfMoreEventsThanTheCountLimitInTheListsOrderWithALowerBoundForTotal() {
        // Every sentence the generator writes says "citing".
        JsonPath firstTen = api().queryParam("q", "citing").queryParam("size", 10).get("/api/v1/events").then()
                .statusCode(200).body("total", equalTo(Page.COUNT_LIMIT)).body("totalExact", equalTo(false))
                .extract().jsonPath();

        api().queryParam("q", "citing").queryParam("size", 5).queryParam("page", 1).get("/api/v1/events").then()
                .statusCode(200).body("items.id", equalTo(firstTen.getList("items.id").subList(5, 10)))
                .body("totalExact", equalTo(false));
    }

    @Test
    void shouldServeADeepPageInChronologicalOrder() {
        List<String> before = api().queryParam("page", 499).get("/api/v1/events").then().statusCode(200).extract()
                .jsonPath().getList("items.date.earliest");
        List<String> deep = api().queryParam("page", 500).get("/api/v1/events").then().statusCode(200).extract()
                .jsonPath().getList("items.date.earliest");

        assertThat(deep).hasSize(20).isSorted();
        assertThat(deep.get(0)).isGreaterThanOrEqualTo(before.get(before.size() - 1));
    }

    @Test
    void shouldStreamACsvExportOfMoreThanAChunkWithTheEventsOfTheListInItsOrder() throws Exception {
        Response exported = api().queryParam("format", "csv").queryParam("year", YEAR).get("/api/v1/events");
        int total = Integer.parseInt(exported.header("X-Total-Count"));

        exported.then().statusCode(200).header("Transfer-Encoding", "chunked").header("Content-Length", nullValue());
        assertThat(total).as("more events than one chunk of 100").isGreaterThan(100);
        assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(exported.asString())).stream().map(row -> row.get("id")).toList())
                .isEqualTo(listedIds(total));
    }

    @Test
    void shouldStreamGeoJsonAndICalendarExportsThatTheirParsersRead() throws Exception {
        Response geoJson = api().queryParam("format", "geojson").queryParam("year", YEAR).get("/api/v1/events");
        Response calendar = api().queryParam("format", "ics").queryParam("year", YEAR).get("/api/v1/events");
        List<String> listed = listedIds(Integer.parseInt(calendar.header("X-Total-Count")));

        geoJson.then().statusCode(200).header("Transfer-Encoding", "chunked");
        JsonNode features = new ObjectMapper().readTree(geoJson.asByteArray()).get("features");
        assertThat(features).isNotEmpty().allSatisfy(feature -> assertThat(listed)
                .contains(feature.get("properties").get("eventId").asText()));
        calendar.then().statusCode(200).header("Transfer-Encoding", "chunked");
        assertThat(new CalendarBuilder().build(new StringReader(calendar.asString())).getComponents(Component.VEVENT))
                .hasSize(listed.size());
    }

    @Test
    void shouldSendAnExportOfAtMostAChunkWholeWithItsLength() {
        api().queryParam("format", "csv").queryParam("year", YEAR).queryParam("size", 100).get("/api/v1/events")
                .then().statusCode(200).header("Content-Length", notNullValue())
                .header("Transfer-Encoding", nullValue());
    }

    /** The ids of the events a filter selects in the {@code sort} order, read 3 at a time, each after the last. */
    private List<String> readAfterEachOther(Map<String, ?> filter, String sort) {
        return readThreeAtATime(filter, sort,
                read -> read.isEmpty() ? Map.of() : Map.of("after", read.get(read.size() - 1)));
    }

    /** The ids of the events a filter selects in the {@code sort} order, read 3 at a time by page number. */
    private List<String> readPageByPage(Map<String, ?> filter, String sort) {
        return readThreeAtATime(filter, sort, read -> Map.of("page", read.size() / 3));
    }

    /** Pages of 3 until a shorter one; {@code next} says which page follows the ids read so far. */
    private List<String> readThreeAtATime(Map<String, ?> filter, String sort,
            Function<List<String>, Map<String, ?>> next) {
        List<String> read = new ArrayList<>();
        List<String> page;
        do {
            page = api().queryParams(filter).queryParams(next.apply(read)).queryParam("sort", sort)
                    .queryParam("size", 3).get("/api/v1/events").then().statusCode(200).extract().jsonPath()
                    .getList("items.id");
            read.addAll(page);
        } while (page.size() == 3);
        return read;
    }

    /** The ids of the events of {@link #YEAR} in the JSON list, read a page of 100 at a time. */
    private List<String> listedIds(int total) {
        List<String> listed = new ArrayList<>();
        for (int page = 0; page * 100 < total; page++) {
            listed.addAll(api().queryParam("year", YEAR).queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/events").then().statusCode(200).extract().jsonPath().getList("items.id"));
        }
        return listed;
    }
}
