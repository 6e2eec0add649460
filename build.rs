//! Build script: the list of built-in locales, and the build id.
//!
//! Every `locales/<lang>/*.ftl` and `*.yaml` file becomes an entry of `BUILTIN` (src/i18n.rs),
//! so that the languages the binary ships are the folders under `locales/`, and adding a
//! language is adding a folder.
//!
//! The build id is a digest of everything this binary is made from (its code, the built-in
//! templates, locales and reference data, the versions of its dependencies), which the build
//! record names (`src/record.rs`).
//!
//! The package version alone would not do: between releases, a changed renderer keeps the
//! version, and a record written by the binary before the change would vouch for outputs the
//! new one no longer makes. Two builds of the same source get the same id on any machine, so
//! a record written on a laptop is trusted by the CI build of the same commit.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What the binary is made from, relative to the package root.
const SOURCES: [&str; 6] = [
    "src",
    "templates",
    "locales",
    "Cargo.toml",
    "Cargo.lock",
    "build.rs",
];

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut files = Vec::new();
    for source in SOURCES {
        println!("cargo::rerun-if-changed={source}");
        collect(&root, &root.join(source), &mut files);
    }
    files.sort();
    // FNV-1a over each file's path and content, each preceded by its length: an identity, not
    // a defence against forgery, and no crate to compile for it.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in (bytes.len() as u64).to_le_bytes().iter().chain(bytes) {
            hash = (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for (rel, path) in &files {
        feed(rel.as_bytes());
        feed(&std::fs::read(path).expect("a source file is readable"));
    }
    println!("cargo::rustc-env=NOTICE_BUILD_ID={hash:016x}");
    embed_locales(&root);
}

/// Writes `$OUT_DIR/locales.rs`: one `(lang, path, text)` entry per built-in locale file,
/// sorted so that the binary is the same whatever order the file system lists them in.
fn embed_locales(root: &Path) {
    let mut files: Vec<(String, String)> = Vec::new();
    for lang in std::fs::read_dir(root.join("locales")).expect("locales/ is readable") {
        let lang = lang.expect("locales/ is readable").path();
        if !lang.is_dir() {
            continue;
        }
        let code = lang
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a UTF-8 folder name");
        for f in std::fs::read_dir(&lang).expect("a locale folder is readable") {
            let f = f.expect("a locale folder is readable").path();
            // The messages (`*.ftl`), and the lint phrase lists and reference names
            // (`phrases.yaml`, `reference.yaml`) of the language.
            if matches!(f.extension().and_then(|e| e.to_str()), Some("ftl" | "yaml")) {
                let name = f
                    .file_name()
                    .and_then(|n| n.to_str())
                    .expect("a UTF-8 file name");
                files.push((code.to_owned(), format!("locales/{code}/{name}")));
            }
        }
    }
    files.sort();
    let mut out = String::from("&[\n");
    for (lang, path) in &files {
        let _ = writeln!(
            out,
            "    ({lang:?}, {path:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/\", {path:?}))),"
        );
    }
    out.push_str("]\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("locales.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Every file under `path` (or `path` itself), with its path relative to `root` written with
/// `/`, so that the id does not depend on the platform.
fn collect(root: &Path, path: &Path, out: &mut Vec<(String, PathBuf)>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).expect("a source folder is readable") {
            collect(
                root,
                &entry.expect("a source folder is readable").path(),
                out,
            );
        }
    } else if path.is_file() {
        let rel = path.strip_prefix(root).unwrap_or(path);
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        out.push((rel.join("/"), path.to_path_buf()));
    }
}
