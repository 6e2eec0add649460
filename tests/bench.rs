//! Benchmark: builds a few hundred generated declarations in-process and reports time and memory.
//!
//! Run with `cargo bench --bench build` (optionally `-- N` for N declarations, default 300, and
//! `-- --keep DIR` to write the declarations to `DIR/notices` and the outputs to `DIR/out`, and
//! leave them there for timing `notice` itself on them).
//! Each format is rendered for every declaration in turn, so the PDF line is the steady state
//! of the Typst engine over hundreds of documents, with its cache eviction; documents go to the
//! staging folder as they are rendered, as in `notice build`, so the peak memory is a build's.
//! Then the same build again with nothing changed and no build record (every document rendered
//! and compared: what `--check` did before the record), which writes the record; then, as
//! `build --check` and `build` do with the record, the same check and build again; and single
//! PDFs on one thread: a new notice, and the same notice again (Typst's memoised layout).
//! The declarations are copies of the demo with their own ids and labels, so every document is
//! really rendered; the figures are wall-clock times of one run on this machine.

// As in the library: diagnostics are returned by value.
#![allow(clippy::result_large_err)]

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use notice::declaration::load;
use notice::i18n::Locales;
use notice::lint::{self, Config};
use notice::record::Record;
use notice::reference::Reference;
use notice::render::templates::TemplateSet;
use notice::render::{Format, Renderer};

#[path = "copies.rs"]
mod copies;

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
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(300);
    let keep = args
        .iter()
        .position(|a| a == "--keep")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from);
    let temporary = tempfile::tempdir().expect("a temporary folder");
    let root = keep.unwrap_or_else(|| temporary.path().to_path_buf());
    let dir = root.join("notices");
    std::fs::create_dir_all(&dir).expect("the declarations' folder");
    copies::write_demo_copies(&dir, n);

    let t = Instant::now();
    let locales = Arc::new(Locales::load(None).expect("built-in locales"));
    let reference = Arc::new(Reference::builtin().expect("built-in reference data"));
    let renderer = Arc::new(
        Renderer::new(
            TemplateSet::load(None).expect("templates"),
            Arc::clone(&locales),
            Arc::clone(&reference),
            None,
        )
        .expect("renderer"),
    );
    let setup = t.elapsed();

    let t = Instant::now();
    let files = load::discover(std::slice::from_ref(&dir)).expect("discover");
    let loaded: Vec<_> = files.iter().map(|f| load::load(f).expect("load")).collect();
    let loading = t.elapsed();

    let t = Instant::now();
    let config = Config::new("2026-11-23".parse().expect("date"));
    let findings = lint::lint(&loaded, &locales, &reference, &config);
    let linting = t.elapsed();
    assert!(
        findings
            .iter()
            .all(|d| d.severity < notice::diagnostic::Severity::Error),
        "demo copies lint clean"
    );

    // As `notice build` does: each document goes to the staging folder as it is rendered.
    let decls: Vec<_> = loaded.iter().map(|l| &l.declaration).collect();
    // Documents per format: every copy in each of the demo's languages.
    let per_lang = n * decls[0].notice.languages.len();
    let out = root.join("out");
    let mut per_format = Vec::new();
    let mut staging = notice::output::Staging::new(&out).expect("lock");
    let mut documents = 0;
    for format in Format::ALL {
        let t = Instant::now();
        renderer
            .render_each(&decls, &[], &[format], &[], |_, docs| {
                documents += docs.len();
                docs.iter().try_for_each(|d| staging.add(d))
            })
            .expect("render");
        per_format.push((format, t.elapsed()));
    }
    let t = Instant::now();
    let report = staging.commit().expect("write");
    let committing = t.elapsed();
    assert_eq!(report.written.len(), documents);
    let peak_first = peak_rss_mib();

    // A second build with no record: every document is rendered and compared, as `notice
    // build --check` did before the record. It writes the record.
    let t = Instant::now();
    let mut staging = notice::output::Staging::new(&out).expect("lock");
    let mut record = Record::open(&out, &renderer, &Format::ALL).expect("record");
    let plan = record.plan(&decls, &[], &[], |_, _| true);
    assert_eq!(plan.render.len(), per_lang, "no record yet");
    renderer
        .render_items(&decls, &[], &plan.render, &Format::ALL, |_, docs| {
            record.made(&docs);
            docs.iter().try_for_each(|d| staging.add(d))
        })
        .expect("render");
    staging.add(&record.document()).expect("record");
    let report = staging.commit().expect("write");
    let rebuilding = t.elapsed();
    // The pages and fragments of the first build, each format on its own, had no link to the
    // PDF: they are written again, with it. Everything else is unchanged.
    assert_eq!(
        report.written.len(),
        2 * per_lang + 1,
        "pages, fragments, the record"
    );
    assert_eq!(report.unchanged.len(), documents - 2 * per_lang);

    // With the record, as `notice build --check` does: every output's file is hashed and
    // compared with the record, nothing is rendered.
    let t = Instant::now();
    let lock = notice::output::lock(&out, false).expect("lock");
    let mut record = Record::open(&out, &renderer, &Format::ALL).expect("record");
    let plan = record.plan(&decls, &[], &[], |_, _| true);
    assert!(plan.render.is_empty(), "the record knows every document");
    assert_eq!(plan.known.len(), documents);
    drop(lock);
    let checking = t.elapsed();

    // And as `notice build` does: the same, then the record written again (unchanged).
    let t = Instant::now();
    let mut staging = notice::output::Staging::new(&out).expect("lock");
    let mut record = Record::open(&out, &renderer, &Format::ALL).expect("record");
    let plan = record.plan(&decls, &[], &[], |_, _| true);
    assert!(plan.render.is_empty(), "the record knows every document");
    staging.add(&record.document()).expect("record");
    let report = staging.commit().expect("write");
    assert!(report.written.is_empty());
    let recorded_rebuild = t.elapsed();

    // One PDF at a time on one thread, as a single `notice build` of one language does: a
    // notice not seen before (another controller name), then the same one again.
    let only = ["en".to_owned()];
    let pdf_once = |d: &notice::declaration::Declaration| {
        let t = Instant::now();
        renderer.render(d, &[Format::Pdf], &only).expect("pdf");
        ms(t.elapsed())
    };
    let mut fresh: Vec<f64> = (0..10)
        .map(|i| {
            let mut d = decls[0].clone();
            if let Some(c) = d.controller.as_mut() {
                c.name = Some(format!("Single {i} SRL"));
            }
            pdf_once(&d)
        })
        .collect();
    let mut again: Vec<f64> = (0..10).map(|_| pdf_once(decls[0])).collect();
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };

    let languages = 3.0;
    println!("notice benchmark: {n} declarations × 3 languages ({documents} documents)");
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
            "  render + stage {:<14} {:>9.1} ms  ({:.3} ms per document, all cores)",
            format!("{format:?}").to_lowercase(),
            ms(*d),
            ms(*d) / (n as f64 * languages)
        );
    }
    println!(
        "  one PDF, one thread           {:>8.1} ms  (median of 10 new notices; {:.1} ms for the same one again)",
        median(&mut fresh),
        median(&mut again)
    );
    println!("  commit (renames into place)  {:>9.1} ms", ms(committing));
    println!(
        "  peak memory (VmHWM)          {:>9.1} MiB  (first build)",
        peak_first
    );
    println!(
        "  rebuild, nothing changed     {:>9.1} ms  (all formats, no build record: each rendered and compared)",
        ms(rebuilding)
    );
    println!(
        "  check from the build record  {:>9.1} ms  (every output hashed, nothing rendered)",
        ms(checking)
    );
    println!(
        "  rebuild from the record      {:>9.1} ms  (the same, and the record kept)",
        ms(recorded_rebuild)
    );
    println!(
        "  peak memory (VmHWM)          {:>9.1} MiB  (both builds)",
        peak_rss_mib()
    );
}
