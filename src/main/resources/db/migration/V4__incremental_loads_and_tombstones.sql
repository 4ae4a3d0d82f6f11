-- Incremental loads, tombstones and one load at a time across instances. Portable SQL: runs unchanged
-- on H2 2.x and PostgreSQL 15.

-- What each reference row was written from, so a load rewrites only the rows whose seed changed (events
-- have had theirs since V1). Rows written before this migration have none, and the next start, finding no
-- fingerprint either, rewrites them once. A later change to what the loader derives from a seed raises
-- SeedWriter.ROW_FORMAT rather than touching rows here.
ALTER TABLE source ADD COLUMN content_hash VARCHAR(64);
ALTER TABLE actor ADD COLUMN content_hash VARCHAR(64);
ALTER TABLE place ADD COLUMN content_hash VARCHAR(64);
ALTER TABLE era ADD COLUMN content_hash VARCHAR(64);

-- A digest of every file in the seeds directory: a start that finds it unchanged reads no seed at all.
ALTER TABLE dataset ADD COLUMN seeds_fingerprint VARCHAR(64);

-- Events the seeds no longer hold, for clients that sync incrementally (GET /api/v1/events/deleted).
-- An event that comes back leaves this table and is served again as a new event.
CREATE TABLE event_tombstone (
    event_id        VARCHAR(100) NOT NULL PRIMARY KEY,
    deleted_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    dataset_version VARCHAR(64)  NOT NULL
);
CREATE INDEX event_tombstone_deleted_at_idx ON event_tombstone (deleted_at, event_id);

-- One row, locked (SELECT ... FOR UPDATE) by the instance that loads seeds, for its whole load: instances
-- started together against one database load one after the other, and the later ones find the data current.
CREATE TABLE seed_load_lock (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO seed_load_lock (id) VALUES (1);
