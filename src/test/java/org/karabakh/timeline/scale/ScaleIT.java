package org.karabakh.timeline.scale;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.karabakh.timeline.support.PackagedApp;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The packaged service on a generated dataset of {@value GeneratedDataset#EVENTS} events split
 * over many files, on the default embedded H2: it loads and answers correctly past the exact-count
 * limit. The timings at 10k, 100k and 1M events are bench/scale.sh's, not a test's.
 */
class ScaleIT extends ScaleChecks {

    private static PackagedApp app;

    @BeforeAll
    static void start() throws Exception {
        app = PackagedApp.start(Map.of("timeline.seeds.directory", GeneratedDataset.seeds().toString()),
                Duration.ofMinutes(5));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        app.close();
    }

    @Override
    RequestSpecification api() {
        return given().baseUri(app.baseUri());
    }
}
