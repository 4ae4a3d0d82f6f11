package org.karabakh.timeline.model;

import jakarta.persistence.EntityManager;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** Which database the persistence unit talks to, for the few things only PostgreSQL does. */
public final class Dialects {

    private Dialects() {
    }

    /** Whether the database is PostgreSQL (the {@code postgres} profile) rather than the embedded H2. */
    public static boolean isPostgresql(EntityManager em) {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof PostgreSQLDialect;
    }
}
