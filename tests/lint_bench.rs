//! Benchmark: `notice lint` on 1,000 copies of the demo declaration, as users run it.
//!
//! Run with `cargo bench --bench lint` (`-- N` for N declarations, default 1,000; `--runs R`
//! for R timed runs, default 5; `--by-rule` to add the time of each rule; `--notice PATH` to
//! time another build of `notice` on the same copies as well, such as an earlier version's
//! release binary). It writes the copies (each with its own id and controller name) to a
//! temporary folder, runs the release binary `notice lint FOLDER` once to warm the file cache
//! and then R times, and prints the wall time of the whole command (start-up, reading,
//! parsing, linting, printing) as its median, minimum and maximum; then the time of each stage
//! in-process.

// As in the library: diagnostics are returned by value.
#![allow(clippy::result_large_err)]

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use notice::declaration::{load, resolve};
use notice::i18n::Locales;
use notice::lint::select::{Selection, Selector};
use notice::lint::{self, Config};
use notice::reference::Reference;

#[path = "copies.rs"]
mod copies;

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let runs: usize = option("--runs")
        .and_then(|r| r.parse().ok())
        .unwrap_or(5)
        .max(1);
    let other: Option<String> = option("--notice").cloned();
    let n: usize = args
        .iter()
        .enumerate()
        .filter(|(i, _)| *i == 0 || !["--runs", "--notice"].contains(&args[i - 1].as_str()))
        .find_map(|(_, a)| a.parse().ok())
        .unwrap_or(1000);
    let by_rule = args.iter().any(|a| a == "--by-rule");

    let dir = tempfile::tempdir().expect("a temporary folder");
    let bytes = copies::write_demo_copies(dir.path(), n);
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
    println!(
        "notice lint benchmark: {n} declarations ({:.1} MB), {cores} cores",
        bytes as f64 / 1e6
    );

    // Each binary in turn, run after run, so that both see the same load on the machine.
    let mut binaries = vec![("this build", env!("CARGO_BIN_EXE_notice").to_owned())];
    if let Some(path) = other {
        binaries.push(("--notice", path));
    }
    let lint_once = |binary: &str| {
        let t = Instant::now();
        let status = Command::new(binary)
            .arg("lint")
            .arg(dir.path())
            .env("NOTICE_TODAY", "2026-11-23")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("the notice binary runs");
        assert!(status.success(), "the demo copies lint clean: {status}");
        secs(t.elapsed())
    };
    let mut walls: Vec<Vec<f64>> = vec![Vec::new(); binaries.len()];
    for (_, binary) in &binaries {
        lint_once(binary);
    }
    for _ in 0..runs {
        for (b, (_, binary)) in binaries.iter().enumerate() {
            walls[b].push(lint_once(binary));
        }
    }
    for ((name, binary), walls) in binaries.iter().zip(&mut walls) {
        walls.sort_by(f64::total_cmp);
        println!(
            "  `notice lint` wall time        {:>7.3} s median of {runs} runs (min {:.3}, max {:.3}): {name} ({binary})",
            walls[runs / 2],
            walls[0],
            walls[runs - 1]
        );
    }

    let t = Instant::now();
    let locales = Locales::load(None).expect("built-in locales");
    let reference = Reference::builtin().expect("built-in reference data");
    let setup = t.elapsed();
    let t = Instant::now();
    let files = load::discover(&[dir.path().to_path_buf()]).expect("discover");
    let loaded: Vec<_> = notice::parallel::map(&files, |f| {
        load::load(f).and_then(|l| resolve(l, &reference))
    })
    .into_iter()
    .map(|l| l.expect("load"))
    .collect();
    let loading = t.elapsed();
    let config = Config::new("2026-11-23".parse().expect("date"));
    let t = Instant::now();
    let findings = lint::lint(&loaded, &locales, &reference, &config);
    let linting = t.elapsed();
    assert!(findings.is_empty(), "the demo copies lint clean");
    println!(
        "  in-process: setup {:.3} s, read + parse {:.3} s, lint {:.3} s (all cores)",
        secs(setup),
        secs(loading),
        secs(linting)
    );

    if by_rule {
        // One rule at a time on the first 100 declarations: where lint spends its time.
        let some = &loaded[..loaded.len().min(100)];
        let mut times: Vec<(f64, &str)> = lint::rules::all()
            .map(|r| {
                let selector = Selector::parse(r.id).expect("a rule id");
                let config = Config {
                    selection: Selection::new(vec![selector], Vec::new()),
                    ..config.clone()
                };
                let t = Instant::now();
                lint::lint(some, &locales, &reference, &config);
                (secs(t.elapsed()) * 1000.0, r.id)
            })
            .collect();
        times.sort_by(|a, b| b.0.total_cmp(&a.0));
        println!("  slowest rules on {} declarations (ms):", some.len());
        for (ms, id) in times.iter().take(12) {
            println!("    {id}  {ms:>8.1}");
        }
    }
}
