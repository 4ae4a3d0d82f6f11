package org.karabakh.timeline.model;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** Which database the persistence unit talks to, for the few things that depend on it. */
public final class Dialects {

    private Dialects() {
    }

    /**
     * Whether the database is PostgreSQL (the {@code postgres} profile) rather than the embedded H2. It asks the
     * persistence unit's dialect, which needs no session: the load's vacuum asks outside any transaction.
     */
    public static boolean isPostgresql(EntityManager em) {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof PostgreSQLDialect;
    }

    /** Whether the database lives in this process's memory (the default), where no other process can reach it. */
    public static boolean isPrivateInMemory(EntityManager em) {
        String url = em.unwrap(Session.class).doReturningWork(connection -> connection.getMetaData().getURL());
        return isPrivateInMemory(url);
    }

    /**
     * An H2 in-memory database named in a JDBC URL of its own ({@code jdbc:h2:mem:…}) is reachable only from
     * the process that opened it; one served by an H2 server ({@code jdbc:h2:tcp://host/mem:…}) is not private.
     */
    static boolean isPrivateInMemory(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:mem:");
    }
}
