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
article-list-empty = No articles yet. Import an Arabic article to begin.
article-list-new = Import an article
article-list-open = Open
article-list-delete = Delete
article-created = Created { $date }
article-segments = { PLURAL($count) ->
    [one] one segment
   *[other] { $count } segments
}
article-progress = { $confirmed } confirmed · { $drafts } in draft · { $untranslated } untranslated
article-progress-label = Translation progress

## First run

sample-offer-heading = Start with a real article
sample-offer-body = Dragoman comes with an Arabic news article: the Kremlin on the talks between Putin and Biden. Open it to see the translation desk at work.
sample-offer-open = Open the sample article

## Import

new-article-title-label = Title
new-article-title-placeholder = Leave empty to use the headline
new-article-cancel = Cancel
import-heading = Import an article
import-text-label = Paste the article: Arabic text, or a copied web page
import-text-placeholder = Paste here…
import-open-file = Open a file…
import-drop-hint = or drop a .txt, .html, .docx, .md or .xlf (XLIFF) file onto the window
import-working-reading = Reading the file…
import-working-parsing = Reading the web page…
import-working-structure = Finding the paragraphs and sentences…
import-stop = Stop
import-stopped = Stopped. Choose another file, or paste the article.
import-file-filter = Articles
import-file-chosen = File: { $name }
import-file-clear = Paste text instead
import-format-text = Plain text
import-format-html = Web page (HTML)
import-format-docx = Word document
import-format-markdown = Markdown
import-encoding-used = encoding { $encoding }
import-encoding-label = Encoding
import-encoding-auto = Detected: { $encoding }
import-count-headline = { PLURAL($count) ->
    [one] one headline
   *[other] { $count } headlines
}
import-count-subhead = { PLURAL($count) ->
    [one] one subhead
   *[other] { $count } subheads
}
import-count-paragraph = { PLURAL($count) ->
    [one] one paragraph
   *[other] { $count } paragraphs
}
import-count-sentence = { PLURAL($count) ->
    [one] one sentence
   *[other] { $count } sentences
}
import-count-caption = { PLURAL($count) ->
    [one] one caption
   *[other] { $count } captions
}
import-count-dateline = { PLURAL($count) ->
    [one] one dateline
   *[other] { $count } datelines
}
list-separator = {", "}
import-mojibake-utf8-as-windows1256 = This text looks garbled: UTF-8 that was once read as windows-1256 (letters like “ظ‚ط§ظ„”).
import-mojibake-windows1256-as-windows1252 = This text looks garbled: windows-1256 that was once read as windows-1252 (letters like “ÞÇá”).
import-encoding-warning-replaced = { PLURAL($count) ->
    [one] One character could not be read in { $encoding } and was replaced by “�”.
   *[other] { $count } characters could not be read in { $encoding } and were replaced by “�”.
} Check the text, or choose another encoding.
import-encoding-warning-declared-wrong = The page says it is in { $other }, but its text is { $encoding }: it was read as { $encoding }.
import-encoding-warning-mixed = { PLURAL($count) ->
    [one] One line of this file is in { $other }
   *[other] { $count } lines of this file are in { $other }
} and the rest in { $encoding }: each line was read in its own encoding. Check the text.
import-encoding-warning-implausible = This text does not look like Arabic or English ({ PLURAL($count) ->
    [one] one word looks garbled
   *[other] { $count } words look garbled
}): { $encoding } is probably not its encoding. Choose another encoding.
import-repair = Repair the text
import-more = { PLURAL($count) ->
    [one] …and one more segment
   *[other] …and { $count } more segments
}
import-commit = Import
import-furniture-proposed = { PLURAL($count) ->
    [one] One line looks like site furniture (a masthead, a tag, the site’s name): it is proposed as not for translation.
   *[other] { $count } lines look like site furniture (a masthead, tags, the site’s name): they are proposed as not for translation.
}
import-furniture-accepted = { PLURAL($count) ->
    [one] One line will be imported as not for translation.
   *[other] { $count } lines will be imported as not for translation.
}
import-furniture-accept-all = { PLURAL($count) ->
    [one] Mark it not for translation
   *[other] Mark them not for translation
}
import-furniture-undo-all = Undo
import-furniture-line-proposed = Proposed: not for translation
import-furniture-line-excluded = Not for translation
import-furniture-accept = Accept
import-furniture-undo = Undo
import-existing = This article is already in Dragoman: “{ $title }”, imported { $date }.
import-open-existing = Open the existing article
import-anyway = Import anyway
drop-overlay = Drop the file to import it

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
editor-conflict-open = A change from another window needs your choice
editor-save-failed = Not saved: { $reason }
segment-kind-headline = Headline
segment-kind-subhead = Subhead
segment-kind-paragraph = Paragraph
segment-kind-sentence = Sentence
segment-kind-caption = Caption
segment-kind-dateline = Dateline
segment-exclude = Not for translation
segment-include = Translate
segment-split = Split
segment-split-title = Split this segment where you clicked in the Arabic text
segment-merge = Merge with next
segment-excluded-note = Not for translation
segment-number = Segment { $number }

## Errors: the shell sends { kind, message } and the window shows error-<kind>

error-db-newer = This database was written by a newer version of Dragoman. Update Dragoman to open it; the file has not been changed.
error-db-not-database = This file is not a Dragoman database. It has not been changed.
error-db-path-refused = This database path names no file (“:memory:” or a “file:” address), so nothing would be kept. Give the path of a file.
error-db-damaged = This database is damaged: SQLite’s check found broken pages. Dragoman opened it read-only, so that you can export what can still be read. To go on working, restore a backup (Backups, above the article list).
error-db-read-only = The database is open read-only because it is damaged: nothing can be changed. Export what you need, then restore a backup.
error-not-a-file = This is not a file Dragoman can read: a device, a pipe or a folder. Choose a file; nothing was imported.
error-db-unwritable = Dragoman cannot create or write its database here. Check that the folder exists and that you may write to it.
error-not-found = This item no longer exists. It may have been deleted.
error-empty-text = There is no text to translate. Paste the article first.
error-not-text = This file is not text: it contains binary data.
error-bad-encoding = The text cannot be read in this encoding. Choose another encoding.
error-too-large = This text is too large (the limit is 20 MB).
error-article-too-large = This article is too long for Dragoman: over 20,000 segments or 4,000,000 characters. Split it into several files and import them one by one; nothing was imported.
error-unknown-encoding = Dragoman does not know this encoding.
error-unsupported-format = This kind of file cannot be imported. Use plain text, HTML, Word (.docx) or Markdown.
error-docx-encrypted = This Word document is password-protected. Save a copy without a password and import that.
error-docx-corrupt = This Word document is damaged or incomplete.
error-docx-too-large = This Word document unpacks to more than the limit (64 MB per part); it was not opened.
error-invalid-input = Some of the input is not valid.
error-conflict = This segment was changed in another window. Both versions are shown: choose one.
error-nothing-to-confirm = There is no translation to confirm yet.
error-write-failed = The file could not be written. Check the folder and that you may write to it.
error-io = The file could not be read.
error-storage = The database reported an error. Your earlier work is safe.
error-cancelled = Stopped as you asked; nothing was imported.
error-glossary-columns = This file has no “arabic” and “english” columns. The first row must name the columns; nothing was imported.
error-csv-unterminated-quote = A quotation mark opens a cell on line { $line } and never closes, so the rest of the file would be read as one name. Nothing was imported; close the quote on that line.
error-csv-duplicate-column = The first row names the column “{ $name }” twice (the second time in column { $column }). Nothing was imported; give each column one name.
error-xml-dtd = This file declares a DTD or entities. Dragoman refuses such files for safety; nothing was imported.
error-xml-malformed = This XML file is damaged or not well-formed; nothing was imported.
error-not-tbx = This XML file is not a TBX glossary; nothing was imported.
error-not-tmx = This file is not a TMX translation memory; nothing was imported.
error-tmx-too-large = This translation memory file is larger than the limit (512 MB); nothing was imported.
error-not-xliff = This file is not XLIFF; nothing was imported.
error-xliff-version = This is XLIFF version “{ $version }”, which Dragoman does not read (it reads 1.2, 2.0, 2.1 and 2.2); nothing was imported.
error-xliff-no-source = The unit “{ $unit }” of this XLIFF file has no source text; nothing was imported.
error-xliff-duplicate-id = Two units of this XLIFF file have the id “{ $unit }”; nothing was imported.
error-xliff-source-language = This XLIFF file translates from “{ $lang }”. Dragoman translates from Arabic, so it cannot open it; nothing was imported.
error-xliff-article-gone = This XLIFF file was exported from article { $article }, which has been deleted; nothing was changed.
error-xliff-other-article = This XLIFF file was exported from another article (number { $fileArticle }), not from this one; nothing was changed.
error-xliff-not-exported = This XLIFF file was not exported from a Dragoman article, so it cannot update one. Open it as a new article instead; nothing was changed.
error-xliff-codes = The tags of segment { $position } are not nested (a closing tag comes before its opening tag, or one is missing), so the file cannot be written. Fix the tags in that segment and try again.
error-xliff-fixed-segments = This article was opened from an XLIFF file: its segments are the file’s units and cannot be split or merged.
error-entry-incomplete = A name needs both an Arabic form and an English form.
error-entry-duplicate = The glossary already has a name with this Arabic form.
error-spell-dictionary-missing = The English spelling dictionary is not installed. Install the package hunspell-en-us (US) or hunspell-en-gb (UK), then open the article again.
error-spell-dictionary-damaged = The English spelling dictionary cannot be read. Reinstall the package hunspell-en-us or hunspell-en-gb.
error-path-not-chosen = Dragoman reads and writes only the files you choose in its Open and Save dialogs or drop onto its window. Choose the file again; nothing was read or written.
error-internal = Something went wrong inside Dragoman.
startup-error-heading = Dragoman cannot open its database
startup-error-path = Database file: { $path }
startup-error-hint = Set DRAGOMAN_DB to another file, or fix the problem above, and start Dragoman again.

## Editor: statuses, shortcuts, panels

segment-status-new = Not started
segment-status-draft = Draft (not confirmed)
segment-status-translated = Translated (confirmed)
segment-status-reviewed = Reviewed
segment-status-excluded = Not for translation
segment-confirm = Confirm
segment-review = Reviewed
segment-copy-source = Copy source
segment-history = History
segment-conflict = Changed in another window: “{ $theirs }”
segment-conflict-theirs = Use that
segment-conflict-mine = Keep mine
editor-progress-words = { $translated } of { $total } words
workflow-label = Workflow
workflow-to-translate = To translate
workflow-in-translation = In translation
workflow-in-review = In review
workflow-done = Done
filter-label = Show
filter-all = All segments
filter-untranslated = Untranslated
filter-draft = Drafts
filter-review = Needs review
filter-empty = No segment matches this filter.
editor-find = Find
editor-drafts = Drafts
editor-export = Export
editor-shortcuts = Shortcuts
panel-close = Close

## Find and replace

find-heading = Find and replace
find-query = Find
find-in = Search in
find-in-source = Arabic source
find-in-target = English translation
find-count = { PLURAL($count) ->
    [one] one segment
   *[other] { $count } segments
}
find-none = Not found.
find-position = { $current } of { $total }
find-next = Next
find-previous = Previous
find-hint = Arabic search ignores harakat, tatweel and hamza forms; English search ignores case.
replace-with = Replace with
replace-one = Replace
replace-all = Replace in all translations
replace-done = { PLURAL($count) ->
    [one] One replacement made.
   *[other] { $count } replacements made.
}

## Jump

jump-heading = Go to segment
jump-label = Segment number (1–{ $max })
jump-go = Go

## History

history-heading = History of segment { $number }
history-empty = No earlier versions yet.
history-restore = Restore this version
history-reason-edit = Typed
history-reason-status = Status changed
history-reason-restore = Restored
history-reason-replace = Replaced
history-reason-draft-restore = Draft restored
history-reason-xliff-import = Taken from an XLIFF file
history-empty-text = (empty)

## Drafts

drafts-heading = Drafts
drafts-name-label = Name of the new draft
drafts-name-placeholder = Translator's draft
drafts-create = Save as draft
drafts-empty = No drafts yet.
draft-auto-status-change = Automatic: status changed to { $status }
draft-auto-before-restore = Automatic: before restoring “{ $name }”
draft-auto-before-xliff-import = Automatic: before importing “{ $name }”
draft-progress = { $translated } of { $total } translated
draft-restore = Restore
draft-restored = Restored. The text as it was is kept as the draft “{ $name }”.
compare-heading = Compare
compare-from = From
compare-to = To
compare-current = Current text
compare-run = Compare
compare-unchanged = { PLURAL($count) ->
    [one] One unchanged segment not shown.
   *[other] { $count } unchanged segments not shown.
}
compare-none = No differences.

## Export

export-heading = Export
export-format-txt = English: plain text (.txt)
export-format-md = English: Markdown (.md)
export-format-html = English: web page (.html)
export-format-docx = English: Word (.docx)
export-format-bilingual-html = Arabic and English side by side: web page (.html)
export-format-bilingual-docx = Arabic and English side by side: Word (.docx)
export-group-documents = To read or publish
export-group-xliff = For another translation tool
export-format-xliff12 = XLIFF 1.2 (memoQ, Trados, OmegaT)
export-format-xliff21 = XLIFF 2.1
export-xliff-filter = XLIFF (.xlf, .xliff)
export-save = Save…
export-done = Saved to { $path }
export-unfinished-heading = Not finished yet
export-unfinished-untranslated = { PLURAL($count) ->
    [one] One segment has no translation: it is left out of the export.
   *[other] { $count } segments have no translation: they are left out of the export.
}
export-unfinished-drafts = { PLURAL($count) ->
    [one] One translation is an unconfirmed draft: it goes out as it is.
   *[other] { $count } translations are unconfirmed drafts: they go out as they are.
}
export-unfinished-issues = { PLURAL($count) ->
    [one] One segment has checks open.
   *[other] { $count } segments have checks open.
}
export-xliff-unfinished-untranslated = { PLURAL($count) ->
    [one] One segment has no translation: it goes without one, for the other tool to translate.
   *[other] { $count } segments have no translation: they go without one, for the other tool to translate.
}
export-xliff-unfinished-drafts = { PLURAL($count) ->
    [one] One translation is an unconfirmed draft: it goes marked as a draft.
   *[other] { $count } translations are unconfirmed drafts: they go marked as drafts.
}
export-unfinished-go = Go to the first
export-anyway = Export anyway…

## Shortcuts

shortcuts-heading = Keyboard shortcuts
shortcut-confirm = Confirm and go to the next untranslated segment
shortcut-review = Mark reviewed and go to the next segment
shortcut-next = Next segment
shortcut-previous = Previous segment
shortcut-copy-source = Copy the source into the translation
shortcut-jump = Go to a segment by number
shortcut-find = Find
shortcut-replace = Replace in the translations
shortcut-find-next = Next match
shortcut-find-previous = Previous match
shortcut-help = This list
shortcut-close = Close a panel

## Article list: filters

list-search = Search titles and text, Arabic or English
list-status-all = All statuses

## Dialogs
dialog-cancel = Cancel
dialog-close = Close

## Glossary of names
nav-glossary = Glossary
name-kind-person = Person
name-kind-place = Place
name-kind-organization = Organisation
name-kind-other = Other
glossary-heading = Glossary of names
glossary-back = Back
glossary-count = { PLURAL($count) ->
    [one] one name
   *[other] { $count } names
}
glossary-matching = { $count ->
    [0] none match
   *[other] { PLURAL($count) ->
        [one] one matches
       *[other] { $count } match
    }
}
glossary-more = Showing the first { $shown } of { $total }. Narrow the search to see the others.
glossary-search = Search Arabic or English
glossary-kind-all = All kinds
glossary-empty = The glossary is empty. Add names one by one, or import a CSV or TBX file.
glossary-actions = Actions
glossary-add = Add a name
glossary-edit = Edit
glossary-delete = Delete
glossary-delete-heading = Delete this name?
glossary-delete-question = Delete “{ $arabic }” ({ $english }) from the glossary? Articles keep their translations.
glossary-import = Import CSV or TBX…
glossary-export-csv = Export CSV…
glossary-export-tbx = Export TBX…
glossary-file-filter = Glossaries (CSV, TBX)
glossary-format-csv = CSV
glossary-format-tbx = TBX
glossary-exported = Wrote { PLURAL($count) ->
    [one] one name
   *[other] { $count } names
} to { $path }.
glossary-report-heading = Glossary imported
glossary-report-added = { $count ->
    [0] No names added
   *[other] { PLURAL($count) ->
        [one] One name added
       *[other] { $count } names added
    }
}
glossary-report-updated = { $count ->
    [0] None updated
   *[other] { PLURAL($count) ->
        [one] One updated
       *[other] { $count } updated
    }
}
glossary-report-unchanged = { $count ->
    [0] None already there
   *[other] { PLURAL($count) ->
        [one] One already there, unchanged
       *[other] { $count } already there, unchanged
    }
}
glossary-report-skipped = { $count ->
    [0] No rows skipped
   *[other] { PLURAL($count) ->
        [one] One row skipped:
       *[other] { $count } rows skipped:
    }
}
glossary-skipped-line = { $line ->
    [0] { $reason }
   *[other] line { $line }: { $reason }
}
glossary-preview-heading = What this file will change
glossary-preview-added = { $count ->
    [0] No name will be added
   *[other] { PLURAL($count) ->
        [one] One name will be added
       *[other] { $count } names will be added
    }
}
glossary-preview-updated = { $count ->
    [0] No name will change
   *[other] { PLURAL($count) ->
        [one] One name will change
       *[other] { $count } names will change
    }
}
glossary-preview-unchanged = { $count ->
    [0] None is already there as the file has it
   *[other] { PLURAL($count) ->
        [one] One is already there as the file has it
       *[other] { $count } are already there as the file has them
    }
}
glossary-preview-skipped = { $count ->
    [0] No row will be skipped
   *[other] { PLURAL($count) ->
        [one] One row will be skipped:
       *[other] { $count } rows will be skipped:
    }
}
glossary-preview-new = new
glossary-preview-empty = (nothing)
glossary-preview-more = { PLURAL($count) ->
    [one] … and one more name.
   *[other] … and { $count } more names.
}
glossary-preview-apply = Import these changes
glossary-field-english = English
glossary-field-short = Second reference
glossary-field-kind = Kind
glossary-field-variants = Other Arabic forms
glossary-field-deprecated = Spellings to flag
glossary-field-clitics = Clitics may attach
glossary-field-not = Never match
glossary-field-notes = Notes
glossary-skip-unreadable = the row cannot be read ({ $detail })
glossary-skip-empty-form = the Arabic or the English form is empty
glossary-skip-no-arabic = the entry has no Arabic term ({ $detail })
glossary-skip-no-english = the entry has no English term ({ $detail })
glossary-skip-unknown-type = “{ $detail }” is not a kind of name (person, place, organization, other)
glossary-skip-bad-clitics = clitics must be true or false, not “{ $detail }”
glossary-skip-duplicate-in-file = the same Arabic name appears earlier in the file: { $detail }
entry-add-heading = Add a name
entry-edit-heading = Edit the name
entry-arabic = Arabic
entry-english = English (first reference)
entry-short = Second reference
entry-short-hint = e.g. Putin
entry-kind = Kind
entry-variants = Other Arabic forms
entry-deprecated = Spellings to flag
entry-one-per-line = One per line
entry-clitics = و ف ب ك ل may attach (untick for names that are common words, such as أمل)
entry-not = Never match these forms
entry-notes = Notes
entry-dates = Added { $added } · changed { $changed }
entry-save = Save
entry-unverified = A romanisation nobody has checked: verify the spelling.

## Names in the editor
name-insert-hint = Click to insert “{ $form }”
name-insert-hint-key = Click, or press { $key } in the translation, to insert “{ $form }”
names-occurrences = ×{ $count }
names-candidates = { $count ->
    [0] Names not in the glossary: none found
   *[other] { PLURAL($count) ->
        [one] One name not in the glossary
       *[other] { $count } names not in the glossary
    }
}
names-no-candidates = No likely names outside the glossary.
names-unverified = unverified
names-show = Show
names-add = Add…
names-add-selection = Add to glossary…
shortcut-insert-name = Insert the first, second … name of the segment in English
shortcut-add-name = Add the selected source words to the glossary

## Spell check of the English (SpellLayer, SpellSettings)
spell-label = Spell check
spell-en-us = US spelling
spell-en-gb = UK spelling
spell-off = No spell check
spell-menu-label = Spelling suggestions for “{ $word }”
spell-loading = Looking for suggestions…
spell-no-suggestions = No suggestions
spell-add = Add to dictionary
spell-ignore = Ignore
shortcut-spell = Spelling suggestions for the word at the caret

## View: zoom, each pane's text size, theme (features/settings/ViewSettings.svelte)

view-open = View
view-heading = View
view-zoom = Zoom (whole window)
view-source-size = Arabic text
view-target-size = English text
view-smaller = Smaller
view-bigger = Bigger
view-reset = Reset
view-zoom-out = Zoom out ({ $keys })
view-zoom-in = Zoom in ({ $keys })
view-zoom-reset = Back to 100% ({ $keys })
view-percent = { $percent }%
view-zoom-indicator = Zoom: click for 100%
view-theme = Theme
view-theme-system = As the system
view-theme-light = Light
view-theme-dark = Dark
shortcut-zoom-in = Zoom in (the whole window)
shortcut-zoom-out = Zoom out
shortcut-zoom-reset = Zoom back to 100%
