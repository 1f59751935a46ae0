# Messages of the `dragoman` command line.

cli-imported = Imported “{ $title }” as article { $id } ({ $segments }).
cli-deleted = Deleted article { $id }.
cli-no-articles = No articles.
cli-error = error: { $message }
