-- PostgreSQL only (quarkus.flyway.locations of the postgres profile): q's LIKE '% word%' patterns on
-- event.search_terms are answered from a trigram index instead of reading every row. pg_trgm ships with
-- PostgreSQL (Debian's postgresql package) and is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX event_search_terms_trgm_idx ON event USING gin (search_terms gin_trgm_ops);
