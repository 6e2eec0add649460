//! Draft previews: what `build --draft` adds to a notice — a banner, and the findings of lint.

use std::sync::Arc;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Severity};

/// The lint findings a draft of one declaration lists at its end, in the order lint prints
/// them. Shared by every language and format of the declaration.
pub type Draft = Arc<Vec<DraftFinding>>;

/// One finding, as lint prints it (in English: the findings are the tool's, not the notice's).
/// Plain text: the Markdown template escapes it as it does every value.
#[derive(Clone, Debug, Serialize, PartialEq, Eq, schemars::JsonSchema)]
pub struct DraftFinding {
    /// `error`, `warning` or `note`.
    pub severity: &'static str,
    pub rule: String,
    pub article: Option<String>,
    /// `file:line:col`, or the file alone, as lint prints it.
    pub place: Option<String>,
    pub message: String,
    pub help: Option<String>,
}

/// The draft of a declaration from its findings: those an allow entry accepts are left out,
/// as lint leaves them out of its list.
pub fn draft(findings: &[&Diagnostic]) -> Draft {
    Arc::new(
        findings
            .iter()
            .filter(|d| d.is_active())
            .map(|d| DraftFinding {
                severity: d.severity.as_str(),
                rule: d.code.clone(),
                article: d.article.clone(),
                place: d.file.as_ref().map(|f| {
                    let file = crate::files::shown(&f.path);
                    match d.line_col() {
                        Some((line, col)) => format!("{file}:{line}:{col}"),
                        None => file,
                    }
                }),
                message: d.message.clone(),
                help: d.help.clone(),
            })
            .collect(),
    )
}

/// The view of a draft the templates print, and the JSON output states: its findings and
/// their count per severity.
#[derive(Serialize, schemars::JsonSchema)]
pub struct DraftView {
    pub findings: Vec<DraftFinding>,
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

impl DraftView {
    pub fn new(draft: &Draft) -> DraftView {
        let count = |s: Severity| draft.iter().filter(|f| f.severity == s.as_str()).count();
        DraftView {
            findings: draft.to_vec(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            notes: count(Severity::Note),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_findings_are_left_out_and_severities_counted() {
        let shown = Diagnostic::error("N401", "no country").with_help("add `country`");
        let mut allowed = Diagnostic::error("N402", "accepted");
        allowed.allowed = Some(crate::diagnostic::Allowed {
            reason: "known".into(),
            path: "lint.allow[0]".into(),
            offset: 0,
        });
        let d = draft(&[&shown, &allowed]);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].rule, "N401");
        assert_eq!(d[0].help.as_deref(), Some("add `country`"));
        assert_eq!(DraftView::new(&d).errors, 1);
    }
}
