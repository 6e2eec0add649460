//! `notice build --archive`: every published version of a notice kept under
//! `<out>/<id>/versions/<effective>/`, never rewritten.
//!
//! A version's files are written once, when that version (its `effective` date) is first built,
//! with a `manifest.json` recording the SHA-256 of each file and of the declaration they were
//! made from. Later builds only add what is missing (a language or format built for the first
//! time) and check what is there: an archived file that differs from its record, is missing, or
//! is not recorded, stops the build, and so does a declaration that changed while keeping the
//! archived version's date. They do not compare archived files with what the renderer makes now:
//! a new release of notice or new templates would make other bytes from the same declaration,
//! and the archive keeps what was published. All of it goes through the build's staging, so it
//! is written with the rest of the build or not at all.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::declaration::Declaration;
use crate::diagnostic::Diagnostic;
use crate::digest::sha256;
use crate::render::Document;

/// The folder under a notice's output folder that holds its versions.
pub const VERSIONS: &str = "versions";
const MANIFEST: &str = "manifest.json";

/// What a version's folder holds, as recorded when its files were written.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    /// The format of this file.
    version: u32,
    notice: String,
    effective: String,
    /// `sha256:<hex>` of the declaration's content (see [`fingerprint`]).
    declaration: String,
    /// File name → `sha256:<hex>`.
    files: BTreeMap<String, String>,
}

/// The archive of the notices one build writes.
pub struct Archive {
    /// For each declaration of the build (by index), its current version's folder (relative
    /// to `out`) and manifest; none for a declaration without id or date.
    versions: Vec<Option<(PathBuf, Manifest, bool)>>,
}

/// The declaration's fingerprint: its content (the lint configuration and the values left at
/// their default aside, so that a new optional field in a later release of notice changes
/// nothing), serialised.
pub fn fingerprint(decl: &Declaration) -> String {
    sha256(crate::diff::tree::content(decl).to_string().as_bytes())
}

fn failure(message: String, help: &str) -> Diagnostic {
    Diagnostic::error("archive", message).with_help(help)
}

impl Archive {
    /// Reads and checks the archives of `decls` under `out`: every file each manifest records
    /// (of every version) must be there with its recorded hash, every file in a version's
    /// folder must be recorded, and the version being built must have been archived, if it
    /// was, from the same declaration. Returns every problem, not only the first.
    pub fn open(out: &Path, decls: &[&Declaration]) -> Result<Archive, Vec<Diagnostic>> {
        let mut problems = Vec::new();
        let mut versions = Vec::new();
        for decl in decls {
            let (Some(id), Some(effective)) = (decl.notice.id.as_deref(), decl.notice.effective)
            else {
                versions.push(None);
                continue;
            };
            let root = out.join(id).join(VERSIONS);
            for entry in std::fs::read_dir(&root).into_iter().flatten().flatten() {
                if entry.path().is_dir() {
                    problems.extend(check_version(&entry.path()).err());
                }
            }
            let rel = Path::new(id).join(VERSIONS).join(effective.to_string());
            let manifest = match read_manifest(&out.join(&rel)) {
                Ok(m) => m,
                Err(d) => {
                    problems.push(d);
                    None
                }
            };
            let print = fingerprint(decl);
            let existed = manifest.is_some();
            let manifest = manifest.unwrap_or_else(|| Manifest {
                version: 1,
                notice: id.to_owned(),
                effective: effective.to_string(),
                declaration: print.clone(),
                files: BTreeMap::new(),
            });
            if manifest.declaration != print {
                problems.push(failure(
                    format!(
                        "version {effective} of `{id}` was archived in {} from another declaration: the declaration changed but kept its `effective` date",
                        out.join(&rel).display()
                    ),
                    "an archived version is never rewritten: give the changed notice a new `notice.effective` date (and a history entry for the version it replaces)",
                ));
            }
            versions.push(Some((rel, manifest, existed)));
        }
        if problems.is_empty() {
            Ok(Archive { versions })
        } else {
            Err(problems)
        }
    }

    /// The copies of `docs` (the documents of declaration `i`) that its version's folder does
    /// not have yet; they are recorded in its manifest.
    pub fn documents(&mut self, i: usize, docs: &[Document]) -> Vec<Document> {
        let Some(Some((rel, manifest, _))) = self.versions.get_mut(i) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for d in docs {
            let Some(name) = d.path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            if manifest.files.contains_key(name) {
                continue;
            }
            manifest.files.insert(name.to_owned(), sha256(&d.bytes));
            out.push(Document {
                path: rel.join(name),
                bytes: d.bytes.clone(),
                warnings: Vec::new(),
            });
        }
        out
    }

    /// Whether the version folder of declaration `i` holds a copy of each of `paths` (its
    /// documents), or needs none; a build that skips rendering them asks first.
    pub fn has(&self, i: usize, paths: &[PathBuf]) -> bool {
        let Some(Some((_, manifest, _))) = self.versions.get(i) else {
            return true;
        };
        paths.iter().all(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| manifest.files.contains_key(n))
        })
    }

    /// The manifest of each version this build archived files of.
    pub fn manifests(&self) -> Vec<Document> {
        self.versions
            .iter()
            .flatten()
            .filter(|(_, m, existed)| *existed || !m.files.is_empty())
            .map(|(rel, m, _)| Document {
                path: rel.join(MANIFEST),
                bytes: (serde_json::to_string_pretty(m).unwrap_or_default() + "\n").into_bytes(),
                warnings: Vec::new(),
            })
            .collect()
    }
}

fn read_manifest(dir: &Path) -> Result<Option<Manifest>, Diagnostic> {
    let path = dir.join(MANIFEST);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // A version folder without a manifest is checked by `check_version`.
            return Ok(None);
        }
        Err(e) => {
            return Err(failure(
                format!("cannot read {}: {e}", path.display()),
                "restore the archive from version control",
            ));
        }
    };
    serde_json::from_str(&text).map(Some).map_err(|e| {
        failure(
            format!("{} is not a manifest notice wrote: {e}", path.display()),
            "restore the archive from version control; notice never rewrites an archived version",
        )
    })
}

/// Checks one version's folder against its manifest.
fn check_version(dir: &Path) -> Result<(), Diagnostic> {
    let manifest = read_manifest(dir)?.unwrap_or_default();
    for (name, hash) in &manifest.files {
        let path = dir.join(name);
        match std::fs::read(&path) {
            Ok(bytes) if sha256(&bytes) == *hash => {}
            Ok(_) => {
                return Err(failure(
                    format!(
                        "{} was changed after it was archived (its SHA-256 is not the one in {MANIFEST})",
                        path.display()
                    ),
                    "an archived version is never rewritten: restore the file from version control",
                ));
            }
            Err(_) => {
                return Err(failure(
                    format!("{} was archived but is missing", path.display()),
                    "restore the file from version control",
                ));
            }
        }
    }
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name != MANIFEST && !manifest.files.contains_key(&name) {
            return Err(failure(
                format!(
                    "{} is not recorded in {}: notice would not know whether it may be replaced",
                    entry.path().display(),
                    dir.join(MANIFEST).display()
                ),
                "remove it, or restore the version's manifest from version control",
            ));
        }
    }
    Ok(())
}
