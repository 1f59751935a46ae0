//! Checks on a translation. Every check reports [`Issue`]s of one shape: what was found (an
//! [`IssueKind`], with a stable id like [`crate::Error::kind`]), how serious it is, where (the
//! segment, and spans of its source and target in UTF-16 code units, which the UI indexes
//! by), and the arguments of its message as data. There is no interface text here: a shell
//! shows the Fluent message named after the kind, with the arguments as its variables.
//!
//! The name checks ([`names`]) are the first kind.
use std::collections::BTreeMap;

use serde::Serialize;

pub mod names;
pub mod numbers;

/// How serious an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Worth a look.
    Info,
    /// Probably wrong.
    Warning,
    /// Wrong by the house's rules (a spelling the glossary forbids).
    Error,
}

/// What a check found. The order is the order of issues within a segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IssueKind {
    /// A glossary name is in the source but neither of its English forms is in the
    /// translation. Arguments: `entry`, `arabic`, `expected`, and `found` when the
    /// translation has another spelling that aligns with the Arabic.
    NameMissing,
    /// The translation uses a spelling the glossary deprecates (Kiev). Arguments: `entry`,
    /// `arabic`, `expected` (the house form), `found` (the spelling as typed).
    NameDeprecated,
    /// A name is rendered differently here than elsewhere in the article. Arguments: `entry`,
    /// `arabic`, `expected` (the article's rendering), `found` (this one).
    NameInconsistent,
}

impl IssueKind {
    /// The stable id of the kind (`name-missing`): the shells' message is `qa-<id>`.
    pub fn as_str(self) -> &'static str {
        match self {
            IssueKind::NameMissing => "name-missing",
            IssueKind::NameDeprecated => "name-deprecated",
            IssueKind::NameInconsistent => "name-inconsistent",
        }
    }

    /// Every kind (for a locale completeness test once the shells show them).
    pub const ALL: &'static [IssueKind] =
        &[IssueKind::NameMissing, IssueKind::NameDeprecated, IssueKind::NameInconsistent];
}

/// A span of a segment's source or target, in UTF-16 code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Issue {
    pub kind: IssueKind,
    pub severity: Severity,
    pub segment_id: i64,
    /// The segment's position in the article.
    pub position: i64,
    /// Where in the source, if the issue points at something there (the name).
    pub source: Vec<Span>,
    /// Where in the target, if the issue points at something there (a spelling).
    pub target: Vec<Span>,
    /// The message's arguments, by name (see [`IssueKind`]).
    pub args: BTreeMap<&'static str, Arg>,
}

impl Issue {
    /// The stable id of the issue's kind (`name-missing`), as [`crate::Error::kind`] is of an
    /// error's.
    pub fn kind(&self) -> &'static str {
        self.kind.as_str()
    }

    /// The argument `name`, if the issue has it.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.get(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_issue_serialises_with_its_arguments_as_data() {
        let issue = Issue {
            kind: IssueKind::NameDeprecated,
            severity: Severity::Error,
            segment_id: 7,
            position: 3,
            source: vec![],
            target: vec![Span { start: 10, end: 14 }],
            args: BTreeMap::from([
                ("entry", Arg::Number(2)),
                ("arabic", Arg::Text("كييف".into())),
                ("expected", Arg::Text("Kyiv".into())),
                ("found", Arg::Text("Kiev".into())),
            ]),
        };
        assert_eq!(issue.kind(), "name-deprecated");
        assert_eq!(issue.arg("entry").and_then(Arg::as_number), Some(2));
        assert_eq!(
            serde_json::to_string(&issue).unwrap(),
            r#"{"kind":"name-deprecated","severity":"error","segmentId":7,"position":3,"source":[],"target":[{"start":10,"end":14}],"args":{"arabic":"كييف","entry":2,"expected":"Kyiv","found":"Kiev"}}"#
        );
        // Each kind's id is the kebab-case of its name, as serialised.
        for kind in IssueKind::ALL {
            assert_eq!(serde_json::to_string(kind).unwrap(), format!("\"{}\"", kind.as_str()));
        }
    }
}
