//! Checks on a translation. Every check reports [`Issue`]s of one shape: what was found (an
//! [`IssueKind`], with a stable id like [`crate::Error::kind`]), the check it belongs to (a
//! [`Check`], which the translator may switch off), how serious it is, where (the segment, and
//! spans of its source and target in UTF-16 code units, which the UI indexes by), and the
//! arguments of its message as data, always with `found` and `expected`. There is no interface
//! text here: a shell shows the Fluent message named after the kind (`qa-<kind>`), with the
//! arguments as its variables.
//!
//! [`run::check_article`] runs every check that is on over an article; the checks themselves:
//! [`names`] (the glossary), [`numbers`], [`dates`], [`form`] (punctuation and form),
//! [`spelling`], [`consistency`].
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub mod consistency;
pub mod dates;
pub mod form;
pub mod names;
pub mod numbers;
pub mod run;
pub mod spelling;

/// How serious an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Worth a look.
    Info,
    /// Probably wrong.
    Warning,
    /// Wrong by the house's rules (a spelling the glossary forbids).
    Error,
}

/// A check, as the translator switches it on and off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    Names,
    Numbers,
    Dates,
    Punctuation,
    Spelling,
    Consistency,
}

impl Check {
    pub const ALL: [Check; 6] =
        [Check::Names, Check::Numbers, Check::Dates, Check::Punctuation, Check::Spelling, Check::Consistency];

    pub fn as_str(self) -> &'static str {
        match self {
            Check::Names => "names",
            Check::Numbers => "numbers",
            Check::Dates => "dates",
            Check::Punctuation => "punctuation",
            Check::Spelling => "spelling",
            Check::Consistency => "consistency",
        }
    }

    pub fn parse(s: &str) -> Option<Check> {
        Check::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// What a check found. The order is the order of issues within a segment. Every kind has the
/// arguments `found` and `expected` (either may be empty: nothing found, nothing to expect);
/// those listed are the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum IssueKind {
    /// A glossary name is in the source but neither of its English forms is in the
    /// translation (`found`: another spelling that aligns with the Arabic). Also `entry`,
    /// `arabic`, and `variant`: "found" or "none".
    NameMissing,
    /// The translation uses a spelling the glossary deprecates (Kiev). Also `entry`, `arabic`.
    NameDeprecated,
    /// A name is rendered differently here than elsewhere in the article. Also `entry`,
    /// `arabic`.
    NameInconsistent,
    /// A number of the Arabic is not in the English (`expected`: its value in English digits).
    NumberMissing,
    /// A number of the Arabic has another value in the English.
    NumberChanged,
    /// The English has a number the Arabic does not.
    NumberExtra,
    /// A month, weekday or Hijri month of the Arabic is not in the English.
    DateMissing,
    /// The English has another month (weekday) where the Arabic has this one.
    DateChanged,
    /// A weekday contradicts the full date beside it (`found` the weekday, `expected` the
    /// date's). Also `side`: "source" or "target".
    WeekdayContradicts,
    /// Arabic punctuation (، ؛ ؟ « ») left in the English.
    ArabicPunctuation,
    /// The Arabic asks a question (؟) and the English does not.
    QuestionMissing,
    /// A quotation mark or bracket opened and not closed in the paragraph, or closed and not
    /// opened, where the Arabic's are balanced.
    Unbalanced,
    /// Two spaces in a row, or a space at the start or end.
    Spaces,
    /// Arabic letters left in the English.
    ArabicLetters,
    /// The translation is the source, copied.
    SameAsSource,
    /// A confirmed segment whose translation is empty.
    EmptyConfirmed,
    /// The translation is far longer or shorter than the article's translations usually are
    /// (`ratio`, `usual`: lengths relative to the source, in percent; `found` and `expected`
    /// are empty, so that ignoring it lasts through edits).
    LengthRatio,
    /// A word the dictionary does not know (`expected`: its first suggestion). Also `variant`:
    /// "suggestion" or "none".
    Misspelling,
    /// The same Arabic is translated another way elsewhere in the article (`expected`: the
    /// first translation; `other`: that segment's number, from 1).
    TranslatedTwoWays,
    /// The memory has this Arabic translated another way (`expected`: the memory's English).
    MemoryDiffers,
    /// The same English translates another Arabic elsewhere in the article (`expected`: that
    /// Arabic; `other`: its segment's number, from 1).
    SameEnglishTwoSources,
    /// An inline code of the source (a tag of an XLIFF file) is not in the translation
    /// (`expected`: its number).
    CodeMissing,
    /// The translation has an inline code more often than the source (`found`: its number).
    CodeExtra,
    /// The translation has the source's inline codes in another order (`expected`: the
    /// source's order, `found`: the translation's, as numbers).
    CodeOrder,
}

impl IssueKind {
    /// The stable id of the kind (`name-missing`): the shells' message is `qa-<id>`.
    pub fn as_str(self) -> &'static str {
        match self {
            IssueKind::NameMissing => "name-missing",
            IssueKind::NameDeprecated => "name-deprecated",
            IssueKind::NameInconsistent => "name-inconsistent",
            IssueKind::NumberMissing => "number-missing",
            IssueKind::NumberChanged => "number-changed",
            IssueKind::NumberExtra => "number-extra",
            IssueKind::DateMissing => "date-missing",
            IssueKind::DateChanged => "date-changed",
            IssueKind::WeekdayContradicts => "weekday-contradicts",
            IssueKind::ArabicPunctuation => "arabic-punctuation",
            IssueKind::QuestionMissing => "question-missing",
            IssueKind::Unbalanced => "unbalanced",
            IssueKind::Spaces => "spaces",
            IssueKind::ArabicLetters => "arabic-letters",
            IssueKind::SameAsSource => "same-as-source",
            IssueKind::EmptyConfirmed => "empty-confirmed",
            IssueKind::LengthRatio => "length-ratio",
            IssueKind::Misspelling => "misspelling",
            IssueKind::TranslatedTwoWays => "translated-two-ways",
            IssueKind::MemoryDiffers => "memory-differs",
            IssueKind::SameEnglishTwoSources => "same-english-two-sources",
            IssueKind::CodeMissing => "code-missing",
            IssueKind::CodeExtra => "code-extra",
            IssueKind::CodeOrder => "code-order",
        }
    }

    /// The check the kind belongs to.
    pub fn check(self) -> Check {
        use IssueKind::*;
        match self {
            NameMissing | NameDeprecated | NameInconsistent => Check::Names,
            NumberMissing | NumberChanged | NumberExtra => Check::Numbers,
            DateMissing | DateChanged | WeekdayContradicts => Check::Dates,
            ArabicPunctuation | QuestionMissing | Unbalanced | Spaces | ArabicLetters | SameAsSource
            | EmptyConfirmed | LengthRatio | CodeMissing | CodeExtra | CodeOrder => Check::Punctuation,
            Misspelling => Check::Spelling,
            TranslatedTwoWays | MemoryDiffers | SameEnglishTwoSources => Check::Consistency,
        }
    }

    pub fn parse(s: &str) -> Option<IssueKind> {
        IssueKind::ALL.iter().copied().find(|k| k.as_str() == s)
    }

    /// Every kind (the locales have a message for each).
    pub const ALL: &'static [IssueKind] = &[
        IssueKind::NameMissing,
        IssueKind::NameDeprecated,
        IssueKind::NameInconsistent,
        IssueKind::NumberMissing,
        IssueKind::NumberChanged,
        IssueKind::NumberExtra,
        IssueKind::DateMissing,
        IssueKind::DateChanged,
        IssueKind::WeekdayContradicts,
        IssueKind::ArabicPunctuation,
        IssueKind::QuestionMissing,
        IssueKind::Unbalanced,
        IssueKind::Spaces,
        IssueKind::ArabicLetters,
        IssueKind::SameAsSource,
        IssueKind::EmptyConfirmed,
        IssueKind::LengthRatio,
        IssueKind::Misspelling,
        IssueKind::TranslatedTwoWays,
        IssueKind::MemoryDiffers,
        IssueKind::SameEnglishTwoSources,
        IssueKind::CodeMissing,
        IssueKind::CodeExtra,
        IssueKind::CodeOrder,
    ];
}

/// A span of a segment's source or target, in UTF-16 code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// An argument of an issue's message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl Arg {
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Arg::Text(s) => Some(s),
            Arg::Number(_) => None,
        }
    }

    pub fn as_number(&self) -> Option<i64> {
        match self {
            Arg::Number(n) => Some(*n),
            Arg::Text(_) => None,
        }
    }
}

/// One problem found in a translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Issue {
    pub kind: IssueKind,
    /// The check of the kind (serialised for the shells' filters).
    pub check: Check,
    pub severity: Severity,
    pub segment_id: i64,
    /// The segment's position in the article.
    pub position: i64,
    /// Where in the source, if the issue points at something there (the name).
    pub source: Vec<Span>,
    /// Where in the target, if the issue points at something there (a spelling).
    pub target: Vec<Span>,
    /// The message's arguments, by name (see [`IssueKind`]).
    #[ts(type = "Record<string, string | number>")]
    pub args: BTreeMap<&'static str, Arg>,
    /// Set aside by the translator ("ignore this one"), remembered by [`Issue::key`].
    pub ignored: bool,
}

impl Issue {
    /// An issue of `kind` in `segment`, with `found` and `expected`.
    pub fn new(
        kind: IssueKind,
        severity: Severity,
        segment_id: i64,
        position: i64,
        found: &str,
        expected: &str,
    ) -> Issue {
        Issue {
            kind,
            check: kind.check(),
            severity,
            segment_id,
            position,
            source: Vec::new(),
            target: Vec::new(),
            args: BTreeMap::from([("found", Arg::Text(found.into())), ("expected", Arg::Text(expected.into()))]),
            ignored: false,
        }
    }

    /// The stable id of the issue's kind (`name-missing`), as [`crate::Error::kind`] is of an
    /// error's.
    pub fn kind(&self) -> &'static str {
        self.kind.as_str()
    }

    /// The argument `name`, if the issue has it.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.get(name)
    }

    /// The argument `name` as text ("" when absent).
    pub fn text(&self, name: &str) -> &str {
        self.arg(name).and_then(Arg::as_text).unwrap_or("")
    }

    /// What was found (may be empty).
    pub fn found(&self) -> &str {
        self.text("found")
    }

    /// What was expected (may be empty).
    pub fn expected(&self) -> &str {
        self.text("expected")
    }

    /// What an "ignore" remembers within its segment: the kind, what was found and what was
    /// expected. An edit elsewhere in the segment keeps the issue ignored; a new figure makes
    /// it a new issue.
    pub fn key(&self) -> String {
        format!("{}\u{1f}{}\u{1f}{}", self.kind(), self.found(), self.expected())
    }

    pub(crate) fn with_arg(mut self, name: &'static str, value: Arg) -> Issue {
        self.args.insert(name, value);
        self
    }

    pub(crate) fn at_source(mut self, span: Span) -> Issue {
        self.source.push(span);
        self
    }

    pub(crate) fn at_target(mut self, span: Span) -> Issue {
        self.target.push(span);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_issue_serialises_with_its_arguments_as_data() {
        let issue = Issue::new(IssueKind::NameDeprecated, Severity::Error, 7, 3, "Kiev", "Kyiv")
            .with_arg("entry", Arg::Number(2))
            .with_arg("arabic", Arg::Text("كييف".into()))
            .at_target(Span { start: 10, end: 14 });
        assert_eq!(issue.kind(), "name-deprecated");
        assert_eq!(issue.arg("entry").and_then(Arg::as_number), Some(2));
        assert_eq!((issue.found(), issue.expected()), ("Kiev", "Kyiv"));
        assert_eq!(
            serde_json::to_string(&issue).unwrap(),
            r#"{"kind":"name-deprecated","check":"names","severity":"error","segmentId":7,"position":3,"source":[],"target":[{"start":10,"end":14}],"args":{"arabic":"كييف","entry":2,"expected":"Kyiv","found":"Kiev"},"ignored":false}"#
        );
        // Each kind's id is the kebab-case of its name, as serialised, and parses back.
        for kind in IssueKind::ALL {
            assert_eq!(serde_json::to_string(kind).unwrap(), format!("\"{}\"", kind.as_str()));
            assert_eq!(IssueKind::parse(kind.as_str()), Some(*kind));
        }
        for check in Check::ALL {
            assert_eq!(serde_json::to_string(&check).unwrap(), format!("\"{}\"", check.as_str()));
            assert!(IssueKind::ALL.iter().any(|k| k.check() == check), "{check:?} has no kind");
        }
    }

    #[test]
    fn the_ignore_key_is_the_kind_and_what_was_found_and_expected() {
        let a = Issue::new(IssueKind::NumberChanged, Severity::Warning, 1, 0, "7.2", "2.7");
        let b = Issue::new(IssueKind::NumberChanged, Severity::Warning, 1, 0, "7.3", "2.7");
        let c = Issue::new(IssueKind::NumberExtra, Severity::Warning, 1, 0, "7.2", "2.7");
        assert_ne!(a.key(), b.key());
        assert_ne!(a.key(), c.key());
        assert_eq!(a.key(), a.clone().at_target(Span { start: 0, end: 3 }).key());
    }
}
