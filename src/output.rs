//! Writing outputs: paths confined to the output folder, all-or-nothing, unchanged files untouched.

use std::fs::{self, File};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::files::{self, Refusal, shown};
use crate::render::{Document, Format};

/// Prefix of the staging folders a build writes into before moving files into place; a random
/// suffix follows.
const STAGING_PREFIX: &str = ".notice-staging-";

/// The file every staging folder holds from the moment it is made: only folders that hold it
/// are ever removed, so a folder a user happened to name like one is left alone.
const MARKER: &str = "made-by-notice-build";

/// The lock file of an output folder: a build holds an exclusive lock on it from before it
/// first changes anything in the folder until it is done, and `--check` a shared one. Advisory
/// locks (`flock`, `LockFileEx`) are released by the system when a process ends, however it
/// ends, and hold across processes that do not see each other's process ids (containers
/// sharing a folder). A build removes the file when it is done (a killed one leaves it, which
/// does no harm): a build that opened it meanwhile sees that the file it locked is no longer
/// the one at its path, and locks the new one.
pub const LOCK_FILE: &str = ".notice.lock";

/// The file `build --draft` leaves in an output folder that holds only drafts: a draft build
/// refuses any other folder holding outputs (they may be published notices) unless forced, and
/// a build that is not a draft removes it, since the folder then holds publishable outputs.
pub const DRAFT_MARK: &str = ".notice-draft";

/// What the draft mark says to whoever finds it.
const DRAFT_MARK_TEXT: &str = "This folder holds drafts made by `notice build --draft`: not for publication.\n`notice build --draft` writes into it without `--force`; `notice build` removes this file.\n";

/// The draft mark, as a document a draft build stages with its outputs.
pub fn draft_mark() -> Document {
    Document {
        path: PathBuf::from(DRAFT_MARK),
        bytes: DRAFT_MARK_TEXT.as_bytes().to_vec(),
        warnings: Vec::new(),
    }
}

/// An output of a published notice in `out`, if there is one: a file named as a build names
/// its outputs (`<notice-id>/<file>.<md|mdx|html|pdf|json>`) in a folder without the draft mark. Only
/// names are looked at, and the search stops at the first one found.
pub fn published_output(out: &Path) -> Result<Option<PathBuf>, Diagnostic> {
    let Ok(entries) = fs::read_dir(out) else {
        return Ok(None);
    };
    if fs::symlink_metadata(out.join(DRAFT_MARK)).is_ok_and(|m| m.is_file()) {
        return Ok(None);
    }
    let hidden = |name: &std::ffi::OsStr| name.to_string_lossy().starts_with('.');
    for notice in entries.flatten() {
        if hidden(&notice.file_name()) || !notice.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let Ok(files) = fs::read_dir(notice.path()) else {
            continue;
        };
        for file in files.flatten() {
            let name = file.file_name();
            let output = Path::new(&name)
                .extension()
                .is_some_and(|e| e == "mdx" || Format::ALL.iter().any(|f| e == f.extension()));
            if output && !hidden(&name) && file.file_type().is_ok_and(|t| t.is_file()) {
                return Ok(Some(file.path()));
            }
        }
    }
    Ok(None)
}

/// Removes the draft mark of `out`, if there is one: the folder now holds outputs to publish.
pub fn remove_draft_mark(out: &Path) -> Result<(), Diagnostic> {
    let mark = out.join(DRAFT_MARK);
    match fs::remove_file(&mark) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io_failure("remove", &mark, &e)),
        _ => Ok(()),
    }
}

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
pub fn confined(out: &Path, rel: &Path) -> Result<PathBuf, Diagnostic> {
    let ok =
        !rel.as_os_str().is_empty() && rel.components().all(|c| matches!(c, Component::Normal(_)));
    if !ok {
        return Err(Diagnostic::error(
            "output",
            format!(
                "refusing to write `{}`: outside the output folder",
                shown(rel)
            ),
        )
        .with_help("notice ids must be slugs such as `acme-shop`"));
    }
    Ok(out.join(rel))
}

/// How the file at a document's path compares with the document.
pub fn status(out: &Path, d: &Document) -> Result<(PathBuf, Status), Diagnostic> {
    let path = confined(out, &d.path)?;
    let status = compare(&path, &d.bytes)?;
    Ok((path, status))
}

/// How the file at `path` compares with `bytes`. Only a regular file is read (a pipe would
/// block, `/dev/zero` never end), and only when its size is that of `bytes`: never more.
fn compare(path: &Path, bytes: &[u8]) -> Result<Status, Diagnostic> {
    let refused = |r: Refusal| {
        Diagnostic::error(
            "output",
            format!("cannot compare the output: {}", r.reason()),
        )
        .with_help(
            "remove it from the output folder, or build into another one; nothing was written",
        )
        .in_file(&Arc::new(SourceFile::unread(path.to_path_buf())), None)
    };
    let size = match files::regular(path) {
        Ok(size) => size,
        // A dangling link is missing too: the new file replaces the link.
        Err(Refusal::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Status::Missing);
        }
        Err(r) => return Err(refused(r)),
    };
    if size != bytes.len() as u64 {
        return Ok(Status::Differs);
    }
    match files::read_regular(path, size) {
        Ok(b) if b == bytes => Ok(Status::Same),
        Ok(_) | Err(Refusal::TooLarge(_)) => Ok(Status::Differs),
        Err(Refusal::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => Ok(Status::Missing),
        Err(r) => Err(refused(r)),
    }
}

/// Whether the file at the document path `rel` is a regular file of `size` bytes whose
/// digest is `sha256` (see [`crate::digest`]): read, like any output, only when its size is
/// `size`, and never further. Any doubt (no file, another kind of file, a path outside `out`,
/// a read that fails) is a no, and the caller renders.
pub fn holds(out: &Path, rel: &Path, size: u64, sha256: &str) -> bool {
    let Ok(path) = confined(out, rel) else {
        return false;
    };
    files::regular(&path).is_ok_and(|s| s == size)
        && files::read_regular(&path, size).is_ok_and(|b| crate::digest::sha256(&b) == sha256)
}

/// Takes the lock of `out` for a build (exclusive) or a check (shared), creating the lock
/// file for a build; a check of a folder without one needs no lock (no build has run in it).
pub fn lock(out: &Path, exclusive: bool) -> Result<Option<File>, Diagnostic> {
    let path = out.join(LOCK_FILE);
    let busy = || {
        Diagnostic::error(
            "output",
            format!(
                "another `notice build` is writing into `{}` (it holds `{}`)",
                shown(out),
                shown(&path)
            ),
        )
        .with_help("wait for it to finish, or build into another folder; nothing was written")
    };
    // Only a regular file is opened: opening a pipe for writing would block.
    match files::regular(&path) {
        Ok(_) => {}
        Err(Refusal::Io(e)) if e.kind() == std::io::ErrorKind::NotFound && exclusive => {}
        Err(Refusal::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(r) => {
            return Err(Diagnostic::error(
                "output",
                format!("cannot lock `{}`: {}", shown(&path), r.reason()),
            )
            .with_help("remove it; nothing was written"));
        }
    }
    loop {
        let file = fs::OpenOptions::new()
            .read(true)
            .write(exclusive)
            .create(exclusive)
            .truncate(false)
            .open(&path);
        let file = match file {
            Ok(f) => f,
            // Removed by a build that just finished: nothing to wait for.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !exclusive => return Ok(None),
            Err(e) => return Err(io_failure("lock", &path, &e)),
        };
        let taken = if exclusive {
            file.try_lock()
        } else {
            file.try_lock_shared()
        };
        match taken {
            Ok(()) if still_at(&file, &path) => return Ok(Some(file)),
            // The build that held it removed it between our opening and our lock.
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => return Err(busy()),
            Err(fs::TryLockError::Error(e)) => return Err(io_failure("lock", &path, &e)),
        }
    }
}

/// Whether `file` is still the file at `path`.
fn still_at(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    // Elsewhere an open file cannot be removed, so it is.
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

/// Compares every document with the file on disk.
pub fn check(out: &Path, docs: &[Document]) -> Result<Vec<(PathBuf, Status)>, Diagnostic> {
    docs.iter().map(|d| status(out, d)).collect()
}

/// Writes every document, or none (see [`Staging`]).
pub fn write(out: &Path, docs: &[Document]) -> Result<Report, Diagnostic> {
    let mut staging = Staging::new(out)?;
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
/// slower. A replaced file's successor gets its mode (and, where the system allows, its owner).
///
/// From before it changes anything in `out` (or, when `out` does not exist yet, from when it
/// creates it) until it is dropped, a staging holds the lock of `out` ([`LOCK_FILE`]): a second
/// build into the same folder is refused, and the staging folders found under the lock are
/// those of killed builds.
pub struct Staging<'a> {
    out: &'a Path,
    /// The lock of `out`, once taken.
    lock: Option<File>,
    /// The staging folder and the resolved `out`, made with the first changed document.
    dir: Option<(PathBuf, PathBuf)>,
    /// Output paths of the staged files, the i-th staged as `new-{i}`.
    todo: Vec<PathBuf>,
    /// Folders made for this build, outermost first: removed on drop unless committed.
    created: Vec<PathBuf>,
    unchanged: Vec<PathBuf>,
}

impl<'a> Staging<'a> {
    /// Starts a build into `out`: takes its lock (when it exists) and removes what killed
    /// builds left there.
    pub fn new(out: &'a Path) -> Result<Staging<'a>, Diagnostic> {
        let mut staging = Staging {
            out,
            lock: None,
            dir: None,
            todo: Vec::new(),
            created: Vec::new(),
            unchanged: Vec::new(),
        };
        if out.is_dir() {
            staging.lock()?;
        }
        Ok(staging)
    }

    /// Takes the lock of `out` (which exists), then removes the staging folders of killed
    /// builds: under the lock, no other build is running.
    fn lock(&mut self) -> Result<(), Diagnostic> {
        if self.lock.is_none() {
            self.lock = lock(self.out, true)?;
            remove_stale_staging(self.out);
        }
        Ok(())
    }

    /// Stages one document, unless the file on disk already holds it.
    pub fn add(&mut self, d: &Document) -> Result<(), Diagnostic> {
        let path = confined(self.out, &d.path)?;
        if compare(&path, &d.bytes)? == Status::Same {
            self.unchanged.push(path);
            return Ok(());
        }
        if self.dir.is_none() {
            let made = create_out(self.out, &mut self.created)?;
            self.lock()?;
            self.dir = Some(open_staging(self.out, made)?);
        }
        let Some((dir, real_out)) = &self.dir else {
            unreachable!("the staging folder was made above")
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
        // Removed while still locked (see `LOCK_FILE`), then released.
        if let Some(lock) = self.lock.take() {
            let _ = fs::remove_file(self.out.join(LOCK_FILE));
            drop(lock);
        }
        // Folders made for a build that failed, deepest first; a folder that holds anything
        // stays.
        for dir in self.created.iter().rev() {
            let _ = fs::remove_dir(dir);
        }
    }
}

/// Creates `out` if needed, noting the folders made (for removal if the build fails); returns
/// the resolved `out`.
fn create_out(out: &Path, created: &mut Vec<PathBuf>) -> Result<PathBuf, Diagnostic> {
    let missing: Vec<PathBuf> = out
        .ancestors()
        .take_while(|a| !a.as_os_str().is_empty() && fs::symlink_metadata(a).is_err())
        .map(Path::to_path_buf)
        .collect();
    fs::create_dir_all(out).map_err(|e| io_failure("create", out, &e))?;
    created.extend(missing.into_iter().rev());
    out.canonicalize()
        .map_err(|e| io_failure("resolve", out, &e))
}

/// Creates the staging folder in `out`, with a random name and the marker inside; returns it
/// and the resolved `out`.
fn open_staging(out: &Path, real_out: PathBuf) -> Result<(PathBuf, PathBuf), Diagnostic> {
    use std::hash::{BuildHasher, RandomState};
    // `RandomState` is seeded from the system's randomness: no crate needed for a name that
    // no other build, in this container or another, will have.
    let suffix = RandomState::new().hash_one((std::process::id(), std::time::SystemTime::now()));
    let dir = out.join(format!("{STAGING_PREFIX}{suffix:016x}"));
    fs::create_dir(&dir).map_err(|e| io_failure("create", &dir, &e))?;
    let marker = dir.join(MARKER);
    fs::write(
        &marker,
        "a staging folder of `notice build`; the next build into this folder removes it\n",
    )
    .map_err(|e| io_failure("write", &marker, &e))?;
    Ok((dir, real_out))
}

fn io_failure(what: &str, p: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error("output", format!("cannot {what} `{}`: {e}", shown(p))).with_help(
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
                    shown(&dir)
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
        if kept.is_some() {
            keep_mode(path, &new);
        }
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

/// Gives `new` the mode of the regular file at `path` it replaces (a file made private stays
/// private) and, where the system allows it (as root, say), its owner and group.
fn keep_mode(path: &Path, new: &Path) {
    let Ok(meta) = fs::symlink_metadata(path) else {
        return;
    };
    if !meta.is_file() {
        return;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Refused to anyone but root unless they own the file already: nothing to do then.
        let _ = std::os::unix::fs::chown(new, Some(meta.uid()), Some(meta.gid()));
    }
    let _ = fs::set_permissions(new, meta.permissions());
}

/// Removes the staging folders left by builds that were killed. Called under the lock of
/// `out`: no other build is running, so every staging folder is a killed build's; only folders
/// that hold the marker are touched.
fn remove_stale_staging(out: &Path) {
    let Ok(entries) = fs::read_dir(out) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let named = e
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(STAGING_PREFIX))
            && fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
        if !named {
            continue;
        }
        if fs::symlink_metadata(path.join(MARKER)).is_ok_and(|m| m.is_file()) {
            remove_marked(&path);
        } else {
            // A build killed between creating its staging folder and writing the marker leaves
            // it empty: `remove_dir` removes only an empty folder, so nothing of a user's folder
            // of that name can be lost.
            let _ = fs::remove_dir(&path);
        }
    }
}

/// Removes a staging folder with its marker last: a build killed while removing it leaves
/// either the marker (and the next build goes on) or an empty folder (which it removes too).
fn remove_marked(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if e.file_name() == MARKER {
            continue;
        }
        let _ = match fs::symlink_metadata(&path) {
            Ok(m) if m.is_dir() => fs::remove_dir_all(&path),
            _ => fs::remove_file(&path),
        };
    }
    let _ = fs::remove_file(dir.join(MARKER));
    let _ = fs::remove_dir(dir);
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
        let before = tree(dir.path());
        let new = [
            doc("a/1.md", "ONE"),
            doc("b/new.md", "new"),
            doc("a/2.md", "TWO"),
            doc("a/3.md", "three"),
        ];
        let mut staging = Staging::new(dir.path()).unwrap();
        for d in &new {
            staging.add(d).unwrap();
        }
        // The last output path is taken by a folder once everything is staged: its rename
        // fails after three succeeded.
        fs::create_dir_all(dir.path().join("a/3.md/x")).unwrap();
        assert!(staging.commit().is_err());
        fs::remove_dir_all(dir.path().join("a/3.md")).unwrap();
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
    fn staging_folders_of_killed_builds_are_removed_and_no_other_folder() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(format!("{STAGING_PREFIX}0123456789abcdef"));
        let made = |marked: bool| {
            fs::create_dir_all(&stale).unwrap();
            fs::write(stale.join("new-0"), "half").unwrap();
            if marked {
                fs::write(stale.join(MARKER), "").unwrap();
            }
        };
        made(true);
        write(dir.path(), &[doc("acme/en.md", "x")]).unwrap();
        assert!(!stale.exists());
        // Also when there is nothing to write.
        made(true);
        let r = write(dir.path(), &[doc("acme/en.md", "x")]).unwrap();
        assert_eq!(r.unchanged.len(), 1);
        assert!(!stale.exists());
        // A folder without the marker was not made by a build: it stays.
        made(false);
        write(dir.path(), &[doc("acme/en.md", "y")]).unwrap();
        assert_eq!(fs::read(stale.join("new-0")).unwrap(), b"half");
        assert_eq!(fs::read(dir.path().join("acme/en.md")).unwrap(), b"y");
        // An empty one is what a build killed before it wrote its marker leaves: removed.
        fs::remove_dir_all(&stale).unwrap();
        fs::create_dir(&stale).unwrap();
        write(dir.path(), &[doc("acme/en.md", "z")]).unwrap();
        assert!(!stale.exists());
    }

    #[test]
    fn a_second_staging_of_one_folder_is_refused_while_the_first_holds_its_lock() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = Staging::new(dir.path()).unwrap();
        first.add(&doc("acme/en.md", "x")).unwrap();
        let e = Staging::new(dir.path()).err().unwrap();
        assert!(
            e.message.contains("another `notice build`"),
            "{}",
            e.message
        );
        // The first one's staging folder is untouched, and it completes.
        first.commit().unwrap();
        assert_eq!(fs::read(dir.path().join("acme/en.md")).unwrap(), b"x");
        assert!(Staging::new(dir.path()).is_ok());
    }

    #[test]
    fn a_staging_dropped_without_commit_leaves_nothing_it_made() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("new/out");
        {
            let mut staging = Staging::new(&out).unwrap();
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
