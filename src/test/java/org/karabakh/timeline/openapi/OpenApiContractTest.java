package org.karabakh.timeline.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The committed openapi.yaml is the contract: it must be what the service serves, and valid. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void shouldServeExactlyTheCommittedContract() {
        JsonNode served = OpenApiDocument.served();
        JsonNode committed = OpenApiDocument.committed();

        firstDifference("", committed, served).ifPresent(pointer -> fail(
                "openapi.yaml differs from the document the service serves at " + pointer
                        + ". If the change is intended, regenerate the contract with:\n    " + OpenApiDocument.REGENERATE));
    }

    @Test
    void shouldBeAValidOpenApiDocument() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(OpenApiDocument.COMMITTED.toUri().toString(),
                null, options);

        assertThat(result.getMessages()).as("swagger-parser messages for openapi.yaml").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getPaths()).hasSize(16);
    }

    private static Optional<String> firstDifference(String pointer, JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (!actual.has(field.getKey())) {
                    return Optional.of(child + " (missing from the served document)");
                }
                Optional<String> difference = firstDifference(child, field.getValue(), actual.get(field.getKey()));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            Iterator<String> names = actual.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!expected.has(name)) {
                    return Optional.of(pointer + "/" + name + " (missing from openapi.yaml)");
                }
            }
            return Optional.empty();
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                Optional<String> difference = firstDifference(pointer + "/" + i, expected.get(i), actual.get(i));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return Optional.empty();
        }
        return expected.equals(actual) ? Optional.empty() : Optional.of(pointer.isEmpty() ? "/" : pointer);
    }
}
