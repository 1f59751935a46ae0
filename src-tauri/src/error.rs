//! The one error type that crosses the IPC boundary: `{ "kind": …, "message": … }`.
//!
//! `kind` picks the Fluent message `error-<kind>` that the window shows; `message` is the
//! developer-facing detail, for the log and the console.
use dragoman_core::ErrorKind;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct IpcError {
    pub kind: ErrorKind,
    pub message: String,
    /// The Fluent arguments of `error-<kind>` (a line number, a column's name).
    pub args: std::collections::BTreeMap<String, String>,
}

impl IpcError {
    pub fn internal(message: impl Into<String>) -> Self {
        IpcError { kind: ErrorKind::Internal, message: message.into(), args: Default::default() }
    }
}

impl From<dragoman_core::Error> for IpcError {
    fn from(e: dragoman_core::Error) -> Self {
        let args = e.args().into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        IpcError { kind: e.kind(), message: e.to_string(), args }
    }
}

impl std::fmt::Display for IpcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_kind_and_message() {
        let e = IpcError::from(dragoman_core::Error::ArticleNotFound(7));
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"kind":"not-found","message":"article 7 does not exist","args":{}}"#
        );
        let e = IpcError::from(dragoman_core::Error::EmptyText);
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({ "kind": "empty-text", "message": "the text to import is empty", "args": {} })
        );
    }
}
