package org.karabakh.timeline.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code edtf} value the packaged service serves parses with the npm {@code edtf} package, the
 * library a front-end would use, and its bounds are the {@code earliest} and {@code latest} days served
 * beside it (an open end where {@code latest} is null). The package runs under node from
 * {@code src/test/edtf}, where the browser profile installs it with {@code npm ci}. Like every IT, the
 * packaged jar runs on the fixture seeds.
 */
@QuarkusIntegrationTest
@Tag("browser")
class EdtfBoundsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PACKAGE = Path.of("src/test/edtf");

    /** A served date: where it was found, its EDTF form and the days it can refer to. */
    private record ServedDate(String where, String edtf, String earliest, String latest) {
    }

    @Test
    void shouldParseEveryServedDateWithTheEdtfPackageToItsEarliestAndLatestDay() throws Exception {
        List<ServedDate> dates = servedDates();
        JsonNode parsed = parse(dates.stream().map(ServedDate::edtf).toList());

        assertThat(dates).extracting(ServedDate::where).anyMatch(where -> where.contains("statedDate"));
        assertThat(parsed).hasSize(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            ServedDate date = dates.get(i);
            JsonNode bounds = parsed.get(i);
            assertThat(bounds.path("error").isMissingNode()).as("%s: edtf %s parses (%s)", date.where(), date.edtf(),
                    bounds.path("error").asText()).isTrue();
            assertThat(bounds.path("min").asText()).as("%s: lower bound of %s", date.where(), date.edtf())
                    .isEqualTo(date.earliest());
            assertThat(bounds.path("max").isNull() ? null : bounds.path("max").asText())
                    .as("%s: upper bound of %s", date.where(), date.edtf()).isEqualTo(date.latest());
        }
    }

    /** Every date of every event and of each of its citations' stated dates, every era's span, every article's date. */
    private static List<ServedDate> servedDates() throws IOException {
        List<ServedDate> dates = new ArrayList<>();
        for (JsonNode event : get("/api/v1/events?size=100").path("items")) {
            String id = event.path("id").asText();
            add(dates, id + " date", event.path("date"));
            JsonNode citations = event.path("citations");
            for (int c = 0; c < citations.size(); c++) {
                JsonNode stated = citations.get(c).path("statedDate");
                if (!stated.isNull()) {
                    add(dates, id + " citations[" + c + "].statedDate.date", stated.path("date"));
                }
            }
        }
        for (JsonNode era : get("/api/v1/eras?size=100").path("items")) {
            add(dates, "era " + era.path("id").asText(), era.path("span"));
        }
        for (JsonNode source : get("/api/v1/sources?size=100").path("items")) {
            add(dates, "source " + source.path("id").asText(), source.path("date"));
        }
        return dates;
    }

    private static void add(List<ServedDate> dates, String where, JsonNode date) {
        dates.add(new ServedDate(where, date.path("edtf").asText(), date.path("earliest").asText(),
                date.path("latest").isNull() ? null : date.path("latest").asText()));
    }

    private static JsonNode get(String path) throws IOException {
        return JSON.readTree(given().when().get(path).then().statusCode(200).extract().asString());
    }

    /** The edtf package's bounds for each value, as {@code bounds.mjs} prints them. */
    private static JsonNode parse(List<String> values) throws IOException, InterruptedException {
        assertThat(PACKAGE.resolve("node_modules/edtf/package.json")).as("edtf from npm (the browser profile runs npm ci)")
                .exists();
        Process node = new ProcessBuilder("node", "bounds.mjs").directory(PACKAGE.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = node.getOutputStream()) {
            in.write(JSON.writeValueAsBytes(values));
        }
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(node.exitValue()).as("node's exit status").isZero();
        return JSON.readTree(out);
    }
}
