//! Copies of the demo declaration for the benchmarks: each with its own id and controller
//! name, so that every one is a notice of its own (no duplicate ids, every document rendered).

use std::path::{Path, PathBuf};

/// Writes `n` copies of the demo into `dir` as `bench-0000.yaml`…; returns their total size.
pub fn write_demo_copies(dir: &Path, n: usize) -> usize {
    let demo = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("notices/atelier-zenne.yaml"),
    )
    .expect("the demo declaration");
    let mut bytes = 0;
    for i in 0..n {
        let text = demo
            .replace("id: atelier-zenne", &format!("id: bench-{i:04}"))
            .replace(
                "name: Atelier Zenne SRL",
                &format!("name: Atelier Zenne {i} SRL"),
            );
        bytes += text.len();
        std::fs::write(dir.join(format!("bench-{i:04}.yaml")), text).expect("write");
    }
    bytes
}
