-- Each of these indexes is the leading column of a wider one (V3), which answers every query it did;
-- every insert paid for both. (citation_source_idx and event_era_idx stay: H2 has made them the indexes
-- of their foreign keys.) Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
DROP INDEX event_actor_actor_idx;     -- event_actor_actor_event_idx (actor_id, event_id)
DROP INDEX event_place_place_idx;     -- event_place_place_event_idx (place_id, event_id)
DROP INDEX event_type_idx;            -- event_type_date_idx (event_type, date_start, id)

-- A window (from, to) holds a date when start <= to AND (latest IS NULL OR latest >= from): with the OR,
-- no index range answers the second half, and a count reads every event before the window. date_until is
-- latest, or 9999-12-31 for an open-ended date (dates.Dating.OPEN_END), so the test is one range, and
-- (date_until, date_start) answers a window's capped count inside the index however many events precede it.
ALTER TABLE event ADD COLUMN date_until DATE;
UPDATE event SET date_until = COALESCE(date_latest, DATE '9999-12-31');
ALTER TABLE event ALTER COLUMN date_until SET NOT NULL;
DROP INDEX event_date_latest_idx;
CREATE INDEX event_until_start_idx ON event (date_until, date_start);

ALTER TABLE era ADD COLUMN date_until DATE;
UPDATE era SET date_until = COALESCE(date_latest, DATE '9999-12-31');
ALTER TABLE era ALTER COLUMN date_until SET NOT NULL;

ALTER TABLE source ADD COLUMN published_until DATE;
UPDATE source SET published_until = COALESCE(published_latest, DATE '9999-12-31');
ALTER TABLE source ALTER COLUMN published_until SET NOT NULL;
DROP INDEX source_published_latest_idx;
CREATE INDEX source_published_until_idx ON source (published_until, published_start);

-- A citation's stated date is optional: until is set exactly when the stated date is.
ALTER TABLE citation ADD COLUMN stated_until DATE;
UPDATE citation SET stated_until = COALESCE(stated_latest, DATE '9999-12-31') WHERE stated_start IS NOT NULL;
