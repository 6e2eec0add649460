//! Rendering: declaration → Markdown (the one canonical text) → HTML page, HTML fragment, PDF.

pub mod draft;
pub mod escape;
pub mod flavour;
pub mod html;
pub mod json;
pub mod jsonld;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod templates;
#[cfg(feature = "pdf")]
pub mod tree;
pub mod view;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use minijinja::value::{Serde, Value};
use minijinja::{Environment, context};
use serde::Serialize;

use crate::budget;
use crate::date::Date;
use crate::declaration::Declaration;
use crate::declaration::limits::{DOCUMENT_SECONDS, MAX_DOCUMENT_BYTES, mib};
use crate::diagnostic::Diagnostic;
use crate::digest::Parts;
use crate::i18n::Locales;
use crate::reference::{MissingLanguage, Reference};
use draft::{Draft, DraftView};
use flavour::{FrontMatter, MarkdownOptions, Page};
use templates::TemplateSet;

/// An output format of `notice build`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Format {
    /// Markdown: `<lang>.md`
    Md,
    /// Standalone HTML page: `<lang>.html`
    Html,
    /// HTML fragment for embedding in a site layout: `<lang>.fragment.html`
    Fragment,
    /// PDF (PDF/A-2a and PDF/UA-1, tagged): `<lang>.pdf`
    Pdf,
    /// The resolved notice as JSON (versioned, with a published schema): `<lang>.json`
    Json,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Md,
        Format::Html,
        Format::Fragment,
        Format::Pdf,
        Format::Json,
    ];

    /// The extension of its files: what tells an output of `notice` in a folder.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html | Format::Fragment => "html",
            Format::Pdf => "pdf",
            Format::Json => "json",
        }
    }

    pub fn file_name(self, lang: &str) -> String {
        match self {
            Format::Md => format!("{lang}.md"),
            Format::Html => format!("{lang}.html"),
            Format::Fragment => format!("{lang}.fragment.html"),
            Format::Pdf => format!("{lang}.pdf"),
            Format::Json => format!("{lang}.json"),
        }
    }
}

/// One file a build writes, relative to the output folder.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    /// What the user should know about it, though it was made (a character the PDF could not
    /// show, say).
    pub warnings: Vec<String>,
}

/// How the HTML fragment is made (`notice build --fragment-heading-level`, `--fragment-toc`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FragmentOptions {
    /// The level of the notice's title: 2 places the fragment under the host page's `<h1>`.
    pub top_level: u8,
    /// Whether the fragment opens with a table of contents, as the page does.
    pub toc: bool,
}

impl Default for FragmentOptions {
    fn default() -> Self {
        FragmentOptions {
            top_level: 1,
            toc: false,
        }
    }
}

/// Everything needed to render notices, prepared once per run.
pub struct Renderer {
    fragment: FragmentOptions,
    /// How the Markdown files are written (`--markdown`, `--front-matter`…).
    markdown: MarkdownOptions,
    templates: TemplateSet,
    env: Environment<'static>,
    locales: Arc<Locales>,
    reference: Arc<Reference>,
    /// The date of the build (`SOURCE_DATE_EPOCH`), which dates PDFs in place of the notice's.
    build_date: Option<Date>,
    /// Built on first use: most runs that want no PDF should not pay for loading fonts.
    #[cfg(feature = "pdf")]
    pdf: std::sync::OnceLock<Result<pdf::PdfEngine, Diagnostic>>,
    /// How long one document (one language, every format) may take.
    time_budget: Duration,
}

/// Why [`Renderer::render_each`] stopped.
#[derive(Debug)]
pub enum Failure {
    /// The declaration at this index could not be rendered.
    Render(usize, Diagnostic),
    /// The consumer of the documents failed (writing them, say).
    Take(Diagnostic),
}

#[derive(Serialize)]
struct Alternate {
    lang: String,
    name: String,
    href: String,
    current: bool,
}

impl Renderer {
    pub fn new(
        templates: TemplateSet,
        locales: Arc<Locales>,
        reference: Arc<Reference>,
        build_date: Option<Date>,
    ) -> Result<Renderer, Diagnostic> {
        let env = templates.environment(Arc::clone(&locales))?;
        Ok(Renderer {
            fragment: FragmentOptions::default(),
            markdown: MarkdownOptions::default(),
            templates,
            env,
            locales,
            reference,
            build_date,
            #[cfg(feature = "pdf")]
            pdf: std::sync::OnceLock::new(),
            time_budget: Duration::from_secs(DOCUMENT_SECONDS),
        })
    }

    /// The same renderer, with another time budget for one document.
    pub fn with_time_budget(mut self, budget: Duration) -> Renderer {
        self.time_budget = budget;
        self
    }

    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    pub fn reference(&self) -> &Reference {
        &self.reference
    }

    /// Turns a failure to phrase a text (a missing message, a language the reference data
    /// lack) into the diagnostic the user sees.
    pub fn phrase_error(&self, e: &anyhow::Error) -> Diagnostic {
        self.internal(e)
    }

    /// The same renderer, making fragments this way.
    pub fn with_fragment(mut self, fragment: FragmentOptions) -> Renderer {
        self.fragment = fragment;
        self
    }

    /// The same renderer, writing Markdown files this way.
    pub fn with_markdown(mut self, markdown: MarkdownOptions) -> Renderer {
        self.markdown = markdown;
        self
    }

    /// How this renderer writes Markdown files.
    pub fn markdown_options(&self) -> &MarkdownOptions {
        &self.markdown
    }

    /// Refuses, before anything is rendered, a Markdown file name or address that is not one
    /// or that languages of a declaration would share (see [`Page::check`]), when the run
    /// writes Markdown.
    pub fn check_pages(
        &self,
        decls: &[&Declaration],
        formats: &[Format],
        only: &[String],
    ) -> Result<(), Diagnostic> {
        if !formats.contains(&Format::Md) {
            return Ok(());
        }
        for d in decls {
            self.markdown.page(d).check(&languages(d, only))?;
        }
        Ok(())
    }

    /// The `.md` file of `decl` in `lang`: front matter (marked unpublished for a draft,
    /// where the generator can be told), then the notice's Markdown `md` in the flavour.
    fn page_text(
        &self,
        decl: &Declaration,
        lang: &str,
        page: &Page,
        md: &str,
        draft: bool,
    ) -> Result<String, Diagnostic> {
        let front = FrontMatter {
            title: self.title(decl, lang).map_err(|e| self.internal(&e))?,
            lang: lang.to_owned(),
            date: decl.notice.effective,
            version: decl.notice.version.clone(),
            draft,
            ..FrontMatter::default()
        };
        Ok(page.write(md, front))
    }

    /// The notice's title in `lang`, as its first heading says it.
    fn title(&self, decl: &Declaration, lang: &str) -> anyhow::Result<String> {
        title(&self.locales, &self.reference, decl, lang)
    }

    /// What, besides the declaration and its language, decides the bytes of a document in
    /// `format` when the run writes `formats`, as one digest: the templates, locale files and
    /// reference data every format is made from (through the Markdown), and what this format
    /// adds. It must name everything [`Renderer::render_language`] reads, since the build
    /// record trusts an output whose inputs have the same digests as when it was written.
    pub fn inputs(&self, format: Format, formats: &[Format]) -> Result<String, Diagnostic> {
        let d = Parts::new()
            .part(format.file_name(""))
            .part(self.templates.digest())
            .part(self.locales.digest())
            .part(self.reference.digest());
        let d = match format {
            // The flavour and front matter this run writes, where options set them.
            Format::Md => {
                let m = &self.markdown;
                d.part(m.flavour.map_or("", |f| f.name()))
                    .part(format!("{:?}", m.front_matter))
                    .part(m.permalink.as_deref().unwrap_or(""))
                    .part(m.file.as_deref().unwrap_or(""))
            }
            Format::Json => d,
            // The page and the fragment link to the PDF and the JSON when the run writes them.
            Format::Html => d.part([
                u8::from(formats.contains(&Format::Pdf)),
                u8::from(formats.contains(&Format::Json)),
            ]),
            Format::Fragment => d.part([
                u8::from(formats.contains(&Format::Pdf)),
                u8::from(formats.contains(&Format::Json)),
                self.fragment.top_level,
                u8::from(self.fragment.toc),
            ]),
            Format::Pdf => d
                .part(self.templates.pdf_digest()?)
                .part(self.build_date.map(|b| b.to_string()).unwrap_or_default()),
        };
        Ok(d.finish())
    }

    fn internal(&self, e: &anyhow::Error) -> Diagnostic {
        if let Some(missing) = e.downcast_ref::<MissingLanguage>() {
            let languages: Vec<&str> = self.reference.languages().collect();
            return Diagnostic::error("reference", missing.to_string()).with_help(format!(
                "the built-in reference data name countries and transfer mechanisms in {}: write the notice in those languages, or add `{}` to the data (src/reference/data/)",
                languages.join(", "),
                missing.lang()
            ));
        }
        Diagnostic::error("template", format!("{e:#}")).with_help(
            "a locale file lacks a message or has a wrong argument: see docs/guide/customising.md",
        )
    }

    fn builder<'a>(&'a self, decl: &'a Declaration, lang: &'a str) -> view::Builder<'a> {
        view::Builder {
            decl,
            lang,
            locales: &self.locales,
            reference: &self.reference,
        }
    }

    /// The notice of `decl` resolved for `lang`: what `--format json` writes and the page's
    /// JSON-LD describes; a draft's carries its findings.
    pub fn resolved(
        &self,
        decl: &Declaration,
        lang: &str,
        draft: Option<&Draft>,
    ) -> Result<view::resolved::Resolved, Diagnostic> {
        let url = page_base(decl).map(|base| base + &Format::Html.file_name(lang));
        let mut resolved = self
            .builder(decl, lang)
            .resolved(url)
            .map_err(|e| self.internal(&e))?;
        resolved.draft = draft.map(DraftView::new);
        Ok(resolved)
    }

    /// The Markdown notice of `decl` in `lang`.
    pub fn markdown(&self, decl: &Declaration, lang: &str) -> Result<String, Diagnostic> {
        self.notice_markdown(decl, lang, None)
    }

    /// The Markdown notice of `decl` in `lang`; a draft opens with its banner and ends with its
    /// findings.
    fn notice_markdown(
        &self,
        decl: &Declaration,
        lang: &str,
        draft: Option<&Draft>,
    ) -> Result<String, Diagnostic> {
        let mut view = self
            .builder(decl, lang)
            .build()
            .map_err(|e| self.internal(&e))?;
        view.draft = draft.map(DraftView::new);
        let template = self
            .env
            .get_template("notice.md.j2")
            .map_err(|e| self.templates.render_error(&e))?;
        let md = template
            .render(context! { lang => lang, n => Value::from(Serde(&view)) })
            .map_err(|e| self.templates.render_error(&e))?;
        Ok(tidy_markdown(&md))
    }

    /// Renders every declaration on all cores, one language of one declaration at a time (PDF
    /// layout is the slow part of a run, and each language of each notice is independent, so
    /// even a single notice uses every core), handing the documents to `take` on the calling
    /// thread as soon as they are ready, in any order, with the declaration's index: a run of
    /// thousands of notices then holds only those being rendered in memory. Stops at the first
    /// failure; a failed render is reported for the first failing declaration and language in
    /// declaration order, whatever the threads' timing, so that the message is stable. Each
    /// document is held to the time budget and the memory bound (see [`Renderer::job`]).
    /// `drafts`, when not empty, holds the draft of each declaration (`build --draft`).
    pub fn render_each(
        self: &Arc<Self>,
        decls: &[&Declaration],
        drafts: &[Draft],
        formats: &[Format],
        only: &[String],
        take: impl FnMut(usize, Vec<Document>) -> Result<(), Diagnostic>,
    ) -> Result<(), Failure> {
        let items: Vec<(usize, &str)> = decls
            .iter()
            .enumerate()
            .flat_map(|(i, d)| languages(d, only).into_iter().map(move |l| (i, l)))
            .collect();
        self.render_items(decls, drafts, &items, formats, take)
    }

    /// As [`Renderer::render_each`], for the documents `items` only: each a declaration (by
    /// index in `decls`) and a language, in the order failures are reported.
    pub fn render_items(
        self: &Arc<Self>,
        decls: &[&Declaration],
        drafts: &[Draft],
        items: &[(usize, &str)],
        formats: &[Format],
        mut take: impl FnMut(usize, Vec<Document>) -> Result<(), Diagnostic>,
    ) -> Result<(), Failure> {
        use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
        let (next, stop) = (AtomicUsize::new(0), AtomicBool::new(false));
        let (tx, rx) = std::sync::mpsc::channel();
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(items.len())
            .max(1);
        std::thread::scope(|scope| {
            for _ in 0..workers {
                let (tx, next, stop) = (tx.clone(), &next, &stop);
                scope.spawn(move || {
                    // Items are taken in order, so when one fails every earlier one has been
                    // taken already and will report: the first failure is known.
                    while !stop.load(Ordering::Relaxed) {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        let Some(&(i, lang)) = items.get(k) else {
                            break;
                        };
                        // None: another document went past the memory bound; it reports.
                        let Some(r) = self.job(k, decls[i], drafts.get(i), lang, formats) else {
                            stop.store(true, Ordering::Relaxed);
                            break;
                        };
                        if tx.send((k, r)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(tx);
            // The first failed item, in item order; or the failure of `take`.
            let mut failed: Option<(usize, Diagnostic)> = None;
            let mut refused: Option<Diagnostic> = None;
            for (k, r) in rx {
                match r {
                    Ok(docs) if failed.is_none() && refused.is_none() => {
                        if let Err(d) = take(items[k].0, docs) {
                            stop.store(true, Ordering::Relaxed);
                            refused = Some(d);
                        }
                    }
                    Ok(_) => {}
                    Err(d) => {
                        stop.store(true, Ordering::Relaxed);
                        if failed.as_ref().is_none_or(|(j, _)| k < *j) {
                            failed = Some((k, d));
                        }
                    }
                }
            }
            match (failed, refused) {
                (Some((k, d)), _) => Err(Failure::Render(items[k].0, d)),
                (None, Some(d)) => Err(Failure::Take(d)),
                (None, None) => Ok(()),
            }
        })
    }

    /// Renders item `k` (`decl` in `lang`) on a thread of its own, held to the memory bound
    /// ([`budget`]) and to the time budget: a thread that goes past either is left behind (the
    /// build stops, and its process ends, with it), so that a template that loops or grows
    /// without end ends the build with an error naming the notice. None when another item
    /// went past the memory bound.
    fn job(
        self: &Arc<Self>,
        k: usize,
        decl: &Declaration,
        draft: Option<&Draft>,
        lang: &str,
        formats: &[Format],
    ) -> Option<Result<Vec<Document>, Diagnostic>> {
        use std::sync::mpsc::RecvTimeoutError;
        let (tx, rx) = std::sync::mpsc::channel();
        let renderer = Arc::clone(self);
        let (decl, lang_owned, formats) = (decl.clone(), lang.to_owned(), formats.to_vec());
        let draft = draft.cloned();
        let spawned = std::thread::Builder::new().spawn(move || {
            budget::enter_job(k);
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                renderer.render_language(&decl, draft.as_ref(), &lang_owned, &formats)
            }))
            .unwrap_or_else(|_| {
                Err(
                    Diagnostic::error("template", "internal error while rendering this notice")
                        .with_help("please report it with the declaration; nothing was written"),
                )
            });
            let _ = tx.send(r);
        });
        if let Err(e) = spawned {
            return Some(Err(Diagnostic::error(
                "template",
                format!("cannot start a thread to render this notice: {e}"),
            )));
        }
        let started = Instant::now();
        loop {
            match rx.recv_timeout(Duration::from_millis(20)) {
                Ok(r) => return Some(r),
                Err(RecvTimeoutError::Disconnected) => {
                    return Some(Err(Diagnostic::error(
                        "template",
                        "internal error: a rendering thread ended without a result",
                    )));
                }
                Err(RecvTimeoutError::Timeout) => {}
            }
            if let Some(j) = budget::over_budget() {
                return (j == k).then(|| {
                    Err(Diagnostic::error(
                        "budget",
                        format!(
                            "rendering this notice in `{lang}` needs more than {} of memory (the memory budget of a build)",
                            mib(budget::MAX_BUILD_MEMORY as u64)
                        ),
                    )
                    .with_help("a template builds text without end, or the notice is far larger than any real one (docs/guide/security.md, \"Limits\"); nothing was written"))
                });
            }
            if started.elapsed() > self.time_budget {
                return Some(Err(Diagnostic::error(
                    "budget",
                    format!(
                        "rendering this notice in `{lang}` took more than {} s (the time budget of one document)",
                        self.time_budget.as_secs_f64()
                    ),
                )
                .with_help("a template loops without end, or the notice is far larger than any real one; on a slow machine, raise --time-budget; nothing was written")));
            }
        }
    }

    /// Every document of `decl`: each of its languages (or those of `only`) in each format.
    pub fn render(
        &self,
        decl: &Declaration,
        formats: &[Format],
        only: &[String],
    ) -> Result<Vec<Document>, Diagnostic> {
        let langs = languages(decl, only);
        if formats.contains(&Format::Md) {
            self.markdown.page(decl).check(&langs)?;
        }
        let mut docs = Vec::new();
        for lang in langs {
            docs.extend(self.render_language(decl, None, lang, formats)?);
        }
        Ok(docs)
    }

    /// The documents of `decl` in one language, one per format.
    fn render_language(
        &self,
        decl: &Declaration,
        draft: Option<&Draft>,
        lang: &str,
        formats: &[Format],
    ) -> Result<Vec<Document>, Diagnostic> {
        let md = self.notice_markdown(decl, lang, draft)?;
        // Every format is made from the Markdown: its size bounds the work (and the memory) of
        // the HTML and above all of the PDF.
        if md.len() > MAX_DOCUMENT_BYTES {
            return Err(Diagnostic::error(
                "budget",
                format!(
                    "the notice in `{lang}` is {} bytes of Markdown; a document may be at most {MAX_DOCUMENT_BYTES} bytes ({} KiB, its size budget)",
                    md.len(),
                    MAX_DOCUMENT_BYTES / 1024
                ),
            )
            .with_help("no real notice comes near this: shorten its texts, or split it into several notices (docs/guide/security.md, \"Limits\")"));
        }
        let mut docs = Vec::new();
        let page = self.markdown.page(decl);
        for format in formats {
            let (bytes, warnings) = match format {
                Format::Md => (
                    self.page_text(decl, lang, &page, &md, draft.is_some())?
                        .into_bytes(),
                    page.unwritten(),
                ),
                Format::Html | Format::Fragment => (
                    self.html(
                        decl,
                        lang,
                        &md,
                        *format,
                        PageOptions {
                            with_pdf: formats.contains(&Format::Pdf),
                            with_json: formats.contains(&Format::Json),
                            draft: draft.is_some(),
                            base: page_base(decl),
                            describe: true,
                        },
                    )?
                    .into_bytes(),
                    Vec::new(),
                ),
                Format::Pdf => self.pdf(decl, lang, &md, draft.is_some())?,
                Format::Json => (
                    json::document(&self.resolved(decl, lang, draft)?).into_bytes(),
                    Vec::new(),
                ),
            };
            docs.push(Document {
                path: document_path(decl, lang, *format, &self.markdown),
                bytes,
                warnings,
            });
        }
        Ok(docs)
    }

    /// The HTML page of a document other than the notice (the register of `notice register`),
    /// made from its Markdown with the notice's page shell: the same escaping, styles and
    /// language links (to the same document in the other languages, beside it), no PDF link,
    /// and relative links only, as it is not published at the notice's address.
    pub fn page(&self, decl: &Declaration, lang: &str, md: &str) -> Result<String, Diagnostic> {
        let page = PageOptions {
            with_pdf: false,
            with_json: false,
            draft: false,
            base: None,
            describe: false,
        };
        self.html(decl, lang, md, Format::Html, page)
    }

    /// The page or fragment of `decl` in `lang`, linked and marked as `page` says: it links to
    /// its PDF (and the page to its JSON) only when they are written too; a draft asks search
    /// engines not to index it and describes nothing in JSON-LD.
    fn html(
        &self,
        decl: &Declaration,
        lang: &str,
        md: &str,
        format: Format,
        page: PageOptions,
    ) -> Result<String, Diagnostic> {
        let PageOptions {
            with_pdf,
            with_json,
            draft,
            base,
            describe,
        } = page;
        let fragment = format == Format::Fragment;
        let dates = decl
            .notice
            .effective
            .into_iter()
            .chain(decl.notice.history.iter().map(|h| h.effective))
            .map(|d| Ok((self.locales.date(lang, d)?, d.to_string())))
            .collect::<anyhow::Result<Vec<_>>>()
            .map_err(|e| self.internal(&e))?;
        let options = html::HtmlOptions {
            top_level: if fragment { self.fragment.top_level } else { 1 },
            dates,
        };
        let body = html::to_html(md, &options);
        let msg = |id: &str| {
            self.locales
                .msg(lang, id, &[])
                .map_err(|e| self.internal(&e))
        };
        let href = |name: String| format!("{}{name}", base.as_deref().unwrap_or(""));
        let alternates = decl
            .notice
            .languages
            .iter()
            .filter(|l| self.locales.has(l))
            .map(|l| {
                Ok(Alternate {
                    lang: l.clone(),
                    name: self
                        .locales
                        .msg(l, "language-name", &[])
                        .map_err(|e| self.internal(&e))?,
                    href: href(Format::Html.file_name(l)),
                    current: l == lang,
                })
            })
            .collect::<Result<Vec<_>, Diagnostic>>()?;
        // The PDF lies next to the page; a fragment is shown elsewhere, so it links to the PDF
        // only where the notice says where both are published.
        let pdf_href =
            (with_pdf && (!fragment || base.is_some())).then(|| href(Format::Pdf.file_name(lang)));
        // The JSON is for programs, which read a page's head: the fragment has none.
        let json_href = (!fragment && with_json).then(|| href(Format::Json.file_name(lang)));
        let name = if fragment {
            "fragment.html.j2"
        } else {
            "page.html.j2"
        };
        // The page describes itself for machines; a fragment is pasted into pages whose
        // owners (and HTML sanitisers) decide what they carry, so it stays without any script
        // element (`--format json` serves those hosts). A draft is not for publication, and a
        // program would not see its banner: it describes nothing.
        let jsonld = if fragment || draft || !describe {
            None
        } else {
            Some(Value::from_safe_string(jsonld::script_text(
                &self.resolved(decl, lang, None)?,
            )))
        };
        let template = self
            .env
            .get_template(name)
            .map_err(|e| self.templates.render_error(&e))?;
        template
            .render(context! {
                lang => lang,
                jsonld => jsonld,
                title => body.title,
                head => body.head,
                body => body.html,
                toc => Value::from(Serde(&body.toc)),
                toc_label => msg("toc-heading")?,
                toc_level => options.top_level + 1,
                show_toc => !fragment || self.fragment.toc,
                languages_label => msg("other-languages")?,
                alternates => Value::from(Serde(&alternates)),
                canonical => base.as_ref().map(|_| href(Format::Html.file_name(lang))),
                default_href => decl.notice.default_language.as_deref().filter(|_| base.is_some()).map(|l| href(Format::Html.file_name(l))),
                pdf_href => pdf_href,
                json_href => json_href,
                pdf_label => msg("page-pdf")?,
                draft => draft,
            })
            .map_err(|e| self.templates.render_error(&e))
    }
}

/// What a page links to and tells search engines, besides its text.
struct PageOptions {
    /// This run writes the PDF too, which the HTML then links to.
    with_pdf: bool,
    /// This run writes the JSON too, which the page then links to.
    with_json: bool,
    /// A draft, which asks search engines not to index it.
    draft: bool,
    /// Where the pages are published, for absolute links; none for relative ones.
    base: Option<String>,
    /// The page is the notice, which it describes in JSON-LD (the register's page is not).
    describe: bool,
}

/// Where the notice's pages are published (`notice.url`, ending with `/`), if it is a web
/// address. Lint only warns about a bad `notice.url`: anything else (`javascript:`…) is dropped
/// here, so the outputs' links stay relative rather than carry it.
fn page_base(decl: &Declaration) -> Option<String> {
    decl.notice
        .url
        .as_deref()
        .filter(|u| escape::web_address(u))
        .map(|u| {
            if u.ends_with('/') {
                u.to_owned()
            } else {
                format!("{u}/")
            }
        })
}

/// Whether this build of notice makes PDFs: the `pdf` feature, on by default, which a lint-only
/// install leaves out (`cargo install --no-default-features`) for a build of a few minutes
/// instead of several, Typst being most of it.
pub const PDF: bool = cfg!(feature = "pdf");

/// Why a PDF cannot be made by a build of notice without the `pdf` feature.
pub fn pdf_unavailable() -> Diagnostic {
    Diagnostic::error(
        "output",
        "this notice was built without PDF support (the `pdf` feature): it cannot write `--format pdf`",
    )
    .with_help("leave pdf out of --format, or install notice with its default features (`cargo install notice`, without --no-default-features)")
}

#[cfg(not(feature = "pdf"))]
impl Renderer {
    fn pdf(
        &self,
        _: &Declaration,
        _: &str,
        _: &str,
        _: bool,
    ) -> Result<(Vec<u8>, Vec<String>), Diagnostic> {
        Err(pdf_unavailable())
    }
}

#[cfg(feature = "pdf")]
impl Renderer {
    fn pdf_engine(&self) -> Result<&pdf::PdfEngine, Diagnostic> {
        self.pdf
            .get_or_init(|| {
                let template = self.templates.source("notice.typ").unwrap_or_default();
                let (fonts, assets) = self.templates.pdf_assets()?;
                pdf::PdfEngine::new(template, fonts, assets).map_err(|e| {
                    Diagnostic::error("template", format!("cannot prepare the PDF engine: {e:#}"))
                        .with_help("check notice.typ and the font files in the templates folder")
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    fn pdf(
        &self,
        decl: &Declaration,
        lang: &str,
        md: &str,
        draft: bool,
    ) -> Result<(Vec<u8>, Vec<String>), Diagnostic> {
        // Lint requires the date; only a draft gets here without one.
        if self.build_date.or(decl.notice.effective).is_none() {
            return Err(Diagnostic::error(
                "output",
                format!("the PDF in `{lang}` needs a date, and the notice has none"),
            )
            .with_help("add `effective: YYYY-MM-DD` under `notice:` (or set SOURCE_DATE_EPOCH), or leave pdf out of --format; nothing was written"));
        }
        let engine = self.pdf_engine()?;
        let mut meta = pdf_meta(&self.locales, &self.reference, self.build_date, decl, lang)
            .map_err(|e| self.internal(&e))?;
        // A draft says so at the top of every page, where a printed page still shows it.
        if draft {
            let mark = self
                .locales
                .msg(lang, "draft-mark", &[])
                .map_err(|e| self.internal(&e))?;
            meta.labels.insert("draft".to_owned(), mark);
        }
        engine.render(md, &meta).map_err(|e| match e.downcast_ref::<pdf::OverPages>() {
            Some(over) => Diagnostic::error("budget", format!("the PDF in `{lang}` has {over}"))
                .with_help("no real notice comes near this: the page template makes pages without end, or the notice is far larger than any real one"),
            None => Diagnostic::error("template", format!("{e:#}"))
                .with_help("the PDF page template (notice.typ) failed: fix it, or remove it from --templates to use the built-in one"),
        })
    }
}

/// The PDF's metadata and the labels its page template prints.
#[cfg(feature = "pdf")]
fn pdf_meta(
    locales: &Locales,
    reference: &Reference,
    build_date: Option<Date>,
    decl: &Declaration,
    lang: &str,
) -> anyhow::Result<pdf::PdfMeta> {
    let controller = controller_name(decl);
    let title = title(locales, reference, decl, lang)?;
    let msg = |id: &str, args: &[(&str, crate::i18n::Arg)]| locales.msg(lang, id, args);
    // The date of the document is the notice's, or the build's SOURCE_DATE_EPOCH: never the clock.
    let date = build_date.or(decl.notice.effective).ok_or_else(|| {
        anyhow::anyhow!("a PDF needs `notice.effective` (or SOURCE_DATE_EPOCH) for its date")
    })?;
    let mut labels = std::collections::BTreeMap::new();
    labels.insert(
        "page-of".to_owned(),
        msg(
            "page-of",
            &[("page", "{page}".into()), ("total", "{total}".into())],
        )?,
    );
    labels.insert("contents".to_owned(), msg("toc-heading", &[])?);
    if !controller.is_empty() {
        labels.insert(
            "controller".to_owned(),
            msg("pdf-controller", &[("name", controller.clone().into())])?,
        );
    }
    if let Some(version) = &decl.notice.version {
        labels.insert(
            "version".to_owned(),
            msg("pdf-version", &[("version", version.clone().into())])?,
        );
    }
    // The PDF points to its page, as the page points to it.
    let url = page_base(decl).map(|base| base + &Format::Html.file_name(lang));
    if let Some(url) = &url {
        labels.insert("online".to_owned(), msg("pdf-online", &[])?);
        labels.insert("url".to_owned(), url.clone());
    }
    Ok(pdf::PdfMeta {
        title,
        author: controller.clone(),
        lang: lang.to_owned(),
        region: decl
            .controller
            .as_ref()
            .and_then(|c| c.country.clone())
            .map(|c| c.to_ascii_uppercase()),
        keywords: msg("pdf-keywords", &[])?
            .split(',')
            .map(|k| k.trim().to_owned())
            .chain(Some(controller).filter(|c| !c.is_empty()))
            .collect(),
        date: (date.year(), date.month(), date.day()),
        labels,
        url,
    })
}

fn controller_name(decl: &Declaration) -> String {
    decl.controller
        .as_ref()
        .and_then(|c| c.name.clone())
        .unwrap_or_default()
}

/// The notice's title in `lang`: `notice.title`, or "Privacy notice — <controller>".
fn title(
    locales: &Locales,
    reference: &Reference,
    decl: &Declaration,
    lang: &str,
) -> anyhow::Result<String> {
    view::Builder {
        decl,
        lang,
        locales,
        reference,
    }
    .title(&controller_name(decl))
}

/// Where the document of `decl` in `lang` and `format` goes, relative to the output folder:
/// a Markdown file is named as `markdown` (the run's flavour and options) names it.
pub fn document_path(
    decl: &Declaration,
    lang: &str,
    format: Format,
    markdown: &MarkdownOptions,
) -> PathBuf {
    let id = decl.notice.id.as_deref().unwrap_or("notice");
    PathBuf::from(id).join(match format {
        Format::Md => markdown.page(decl).file_name(lang),
        _ => format.file_name(lang),
    })
}

/// The languages of `decl` to build: every one it lists, or those of them in `only`.
pub fn languages<'d>(decl: &'d Declaration, only: &[String]) -> Vec<&'d str> {
    decl.notice
        .languages
        .iter()
        .filter(|l| only.is_empty() || only.contains(l))
        .map(String::as_str)
        .collect()
}

/// Collapses the blank lines template conditionals leave behind, and ends with one newline, so
/// the committed Markdown is clean to read and to diff.
fn tidy_markdown(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut blank = 0;
    for line in md.lines() {
        let line = line.trim_end_matches([' ', '\t']).trim_end_matches('\r');
        // A trailing backslash is a hard line break and is kept; trailing spaces are not needed.
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() && blank > 0 {
            out.push('\n');
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}
