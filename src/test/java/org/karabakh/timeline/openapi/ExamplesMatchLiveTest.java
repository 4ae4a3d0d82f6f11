package org.karabakh.timeline.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.dataset.RealDataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.karabakh.timeline.openapi.OpenApiDocument.fields;
import static org.karabakh.timeline.openapi.OpenApiDocument.readJson;

/**
 * Sends every operation's documented request the way Swagger UI's "Try it out" does, with every
 * parameter at its example, and checks that the live answer is a 200 with the shape AND the values
 * of the documented example: the examples cannot drift from what the service really returns.
 *
 * <p>The examples are read from the served document, with {@code $ref}s into
 * {@code #/components/examples} and {@code #/components/headers} resolved, so it does not matter
 * whether an annotation carries its example inline or references a component.
 *
 * <ul>
 * <li>JSON: every documented scalar equals the live scalar at the same JSON pointer. Arrays are
 * compared over the documented elements, which must be the live answer's leading elements, so an
 * example may cut a long list short. {@code createdAt}, {@code updatedAt} and {@code loadedAt} change
 * on every start and are only required to exist.</li>
 * <li>CSV and iCalendar: every documented line equals the live line at the same position (LF or CRLF
 * alike); the iCalendar DTSTAMP, CREATED and LAST-MODIFIED lines are load times and are skipped.</li>
 * <li>NDJSON: every documented line is parsed as JSON and compared like a JSON body.</li>
 * <li>The {@code X-Dataset-Version} header example equals the live header.</li>
 * </ul>
 *
 * <p>The documented examples are the real dataset's answers, so this runs on {@code seeds/}
 * ({@link RealDataset}), not on the behaviour tests' fixture.
 */
@QuarkusTest
@TestProfile(RealDataset.class)
class ExamplesMatchLiveTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Fields whose value changes on every start of the service (the in-memory database is reloaded). */
    private static final Set<String> VOLATILE_FIELDS = Set.of("createdAt", "updatedAt", "loadedAt", "deletedAt");

    /**
     * Operations whose example shows a state one start on the real seeds cannot reach, with the test that
     * checks the example against a live answer in that state instead.
     */
    private static final Map<String, String> CHECKED_ELSEWHERE = Map.of(
            "/api/v1/events/deleted", "SeedReloadIT: the answer after a reload that removed an event");

    /** iCalendar properties holding the time the data was loaded. */
    private static final List<String> VOLATILE_ICS_PROPERTIES = List.of("DTSTAMP", "CREATED", "LAST-MODIFIED");

    private static final String DATASET_VERSION = "X-Dataset-Version";
    private static final String EXAMPLES_PREFIX = "#/components/examples/";
    private static final int MAX_SHOWN = 120;

    @Test
    void shouldAnswerEveryDocumentedExampleRequestWithTheDocumentedValues() {
        JsonNode doc = servedDocument();
        List<String> mismatches = new ArrayList<>();
        String liveDatasetVersion = null;
        int checked = 0;
        for (Map.Entry<String, JsonNode> path : fields(doc.path("paths"))) {
            if (CHECKED_ELSEWHERE.containsKey(path.getKey())) {
                continue;
            }
            JsonNode op = path.getValue().path("get");
            JsonNode ok = resolve(doc, op.path("responses").path("200"));
            boolean headerChecked = false;
            for (Map.Entry<String, JsonNode> content : fields(ok.path("content"))) {
                String mediaType = content.getKey();
                String operation = "GET " + path.getKey() + " " + mediaType;
                Response response = OpenApiDocument.sendExample(path.getKey(), op, mediaType, true);
                response.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith(mediaType));
                String live = response.asString();
                checked++;

                Map<String, JsonNode> examples = examples(doc, content.getValue());
                if (examples.isEmpty()) {
                    mismatches.add(operation + ": no example documented");
                }
                examples.forEach((name, example) -> {
                    String where = operation + " (example " + name + ")";
                    if (!example.has("value")) {
                        mismatches.add(where + ": the example has no value");
                        return;
                    }
                    compare(where, mediaType, example.path("value"), live, mismatches);
                });

                String liveVersion = response.header(DATASET_VERSION);
                liveDatasetVersion = liveVersion;
                if (!headerChecked) {
                    headerChecked = true;
                    JsonNode header = resolve(doc, ok.path("headers").path(DATASET_VERSION));
                    compareHeader("GET " + path.getKey() + " 200 header " + DATASET_VERSION, header, liveVersion,
                            mismatches);
                }
            }
        }
        JsonNode component = doc.path("components").path("headers").path(DATASET_VERSION);
        if (!component.isMissingNode()) {
            compareHeader("#/components/headers/" + DATASET_VERSION, resolve(doc, component), liveDatasetVersion,
                    mismatches);
        }

        assertThat(checked).as("(operation, media type) pairs with a 200 example").isEqualTo(20);
        if (!mismatches.isEmpty()) {
            mismatches.forEach(m -> System.out.println("EXAMPLE MISMATCH " + m));
            fail(mismatches.size() + " documented example values differ from the live answers:\n  "
                    + String.join("\n  ", mismatches));
        }
    }

    @Test
    void shouldReferenceEveryComponentExampleFromAnOperation() {
        JsonNode doc = servedDocument();
        Set<String> referenced = new TreeSet<>();
        collectRefs(doc.path("paths"), referenced);
        List<String> orphans = new ArrayList<>();
        doc.path("components").path("examples").fieldNames().forEachRemaining(name -> {
            if (!referenced.contains(EXAMPLES_PREFIX + name)) {
                orphans.add(name);
            }
        });
        assertThat(orphans).as("components/examples referenced by no operation").isEmpty();
    }

    // ---- the documented request ------------------------------------------------------------------

    // ---- the served document -------------------------------------------------------------------

    private static JsonNode servedDocument() {
        return readJson(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    /** Follows local {@code $ref}s ({@code #/components/...}) until it reaches the referenced object. */
    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            String ref = current.path("$ref").asText();
            if (!ref.startsWith("#/") || hops > 10) {
                throw new AssertionError("cannot resolve $ref " + ref);
            }
            current = doc.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new AssertionError("$ref " + ref + " points at nothing in the served document");
            }
        }
        return current;
    }

    /** The media type's examples by name, resolved; a single {@code example} is named "example". */
    private static Map<String, JsonNode> examples(JsonNode doc, JsonNode mediaTypeObject) {
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> example : fields(mediaTypeObject.path("examples"))) {
            examples.put(example.getKey(), resolve(doc, example.getValue()));
        }
        if (examples.isEmpty() && mediaTypeObject.has("example")) {
            examples.put("example", JSON.createObjectNode().set("value", mediaTypeObject.get("example")));
        }
        return examples;
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : fields(node)) {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectRefs(element, refs));
        }
    }

    // ---- comparisons ---------------------------------------------------------------------------

    private static void compare(String where, String mediaType, JsonNode documented, String live,
            List<String> mismatches) {
        if (mediaType.contains("ndjson")) {
            List<JsonNode> documentedLines = ndjsonLines(documented);
            List<String> liveLines = live.lines().toList();
            for (int i = 0; i < documentedLines.size(); i++) {
                String line = "line " + (i + 1) + " ";
                if (i >= liveLines.size()) {
                    mismatches.add(where + " " + line + ": documented " + shorten(documentedLines.get(i).toString())
                            + ", live has only " + liveLines.size() + " lines");
                    continue;
                }
                JsonNode liveLine = readJson(liveLines.get(i));
                compareShape(where + " " + line, documentedLines.get(i), liveLine, mismatches);
                compareValues(where + " " + line, "", documentedLines.get(i), liveLine, mismatches);
            }
        } else if (mediaType.endsWith("json")) {
            JsonNode liveJson = readJson(live);
            compareShape(where, documented, liveJson, mismatches);
            compareValues(where, "", documented, liveJson, mismatches);
        } else {
            if (!documented.isTextual()) {
                mismatches.add(where + ": documented a " + documented.getNodeType() + ", expected text");
                return;
            }
            compareLines(where, mediaType.equals("text/calendar"), documented.asText(), live, mismatches);
        }
    }

    /** An NDJSON example as a block string (one JSON value a line) or, if stored parsed, one value or an array of them. */
    private static List<JsonNode> ndjsonLines(JsonNode documented) {
        List<JsonNode> lines = new ArrayList<>();
        if (documented.isTextual()) {
            documented.asText().lines().filter(line -> !line.isBlank()).forEach(line -> lines.add(readJson(line)));
        } else if (documented.isArray()) {
            documented.forEach(lines::add);
        } else {
            lines.add(documented);
        }
        return lines;
    }

    private static void compareLines(String where, boolean calendar, String documented, String live,
            List<String> mismatches) {
        List<String> documentedLines = documented.lines().toList();
        List<String> liveLines = live.lines().toList();
        for (int i = 0; i < documentedLines.size(); i++) {
            String line = documentedLines.get(i);
            if (calendar && VOLATILE_ICS_PROPERTIES.stream()
                    .anyMatch(p -> line.startsWith(p + ":") || line.startsWith(p + ";"))) {
                continue;
            }
            if (i >= liveLines.size()) {
                mismatches.add(where + " line " + (i + 1) + ": documented " + quote(line) + ", live has only "
                        + liveLines.size() + " lines");
            } else if (!line.equals(liveLines.get(i))) {
                mismatches.add(where + " line " + (i + 1) + ": documented " + quote(line) + ", live "
                        + quote(liveLines.get(i)));
            }
        }
    }

    /** Every documented scalar equals the live scalar at the same JSON pointer. */
    private static void compareValues(String where, String pointer, JsonNode documented, JsonNode live,
            List<String> mismatches) {
        if (documented.isObject()) {
            if (!live.isObject()) {
                mismatches.add(where + " " + at(pointer) + ": documented an object, live " + shorten(live.toString()));
                return;
            }
            for (Map.Entry<String, JsonNode> field : fields(documented)) {
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                JsonNode liveChild = live.get(field.getKey());
                if (liveChild == null) {
                    mismatches.add(where + " " + child + ": documented " + shorten(field.getValue().toString())
                            + ", live has no such field");
                } else if (!VOLATILE_FIELDS.contains(field.getKey())) {
                    compareValues(where, child, field.getValue(), liveChild, mismatches);
                }
            }
        } else if (documented.isArray()) {
            if (!live.isArray()) {
                mismatches.add(where + " " + at(pointer) + ": documented an array, live " + shorten(live.toString()));
                return;
            }
            for (int i = 0; i < documented.size(); i++) {
                if (i >= live.size()) {
                    mismatches.add(where + " " + pointer + "/" + i + ": documented "
                            + shorten(documented.get(i).toString()) + ", live array has only " + live.size()
                            + " elements");
                } else {
                    compareValues(where, pointer + "/" + i, documented.get(i), live.get(i), mismatches);
                }
            }
        } else if (!sameScalar(documented, live)) {
            mismatches.add(where + " " + at(pointer) + ": documented " + shorten(documented.toString()) + ", live "
                    + shorten(live.toString()));
        }
    }

    private static boolean sameScalar(JsonNode documented, JsonNode live) {
        if (documented.isNumber() && live.isNumber()) {
            return documented.decimalValue().compareTo(live.decimalValue()) == 0;
        }
        return documented.equals(live);
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

    private static void compareHeader(String where, JsonNode header, String live, List<String> mismatches) {
        if (header.isMissingNode()) {
            mismatches.add(where + ": not documented");
            return;
        }
        JsonNode example = header.path("example");
        Iterator<JsonNode> named = header.path("examples").elements();
        if (example.isMissingNode() && named.hasNext()) {
            example = named.next().path("value");
        }
        if (!example.isTextual() || !example.asText().equals(live)) {
            mismatches.add(where + " example: documented " + shorten(example.toString()) + ", live " + quote(live));
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String at(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }

    private static String quote(String text) {
        return text == null ? "(absent)" : shorten(JSON.getNodeFactory().textNode(text).toString());
    }

    private static String shorten(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
    }
}
