# XLIFF coming back or coming in (issue 14): the report before an update, opening another
# tool's file, and the command line's words for them.

## The command line
cli-xliff-update = XLIFF update of article { $id } (“{ $title }”) from { $file }:
cli-xliff-counts = { $changes } to change, { $conflicts } in conflict, { $kept } changed here since the export (kept), { $unchanged } unchanged.
cli-xliff-no-base = The export this file came from is not on record, so every difference is taken as a change made in the file.
cli-xliff-missing = { PLURAL($count) ->
    [one] One unit of the file has no segment in the article any more (merged or split): { $units }.
   *[other] { $count } units of the file have no segment in the article any more (merged or split): { $units }.
}
cli-xliff-change = ~ [{ $segment }] { $what }
cli-xliff-conflict = ! [{ $segment }] conflict: here “{ $here }” ({ $hereStatus }); in the file “{ $file }” ({ $fileStatus }){ $taken ->
    [yes] ; the file’s is taken.
   *[no] ; this one is kept (--take-theirs takes the file’s).
}
cli-xliff-text = “{ $before }” → “{ $after }”
cli-xliff-status = { $before } → { $after }
cli-xliff-dry-run = Nothing changed (dry run).
cli-xliff-applied = { $count ->
    [0] Nothing to change: the article already says what the file says.
    [one] Changed one segment. The text as it was is kept as the draft “{ $draft }”.
   *[other] Changed { $count } segments. The text as it was is kept as the draft “{ $draft }”.
}
cli-xliff-new = “{ $file }” (XLIFF { $version }, { $source } → { $target }): { $segments } segments, { $translated } translated, { $codes } inline codes in { $withCodes } segments.
cli-xliff-opened = Opened “{ $title }” as article { $id } ({ $segments }).
cli-xliff-written-back = Wrote the XLIFF file back with the translations to { $path }.

## The app: the report before an update
xliff-update-title = Update from XLIFF
xliff-update-intro = “{ $file }” came back for “{ $title }”. Nothing is changed until you apply it.
xliff-update-counts = { $changes } to change · { $conflicts } in conflict · { $kept } changed here since (kept) · { $unchanged } unchanged
xliff-update-no-base = The export this file came from is not on record, so no conflict can be told apart: every difference is taken as a change made in the file.
xliff-update-changes = Changes from the file
xliff-update-conflicts = Conflicts: changed here and in the file
xliff-update-here = Here now
xliff-update-file = In the file
xliff-update-take = Take the file’s
xliff-update-segment = Segment { $n }
xliff-update-nothing = The article already says what the file says: nothing to change.
xliff-update-apply = { $count ->
    [0] Apply
    [one] Apply one change
   *[other] Apply { $count } changes
}
xliff-update-applied = { $count ->
    [0] Nothing changed.
    [one] One segment changed. The text as it was is kept as the draft “{ $draft }”.
   *[other] { $count } segments changed. The text as it was is kept as the draft “{ $draft }”.
}
xliff-update-missing = { PLURAL($count) ->
    [one] One unit of the file has no segment here any more (merged or split) and is left out.
   *[other] { $count } units of the file have no segment here any more (merged or split) and are left out.
}
xliff-empty-target = (empty)

## The app: opening another tool's file
xliff-new-summary = XLIFF { $version } from another tool, { $source } → { $target }: { $segments } segments, { $translated } already translated, { $codes } inline codes. The segments are the file’s units; the file is written back as it came, with your translations.
xliff-write-back = XLIFF, as it came (with your translations)
xliff-code-title = Tag { $n }: { $xml }
xliff-insert-code = Insert the next tag (Ctrl+Shift+T)

## The app: the editor's action, the file dialogs, the shortcuts sheet
xliff-update-open = Update from XLIFF…
xliff-update-open-title = Take the translations from an XLIFF file of this article that came back from another tool (Ctrl+Shift+X)
xliff-file-filter = XLIFF files
shortcut-xliff-update = Update the article from an XLIFF file that came back
shortcut-insert-code = Insert the next tag of the source that the translation lacks
