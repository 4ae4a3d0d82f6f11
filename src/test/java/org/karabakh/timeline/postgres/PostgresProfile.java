package org.karabakh.timeline.postgres;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.karabakh.timeline.Fixture;

import java.util.Map;

/**
 * Boots the app with the `postgres` configuration profile: PostgreSQL instead of H2, same migrations.
 * That profile replaces `test`, so the fixture seeds the behaviour tests run on are set here again.
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "postgres";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("timeline.seeds.directory", Fixture.SEEDS.toString());
    }
}
