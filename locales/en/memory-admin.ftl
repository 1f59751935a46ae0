## The translation memory's settings, TMX import and export, and what deleting and importing articles do with it.

# Deleting an article (the article list's confirmation).
delete-forget-units = Also remove its translations from the memory
delete-units-stay = The translations it added to the memory stay there.
delete-units-go = The translations it added to the memory are removed too.

# Importing an article.
import-fill-memory = Fill segments that have a 100% match from the memory

# The top bar and the memory's page.
nav-memory = Memory
memory-page-heading = Translation memory
memory-back = Back
memory-units = { $count ->
    [0] no units yet
   *[other] { PLURAL($count) ->
        [one] one unit
       *[other] { $count } units
    }
}
memory-about = Every segment you confirm is kept here with its translation, and the editor offers it again wherever the same or similar Arabic comes back. Units from TMX files come from other tools and colleagues.
memory-threshold = Lowest match shown
memory-threshold-hint = Matches scoring below this (50–100%) are not shown in the editor.
memory-import = Import TMX…
memory-export = Export TMX…
memory-tmx-filter = Translation memory (TMX)
memory-exported = { PLURAL($count) ->
    [one] One unit written to { $path }
   *[other] { $count } units written to { $path }
}

# What a TMX import did.
memory-report-heading = TMX imported
memory-report-added = { $count ->
    [0] No new units
   *[other] { PLURAL($count) ->
        [one] One new unit
       *[other] { $count } new units
    }
}
memory-report-updated = { $count ->
    [0] None updated
   *[other] { PLURAL($count) ->
        [one] One updated (a new translation from the same file)
       *[other] { $count } updated (a new translation from the same file)
    }
}
memory-report-unchanged = { $count ->
    [0] None already in the memory
   *[other] { PLURAL($count) ->
        [one] One already in the memory
       *[other] { $count } already in the memory
    }
}
memory-report-skipped = { $count ->
    [0] None skipped
   *[other] { PLURAL($count) ->
        [one] One skipped:
       *[other] { $count } skipped:
    }
}
memory-skipped-line = Line { $line }: { $reason }
memory-skipped-more = …and { $count } more.
memory-skip-no-language = neither Arabic nor English
memory-skip-no-arabic = no Arabic
memory-skip-no-english = no English
memory-skip-empty-text = no text
memory-skip-too-long = too long for a segment

# The editor's export dialog.
export-tmx = Export this article's translation units as TMX…
