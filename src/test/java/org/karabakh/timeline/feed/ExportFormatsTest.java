package org.karabakh.timeline.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.Fixture;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** CSV, iCalendar, GeoJSON and NDJSON on the same resources, parsed by real parsers. */
@QuarkusTest
class ExportFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldServeEveryEventAsRfc4180CsvWithAHeaderRow() throws Exception {
        Response response = given().accept("text/csv").when().get("/api/v1/events");
        response.then().statusCode(200).contentType("text/csv;charset=UTF-8;header=present");

        List<CSVRecord> rows = csv(response.asString());
        assertThat(rows).hasSize(Fixture.EVENTS);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("id", "start", "end", "precision",
                "qualifier", "display", "inferred", "type", "era", "title", "summary", "actors", "places", "source_ids",
                "edtf", "sources_disagree");
        CSVRecord war = rows.stream().filter(r -> r.get("id").equals("war-1992-1994")).findFirst().orElseThrow();
        assertThat(war.get("start")).isEqualTo("1992");
        assertThat(war.get("end")).isEqualTo("1994");
        assertThat(war.get("display")).isEqualTo("1992–1994");
        assertThat(war.get("summary")).contains("Up to 30,000 people were killed");
        assertThat(war.get("source_ids")).contains("sputnik-putin-peacekeepers");
        assertThat(war.get("edtf")).isEqualTo("1992/1994");
        assertThat(war.get("sources_disagree")).isEqualTo("false");
        assertThat(response.asString()).contains("\r\n");
    }

    @Test
    void shouldSayInCsvWhichEventsHaveSourcesThatDisagree() throws Exception {
        List<CSVRecord> rows = csv(given().queryParam("format", "csv").when().get("/api/v1/events")
                .then().statusCode(200).extract().asString());

        assertThat(rows.stream().filter(r -> r.get("sources_disagree").equals("true")).map(r -> r.get("id")))
                .containsExactly(Fixture.DISAGREEING_EVENT);
    }

    @Test
    void shouldApplyTheSameFiltersAndOrderToCsvAsToJson() throws Exception {
        List<String> json = given().queryParam("year", "2023").queryParam("size", "100").when().get("/api/v1/events")
                .then().extract().jsonPath().getList("items.id");
        List<CSVRecord> rows = csv(given().queryParam("year", "2023").queryParam("format", "csv")
                .when().get("/api/v1/events").then().statusCode(200).extract().asString());

        assertThat(rows.stream().map(r -> r.get("id")).toList()).containsExactlyElementsOf(json);
    }

    @Test
    void shouldSendOnlyThePageAskedForWhenSizeIsGiven() throws Exception {
        List<String> json = given().queryParam("size", "4").queryParam("page", "1").when().get("/api/v1/events")
                .then().extract().jsonPath().getList("items.id");
        List<CSVRecord> rows = csv(given().queryParam("format", "csv").queryParam("size", "4").queryParam("page", "1")
                .when().get("/api/v1/events").then().statusCode(200).extract().asString());

        assertThat(rows).hasSize(4);
        assertThat(rows.stream().map(r -> r.get("id")).toList()).containsExactlyElementsOf(json);
    }

    @Test
    void shouldServeAValidCalendarWithAllDayEventsOverTheirWholeSpan() throws Exception {
        String ics = given().accept("text/calendar").when().get("/api/v1/events")
                .then().statusCode(200).contentType("text/calendar;charset=UTF-8").extract().asString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        List<net.fortuna.ical4j.model.component.CalendarComponent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(Fixture.EVENTS);
        Component war = events.stream().filter(e -> value(e, Property.UID).equals("war-1992-1994@conflict-timeline"))
                .findFirst().orElseThrow();
        assertThat(value(war, Property.DTSTART)).isEqualTo("19920101");
        assertThat(value(war, Property.DTEND)).isEqualTo("19950101");
        assertThat(value(war, Property.DESCRIPTION)).contains("up to 30,000 people lost their lives");
        assertThat(events.stream().map(e -> value(e, Property.UID)).distinct()).hasSize(Fixture.EVENTS);
    }

    @Test
    void shouldFoldCalendarLinesAtSeventyFiveOctetsAndEscapeText() {
        String ics = given().queryParam("format", "ics").when().get("/api/v1/events").then().extract().asString();

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).doesNotContain("\n\n").contains("SUMMARY:Trilateral statement on a complete ceasefire signed by");
        assertThat(ics.replace("\r\n ", "")).contains("signed by Putin\\, Aliyev and Pashinyan");
    }

    @Test
    void shouldServePlacesAsGeoJsonWithLongitudeFirst() throws Exception {
        JsonNode geo = JSON.readTree(given().accept("application/geo+json").when().get("/api/v1/places")
                .then().statusCode(200).contentType("application/geo+json").extract().asString());

        assertThat(geo.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geo.path("features")).hasSize(Fixture.PLACES);
        JsonNode lachin = find(geo.path("features"), "lachin-corridor");
        assertThat(lachin.path("geometry").path("type").asText()).isEqualTo("Point");
        assertThat(lachin.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(46.5461);
        assertThat(lachin.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(39.6383);
    }

    @Test
    void shouldServeOneGeoJsonFeaturePerEventAndPlace() throws Exception {
        int pairs = given().queryParam("size", "100").when().get("/api/v1/events")
                .then().extract().jsonPath().getList("items.places.flatten()").size();
        JsonNode geo = JSON.readTree(given().queryParam("format", "geojson").when().get("/api/v1/events")
                .then().statusCode(200).extract().asString());

        assertThat(geo.path("features")).hasSize(pairs);
        assertThat(find(geo.path("features"), "trilateral-statement-2020-11-09@lachin-corridor")
                .path("properties").path("date").asText()).isEqualTo("9 November 2020");
    }

    @Test
    void shouldStreamOneEventPerLineAsNdjson() throws Exception {
        List<String> json = given().queryParam("size", "100").when().get("/api/v1/events")
                .then().extract().jsonPath().getList("items.id");
        String body = given().accept("application/x-ndjson").when().get("/api/v1/events")
                .then().statusCode(200).contentType("application/x-ndjson;charset=UTF-8").extract().asString();

        List<String> ids = new ArrayList<>();
        for (String line : body.split("\n")) {
            ids.add(JSON.readTree(line).path("id").asText());
        }
        assertThat(ids).containsExactlyElementsOf(json);
    }

    @Test
    void shouldExportATimelineJsDocumentWithOnlyTheKnownDateParts() throws Exception {
        JsonNode doc = JSON.readTree(given().when().get("/api/v1/export/timelinejs").then().statusCode(200)
                .extract().asString());

        assertThat(doc.path("title").path("text").path("headline").asText()).isNotBlank();
        assertThat(doc.path("events")).hasSize(Fixture.EVENTS);
        JsonNode war = slide(doc, "war-1992-1994");
        assertThat(knownParts(war.path("start_date"))).containsExactly("year");
        assertThat(war.path("end_date").path("year").asInt()).isEqualTo(1994);
        assertThat(war.path("display_date").asText()).isEqualTo("1992–1994");
        assertThat(war.path("group").asText()).isEqualTo("Conflict and war, 1988-1994");
        assertThat(war.path("text").path("text").asText()).contains("<blockquote>");
        assertThat(knownParts(slide(doc, "secession-and-reunification-movement-1988").path("start_date")))
                .containsExactly("year", "month");
        assertThat(knownParts(slide(doc, "trilateral-statement-2020-11-09").path("start_date")))
                .containsExactly("year", "month", "day");
        assertThat(doc.path("eras")).hasSize(Fixture.ERAS);
        assertThat(doc.path("eras").get(0).path("end_date").path("year").asInt()).isEqualTo(1988);
    }

    @Test
    void shouldFilterTheTimelineJsExportLikeTheEventList() {
        given().queryParam("year", "2021").when().get("/api/v1/export/timelinejs")
                .then().statusCode(200)
                .body("events.unique_id", org.hamcrest.Matchers.contains("hajiyev-atlantic-council-remarks",
                        "ayvazyan-lavrov-briefing-2021-05-06"));
    }

    @Test
    void shouldCountEverythingInMeta() {
        given().when().get("/api/v1/meta")
                .then().statusCode(200)
                .body("counts.events", equalTo(Fixture.EVENTS))
                .body("counts.citations", equalTo(Fixture.CITATIONS))
                .body("counts.sources", equalTo(Fixture.SOURCES))
                .body("counts.actors", equalTo(Fixture.ACTORS))
                .body("counts.places", equalTo(Fixture.PLACES))
                .body("counts.eras", equalTo(Fixture.ERAS))
                .body("span.earliest", equalTo(Fixture.EARLIEST_DAY))
                .body("span.latest", equalTo(Fixture.LATEST_DAY));
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(p -> ((Property) p).getValue()).orElseThrow();
    }

    private static JsonNode find(JsonNode features, String id) {
        for (JsonNode feature : features) {
            if (feature.path("id").asText().equals(id)) {
                return feature;
            }
        }
        throw new AssertionError("no feature " + id);
    }

    private static JsonNode slide(JsonNode doc, String id) {
        for (JsonNode slide : doc.path("events")) {
            if (slide.path("unique_id").asText().equals(id)) {
                return slide;
            }
        }
        throw new AssertionError("no slide " + id);
    }

    /** The parts of a TimelineJS date that are given: unknown parts are sent as null. */
    private static List<String> knownParts(JsonNode date) {
        List<String> names = new ArrayList<>();
        date.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                names.add(field.getKey());
            }
        });
        return names;
    }
}
