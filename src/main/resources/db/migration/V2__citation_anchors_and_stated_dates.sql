-- Quote anchors, the dates the articles state, and whether an event's articles disagree with its date.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
--
-- Every column here is derived from the seeds by the loader. Rows loaded before this migration get
-- placeholders (the defaults, dropped again below), and every event's content hash is cleared so that
-- the next start rewrites every event and fills them in, whatever the seeds.

-- Where the quote stands in its source's text, as W3C Web Annotation selectors give it: code-point
-- offsets (end exclusive), the exact text with its own line breaks, and up to 32 code points of context.
ALTER TABLE citation ADD COLUMN anchor_start INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE citation ADD COLUMN anchor_end INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE citation ADD COLUMN anchor_exact VARCHAR(4000) DEFAULT '' NOT NULL;
ALTER TABLE citation ADD COLUMN anchor_prefix VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE citation ADD COLUMN anchor_suffix VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE citation ALTER COLUMN anchor_start DROP DEFAULT;
ALTER TABLE citation ALTER COLUMN anchor_end DROP DEFAULT;
ALTER TABLE citation ALTER COLUMN anchor_exact DROP DEFAULT;
ALTER TABLE citation ALTER COLUMN anchor_prefix DROP DEFAULT;
ALTER TABLE citation ALTER COLUMN anchor_suffix DROP DEFAULT;

-- The event's date as the article states it: the phrase, then the same columns as event.date_*
-- (first day, precision, qualifier, display, inferred + note, last day), and whether the event's
-- date lies inside it. All NULL when the article states no date for the event.
ALTER TABLE citation ADD COLUMN stated_phrase VARCHAR(300);
ALTER TABLE citation ADD COLUMN stated_start DATE;
ALTER TABLE citation ADD COLUMN stated_end DATE;
ALTER TABLE citation ADD COLUMN stated_precision VARCHAR(5);
ALTER TABLE citation ADD COLUMN stated_qualifier VARCHAR(5);
ALTER TABLE citation ADD COLUMN stated_display VARCHAR(100);
ALTER TABLE citation ADD COLUMN stated_inferred BOOLEAN;
ALTER TABLE citation ADD COLUMN stated_note VARCHAR(1000);
ALTER TABLE citation ADD COLUMN stated_latest DATE;
ALTER TABLE citation ADD COLUMN stated_agrees BOOLEAN;
ALTER TABLE citation ADD CONSTRAINT citation_stated_complete CHECK (
    (stated_phrase IS NULL AND stated_start IS NULL AND stated_precision IS NULL AND stated_display IS NULL
        AND stated_inferred IS NULL AND stated_agrees IS NULL)
    OR (stated_phrase IS NOT NULL AND stated_start IS NOT NULL AND stated_precision IS NOT NULL
        AND stated_display IS NOT NULL AND stated_inferred IS NOT NULL AND stated_agrees IS NOT NULL));
ALTER TABLE citation ADD CONSTRAINT citation_stated_order CHECK (stated_end IS NULL OR stated_end >= stated_start);

-- True when any citation's stated date does not contain the event's date: a plain column, so the
-- sourcesDisagree filter is a plain predicate.
ALTER TABLE event ADD COLUMN sources_disagree BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE event ALTER COLUMN sources_disagree DROP DEFAULT;

-- A content hash no seed entry can have: the next start rewrites every event, computing the columns above.
UPDATE event SET content_hash = '';
