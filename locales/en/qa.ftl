## The QA checks: what each issue says (qa-<kind>, with $found and $expected), the checks'
## names, and the command line's report. Shared by the app and `dragoman qa`.

qa-name-missing = { $variant ->
    [found] “{ $found }” where the house spelling is “{ $expected }”.
   *[none] The translation does not have “{ $expected }”.
}
qa-name-deprecated = “{ $found }” is an old spelling: the house writes “{ $expected }”.
qa-name-inconsistent = “{ $found }” here, “{ $expected }” elsewhere in the article.
qa-number-missing = The number { $expected } is not in the translation.
qa-number-changed = “{ $found }” where the Arabic has { $expected }.
qa-number-extra = “{ $found }” is not in the Arabic.
qa-date-missing = “{ $expected }” is not in the translation.
qa-date-changed = “{ $found }” where the Arabic has { $expected }.
qa-weekday-contradicts = { $side ->
    [source] The Arabic says “{ $found }”, but its date falls on a { $expected }.
   *[target] “{ $found }”, but the date falls on a { $expected }.
}
qa-arabic-punctuation = Arabic “{ $found }” in the English: write “{ $expected }”.
qa-question-missing = The Arabic asks a question; the translation has no question mark.
qa-unbalanced = “{ $found }” without its “{ $expected }” in the paragraph.
qa-spaces = { $found ->
    [double] Two spaces in a row.
    [start] A space at the start.
   *[end] A space at the end.
}
qa-arabic-letters = Arabic left in the English: { $found }
qa-same-as-source = The translation is the Arabic, copied.
qa-empty-confirmed = Confirmed, but the translation is empty.
qa-length-ratio = The translation is { $ratio } of the Arabic’s length; in this article it is usually { $usual }.
qa-misspelling = { $variant ->
    [suggestion] “{ $found }” is not in the dictionary: “{ $expected }”?
   *[none] “{ $found }” is not in the dictionary.
}
qa-translated-two-ways = The same Arabic is “{ $expected }” in segment { $other }.
qa-memory-differs = The memory has this Arabic as “{ $expected }”.
qa-same-english-two-sources = Segment { $other } has the same English for other Arabic.

qa-check-names = Names
qa-check-numbers = Numbers
qa-check-dates = Dates
qa-check-punctuation = Punctuation and form
qa-check-spelling = Spelling
qa-check-consistency = Consistency

## `dragoman qa`
cli-qa-line = Segment { $segment } ({ $kind }): { $message }
cli-qa-none = No issues.
cli-qa-count = { $count ->
    [0] No issues.
   *[other] { PLURAL($count) ->
        [one] One issue.
       *[other] { $count } issues.
    }
}
cli-qa-ignored = { PLURAL($count) ->
    [one] One more was set aside in the app.
   *[other] { $count } more were set aside in the app.
}
cli-qa-no-dictionary = The spelling check did not run: no { $variant } dictionary is installed (the { $package } package).
qa-code-missing = Tag { $expected } of the source is missing from the translation.
qa-code-extra = Tag { $found } is in the translation more often than in the source.
qa-code-order = The tags are in another order than in the source ({ $found } instead of { $expected }).
