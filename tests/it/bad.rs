//! The bad-input corpus: broken declarations (`tests/fixtures/bad/`) and broken trees made at
//! test time (bytes that cannot be committed, links, pipes, big files), each with the exact
//! error a user sees from `notice lint` and `notice build`: exit code, `file:line:col`, message
//! and help. Nothing is written when a build fails.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::common::{code, fixture, needs_pdf, notice, stderr, stdout};

/// What a user must see for one broken input.
struct Expect {
    /// Exit code of `lint`, and of `build` unless the case is build-only.
    code: i32,
    /// `line:col`, or empty where the error has no place in a file (a folder, a size).
    at: &'static str,
    /// `error`, or `error[N001]` for a lint finding.
    level: &'static str,
    message: &'static str,
    help: &'static str,
}

const fn e(
    code: i32,
    at: &'static str,
    level: &'static str,
    message: &'static str,
    help: &'static str,
) -> Expect {
    Expect {
        code,
        at,
        level,
        message,
        help,
    }
}

/// Committed cases: `tests/fixtures/bad/<name>.yaml`, each explained by its first line.
const FILES: &[(&str, Expect)] = &[
    // YAML syntax
    (
        "syntax-unclosed-quote",
        e(
            2,
            "3:7",
            "error",
            "found unexpected end of stream, while scanning a quoted scalar",
            "close the quote that starts here",
        ),
    ),
    (
        "syntax-bad-indent",
        e(
            2,
            "4:13",
            "error",
            "mapping values are not allowed in this context",
            "indent it like the fields above it",
        ),
    ),
    (
        "syntax-tab-indent",
        e(
            2,
            "4:1",
            "error",
            "found a tab character that violates indentation",
            "indent with spaces",
        ),
    ),
    (
        "syntax-unclosed-flow",
        e(
            2,
            "6:19",
            "error",
            "did not find expected ',' or ']', while parsing a flow sequence",
            "close the list with `]`",
        ),
    ),
    (
        "syntax-colon-in-value",
        e(
            2,
            "28:22",
            "error",
            "mapping values are not allowed in this context",
            "if the value contains `: `, put it in double quotes",
        ),
    ),
    (
        "syntax-two-documents",
        e(
            2,
            "35:1",
            "error",
            "the file holds more than one YAML document",
            "put each declaration in a file of its own",
        ),
    ),
    (
        "syntax-custom-tag",
        e(
            2,
            "15:6",
            "error",
            "the tag `!include` is not supported",
            "YAML tags (`!include`, `!!binary`…) are not supported",
        ),
    ),
    (
        "syntax-merge-key",
        e(
            2,
            "8:3",
            "error",
            "controller: unknown field `<<`",
            "YAML merge keys (`<<: *name`) are not supported",
        ),
    ),
    (
        "not-a-mapping",
        e(
            2,
            "2:1",
            "error",
            "this is not a declaration: a declaration is a mapping of sections (`notice:`, `controller:`, `purposes:`…), and this file holds a list",
            "start from the complete example in docs/guide/declarations.md",
        ),
    ),
    (
        "scalar-document",
        e(
            2,
            "2:1",
            "error",
            "this file holds a single value",
            "start from the complete example",
        ),
    ),
    // Wrong types
    (
        "type-languages-string",
        e(
            2,
            "5:14",
            "error",
            "notice.languages: invalid type: string \"en\", expected a sequence",
            "write a list here: `[a, b]`, or one `- item` per line",
        ),
    ),
    (
        "type-purposes-mapping",
        e(
            2,
            "26:3",
            "error",
            "purposes: invalid type: map, expected a sequence",
            "write a list here",
        ),
    ),
    (
        "type-bool",
        e(
            2,
            "9:21",
            "error",
            "controller.public_authority: invalid type: string \"maybe\", expected a boolean",
            "write `true` or `false` here",
        ),
    ),
    (
        "type-text-list",
        e(
            2,
            "27:12",
            "error",
            "purposes[0].label: invalid type: sequence, expected text",
            "write a text here: one string, or one per language",
        ),
    ),
    (
        "type-id-mapping",
        e(
            2,
            "26:9",
            "error",
            "purposes[0].id: invalid type: map, expected a string",
            "write a single value here",
        ),
    ),
    (
        "type-data-not-list",
        e(
            2,
            "31:11",
            "error",
            "purposes[0].data: invalid type: string \"logs\", expected a sequence",
            "write a list here",
        ),
    ),
    // Unknown fields and values
    (
        "unknown-field-top",
        e(
            2,
            "25:1",
            "error",
            "unknown field `purpsoes`, expected one of `notice`",
            "did you mean `purposes`?",
        ),
    ),
    (
        "unknown-field-nested",
        e(
            2,
            "27:5",
            "error",
            "purposes[0]: unknown field `lable`",
            "did you mean `label`?",
        ),
    ),
    (
        "unknown-field-source-entry",
        e(
            2,
            "28:9",
            "error",
            "data_categories[0].source[1]: unknown field `data_subject`",
            "did you mean `data_subjects`?",
        ),
    ),
    (
        "unknown-field-no-suggestion",
        e(
            2,
            "9:3",
            "error",
            "controller: unknown field `colour`",
            "remove it, or check its spelling against the field reference in docs/reference/fields.md",
        ),
    ),
    (
        "unknown-field-helper",
        e(
            2,
            "15:1",
            "error",
            "unknown field `defaults`",
            "remove it, or check its spelling",
        ),
    ),
    (
        "unknown-legal-basis",
        e(
            2,
            "29:18",
            "error",
            "purposes[0].legal_basis: unknown variant `legitimate_interest`",
            "did you mean `legitimate_interests`?",
        ),
    ),
    (
        "unknown-requirement",
        e(
            2,
            "23:20",
            "error",
            "data_categories[0].provision.requirement: unknown variant `optional`, expected one of `statutory`",
            "write one of the values listed",
        ),
    ),
    (
        "unknown-duration-unit",
        e(
            2,
            "33:17",
            "error",
            "purposes[0].retention.duration: unknown unit `monhts` (did you mean `months`?)",
            "see the field reference in docs/reference/fields.md",
        ),
    ),
    (
        "bad-duration",
        e(
            2,
            "33:17",
            "error",
            "purposes[0].retention.duration: `forever` is not a duration: write a number and a unit",
            "see the field reference in docs/reference/fields.md",
        ),
    ),
    (
        "retention-session",
        e(
            2,
            "33:17",
            "error",
            "purposes[0].retention.duration: `session` is how long a tracker lasts, not a retention period: write a number and a unit (days, weeks, months or years)",
            "see the field reference in docs/reference/fields.md",
        ),
    ),
    (
        "retention-hours",
        e(
            2,
            "33:17",
            "error",
            "purposes[0].retention.duration: `48 hours` is too short for a retention period: write a number and a unit (days, weeks, months or years)",
            "see the field reference in docs/reference/fields.md",
        ),
    ),
    // Duplicate keys: the place is the repeat, not the mapping
    (
        "duplicate-key-top",
        e(
            2,
            "35:1",
            "error",
            "duplicate field `dpo`",
            "each key may appear only once in a mapping",
        ),
    ),
    (
        "duplicate-key-nested",
        e(
            2,
            "28:5",
            "error",
            "purposes[0]: duplicate field `label`",
            "each key may appear only once in a mapping",
        ),
    ),
    (
        "duplicate-language-in-text",
        e(
            2,
            "27:35",
            "error",
            "purposes[0].label: language `en` is given twice in this text",
            "each key may appear only once in a mapping",
        ),
    ),
    // Missing required fields
    (
        "missing-notice",
        e(
            2,
            "2:1",
            "error",
            "missing field `notice`",
            "add `notice:` here",
        ),
    ),
    (
        "missing-purpose-id",
        e(
            2,
            "26:5",
            "error",
            "purposes[0]: missing field `id`",
            "add `id:` here",
        ),
    ),
    (
        "missing-history-date",
        e(
            2,
            "8:7",
            "error",
            "notice.history[0]: missing field `effective`",
            "add `effective:` here",
        ),
    ),
    // Empty files and the byte-order mark (accepted: positions count from after it)
    (
        "empty",
        e(
            2,
            "1:1",
            "error",
            "the file is empty: a declaration needs at least a `notice:` section",
            "start from the complete example in docs/guide/declarations.md or notices/",
        ),
    ),
    (
        "comments-only",
        e(
            2,
            "1:1",
            "error",
            "the file is empty",
            "start from the complete example",
        ),
    ),
    (
        "whitespace-only",
        e(
            2,
            "1:1",
            "error",
            "the file is empty",
            "start from the complete example",
        ),
    ),
    (
        // A byte-order mark, then a typo on the first line: the column does not count the mark.
        "bom",
        e(
            2,
            "1:1",
            "error",
            "unknown field `notise`",
            "did you mean `notice`?",
        ),
    ),
    // Resource bounds
    (
        "deep-nesting",
        e(
            2,
            "27:41",
            "error",
            "the YAML is nested more than 32 levels deep here",
            "look for a bracket that is never closed",
        ),
    ),
    (
        "alias-bomb",
        e(
            2,
            "12:9",
            "error",
            "YAML aliases expand the file beyond 4194304 bytes (4 MiB) here",
            "use an alias (`*name`) to repeat a text a few times, not to multiply it",
        ),
    ),
    // Well-formed YAML that the law or the format refuses: lint findings (exit 1)
    (
        "id-path-traversal",
        e(
            1,
            "3:7",
            "error[N001]",
            "notice id `../../etc` is not a slug",
            "use lowercase letters, digits, `-` and `_` only",
        ),
    ),
    (
        "id-not-slug",
        e(
            1,
            "26:9",
            "error[N008]",
            "purpose id `Network Security` is not a slug",
            "e.g. `id: network-security`",
        ),
    ),
    (
        "date-not-existing",
        e(
            2,
            "4:14",
            "error",
            "notice.effective: `2026-02-30` is not a real date: 2026-02 has no day 30 (it has 28 days)",
            "see the field reference in docs/reference/fields.md",
        ),
    ),
    (
        "date-wrong-format",
        e(
            2,
            "4:14",
            "error",
            "notice.effective: `01/03/2026` is not a date: write it as YYYY-MM-DD",
            "see the field reference in docs/reference/fields.md",
        ),
    ),
    (
        "language-unknown",
        e(
            1,
            "5:19",
            "error[N004]",
            "no locale for language `xx`",
            "use one of de, en, fr, nl, or add a locale with --locales",
        ),
    ),
    (
        "default-language-not-listed",
        e(
            1,
            "6:21",
            "error[N004]",
            "default language `fr` is not among the notice's languages",
            "list it in `languages`, or choose one of them",
        ),
    ),
    (
        "unknown-reference",
        e(
            1,
            "31:18",
            "error[N010]",
            "no data category has the id `cookies`",
            "declare it under `data_categories:`",
        ),
    ),
    (
        "unknown-data-subject",
        e(
            1,
            "32:21",
            "error[N010]",
            "no data subject has the id `customer`",
            "did you mean `customers`?",
        ),
    ),
    (
        "country-name",
        e(
            1,
            "9:12",
            "error[N012]",
            "unknown country code \"Belgium\"",
            "did you mean `BE`?",
        ),
    ),
    // A warning only: the page is built, and the address is not used as a link base (see
    // the injection tests).
    (
        "javascript-url",
        e(
            0,
            "7:8",
            "warning[N802]",
            "`javascript:alert(1)//` is not a link the notice can print",
            "write the full address",
        ),
    ),
];

/// Runs `lint` and `build` on `args` and checks what the user sees against `x`; `shown` is
/// the file the message must name (empty for none).
fn check(name: &str, args: &[String], shown: &str, x: &Expect, build_only: bool) {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let place = match (shown.is_empty(), x.at.is_empty()) {
        (true, _) => String::new(),
        (false, true) => format!("{shown}: "),
        (false, false) => format!("{shown}:{}: ", x.at),
    };
    let head = format!("{place}{}: ", x.level);
    let mut runs = vec![(
        "build",
        notice(&[&["build"], &args[..], &["--out", out.to_str().unwrap()]].concat()),
    )];
    if !build_only {
        runs.push(("lint", notice(&[&["lint"], &args[..]].concat())));
    }
    for (command, o) in runs {
        let text = format!("{}{}", stdout(&o), stderr(&o));
        // However long the line at fault, what is shown of it stays readable.
        assert!(
            text.lines().all(|l| l.chars().count() < 1000),
            "{name} ({command}): an output line of {} characters",
            text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
        );
        // The first line of a finding: `file:line:col: error: message`.
        assert!(
            text.lines()
                .any(|l| l.starts_with(&head) && l.contains(x.message)),
            "{name} ({command}): expected a line starting {head:?} with {:?}, got:\n{text}",
            x.message
        );
        assert!(
            text.lines()
                .any(|l| l.starts_with("  = help: ") && l.contains(x.help)),
            "{name} ({command}): expected help {:?}, got:\n{text}",
            x.help
        );
        let expected = if command == "build" && x.code == 0 {
            0
        } else {
            x.code
        };
        assert_eq!(code(&o), expected, "{name} ({command}):\n{text}");
        if command == "build" && x.code != 0 {
            assert!(
                !out.exists(),
                "{name}: a failed build wrote {}",
                out.display()
            );
        }
    }
}

#[test]
fn every_broken_declaration_gives_its_error() {
    let dir = fixture("bad");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".yaml")
                .map(str::to_owned)
        })
        .collect();
    names.sort();
    let mut listed: Vec<&str> = FILES.iter().map(|(n, _)| *n).collect();
    listed.sort_unstable();
    assert_eq!(
        names, listed,
        "every file in tests/fixtures/bad has one row in FILES"
    );
    for (name, x) in FILES {
        let shown = format!("tests/fixtures/bad/{name}.yaml");
        check(name, std::slice::from_ref(&shown), &shown, x, false);
    }
}

/// A broken tree, made in `dir`: the arguments to give and the file the error must name.
type Setup = fn(&Path) -> (Vec<String>, String);

fn s(p: &Path) -> String {
    p.to_str().unwrap().to_owned()
}

fn valid(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    fs::copy(fixture("build/li-only.yaml"), &p).unwrap();
    p
}

/// Replaces `from` by `to` in the valid fixture's bytes and writes the result to `dir/x.yaml`.
fn patched(dir: &Path, from: &str, to: &[u8]) -> PathBuf {
    let text = fs::read(fixture("build/li-only.yaml")).unwrap();
    let at = text
        .windows(from.len())
        .position(|w| w == from.as_bytes())
        .unwrap();
    let bytes = [&text[..at], to, &text[at + from.len()..]].concat();
    let p = dir.join("x.yaml");
    fs::write(&p, bytes).unwrap();
    p
}

/// The valid fixture built with `option` (`--templates`, `--locales`) naming `d`, where the
/// file `name` holds `text`; the error must name that file.
fn overriding(d: &Path, option: &str, name: &str, text: &str) -> (Vec<String>, String) {
    let file = d.join(name);
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    fs::write(&file, text).unwrap();
    let args = vec![s(&fixture("build/li-only.yaml")), option.to_owned(), s(d)];
    (args, s(&file))
}

fn mkfifo(p: &Path) {
    let ok = std::process::Command::new("mkfifo")
        .arg(p)
        .status()
        .unwrap()
        .success();
    assert!(ok, "mkfifo {}", p.display());
}

const GENERATED: &[(&str, Setup, Expect, bool)] = &[
    (
        "latin-1 byte",
        |d| {
            let p = patched(
                d,
                "Example SRL",
                "Soci\u{e9}t\u{e9}"
                    .chars()
                    .map(|c| c as u8)
                    .collect::<Vec<_>>()
                    .as_slice(),
            );
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "8:13",
            "error",
            "the file is not UTF-8 text: byte 0xE9 here is not valid UTF-8",
            "save the file as UTF-8 in your editor",
        ),
        false,
    ),
    (
        "UTF-16",
        |d| {
            let text = fs::read_to_string(fixture("build/li-only.yaml")).unwrap();
            let mut bytes = vec![0xff, 0xfe];
            bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            let p = d.join("x.yaml");
            fs::write(&p, bytes).unwrap();
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "",
            "error",
            "the file is UTF-16 (little-endian) text; declarations are read as UTF-8",
            "save the file as UTF-8",
        ),
        false,
    ),
    (
        "NUL byte",
        |d| {
            let p = patched(d, "Example SRL", b"Example\0SRL");
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "8:16",
            "error",
            "control characters are not allowed",
            "remove the invisible control character here",
        ),
        false,
    ),
    (
        "50 MB file",
        |d| {
            let p = d.join("big.yaml");
            // Sparse: the size is what matters, and it must be refused before being read.
            fs::File::create(&p)
                .unwrap()
                .set_len(50 * 1024 * 1024)
                .unwrap();
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "",
            "error",
            "the file is 52428800 bytes; a declaration may be at most 1048576 bytes (1 MiB)",
            "split it into one declaration per notice",
        ),
        false,
    ),
    (
        "1 MiB and one byte",
        |d| {
            let p = d.join("big.yaml");
            let mut text = fs::read_to_string(fixture("build/li-only.yaml")).unwrap();
            text.push_str(&"#".repeat(1024 * 1024 + 1 - text.len()));
            fs::write(&p, text).unwrap();
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "",
            "error",
            "the file is 1048577 bytes; a declaration may be at most 1048576 bytes",
            "split it",
        ),
        false,
    ),
    (
        "a megabyte of unclosed brackets",
        |d| {
            let p = d.join("x.yaml");
            fs::write(&p, format!("notice: {}", "[".repeat(1024 * 1024 - 10))).unwrap();
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "1:264",
            "error",
            "the YAML is nested more than 32 levels deep here",
            "look for a bracket that is never closed",
        ),
        false,
    ),
    (
        "a long key over many values, all on one line",
        |d| {
            // Converting each position from the start of its line made this quadratic.
            let p = d.join("x.yaml");
            let key = "k".repeat(500_000);
            let values = vec!["a"; 200_000].join(",");
            fs::write(&p, format!("notice:\n  title: {{{key}: [{values}]}}\n")).unwrap();
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "2:500011",
            "error",
            "did not find expected ',' or '}', while parsing a flow mapping",
            "close the mapping with `}`",
        ),
        false,
    ),
    (
        "aliases of a long string",
        |d| {
            let p = d.join("x.yaml");
            let long = "x".repeat(500_000);
            let aliases = vec!["*a"; 100_000].join(",");
            fs::write(
                &p,
                format!("notice:\n  id: x\n  introduction: &a \"{long}\"\nsecurity: [{aliases}]\n"),
            )
            .unwrap();
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "4:33",
            "error",
            "YAML aliases expand the file beyond 4194304 bytes (4 MiB) here",
            "not to multiply it",
        ),
        false,
    ),
    (
        "folder without declarations",
        |d| {
            fs::write(d.join("README.txt"), "not a declaration").unwrap();
            fs::create_dir(d.join(".drafts")).unwrap();
            valid(&d.join(".drafts"), "hidden.yaml");
            (vec![s(d)], String::new())
        },
        e(
            2,
            "",
            "error",
            "it has no `*.yaml` or `*.yml` file",
            "add a declaration (see docs/guide/declarations.md) or give another path",
        ),
        false,
    ),
    (
        "missing path",
        |d| (vec![s(&d.join("no/such"))], String::new()),
        e(
            2,
            "",
            "error",
            "no/such`: no such file or folder",
            "give a declaration file or a folder that contains `*.yaml` files",
        ),
        false,
    ),
    (
        "pipe named like a declaration",
        |d| {
            valid(d, "a.yaml");
            mkfifo(&d.join("b.yaml"));
            (vec![s(d)], String::new())
        },
        e(
            2,
            "",
            "error",
            "b.yaml`: it is not a regular file or a folder (a pipe, socket or device)",
            "give a declaration file",
        ),
        false,
    ),
    (
        "pipe given as the path",
        |d| {
            let p = d.join("x.yaml");
            mkfifo(&p);
            (vec![s(&p)], String::new())
        },
        e(
            2,
            "",
            "error",
            "x.yaml`: it is not a regular file or a folder",
            "give a declaration file",
        ),
        false,
    ),
    (
        "symbolic link loop",
        |d| {
            valid(d, "a.yaml");
            std::os::unix::fs::symlink(d, d.join("again")).unwrap();
            (vec![s(d)], String::new())
        },
        e(
            2,
            "",
            "error",
            "again`: it is a symbolic link to",
            "remove the link, or give the folders to search one by one",
        ),
        false,
    ),
    (
        "link to itself",
        |d| {
            valid(d, "a.yaml");
            std::os::unix::fs::symlink("self.yaml", d.join("self.yaml")).unwrap();
            (vec![s(d)], String::new())
        },
        e(
            2,
            "",
            "error",
            "self.yaml`: it is a symbolic link that leads nowhere",
            "remove the link, or point it at a declaration",
        ),
        false,
    ),
    (
        "dangling link",
        |d| {
            valid(d, "a.yaml");
            std::os::unix::fs::symlink("gone.yaml", d.join("b.yaml")).unwrap();
            (vec![s(d)], String::new())
        },
        e(
            2,
            "",
            "error",
            "b.yaml`: it is a symbolic link that leads nowhere",
            "remove the link",
        ),
        false,
    ),
    (
        "more files than a run may read",
        |d| {
            let text = fs::read_to_string(fixture("build/li-only.yaml")).unwrap();
            for i in 0..10_001 {
                fs::write(d.join(format!("n{i:05}.yaml")), &text).unwrap();
            }
            (vec![s(d)], String::new())
        },
        e(
            2,
            "",
            "error",
            "10001 declaration files found; the limit is 10000 per run",
            "run notice on fewer folders at a time",
        ),
        false,
    ),
    (
        "more bytes than a run may read",
        |d| {
            // 33 sparse files of 1 MiB each: too much together, none too large alone.
            for i in 0..33 {
                let f = fs::File::create(d.join(format!("n{i:03}.yaml"))).unwrap();
                f.set_len(1024 * 1024).unwrap();
            }
            (vec![s(d)], String::new())
        },
        e(
            2,
            "",
            "error",
            "the declarations of this run add up to 34603008 bytes; the limit is 33554432 bytes (32 MiB) per run",
            "run notice on fewer folders at a time",
        ),
        false,
    ),
    (
        "two notices with one id",
        |d| {
            valid(d, "a.yaml");
            valid(d, "b.yaml");
            (vec![s(d)], s(&d.join("b.yaml")))
        },
        e(
            1,
            "3:7",
            "error[N002]",
            "notice id `li-only` is already used by",
            "give each declaration its own id",
        ),
        false,
    ),
    (
        "one unreadable file among good ones",
        |d| {
            valid(d, "a.yaml");
            fs::write(d.join("b.yaml"), "notice:\n  id: \"b\n").unwrap();
            (vec![s(d)], s(&d.join("b.yaml")))
        },
        e(
            2,
            "2:7",
            "error",
            "while scanning a quoted scalar",
            "close the quote that starts here",
        ),
        false,
    ),
    (
        "UTF-16 without a byte-order mark",
        |d| {
            let text = fs::read_to_string(fixture("build/li-only.yaml")).unwrap();
            let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
            let p = d.join("x.yaml");
            fs::write(&p, bytes).unwrap();
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "",
            "error",
            "the file is UTF-16 (little-endian) text; declarations are read as UTF-8",
            "save the file as UTF-8",
        ),
        false,
    ),
    (
        "UTF-16, big-endian, without a byte-order mark",
        |d| {
            let text = fs::read_to_string(fixture("build/li-only.yaml")).unwrap();
            let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
            let p = d.join("x.yaml");
            fs::write(&p, bytes).unwrap();
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "",
            "error",
            "the file is UTF-16 (big-endian) text",
            "save the file as UTF-8",
        ),
        false,
    ),
    (
        "UTF-32 with a byte-order mark",
        |d| {
            let text = fs::read_to_string(fixture("build/li-only.yaml")).unwrap();
            let mut bytes = vec![0xff, 0xfe, 0, 0];
            bytes.extend(text.chars().flat_map(|c| (c as u32).to_le_bytes()));
            let p = d.join("x.yaml");
            fs::write(&p, bytes).unwrap();
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "",
            "error",
            "the file is UTF-32 (little-endian) text",
            "save the file as UTF-8",
        ),
        false,
    ),
    (
        "UTF-32 without a byte-order mark",
        |d| {
            let text = fs::read_to_string(fixture("build/li-only.yaml")).unwrap();
            let bytes: Vec<u8> = text
                .chars()
                .flat_map(|c| (c as u32).to_be_bytes())
                .collect();
            let p = d.join("x.yaml");
            fs::write(&p, bytes).unwrap();
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "",
            "error",
            "the file is UTF-32 (big-endian) text",
            "save the file as UTF-8",
        ),
        false,
    ),
    (
        "a binary value",
        |d| {
            let p = patched(
                d,
                "label: Connection logs",
                b"label: !!binary Q29ubmVjdGlvbiBsb2dz",
            );
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "20:12",
            "error",
            "the tag `!!binary` is not supported",
            "YAML tags (`!include`, `!!binary`…) are not supported",
        ),
        false,
    ),
    (
        "a number tagged as a string is fine, an integer tag is not",
        |d| {
            let p = patched(d, "id: li-only", b"id: !!int 12");
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "3:7",
            "error",
            "the tag `!!int` is not supported",
            "write the value itself",
        ),
        false,
    ),
    (
        "lone carriage returns as line ends",
        |d| {
            let p = patched(d, "label: Network security", b"lable: Network security");
            let text = fs::read_to_string(&p).unwrap().replace('\n', "\r");
            fs::write(&p, text).unwrap();
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "27:5",
            "error",
            "purposes[0]: unknown field `lable`",
            "did you mean `label`?",
        ),
        false,
    ),
    (
        "CRLF line ends",
        |d| {
            let p = patched(d, "label: Network security", b"lable: Network security");
            let text = fs::read_to_string(&p).unwrap().replace('\n', "\r\n");
            fs::write(&p, text).unwrap();
            (vec![s(&p)], s(&p))
        },
        e(
            2,
            "27:5",
            "error",
            "purposes[0]: unknown field `lable`",
            "did you mean `label`?",
        ),
        false,
    ),
    (
        "pipe named like a locale file",
        |d| {
            let file = d.join("en/house.ftl");
            fs::create_dir_all(file.parent().unwrap()).unwrap();
            mkfifo(&file);
            let args = vec![s(&fixture("build/li-only.yaml")), "--locales".into(), s(d)];
            (args, s(&file))
        },
        e(
            2,
            "",
            "error",
            "cannot read the file: it is not a regular file (a folder, pipe, socket or device)",
            "--locales takes",
        ),
        false,
    ),
    (
        "locale file linked to a device",
        |d| {
            let file = d.join("en/house.ftl");
            fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::os::unix::fs::symlink("/dev/zero", &file).unwrap();
            let args = vec![s(&fixture("build/li-only.yaml")), "--locales".into(), s(d)];
            (args, s(&file))
        },
        e(
            2,
            "",
            "error",
            "cannot read the file: it is a symbolic link that leads outside",
            "copy the file into the folder",
        ),
        false,
    ),
    (
        "pipe named like a template",
        |d| {
            let file = d.join("notice.md.j2");
            mkfifo(&file);
            let args = vec![
                s(&fixture("build/li-only.yaml")),
                "--templates".into(),
                s(d),
            ];
            (args, s(&file))
        },
        e(
            2,
            "",
            "error",
            "cannot read the file: it is not a regular file (a folder, pipe, socket or device)",
            "--templates takes",
        ),
        true,
    ),
    (
        "template folder linking to a file outside it",
        |d| {
            let file = d.join("passwd.txt");
            std::os::unix::fs::symlink("/etc/passwd", &file).unwrap();
            let args = vec![
                s(&fixture("build/li-only.yaml")),
                "--templates".into(),
                s(d),
            ];
            (args, s(&file))
        },
        e(
            2,
            "",
            "error",
            "cannot read the file: it is a symbolic link that leads outside",
            "copy the file into the folder",
        ),
        true,
    ),
    (
        "template with a syntax error",
        |d| {
            overriding(
                d,
                "--templates",
                "notice.md.j2",
                "# {{ n.title }}\n\n{% if n.dpo %}\nno end\n",
            )
        },
        e(
            2,
            "4:1",
            "error",
            "template error: unexpected end of input, expected end of block",
            "fix the template (see docs/guide/customising.md), or remove it",
        ),
        true,
    ),
    (
        "template that fails while rendering",
        |d| {
            overriding(
                d,
                "--templates",
                "notice.md.j2",
                "# {{ n.title }}\n\n{{ n.title.nothing.here }}\n",
            )
        },
        e(
            2,
            "3:11",
            "error",
            "template error: `n.title.nothing` is undefined",
            "fix the template",
        ),
        true,
    ),
    (
        "locale lacking a message",
        |d| {
            let (args, _) = overriding(d, "--locales", "xx/notice.ftl", "language-name = Xx\n");
            (args, s(&d.join("xx")))
        },
        e(2, "", "error", "locale `xx` lacks message `", "add `"),
        false,
    ),
    (
        "locale with a syntax error",
        |d| {
            overriding(
                d,
                "--locales",
                "en/house.ftl",
                "summary-heading = In short\nbroken = { $x\n",
            )
        },
        e(
            2,
            "3:1",
            "error",
            "syntax error in locale file",
            "projectfluent.org",
        ),
        false,
    ),
];

#[test]
fn every_broken_tree_gives_its_error() {
    for (name, setup, x, build_only) in GENERATED {
        let dir = tempfile::tempdir().unwrap();
        let (args, shown) = setup(dir.path());
        let started = Instant::now();
        check(name, &args, &shown, x, *build_only);
        // Each is refused at once, not after reading or expanding everything.
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{name} took {:?}",
            started.elapsed()
        );
    }
}

/// `chmod 000` stops a normal user, not root (CI may run as root): the test asserts whichever
/// applies, so that it fails if notice ever silently skips a file it cannot read.
#[test]
fn an_unreadable_file_is_an_error_unless_the_user_may_read_anything() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = valid(dir.path(), "a.yaml");
    fs::set_permissions(&p, fs::Permissions::from_mode(0o000)).unwrap();
    let privileged = fs::read(&p).is_ok();
    let o = notice(&["lint", p.to_str().unwrap()]);
    if privileged {
        assert_eq!(code(&o), 0, "root reads the file: {}", stdout(&o));
    } else {
        check(
            "unreadable",
            &[s(&p)],
            &s(&p),
            &e(
                2,
                "",
                "error",
                "cannot read the file: permission denied",
                "check that the file exists and that you may read it",
            ),
            false,
        );
    }
    // Without permission to list it, a folder cannot be searched (root again excepted).
    let sub = dir.path().join("sub");
    fs::create_dir(&sub).unwrap();
    valid(&sub, "b.yaml");
    fs::set_permissions(&sub, fs::Permissions::from_mode(0o000)).unwrap();
    if !privileged {
        check(
            "unreadable folder",
            &[s(&sub)],
            "",
            &e(
                2,
                "",
                "error",
                "permission denied",
                "make the folder readable, or leave it out",
            ),
            false,
        );
    }
    fs::set_permissions(&sub, fs::Permissions::from_mode(0o755)).unwrap();
}

/// Dot-folders (`.git`, staging folders) are not searched at all: what is broken inside them
/// (a link loop, a dangling link, a declaration-like file) cannot stop or change a run.
#[test]
fn dot_folders_are_not_searched() {
    let dir = tempfile::tempdir().unwrap();
    valid(dir.path(), "a.yaml");
    let git = dir.path().join(".git/refs");
    fs::create_dir_all(&git).unwrap();
    std::os::unix::fs::symlink("..", git.join("loop")).unwrap();
    std::os::unix::fs::symlink("gone.yaml", git.join("dangling.yaml")).unwrap();
    fs::write(git.join("broken.yaml"), "[").unwrap();
    let o = notice(&["lint", dir.path().to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
}

/// A file name is printed escaped: its control characters cannot drive the terminal, and a
/// line break in it cannot forge a line of output (a finding that is not there).
#[test]
fn file_names_are_printed_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let name = "x\nforged.yaml:1:1: error: \u{1b}[2Jfake.yaml";
    let p = patched(
        dir.path(),
        "label: Network security",
        b"lable: Network security",
    );
    let named = dir.path().join(name);
    fs::rename(&p, &named).unwrap();
    for command in ["lint", "build"] {
        let work = tempfile::tempdir().unwrap();
        let out = work.path().join("out");
        let o = notice(
            &[command, s(dir.path()).as_str(), "--out", s(&out).as_str()]
                [..if command == "lint" { 2 } else { 4 }],
        );
        let text = format!("{}{}", stdout(&o), stderr(&o));
        assert_eq!(code(&o), 2, "{command}: {text}");
        assert!(!text.contains('\u{1b}'), "{command}: {text}");
        assert!(
            !text.lines().any(|l| l.starts_with("forged.yaml")),
            "{command}: a forged line in\n{text}"
        );
        assert!(
            text.contains("x\\nforged.yaml:1:1: error: \\u{1b}[2Jfake.yaml:27:5: error: "),
            "{command}: {text}"
        );
    }
}

/// Outputs that are not regular files (a pipe, a link to a device) are refused at once, by
/// `build` and by `--check`, instead of being read without end; a huge output is compared by
/// its size, never read whole.
#[test]
fn outputs_that_are_not_regular_files_are_refused() {
    let li = fixture("build/li-only.yaml");
    for (what, make) in [
        ("pipe", (|p: &Path| mkfifo(p)) as fn(&Path)),
        ("link to /dev/zero", |p: &Path| {
            std::os::unix::fs::symlink("/dev/zero", p).unwrap()
        }),
    ] {
        for check_only in [false, true] {
            let work = tempfile::tempdir().unwrap();
            let out = work.path().join("out");
            fs::create_dir_all(out.join("li-only")).unwrap();
            make(&out.join("li-only/en.md"));
            let started = Instant::now();
            let mut args = vec![
                "build",
                li.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
            ];
            args.extend(["--format", "md"]);
            if check_only {
                args.push("--check");
            }
            let o = notice(&args);
            let text = stderr(&o);
            assert_eq!(code(&o), 2, "{what} (check: {check_only}): {text}");
            assert!(
                text.contains("en.md: error: cannot compare the output: it is not a regular file"),
                "{what} (check: {check_only}): {text}"
            );
            assert!(started.elapsed() < Duration::from_secs(20), "{what}");
        }
    }
    // A 3 GB output (sparse) differs by its size: neither build nor --check reads it, so both
    // run within 300 MB of address space.
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    fs::create_dir_all(out.join("li-only")).unwrap();
    fs::File::create(out.join("li-only/en.md"))
        .unwrap()
        .set_len(3 << 30)
        .unwrap();
    for extra in ["--check", "--format=md"] {
        let o = crate::budget::under_ulimit(
            600,
            &[
                "build",
                li.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--format",
                "md",
                extra,
            ],
        );
        let expected = if extra == "--check" { 1 } else { 0 };
        assert_eq!(code(&o), expected, "{extra}: {}", stderr(&o));
    }
    // The build replaced it.
    assert!(fs::metadata(out.join("li-only/en.md")).unwrap().len() < 1 << 20);
}

/// `--templates` holding a 1.5 GB file (sparse) that no build needs: a Markdown build does not
/// read it; a PDF build, which would hand it to the PDF engine, refuses it by its size.
#[test]
fn a_huge_file_in_the_templates_folder_is_never_read_whole() {
    if !needs_pdf("a_huge_file_in_the_templates_folder_is_never_read_whole") {
        return;
    }
    let li = fixture("build/li-only.yaml");
    let work = tempfile::tempdir().unwrap();
    let templates = work.path().join("templates");
    fs::create_dir_all(&templates).unwrap();
    fs::File::create(templates.join("big.bin"))
        .unwrap()
        .set_len(1536 << 20)
        .unwrap();
    let out = work.path().join("out");
    let args = |format: &'static str| {
        vec![
            "build".to_owned(),
            s(&li),
            "--out".into(),
            s(&out),
            "--templates".into(),
            s(&templates),
            "--format".into(),
            format.into(),
        ]
    };
    let md = args("md");
    let o = crate::budget::under_ulimit(600, &md.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let pdf = args("pdf");
    let o = crate::budget::under_ulimit(600, &pdf.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("big.bin: error: the file is 1610612736 bytes; a file of the templates folder may be at most"),
        "{}",
        stderr(&o)
    );
}
