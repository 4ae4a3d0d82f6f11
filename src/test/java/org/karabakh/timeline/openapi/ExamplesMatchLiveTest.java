package org.karabakh.timeline.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends every operation's documented request the way Swagger UI's "Try it out" does, with every
 * parameter at its example, and checks that the live answer is a 200 with the shape of the
 * documented example: the examples cannot drift from what the service really returns.
 */
@QuarkusTest
class ExamplesMatchLiveTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAnswerEveryDocumentedExampleRequestWithTheDocumentedShape() throws Exception {
        JsonNode doc = OpenApiDocument.served();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode op = path.getValue().path("get");
            for (Iterator<Map.Entry<String, JsonNode>> contents = op.path("responses").path("200").path("content")
                    .fields(); contents.hasNext(); ) {
                Map.Entry<String, JsonNode> content = contents.next();
                String mediaType = content.getKey();
                JsonNode example = content.getValue().path("examples").elements().next().path("value");
                String live = request(op, mediaType).when().get(fill(path.getKey(), op))
                        .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith(mediaType)).extract().asString();
                String where = path.getKey() + " " + mediaType;
                if (mediaType.endsWith("json") && !mediaType.contains("ndjson")) {
                    compareShape(where, example, JSON.readTree(live), mismatches);
                } else if (mediaType.contains("ndjson")) {
                    // A one-line NDJSON example is itself a JSON object, and the document stores it as one.
                    JsonNode firstLine = example.isObject() ? example
                            : JSON.readTree(example.asText().lines().findFirst().orElseThrow());
                    compareShape(where, firstLine, JSON.readTree(live.lines().findFirst().orElseThrow()), mismatches);
                } else {
                    String documentedFirstLine = example.asText().lines().findFirst().orElseThrow();
                    if (!live.lines().findFirst().orElseThrow().equals(documentedFirstLine)) {
                        mismatches.add(where + ": first line differs");
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(20);
        assertThat(mismatches).as("examples whose shape differs from the live answer").isEmpty();
    }

    private static RequestSpecification request(JsonNode op, String mediaType) {
        RequestSpecification request = given().accept(mediaType);
        for (JsonNode parameter : op.path("parameters")) {
            if (parameter.path("in").asText().equals("query")) {
                String name = parameter.path("name").asText();
                // The format parameter is set by the content type under test, as a browser link would.
                JsonNode example = parameter.path("example");
                if (name.equals("format")) {
                    request = request.queryParam(name, formatOf(mediaType));
                } else if (example.isArray()) {
                    for (JsonNode item : example) {
                        request = request.queryParam(name, item.asText());
                    }
                } else {
                    request = request.queryParam(name, example.asText());
                }
            }
        }
        return request;
    }

    private static String formatOf(String mediaType) {
        return switch (mediaType) {
            case "text/csv" -> "csv";
            case "text/calendar" -> "ics";
            case "application/geo+json" -> "geojson";
            case "application/x-ndjson" -> "ndjson";
            default -> "json";
        };
    }

    private static String fill(String path, JsonNode op) {
        String filled = path;
        for (JsonNode parameter : op.path("parameters")) {
            if (parameter.path("in").asText().equals("path")) {
                filled = filled.replace("{" + parameter.path("name").asText() + "}", parameter.path("example").asText());
            }
        }
        return filled;
    }

    /** Same object keys all the way down; array elements compared with the documented first element. */
    private static void compareShape(String where, JsonNode documented, JsonNode live, List<String> mismatches) {
        if (documented.isObject()) {
            if (!live.isObject()) {
                mismatches.add(where + ": expected an object");
                return;
            }
            List<String> documentedKeys = new ArrayList<>();
            documented.fieldNames().forEachRemaining(documentedKeys::add);
            List<String> liveKeys = new ArrayList<>();
            live.fieldNames().forEachRemaining(liveKeys::add);
            if (!documentedKeys.equals(liveKeys)) {
                mismatches.add(where + ": keys " + documentedKeys + " documented, " + liveKeys + " live");
                return;
            }
            documentedKeys.forEach(key -> compareShape(where + "." + key, documented.get(key), live.get(key), mismatches));
        } else if (documented.isArray()) {
            if (!live.isArray()) {
                mismatches.add(where + ": expected an array");
            } else if (!documented.isEmpty() && !live.isEmpty()) {
                compareShape(where + "[0]", documented.get(0), live.get(0), mismatches);
            }
        } else if (!documented.isNull() && !live.isNull() && documented.getNodeType() != live.getNodeType()) {
            mismatches.add(where + ": " + documented.getNodeType() + " documented, " + live.getNodeType() + " live");
        }
    }
}
