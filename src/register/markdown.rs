//! The register as Markdown: the cover as a list, then each record under a heading of its own
//! and each processing activity under its reference and name, with one list item per column
//! ("**Purposes of the processing** (Article 30(1)(b) GDPR): …"). A table would hold eleven
//! columns of paragraphs: unreadable as text, and as a page. Every value is escaped, so the
//! HTML page made from this Markdown shows declaration text literally.

use crate::render::escape::escape_markdown as esc;
use crate::render::view::register::{RecordView, RegisterView};

/// The Markdown of the whole register.
pub fn register(view: &RegisterView) -> String {
    let mut out = format!(
        "# {}\n\n## {}\n\n",
        esc(&view.title),
        esc(&view.cover_title)
    );
    for line in &view.cover {
        item(&mut out, &label(view, &esc(&line.label)), &line.lines);
    }
    for record in &view.records {
        self::record(&mut out, view, record);
    }
    out
}

/// A label in bold with the language's colon ("**Version:**", « **Version :** »).
fn label(view: &RegisterView, text: &str) -> String {
    format!("**{}**", view.colon.replace("{}", text))
}

fn record(out: &mut String, view: &RegisterView, record: &RecordView) {
    out.push_str(&format!(
        "\n## {} ({})\n",
        esc(&record.title),
        esc(&record.article)
    ));
    for row in &record.rows {
        let reference = row
            .first()
            .and_then(|c| c.first())
            .map_or("", String::as_str);
        let name = row
            .get(1)
            .and_then(|c| c.first())
            .map_or("", String::as_str);
        out.push_str(&format!("\n### {} — {}\n\n", esc(reference), esc(name)));
        for (i, (column, cell)) in record.columns.iter().zip(row).enumerate().skip(1) {
            // The name is the heading already, unless the cell says more (a client's contact).
            if i == 1 && cell.len() == 1 {
                continue;
            }
            let heading = match &column.article {
                Some(a) => format!("{} ({})", esc(&column.heading), esc(a)),
                None => esc(&column.heading),
            };
            item(out, &label(view, &heading), cell);
        }
    }
}

/// A list item: the label and its one line, or the label over a nested list of its lines.
fn item(out: &mut String, label: &str, lines: &[String]) {
    match lines {
        [one] => out.push_str(&format!("- {label} {}\n", esc(one))),
        many => {
            out.push_str(&format!("- {label}\n"));
            for l in many {
                out.push_str(&format!("  - {}\n", esc(l)));
            }
        }
    }
}
