package org.karabakh.timeline.model;

import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The event tables' secondary indexes and foreign keys, set aside while a first load fills an empty
 * PostgreSQL database and made again before it commits. Kept in place, each of a million events' rows
 * updates a dozen indexes at random places and runs a foreign-key check per reference (with the indexes
 * already set aside, those checks were 47 % of the server's time in a profile of such a load); made at the
 * end, each index is one sorted pass over its table and each key one join. The primary keys and unique
 * constraints stay: they guard what the load writes. PostgreSQL's DDL is transactional: the load's
 * transaction holds these tables from the first drop, and a load that fails or is killed leaves the indexes
 * and keys the migrations made. (H2 commits at each DDL statement, so it loads with them in place.)
 */
public final class DeferredIndexes {

    private static final Logger LOG = Logger.getLogger(DeferredIndexes.class);

    /**
     * How to drop and make again each secondary index and foreign key of the tables an event's rows go to
     * (every other table holds a few thousand rows at most), as the server itself writes them.
     */
    private static final String DEFINITIONS = """
            WITH event_tables AS (
                SELECT oid, relname FROM pg_class
                WHERE relnamespace = current_schema()::regnamespace
                  AND relname IN ('event', 'citation', 'event_actor', 'event_place', 'figure'))
            SELECT 'DROP INDEX ' || quote_ident(i.relname), pg_get_indexdef(x.indexrelid)
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN event_tables t ON t.oid = x.indrelid
            WHERE NOT x.indisunique
            UNION ALL
            SELECT 'ALTER TABLE ' || quote_ident(t.relname) || ' DROP CONSTRAINT ' || quote_ident(c.conname),
                   'ALTER TABLE ' || quote_ident(t.relname) || ' ADD CONSTRAINT ' || quote_ident(c.conname) || ' '
                       || pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN event_tables t ON t.oid = c.conrelid
            WHERE c.contype = 'f'
            """;

    /**
     * Whether this database user may drop and make them: it must own the event tables (as it does when it runs
     * the migrations) and may reference the tables their foreign keys point at. A user that only reads and
     * writes rows, the migrations run by another, loads with them in place: a refused statement would abort
     * the load's transaction.
     */
    private static final String MAY_SET_ASIDE = """
            SELECT bool_and(CASE WHEN relname IN ('source', 'actor', 'place', 'era')
                                 THEN has_table_privilege(oid, 'REFERENCES') ELSE pg_has_role(relowner, 'USAGE') END)
            FROM pg_class
            WHERE relnamespace = current_schema()::regnamespace
              AND relname IN ('event', 'citation', 'event_actor', 'event_place', 'figure', 'source', 'actor', 'place',
                              'era')
            """;

    /** One index or foreign key: the statements that drop it and make it again. */
    private record Definition(String drop, String create) {

        static Definition of(Object[] row) {
            return new Definition((String) row[0], (String) row[1]);
        }
    }

    private final EntityManager em;
    private final List<Definition> definitions;

    private DeferredIndexes(EntityManager em, List<Definition> definitions) {
        this.em = em;
        this.definitions = definitions;
    }

    /**
     * Drops the event tables' secondary indexes and foreign keys, in the caller's transaction, remembering them;
     * sets nothing aside when this database user may not make them again.
     */
    public static DeferredIndexes setAside(EntityManager em) {
        if (!Boolean.TRUE.equals(em.createNativeQuery(MAY_SET_ASIDE, Boolean.class).getSingleResult())) {
            LOG.info("The database is empty, but its user does not own the event tables: their indexes and foreign"
                    + " keys stay in place during the load");
            return new DeferredIndexes(em, List.of());
        }
        List<?> rows = em.createNativeQuery(DEFINITIONS, Object[].class).getResultList();
        List<Definition> definitions = rows.stream().map(row -> Definition.of((Object[]) row)).toList();
        definitions.forEach(definition -> em.createNativeQuery(definition.drop()).executeUpdate());
        LOG.infof("The database is empty: the event tables' %d secondary indexes and foreign keys are set aside"
                + " until the load ends", definitions.size());
        return new DeferredIndexes(em, definitions);
    }

    /** Makes every index and foreign key set aside again, from the rows the load wrote. */
    public void restore() {
        if (definitions.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        definitions.forEach(definition -> em.createNativeQuery(definition.create()).executeUpdate());
        LOG.infof("Made the event tables' %d secondary indexes and foreign keys again in %d ms", definitions.size(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
