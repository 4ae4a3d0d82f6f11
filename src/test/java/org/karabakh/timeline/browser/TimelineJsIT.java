package org.karabakh.timeline.browser;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.Fixture;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TimelineJS 3 from its npm package, served from another origin than the service, renders the
 * service's export in headless Chromium: the front-end use the export exists for. Like every IT, the
 * packaged jar runs on the fixture seeds (see the failsafe configuration in the pom).
 */
@QuarkusIntegrationTest
@Tag("browser")
class TimelineJsIT {

    private static final Path DIST = Path.of("src/test/timelinejs/node_modules/@knight-lab/timelinejs/dist");

    private WebDriver driver;
    private HttpServer site;

    @BeforeEach
    void startSiteAndBrowser() throws IOException {
        assertThat(DIST.resolve("js/timeline.js")).as("TimelineJS from npm (the browser profile runs npm ci)").exists();
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            String type;
            if (path.equals("/")) {
                body = page().getBytes(StandardCharsets.UTF_8);
                type = "text/html; charset=utf-8";
            } else {
                Path file = DIST.resolve(path.substring(1)).normalize();
                if (!file.startsWith(DIST) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                body = Files.readAllBytes(file);
                type = path.endsWith(".css") ? "text/css" : path.endsWith(".js") ? "text/javascript"
                        : "application/octet-stream";
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
        driver = Browser.start();
    }

    @AfterEach
    void stopSiteAndBrowser() {
        if (driver != null) {
            driver.quit();
        }
        site.stop(0);
    }

    @Test
    void shouldRenderTheExportWithTheSlidesOf1988And2023() {
        driver.get("http://127.0.0.1:" + site.getAddress().getPort() + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secession-and-reunification-movement-1988")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("azerbaijani-operation-2023-09-19")));
        // Show a human the 1988 slide rather than the title slide.
        ((JavascriptExecutor) driver).executeScript("window.timeline.goToId('secession-and-reunification-movement-1988')");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#secession-and-reunification-movement-1988 .tl-headline")));
        Browser.screenshot(driver, "timelinejs");

        // The title slide and one slide an event.
        assertThat(driver.findElements(By.cssSelector(".tl-slide"))).hasSizeGreaterThan(Fixture.EVENTS);
        assertThat(driver.findElement(By.id("secession-and-reunification-movement-1988")).getAttribute("textContent"))
                .contains("Nagorno-Karabakh declares secession");
        assertThat(driver.findElement(By.id("azerbaijani-operation-2023-09-19")).getAttribute("textContent"))
                .contains("anti-terrorist");
        assertThat(driver.findElements(By.cssSelector(".tl-timeera"))).hasSize(Fixture.ERAS);
    }

    /** The page a front-end developer would write: TimelineJS pointed at the service's export URL. */
    private static String page() {
        String export = "http://localhost:" + RestAssured.port + "/api/v1/export/timelinejs";
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Nagorno-Karabakh timeline</title>
                  <link rel="stylesheet" href="/css/timeline.css">
                  <script src="/js/timeline.js"></script>
                </head>
                <body style="margin:0">
                  <div id="timeline-embed" style="width:100%%; height:900px"></div>
                  <script>window.timeline = new TL.Timeline('timeline-embed', '%s');</script>
                </body>
                </html>
                """.formatted(export);
    }
}
