//! Helpers shared by the integration tests: running the binary, fixtures, snapshots.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Every format this build of notice writes: the PDF needs the `pdf` feature (on by default;
/// `cargo test --no-default-features` runs the tests of a lint, Markdown and HTML build).
pub const ALL_FORMATS: &str = if cfg!(feature = "pdf") {
    "md,html,fragment,pdf"
} else {
    "md,html,fragment"
};

/// Whether this build of notice makes PDFs, for a test that needs them; if not, says that it
/// is skipped. `cargo test`, with the default features, runs every test.
pub fn needs_pdf(test: &str) -> bool {
    if !cfg!(feature = "pdf") {
        eprintln!("{test}: skipped: it needs the `pdf` feature");
    }
    cfg!(feature = "pdf")
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(rel: &str) -> PathBuf {
    root().join("tests/fixtures").join(rel)
}

/// Runs `notice` with `args` in the repository root, with a fixed "today" and no colour.
pub fn notice(args: &[&str]) -> Output {
    notice_with_env(args, &[])
}

/// The same, with more environment variables.
pub fn notice_with_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = command(args);
    command.envs(env.iter().copied());
    run_bounded(command, LONGEST_RUN)
}

/// How long one run of the binary may take in a test: a run that hangs (on a pipe, a template
/// that loops) fails the test instead of stopping the suite.
pub const LONGEST_RUN: Duration = Duration::from_secs(300);

/// `notice ARGS` as the tests run it: in the repository root, with a fixed "today", no colour.
pub fn command(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_notice"));
    c.args(args)
        .current_dir(root())
        .env("NOTICE_TODAY", "2026-11-23")
        .env("NO_COLOR", "1")
        .env_remove("SOURCE_DATE_EPOCH");
    c
}

/// Runs `command` with no standard input and captured output; kills it after `limit`, which
/// then reads as exit code -1 with `(killed after …)` in its standard error.
pub fn run_bounded(mut command: Command, limit: Duration) -> Output {
    use std::io::Read;
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the notice binary runs");
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = r.read_to_end(&mut v);
            v
        })
    };
    let out = drain(Box::new(child.stdout.take().unwrap()));
    let err = drain(Box::new(child.stderr.take().unwrap()));
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = err.join().unwrap();
    let status = status.unwrap_or_else(|| {
        stderr.extend(format!("(killed after {limit:?})").bytes());
        // A status that has no exit code, as a kill gives.
        std::os::unix::process::ExitStatusExt::from_raw(9)
    });
    Output {
        status,
        stdout: out.join().unwrap(),
        stderr,
    }
}

pub fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

/// Compares `actual` with the snapshot `tests/snapshots/<name>`; `NOTICE_BLESS=1` rewrites it.
/// Review every snapshot you accept: it is what users will publish.
pub fn snapshot(name: &str, actual: &str) {
    let path = root().join("tests/snapshots").join(name);
    if std::env::var_os("NOTICE_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no snapshot {}: run with NOTICE_BLESS=1 and review it",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{name} differs from its snapshot at line {}:\n  expected: {}\n  actual:   {}\n(run with NOTICE_BLESS=1 if the change is intended, and review the diff)",
            first + 1,
            expected.lines().nth(first).unwrap_or("<end>"),
            actual.lines().nth(first).unwrap_or("<end>")
        );
    }
}

/// Writes `dir/name`: the demo declaration with each `(from, to)` of `edits` applied once (a
/// `from` the demo no longer has fails the test) and `tail` appended.
pub fn demo_variant(dir: &Path, name: &str, edits: &[(&str, &str)], tail: &str) -> PathBuf {
    let mut text = read(&root().join("notices/atelier-zenne.yaml"));
    for (from, to) in edits {
        assert!(
            text.contains(from),
            "the demo no longer has {from:?}: update this test"
        );
        text = text.replacen(from, to, 1);
    }
    text.push_str(tail);
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Every file under `dir`, relative, sorted.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

/// The one script element a page may hold: the notice described in JSON-LD, a data block no
/// browser runs.
pub const DATA_BLOCK: &str = "<script type=\"application/ld+json\">";

/// `html` without its JSON-LD data block, and the block's text; an error for a second block, a
/// block that is not closed, or a block whose text holds a `<` (with which it could end the
/// element early or open a comment). The rest is checked as before: any other `<script` in it
/// is a script.
pub fn split_data_block(html: &str) -> Result<(String, Option<String>), String> {
    let Some(start) = html.find(DATA_BLOCK) else {
        return Ok((html.to_owned(), None));
    };
    let body = start + DATA_BLOCK.len();
    let end = html[body..]
        .find("</script>")
        .map(|i| body + i)
        .ok_or("the JSON-LD block is not closed")?;
    let text = &html[body..end];
    if text.contains('<') {
        return Err(format!("the JSON-LD block holds a `<`: {text}"));
    }
    let rest = format!("{}{}", &html[..start], &html[end + "</script>".len()..]);
    if rest.contains(DATA_BLOCK) {
        return Err("two JSON-LD blocks".to_owned());
    }
    Ok((rest, Some(text.to_owned())))
}
