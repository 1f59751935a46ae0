# Dragoman interface strings: English.
# Plurals go through PLURAL($n), which both Rust (icu_plurals) and the UI (Intl.PluralRules)
# provide, so Arabic gets all six categories right.

app-name = Dragoman
app-tagline = Arabic–English news translation desk

## Header

language-label = Interface language
language-en = English
language-ar = العربية
banner-dismiss = Dismiss
startup-error-details = Details

## Article list

article-list-heading = Articles
article-list-count = { PLURAL($count) ->
    [one] One article
   *[other] { $count } articles
}
article-list-empty = No articles yet. Paste an Arabic article to begin.
article-list-new = New article
article-list-open = Open
article-list-delete = Delete
article-created = Created { $date }
article-segments = { PLURAL($count) ->
    [one] one segment
   *[other] { $count } segments
}
article-progress = { $translated } of { $total } translated
article-progress-label = Translation progress

## First run

sample-offer-heading = Start with a real article
sample-offer-body = Dragoman comes with an Arabic news article: the Kremlin on the talks between Putin and Biden. Open it to see the translation desk at work.
sample-offer-open = Open the sample article

## New article

new-article-heading = New article
new-article-title-label = Title
new-article-title-placeholder = Leave empty to use the first line
new-article-text-label = Arabic text
new-article-text-hint = The first line becomes the headline; blank lines separate paragraphs.
new-article-create = Create article
new-article-cancel = Cancel

## Delete

delete-confirm-heading = Delete this article?
delete-confirm-body = “{ $title }” and its translation will be deleted. This cannot be undone.
delete-confirm-yes = Delete
delete-confirm-no = Keep it

## Editor

editor-back = All articles
editor-source-heading = Arabic source
editor-target-heading = English translation
editor-target-placeholder = Type the English…
editor-saving = Saving…
editor-saved = All changes saved
editor-save-failed = Not saved: { $reason }
segment-kind-headline = Headline
segment-kind-subhead = Subhead
segment-kind-paragraph = Paragraph
segment-kind-sentence = Sentence
segment-number = Segment { $number }

## Errors: the shell sends { kind, message } and the window shows error-<kind>

error-db-newer = This database was written by a newer version of Dragoman. Update Dragoman to open it; the file has not been changed.
error-db-not-database = This file is not a Dragoman database. It has not been changed.
error-db-unwritable = Dragoman cannot create or write its database here. Check that the folder exists and that you may write to it.
error-not-found = This item no longer exists. It may have been deleted.
error-empty-text = There is no text to translate. Paste the article first.
error-not-text = This file is not text: it contains binary data.
error-bad-encoding = This file is not UTF-8 text.
error-too-large = This text is too large (the limit is 20 MB).
error-invalid-input = Some of the input is not valid.
error-io = The file could not be read.
error-storage = The database reported an error. Your earlier work is safe.
error-internal = Something went wrong inside Dragoman.
startup-error-heading = Dragoman cannot open its database
startup-error-path = Database file: { $path }
startup-error-hint = Set DRAGOMAN_DB to another file, or fix the problem above, and start Dragoman again.
