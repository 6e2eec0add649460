//! Embeds every built-in locale: each `locales/<lang>/*.ftl` file becomes an entry of
//! `BUILTIN` (src/i18n.rs), so that the languages the binary ships are the folders under
//! `locales/`, and adding a language is adding a folder.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let locales = root.join("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut files: Vec<(String, String)> = Vec::new();
    for lang in std::fs::read_dir(&locales).expect("locales/ is readable") {
        let lang = lang.expect("locales/ is readable").path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        let code = lang
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a UTF-8 folder name");
        for f in std::fs::read_dir(&lang).expect("a locale folder is readable") {
            let f = f.expect("a locale folder is readable").path();
            if f.extension().and_then(|e| e.to_str()) == Some("ftl") {
                let name = f
                    .file_name()
                    .and_then(|n| n.to_str())
                    .expect("a UTF-8 file name");
                files.push((code.to_owned(), format!("locales/{code}/{name}")));
            }
        }
    }
    // Sorted, so that the binary is the same whatever order the file system lists them in.
    files.sort();
    let mut out = String::from("&[\n");
    for (lang, path) in &files {
        let _ = writeln!(
            out,
            "    ({lang:?}, {path:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/\", {path:?}))),"
        );
    }
    out.push_str("]\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
