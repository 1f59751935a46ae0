-- Schema v5: the translator's personal dictionary for the spell check of the English.
-- Words are kept as added; the same word in another case is the same word.

CREATE TABLE spell_words (
    word     TEXT    PRIMARY KEY COLLATE NOCASE CHECK (word <> '' AND length(word) <= 64),
    added_at INTEGER NOT NULL
);
