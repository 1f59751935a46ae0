-- Schema v2: what imports know about an article, and caption segments.
ALTER TABLE articles ADD COLUMN published TEXT;
ALTER TABLE articles ADD COLUMN import_format TEXT;
ALTER TABLE articles ADD COLUMN import_encoding TEXT;

-- SQLite cannot change a CHECK constraint: rebuild segments with 'caption' allowed.
CREATE TABLE segments_v2 (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT    NOT NULL
               CHECK (kind IN ('headline', 'subhead', 'paragraph', 'sentence', 'caption')),
    paragraph  INTEGER NOT NULL,
    source     TEXT    NOT NULL,
    target     TEXT    NOT NULL DEFAULT '',
    status     TEXT    NOT NULL DEFAULT 'new'
               CHECK (status IN ('new', 'draft', 'translated', 'reviewed', 'excluded')),
    updated_at INTEGER NOT NULL,
    UNIQUE (article_id, position)
);
INSERT INTO segments_v2 (id, article_id, position, kind, paragraph, source, target, status, updated_at)
    SELECT id, article_id, position, kind, paragraph, source, target, status, updated_at FROM segments;
DROP TABLE segments;
ALTER TABLE segments_v2 RENAME TO segments;
