-- Schema v4: the glossary of names, one for all articles.

CREATE TABLE glossary (
    id         INTEGER PRIMARY KEY,
    -- The main Arabic form as written (فلاديمير بوتين) and its normalised form, which
    -- identifies the entry: importing a file again updates the entry instead of adding one.
    arabic     TEXT    NOT NULL CHECK (arabic <> ''),
    arabic_key TEXT    NOT NULL UNIQUE CHECK (arabic_key <> ''),
    english    TEXT    NOT NULL CHECK (english <> ''),
    -- The second-reference form (Putin); NULL when the first is used throughout.
    short      TEXT,
    kind       TEXT    NOT NULL CHECK (kind IN ('person', 'place', 'organization', 'other')),
    -- Lists as JSON arrays of strings: other Arabic forms, deprecated English spellings,
    -- Arabic surface forms that must never match.
    variants   TEXT    NOT NULL DEFAULT '[]',
    deprecated TEXT    NOT NULL DEFAULT '[]',
    not_forms  TEXT    NOT NULL DEFAULT '[]',
    clitics    INTEGER NOT NULL DEFAULT 1 CHECK (clitics IN (0, 1)),
    notes      TEXT    NOT NULL DEFAULT '',
    -- Every form, normalised (harakat, hamza forms, case folded), for the glossary search.
    search     TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX glossary_kind ON glossary (kind, arabic_key);

-- The glossary search: substrings of the normalised forms, through a trigram index (a
-- 100,000-name glossary is searched without reading every row). Kept in step by triggers.
CREATE VIRTUAL TABLE glossary_search USING fts5(
    search, content = 'glossary', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER glossary_search_insert AFTER INSERT ON glossary BEGIN
    INSERT INTO glossary_search (rowid, search) VALUES (new.id, new.search);
END;
CREATE TRIGGER glossary_search_delete AFTER DELETE ON glossary BEGIN
    INSERT INTO glossary_search (glossary_search, rowid, search) VALUES ('delete', old.id, old.search);
END;
CREATE TRIGGER glossary_search_update AFTER UPDATE OF search ON glossary BEGIN
    INSERT INTO glossary_search (glossary_search, rowid, search) VALUES ('delete', old.id, old.search);
    INSERT INTO glossary_search (rowid, search) VALUES (new.id, new.search);
END;
