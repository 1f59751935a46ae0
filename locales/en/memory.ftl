## The translation memory in the editor: matches, their insertion, the analysis by match band, concordance.

memory-open = Memory
memory-heading = Memory matches
memory-no-segment = Put the caret in a segment to see its matches.
memory-none = No matches
memory-loading = Looking…
memory-score = { $score }%
memory-context = context
memory-context-title = The sentences before and after match too
memory-adapted = adapted
memory-adapted-title = Numbers or names were changed to this segment’s
memory-origin-file = File: { $origin }
memory-insert-title = Insert this translation (Ctrl+{ $number })
memory-match-label = Match { $number }, { $score }%
memory-legend-del = only in the match
memory-legend-ins = only in this segment
memory-from = from memory
memory-from-title = Filled from the memory (a 100% match). Not confirmed yet: check it, then confirm.
memory-fill = Fill from memory
memory-filled = { $count ->
    [0] No untranslated segment has a 100% match.
    [one] One segment filled from the memory.
   *[other] { $count } segments filled from the memory.
}
memory-analysis = Analysis
memory-analysis-heading = Memory analysis
memory-analysis-band = Match
memory-analysis-segments = Segments
memory-analysis-words = Words
memory-analysis-total = Total
memory-analysis-units = { $count ->
    [0] The memory is empty.
    [one] Against a memory of one unit.
   *[other] Against a memory of { $count } units.
}
memory-band-context = Context
memory-band-exact = 100%
memory-band-repetition = Repetitions
memory-band-high = 95–99%
memory-band-good = 85–94%
memory-band-fair = 75–84%
memory-band-low = 50–74%
memory-band-no-match = No match
concordance-open = Concordance
concordance-heading = Concordance
concordance-query = Look for
concordance-hint = Arabic or English words, in the memory and in every article.
concordance-none = Nothing found.
concordance-count = { $count ->
    [one] One result
   *[other] { $count } results
}
concordance-more = More results than shown: add a word to narrow the search.
concordance-kind-unit = Memory
concordance-kind-segment = Article
concordance-open-hit = Open at this segment
shortcut-insert-match = Insert the first … fifth memory match
shortcut-concordance = Concordance: look up the selected words
memory-tools = Memory tools
memory-show = Matches beside the segments
