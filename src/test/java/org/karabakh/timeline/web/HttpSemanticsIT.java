package org.karabakh.timeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.Header;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * What the HTTP layer of the packaged service does with hostile or unusual requests: pages far past
 * the end, empty or contradictory {@code Accept} headers, forged {@code Host} headers, HEAD. Runs on
 * the packaged jar (real seeds), whose log is {@code target/quarkus.log}.
 */
@QuarkusIntegrationTest
class HttpSemanticsIT {

    /** {@code page × size} past what an int holds. */
    private static final String HUGE_PAGE = "page=21474837&size=100";

    private static final Path LOG = Path.of("target", "quarkus.log");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOTAL_COUNT = "X-Total-Count";

    // ---- a page past the end ----

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/events", "/api/v1/sources", "/api/v1/sources/sputnik-putin-peacekeepers/events",
            "/api/v1/actors", "/api/v1/places", "/api/v1/eras", "/api/v1/event-types" })
    void shouldAnswerAJsonPageFarPastTheEndWithAnEmptyPage(String path) {
        given().when().get(path + "?" + HUGE_PAGE)
                .then().statusCode(200)
                .body("items", empty())
                .body("page", equalTo(21474837));
    }

    @Test
    void shouldAnswerACsvPageFarPastTheEndWithTheHeaderRowOnly() {
        String body = given().when().get("/api/v1/events?format=csv&" + HUGE_PAGE).then().statusCode(200)
                .extract().asString();
        assertThat(body).isEqualTo("id,start,end,precision,qualifier,display,inferred,type,era,title,summary,actors,"
                + "places,source_ids,edtf,sources_disagree\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/events?format=geojson", "/api/v1/places?format=geojson" })
    void shouldAnswerAGeoJsonPageFarPastTheEndWithNoFeatures(String url) {
        given().when().get(url + "&" + HUGE_PAGE)
                .then().statusCode(200)
                .body("type", equalTo("FeatureCollection"))
                .body("features", empty());
    }

    @Test
    void shouldAnswerAStreamPageFarPastTheEndWithNoLines() {
        given().when().get("/api/v1/events?format=ndjson&" + HUGE_PAGE)
                .then().statusCode(200)
                .body(equalTo(""));
    }

    @Test
    void shouldAnswerACalendarPageFarPastTheEndWithACalendarWithoutEvents() {
        String body = given().when().get("/api/v1/events?format=ics&" + HUGE_PAGE).then().statusCode(200)
                .extract().asString();
        assertThat(body).startsWith("BEGIN:VCALENDAR").endsWith("END:VCALENDAR\r\n").doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void shouldLogNoErrorForPagesFarPastTheEnd() {
        long before = logLength();
        for (String url : List.of("/api/v1/events", "/api/v1/events?format=csv", "/api/v1/events?format=ics",
                "/api/v1/events?format=geojson", "/api/v1/events?format=ndjson", "/api/v1/sources",
                "/api/v1/sources/sputnik-putin-peacekeepers/events", "/api/v1/actors", "/api/v1/places",
                "/api/v1/places?format=geojson", "/api/v1/eras", "/api/v1/event-types")) {
            given().when().get(url + (url.contains("?") ? "&" : "?") + HUGE_PAGE);
        }
        assertThat(logSince(before)).doesNotContain("ERROR").doesNotContain("\tat ");
    }

    @Test
    void shouldAnswerAGoodRequestTheSameAfterABarrageOfBadOnes() {
        Response before = given().when().get("/api/v1/events?size=5");
        raw("GET /api/v1/events?size=5 HTTP/1.1\r\nHost: localhost\r\nAccept:\r\n");
        raw("GET /api/v1/events?size=5 HTTP/1.1\r\nHost: evil.example\r\n");
        for (String url : List.of("/api/v1/events?format=csv&" + HUGE_PAGE, "/api/v1/events?format=ndjson&" + HUGE_PAGE,
                "/api/v1/events?q=%00", "/api/v1/events?size=%EF%BC%95", "/api/v1/events?format=xml")) {
            given().urlEncodingEnabled(false).accept("text/csv;q=0").when().get(url);
        }
        Response after = given().when().get("/api/v1/events?size=5");
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(after.headers().getValues("Link")).isEqualTo(before.headers().getValues("Link"));
    }

    // ---- Accept ----

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/events", "/api/v1/places", "/api/v1/eras", "/api/v1/meta" })
    void shouldTreatAnEmptyAcceptHeaderAsNoPreference(String path) {
        RawResponse response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept:\r\n");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
    }

    @ParameterizedTest
    @CsvSource({
            "text/html, /api/v1/events?format=csv, text/csv",
            "application/xml, /api/v1/events?format=ndjson, application/x-ndjson",
            "text/html, /api/v1/events?format=json, application/json",
            "application/xml, /api/v1/places?format=geojson, application/geo+json",
            "text/csv, /api/v1/places?format=json, application/json" })
    void shouldLetTheFormatParameterWinOverAnyAcceptHeader(String accept, String url, String type) {
        given().accept(accept).when().get(url + "&size=1")
                .then().statusCode(200)
                .contentType(startsWith(type));
    }

    @Test
    void shouldStillRejectAnUnknownFormatNamingTheParameterWhateverTheAcceptHeader() {
        given().accept("text/html").when().get("/api/v1/events?format=xml")
                .then().statusCode(400)
                .body("parameter", equalTo("format"));
    }

    @Test
    void shouldListEveryTypeEventsServesInItsNotAcceptable() {
        given().accept("application/xml").when().get("/api/v1/events")
                .then().statusCode(406)
                .body("detail", containsString("application/json, text/csv, text/calendar, application/geo+json, "
                        + "application/x-ndjson"))
                .body("detail", not(containsString("for all")));
    }

    @Test
    void shouldListTheTwoTypesPlacesServesInItsNotAcceptable() {
        given().accept("text/csv").when().get("/api/v1/places")
                .then().statusCode(406)
                .body("detail", containsString("application/json, application/geo+json"))
                .body("detail", not(containsString("text/csv;")))
                .body("detail", not(containsString("for all")));
    }

    @Test
    void shouldNameJsonAsTheOnlyTypeOfASingleRepresentationEndpointInItsNotAcceptable() {
        given().accept("application/xml").when().get("/api/v1/eras/soviet-autonomy")
                .then().statusCode(406)
                .body("detail", containsString("produces application/json."))
                .body("detail", not(containsString("for all")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "text/csv;q=0", "*/*;q=0", "application/json;q=0, text/csv;q=0" })
    void shouldAnswerNotAcceptableWhenEveryTypeServedIsRatedZero(String accept) {
        given().accept(accept).when().get("/api/v1/events?size=1")
                .then().statusCode(406)
                .contentType(Problem.MEDIA_TYPE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/eras                | application/json;q=0",
            "/api/v1/meta                | */*;q=0",
            "/api/v1/events/war-1992-1994 | application/*;q=0",
            "/api/v1/timeline            | application/json;q=0, text/html" })
    void shouldAnswerNotAcceptableOnEveryEndpointWhenItsTypeIsRatedZero(String path, String accept) {
        given().accept(accept).when().get(path)
                .then().statusCode(406)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("this resource produces application/json."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "*/*, application/json;q=0 | text/csv",
            "text/*, text/csv;q=0      | text/calendar",
            "*/*, text/csv;q=0         | application/json" })
    void shouldNeverSendATypeRatedZero(String accept, String type) {
        given().accept(accept).when().get("/api/v1/events?size=1")
                .then().statusCode(200)
                .contentType(startsWith(type));
    }

    // ---- Link ----

    @Test
    void shouldNotReflectAForeignHostInTheLinks() {
        RawResponse response = raw("GET /api/v1/events?size=5 HTTP/1.1\r\nHost: evil.example\r\n");
        assertThat(response.headers("Link")).isNotEmpty()
                .allSatisfy(link -> assertThat(link).startsWith("</api/v1/events?").doesNotContain("evil"));
    }

    @Test
    void shouldBuildLinksFromThePathOfAnAbsoluteFormRequestTarget() {
        RawResponse response = raw("GET http://localhost/api/v1/events?size=5 HTTP/1.1\r\nHost: localhost\r\n");
        assertThat(response.headers("Link")).contains("</api/v1/events?page=1&size=5>; rel=\"next\"");
    }

    @Test
    void shouldBuildLinksWhenTheHostHeaderIsEmpty() {
        RawResponse response = raw("GET /api/v1/events?size=5 HTTP/1.1\r\nHost:\r\n");
        assertThat(response.headers("Link")).contains("</api/v1/events?page=1&size=5>; rel=\"next\"");
    }

    @Test
    void shouldKeepEveryOtherQueryParameterInTheLinks() {
        Response response = given().when().get("/api/v1/events?type=war&size=1&sort=-date");
        assertThat(linkQuery(response, "first")).contains("type=war", "sort=-date", "page=0", "size=1");
    }

    // ---- Link and total on every list, exports included ----

    @ParameterizedTest
    @ValueSource(strings = { "csv", "ics", "geojson", "ndjson" })
    void shouldSendLinkAndTotalOnAnEventExportPage(String format) {
        long total = given().when().get("/api/v1/events?type=war&size=1").then().extract().jsonPath().getLong("total");
        Response response = given().when().get("/api/v1/events?type=war&size=1&format=" + format);
        response.then().statusCode(200).header(TOTAL_COUNT, equalTo(Long.toString(total)));
        assertThat(linkQuery(response, "first")).contains("format=" + format, "page=0", "size=1");
        assertThat(linkQuery(response, "last")).contains("page=" + (total - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "csv", "ics", "geojson", "ndjson" })
    void shouldSendTheTotalButNoLinkOnAWholeEventExport(String format) {
        long total = given().when().get("/api/v1/events?type=war").then().extract().jsonPath().getLong("total");
        given().when().get("/api/v1/events?type=war&format=" + format)
                .then().statusCode(200)
                .header(TOTAL_COUNT, equalTo(Long.toString(total)))
                .header("Link", nullValue());
    }

    @Test
    void shouldSendLinkAndTotalOnAPlacesGeoJsonPage() {
        long total = given().when().get("/api/v1/places").then().extract().jsonPath().getLong("total");
        Response response = given().when().get("/api/v1/places?format=geojson&size=2");
        response.then().statusCode(200).header(TOTAL_COUNT, equalTo(Long.toString(total)));
        assertThat(linkQuery(response, "next")).contains("format=geojson", "page=1", "size=2");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/events", "/api/v1/sources", "/api/v1/actors", "/api/v1/places", "/api/v1/eras",
            "/api/v1/event-types", "/api/v1/sources/sputnik-putin-peacekeepers/events" })
    void shouldSendTheTotalOfAJsonPageAsAHeaderToo(String path) {
        Response response = given().when().get(path + "?size=1");
        response.then().statusCode(200)
                .header(TOTAL_COUNT, equalTo(Long.toString(response.jsonPath().getLong("total"))));
    }

    @Test
    void shouldDocumentLinkAndTotalOnEveryPagedOperation() {
        JsonNode doc = openApi();
        List<String> missing = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            boolean paged = get.path("parameters").findValuesAsText("name").contains("page");
            JsonNode headers = get.path("responses").path("200").path("headers");
            for (String header : List.of("Link", TOTAL_COUNT)) {
                if (paged && !headers.has(header)) {
                    missing.add(path.getKey() + " " + header);
                }
            }
        });
        assertThat(missing).isEmpty();
        assertThat(doc.path("components").path("headers").path(TOTAL_COUNT).path("description").asText())
                .isNotBlank();
        assertThat(doc.path("components").path("headers").path("Link").path("example").asText())
                .startsWith("</api/v1/");
    }

    // ---- HEAD ----

    @Test
    void shouldAnswerHeadWithTheHeadersOfGetForEveryDocumentedRepresentation() {
        JsonNode doc = openApi();
        List<String> differences = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> path : iterable(doc.path("paths"))) {
            JsonNode get = path.getValue().path("get");
            String url = fill(path.getKey(), get) + (get.path("parameters").findValuesAsText("name").contains("size")
                    ? "?size=2" : "");
            for (Map.Entry<String, JsonNode> content : iterable(get.path("responses").path("200").path("content"))) {
                Map<String, List<String>> onGet = headersOf(given().accept(content.getKey()).when().get(url));
                Map<String, List<String>> onHead = headersOf(given().accept(content.getKey()).when().head(url));
                if (!onHead.equals(onGet)) {
                    differences.add("HEAD " + url + " (" + content.getKey() + "): " + onHead + "\n  GET: " + onGet);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(15);
        assertThat(differences).isEmpty();
    }

    // ---- helpers ----

    private static Map<String, List<String>> headersOf(Response response) {
        Map<String, List<String>> headers = new TreeMap<>();
        for (Header header : response.headers()) {
            String name = header.getName().toLowerCase(Locale.ROOT);
            if (!Set.of("date", "transfer-encoding", "connection", "keep-alive").contains(name)) {
                headers.computeIfAbsent(name, n -> new ArrayList<>()).add(header.getValue());
            }
        }
        headers.put(":status", List.of(Integer.toString(response.statusCode())));
        return headers;
    }

    /** The documented path with each path parameter set to its documented example. */
    private static String fill(String template, JsonNode operation) {
        String url = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                url = url.replace("{" + parameter.path("name").asText() + "}", parameter.path("example").asText());
            }
        }
        return url;
    }

    /** The query of the link with this relation, which must be relative to the server. */
    private static String linkQuery(Response response, String rel) {
        for (String link : response.headers().getValues("Link")) {
            Matcher m = Pattern.compile("<(/[^>?]*)\\?([^>]*)>; rel=\"" + rel + "\"").matcher(link);
            if (m.matches()) {
                return m.group(2);
            }
        }
        throw new AssertionError("no relative link rel=\"" + rel + "\" in " + response.headers().getValues("Link"));
    }

    private static JsonNode openApi() {
        try {
            return JSON.readTree(given().accept("application/json").when().get("/q/openapi?format=json").asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    private static long logLength() {
        try {
            return Files.exists(LOG) ? Files.size(LOG) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String logSince(long offset) {
        try {
            byte[] all = Files.readAllBytes(LOG);
            return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request head exactly as written (client libraries normalise Host and Accept); reads the answer. */
    private static RawResponse raw(String head) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return RawResponse.parse(bytes.toString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record RawResponse(int status, List<String[]> headerLines) {

        static RawResponse parse(String text) {
            String head = text.substring(0, Math.max(0, text.indexOf("\r\n\r\n")));
            String[] lines = head.split("\r\n");
            List<String[]> headers = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.add(new String[] { lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim() });
            }
            return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers);
        }

        List<String> headers(String name) {
            return headerLines.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).toList();
        }

        String header(String name) {
            return headers(name).stream().findFirst().orElse(null);
        }
    }
}
