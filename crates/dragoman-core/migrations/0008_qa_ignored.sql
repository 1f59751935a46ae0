-- Schema v8: the QA issues a translator has set aside ("ignore this one"). An issue is
-- remembered within its segment by its key (its kind, what was found, what was expected),
-- so that an edit elsewhere in the segment keeps it ignored and a new figure does not. Goes
-- with its segment.

CREATE TABLE qa_ignored (
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    key        TEXT    NOT NULL CHECK (key <> ''),
    ignored_at INTEGER NOT NULL,
    PRIMARY KEY (segment_id, key)
) WITHOUT ROWID;
