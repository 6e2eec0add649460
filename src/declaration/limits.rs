//! The limits on what one run reads, in one place: each protects memory or time from a file
//! that is not a plausible declaration, and each is refused with its own message (docs/guide/security.md,
//! "Limits").

/// A declaration file may be at most this large (1 MiB); a larger one is refused before it is
/// read into memory. The largest real declarations are about 30 KiB.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// At most this many declaration files per run.
pub const MAX_FILES: usize = 10_000;

/// At most this many bytes of declarations per run (32 MiB), so that a run's memory stays
/// bounded even at [`MAX_FILES`] files: a loaded and linted declaration takes about 19 times
/// its size in memory (its text, the positions of its nodes, the model), so 32 MiB of them
/// about 600 MiB, held while the notices are rendered (see [`crate::budget`]). That is a
/// thousand notices of the demo's size.
pub const MAX_RUN_BYTES: u64 = 32 * 1024 * 1024;

/// Mappings and sequences may be nested at most this deep. The format itself needs six levels
/// (`purposes[0].retention.per_category[0].after.en`); reading the model would stop at 128.
pub const MAX_NESTING: usize = 32;

/// With every YAML alias replaced by what it refers to, a declaration may be at most this
/// large (4 MiB, counting scalar bytes plus one per node): aliases may share text, not
/// multiply it ("billion laughs").
pub const MAX_EXPANDED_BYTES: u64 = 4 * 1024 * 1024;

/// The source map records at most this many bytes of YAML paths (16 per byte of the largest
/// file): paths repeat their ancestors' keys, so many nodes under long keys would otherwise
/// cost far more than the file's size.
pub const MAX_RECORDED_BYTES: usize = 16 * MAX_FILE_BYTES as usize;

/// A limit in bytes as people read it, e.g. "4 MiB".
pub fn mib(bytes: u64) -> String {
    format!("{} MiB", bytes / (1024 * 1024))
}

/// A name, label or title (`notice.title`, `controller.name`, `purposes[].label`…) may be at
/// most this many characters: the longest legal names are about 150, and a title is repeated
/// in the footer of every page of the PDF.
pub const MAX_NAME_CHARS: usize = 300;

/// A plain value (an address line, an e-mail address, a link, an id) may be at most this many
/// characters.
pub const MAX_VALUE_CHARS: usize = 2_000;

/// A free text (a description, legitimate interests, a retention criterion…) may be at most
/// this many characters: about three pages; the longest in the examples is about 1,200.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// The Markdown of one document (one language of one notice) may be at most this large
/// (512 KiB, about 170 PDF pages), checked before HTML or PDF is made of it: PDF layout needs
/// about 0.9 KiB of memory per byte of Markdown. The demo's is 17 KiB; a notice of 100
/// ordinary purposes, about 70 KiB.
pub const MAX_DOCUMENT_BYTES: usize = 512 * 1024;

/// A PDF may have at most this many pages: a page template that loops can make pages from
/// nothing, which the size of the Markdown does not bound.
pub const MAX_PDF_PAGES: usize = 300;

/// How long one document (one language of one notice, every format) may take by default,
/// in seconds (`--time-budget`): the demo's take about 0.1 s, the largest the limits allow
/// about 6 s (release build, the machine shared with other work).
pub const DOCUMENT_SECONDS: u64 = 60;

/// Steps of template evaluation (minijinja fuel) one document may take: the demo takes about
/// 5,000, a declaration of 3,500 purposes (the most 1 MiB holds) under 800,000; a template
/// that loops without end stops here, after a few seconds.
pub const TEMPLATE_FUEL: u64 = 50_000_000;

/// A template (`*.j2`, `*.typ`, `*.css`) or locale file may be at most this large (1 MiB).
pub const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// Any other file of a templates folder (a font, a logo) may be at most this large (32 MiB):
/// it is read, only for a PDF, into memory.
pub const MAX_ASSET_BYTES: u64 = 32 * 1024 * 1024;
