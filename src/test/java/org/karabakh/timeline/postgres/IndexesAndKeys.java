package org.karabakh.timeline.postgres;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

/**
 * The indexes and foreign keys of a PostgreSQL database, as the statements that make them: a first load sets
 * the event tables' aside and makes them again (model.DeferredIndexes), and must leave them as the migrations
 * made them, whether it commits or is killed (and leave them alone when its user does not own the tables).
 */
final class IndexesAndKeys {

    private static final String MIGRATIONS_ONLY = "migrations_only";

    private IndexesAndKeys() {
    }

    /** Those of the {@code public} schema of the database at {@code url}, where the service keeps its tables. */
    static Set<String> of(String url) throws SQLException {
        try (Connection db = PostgresProfile.connect(url)) {
            return of(db, "public");
        }
    }

    /**
     * Those the migrations alone make: they are applied to a schema of its own in the database at {@code url},
     * which is read and dropped.
     */
    static Set<String> ofTheMigrations(String url) throws SQLException {
        migrate(url, MIGRATIONS_ONLY);
        try (Connection db = PostgresProfile.connect(url)) {
            try {
                return of(db, MIGRATIONS_ONLY);
            } finally {
                try (Statement drop = db.createStatement()) {
                    drop.execute("DROP SCHEMA " + MIGRATIONS_ONLY + " CASCADE");
                }
            }
        }
    }

    /** Applies the service's PostgreSQL migrations to the database at {@code url}, as the service itself does. */
    static void migrate(String url) {
        migrate(url, "public");
    }

    private static void migrate(String url, String schema) {
        Flyway.configure().dataSource(url, PostgresProfile.username(), PostgresProfile.password()).schemas(schema)
                .locations("classpath:db/migration", "classpath:db/migration-postgresql").load().migrate();
    }

    private static Set<String> of(Connection db, String schema) throws SQLException {
        Set<String> definitions = new TreeSet<>();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid
                WHERE t.relnamespace = ?::regnamespace AND t.relname <> 'flyway_schema_history'
                UNION ALL
                SELECT t.relname || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
                FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
                WHERE t.relnamespace = ?::regnamespace AND c.contype = 'f'
                """)) {
            query.setString(1, schema);
            query.setString(2, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    definitions.add(rows.getString(1).replace(schema + ".", ""));
                }
            }
        }
        return definitions;
    }
}
