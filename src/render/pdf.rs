//! PDF rendering: a sealed, in-memory Typst world that lays out the notice template.
//!
//! The world can reach exactly: the template (`/main.typ`), one JSON file with the document
//! tree and metadata (`/data.json`), the assets given to [`PdfEngine::new`], and the embedded
//! fonts. No file system, network, packages or clock.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use anyhow::{Context, anyhow, bail};
use serde::Serialize;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Feature, Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::declaration::limits::MAX_PDF_PAGES;
use crate::render::tree;

/// Path under which the template finds the tree and metadata (`json("/data.json")`).
const DATA_PATH: &str = "/data.json";
const MAIN_PATH: &str = "/main.typ";

/// Memoised results unused for this many renders are dropped, which keeps RSS flat
/// (~64 MB over 300 renders instead of ~1 GB). Results shared by documents (fonts, template
/// evaluation, per-language text) survive as long as each language or template recurs within
/// this many renders: measured with fr/nl/en interleaved, ages 0–2 are 4× slower (~40 ms per
/// PDF), 3–10 are equally fast (~10 ms). The age counts renders of the whole process, and
/// `notice build` renders on every core at once, so 10 keeps about 5 per thread on 2 cores.
const EVICT_AFTER: usize = 10;

/// Document metadata and the localised strings the template prints.
#[derive(Debug, Clone, Serialize)]
pub struct PdfMeta {
    pub title: String,
    pub author: String,
    /// ISO 639-1, e.g. "fr": drives hyphenation, smart quotes and the PDF /Lang.
    pub lang: String,
    /// ISO 3166-1 alpha-2, e.g. "BE".
    pub region: Option<String>,
    pub keywords: Vec<String>,
    /// (year, month, day): printed date context and the PDF creation date.
    pub date: (i32, u8, u8),
    /// Localised template strings: "page-of" ("Page {page} of {total}"), "effective",
    /// "controller", optionally "contents" (enables a table of contents), "version" (the
    /// footer's "Version 2.0"), "online" and "url" (the title page's link to `url`).
    pub labels: BTreeMap<String, String>,
    /// The address of the notice's page in this language, which the title page links to.
    pub url: Option<String>,
}

/// A reusable renderer. Build once; `render` is cheap and may be called from many threads.
pub struct PdfEngine {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    data_id: FileId,
    assets: HashMap<FileId, Bytes>,
    asset_names: Vec<String>,
    /// Shown instead of characters that no font has (see `replace_unshowable`).
    placeholder: char,
    standards: PdfStandards,
}

impl PdfEngine {
    /// `template`: Typst source of the page setup (see `templates/notice.typ`).
    /// `user_fonts`: TTF/OTF/TTC files, added after the embedded ones.
    /// `assets`: read-only files the template may load by name, e.g. "logo.png".
    pub fn new(
        template: &str,
        user_fonts: Vec<Vec<u8>>,
        assets: BTreeMap<String, Vec<u8>>,
    ) -> anyhow::Result<Self> {
        let mut fonts: Vec<Font> = typst_assets::fonts()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        for (i, data) in user_fonts.into_iter().enumerate() {
            let before = fonts.len();
            fonts.extend(Font::iter(Bytes::new(data)));
            if fonts.len() == before {
                bail!("user font #{} is not a readable TTF/OTF/TTC font", i + 1);
            }
        }
        let book = FontBook::from_fonts(&fonts);

        // File ids are interned for the life of the process (at most 2^16), so they are
        // created here once per engine, never per render.
        let main = Source::new(file_id(MAIN_PATH)?, template.to_string());
        let data_id = file_id(DATA_PATH)?;
        let mut map = HashMap::new();
        let mut asset_names = Vec::new();
        for (name, data) in assets {
            let id = file_id(&format!("/{name}")).with_context(|| format!("asset {name:?}"))?;
            if id == main.id() || id == data_id {
                bail!("asset name {name:?} is reserved");
            }
            map.insert(id, Bytes::new(data));
            asset_names.push(name);
        }

        let placeholder = ['\u{FFFD}', '?']
            .into_iter()
            .find(|&c| shows_text(&fonts, c))
            .unwrap_or('?');
        // PDF/A-2a (archival, tagged) and PDF/UA-1 (accessible) overlap at PDF 1.7.
        let standards = PdfStandards::new(&[PdfStandard::A_2a, PdfStandard::Ua_1])
            .map_err(|e| anyhow!("PDF standards: {}", e.message()))?;
        Ok(Self {
            placeholder,
            standards,
            // a11y-extras: `pdf.header-cell`, for the row headers of tables in the tagged PDF.
            library: LazyHash::new(
                Library::builder()
                    .with_features([Feature::A11yExtras].into_iter().collect())
                    .build(),
            ),
            book: LazyHash::new(book),
            fonts,
            main,
            data_id,
            assets: map,
            asset_names,
        })
    }

    /// Renders the notice to PDF bytes. Identical inputs give identical bytes.
    /// Also returns the warnings: characters shown as the placeholder, and what Typst warns
    /// about (from a user's page template, say).
    pub fn render(&self, markdown: &str, meta: &PdfMeta) -> anyhow::Result<(Vec<u8>, Vec<String>)> {
        if meta.title.trim().is_empty() {
            bail!("PdfMeta.title is empty: PDF/UA-1 requires a document title");
        }
        let (y, m, d) = meta.date;
        let date = Datetime::from_ymd(y, m, d)
            .ok_or_else(|| anyhow!("invalid date {y:04}-{m:02}-{d:02}"))?;
        let mut doc = tree::parse(markdown);
        let mut meta = meta.clone();
        let [missing, forbidden] = self.replace_unshowable(&mut doc, &mut meta);
        let data = serde_json::to_vec(&Data {
            meta: &meta,
            assets: &self.asset_names,
            doc: &doc,
        })?;
        let world = RenderWorld {
            engine: self,
            data: Bytes::new(data),
            today: date,
        };

        let result = typst::compile::<PagedDocument>(&world);
        let mut warnings: Vec<String> = result
            .warnings
            .iter()
            .map(|w| self.diagnostic(w, &world))
            .collect();
        let list = |set: &BTreeSet<char>| {
            let l: Vec<String> = set
                .iter()
                .map(|c| format!("{c} (U+{:04X})", *c as u32))
                .collect();
            l.join(", ")
        };
        if !missing.is_empty() {
            warnings.push(format!(
                "no font has {}; shown as {:?} in the PDF: add a font that covers them to the templates folder",
                list(&missing),
                self.placeholder
            ));
        }
        if !forbidden.is_empty() {
            warnings.push(format!(
                "{} are private-use characters or noncharacters, which PDF/A does not allow; shown as {:?} in the PDF: replace them in the declaration",
                list(&forbidden),
                self.placeholder
            ));
        }
        if let Ok(doc) = &result.output
            && doc.pages().len() > MAX_PDF_PAGES
        {
            typst::comemo::evict(EVICT_AFTER);
            return Err(OverPages(doc.pages().len()).into());
        }
        let output = result
            .output
            .and_then(|doc| typst_pdf::pdf(&doc, &self.pdf_options(&meta, date)));
        typst::comemo::evict(EVICT_AFTER);
        match output {
            Ok(pdf) => Ok((finish_catalog(pdf), warnings)),
            Err(errors) => {
                // One syntax slip can cascade into dozens of errors; the first few locate it.
                let mut text: Vec<String> = errors
                    .iter()
                    .take(5)
                    .map(|e| format!("error: {}", self.diagnostic(e, &world)))
                    .collect();
                if errors.len() > 5 {
                    text.push(format!("… and {} more errors", errors.len() - 5));
                }
                bail!("PDF rendering failed:\n{}", text.join("\n"))
            }
        }
    }

    /// PDF/A and PDF/UA forbid glyphs a font does not have (Typst fails the export with
    /// "could not be displayed"), and PDF/A forbids private-use characters and noncharacters
    /// outright, so an emoji or CJK name must not reach the layout unless some font covers it.
    /// Such characters in displayed text become the placeholder and are returned, as
    /// `[no font has them, PDF/A forbids them]`, for the warnings; link targets are left intact.
    fn replace_unshowable(
        &self,
        doc: &mut tree::Document,
        meta: &mut PdfMeta,
    ) -> [BTreeSet<char>; 2] {
        let [mut missing, mut forbidden] = [BTreeSet::new(), BTreeSet::new()];
        let unshowable = |c: char| {
            if c.is_ascii() || c.is_whitespace() || c.is_control() || is_default_ignorable(c) {
                None
            } else if forbidden_in_pdf_a(c) {
                Some(true)
            } else if !shows_text(&self.fonts, c) {
                Some(false)
            } else {
                None
            }
        };
        // Control characters (NUL, BEL, …) have no glyph anywhere and mean nothing on paper:
        // they are dropped without a warning. So is U+FEFF (a zero-width no-break space, or a
        // stray byte-order mark), which PDF/A forbids in text.
        let control =
            |c: char| (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{feff}';
        let mut fix = |s: &mut String| {
            if !s.chars().any(|c| control(c) || unshowable(c).is_some()) {
                return;
            }
            let mut out = String::with_capacity(s.len());
            for c in s.chars().filter(|&c| !control(c)) {
                match unshowable(c) {
                    None => out.push(c),
                    Some(pdf_a) => {
                        if pdf_a { &mut forbidden } else { &mut missing }.insert(c);
                        out.push(self.placeholder);
                    }
                }
            }
            *s = out;
        };
        fix(&mut meta.title);
        fix(&mut meta.author);
        meta.labels.values_mut().for_each(&mut fix);
        visit_text_mut(&mut doc.blocks, &mut fix);
        [missing, forbidden]
    }

    fn pdf_options(&self, meta: &PdfMeta, date: Datetime) -> PdfOptions {
        PdfOptions {
            // A stable identifier for "this notice in this language": the same across renders
            // and revisions, so viewers and archives can recognise a newer version.
            ident: Smart::Custom(format!(
                "notice/{}-{}/{}",
                meta.lang,
                meta.region.as_deref().unwrap_or(""),
                meta.title
            )),
            creator: Smart::Custom(Some("notice".into())),
            // PDF/A needs a date; it must come from the notice, never the clock.
            timestamp: Some(Timestamp::new_utc(date)),
            standards: self.standards.clone(),
            tagged: true,
            ..PdfOptions::default()
        }
    }

    /// Formats a diagnostic as `msg (at template line LINE:COL: `source line`)` plus hints.
    fn diagnostic(&self, diag: &SourceDiagnostic, world: &RenderWorld) -> String {
        let mut out = diag.message.to_string();
        let location = diag.span.id().and_then(|id| {
            let range = world.range(diag.span)?;
            if id == self.main.id() {
                let lines = self.main.lines();
                let (line, col) = lines.byte_to_line_column(range.start)?;
                let src = lines.line_to_range(line).map(|r| &self.main.text()[r])?;
                Some(format!(
                    "template line {}:{}: `{}`",
                    line + 1,
                    col + 1,
                    src.trim()
                ))
            } else {
                Some(format!("{:?} bytes {range:?}", id))
            }
        });
        if let Some(location) = location {
            let _ = write!(out, " (at {location})");
        }
        for hint in &diag.hints {
            let _ = write!(out, "\n  hint: {}", hint.v);
        }
        out
    }
}

/// A PDF of more pages than [`MAX_PDF_PAGES`]: this many.
#[derive(Debug)]
pub struct OverPages(pub usize);

impl std::fmt::Display for OverPages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} pages; a document may have at most {MAX_PDF_PAGES} (its page budget)",
            self.0
        )
    }
}

impl std::error::Error for OverPages {}

/// The JSON the template reads: `meta`, `assets` (names it may load) and `doc` (the tree).
#[derive(Serialize)]
struct Data<'a> {
    meta: &'a PdfMeta,
    assets: &'a [String],
    doc: &'a tree::Document,
}

/// Calls `f` on every displayed string (not on link targets), e.g. to replace characters
/// that no font can show.
fn visit_text_mut(blocks: &mut [tree::Block], f: &mut impl FnMut(&mut String)) {
    fn inlines(items: &mut [tree::Inline], f: &mut impl FnMut(&mut String)) {
        for i in items {
            match i {
                tree::Inline::Text { text } | tree::Inline::Code { text } => f(text),
                tree::Inline::Strong { content }
                | tree::Inline::Emph { content }
                | tree::Inline::Link { content, .. } => inlines(content, f),
                tree::Inline::Linebreak | tree::Inline::Softbreak => {}
            }
        }
    }
    for b in blocks {
        match b {
            tree::Block::Heading { content, .. } | tree::Block::Paragraph { content } => {
                inlines(content, f)
            }
            tree::Block::List { items, .. } => items.iter_mut().for_each(|i| visit_text_mut(i, f)),
            tree::Block::Table { header, rows, .. } => {
                for cell in header.iter_mut().chain(rows.iter_mut().flatten()) {
                    inlines(cell, f);
                }
            }
            tree::Block::Quote { blocks } => visit_text_mut(blocks, f),
            tree::Block::Code { text } => f(text),
            tree::Block::Rule => {}
        }
    }
}

/// Edits the document catalog Typst writes, for two things it has no option for. It blanks
/// `/Suspects false`: the entry is optional and `false` its default, but poppler (22.x) reports
/// "Suspects object is wrong type" for it, and a notice must open without warnings; spaces of
/// the same length keep every byte offset valid. And it asks viewers to open the document with
/// its outline (bookmarks) shown, `/PageMode/UseOutlines`. Typst writes the catalog as the
/// last object, right before the cross-reference table, so the longer catalog moves only that
/// table, and `startxref` is updated; a PDF laid out otherwise keeps its page mode.
fn finish_catalog(mut pdf: Vec<u8>) -> Vec<u8> {
    const SUSPECTS: &[u8] = b"/Suspects false";
    const CATALOG: &[u8] = b"/Type/Catalog";
    const PAGE_MODE: &[u8] = b"/PageMode/UseOutlines";
    let find = |pdf: &[u8], what: &[u8], from: usize| {
        pdf.get(from..)?
            .windows(what.len())
            .position(|w| w == what)
            .map(|at| at + from)
    };
    if let Some(at) = find(&pdf, SUSPECTS, 0) {
        pdf[at..at + SUSPECTS.len()].fill(b' ');
    }
    let Some(catalog) = find(&pdf, CATALOG, 0) else {
        return pdf;
    };
    // The catalog's object ends, and the table starts, after it; nothing else lies between.
    let (Some(end), Some(xref), Some(start)) = (
        find(&pdf, b"endobj\n", catalog),
        find(&pdf, b"\nxref\n", catalog),
        find(&pdf, b"\nstartxref\n", catalog),
    ) else {
        return pdf;
    };
    let number = start + b"\nstartxref\n".len();
    let digits = pdf[number..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let offset = std::str::from_utf8(&pdf[number..number + digits])
        .ok()
        .and_then(|d| d.parse::<usize>().ok());
    let outlined = find(&pdf[..end], b"/Outlines ", catalog).is_some();
    if offset != Some(xref + 1) || end + b"endobj".len() != xref || !outlined {
        return pdf;
    }
    let moved = (xref + 1 + PAGE_MODE.len()).to_string();
    pdf.splice(number..number + digits, moved.bytes());
    let after = catalog + CATALOG.len();
    pdf.splice(after..after, PAGE_MODE.iter().copied());
    pdf
}

/// Whether one of `fonts` can show `c` in running text. Math fonts cover many letters, but
/// Typst never takes text glyphs from them: counting them left such a letter as a missing glyph
/// that PDF/A refuses.
fn shows_text(fonts: &[Font], c: char) -> bool {
    fonts.iter().any(|font| {
        !font.info().flags.contains(typst::text::FontFlags::MATH)
            && font.info().coverage.contains(c as u32)
    })
}

/// Characters PDF/A does not allow in text even where a font has a glyph for them: private-use
/// characters and noncharacters (krilla's validation refuses the export otherwise).
fn forbidden_in_pdf_a(c: char) -> bool {
    let u = c as u32;
    matches!(u, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF | 0xFDD0..=0xFDEF) || u & 0xFFFE == 0xFFFE
}

/// Zero-width and variation characters: shaping skips them, so no font needs them.
fn is_default_ignorable(c: char) -> bool {
    matches!(c as u32, 0xAD | 0x200B..=0x200F | 0x2060..=0x206F | 0xFE00..=0xFE0F | 0xFEFF)
        || matches!(c as u32, 0xE0000..=0xE0FFF)
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.get().vpath().get_without_slash().into())
}

fn file_id(path: &str) -> anyhow::Result<FileId> {
    let vpath = VirtualPath::new(path).map_err(|e| anyhow!("invalid path {path:?}: {e:?}"))?;
    Ok(FileId::new(RootedPath::new(VirtualRoot::Project, vpath)))
}

/// One render's view of the engine plus that render's data file and date.
struct RenderWorld<'a> {
    engine: &'a PdfEngine,
    data: Bytes,
    today: Datetime,
}

impl World for RenderWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.engine.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.engine.book
    }

    fn main(&self) -> FileId {
        self.engine.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.engine.main.id() {
            Ok(self.engine.main.clone())
        } else if id == self.engine.data_id || self.engine.assets.contains_key(&id) {
            Err(FileError::NotSource)
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.engine.data_id {
            Ok(self.data.clone())
        } else if id == self.engine.main.id() {
            Ok(Bytes::from_string(self.engine.main.clone()))
        } else if let Some(bytes) = self.engine.assets.get(&id) {
            Ok(bytes.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.engine.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
