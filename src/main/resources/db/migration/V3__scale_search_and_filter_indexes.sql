-- Growth to hundreds of thousands of events (issue 11). Portable SQL: runs unchanged on H2 2.x and
-- PostgreSQL 15; the PostgreSQL-only trigram index is in db/migration-postgresql.

-- What q searches, one column per event (model.SearchTerms): " w1 w2 … " so that "a word starting with x"
-- is LIKE '% x%' on one row instead of five joined tables.
ALTER TABLE event ADD COLUMN search_terms VARCHAR(100000) DEFAULT ' ' NOT NULL;
-- Events loaded before this migration have no search terms yet: a content hash no seed entry can have
-- makes the next start write every event again (createdAt/updatedAt are carried over as on every reload).
UPDATE event SET content_hash = '';

-- Filters by actor, place and source go from the id straight to the events, inside the index.
CREATE INDEX event_actor_actor_event_idx ON event_actor (actor_id, event_id);
CREATE INDEX event_place_place_event_idx ON event_place (place_id, event_id);
CREATE INDEX citation_source_event_idx ON citation (source_id, event_id);

-- Type and era filters read their events already in the list's order (date, then id).
CREATE INDEX event_type_date_idx ON event (event_type, date_start, id);
CREATE INDEX event_era_date_idx ON event (era_id, date_start, id);
