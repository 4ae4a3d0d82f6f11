package org.karabakh.timeline.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What client generators need from the served document beyond validity: a server to call, no
 * {@code type} beside a {@code $ref} (generators drop it with a warning), and typed schemas where
 * the service's answers have a shape (GeoJSON) or a closed vocabulary (event types, place kinds).
 */
@QuarkusTest
class ClientReadyContractTest {

    private static final String SCHEMAS = "#/components/schemas/";

    private JsonNode doc;

    @BeforeEach
    void readTheServedDocument() {
        doc = OpenApiDocument.served();
    }

    @Test
    void shouldNameARelativeServerSoClientsCallTheHostTheyReadTheDocumentFrom() {
        assertThat(doc.path("servers")).hasSize(1);
        assertThat(doc.path("servers").path(0).path("url").asText()).isEqualTo("/");
    }

    @Test
    void shouldPutNoTypeBesideAReference() {
        List<String> typed = new ArrayList<>();
        collectTypedRefs("", doc, typed);
        assertThat(typed).as("schemas with both $ref and type").isEmpty();
    }

    @Test
    void shouldDescribeGeoJsonAnswersAsFeatureCollectionsOfPoints() {
        for (String path : List.of("/api/v1/events", "/api/v1/places")) {
            JsonNode schema = doc.path("paths").path(path).path("get").path("responses").path("200").path("content")
                    .path("application/geo+json").path("schema");
            assertThat(schema.path("$ref").asText()).as(path + " GeoJSON schema")
                    .isEqualTo(SCHEMAS + "GeoJsonFeatureCollection");
        }
        JsonNode collection = schema("GeoJsonFeatureCollection");
        assertThat(collection.path("properties").path("type").path("enum")).containsExactly(text("FeatureCollection"));
        assertThat(collection.path("properties").path("features").path("items").path("$ref").asText())
                .isEqualTo(SCHEMAS + "GeoJsonFeature");
        JsonNode feature = schema("GeoJsonFeature");
        assertThat(feature.path("properties").path("type").path("enum")).containsExactly(text("Feature"));
        assertThat(feature.path("properties").path("geometry").path("$ref").asText()).isEqualTo(SCHEMAS + "GeoJsonPoint");
        JsonNode coordinates = schema("GeoJsonPoint").path("properties").path("coordinates");
        assertThat(coordinates.path("items").path("type").asText()).isEqualTo("number");
        assertThat(coordinates.path("minItems").asInt()).isEqualTo(2);
        assertThat(coordinates.path("maxItems").asInt()).isEqualTo(2);
    }

    @Test
    void shouldDocumentTheTypeFilterAsAListOfEventTypes() {
        List<String> untyped = new ArrayList<>();
        forEachQueryParameter("type", (operation, schema) -> {
            if (!schema.path("type").asText().equals("array")
                    || !schema.path("items").path("$ref").asText().equals(SCHEMAS + "EventType")) {
                untyped.add(operation + ": " + schema);
            }
        });
        assertThat(untyped).as("type filters not documented as an array of EventType").isEmpty();
    }

    @Test
    void shouldDocumentThePlaceKindAsAVocabulary() {
        assertThat(schema("PlaceKind").path("enum")).containsExactly(text("region"), text("corridor"), text("city"));
        for (String place : List.of("Place", "PlaceDetail")) {
            assertThat(schema(place).path("properties").path("kind").path("$ref").asText()).as(place + ".kind")
                    .isEqualTo(SCHEMAS + "PlaceKind");
        }
    }

    private JsonNode schema(String name) {
        JsonNode schema = doc.path("components").path("schemas").path(name);
        assertThat(schema.isMissingNode()).as("schema " + name + " exists").isFalse();
        return schema;
    }

    private void forEachQueryParameter(String name, java.util.function.BiConsumer<String, JsonNode> action) {
        int seen = 0;
        for (Map.Entry<String, JsonNode> path : iterable(doc.path("paths"))) {
            for (JsonNode parameter : path.getValue().path("get").path("parameters")) {
                if (parameter.path("in").asText().equals("query") && parameter.path("name").asText().equals(name)) {
                    action.accept("GET " + path.getKey(), parameter.path("schema"));
                    seen++;
                }
            }
        }
        assertThat(seen).as("operations with the query parameter " + name).isGreaterThan(0);
    }

    /** A $ref with a type beside it, or a type beside an anyOf of a $ref (and null). */
    private static void collectTypedRefs(String pointer, JsonNode node, List<String> typed) {
        if (node.isObject()) {
            boolean refers = node.has("$ref") || node.path("anyOf").findValue("$ref") != null;
            if (refers && node.has("type")) {
                typed.add(pointer);
            }
            for (Map.Entry<String, JsonNode> field : iterable(node)) {
                collectTypedRefs(pointer + "/" + field.getKey(), field.getValue(), typed);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectTypedRefs(pointer + "/" + i, node.get(i), typed);
            }
        }
    }

    private static JsonNode text(String value) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(value);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
