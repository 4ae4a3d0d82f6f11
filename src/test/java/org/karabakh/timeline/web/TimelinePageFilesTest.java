package org.karabakh.timeline.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * The timeline page's files, served at {@code /} beside the API: everything the page needs comes from the
 * service itself (no CDN, no web fonts), so it works on a machine with no internet. What the page does is
 * specified in a browser by {@code browser.TimelinePageIT}.
 */
@QuarkusTest
class TimelinePageFilesTest {

    private static final Path FILES = Path.of("src/main/resources/META-INF/resources");

    @Test
    void shouldServeThePageAtTheRoot() {
        given().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<title>Nagorno-Karabakh conflict timeline</title>"));
    }

    @ParameterizedTest
    @CsvSource({"/app.js, text/javascript", "/api.js, text/javascript", "/timeline.css, text/css"})
    void shouldServeEveryFileThePageLoads(String path, String type) {
        given().get(path).then().statusCode(200).contentType(startsWith(type));
    }

    @Test
    void shouldLoadNothingFromAnotherSite() throws IOException {
        for (Path file : pageFiles()) {
            assertThat(Files.readString(file)).as(file.getFileName().toString())
                    .doesNotContain("://")
                    .doesNotContainPattern("(src|href)=\"//")
                    .doesNotContain("@import")
                    .doesNotContain("@font-face");
        }
    }

    @Test
    void shouldLetBrowsersKeepThePageFilesOnlyAsLongAsTheApiAnswers() {
        given().get("/app.js").then().statusCode(200).header("Cache-Control", containsString("max-age=60"));
    }

    @Test
    void shouldStillServeSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(startsWith("text/html"));
    }

    @Test
    void shouldStillAnswerAProblemForAPathNothingServes() {
        given().get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    private static List<Path> pageFiles() throws IOException {
        try (Stream<Path> files = Files.list(FILES)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
