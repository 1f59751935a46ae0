# Messages of the `dragoman` command line.

cli-imported = Imported “{ $title }” as article { $id } ({ $segments }).
cli-already-imported = warning: this text is already article { $id } (“{ $title }”); it was imported again.
cli-deleted = Deleted article { $id }.
cli-no-articles = No articles.
cli-error = error: { $message }
cli-warning = warning: { $message } Segments: { $list }.
cli-glossary-imported = Glossary: { $added } added, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped.
cli-glossary-exported = Wrote { PLURAL($count) ->
    [one] one name
   *[other] { $count } names
} to { $path }.
