## The checks in the window: the editor's Checks button and panel (ui/src/features/qa), its
## settings, and the export dialog's list of open issues. What each issue says is qa.ftl's
## (qa-<kind>), and the checks' names too (qa-check-<check>).

qa-open = Checks
# The toolbar button's name for screen readers, with the count it shows.
qa-open-label = { $count ->
    [0] Checks: nothing to fix
   *[other] { PLURAL($count) ->
        [one] Checks: one issue to look at
       *[other] Checks: { $count } issues to look at
    }
}
qa-heading = Checks
qa-filters = Which checks to show
qa-filter-all = All
qa-filter-off = Switched off in the settings
qa-count = { $count ->
    [0] Nothing to fix
   *[other] { PLURAL($count) ->
        [one] One issue to look at
       *[other] { $count } issues to look at
    }
}
qa-nothing = Nothing to fix.
qa-check-is-off = This check is switched off.
qa-severity-error = Wrong by the house rules
qa-severity-warning = Probably wrong
qa-severity-info = Worth a look
qa-issue-go = Go to segment { $number }
qa-ignore = Ignore
qa-ignore-title = Set this aside: it is no longer counted, and the export does not warn of it
qa-restore = Restore
qa-ignored = Ignored ({ $count })
qa-no-dictionary = Spelling is not checked: the English dictionary is not installed (the hunspell-en-us or hunspell-en-gb package).
qa-checking = Checking…

## The checks' settings
qa-settings-open = Settings
qa-settings-heading = Check settings
qa-settings-checks = Checks to run
qa-settings-numbers = How the English writes numbers
qa-number-style-point = 1,234.5
qa-number-style-point-hint = thousands with a comma, decimals with a point
qa-number-style-comma = 1 234,5
qa-number-style-comma-hint = thousands with a space, decimals with a comma
qa-settings-saved = Saved. The checks run again.

## The export dialog
qa-export-more = { PLURAL($count) ->
    [one] and one more
   *[other] and { $count } more
}

shortcut-qa = Show or hide the checks panel
