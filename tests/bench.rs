//! Benchmark: builds a few hundred generated declarations in-process and reports time and memory.
//!
//! Run with `cargo bench --bench build` (optionally `-- N` for N declarations, default 300).
//! Each format is rendered for every declaration in turn, so the PDF line is the steady state
//! of the Typst engine over hundreds of documents, with its cache eviction.
//! The declarations are copies of the demo with their own ids and labels, so every document is
//! really rendered; the figures are wall-clock times of one run on this machine.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use notice::declaration::load;
use notice::i18n::Locales;
use notice::lint::{self, Config};
use notice::render::templates::TemplateSet;
use notice::render::{Format, Renderer};

fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(300);
    let demo = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("notices/atelier-zenne.yaml"),
    )
    .expect("the demo declaration");
    let dir = tempfile::tempdir().expect("a temporary folder");
    for i in 0..n {
        let text = demo
            .replace("id: atelier-zenne", &format!("id: bench-{i:04}"))
            .replace(
                "name: Atelier Zenne SRL",
                &format!("name: Atelier Zenne {i} SRL"),
            );
        std::fs::write(dir.path().join(format!("bench-{i:04}.yaml")), text).expect("write");
    }

    let t = Instant::now();
    let locales = Arc::new(Locales::load(None).expect("built-in locales"));
    let renderer = Renderer::new(
        TemplateSet::load(None).expect("templates"),
        Arc::clone(&locales),
    )
    .expect("renderer");
    let setup = t.elapsed();

    let t = Instant::now();
    let files = load::discover(&[dir.path().to_path_buf()]).expect("discover");
    let loaded: Vec<_> = files.iter().map(|f| load::load(f).expect("load")).collect();
    let loading = t.elapsed();

    let t = Instant::now();
    let config = Config {
        today: "2026-11-23".parse().expect("date"),
        max_reference_age_months: 12,
    };
    let findings = lint::lint(&loaded, &locales, &config);
    let linting = t.elapsed();
    assert!(
        findings
            .iter()
            .all(|d| d.severity < notice::diagnostic::Severity::Error),
        "demo copies lint clean"
    );

    let decls: Vec<_> = loaded.iter().map(|l| &l.declaration).collect();
    let mut per_format = Vec::new();
    let mut docs = Vec::new();
    for format in [Format::Md, Format::Html, Format::Fragment, Format::Pdf] {
        let t = Instant::now();
        docs.extend(renderer.render_all(&decls, &[format], &[]).expect("render"));
        per_format.push((format, t.elapsed()));
    }

    let out = dir.path().join("out");
    let t = Instant::now();
    notice::output::write(&out, &docs).expect("write");
    let writing = t.elapsed();
    let t = Instant::now();
    let statuses = notice::output::check(&out, &docs).expect("check");
    let checking = t.elapsed();
    assert!(
        statuses
            .iter()
            .all(|(_, s)| *s == notice::output::Status::Same)
    );

    let languages = 3.0;
    println!(
        "notice benchmark: {n} declarations × 3 languages ({} documents)",
        docs.len()
    );
    println!("  setup (locales, templates)   {:>9.1} ms", ms(setup));
    println!(
        "  load + parse                 {:>9.1} ms  ({:.3} ms per declaration)",
        ms(loading),
        ms(loading) / n as f64
    );
    println!(
        "  lint                         {:>9.1} ms  ({:.3} ms per declaration)",
        ms(linting),
        ms(linting) / n as f64
    );
    for (format, d) in &per_format {
        println!(
            "  render {:<22} {:>9.1} ms  ({:.3} ms per document, all cores)",
            format!("{format:?}").to_lowercase(),
            ms(*d),
            ms(*d) / (n as f64 * languages)
        );
    }
    println!("  write (atomic)               {:>9.1} ms", ms(writing));
    println!("  check (--check)              {:>9.1} ms", ms(checking));
    println!("  peak memory (VmHWM)          {:>9.1} MiB", peak_rss_mib());
}
