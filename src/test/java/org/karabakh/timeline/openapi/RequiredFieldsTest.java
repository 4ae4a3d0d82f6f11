package org.karabakh.timeline.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.karabakh.timeline.openapi.OpenApiDocument.fields;
import static org.karabakh.timeline.openapi.OpenApiDocument.readJson;

/**
 * Holds every live JSON answer against its schema in the served document, as a generated client
 * reads it: a property is {@code required} when the service always sends it and nullable when it
 * may be {@code null}; null and absent never both occur for one property, and the answers send
 * nothing the contract does not declare.
 *
 * <p>The answers are those of every operation's documented request (every parameter at its
 * example, as {@link ExamplesMatchLiveTest} sends it) and of the same operation with no query
 * parameter (so year- and month-precision dates and open-ended dates are in them too), in every
 * JSON media type it produces: JSON, GeoJSON, and NDJSON line by line against the {@code Event}
 * schema its JSON list pages carry. Two problem+json answers (a 404 and a 400) stand for the
 * errors.
 */
@QuarkusTest
class RequiredFieldsTest {

    private static final String SCHEMAS = "#/components/schemas/";

    /** The one property a live answer may leave out: TimelineJS fails on "end_date": null, so a single date has none. */
    private static final Set<String> OPTIONAL = Set.of("TimelineJsSlide.end_date");

    private JsonNode doc;

    @BeforeEach
    void readTheServedDocument() {
        doc = OpenApiDocument.served();
    }

    @Test
    void shouldRequireEveryPropertyButTheEndDateOfASingleDateTimelineJsSlide() {
        List<String> optional = new ArrayList<>();
        doc.path("components").path("schemas").fields().forEachRemaining(schema -> {
            Set<String> required = texts(schema.getValue().path("required"));
            schema.getValue().path("properties").fieldNames().forEachRemaining(property -> {
                String name = schema.getKey() + "." + property;
                if (!required.contains(property) && !OPTIONAL.contains(name)) {
                    optional.add(name);
                }
            });
        });
        assertThat(optional).as("schema properties not in their schema's required list").isEmpty();
    }

    @Test
    void shouldNeverDeclareAPropertyBothOptionalAndNullable() {
        List<String> ambiguous = new ArrayList<>();
        doc.path("components").path("schemas").fields().forEachRemaining(schema -> {
            Set<String> required = texts(schema.getValue().path("required"));
            schema.getValue().path("properties").fields().forEachRemaining(property -> {
                if (!required.contains(property.getKey()) && nullable(property.getValue())) {
                    ambiguous.add(schema.getKey() + "." + property.getKey());
                }
            });
        });
        assertThat(ambiguous).as("properties that could be either absent or null").isEmpty();
    }

    @Test
    void shouldSendEveryRequiredPropertyInEveryAnswer() {
        List<String> missing = new ArrayList<>();
        forEachObject(object -> object.required.forEach(property -> {
            if (!object.json.has(property)) {
                missing.add(object.where + " " + object.schemaName + "." + property);
            }
        }));
        assertThat(missing).as("required properties missing from live answers").isEmpty();
    }

    @Test
    void shouldSendNullOnlyWhereTheContractSaysNullable() {
        List<String> unexpected = new ArrayList<>();
        forEachObject(object -> object.json.fields().forEachRemaining(field -> {
            JsonNode property = object.schema.path("properties").path(field.getKey());
            if (field.getValue().isNull() && !property.isMissingNode() && !nullable(property)) {
                unexpected.add(object.where + " " + object.schemaName + "." + field.getKey());
            }
        }));
        assertThat(unexpected).as("nulls the contract does not allow").isEmpty();
    }

    @Test
    void shouldDeclareEveryPropertyAnAnswerSends() {
        List<String> undeclared = new ArrayList<>();
        forEachObject(object -> object.json.fieldNames().forEachRemaining(name -> {
            boolean open = object.schema.path("additionalProperties").isObject()
                    || object.schema.path("additionalProperties").asBoolean(false);
            if (!object.schema.path("properties").has(name) && !open) {
                undeclared.add(object.where + " " + object.schemaName + "." + name);
            }
        }));
        assertThat(undeclared).as("properties sent but not declared").isEmpty();
    }

    // ---- the live answers ----------------------------------------------------------------------

    /** A JSON object of a live answer with the object schema it is documented by. */
    private record CheckedObject(String where, String schemaName, JsonNode schema, Set<String> required, JsonNode json) {
    }

    private void forEachObject(Consumer<CheckedObject> check) {
        int answers = 0;
        for (Map.Entry<String, JsonNode> path : fields(doc.path("paths"))) {
            JsonNode op = path.getValue().path("get");
            JsonNode ok = resolve(op.path("responses").path("200"));
            for (boolean documented : new boolean[] { true, false }) {
                for (Map.Entry<String, JsonNode> content : fields(ok.path("content"))) {
                    String mediaType = content.getKey();
                    if (!mediaType.contains("json")) {
                        continue;
                    }
                    String where = "GET " + path.getKey() + (documented ? " (documented request) " : " (no query) ")
                            + mediaType;
                    Response response = OpenApiDocument.sendExample(path.getKey(), op, mediaType, documented);
                    response.then().statusCode(200);
                    answers++;
                    if (mediaType.contains("ndjson")) {
                        JsonNode event = eventSchema(ok);
                        response.asString().lines().forEach(line -> walk(where, event, readJson(line), check));
                    } else {
                        walk(where, content.getValue().path("schema"), readJson(response.asString()), check);
                    }
                }
            }
        }
        assertThat(answers).as("live JSON answers checked").isGreaterThanOrEqualTo(30);
        JsonNode problem = doc.at("/components/schemas/Problem");
        walk("404 problem", problem, readJson(given().when().get("/api/v1/events/no-such-event").then()
                .statusCode(404).extract().asString()), check);
        walk("400 problem", problem, readJson(given().queryParam("size", "500").when().get("/api/v1/events").then()
                .statusCode(400).extract().asString()), check);
    }

    /** The item schema of the JSON page of the same operation: what each NDJSON line is. */
    private JsonNode eventSchema(JsonNode ok) {
        JsonNode page = resolve(ok.path("content").path("application/json").path("schema"));
        return page.path("properties").path("items").path("items");
    }

    private void walk(String where, JsonNode schema, JsonNode json, Consumer<CheckedObject> check) {
        if (json == null || json.isNull()) {
            return;
        }
        String name = schema.has("$ref") ? schema.path("$ref").asText().substring(SCHEMAS.length()) : null;
        JsonNode resolved = resolveBranch(schema, json);
        if (json.isObject()) {
            check.accept(new CheckedObject(where, name == null ? "(inline)" : name, resolved,
                    texts(resolved.path("required")), json));
            json.fields().forEachRemaining(field -> {
                JsonNode property = resolved.path("properties").path(field.getKey());
                if (!property.isMissingNode()) {
                    walk(where, property, field.getValue(), check);
                }
            });
        } else if (json.isArray()) {
            json.forEach(element -> walk(where, resolved.path("items"), element, check));
        }
    }

    /** Follows $ref and picks the non-null branch of an anyOf/oneOf that allows null. */
    private JsonNode resolveBranch(JsonNode schema, JsonNode json) {
        JsonNode current = resolve(schema);
        for (String combinator : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : current.path(combinator)) {
                if (!"null".equals(branch.path("type").asText())) {
                    return resolveBranch(branch, json);
                }
            }
        }
        return current;
    }

    // ---- schema helpers ------------------------------------------------------------------------

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            String ref = current.path("$ref").asText();
            if (!ref.startsWith("#/") || hops > 10) {
                throw new AssertionError("cannot resolve $ref " + ref);
            }
            current = doc.at(ref.substring(1));
        }
        return current;
    }

    /** OpenAPI 3.1: the type list holds "null", or an anyOf/oneOf branch is the null type. */
    private static boolean nullable(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isArray() ? texts(type).contains("null") : "null".equals(type.asText())) {
            return true;
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : property.path(combinator)) {
                if ("null".equals(branch.path("type").asText())) {
                    return true;
                }
            }
        }
        return property.path("nullable").asBoolean(false);
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
