//! Marks with `TODO` each line of a new declaration that a lint finding points at and that has
//! no `TODO` yet, so that everything `notice lint` reports on the file shows in it where it is.
//!
//! Most findings on a new declaration are at its placeholders, or at an entry whose comments
//! say what to add; the rest depend on data `notice init` does not decide (a catalogue entry
//! not verified, a cookie kept longer than 13 months, reference data grown old), so they are
//! found by running lint rather than foreseen.

use std::collections::BTreeMap;

use crate::diagnostic::Diagnostic;
use crate::lint::find_rule;
use crate::lint::rules::{PLACEHOLDER, has_placeholder};

/// `text` with `# TODO: <rule> <name>, …` at the end of each line a finding points at that
/// does not hold the placeholder already. Findings without a place are left out: there is no
/// line to mark.
pub fn mark(text: &str, findings: &[Diagnostic]) -> String {
    let mut rules: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for d in findings {
        if let Some((line, _)) = d.line_col() {
            let on_line = rules.entry(line).or_default();
            if !on_line.contains(&d.code.as_str()) {
                on_line.push(&d.code);
            }
        }
    }
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let (body, end) = line
            .strip_suffix('\n')
            .map_or((line, ""), |body| (body, "\n"));
        out.push_str(body);
        if let Some(codes) = rules.get_mut(&(i + 1))
            && !has_placeholder(body)
        {
            codes.sort_unstable();
            let named: Vec<String> = codes
                .iter()
                .map(|code| match find_rule(code) {
                    Some(rule) => format!("{code} {}", rule.name),
                    None => (*code).to_owned(),
                })
                .collect();
            out.push_str(&format!("  # {PLACEHOLDER}: {}", named.join(", ")));
        }
        out.push_str(end);
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::sync::Arc;

    use super::*;
    use crate::diagnostic::SourceFile;

    fn at(file: &Arc<SourceFile>, code: &str, line: usize) -> Diagnostic {
        let offset = file.lines.offset(&file.text, line, 2);
        Diagnostic::error(code, "x").in_file(file, Some(offset))
    }

    #[test]
    fn each_line_with_a_finding_is_marked_once_with_its_rules() {
        let text = "a:\n  - id: p\n    b: \"TODO: x\"\nc: 1\n";
        let file = Arc::new(SourceFile::plain(PathBuf::from("t.yaml"), text.to_owned()));
        let findings = [
            at(&file, "N501", 2),
            at(&file, "N201", 2),
            at(&file, "N201", 2),
            at(&file, "N070", 3),
            Diagnostic::error("N901", "nowhere"),
        ];
        assert_eq!(
            mark(text, &findings),
            "a:\n  - id: p  # TODO: N201 missing-legal-basis, N501 missing-retention\n    b: \"TODO: x\"\nc: 1\n"
        );
        // Comments do not move what they follow: the findings stay on their lines.
        assert_eq!(mark(text, &[]), text);
    }
}
