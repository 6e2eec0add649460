//! Standard output and error that cannot be written: every command, with its output going to
//! a closed pipe (`notice … | head`) and to a full disk (`/dev/full`). A closed pipe ends the
//! printing quietly with the exit code the command would have had; a full disk is exit 2. Never
//! a panic.

use std::fs;
use std::process::{Output, Stdio};

use crate::common::{LONGEST_RUN, code, command, fixture, run_bounded, stderr};

/// The commands that print, each with the exit code it has when its output can be written,
/// and whether it prints on standard output (else only on standard error).
fn commands(out: &str) -> Vec<(Vec<String>, i32, bool)> {
    let bad = fixture("bad/unknown-reference.yaml");
    let bad = bad.to_str().unwrap();
    let li = fixture("build/li-only.yaml");
    let li = li.to_str().unwrap();
    let v = |a: &[&str]| a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    vec![
        (v(&["schema"]), 0, true),
        (v(&["lint", bad]), 1, true),
        (v(&["lint", "--format", "json", bad]), 1, true),
        (v(&["lint", "--format", "sarif", bad]), 1, true),
        (v(&["lint", "--list-rules"]), 0, true),
        (v(&["explain", "N201"]), 0, true),
        (v(&["reference", "authorities"]), 0, true),
        (v(&["reference", "authorities", "BE"]), 0, true),
        (v(&["reference", "adequacy"]), 0, true),
        (v(&["reference", "safeguards"]), 0, true),
        (v(&["reference", "sector"]), 0, true),
        // Stale outputs are listed on standard output.
        (v(&["build", li, "--out", out, "--check"]), 1, true),
        (v(&["build", li, "--out", out, "--format", "md"]), 0, false),
        // Missing pages are listed on standard output.
        (v(&["docs", "--out", out, "--check"]), 1, true),
        (v(&["docs", "--out", out]), 0, false),
    ]
}

/// Runs `args` with standard output (or error, when `stdout` is false) going to `to`, the
/// other stream captured (as `stderr` of the result).
fn run(args: &[String], to: Stdio, stdout: bool) -> Output {
    use std::io::Read;
    let mut c = command(&args.iter().map(String::as_str).collect::<Vec<_>>());
    if stdout {
        c.stdout(to).stderr(Stdio::piped());
    } else {
        c.stderr(to).stdout(Stdio::piped());
    }
    let mut child = c.stdin(Stdio::null()).spawn().unwrap();
    let mut captured = Vec::new();
    let stream: Box<dyn Read> = if stdout {
        Box::new(child.stderr.take().unwrap())
    } else {
        Box::new(child.stdout.take().unwrap())
    };
    let mut stream = stream;
    stream.read_to_end(&mut captured).unwrap();
    Output {
        status: child.wait().unwrap(),
        stdout: Vec::new(),
        stderr: captured,
    }
}

/// A pipe nobody reads from: writing to it fails with "broken pipe".
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    writer.into()
}

fn dev_full() -> Stdio {
    fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap()
        .into()
}

#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    for (args, expected, on_stdout) in commands(out.to_str().unwrap()) {
        let _ = fs::remove_dir_all(&out);
        let o = run(&args, closed_pipe(), on_stdout);
        let text = stderr(&o);
        assert!(!text.contains("panicked"), "{args:?}: {text}");
        assert_eq!(code(&o), expected, "{args:?}: {text}");
        if on_stdout {
            assert!(!text.contains("cannot write"), "{args:?}: {text}");
        }
    }
}

#[test]
fn a_full_disk_is_exit_2_for_every_command() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    for (args, _, on_stdout) in commands(out.to_str().unwrap()) {
        let _ = fs::remove_dir_all(&out);
        let o = run(&args, dev_full(), on_stdout);
        let text = stderr(&o);
        assert!(!text.contains("panicked"), "{args:?}: {text}");
        assert_eq!(code(&o), 2, "{args:?}: {text}");
        if on_stdout {
            assert!(
                text.contains("cannot write to standard output"),
                "{args:?}: {text}"
            );
        }
    }
}

#[test]
fn a_build_whose_messages_cannot_be_written_still_leaves_outputs_whole() {
    // `build … 2>/dev/full`: the build reports on standard error only; it ends with exit 2,
    // and whatever it wrote is complete (it may have written nothing).
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let li = fixture("build/li-only.yaml");
    let args: Vec<String> = [
        "build",
        li.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let o = run(&args, dev_full(), false);
    assert_eq!(code(&o), 2);
    let again = run_bounded(
        command(
            &[
                &args.iter().map(String::as_str).collect::<Vec<_>>()[..],
                &["--check"],
            ]
            .concat(),
        ),
        LONGEST_RUN,
    );
    let listed = String::from_utf8_lossy(&again.stdout).into_owned();
    // Either every output was written, or none.
    assert!(
        code(&again) == 0 || !out.join("li-only").exists(),
        "{listed}"
    );
}
