package org.karabakh.timeline.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;

/** Reads the served and the committed OpenAPI documents as trees. */
final class OpenApiDocument {

    static final Path COMMITTED = Path.of("openapi.yaml");
    static final String REGENERATE = "./mvnw -B package -DskipTests && cp target/openapi/openapi.yaml openapi.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private OpenApiDocument() {
    }

    static JsonNode served() {
        return parse(given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    static JsonNode committed() {
        try {
            return YAML.readTree(COMMITTED.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
