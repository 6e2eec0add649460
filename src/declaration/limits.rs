//! The limits on what one run reads, in one place: each protects memory or time from a file
//! that is not a plausible declaration, and each is refused with its own message (README,
//! "Security and robustness").

/// A declaration file may be at most this large (1 MiB); a larger one is refused before it is
/// read into memory. The largest real declarations are about 30 KiB.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// At most this many declaration files per run.
pub const MAX_FILES: usize = 10_000;

/// At most this many bytes of declarations per run (256 MiB), so that a run's memory stays
/// bounded even at [`MAX_FILES`] files.
pub const MAX_RUN_BYTES: u64 = 256 * 1024 * 1024;

/// Mappings and sequences may be nested at most this deep. The format itself needs six levels
/// (`purposes[0].retention.per_category[0].after.en`); serde_yaml would stop at 128.
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
