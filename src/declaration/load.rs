//! Finding declaration files and reading them into typed declarations, with precise errors.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use walkdir::WalkDir;

use super::model::Declaration;
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::suggest::did_you_mean;

/// A larger declaration is almost certainly not one: refuse it before reading it into memory.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// Bounds the work of one run; a repository with more notices than this is not a case we know.
pub const MAX_FILES: usize = 10_000;

/// One declaration, read and parsed.
#[derive(Debug)]
pub struct Loaded {
    pub file: Arc<SourceFile>,
    pub declaration: Declaration,
}

/// The `*.yaml` / `*.yml` files named by `paths` (files as given, folders searched), sorted
/// within each folder so runs are reproducible.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Diagnostic> {
    let mut files = Vec::new();
    for root in paths {
        let meta = std::fs::metadata(root).map_err(|e| {
            Diagnostic::error(
                "load",
                format!("cannot read `{}`: {}", root.display(), io_reason(&e)),
            )
            .with_help("give a declaration file or a folder that contains `*.yaml` files")
        })?;
        if meta.is_file() {
            files.push(root.clone());
            continue;
        }
        let mut found = Vec::new();
        for entry in WalkDir::new(root).follow_links(true).sort_by_file_name() {
            let entry = entry.map_err(|e| {
                let place = e
                    .path()
                    .map_or_else(|| root.display().to_string(), |p| p.display().to_string());
                let why = if e.loop_ancestor().is_some() {
                    "a symbolic link loops back to a folder above it".to_owned()
                } else {
                    e.io_error().map_or_else(|| e.to_string(), io_reason)
                };
                Diagnostic::error("load", format!("cannot search `{place}`: {why}"))
                    .with_help("remove the link or make the folder readable")
            })?;
            let p = entry.path();
            let is_yaml = matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"));
            if entry.file_type().is_file() && is_yaml && !is_hidden(p, root) {
                found.push(p.to_path_buf());
            }
        }
        if found.is_empty() {
            return Err(Diagnostic::error(
                "load",
                format!(
                    "no declarations in `{}`: it has no `*.yaml` or `*.yml` file",
                    root.display()
                ),
            )
            .with_help(
                "add a declaration (see README, \"The declaration format\") or give another path",
            ));
        }
        files.extend(found);
    }
    if files.len() > MAX_FILES {
        return Err(Diagnostic::error(
            "load",
            format!(
                "{} declaration files found; the limit is {MAX_FILES} per run",
                files.len()
            ),
        )
        .with_help("run notice on fewer folders at a time"));
    }
    Ok(files)
}

/// Dot-folders (`.git`, `.notice-staging…`) are never declarations.
fn is_hidden(path: &Path, root: &Path) -> bool {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .any(|c| c.as_os_str().to_str().is_some_and(|s| s.starts_with('.')))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Reads and parses one declaration file.
pub fn load(path: &Path) -> Result<Loaded, Diagnostic> {
    let unread = || Arc::new(SourceFile::unread(path.to_path_buf()));
    let fail = |msg: String, help: &str| {
        Diagnostic::error("load", msg)
            .with_help(help)
            .in_file(&unread(), None)
    };
    let size = std::fs::metadata(path)
        .map_err(|e| {
            fail(
                format!("cannot read the file: {}", io_reason(&e)),
                "check the path and its permissions",
            )
        })?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(fail(
            format!(
                "the file is {size} bytes; a declaration may be at most {MAX_FILE_BYTES} bytes (1 MiB)"
            ),
            "split it into one declaration per notice, or remove what is not a declaration",
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        fail(
            format!("cannot read the file: {}", io_reason(&e)),
            "check the path and its permissions",
        )
    })?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let valid = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
            let file = Arc::new(SourceFile::new(path.to_path_buf(), valid));
            return Err(Diagnostic::error(
                "load",
                format!("the file is not valid UTF-8 (byte {at} is not)"),
            )
            .with_help("save the file as UTF-8 in your editor")
            .in_file(&file, Some(at)));
        }
    };
    // A UTF-8 byte-order mark is what some editors write; it is not content.
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text);
    parse(path.to_path_buf(), text)
}

/// Parses declaration text (the part of [`load`] after reading, also used by tests and fuzzing).
pub fn parse(path: PathBuf, text: String) -> Result<Loaded, Diagnostic> {
    if text.trim().is_empty()
        || text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        let file = Arc::new(SourceFile::new(path, text));
        return Err(Diagnostic::error(
            "load",
            "the file is empty: a declaration needs at least a `notice:` section",
        )
        .with_help("start from the complete example in README.md or notices/")
        .in_file(&file, Some(0)));
    }
    match serde_yaml::from_str::<Declaration>(&text) {
        Ok(declaration) => Ok(Loaded {
            file: Arc::new(SourceFile::new(path, text)),
            declaration,
        }),
        Err(e) => {
            let file = Arc::new(SourceFile::new(path, text));
            let offset = e.location().map(|l| l.index());
            Err(explain(&e, offset).in_file(&file, offset))
        }
    }
}

/// Turns a serde_yaml error into a message and a fix hint.
fn explain(e: &serde_yaml::Error, offset: Option<usize>) -> Diagnostic {
    let mut msg = e.to_string();
    // The position is printed by the diagnostic itself.
    if let Some(i) = msg.rfind(" at line ")
        && offset.is_some()
    {
        msg.truncate(i);
    }
    let help = if let Some(rest) = msg
        .split("expected one of ")
        .nth(1)
        .or_else(|| msg.split("expected ").nth(1))
    {
        let candidates: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
        let found = msg.split('`').nth(1).unwrap_or("");
        match did_you_mean(found, candidates.iter().copied()) {
            Some(s) if msg.contains("unknown") => format!("did you mean `{s}`?"),
            _ if msg.contains("unknown field") => {
                "remove it, or check its spelling against the format reference in README.md"
                    .to_owned()
            }
            _ => "see the format reference in README.md for what this field takes".to_owned(),
        }
    } else if msg.contains("mapping values are not allowed") {
        "a value that contains `: ` must be quoted: put it in double quotes, or write it as a block after `|`".to_owned()
    } else if msg.contains("duplicate") {
        "each key may appear only once in a mapping: remove or merge the repeated one".to_owned()
    } else if msg.contains("missing field") {
        "add the field (see the format reference in README.md)".to_owned()
    } else if msg.contains("recursion limit") || msg.contains("repetition limit") {
        "the file is nested or aliased too deeply to be a declaration: simplify it".to_owned()
    } else if msg.contains("invalid type") {
        "see the format reference in README.md for what this field takes".to_owned()
    } else {
        "fix the YAML syntax at this place (indentation, a missing `:` or quote)".to_owned()
    };
    Diagnostic::error("load", msg).with_help(help)
}
