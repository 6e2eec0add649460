//! Reading the user's files: regular files only, inside the folder they were given in, never
//! more than a bound. One place for what every input (declarations, templates, locales) and
//! every existing output must be before it is read.
//!
//! A pipe or a device could block a read forever or never end (`/dev/zero`), and a symbolic
//! link could carry a file from anywhere (`/etc/passwd`) into a published notice.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::declaration::limits::mib;
use crate::diagnostic::{Diagnostic, SourceFile};

/// Why a file was not read.
#[derive(Debug)]
pub enum Refusal {
    /// A folder, pipe, socket or device.
    NotRegular,
    /// A symbolic link whose target is outside this folder.
    Outside(PathBuf),
    /// Larger than the bound (its size).
    TooLarge(u64),
    Io(io::Error),
}

impl Refusal {
    /// Why, for a message that starts "cannot read the file: ".
    pub fn reason(&self) -> String {
        match self {
            Refusal::NotRegular => {
                "it is not a regular file (a folder, pipe, socket or device)".to_owned()
            }
            Refusal::Outside(dir) => {
                format!("it is a symbolic link that leads outside `{}`", shown(dir))
            }
            Refusal::TooLarge(size) => format!("it is {size} bytes"),
            Refusal::Io(e) => io_reason(e),
        }
    }
}

/// The error for a file of a user's folder that was not read: `what` it is ("a template"), the
/// bound `max` it was held to, and the help for refusals other than a link out of the folder.
pub fn refused(path: &Path, refusal: &Refusal, what: &str, max: u64, help: &str) -> Diagnostic {
    let (msg, help) = match refusal {
        Refusal::TooLarge(size) => (
            format!(
                "the file is {size} bytes; {what} may be at most {max} bytes ({})",
                mib(max)
            ),
            help,
        ),
        Refusal::Outside(_) => (
            format!("cannot read the file: {}", refusal.reason()),
            "copy the file into the folder instead of linking to it",
        ),
        _ => (format!("cannot read the file: {}", refusal.reason()), help),
    };
    Diagnostic::error("load", msg)
        .with_help(help)
        .in_file(&Arc::new(SourceFile::unread(path.to_path_buf())), None)
}

/// Text read from a user's file: UTF-8, or refused.
pub fn text(bytes: Vec<u8>) -> Result<String, Refusal> {
    String::from_utf8(bytes).map_err(|_| {
        Refusal::Io(io::Error::new(
            io::ErrorKind::InvalidData,
            "it is not UTF-8 text",
        ))
    })
}

/// An I/O error as users read it.
pub fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or folder".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// A path as it may be printed: control characters (a line break, an escape sequence) are
/// written as escapes, so a file name can neither drive the terminal nor forge a line of
/// output.
pub fn shown(path: &Path) -> String {
    let text = path.display().to_string();
    if !text.chars().any(char::is_control) {
        return text;
    }
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// The regular file at `path` (following links), and its size, without opening it: opening a
/// pipe would block until something writes to it.
pub fn regular(path: &Path) -> Result<u64, Refusal> {
    let meta = fs::metadata(path).map_err(Refusal::Io)?;
    if meta.is_file() {
        Ok(meta.len())
    } else {
        Err(Refusal::NotRegular)
    }
}

/// Reads the regular file at `path`, refusing it when it holds more than `max` bytes; the
/// bound holds even if the file grows while it is read.
pub fn read_regular(path: &Path, max: u64) -> Result<Vec<u8>, Refusal> {
    let size = regular(path)?;
    if size > max {
        return Err(Refusal::TooLarge(size));
    }
    let file = File::open(path).map_err(Refusal::Io)?;
    // The file may have been replaced by a pipe between the look and the opening.
    let meta = file.metadata().map_err(Refusal::Io)?;
    if !meta.is_file() {
        return Err(Refusal::NotRegular);
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len().min(max)).unwrap_or(0));
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(Refusal::Io)?;
    if bytes.len() as u64 > max {
        return Err(Refusal::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// A folder of the user's files (`--templates`, `--locales`): what is read from it must
/// resolve to a place inside it.
#[derive(Clone, Debug)]
pub struct Folder {
    /// As the user gave it.
    pub path: PathBuf,
    /// Resolved: links followed, absolute.
    real: PathBuf,
}

impl Folder {
    pub fn open(path: &Path) -> io::Result<Folder> {
        Ok(Folder {
            path: path.to_path_buf(),
            real: path.canonicalize()?,
        })
    }

    /// Refuses `path` (found in this folder) when it resolves outside the folder.
    pub fn inside(&self, path: &Path) -> Result<(), Refusal> {
        let real = path.canonicalize().map_err(Refusal::Io)?;
        if real.starts_with(&self.real) {
            Ok(())
        } else {
            Err(Refusal::Outside(self.path.clone()))
        }
    }

    /// Reads `path` (found in this folder) when it is a regular file inside it of at most
    /// `max` bytes.
    pub fn read(&self, path: &Path, max: u64) -> Result<Vec<u8>, Refusal> {
        self.inside(path)?;
        read_regular(path, max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_regular_files_inside_their_folder_and_within_the_bound() {
        let dir = tempfile::tempdir().unwrap();
        let folder = Folder::open(dir.path()).unwrap();
        fs::write(dir.path().join("a"), "abc").unwrap();
        assert_eq!(folder.read(&dir.path().join("a"), 3).unwrap(), b"abc");
        assert!(matches!(
            folder.read(&dir.path().join("a"), 2),
            Err(Refusal::TooLarge(3))
        ));
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero")).unwrap();
        assert!(matches!(
            folder.read(&dir.path().join("zero"), 10),
            Err(Refusal::Outside(_))
        ));
        assert!(matches!(
            read_regular(Path::new("/dev/zero"), 10),
            Err(Refusal::NotRegular)
        ));
        std::os::unix::fs::symlink("a", dir.path().join("b")).unwrap();
        assert_eq!(folder.read(&dir.path().join("b"), 3).unwrap(), b"abc");
    }

    #[test]
    fn shown_paths_escape_control_characters() {
        assert_eq!(shown(Path::new("a/b.yaml")), "a/b.yaml");
        assert_eq!(
            shown(Path::new("x\nforged.yaml:1:1: \u{1b}[2J")),
            "x\\nforged.yaml:1:1: \\u{1b}[2J"
        );
    }
}
