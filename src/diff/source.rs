//! The versions to compare: two declaration files or folders, or each declaration and its state
//! at a git revision, read with the user's `git` (locally: it never fetches).
//!
//! Declarations are matched by `notice.id`, and by path where one of them has no id; one found
//! on a side only was added or removed.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Comparison, Version};
use crate::declaration::limits::MAX_FILE_BYTES;
use crate::declaration::load::parse_bytes;
use crate::declaration::{discover, load, resolve};
use crate::diagnostic::Diagnostic;
use crate::reference::Reference;

/// A version found on one side, with the path it is matched by.
struct Found {
    key: String,
    version: Version,
}

/// Compares `old` with `new`: two files are compared with each other; two folders, every
/// declaration in one with its match in the other. Each version takes the catalogue's facts
/// where it says `use:`, as lint and the notice see it.
pub fn between(
    old: &Path,
    new: &Path,
    reference: &Reference,
) -> Result<Vec<Comparison>, Diagnostic> {
    let side = |root: &Path| -> Result<Vec<Found>, Diagnostic> {
        discover(&[root.to_path_buf()])?
            .into_iter()
            .map(|f| {
                let key = relative(root, &f);
                let loaded = resolve(load(&f)?, reference)?;
                let label = f.display().to_string();
                Ok(Found {
                    key,
                    version: Version { label, loaded },
                })
            })
            .collect()
    };
    let (mut a, mut b) = (side(old)?, side(new)?);
    if old.is_file() && new.is_file() {
        // Two files named on the command line are the two versions, whatever their names.
        return Ok(vec![Comparison::new(
            a.pop().map(|f| f.version),
            b.pop().map(|f| f.version),
        )]);
    }
    Ok(pair(a, b))
}

/// Compares each declaration under `paths` with its state at `rev` in its git repository.
pub fn since(
    rev: &str,
    paths: &[PathBuf],
    reference: &Reference,
) -> Result<Vec<Comparison>, Diagnostic> {
    let mut old = Vec::new();
    let mut new = Vec::new();
    for root in paths {
        let dir = if root.is_dir() {
            root.clone()
        } else {
            root.parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
        };
        let repo = Repo::open(&dir)?;
        let commit = repo.commit(rev)?;
        for f in discover(std::slice::from_ref(root))? {
            let key = format!("{}{}", repo.prefix, relative(&dir, &f));
            let label = f.display().to_string();
            new.push(Found {
                key,
                version: Version {
                    label,
                    loaded: resolve(load(&f)?, reference)?,
                },
            });
        }
        let keys = if root.is_dir() {
            repo.declarations(&commit)?
        } else {
            let key = format!("{}{}", repo.prefix, relative(&dir, root));
            repo.exists(&commit, &key)?
                .then_some(key)
                .into_iter()
                .collect()
        };
        for key in keys {
            let label = format!("{rev}:{key}");
            let read = repo.read(&commit, &key, &label)?;
            let loaded = resolve(parse_bytes(PathBuf::from(&label), read)?, reference)?;
            old.push(Found {
                key,
                version: Version { label, loaded },
            });
        }
    }
    Ok(pair(old, new))
}

/// `file` relative to `root` with `/` separators (its name when `root` is the file itself).
fn relative(root: &Path, file: &Path) -> String {
    let rel = file
        .strip_prefix(root)
        .ok()
        .filter(|r| !r.as_os_str().is_empty());
    let rel = rel.unwrap_or_else(|| Path::new(file.file_name().unwrap_or_default()));
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Matches the versions of both sides: by notice id, then by path where an id is missing.
fn pair(old: Vec<Found>, new: Vec<Found>) -> Vec<Comparison> {
    let id = |f: &Found| f.version.loaded.declaration.notice.id.clone();
    let mut old: Vec<Option<Found>> = old.into_iter().map(Some).collect();
    let mut out = Vec::new();
    for n in new {
        let by_id = id(&n).and_then(|i| {
            old.iter()
                .position(|o| o.as_ref().is_some_and(|o| id(o).as_deref() == Some(&i)))
        });
        let by_path = || {
            old.iter().position(|o| {
                o.as_ref()
                    .is_some_and(|o| o.key == n.key && (id(o).is_none() || id(&n).is_none()))
            })
        };
        let matched = by_id.or_else(by_path).and_then(|i| old[i].take());
        out.push(Comparison::new(matched.map(|f| f.version), Some(n.version)));
    }
    out.extend(
        old.into_iter()
            .flatten()
            .map(|o| Comparison::new(Some(o.version), None)),
    );
    out
}

/// A git working tree, run in by the `git` command.
struct Repo {
    top: PathBuf,
    /// The folder searched, relative to the top of the repository, with a final `/` (or empty).
    prefix: String,
}

impl Repo {
    fn open(dir: &Path) -> Result<Repo, Diagnostic> {
        let out = git(dir, &["rev-parse", "--show-toplevel", "--show-prefix"]).map_err(|e| {
            e.unwrap_or_else(|stderr| {
                Diagnostic::error(
                    "git",
                    format!("`{}` is not in a git repository: {}", dir.display(), stderr.trim()),
                )
                .with_help("`--since` compares with a revision of the repository the declarations are committed to; compare two files with `notice diff OLD NEW`")
            })
        })?;
        let text = String::from_utf8_lossy(&out);
        let mut lines = text.lines();
        let top = PathBuf::from(lines.next().unwrap_or_default());
        let prefix = lines.next().unwrap_or_default().to_owned();
        Ok(Repo { top, prefix })
    }

    /// The commit `rev` names.
    fn commit(&self, rev: &str) -> Result<String, Diagnostic> {
        let spec = format!("{rev}^{{commit}}");
        let out = git(&self.top, &["rev-parse", "--verify", "--quiet", "--end-of-options", &spec])
            .map_err(|e| {
                e.unwrap_or_else(|_| {
                    Diagnostic::error(
                        "git",
                        format!("unknown revision `{rev}` in {}", self.top.display()),
                    )
                    .with_help("name a commit, branch or tag of this repository, e.g. `HEAD~1`, `main` or `v2.0`")
                })
            })?;
        Ok(String::from_utf8_lossy(&out).trim().to_owned())
    }

    /// The declaration files under the prefix at `commit`, as discovery finds them on disk:
    /// `*.yaml` and `*.yml`, not under dot-folders.
    fn declarations(&self, commit: &str) -> Result<Vec<String>, Diagnostic> {
        let mut args = vec![
            "ls-tree",
            "-r",
            "-z",
            "--name-only",
            "--full-tree",
            commit,
            "--",
        ];
        if !self.prefix.is_empty() {
            args.push(&self.prefix);
        }
        let out = git(&self.top, &args)
            .map_err(|e| e.unwrap_or_else(|s| failed("list the files of", commit, &s)))?;
        let mut keys: Vec<String> = out
            .split(|b| *b == 0)
            .filter_map(|name| std::str::from_utf8(name).ok())
            .filter(|name| {
                let below = name.strip_prefix(&self.prefix).unwrap_or(name);
                (below.ends_with(".yaml") || below.ends_with(".yml"))
                    && !below.split('/').any(|part| part.starts_with('.'))
            })
            .map(str::to_owned)
            .collect();
        keys.sort();
        Ok(keys)
    }

    fn exists(&self, commit: &str, key: &str) -> Result<bool, Diagnostic> {
        match git(&self.top, &["cat-file", "-e", &format!("{commit}:{key}")]) {
            Ok(_) => Ok(true),
            Err(Ok(d)) => Err(d),
            Err(Err(_)) => Ok(false),
        }
    }

    /// The bytes of `key` at `commit`, refused beyond the size a declaration may have.
    fn read(&self, commit: &str, key: &str, label: &str) -> Result<Vec<u8>, Diagnostic> {
        let object = format!("{commit}:{key}");
        let fail = |s: String| failed("read", &object, &s);
        let size =
            git(&self.top, &["cat-file", "-s", &object]).map_err(|e| e.unwrap_or_else(fail))?;
        let size: u64 = String::from_utf8_lossy(&size)
            .trim()
            .parse()
            .unwrap_or(u64::MAX);
        if size > MAX_FILE_BYTES {
            return Err(Diagnostic::error(
                "load",
                format!(
                    "{label} is {size} bytes; a declaration may be at most {MAX_FILE_BYTES} bytes"
                ),
            )
            .with_help("compare with a revision where the file is a declaration"));
        }
        git(&self.top, &["cat-file", "blob", &object]).map_err(|e| e.unwrap_or_else(fail))
    }
}

fn failed(what: &str, object: &str, stderr: &str) -> Diagnostic {
    Diagnostic::error(
        "git",
        format!("git could not {what} `{object}`: {}", stderr.trim()),
    )
    .with_help("check the revision and that the repository is readable")
}

/// Runs `git` in `dir`: its output, or (as `Err(Ok)`) why it could not run, or (as `Err(Err)`)
/// what it said on standard error when it failed.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, Result<Diagnostic, String>> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        // Never fetch a missing object from a promisor remote (partial clones), never prompt,
        // never take optional locks in the user's repository.
        .env("GIT_NO_LAZY_FETCH", "1")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| {
            Ok(Diagnostic::error("git", format!("cannot run `git`: {e}")).with_help(
                "`--since` reads earlier versions with git: install it, or compare two files with `notice diff OLD NEW`",
            ))
        })?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(Err(String::from_utf8_lossy(&out.stderr).into_owned()))
    }
}
