package org.karabakh.timeline.scale;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The same checks as {@link ScaleIT} on PostgreSQL, where q is answered from an index of each event's words
 * (db/migration-postgresql). Needs a server at {@code timeline.postgres.url}; the {@code postgres}
 * Maven profile runs it (see .ci/run).
 */
@QuarkusTest
@TestProfile(ScalePostgresTest.GeneratedOnPostgres.class)
@Tag("postgres")
class ScalePostgresTest extends ScaleChecks {

    /** The postgres configuration profile on the generated seeds, generated before the service starts. */
    public static class GeneratedOnPostgres implements QuarkusTestProfile {

        @Override
        public String getConfigProfile() {
            return "postgres";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("timeline.seeds.directory", GeneratedDataset.seeds().toString());
        }
    }

    @Override
    RequestSpecification api() {
        return given();
    }
}
