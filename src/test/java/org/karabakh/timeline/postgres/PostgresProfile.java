package org.karabakh.timeline.postgres;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.karabakh.timeline.Fixture;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Boots the app with the `postgres` configuration profile: PostgreSQL instead of H2, same migrations.
 * That profile replaces `test`, so the fixture seeds the behaviour tests run on are set here again.
 */
public class PostgresProfile implements QuarkusTestProfile {

    /** The server the {@code postgres} Maven profile points at ({@code -Dtimeline.postgres.url}, as in application.properties). */
    public static String url() {
        return System.getProperty("timeline.postgres.url", "jdbc:postgresql://localhost:5432/timeline");
    }

    public static String username() {
        return System.getProperty("timeline.postgres.username", "timeline");
    }

    public static String password() {
        return System.getProperty("timeline.postgres.password", "timeline");
    }

    /** A connection to that server, for what a test checks in the database itself. */
    public static Connection connect() throws SQLException {
        return connect(url());
    }

    /** A connection as that user to another database, at {@code url}. */
    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, username(), password());
    }

    @Override
    public String getConfigProfile() {
        return "postgres";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("timeline.seeds.directory", Fixture.SEEDS.toString());
    }
}
