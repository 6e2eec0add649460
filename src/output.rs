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

/// How the file at a document's path compares with the document.
pub fn status(out: &Path, d: &Document) -> Result<(PathBuf, Status), Diagnostic> {
    let path = confined(out, &d.path)?;
    let status = match fs::read(&path) {
        Ok(bytes) if bytes == d.bytes => Status::Same,
        Ok(_) => Status::Differs,
        Err(_) => Status::Missing,
    };
    Ok((path, status))
}

/// Compares every document with the file on disk.
pub fn check(out: &Path, docs: &[Document]) -> Result<Vec<(PathBuf, Status)>, Diagnostic> {
    docs.iter().map(|d| status(out, d)).collect()
}

/// Writes every document, or none (see [`Staging`]).
pub fn write(out: &Path, docs: &[Document]) -> Result<Report, Diagnostic> {
    let mut staging = Staging::new(out);
    for d in docs {
        staging.add(d)?;
    }
    staging.commit()
}

/// The outputs of a build on their way into `out`, all or none.
///
/// Each document is compared with the file on disk as it arrives; a changed one is written at
/// once into a staging folder inside `out` (so the final renames stay on one file system, and
/// a run of thousands of notices holds none of them in memory), and every folder it goes to is
/// created and checked to be inside `out`. [`Staging::commit`] then renames each file into
/// place, one atomic rename each, after keeping a hard link to the file it replaces: if a
/// rename fails, the files already replaced are put back. A staging dropped without a commit
/// (a later document failed) removes its folder and the folders it made. A failure therefore
/// leaves every earlier output byte-for-byte as it was; a build killed at any point leaves each
/// output path holding either its complete old file or its complete new one, and the next build
/// removes the staging folder. Files are not fsynced one by one: that protects against power
/// loss, not against a failed or killed build, and made writing a few thousand files 200 times
/// slower.
pub struct Staging<'a> {
    out: &'a Path,
    /// The staging folder and the resolved `out`, made with the first changed document.
    dir: Option<(PathBuf, PathBuf)>,
    /// Output paths of the staged files, the i-th staged as `new-{i}`.
    todo: Vec<PathBuf>,
    /// Folders made for this build, outermost first: removed on drop unless committed.
    created: Vec<PathBuf>,
    unchanged: Vec<PathBuf>,
}

impl<'a> Staging<'a> {
    /// Starts a build into `out`, removing what killed builds left there.
    pub fn new(out: &'a Path) -> Staging<'a> {
        remove_stale_staging(out);
        Staging {
            out,
            dir: None,
            todo: Vec::new(),
            created: Vec::new(),
            unchanged: Vec::new(),
        }
    }

    /// Stages one document, unless the file on disk already holds it.
    pub fn add(&mut self, d: &Document) -> Result<(), Diagnostic> {
        let path = confined(self.out, &d.path)?;
        if fs::read(&path).is_ok_and(|b| b == d.bytes) {
            self.unchanged.push(path);
            return Ok(());
        }
        let (dir, real_out) = match &mut self.dir {
            Some(d) => &*d,
            slot @ None => &*slot.insert(open_staging(self.out, &mut self.created)?),
        };
        let tmp = dir.join(format!("new-{}", self.todo.len()));
        fs::write(&tmp, &d.bytes).map_err(|e| io_failure("write", &tmp, &e))?;
        let rel = path.strip_prefix(self.out).unwrap_or(&path);
        make_dirs_inside(
            self.out,
            real_out,
            rel.parent().unwrap_or(Path::new("")),
            &mut self.created,
        )?;
        self.todo.push(path);
        Ok(())
    }

    /// Moves every staged file into place, or none.
    pub fn commit(mut self) -> Result<Report, Diagnostic> {
        if let Some((dir, _)) = &self.dir {
            replace_all(dir, &self.todo)?;
        }
        // The folders now hold outputs: they stay.
        self.created.clear();
        Ok(Report {
            written: std::mem::take(&mut self.todo),
            unchanged: std::mem::take(&mut self.unchanged),
        })
    }
}

impl Drop for Staging<'_> {
    fn drop(&mut self) {
        if let Some((dir, _)) = &self.dir {
            let _ = fs::remove_dir_all(dir);
        }
        // Folders made for a build that failed, deepest first; a folder that holds anything
        // stays.
        for dir in self.created.iter().rev() {
            let _ = fs::remove_dir(dir);
        }
    }
}

/// Creates `out` if needed (noting the folders made, for removal if the build fails), and the
/// staging folder inside it; returns the staging folder and the resolved `out`.
fn open_staging(out: &Path, created: &mut Vec<PathBuf>) -> Result<(PathBuf, PathBuf), Diagnostic> {
    let missing: Vec<PathBuf> = out
        .ancestors()
        .take_while(|a| !a.as_os_str().is_empty() && fs::symlink_metadata(a).is_err())
        .map(Path::to_path_buf)
        .collect();
    fs::create_dir_all(out).map_err(|e| io_failure("create", out, &e))?;
    created.extend(missing.into_iter().rev());
    let real_out = out
        .canonicalize()
        .map_err(|e| io_failure("resolve", out, &e))?;
    let dir = out.join(format!("{STAGING_PREFIX}{}", std::process::id()));
    fs::create_dir(&dir).map_err(|e| io_failure("create", &dir, &e))?;
    Ok((dir, real_out))
}

fn io_failure(what: &str, p: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error("output", format!("cannot {what} `{}`: {e}", p.display())).with_help(
        "check that the output folder is writable; earlier outputs were left as they were",
    )
}

/// Creates the folders of `rel` under `out` one at a time, refusing any that is, or leads
/// through, a symbolic link out of `out` before anything is created beyond it.
fn make_dirs_inside(
    out: &Path,
    real_out: &Path,
    rel: &Path,
    created: &mut Vec<PathBuf>,
) -> Result<(), Diagnostic> {
    let mut dir = out.to_path_buf();
    for c in rel.components() {
        dir.push(c);
        if fs::symlink_metadata(&dir).is_err() {
            fs::create_dir(&dir).map_err(|e| io_failure("create", &dir, &e))?;
            created.push(dir.clone());
        }
        let inside = dir
            .canonicalize()
            .is_ok_and(|real| real.starts_with(real_out));
        if !inside {
            return Err(Diagnostic::error(
                "output",
                format!(
                    "refusing to write into `{}`: it is a symbolic link that leads outside the output folder",
                    dir.display()
                ),
            )
            .with_help("remove the symbolic link from the output folder; nothing was written"));
        }
    }
    Ok(())
}

/// Renames each staged file into place; on the first failure, puts back what was replaced.
fn replace_all(staging: &Path, todo: &[PathBuf]) -> Result<(), Diagnostic> {
    // (output path, the hard link to its previous file if it had one)
    let mut done: Vec<(&Path, Option<PathBuf>)> = Vec::new();
    let step = |i: usize, path: &Path| -> Result<Option<PathBuf>, Diagnostic> {
        let old = staging.join(format!("old-{i}"));
        let kept = match fs::hard_link(path, &old) {
            Ok(()) => Some(old),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            // No hard links here (some network or FAT file systems): a copy does as well.
            Err(_) => {
                fs::copy(path, &old).map_err(|e| io_failure("keep a copy of", path, &e))?;
                Some(old)
            }
        };
        let new = staging.join(format!("new-{i}"));
        fs::rename(&new, path).map_err(|e| io_failure("replace", path, &e))?;
        Ok(kept)
    };
    for (i, path) in todo.iter().enumerate() {
        match step(i, path) {
            Ok(kept) => done.push((path, kept)),
            Err(d) => {
                for (path, kept) in done.iter().rev() {
                    let _ = match kept {
                        Some(old) => fs::rename(old, path),
                        None => fs::remove_file(path),
                    };
                }
                return Err(d);
            }
        }
    }
    Ok(())
}

/// Removes the staging folders left by builds that were killed: their process is gone, or
/// it is this one (in a container, a build killed earlier may well have had the same id).
fn remove_stale_staging(out: &Path) {
    let own = std::process::id().to_string();
    let Ok(entries) = fs::read_dir(out) else {
        return;
    };
    for e in entries.flatten() {
        if let Some(pid) = e
            .file_name()
            .to_str()
            .and_then(|n| n.strip_prefix(STAGING_PREFIX))
            && (pid == own || !Path::new("/proc").join(pid).exists())
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
            ..Document::default()
        }
    }

    /// Every file under `dir` and its content, for comparing trees.
    fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        for e in fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(tree(&p));
            } else {
                out.push((p.clone(), fs::read(&p).unwrap()));
            }
        }
        out.sort();
        out
    }

    #[test]
    fn refuses_paths_outside() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("out");
        fs::create_dir(&out).unwrap();
        for bad in [
            "../x.md",
            "..",
            "/etc/x",
            "//x",
            "a/../../x",
            "a/b/../../../x",
            "./../x",
            "./x",
            "",
        ] {
            let ok = doc("fine/en.md", "x");
            assert!(write(&out, &[ok, doc(bad, "x")]).is_err(), "{bad}");
            assert!(check(&out, &[doc(bad, "x")]).is_err(), "{bad}");
        }
        // Nothing was written, not even the good document before the bad one.
        assert_eq!(tree(root.path()), []);
    }

    #[test]
    fn refuses_symbolic_links_out_of_the_folder_and_creates_nothing_beyond_them() {
        let root = tempfile::tempdir().unwrap();
        let (out, outside) = (root.path().join("out"), root.path().join("outside"));
        fs::create_dir_all(&out).unwrap();
        fs::create_dir_all(&outside).unwrap();
        std::os::unix::fs::symlink(&outside, out.join("acme")).unwrap();
        std::os::unix::fs::symlink(outside.join("gone"), out.join("dangling")).unwrap();
        for rel in [
            "acme/en.md",
            "acme/sub/en.md",
            "dangling/en.md",
            "dangling/sub/en.md",
        ] {
            let e = write(&out, &[doc("fine/en.md", "x"), doc(rel, "x")]).unwrap_err();
            assert!(e.message.contains("symbolic link"), "{rel}: {}", e.message);
            assert_eq!(tree(&outside), [], "{rel}");
            assert!(
                !outside.join("gone").exists() && !out.join("fine").exists(),
                "{rel}"
            );
        }
        // A link that stays inside is followed.
        fs::create_dir(out.join("real")).unwrap();
        std::os::unix::fs::symlink(out.join("real"), out.join("alias")).unwrap();
        write(&out, &[doc("alias/en.md", "x")]).unwrap();
        assert_eq!(fs::read(out.join("real/en.md")).unwrap(), b"x");
    }

    #[test]
    fn a_failed_replacement_puts_back_every_file_already_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let old = [doc("a/1.md", "one"), doc("a/2.md", "two")];
        write(dir.path(), &old).unwrap();
        // The third output path is taken by a folder: its rename fails after two succeeded.
        fs::create_dir_all(dir.path().join("a/3.md/x")).unwrap();
        let before = tree(dir.path());
        let new = [
            doc("a/1.md", "ONE"),
            doc("b/new.md", "new"),
            doc("a/2.md", "TWO"),
            doc("a/3.md", "three"),
        ];
        assert!(write(dir.path(), &new).is_err());
        assert_eq!(tree(dir.path()), before);
        // No staging folder, and no folder made for the failed build, is left behind.
        let mut names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        names.sort();
        assert_eq!(names, ["a"]);
    }

    #[test]
    fn staging_folders_of_killed_builds_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        // No process has this id (above the kernel's pid_max).
        let stale = dir.path().join(format!("{STAGING_PREFIX}4194305"));
        fs::create_dir_all(&stale).unwrap();
        fs::write(stale.join("new-0"), "half").unwrap();
        write(dir.path(), &[doc("acme/en.md", "x")]).unwrap();
        assert!(!stale.exists());
        // Also when there is nothing to write.
        fs::create_dir_all(&stale).unwrap();
        let r = write(dir.path(), &[doc("acme/en.md", "x")]).unwrap();
        assert_eq!(r.unchanged.len(), 1);
        assert!(!stale.exists());
        // And one with this process's id: a killed build in a container may have had it.
        let own = dir
            .path()
            .join(format!("{STAGING_PREFIX}{}", std::process::id()));
        fs::create_dir_all(&own).unwrap();
        fs::write(own.join("new-0"), "half").unwrap();
        write(dir.path(), &[doc("acme/en.md", "y")]).unwrap();
        assert!(!own.exists());
        assert_eq!(fs::read(dir.path().join("acme/en.md")).unwrap(), b"y");
    }

    #[test]
    fn a_staging_dropped_without_commit_leaves_nothing_it_made() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("new/out");
        {
            let mut staging = Staging::new(&out);
            staging.add(&doc("acme/en.md", "x")).unwrap();
            staging.add(&doc("acme/sub/fr.md", "y")).unwrap();
            assert!(out.join("acme/sub").is_dir());
            // Dropped here, as when a later declaration fails to render.
        }
        assert_eq!(fs::read_dir(root.path()).unwrap().count(), 0);
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
