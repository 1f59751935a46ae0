-- Schema v9: XLIFF (issue 14).
--
-- An article opened from another tool's XLIFF keeps the file as it came, to be written back
-- with the translations put in and everything else untouched; each of its segments knows
-- its unit in the file and the unit's inline codes (JSON: kind, element, id, the XML as it
-- came, the number on its chip). Goes with its article and segments.
CREATE TABLE xliff_files (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    file_name  TEXT    NOT NULL,
    content    TEXT    NOT NULL
);

CREATE TABLE xliff_units (
    segment_id INTEGER PRIMARY KEY REFERENCES segments(id) ON DELETE CASCADE,
    unit       INTEGER NOT NULL CHECK (unit >= 0),
    codes      TEXT    NOT NULL DEFAULT '[]'
);

-- An article exported as XLIFF: what each segment said then, so that when the file comes
-- back a change made here since (a conflict) can be told from a change made there.
CREATE TABLE xliff_exports (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);
CREATE INDEX xliff_exports_article ON xliff_exports (article_id, id);

CREATE TABLE xliff_export_segments (
    export_id  INTEGER NOT NULL REFERENCES xliff_exports(id) ON DELETE CASCADE,
    segment_id INTEGER NOT NULL,
    target     TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    PRIMARY KEY (export_id, segment_id)
) WITHOUT ROWID;
