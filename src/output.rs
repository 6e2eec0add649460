//! Writing outputs: paths confined to the output folder, all-or-nothing, unchanged files untouched.

use std::fs;
use std::path::{Component, Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::render::Document;

/// Prefix of the staging folders a build writes into before moving files into place.
const STAGING_PREFIX: &str = ".notice-staging-";

/// How an output on disk compares with what a build produces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Missing,
    Differs,
    Same,
}

/// What `write` did.
#[derive(Debug, Default)]
pub struct Report {
    pub written: Vec<PathBuf>,
    pub unchanged: Vec<PathBuf>,
}

/// Refuses any document path that could land outside the output folder.
fn confined(out: &Path, rel: &Path) -> Result<PathBuf, Diagnostic> {
    let ok =
        !rel.as_os_str().is_empty() && rel.components().all(|c| matches!(c, Component::Normal(_)));
    if !ok {
        return Err(Diagnostic::error(
            "output",
            format!(
                "refusing to write `{}`: outside the output folder",
                rel.display()
            ),
        )
        .with_help("notice ids must be slugs such as `acme-shop`"));
    }
    Ok(out.join(rel))
}

/// Compares every document with the file on disk.
pub fn check(out: &Path, docs: &[Document]) -> Result<Vec<(PathBuf, Status)>, Diagnostic> {
    docs.iter()
        .map(|d| {
            let path = confined(out, &d.path)?;
            let status = match fs::read(&path) {
                Ok(bytes) if bytes == d.bytes => Status::Same,
                Ok(_) => Status::Differs,
                Err(_) => Status::Missing,
            };
            Ok((path, status))
        })
        .collect()
}

/// Writes every document, or none.
///
/// All files are first written into a staging folder inside `out` (so the final renames stay
/// on one file system); only when all of them are there are they renamed into place, one
/// atomic rename each. A failure or interruption before that leaves every earlier output
/// byte-for-byte as it was; at any moment each output path holds a complete file. Files are
/// not fsynced one by one: that protects against power loss, not against a failed or killed
/// build, and made writing a few thousand files 200 times slower.
pub fn write(out: &Path, docs: &[Document]) -> Result<Report, Diagnostic> {
    let fail = |what: &str, p: &Path, e: std::io::Error| {
        Diagnostic::error("output", format!("cannot {what} `{}`: {e}", p.display())).with_help(
            "check that the output folder is writable; earlier outputs were left as they were",
        )
    };
    let mut report = Report::default();
    let mut todo = Vec::new();
    for d in docs {
        let path = confined(out, &d.path)?;
        if fs::read(&path).is_ok_and(|b| b == d.bytes) {
            report.unchanged.push(path);
        } else {
            todo.push((d, path));
        }
    }
    if todo.is_empty() {
        return Ok(report);
    }
    fs::create_dir_all(out).map_err(|e| fail("create", out, e))?;
    remove_stale_staging(out);
    let staging = out.join(format!("{STAGING_PREFIX}{}", std::process::id()));
    let result = (|| {
        fs::create_dir_all(&staging).map_err(|e| fail("create", &staging, e))?;
        for (i, (d, _)) in todo.iter().enumerate() {
            let tmp = staging.join(i.to_string());
            fs::write(&tmp, &d.bytes).map_err(|e| fail("write", &tmp, e))?;
        }
        let real_out = out.canonicalize().map_err(|e| fail("resolve", out, e))?;
        for (i, (_, path)) in todo.iter().enumerate() {
            let parent = path.parent().unwrap_or(out);
            fs::create_dir_all(parent).map_err(|e| fail("create", parent, e))?;
            // A symbolic link inside the output folder must not carry files out of it.
            let real_parent = parent
                .canonicalize()
                .map_err(|e| fail("resolve", parent, e))?;
            if !real_parent.starts_with(&real_out) {
                return Err(Diagnostic::error(
                    "output",
                    format!(
                        "refusing to write `{}`: it resolves outside the output folder",
                        path.display()
                    ),
                )
                .with_help("remove the symbolic link from the output folder"));
            }
            fs::rename(staging.join(i.to_string()), path).map_err(|e| fail("replace", path, e))?;
            report.written.push(path.clone());
        }
        Ok(())
    })();
    let _ = fs::remove_dir_all(&staging);
    result.map(|()| report)
}

/// Staging folders left by a build that was killed; their process is gone.
fn remove_stale_staging(out: &Path) {
    let Ok(entries) = fs::read_dir(out) else {
        return;
    };
    for e in entries.flatten() {
        if let Some(pid) = e
            .file_name()
            .to_str()
            .and_then(|n| n.strip_prefix(STAGING_PREFIX))
            && !Path::new("/proc").join(pid).exists()
        {
            let _ = fs::remove_dir_all(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(p: &str, b: &str) -> Document {
        Document {
            path: PathBuf::from(p),
            bytes: b.as_bytes().to_vec(),
        }
    }

    #[test]
    fn refuses_paths_outside() {
        let dir = tempfile::tempdir().unwrap();
        for bad in ["../x.md", "/etc/x", "a/../../x", ""] {
            assert!(write(dir.path(), &[doc(bad, "x")]).is_err(), "{bad}");
        }
    }

    #[test]
    fn writes_then_leaves_unchanged_files_alone() {
        let dir = tempfile::tempdir().unwrap();
        let docs = [doc("acme/en.md", "hello"), doc("acme/fr.md", "bonjour")];
        let r = write(dir.path(), &docs).unwrap();
        assert_eq!(r.written.len(), 2);
        let r = write(dir.path(), &docs).unwrap();
        assert_eq!((r.written.len(), r.unchanged.len()), (0, 2));
        assert!(
            check(dir.path(), &docs)
                .unwrap()
                .iter()
                .all(|(_, s)| *s == Status::Same)
        );
        let changed = [doc("acme/en.md", "hello!"), doc("acme/nl.md", "hallo")];
        let st: Vec<Status> = check(dir.path(), &changed)
            .unwrap()
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        assert_eq!(st, [Status::Differs, Status::Missing]);
        // No staging folder is left behind.
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, ["acme"]);
    }
}
