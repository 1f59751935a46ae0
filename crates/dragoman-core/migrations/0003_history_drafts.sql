-- Schema v3: segment history, drafts, edit versions, word counts.

-- Every segment counts its source words (our imports collapse whitespace to single spaces)
-- and carries a version that each write increments: two windows editing one segment see
-- each other's changes instead of overwriting them.
ALTER TABLE segments ADD COLUMN words INTEGER NOT NULL DEFAULT 0;
ALTER TABLE segments ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
UPDATE segments SET words = CASE WHEN trim(source) = '' THEN 0
    ELSE length(trim(source)) - length(replace(trim(source), ' ', '')) + 1 END;

-- What a segment's translation was, and when. Typing in bursts updates the newest 'edit'
-- row for a minute; confirming, restoring, replacing make rows of their own.
CREATE TABLE segment_versions (
    id         INTEGER PRIMARY KEY,
    segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
    target     TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX segment_versions_segment ON segment_versions (segment_id, id);

-- A draft: a named snapshot of an article's whole translation.
CREATE TABLE drafts (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    -- NULL for drafts the translator made; else why Dragoman made it:
    -- 'status-change' (detail: the new status) or 'before-restore' (detail: the draft's name).
    auto_kind   TEXT,
    auto_detail TEXT,
    created_at  INTEGER NOT NULL
);
CREATE INDEX drafts_article ON drafts (article_id, id);

CREATE TABLE draft_segments (
    draft_id   INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    -- No foreign key: a segment may later be merged away; its draft text stays.
    segment_id INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    paragraph  INTEGER NOT NULL,
    source     TEXT    NOT NULL,
    target     TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    PRIMARY KEY (draft_id, position)
) WITHOUT ROWID;
