package org.karabakh.timeline.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Reads the served and the committed OpenAPI documents as trees, and sends their example requests. */
final class OpenApiDocument {

    static final Path COMMITTED = Path.of("openapi.yaml");
    static final String REGENERATE = "./mvnw -B package -DskipTests && cp target/openapi/openapi.yaml openapi.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * Sends what Swagger UI's "Try it out" sends for one operation and media type: the path
     * parameters at their examples, every query parameter at its example unless
     * {@code withExamples} is false, and {@code format} set from the media type, as a browser link
     * would.
     */
    static Response sendExample(String path, JsonNode operation, String mediaType, boolean withExamples) {
        RequestSpecification request = given().accept(mediaType);
        String filled = path;
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            JsonNode example = parameter.path("example");
            if (parameter.path("in").asText().equals("path")) {
                filled = filled.replace("{" + name + "}", example.asText());
            } else if (!parameter.path("in").asText().equals("query")) {
                continue;
            } else if (name.equals("format")) {
                request = request.queryParam(name, formatOf(mediaType));
            } else if (withExamples && example.isArray()) {
                for (JsonNode item : example) {
                    request = request.queryParam(name, item.asText());
                }
            } else if (withExamples) {
                request = request.queryParam(name, example.asText());
            }
        }
        return request.when().get(filled);
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

    static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return node::fields;
    }
}
