-- Schema v1: articles and their segments, and a few settings.
CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL,
    source_lang TEXT    NOT NULL DEFAULT 'ar',
    target_lang TEXT    NOT NULL DEFAULT 'en',
    origin      TEXT,
    author      TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'to-translate'
                CHECK (status IN ('to-translate', 'in-translation', 'in-review', 'done'))
);

CREATE TABLE segments (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('headline', 'subhead', 'paragraph', 'sentence')),
    paragraph  INTEGER NOT NULL,
    source     TEXT    NOT NULL,
    target     TEXT    NOT NULL DEFAULT '',
    status     TEXT    NOT NULL DEFAULT 'new'
               CHECK (status IN ('new', 'draft', 'translated', 'reviewed', 'excluded')),
    updated_at INTEGER NOT NULL,
    UNIQUE (article_id, position)
);

CREATE INDEX articles_updated ON articles (updated_at DESC);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
