package org.karabakh.timeline.support;

import io.restassured.path.json.JsonPath;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Several packaged instances sharing one database, started together, as a replica set is. */
public final class Instances implements AutoCloseable {

    private final List<PackagedApp> apps = new ArrayList<>();

    private Instances() {
    }

    /** Launches {@code count} instances at the same moment and waits until every one listens. */
    public static Instances startTogether(int count, Path jar, Map<String, String> properties) throws Exception {
        Instances instances = new Instances();
        try {
            for (int i = 0; i < count; i++) {
                instances.apps.add(PackagedApp.launch(jar, properties));
            }
            for (PackagedApp app : instances.apps) {
                app.awaitListening();
            }
            return instances;
        } catch (Exception | Error e) {
            instances.close();
            throw e;
        }
    }

    public List<PackagedApp> all() {
        return apps;
    }

    public PackagedApp get(int index) {
        return apps.get(index);
    }

    /** Replaces one instance by a new start with these properties, the others running on. */
    public PackagedApp restart(int index, Path jar, Map<String, String> properties) throws Exception {
        apps.get(index).close();
        PackagedApp app = PackagedApp.start(jar, properties);
        apps.set(index, app);
        return app;
    }

    /** What an instance's GET /api/v1/meta answers. */
    public static JsonPath meta(PackagedApp app) {
        return given().baseUri(app.baseUri()).get("/api/v1/meta").then().statusCode(200).extract().jsonPath();
    }

    /** Waits until every instance serves this dataset version (a running one notices another's load by polling). */
    public void awaitVersion(String version, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        for (PackagedApp app : apps) {
            while (!version.equals(meta(app).getString("datasetVersion"))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Instance " + app.baseUri() + " still serves "
                            + meta(app).getString("datasetVersion") + ", not " + version + ":\n" + app.output());
                }
                Thread.sleep(200);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (PackagedApp app : apps) {
            app.close();
        }
    }
}
