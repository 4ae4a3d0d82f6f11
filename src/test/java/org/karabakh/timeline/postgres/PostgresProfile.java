package org.karabakh.timeline.postgres;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Boots the app with the `postgres` configuration profile: PostgreSQL instead of H2, same migrations. */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "postgres";
    }
}
