//! The build record, `<out>/.notice-build.json`: what each output was made from and what it
//! holds, so that a build or `--check` whose inputs did not change renders nothing.
//!
//! For every output file the record keeps a digest of everything that decides its bytes, and
//! the size and SHA-256 of the file written. The inputs are the build of notice ([`TOOL`]), the
//! declaration as the build reads it (history summaries filled in), the language, and what
//! [`Renderer::inputs`] names for the format: templates, locale files, reference data, fonts
//! and other files of the templates folder, options, the build date. A document (one notice in
//! one language, in every format of the run) whose every output is recorded with the inputs it
//! has now, and whose files still hold the recorded bytes, is what rendering would make again:
//! it is not rendered. Anything else is rendered and compared as if there were no record.
//!
//! The record only ever saves work, never decides an answer on its own: one that is missing,
//! unreadable or written by another build of notice is ignored, and an entry whose file no
//! longer holds the recorded bytes is not trusted for its document. It is written through the
//! build's staging with the outputs it describes, so a failed build leaves the old record with
//! the old outputs; sorted and without timestamps, it is byte-identical from run to run.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::declaration::Declaration;
use crate::diagnostic::{Diagnostic, Severity, SourceFile};
use crate::digest::{Parts, sha256};
use crate::files::{self, Refusal};
use crate::output;
use crate::render::draft::Draft;
use crate::render::flavour::MarkdownOptions;
use crate::render::{Document, Format, Renderer, document_path, languages};

/// The record's file name in the output folder.
pub const RECORD_FILE: &str = ".notice-build.json";

/// The build of notice: its version and a digest of what it is made from (see `build.rs`). A
/// record written by another build is ignored: its digests of the same inputs may mean other
/// bytes.
pub const TOOL: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("NOTICE_BUILD_ID"));

/// The layout of the file, for a later release that changes it.
const LAYOUT: u32 = 1;

/// A larger record is not read (everything is rendered): at about 250 bytes per output, this
/// is a million outputs, a hundred times the declarations a run may have in three languages.
const MAX_RECORD_BYTES: u64 = 256 << 20;

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct RecordFile {
    layout: u32,
    /// The build of notice that wrote it ([`TOOL`]).
    notice: String,
    /// Output path (relative to the output folder, `/` between names) → its entry.
    outputs: BTreeMap<String, Entry>,
}

/// Just who wrote a record, read first: a record of another build or layout is ignored
/// quietly, whatever else it holds.
#[derive(Deserialize)]
struct Header {
    layout: u32,
    notice: String,
}

/// What one output was made from and what it holds.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct Entry {
    /// The digest of its inputs.
    inputs: String,
    size: u64,
    sha256: String,
    /// What rendering it warned about (a character no font has): a run that does not render
    /// it says it again, as one that renders it would.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<String>,
}

/// The record of one output folder, as the last build left it and as this run makes it.
pub struct Record {
    out: PathBuf,
    /// The entries of the last build's record, when it could be used.
    last: BTreeMap<String, Entry>,
    /// Why it could not be, when it exists.
    unusable: Option<String>,
    /// For each format of this run, the digest of its inputs other than the declaration and
    /// the language.
    formats: Vec<(Format, String)>,
    /// How this run names its Markdown files.
    markdown: MarkdownOptions,
    /// The digest of the inputs of each output of this run's documents.
    expected: BTreeMap<String, String>,
    /// The entries of this run's outputs, as they are rendered or found up to date.
    entries: BTreeMap<String, Entry>,
}

/// This run's documents (a declaration, by index, and a language), sorted by the record.
#[derive(Debug, Default)]
pub struct Plan<'a> {
    /// Documents to render.
    pub render: Vec<(usize, &'a str)>,
    /// The outputs of the documents that are up to date, each with its declaration's index.
    pub known: Vec<(usize, Known)>,
}

/// An output that is up to date.
#[derive(Debug)]
pub struct Known {
    /// Relative to the output folder.
    pub path: PathBuf,
    /// What rendering it warned about.
    pub warnings: Vec<String>,
}

impl Record {
    /// Reads the record of `out` for a run that writes `formats` with `renderer`. Call it under
    /// the lock of `out` ([`output::lock`]): a build writing meanwhile would change the files.
    /// Fails only when an input of a format cannot be read (a font of the templates folder,
    /// say), as rendering would.
    pub fn open(out: &Path, renderer: &Renderer, formats: &[Format]) -> Result<Record, Diagnostic> {
        let formats = formats
            .iter()
            .map(|&f| Ok((f, renderer.inputs(f, formats)?)))
            .collect::<Result<_, Diagnostic>>()?;
        let (last, unusable) = match read(&out.join(RECORD_FILE)) {
            Ok(last) => (last, None),
            Err(why) => (BTreeMap::new(), why),
        };
        Ok(Record {
            out: out.to_path_buf(),
            last,
            unusable,
            formats,
            markdown: renderer.markdown_options().clone(),
            expected: BTreeMap::new(),
            entries: BTreeMap::new(),
        })
    }

    /// Why the last build's record was not used, when it exists but could not be.
    pub fn warning(&self) -> Option<Diagnostic> {
        let why = self.unusable.as_ref()?;
        let path = self.out.join(RECORD_FILE);
        let mut d = Diagnostic::error(
            "output",
            format!("the build record cannot be used: {why}; every output is rendered"),
        )
        .with_help("a build writes a new record; it keeps no other file")
        .in_file(&Arc::new(SourceFile::unread(path)), None);
        d.severity = Severity::Warning;
        Some(d)
    }

    /// Sorts the documents of `decls` (in their languages, or those of `only`) into those to
    /// render and those whose outputs are up to date. `archived(i, paths)` says whether the
    /// archive of declaration `i` (`build --archive`) already holds the outputs `paths`: a
    /// document whose copies it lacks is rendered, for them.
    pub fn plan<'a>(
        &mut self,
        decls: &[&'a Declaration],
        drafts: &[Draft],
        only: &[String],
        archived: impl Fn(usize, &[PathBuf]) -> bool,
    ) -> Plan<'a> {
        let mut plan = Plan::default();
        // Each document to consider: its declaration, language and outputs (path, key in the
        // record, digest of the inputs), or none when the declaration has no digest.
        type Outputs = Vec<(PathBuf, String, String)>;
        let digests = crate::parallel::map(decls, |decl| declaration_digest(decl));
        let mut docs: Vec<(usize, &'a str, Option<Outputs>)> = Vec::new();
        for (i, (decl, digest)) in decls.iter().zip(digests).enumerate() {
            // A draft's outputs depend on its findings too; an output that is not a draft
            // has no findings part, so a draft and a published output never pass for each other.
            let declaration = digest.map(|d| match drafts.get(i) {
                Some(draft) => Parts::new()
                    .part(d)
                    .part(serde_json::to_vec(&**draft).unwrap_or_default())
                    .finish(),
                None => d,
            });
            for lang in languages(decl, only) {
                let outputs = declaration.as_ref().map(|declaration| {
                    self.formats
                        .iter()
                        .map(|(format, inputs)| {
                            let path = document_path(decl, lang, *format, &self.markdown);
                            let inputs = Parts::new()
                                .part(TOOL)
                                .part(inputs)
                                .part(declaration)
                                .part(lang)
                                .finish();
                            (path.clone(), key(&path), inputs)
                        })
                        .collect()
                });
                docs.push((i, lang, outputs));
            }
        }
        // Reading and hashing the files is a check's whole cost: done on every core.
        let (last, out) = (&self.last, &self.out);
        let known = crate::parallel::map(&docs, |(_, _, outputs)| -> Option<Vec<Entry>> {
            outputs
                .as_ref()?
                .iter()
                .map(|(path, key, inputs)| {
                    let e = last.get(key).filter(|e| e.inputs == *inputs)?;
                    output::holds(out, path, e.size, &e.sha256).then(|| e.clone())
                })
                .collect()
        });
        for ((i, lang, outputs), known) in docs.into_iter().zip(known) {
            let Some(outputs) = outputs else {
                plan.render.push((i, lang));
                continue;
            };
            let paths: Vec<PathBuf> = outputs.iter().map(|(p, _, _)| p.clone()).collect();
            match known {
                Some(entries) if archived(i, &paths) => {
                    for ((path, key, _), e) in outputs.iter().zip(entries) {
                        let known = Known {
                            path: path.clone(),
                            warnings: e.warnings.clone(),
                        };
                        plan.known.push((i, known));
                        self.entries.insert(key.clone(), e);
                    }
                }
                _ => plan.render.push((i, lang)),
            }
            for (_, key, inputs) in outputs {
                self.expected.insert(key, inputs);
            }
        }
        plan
    }

    /// Records what rendered documents hold; documents this run did not plan (the archive's
    /// copies) are not outputs of the record.
    pub fn made(&mut self, docs: &[Document]) {
        for d in docs {
            let key = key(&d.path);
            if let Some(inputs) = self.expected.get(&key) {
                let entry = Entry {
                    inputs: inputs.clone(),
                    size: d.bytes.len() as u64,
                    sha256: sha256(&d.bytes),
                    warnings: d.warnings.clone(),
                };
                self.entries.insert(key, entry);
            }
        }
    }

    /// The record to write with this run's outputs: their entries, and those of the last
    /// record for outputs this run did not make (other languages or formats, other
    /// declarations) whose files are still there. Those are not vouched for: like any entry,
    /// they are checked against their file before they are used.
    pub fn document(&self) -> Document {
        let kept = self.last.iter().filter(|(key, _)| {
            !self.expected.contains_key(*key)
                && output::confined(&self.out, Path::new(key))
                    .is_ok_and(|path| files::regular(&path).is_ok())
        });
        let outputs: BTreeMap<String, Entry> = kept
            .map(|(k, e)| (k.clone(), e.clone()))
            .chain(self.entries.clone())
            .collect();
        let file = RecordFile {
            layout: LAYOUT,
            notice: TOOL.to_owned(),
            outputs,
        };
        let text = serde_json::to_string_pretty(&file).unwrap_or_default() + "\n";
        Document {
            path: PathBuf::from(RECORD_FILE),
            bytes: text.into_bytes(),
            warnings: Vec::new(),
        }
    }
}

/// The entries of the record at `path`; no error when there is none or another build of
/// notice wrote it (the entries are then of no use), and why not otherwise.
fn read(path: &Path) -> Result<BTreeMap<String, Entry>, Option<String>> {
    let bytes = match files::read_regular(path, MAX_RECORD_BYTES) {
        Ok(b) => b,
        Err(Refusal::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => return Err(None),
        Err(r) => return Err(Some(r.reason())),
    };
    let unreadable = |e: serde_json::Error| Some(format!("it is not a record notice wrote ({e})"));
    let header: Header = serde_json::from_slice(&bytes).map_err(unreadable)?;
    if header.layout != LAYOUT || header.notice != TOOL {
        return Err(None);
    }
    let file: RecordFile = serde_json::from_slice(&bytes).map_err(unreadable)?;
    Ok(file.outputs)
}

/// The digest of a declaration as the build renders it: its whole serialised form, so that a
/// field added to the model is part of it without a change here. None if it cannot be
/// serialised (then its documents are rendered).
fn declaration_digest(decl: &Declaration) -> Option<String> {
    serde_json::to_vec(decl).ok().map(|json| sha256(&json))
}

/// An output's path as the record names it: its names joined by `/`, on every system.
fn key(path: &Path) -> String {
    let names: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    names.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::i18n::Locales;
    use crate::reference::{Reference, Sources};
    use crate::render::FragmentOptions;
    use crate::render::templates::TemplateSet;

    /// One way to set up a run: what its renderer is made from.
    #[derive(Clone, Default)]
    struct Setup {
        templates: Option<PathBuf>,
        locales: Option<PathBuf>,
        /// Appended to the built-in countries data.
        countries: &'static str,
        /// Appended to the built-in catalogue of services.
        services: &'static str,
        build_date: Option<Date>,
        fragment: FragmentOptions,
        without_pdf: bool,
    }

    impl Setup {
        /// The digest of each format's inputs: Markdown, page, fragment, PDF.
        fn digests(&self) -> Vec<String> {
            let countries = format!(
                "{}{}",
                include_str!("reference/data/countries.yaml"),
                self.countries
            );
            let services = format!(
                "{}{}",
                include_str!("reference/data/services.yaml"),
                self.services
            );
            let reference = Reference::from_sources(Sources {
                countries: &countries,
                services: &services,
                ..Sources::BUILTIN
            })
            .unwrap();
            let renderer = Renderer::new(
                TemplateSet::load(self.templates.as_deref()).unwrap(),
                Arc::new(Locales::load(self.locales.as_deref()).unwrap()),
                Arc::new(reference),
                self.build_date,
            )
            .unwrap()
            .with_fragment(self.fragment);
            let formats: Vec<Format> = Format::ALL
                .into_iter()
                .filter(|f| !(self.without_pdf && *f == Format::Pdf))
                .collect();
            Format::ALL
                .iter()
                .map(|f| renderer.inputs(*f, &formats).unwrap())
                .collect()
        }
    }

    #[test]
    fn every_input_changes_the_digest_of_the_formats_it_decides_and_no_other() {
        let dir = tempfile::tempdir().unwrap();
        let folder = |name: &str, files: &[(&str, &[u8])]| {
            let d = dir.path().join(name);
            for (file, bytes) in files {
                std::fs::create_dir_all(d.join(file).parent().unwrap()).unwrap();
                std::fs::write(d.join(file), bytes).unwrap();
            }
            Some(d)
        };
        let base = Setup::default();
        let before = base.digests();
        assert_eq!(before, base.digests(), "the same inputs, the same digests");
        let page =
            include_str!("../templates/page.html.j2").replace("</body>", "<!-- -->\n</body>");
        let cases: Vec<(&str, Setup, [bool; 5])> = vec![
            (
                "a template of the Jinja environment",
                Setup {
                    templates: folder("page", &[("page.html.j2", page.as_bytes())]),
                    ..base.clone()
                },
                [true; 5],
            ),
            (
                "the PDF's page template",
                Setup {
                    templates: folder("typ", &[("notice.typ", b"#let x = 1\n")]),
                    ..base.clone()
                },
                [false, false, false, true, false],
            ),
            (
                "a file the PDF template may load",
                Setup {
                    templates: folder("logo", &[("logo.png", b"\x89PNG")]),
                    ..base.clone()
                },
                [false, false, false, true, false],
            ),
            (
                "a locale message",
                Setup {
                    locales: folder("locales", &[("en/page.ftl", b"page-pdf = PDF\n")]),
                    ..base.clone()
                },
                [true; 5],
            ),
            (
                "the reference data",
                Setup {
                    countries: "# reviewed again\n",
                    ..base.clone()
                },
                [true; 5],
            ),
            (
                "the catalogue of services",
                Setup {
                    services: "# reviewed again\n",
                    ..base.clone()
                },
                [true; 5],
            ),
            (
                "the build date (SOURCE_DATE_EPOCH)",
                Setup {
                    build_date: Some(Date::new(2026, 1, 1).unwrap()),
                    ..base.clone()
                },
                [false, false, false, true, false],
            ),
            (
                "the fragment's heading level",
                Setup {
                    fragment: FragmentOptions {
                        top_level: 2,
                        toc: false,
                    },
                    ..base.clone()
                },
                [false, false, true, false, false],
            ),
            (
                "the fragment's table of contents",
                Setup {
                    fragment: FragmentOptions {
                        top_level: 1,
                        toc: true,
                    },
                    ..base.clone()
                },
                [false, false, true, false, false],
            ),
            (
                "whether the run writes PDFs, which the HTML links to",
                Setup {
                    without_pdf: true,
                    ..base.clone()
                },
                [false, true, true, false, false],
            ),
        ];
        for (what, setup, changes) in cases {
            let after = setup.digests();
            let changed: Vec<bool> = before.iter().zip(&after).map(|(a, b)| a != b).collect();
            assert_eq!(changed, changes, "{what} (md, html, fragment, pdf, json)");
        }
    }

    #[test]
    fn the_same_templates_in_another_folder_give_the_same_digests() {
        let dir = tempfile::tempdir().unwrap();
        let css = include_str!("../templates/notice.css");
        let [a, b] = ["a", "b/c"].map(|p| {
            let d = dir.path().join(p);
            std::fs::create_dir_all(&d).unwrap();
            std::fs::write(d.join("notice.css"), css).unwrap();
            Setup {
                templates: Some(d),
                ..Setup::default()
            }
            .digests()
        });
        assert_eq!(a, b);
        // A copy of a built-in template changes nothing.
        assert_eq!(a, Setup::default().digests());
    }
}
