# Messages of the `dragoman` command line.

cli-imported = Imported “{ $title }” as article { $id } ({ $segments }).
cli-already-imported = warning: this text is already article { $id } (“{ $title }”); it was imported again.
cli-deleted = Deleted article { $id }.
cli-no-articles = No articles.
cli-error = error: { $message }
cli-warning = warning: { $message } Segments: { $list }.
cli-encoding-warning = warning: { $message }
cli-glossary-imported = Glossary: { $added } added, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped.
cli-glossary-exported = Wrote { PLURAL($count) ->
    [one] one name
   *[other] { $count } names
} to { $path }.
cli-tm-imported = Translation memory: { $added } added, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped.
cli-tm-exported = Wrote { PLURAL($count) ->
    [one] one unit
   *[other] { $count } units
} to { $path }.
cli-tm-skipped-line = { $tuid ->
    [none] line { $line }: { $reason }
   *[other] line { $line } (tuid { $tuid }): { $reason }
}
cli-tm-skipped-more = … and { $count } more.
cli-tm-skip-no-language = neither Arabic nor English (other languages only)
cli-tm-skip-no-arabic = no Arabic
cli-tm-skip-no-english = no English
cli-tm-skip-empty-text = the Arabic or the English is empty
cli-tm-skip-too-long = a segment over the size limit (1 MB)
cli-tm-no-matches = No match in the memory.
cli-tm-score = { $score }%
cli-tm-adapted = adapted
cli-search-none = Nothing found in the memory or the articles.
cli-search-memory = memory
cli-search-more = More were found than shown; add words to narrow the search.

## Backups
cli-backed-up = Backed up the database to { $path } ({ $size }).
cli-restored = Restored the database from { $file }. The database as it was is kept in { $aside }.
cli-no-backups = No backups yet in { $folder }.
cli-size-mb = { $mb } MB
cli-read-only-damaged = warning: the database is damaged; it was opened read-only, so that what remains can be read and exported. Restore a backup to go on working (dragoman backup --list, dragoman restore FILE).

## Glossary import, --dry-run
cli-glossary-dry-run = Nothing changed (dry run). The import would add { $added }, update { $updated }, leave { $unchanged } unchanged and skip { $skipped }:
cli-glossary-field-change = { $field } “{ $before }” → “{ $after }”
cli-glossary-field-english = English
cli-glossary-field-short = short form
cli-glossary-field-type = type
cli-glossary-field-variants = variants
cli-glossary-field-deprecated = deprecated spellings
cli-glossary-field-clitics = clitics
cli-glossary-field-not = never matches
cli-glossary-field-notes = notes
