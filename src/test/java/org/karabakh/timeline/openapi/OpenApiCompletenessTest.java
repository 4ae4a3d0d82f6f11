package org.karabakh.timeline.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the served document as a tester or a client generator would and lists everything left
 * undocumented: operations, parameters, schema properties, examples and error responses.
 */
@QuarkusTest
class OpenApiCompletenessTest {

    private JsonNode doc;

    @org.junit.jupiter.api.BeforeEach
    void readTheServedDocument() {
        doc = OpenApiDocument.served();
    }

    @Test
    void shouldDescribeTheApiItself() {
        JsonNode info = doc.path("info");
        assertThat(info.path("title").asText()).isNotBlank();
        assertThat(info.path("version").asText()).isNotBlank();
        assertThat(info.path("description").asText()).contains("citation", "precision", "inferred");
        assertThat(info.path("license").path("name").asText()).isNotBlank();
        assertThat(info.path("contact").path("name").asText()).isNotBlank();
    }

    @Test
    void shouldDocumentEveryOperation() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, op) -> {
            for (String field : List.of("operationId", "summary", "description")) {
                if (op.path(field).asText().isBlank()) {
                    missing.add(name + " " + field);
                }
            }
            if (op.path("tags").isEmpty()) {
                missing.add(name + " tags");
            }
        });
        assertThat(missing).as("operations lacking documentation").isEmpty();
    }

    @Test
    void shouldDescribeAndExemplifyEveryParameter() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, op) -> op.path("parameters").forEach(p -> {
            String where = name + " parameter " + p.path("name").asText();
            if (p.path("description").asText().isBlank()) {
                missing.add(where + " description");
            }
            if (!p.has("example") && !p.has("examples")) {
                missing.add(where + " example");
            }
            if (!p.has("schema")) {
                missing.add(where + " schema");
            }
        }));
        assertThat(missing).as("parameters lacking documentation").isEmpty();
    }

    @Test
    void shouldDescribeEverySchemaProperty() {
        List<String> missing = new ArrayList<>();
        doc.path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (schema.getValue().path("description").asText().isBlank()) {
                missing.add(schema.getKey());
            }
            schema.getValue().path("properties").fields().forEachRemaining(property -> {
                if (property.getValue().path("description").asText().isBlank()) {
                    missing.add(schema.getKey() + "." + property.getKey());
                }
            });
        });
        assertThat(missing).as("schemas and properties without a description").isEmpty();
    }

    @Test
    void shouldListTheValuesOfEveryVocabulary() {
        for (String vocabulary : List.of("EventType", "Precision", "Qualifier", "ActorKind", "Role", "Approximation")) {
            JsonNode schema = doc.path("components").path("schemas").path(vocabulary);
            assertThat(schema.path("enum").size()).as(vocabulary + " enum").isGreaterThan(1);
            assertThat(schema.path("description").asText()).as(vocabulary + " description").isNotBlank();
        }
    }

    @Test
    void shouldGiveAnExampleForEverySuccessfulResponse() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, op) -> op.path("responses").path("200").path("content").fields().forEachRemaining(
                content -> {
                    if (!content.getValue().has("example") && content.getValue().path("examples").isEmpty()) {
                        missing.add(name + " " + content.getKey());
                    }
                }));
        assertThat(missing).as("200 responses without an example").isEmpty();
    }

    @Test
    void shouldDocumentEveryStatusAnOperationCanReturnWithProblemJsonForErrors() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, op) -> {
            JsonNode responses = op.path("responses");
            List<String> expected = new ArrayList<>(List.of("200", "304", "406"));
            if (op.path("parameters").findValuesAsText("in").contains("query")) {
                expected.add("400");
            }
            if (name.contains("{")) {
                expected.add("404");
            }
            for (String status : expected) {
                if (!responses.has(status)) {
                    missing.add(name + " " + status);
                } else if (status.startsWith("4")) {
                    String ref = responses.path(status).path("content").path("application/problem+json")
                            .path("schema").path("$ref").asText();
                    if (!ref.equals("#/components/schemas/Problem")) {
                        missing.add(name + " " + status + " problem+json");
                    }
                }
            }
        });
        assertThat(missing).as("undocumented responses").isEmpty();
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
        for (Map.Entry<String, JsonNode> path : iterable(doc.path("paths"))) {
            for (Map.Entry<String, JsonNode> operation : iterable(path.getValue())) {
                action.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
            }
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
