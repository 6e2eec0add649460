//! The MDX flavour compiled and run by @mdx-js/mdx with the plugins Docusaurus uses (GFM, front
//! matter, GitHub's heading ids), by tests/mdx/compile.mjs.

use std::process::Command;

use super::{build_demo, check_page, skip};
use crate::common::{read, root};

#[test]
fn mdx_compiles_and_renders_with_every_link_reaching_its_heading() {
    let dir = root().join("tests/mdx");
    if !dir.join("node_modules/@mdx-js/mdx").is_dir() {
        skip::<()>("MDX", "no @mdx-js/mdx (npm ci --prefix tests/mdx)");
        return;
    }
    let Some(_) = super::renderer("Node.js", "node", &["--version"]) else {
        return;
    };
    let version = read(&dir.join("node_modules/@mdx-js/mdx/package.json"));
    let version: serde_json::Value = serde_json::from_str(&version).unwrap();
    eprintln!("@mdx-js/mdx: {}", version["version"]);
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let ids = build_demo(work.path(), &out, "mdx", &[]);
    let files: Vec<_> = ["fr", "nl", "en"]
        .iter()
        .map(|l| out.join(format!("atelier-zenne/{l}.mdx")))
        .collect();
    let mut node = Command::new("node");
    node.arg(dir.join("compile.mjs")).args(&files);
    super::run(node);
    for (lang, file) in ["fr", "nl", "en"].iter().zip(&files) {
        let html = read(&file.with_extension("mdx.html"));
        assert_eq!(check_page(&html, lang, &format!("mdx {lang}")), ids.len());
        assert!(html.contains("<table>"), "mdx {lang}: no table");
    }
}
