//! Printing findings: `file:line:col: severity[ID]: message` with the source line, JSON or
//! SARIF, and the summary count.

use std::fmt::Write;

use serde::Serialize;

use crate::diagnostic::{Allowed, Diagnostic, Severity, SourceFile};

/// Whether to colour output: on a terminal, or when `CLICOLOR_FORCE` asks for it (CI logs), and
/// never when `NO_COLOR` is set (https://no-color.org).
pub fn use_colour(is_terminal: bool) -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    !set("NO_COLOR") && (is_terminal || set("CLICOLOR_FORCE"))
}

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
    fn severity(&self, s: Severity) -> String {
        let code = match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Note => "1;36",
        };
        self.paint(code, s.as_str())
    }
}

/// A finding as the human format shows it: in full, except one a `lint.allow` entry accepts,
/// which is shown only with `show_allowed`, or as a two-line reminder when it is an error (an
/// allowed error is never silent).
pub fn shown(d: &Diagnostic, colour: bool, show_allowed: bool) -> Option<String> {
    match &d.allowed {
        Some(_) if show_allowed => Some(human(d, colour)),
        Some(a) if d.severity == Severity::Error => {
            let style = Style { on: colour };
            Some(format!(
                "{}{}",
                headline(d, &style),
                allowed_line(d, a, &style)
            ))
        }
        Some(_) => None,
        None => Some(human(d, colour)),
    }
}

/// `file:line:col: severity[ID]: message`, and a line feed.
fn headline(d: &Diagnostic, style: &Style) -> String {
    let place = match (&d.file, d.line_col()) {
        (Some(f), Some((line, col))) => format!("{}:{line}:{col}: ", f.display()),
        (Some(f), None) => format!("{}: ", f.display()),
        (None, _) => String::new(),
    };
    // Only a lint rule's finding names its rule: `load`, `output`… are not rules.
    let code = crate::lint::find_rule(&d.code)
        .map(|r| format!("[{}]", r.id))
        .unwrap_or_default();
    let allowed = if d.allowed.is_some() { "allowed " } else { "" };
    format!(
        "{}{}{}{}: {}
",
        style.paint("1", &place),
        style.paint("1", allowed),
        style.severity(d.severity),
        style.paint("1", &code),
        style.paint("1", &visible(&d.message))
    )
}

/// `  = allowed: reason (lint.allow[0], line 63)`: what accepts an allowed finding.
fn allowed_line(d: &Diagnostic, a: &Allowed, style: &Style) -> String {
    let line = allowed_line_col(d, a)
        .map(|(l, _)| format!(", line {l}"))
        .unwrap_or_default();
    format!(
        "  = {}: {} ({}{line})\n",
        style.paint("1", "allowed"),
        visible(&a.reason),
        a.path
    )
}

/// One finding in the human format.
pub fn human(d: &Diagnostic, colour: bool) -> String {
    let style = Style { on: colour };
    let mut out = headline(d, &style);
    if let (Some(f), Some((line, col))) = (&d.file, d.line_col()) {
        let (text, col) = window(f.lines.line_text(&f.text, line), col);
        let gutter = line.to_string().len();
        let bar = style.paint("34", "|");
        let _ = writeln!(out, "{:gutter$} {bar}", "");
        let _ = writeln!(out, "{} {bar} {text}", style.paint("34", &line.to_string()));
        // The caret goes under the column, counting tabs as the line shows them.
        let pad: String = text
            .chars()
            .take(col.saturating_sub(1))
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        let _ = writeln!(
            out,
            "{:gutter$} {bar} {pad}{}",
            "",
            style.paint("1;31", "^")
        );
    }
    if let Some(a) = &d.article {
        let _ = writeln!(out, "  = {}: GDPR {a}", style.paint("1", "article"));
    }
    if let Some(h) = &d.help {
        let _ = writeln!(out, "  = {}: {h}", style.paint("1", "help"));
    }
    if let Some(a) = &d.allowed {
        out.push_str(&allowed_line(d, a, &style));
    }
    out
}

/// Characters of a source line shown at most: a minified or generated file can have a line of
/// a megabyte.
const MAX_SHOWN: usize = 120;

/// The part of `line` to show around 1-based column `col`, with `…` where it is cut, and the
/// column within it.
fn window(line: &str, col: usize) -> (String, usize) {
    let line = visible(line);
    let len = line.chars().count();
    if len <= MAX_SHOWN {
        return (line, col);
    }
    let start = col.saturating_sub(1 + MAX_SHOWN / 2).min(len - MAX_SHOWN);
    let mut shown: String = line.chars().skip(start).take(MAX_SHOWN).collect();
    if start + MAX_SHOWN < len {
        shown.push('…');
    }
    if start > 0 {
        (format!("…{shown}"), col - start + 1)
    } else {
        (shown, col)
    }
}

/// `text` with control characters other than tab and line feed shown as `�`, one for one so that the caret
/// stays under its column: an escape sequence from a file (or from a quoted key echoed in a
/// message) must not drive the user's terminal.
fn visible(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && !matches!(c, '\t' | '\n') {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// "2 errors, 1 warning, 3 notes, 1 allowed": findings that count, by severity, and those a
/// `lint.allow` entry accepts.
pub fn summary(diags: &[Diagnostic]) -> String {
    let count = |s: Severity| {
        diags
            .iter()
            .filter(|d| d.is_active() && d.severity == s)
            .count()
    };
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{}, {}, {}, {} allowed",
        plural(count(Severity::Error), "error", "errors"),
        plural(count(Severity::Warning), "warning", "warnings"),
        plural(count(Severity::Note), "note", "notes"),
        diags.iter().filter(|d| !d.is_active()).count()
    )
}

/// The stable JSON form of a finding (documented in docs/guide/linting.md, "JSON output").
#[derive(Serialize)]
pub struct JsonFinding<'a> {
    pub rule: &'a str,
    pub severity: Severity,
    pub message: &'a str,
    pub article: Option<&'a str>,
    pub help: Option<&'a str>,
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub offset: Option<usize>,
    pub path: Option<&'a str>,
    /// The `lint.allow` entry that accepts the finding; such findings do not count.
    pub allowed: Option<JsonAllowed<'a>>,
}

/// Where and why a finding is allowed.
#[derive(Serialize)]
pub struct JsonAllowed<'a> {
    pub reason: &'a str,
    /// The entry, `lint.allow[0]`.
    pub path: &'a str,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

pub fn json(diags: &[Diagnostic]) -> String {
    let items: Vec<JsonFinding> = diags
        .iter()
        .map(|d| {
            let lc = d.line_col();
            JsonFinding {
                rule: &d.code,
                severity: d.severity,
                message: &d.message,
                article: d.article.as_deref(),
                help: d.help.as_deref(),
                // JSON escapes control characters itself: the name stays as it is.
                file: d.file.as_ref().map(|f| f.path.display().to_string()),
                line: lc.map(|(l, _)| l),
                column: lc.map(|(_, c)| c),
                offset: d.offset,
                path: d.path.as_deref(),
                allowed: d.allowed.as_ref().map(|a| {
                    let lc = allowed_line_col(d, a);
                    JsonAllowed {
                        reason: &a.reason,
                        path: &a.path,
                        line: lc.map(|(l, _)| l),
                        column: lc.map(|(_, c)| c),
                    }
                }),
            }
        })
        .collect();
    serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_owned())
}

/// The findings as one SARIF 2.1.0 run, for code-scanning tools; the rules come from the catalogue.
pub fn sarif(diags: &[Diagnostic]) -> String {
    let rules: Vec<&crate::lint::Rule> = crate::lint::rules::all().collect();
    let level = |s: Severity| s.as_str();
    let driver_rules: Vec<serde_json::Value> = rules
        .iter()
        .map(|r| {
            serde_json::json!({
                "id": r.id,
                "name": r.name,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.docs.what },
                "help": { "text": format!("{}\n\nWhy: {}", r.docs.what, r.docs.why) },
                "defaultConfiguration": { "level": level(r.severity) },
                "properties": { "articles": format!("GDPR {}", r.articles), "wp260": r.wp260 },
            })
        })
        .collect();
    let results: Vec<serde_json::Value> = diags
        .iter()
        .map(|d| {
            let mut result = serde_json::json!({
                "ruleId": d.code,
                "level": level(d.severity),
                "message": { "text": d.message },
                "properties": { "help": d.help, "article": d.article, "path": d.path },
            });
            if let Some(i) = rules.iter().position(|r| r.id == d.code) {
                result["ruleIndex"] = i.into();
            }
            if let Some(f) = &d.file {
                result["locations"] = serde_json::json!([location(f, d.line_col())]);
            }
            // Every result says whether it is suppressed (SARIF 2.1.0 §3.27.23: all or none of
            // a run's results carry the array; an empty one means "not suppressed").
            result["suppressions"] = match (&d.allowed, &d.file) {
                (Some(a), Some(f)) => serde_json::json!([{
                    "kind": "inSource",
                    "status": "accepted",
                    "justification": a.reason,
                    "location": location(f, allowed_line_col(d, a)),
                }]),
                _ => serde_json::json!([]),
            };
            result
        })
        .collect();
    let log = serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "notice",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": driver_rules,
            }},
            // Columns count characters, as in the human and JSON output.
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&log).unwrap_or_else(|_| "{}".to_owned())
}

/// A SARIF location: the file, and the place in it when there is one.
fn location(f: &SourceFile, line_col: Option<(usize, usize)>) -> serde_json::Value {
    let mut physical = serde_json::json!({
        "artifactLocation": { "uri": file_uri(&f.path) },
    });
    if let Some((line, column)) = line_col {
        physical["region"] = serde_json::json!({ "startLine": line, "startColumn": column });
    }
    serde_json::json!({ "physicalLocation": physical })
}

/// Line and column of the `lint.allow` entry that accepts `d`, in `d`'s file.
fn allowed_line_col(d: &Diagnostic, a: &Allowed) -> Option<(usize, usize)> {
    let f = d.file.as_ref()?;
    Some(f.lines.line_col(&f.text, a.offset))
}

/// A relative URI reference for a path as the user gave it (SARIF wants URIs, not paths).
fn file_uri(path: &std::path::Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    if path.is_absolute() {
        format!(
            "file://{}{out}",
            if out.starts_with('/') { "" } else { "/" }
        )
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_shown_around_the_column() {
        assert_eq!(window("a: b", 4), ("a: b".to_owned(), 4));
        let line: String = (0..5000)
            .map(|i| char::from(b'a' + (i % 26) as u8))
            .collect();
        for col in [1, 2, 61, 62, 2500, 4990, 5000] {
            let (shown, at) = window(&line, col);
            assert!(shown.chars().count() <= MAX_SHOWN + 2, "{col}");
            assert_eq!(
                shown.chars().nth(at - 1),
                line.chars().nth(col - 1),
                "{col}"
            );
        }
        assert!(window(&line, 2500).0.starts_with('…') && window(&line, 2500).0.ends_with('…'));
        assert!(!window(&line, 1).0.starts_with('…') && !window(&line, 5000).0.ends_with('…'));
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        // ESC [2J would clear the screen; BEL rings. The tab stays, for the caret.
        assert_eq!(
            window("a: \u{1b}[2J\u{7}\tb", 8),
            ("a: \u{FFFD}[2J\u{FFFD}\tb".to_owned(), 8)
        );
        let d = Diagnostic::error("load", "unknown field `\u{1b}[2J`");
        let shown = human(&d, false);
        assert!(!shown.contains('\u{1b}'), "{shown}");
        assert!(shown.contains("`\u{FFFD}[2J`"), "{shown}");
    }
}
