//! Findings as data: severity, rule, message, place in a file; shared by loading and lint.

use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use serde::Serialize;

use crate::declaration::source_map::{LineStarts, SourceMap};
use crate::declaration::tree::Tree;

/// A declaration file as read, with what is needed to point into it.
pub struct SourceFile {
    /// The path as the user gave it (or as found under a folder they gave).
    pub path: PathBuf,
    pub text: String,
    /// Where each path of a declaration is, made on first use ([`SourceFile::map`]).
    map: OnceLock<SourceMap>,
    pub lines: LineStarts,
}

impl SourceFile {
    /// Any other text (a template, a locale, a file that is not valid YAML text): diagnostics
    /// point at byte offsets only, so no YAML pass is needed.
    pub fn plain(path: PathBuf, text: String) -> SourceFile {
        SourceFile {
            path,
            lines: LineStarts::new(&text),
            text,
            map: OnceLock::from(SourceMap::default()),
        }
    }

    /// A declaration's text, already parsed: its source map is made when a diagnostic is first
    /// placed in it. Most declarations of a run get none, and the map (a path for every node)
    /// cost a tenth of a lint; the text is parsed again then, to the same tree.
    pub fn declaration(path: PathBuf, text: String, lines: LineStarts) -> SourceFile {
        SourceFile {
            path,
            text,
            map: OnceLock::new(),
            lines,
        }
    }

    /// Where each path of the file is (empty for a file that is not a declaration).
    pub fn map(&self) -> &SourceMap {
        self.map
            .get_or_init(|| SourceMap::build(&Tree::parse(&self.text, &self.lines)))
    }

    /// A file whose text could not be read: diagnostics point at the file only.
    pub fn unread(path: PathBuf) -> SourceFile {
        SourceFile::plain(path, String::new())
    }

    /// The path as it may be printed (see [`crate::files::shown`]).
    pub fn display(&self) -> String {
        crate::files::shown(&self.path)
    }
}

impl fmt::Debug for SourceFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SourceFile")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding. Keeps a byte offset; line and column are computed when printed.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// Lint rule id, or `load` for input that cannot be read or parsed.
    pub code: String,
    pub severity: Severity,
    pub message: String,
    /// The article(s) the finding is about, e.g. `Art. 13(1)(c)`.
    pub article: Option<String>,
    pub help: Option<String>,
    pub file: Option<Arc<SourceFile>>,
    pub offset: Option<usize>,
    /// The declaration path the finding is about (`purposes[1].legal_basis`), when there is one.
    pub path: Option<String>,
    /// Set when an entry of the declaration's `lint.allow` accepts this finding.
    pub allowed: Option<Allowed>,
}

/// The `lint.allow` entry that accepts a finding, in the finding's own file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Allowed {
    pub reason: String,
    /// The entry's path, `lint.allow[2]`.
    pub path: String,
    /// The entry's byte offset.
    pub offset: usize,
}

impl Diagnostic {
    pub fn error(code: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code: code.into(),
            severity: Severity::Error,
            message: message.into(),
            article: None,
            help: None,
            file: None,
            offset: None,
            path: None,
            allowed: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn in_file(mut self, file: &Arc<SourceFile>, offset: Option<usize>) -> Diagnostic {
        self.file = Some(Arc::clone(file));
        self.offset = offset;
        self
    }

    /// Whether the finding counts: it is not accepted by a `lint.allow` entry.
    pub fn is_active(&self) -> bool {
        self.allowed.is_none()
    }

    /// 1-based (line, column) when the finding has a place in a file.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        let file = self.file.as_ref()?;
        Some(file.lines.line_col(&file.text, self.offset?))
    }
}

/// Sorts findings by file, then position, then rule: output order does not depend on rule order.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        fn path(d: &Diagnostic) -> Option<&std::path::Path> {
            d.file.as_ref().map(|f| f.path.as_path())
        }
        path(a)
            .cmp(&path(b))
            .then(a.offset.cmp(&b.offset))
            .then(a.code.cmp(&b.code))
    });
}
