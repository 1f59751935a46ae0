-- Schema v7: the translation memory, and a full-text index over every segment and unit.

-- A unit: an Arabic source and its English, from a confirmed segment (segment_id, which
-- keeps it current: confirming again updates it, never duplicates it) or from a TMX file
-- (origin_kind 'file', origin the file's name). Deleting the article keeps its units
-- (article_id and segment_id become NULL, origin keeps the article's title).
CREATE TABLE tm_units (
    id          INTEGER PRIMARY KEY,
    source      TEXT    NOT NULL,
    target      TEXT    NOT NULL,
    source_lang TEXT    NOT NULL DEFAULT 'ar',
    target_lang TEXT    NOT NULL DEFAULT 'en',
    -- text::normalize::fingerprint of the source: the same text as the normalisation reads it.
    source_key  TEXT    NOT NULL,
    -- The fingerprints of the sources before and after it, for context matches (NULL: none).
    prev_key    TEXT,
    next_key    TEXT,
    origin_kind TEXT    NOT NULL CHECK (origin_kind IN ('article', 'file')),
    origin      TEXT    NOT NULL,
    -- A file unit's own id in its file (TMX tuid), if it had one.
    tuid        TEXT,
    article_id  INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    segment_id  INTEGER UNIQUE REFERENCES segments (id) ON DELETE SET NULL,
    words       INTEGER NOT NULL,
    created_by  TEXT,
    changed_by  TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX tm_units_key ON tm_units (source_key);
CREATE INDEX tm_units_article ON tm_units (article_id);

-- The words of each unit and each segment as the matcher and search read them
-- (text::terms: normalised Arabic words, each also without the clitics it may carry;
-- English words in lower case), row id = the unit's or the segment's id. Contentless: the
-- text lives in its table; written by store/memory.rs and store/segment_writes.rs only.
CREATE VIRTUAL TABLE tm_index USING fts5 (src, tgt, content = '', contentless_delete = 1, tokenize = 'ascii');
-- How many units hold each term of their Arabic: the matcher looks up a segment's rarest
-- words first. Kept by store/memory.rs with the index (FTS5's own vocabulary table counts
-- by reading each term's whole list, too slow for a common word in a million units).
CREATE TABLE tm_terms (
    term  TEXT PRIMARY KEY,
    units INTEGER NOT NULL
) WITHOUT ROWID;
CREATE VIRTUAL TABLE segment_index USING fts5 (src, tgt, content = '', contentless_delete = 1, tokenize = 'ascii');

-- Rows deleted by a cascade (an article's segments) leave the index with them.
CREATE TRIGGER segments_unindex AFTER DELETE ON segments BEGIN
    DELETE FROM segment_index WHERE rowid = old.id;
END;
CREATE TRIGGER tm_units_unindex AFTER DELETE ON tm_units BEGIN
    DELETE FROM tm_index WHERE rowid = old.id;
END;

-- A segment filled from the memory (a 100% match, when an article is imported): the unit
-- it came from, until the translator changes or confirms it.
ALTER TABLE segments ADD COLUMN memory_unit INTEGER;
