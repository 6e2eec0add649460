//! Finding declaration files and reading them into typed declarations, with precise errors.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use walkdir::WalkDir;

use super::de;
use super::limits::{
    MAX_EXPANDED_BYTES, MAX_FILE_BYTES, MAX_FILES, MAX_NESTING, MAX_RUN_BYTES, mib,
};
use super::model::Declaration;
use super::source_map::{self, LineStarts};
use super::tree::{Exceeded, Tree};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::files::{self, Refusal, io_reason, shown};
use crate::suggest::did_you_mean;

/// One declaration, read and parsed.
#[derive(Debug)]
pub struct Loaded {
    pub file: Arc<SourceFile>,
    pub declaration: Declaration,
    /// Where the entries `use:` made come from in the file (see [`super::catalogue`]).
    pub origins: super::catalogue::Origins,
}

/// The `*.yaml` / `*.yml` files named by `paths` (files as given, folders searched), sorted
/// within each folder so runs are reproducible.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Diagnostic> {
    let mut files = Vec::new();
    for root in paths {
        let meta = std::fs::metadata(root).map_err(|e| {
            Diagnostic::error(
                "load",
                format!("cannot read `{}`: {}", shown(root), io_reason(&e)),
            )
            .with_help("give a declaration file or a folder that contains `*.yaml` files")
        })?;
        if meta.is_file() {
            files.push(root.clone());
            continue;
        }
        if !meta.is_dir() {
            return Err(not_regular(root));
        }
        let mut found = Vec::new();
        // Dot-folders (`.git`, `.notice-staging…`) are never declarations: not even searched,
        // so a broken link or unreadable folder inside them cannot stop the run.
        let walk = WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walk {
            let entry = entry.map_err(|e| {
                let place = e.path().unwrap_or(root);
                let (why, help) = if let Some(above) = e.loop_ancestor() {
                    (
                        format!(
                            "it is a symbolic link to `{}`, a folder above it, so the search would never end",
                            shown(above)
                        ),
                        "remove the link, or give the folders to search one by one",
                    )
                } else if place.is_symlink() && std::fs::metadata(place).is_err() {
                    // Following it failed: it points to nothing, or to itself.
                    (
                        "it is a symbolic link that leads nowhere (it points to something missing, or loops)".to_owned(),
                        "remove the link, or point it at a declaration",
                    )
                } else {
                    (
                        e.io_error().map_or_else(|| e.to_string(), io_reason),
                        "make the folder readable, or leave it out",
                    )
                };
                Diagnostic::error("load", format!("cannot search `{}`: {why}", shown(place)))
                    .with_help(help)
            })?;
            let p = entry.path();
            let is_yaml = matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"));
            if !is_yaml || entry.file_type().is_dir() {
                continue;
            }
            // A pipe or device named like a declaration is reported, not skipped: the user
            // expects it to be read, and reading it could block forever.
            if !entry.file_type().is_file() {
                return Err(not_regular(p));
            }
            found.push(p.to_path_buf());
        }
        if found.is_empty() {
            return Err(Diagnostic::error(
                "load",
                format!(
                    "no declarations in `{}`: it has no `*.yaml` or `*.yml` file",
                    shown(root)
                ),
            )
            .with_help("add a declaration (see docs/guide/declarations.md) or give another path"));
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
        .with_help(FEWER));
    }
    // Files larger than a declaration may be are refused one by one when loaded.
    let total: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len().min(MAX_FILE_BYTES + 1))
        .sum();
    if total > MAX_RUN_BYTES {
        return Err(Diagnostic::error(
            "load",
            format!(
                "the declarations of this run add up to {total} bytes; the limit is {MAX_RUN_BYTES} bytes ({}) per run",
                mib(MAX_RUN_BYTES)
            ),
        )
        .with_help(FEWER));
    }
    Ok(files)
}

/// The help for a run over one of its limits.
const FEWER: &str =
    "run notice on fewer folders at a time, or give the sub-folders of a large one one by one";

fn not_regular(path: &Path) -> Diagnostic {
    Diagnostic::error(
        "load",
        format!(
            "cannot read `{}`: it is not a regular file or a folder (a pipe, socket or device)",
            shown(path)
        ),
    )
    .with_help("give a declaration file or a folder that contains `*.yaml` files")
}

/// Reads and parses one declaration file.
pub fn load(path: &Path) -> Result<Loaded, Diagnostic> {
    let unread = || Arc::new(SourceFile::unread(path.to_path_buf()));
    let fail = |msg: String, help: &str| {
        Diagnostic::error("load", msg)
            .with_help(help)
            .in_file(&unread(), None)
    };
    let bytes = files::read_regular(path, MAX_FILE_BYTES).map_err(|refusal| match refusal {
        Refusal::TooLarge(size) => fail(
            format!(
                "the file is {size} bytes; a declaration may be at most {MAX_FILE_BYTES} bytes ({})",
                mib(MAX_FILE_BYTES)
            ),
            "split it into one declaration per notice, or remove what is not a declaration",
        ),
        Refusal::NotRegular => fail(
            format!("cannot read the file: {}", refusal.reason()),
            "give a declaration file, or a folder to search for `*.yaml` files",
        ),
        _ => fail(
            format!("cannot read the file: {}", refusal.reason()),
            "check that the file exists and that you may read it",
        ),
    })?;
    parse_bytes(path.to_path_buf(), bytes)
}

/// Decodes and parses the bytes of a declaration read from `path` (a file, or a version of it
/// that `notice diff --since` read from git): UTF-8, with or without a byte-order mark.
pub fn parse_bytes(path: PathBuf, bytes: Vec<u8>) -> Result<Loaded, Diagnostic> {
    let fail = |msg: String, help: &str| {
        Diagnostic::error("load", msg)
            .with_help(help)
            .in_file(&Arc::new(SourceFile::unread(path.clone())), None)
    };
    if let Some(encoding) = wide_encoding(&bytes) {
        return Err(fail(
            format!("the file is {encoding} text; declarations are read as UTF-8"),
            "save the file as UTF-8 in your editor (\"UTF-8\" encoding, not \"Unicode\", \"UTF-16\" or \"UTF-32\")",
        ));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let byte = e.as_bytes()[at];
            let valid = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
            let file = Arc::new(SourceFile::plain(path.clone(), valid));
            return Err(Diagnostic::error(
                "load",
                format!("the file is not UTF-8 text: byte 0x{byte:02X} here is not valid UTF-8"),
            )
            .with_help("save the file as UTF-8 in your editor (it may have been saved as Latin-1 or Windows-1252)")
            .in_file(&file, Some(at)));
        }
    };
    // A UTF-8 byte-order mark is what some editors write; it is not content.
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text);
    parse(path, text)
}

/// The UTF-16 or UTF-32 encoding `bytes` are in, by their byte-order mark or, without one, by
/// the zero bytes around the first character (YAML 1.2, 5.2): read as UTF-8 they would be a
/// NUL or an invalid byte, and the message would not say what is wrong.
fn wide_encoding(bytes: &[u8]) -> Option<&'static str> {
    let b = |i: usize| bytes.get(i).copied();
    let nonzero = |i: usize| b(i).is_some_and(|x| x != 0);
    Some(match (b(0), b(1), b(2), b(3)) {
        (Some(0), Some(0), Some(0xfe), Some(0xff)) => "UTF-32 (big-endian)",
        (Some(0xff), Some(0xfe), Some(0), Some(0)) => "UTF-32 (little-endian)",
        (Some(0), Some(0), Some(0), _) if nonzero(3) => "UTF-32 (big-endian)",
        (_, Some(0), Some(0), Some(0)) if nonzero(0) => "UTF-32 (little-endian)",
        (Some(0xfe), Some(0xff), ..) => "UTF-16 (big-endian)",
        (Some(0xff), Some(0xfe), ..) => "UTF-16 (little-endian)",
        (Some(0), ..) if nonzero(1) => "UTF-16 (big-endian)",
        (_, Some(0), ..) if nonzero(0) => "UTF-16 (little-endian)",
        _ => return None,
    })
}

/// Parses declaration text (the part of [`load`] after reading, also used by tests and fuzzing).
pub fn parse(path: PathBuf, text: String) -> Result<Loaded, Diagnostic> {
    if text.trim().is_empty()
        || source_map::lines(&text).all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        let file = Arc::new(SourceFile::plain(path, text));
        return Err(Diagnostic::error(
            "load",
            "the file is empty: a declaration needs at least a `notice:` section",
        )
        .with_help("start from the complete example in docs/guide/declarations.md or notices/")
        .in_file(&file, Some(0)));
    }
    // YAML allows no control character but tab and line breaks (libyaml refused them, and
    // yaml-rust2 would take a NUL for the end of the text).
    if let Some(at) = first_control(&text) {
        let file = Arc::new(SourceFile::plain(path, text));
        return Err(
            Diagnostic::error("load", "control characters are not allowed")
                .with_help(CONTROL_HELP)
                .in_file(&file, Some(at)),
        );
    }
    // One pass gives the tree the declaration is read from and its source map; it checks the
    // limits that protect reading it (nesting, alias expansion) without expanding anything.
    let lines = LineStarts::new(&text);
    let tree = Tree::parse(&text, &lines);
    let file = Arc::new(SourceFile::declaration(path, text, lines));
    if let Some(exceeded) = tree.exceeded {
        let (offset, msg, help) = match exceeded {
            Exceeded::Nesting(at) => (
                at,
                format!("the YAML is nested more than {MAX_NESTING} levels deep here"),
                "a declaration needs no more than six levels: look for a bracket that is never closed, or indentation that runs away",
            ),
            Exceeded::Expansion(at) => (
                at,
                format!(
                    "YAML aliases expand the file beyond {MAX_EXPANDED_BYTES} bytes ({}) here",
                    mib(MAX_EXPANDED_BYTES)
                ),
                "use an alias (`*name`) to repeat a text a few times, not to multiply it: write the values out",
            ),
        };
        return Err(Diagnostic::error("load", msg)
            .with_help(help)
            .in_file(&file, Some(offset)));
    }
    if let Some((offset, tag)) = &tree.tag {
        return Err(
            Diagnostic::error("load", format!("the tag `{tag}` is not supported"))
                .with_help(TAGS_HELP)
                .in_file(&file, Some(*offset)),
        );
    }
    match de::from_tree::<Declaration>(&tree) {
        Ok(declaration) => Ok(Loaded {
            file,
            declaration,
            origins: Default::default(),
        }),
        Err(e) => {
            let (diagnostic, offset) = explain(&e.to_string(), e.offset(), &file);
            Err(diagnostic.in_file(&file, offset))
        }
    }
}

/// Whether YAML allows `c` in a file (YAML 1.2, 5.1): tab, line breaks and printable
/// characters, as libyaml's reader checked.
/// Where the first character YAML does not allow is ([`allowed_char`]). Each starts with a
/// byte of its own: an ASCII control or DEL, the lead byte of U+0080–U+00BF (C1 controls), or
/// that of U+F000–U+FFFF (U+FFFE, U+FFFF); only characters starting so are decoded, where
/// decoding every one cost a tenth of reading a declaration.
fn first_control(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(k) = bytes[i..]
        .iter()
        .position(|&b| b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xef)
    {
        let at = i + k;
        let c = text[at..].chars().next()?;
        if !allowed_char(c) {
            return Some(at);
        }
        i = at + c.len_utf8();
    }
    None
}

fn allowed_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='~' | '\u{85}' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

const CONTROL_HELP: &str =
    "remove the invisible control character here (YAML allows none but tab and line breaks)";

const TAGS_HELP: &str =
    "YAML tags (`!include`, `!!binary`…) are not supported: write the value itself";

/// The field reference, where every help below sends the user.
const REFERENCE: &str = "the field reference in docs/reference/fields.md";

/// Reading errors (by a part of their message) whose help needs nothing from the message; the
/// first that matches applies.
const FIXED_HELPS: &[(&str, &str)] = &[
    (
        "goes on over lines that are not indented",
        "close the quote on this line if the text ends here; a text that goes on over several lines is indented more than its key",
    ),
    (
        "<document start>",
        "the lines above end the document: start every section (`notice:`, `controller:`…) at the beginning of a line, and indent what is inside it",
    ),
    (
        "mapping values are not allowed",
        "if this line starts a new field, indent it like the fields above it; if the value contains `: `, put it in double quotes",
    ),
    (
        "tab character",
        "indent with spaces: YAML does not allow tabs in indentation",
    ),
    (
        "flow sequence",
        "close the list with `]` (or the mapping with `}`), and separate its items with commas",
    ),
    (
        "flow mapping",
        "close the mapping with `}` (or the list with `]`), and separate its items with commas",
    ),
    (
        "recursion limit",
        "the file is nested too deeply to be a declaration: simplify it",
    ),
    (
        "repetition limit",
        "the file's aliases repeat too much to be a declaration: write the values out",
    ),
];

/// Turns a reading error (`msg`, found at `offset`) into a message that names the problem, a
/// help that says what to write instead, and the place to point at.
fn explain(msg: &str, offset: Option<usize>, file: &SourceFile) -> (Diagnostic, Option<usize>) {
    let mut offset = offset;
    let msg = msg.to_owned();
    let quoted = |m: &str| m.split('`').nth(1).map(str::to_owned).unwrap_or_default();
    let candidates = |m: &str| -> Vec<String> {
        m.split("expected ")
            .nth(1)
            .unwrap_or("")
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    };
    let suggestion = |m: &str| {
        let found = quoted(m);
        let c = candidates(m);
        did_you_mean(&found, c.iter().map(String::as_str)).map(|s| format!("did you mean `{s}`?"))
    };
    let (msg, help) = if msg.contains("expected struct Declaration") {
        // A mapping is what the struct takes, so only a list or a scalar gets here.
        let found = if msg.starts_with("invalid type: sequence") {
            "a list"
        } else {
            "a single value"
        };
        (
            format!(
                "this is not a declaration: a declaration is a mapping of sections (`notice:`, `controller:`, `purposes:`…), and this file holds {found}"
            ),
            "start from the complete example in docs/guide/declarations.md".to_owned(),
        )
    } else if msg.contains("unknown field") {
        let help = if quoted(&msg) == "<<" {
            "YAML merge keys (`<<: *name`) are not supported: write the fields out".to_owned()
        } else {
            suggestion(&msg)
                .unwrap_or_else(|| format!("remove it, or check its spelling against {REFERENCE}"))
        };
        (msg, help)
    } else if msg.contains("unknown variant") {
        let help = suggestion(&msg).unwrap_or_else(|| "write one of the values listed".to_owned());
        (msg, help)
    } else if msg.contains("missing field") {
        let help = format!("add `{}:` here (see {REFERENCE})", quoted(&msg));
        (msg, help)
    } else if msg.contains("duplicate") || msg.contains("given twice") {
        // The error points at the mapping; the source map knows where the key comes again.
        let parent = msg.split_once(": ").map_or("", |(p, _)| p);
        let parent = if parent.contains(' ') { "" } else { parent };
        let key = quoted(&msg);
        let path = if parent.is_empty() {
            key
        } else {
            format!("{parent}.{key}")
        };
        offset = file.map().repeated(&path).or(offset);
        let help = "each key may appear only once in a mapping: remove or merge the repeated one";
        (msg, help.to_owned())
    } else if msg.contains("more than one document") {
        offset = second_document(&file.text, &file.lines).or(offset);
        (
            "the file holds more than one YAML document (a `---` line starts another); a declaration file holds one".to_owned(),
            "put each declaration in a file of its own".to_owned(),
        )
    } else if msg.contains("quoted scalar") {
        let help = "close the quote that starts here (inside single quotes, write `''` for a `'`)";
        (msg, help.to_owned())
    } else if let Some((_, help)) = FIXED_HELPS.iter().find(|(p, _)| msg.contains(p)) {
        (msg, (*help).to_owned())
    } else if msg.contains("invalid type") {
        let expected = msg.split("expected ").nth(1).unwrap_or("");
        let what = match expected {
            "a sequence" => "a list here: `[a, b]`, or one `- item` per line",
            "a boolean" => "`true` or `false` here",
            e if e.starts_with("text:") => {
                "a text here: one string, or one per language as `{fr: …, nl: …, en: …}`"
            }
            e if e.starts_with("struct ") => {
                "a mapping of fields here (`name: value`, one per line)"
            }
            "a string" => "a single value here, such as a name or an id",
            e => &format!("{e} here"),
        };
        let help = format!("write {what} (see {REFERENCE})");
        (msg, help)
    } else if msg.contains("while scanning") || msg.contains("while parsing") {
        let help = "fix the YAML syntax at this place (indentation, a missing `:` or quote)";
        (msg, help.to_owned())
    } else {
        // The messages of the format's own types (dates, durations, events…) say what to write.
        (msg, format!("see {REFERENCE} for what this field takes"))
    };
    (Diagnostic::error("load", msg).with_help(help), offset)
}

/// Where the second YAML document of a text starts: its `---` line.
fn second_document(text: &str, lines: &LineStarts) -> Option<usize> {
    let mut seen_content = false;
    for (i, line) in source_map::lines(text).enumerate() {
        let t = line.trim_end();
        if t == "---" || t.starts_with("--- ") {
            if seen_content {
                return Some(lines.offset(text, i + 1, 0));
            }
        } else if !t.is_empty() && !t.trim_start().starts_with('#') {
            seen_content = true;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_control_character_is_found_as_a_scan_of_every_character_finds_it() {
        let texts = [
            "",
            "plain",
            "a\tb\r\nc",
            "nul \0 here",
            "del \u{7f}",
            "c1 \u{80} \u{85} \u{9f}",
            "nbsp \u{a0} « » é",
            "private \u{e000} \u{fffd} \u{fffe}",
            "\u{ffff}",
            "’ 😀 \u{1b}",
            "\u{85}\u{84}",
            "\u{f000}\u{10000}\u{c0}",
        ];
        for t in texts {
            assert_eq!(first_control(t), t.find(|c| !allowed_char(c)), "{t:?}");
        }
    }

    #[test]
    fn a_pipe_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("x.yaml");
        let made = std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .unwrap();
        assert!(made.success());
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || tx.send(load(&pipe).map(|_| ())));
        let result = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("load returns instead of blocking on the pipe");
        let e = result.unwrap_err();
        assert!(e.message.contains("not a regular file"), "{}", e.message);
    }
}
