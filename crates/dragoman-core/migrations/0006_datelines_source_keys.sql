-- Schema v6: dateline segments, and a key of each article's normalised source, so that
-- importing the same article again can say so.

-- SQLite cannot change a CHECK constraint: rebuild segments with 'dateline' allowed. The
-- migrations run with foreign keys off (store/mod.rs), so dropping the old table does not
-- cascade to the history that refers to it; the check at the end of the migrations verifies
-- that every reference still holds.
CREATE TABLE segments_v5 (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT    NOT NULL
               CHECK (kind IN ('headline', 'subhead', 'paragraph', 'sentence', 'caption', 'dateline')),
    paragraph  INTEGER NOT NULL,
    source     TEXT    NOT NULL,
    target     TEXT    NOT NULL DEFAULT '',
    status     TEXT    NOT NULL DEFAULT 'new'
               CHECK (status IN ('new', 'draft', 'translated', 'reviewed', 'excluded')),
    updated_at INTEGER NOT NULL,
    words      INTEGER NOT NULL DEFAULT 0,
    version    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (article_id, position)
);
INSERT INTO segments_v5 (id, article_id, position, kind, paragraph, source, target, status, updated_at, words, version)
    SELECT id, article_id, position, kind, paragraph, source, target, status, updated_at, words, version
    FROM segments;
DROP TABLE segments;
ALTER TABLE segments_v5 RENAME TO segments;

-- The fingerprint of the article's source (text::normalize::fingerprint of its segments'
-- sources, in order), filled for existing articles by the store right after this script.
ALTER TABLE articles ADD COLUMN source_key TEXT;
CREATE INDEX articles_source_key ON articles (source_key);
