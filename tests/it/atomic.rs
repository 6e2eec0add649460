//! All-or-nothing outputs: a build that fails (a lint error, a render error) or is killed
//! leaves the previous outputs byte-for-byte intact, or, killed while renaming, each output
//! path holding a complete old or complete new file; the next build cleans up.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::build::build_into;
use crate::common::{code, files, fixture, needs_pdf, root, stderr};

/// Every file under `dir` with its bytes, by relative path.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    files(dir)
        .into_iter()
        .map(|f| {
            let bytes = fs::read(dir.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

fn staging_left(out: &Path) -> Vec<String> {
    fs::read_dir(out)
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|n| n.starts_with(".notice-staging-"))
        .collect()
}

/// `n` declarations made from `template` (a fixture), each with its own id and name.
fn declarations(dir: &Path, template: &Path, n: usize, name: impl Fn(usize) -> String) {
    let text = fs::read_to_string(template).unwrap();
    let id = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("id: "))
        .unwrap()
        .to_owned();
    let controller = text
        .lines()
        .find_map(|l| l.strip_prefix("  name: "))
        .unwrap()
        .to_owned();
    fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        let t = text
            .replacen(&format!("id: {id}"), &format!("id: n{i:03}"), 1)
            .replacen(
                &format!("  name: {controller}"),
                &format!("  name: {}", name(i)),
                1,
            );
        fs::write(dir.join(format!("n{i:03}.yaml")), t).unwrap();
    }
}

fn build(decls: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    build_into(out, &[decls.to_str().unwrap()], extra)
}

#[test]
fn a_failed_build_among_several_declarations_changes_nothing() {
    if !needs_pdf("a_failed_build_among_several_declarations_changes_nothing") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let (decls, out) = (work.path().join("decls"), work.path().join("out"));
    let formats = ["--format", "md,html,fragment,pdf"];
    declarations(&decls, &fixture("build/li-only.yaml"), 3, |i| {
        format!("Example {i} SRL")
    });
    let o = build(&decls, &out, &formats);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let before = snapshot(&out);
    // 12 outputs and the build record, which a failed build leaves as it was too.
    assert_eq!(before.len(), 13);

    // Every declaration changes, and one of them has a lint error.
    declarations(&decls, &fixture("build/li-only.yaml"), 3, |i| {
        format!("Renamed {i} SRL")
    });
    let broken = decls.join("n001.yaml");
    let text = fs::read_to_string(&broken).unwrap();
    fs::write(
        &broken,
        text.replace("    legal_basis: legitimate_interests\n", ""),
    )
    .unwrap();
    let o = build(&decls, &out, &formats);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("nothing written"), "{}", stderr(&o));
    assert_eq!(snapshot(&out), before);
    assert_eq!(staging_left(&out), Vec::<String>::new());

    // Lint-clean again, but the template fails for one declaration only, when rendering it.
    declarations(&decls, &fixture("build/li-only.yaml"), 3, |i| {
        format!("Renamed {i} SRL")
    });
    let templates = work.path().join("templates");
    fs::create_dir_all(&templates).unwrap();
    fs::write(
        templates.join("notice.md.j2"),
        "# {{ n.title }}\n\n{% if \"2\" in n.title %}{{ n.no.such.field }}{% endif %}\n",
    )
    .unwrap();
    let with_templates = [&formats[..], &["--templates", templates.to_str().unwrap()]].concat();
    let o = build(&decls, &out, &with_templates);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("n002.yaml could not be rendered"),
        "{}",
        stderr(&o)
    );
    assert_eq!(snapshot(&out), before);
    assert_eq!(staging_left(&out), Vec::<String>::new());
}

/// When to kill a build, once it has started writing (its staging folder appeared).
#[derive(Clone, Copy, Debug)]
enum Kill {
    /// This long after the staging folder appeared.
    After(Duration),
    /// As soon as the first output is replaced (its inode changes): between renames.
    AtFirstRename,
}

/// Starts a build of `decls` into `out` and kills it as `when` says. Returns whether it was
/// still running when killed.
fn kill_while_writing(decls: &Path, out: &Path, first: &Path, when: Kill) -> bool {
    use std::os::unix::fs::MetadataExt;
    let inode = |p: &Path| fs::metadata(p).map(|m| m.ino()).unwrap_or(0);
    let first_inode = inode(first);
    let mut child = Command::new(env!("CARGO_BIN_EXE_notice"))
        .args([
            "build",
            decls.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
        .args(["--format", "md,html,pdf"])
        .current_dir(root())
        .env("NOTICE_TODAY", "2026-11-23")
        .env_remove("SOURCE_DATE_EPOCH")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    let started_writing = || match when {
        Kill::After(_) => !staging_left(out).is_empty(),
        Kill::AtFirstRename => inode(first) != first_inode,
    };
    while !started_writing() && Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        if let Kill::After(_) = when {
            std::thread::sleep(Duration::from_micros(100));
        }
    }
    if let Kill::After(delay) = when {
        std::thread::sleep(delay);
    }
    let running = child.try_wait().unwrap().is_none();
    let _ = child.kill();
    let _ = child.wait();
    running
}

/// What a killed build may leave besides outputs: its staging folder, and the lock file (which
/// only a build that ends removes).
fn left_by_a_kill(f: &Path) -> bool {
    let name = f.to_string_lossy();
    name.starts_with(".notice-staging-") || name == ".notice.lock"
}

fn copy_tree(from: &Path, to: &Path) {
    let _ = fs::remove_dir_all(to);
    for f in files(from) {
        fs::create_dir_all(to.join(&f).parent().unwrap()).unwrap();
        fs::copy(from.join(&f), to.join(&f)).unwrap();
    }
}

#[test]
fn a_killed_build_leaves_each_output_complete_old_or_complete_new() {
    if !needs_pdf("a_killed_build_leaves_each_output_complete_old_or_complete_new") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let (old_decls, new_decls) = (work.path().join("old"), work.path().join("new"));
    let demo = root().join("notices/atelier-zenne.yaml");
    // Few declarations, PDF included: 48 outputs, 16 of them PDFs, keep each build short; with
    // the build record, 49 files.
    declarations(&old_decls, &demo, 4, |i| format!("Atelier Zenne {i} SRL"));
    declarations(&new_decls, &demo, 4, |i| format!("Atelier Nieuw {i} SRL"));
    let (old, new) = (work.path().join("ref-old"), work.path().join("ref-new"));
    for (decls, out) in [(&old_decls, &old), (&new_decls, &new)] {
        let o = build(decls, out, &["--format", "md,html,pdf"]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
    }
    let (old_files, new_files) = (snapshot(&old), snapshot(&new));
    assert_eq!(old_files.len(), 49);
    assert!(old_files.keys().eq(new_files.keys()));
    assert!(
        old_files.iter().all(|(f, b)| new_files[f] != *b),
        "every output changes"
    );

    let out = work.path().join("out");
    let mut seen = BTreeMap::new();
    let first = out.join("n000/fr.md");
    let ms = |n| Kill::After(Duration::from_millis(n));
    for when in [
        ms(0),
        ms(2),
        ms(5),
        Kill::AtFirstRename,
        Kill::AtFirstRename,
        Kill::AtFirstRename,
    ] {
        copy_tree(&old, &out);
        let killed = kill_while_writing(&new_decls, &out, &first, when);
        let now = snapshot(&out);
        let mut replaced = 0;
        for (f, bytes) in &now {
            if left_by_a_kill(f) {
                continue;
            }
            let is_old = old_files.get(f) == Some(bytes);
            let is_new = new_files.get(f) == Some(bytes);
            assert!(
                is_old || is_new,
                "after a kill ({when:?}), {} is neither the old nor the new file ({} bytes)",
                f.display(),
                bytes.len()
            );
            replaced += usize::from(is_new);
        }
        let present = now.keys().filter(|f| !left_by_a_kill(f)).count();
        assert_eq!(
            present, 49,
            "an output went missing after a kill ({when:?})"
        );
        let state = match (killed, replaced) {
            (false, _) => "finished before the kill",
            (true, 0) => "killed before any rename",
            (true, 49) => "killed after the last rename",
            (true, _) => "killed between renames",
        };
        *seen.entry(state).or_insert(0) += 1;
    }
    eprintln!("kills: {seen:?}");

    // The next build removes what killed builds left, and completes.
    let o = build(&new_decls, &out, &["--format", "md,html,pdf"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(staging_left(&out), Vec::<String>::new());
    assert_eq!(snapshot(&out), new_files);
}

#[test]
fn a_symbolic_link_in_the_output_folder_cannot_carry_files_out_of_it() {
    let work = tempfile::tempdir().unwrap();
    let (out, outside) = (work.path().join("out"), work.path().join("outside"));
    fs::create_dir_all(&out).unwrap();
    fs::create_dir_all(&outside).unwrap();
    std::os::unix::fs::symlink(&outside, out.join("li-only")).unwrap();
    let o = build(&fixture("build/li-only.yaml"), &out, &[]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("it is a symbolic link that leads outside the output folder"),
        "{}",
        stderr(&o)
    );
    assert_eq!(files(&outside), Vec::<PathBuf>::new());
    assert_eq!(staging_left(&out), Vec::<String>::new());
}

/// Two builds into one folder, as two processes (or two containers, where process ids mean
/// nothing to each other): the second is refused while the first holds the folder's lock, and
/// touches nothing; the first completes.
#[test]
fn a_second_build_into_the_same_folder_is_refused_while_the_first_runs() {
    if !needs_pdf("a_second_build_into_the_same_folder_is_refused_while_the_first_runs") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let decls = work.path().join("decls");
    let demo = root().join("notices/atelier-zenne.yaml");
    declarations(&decls, &demo, 12, |i| format!("Atelier Zenne {i} SRL"));
    let out = work.path().join("out");
    let mut first = Command::new(env!("CARGO_BIN_EXE_notice"))
        .args([
            "build",
            decls.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
        .current_dir(root())
        .env("NOTICE_TODAY", "2026-11-23")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while (!out.exists() || staging_left(&out).is_empty()) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(1));
    }
    let staged = staging_left(&out);
    assert_eq!(staged.len(), 1, "the first build is writing");
    let second = build(&decls, &out, &[]);
    let first_code = first.wait().unwrap().code();
    assert_eq!(code(&second), 2, "{}", stderr(&second));
    assert!(
        stderr(&second).contains("another `notice build` is writing into"),
        "{}",
        stderr(&second)
    );
    assert_eq!(first_code, Some(0));
    assert_eq!(
        files(&out)
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "pdf"))
            .count(),
        48
    );
    assert_eq!(staging_left(&out), Vec::<String>::new());
}

/// Only staging folders this tool made (they hold its marker) are ever removed: a folder a user
/// named like one stays.
#[test]
fn a_folder_named_like_a_staging_folder_but_not_made_by_notice_stays() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let mine = out.join(".notice-staging-mine");
    fs::create_dir_all(&mine).unwrap();
    fs::write(mine.join("notes.txt"), "keep me").unwrap();
    let o = build(&fixture("build/li-only.yaml"), &out, &["--format", "md"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        fs::read_to_string(mine.join("notes.txt")).unwrap(),
        "keep me"
    );
}

/// A replaced output keeps its permissions (a file made private stays private).
#[test]
fn a_replaced_output_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let decl = work.path().join("x.yaml");
    fs::copy(fixture("build/li-only.yaml"), &decl).unwrap();
    let o = build(&decl, &out, &["--format", "md"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let md = out.join("li-only/en.md");
    fs::set_permissions(&md, fs::Permissions::from_mode(0o640)).unwrap();
    let text = fs::read_to_string(&decl).unwrap();
    fs::write(&decl, text.replace("Example SRL", "Renamed SRL")).unwrap();
    let o = build(&decl, &out, &["--format", "md"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(fs::read_to_string(&md).unwrap().contains("Renamed SRL"));
    assert_eq!(
        fs::metadata(&md).unwrap().permissions().mode() & 0o7777,
        0o640
    );
}
