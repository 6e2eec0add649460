//! Tables as accessible HTML, whatever their shape: a caption, column headers, row headers
//! where the first column names its row, and each data cell labelled with its column's header
//! for the narrow-screen layout, where rows are stacked.

use pulldown_cmark::{Alignment, CowStr, Event, Tag, TagEnd};

use crate::render::escape::escape_html;

/// One cell: its inline events and their plain text.
struct Cell<'a> {
    events: Vec<Event<'a>>,
    text: String,
}

/// Rewrites every table of `events` into HTML markup (as raw events whose values are escaped),
/// keeping each cell's inline content as events so that links and emphasis render as
/// elsewhere. The caption is the text of the nearest heading before the table.
pub fn rewrite(events: Vec<Event>) -> Vec<Event> {
    let mut out = Vec::with_capacity(events.len());
    let mut heading = String::new();
    let mut in_heading = false;
    let mut events = events.into_iter();
    while let Some(event) = events.next() {
        match &event {
            Event::Start(Tag::Heading { .. }) => {
                in_heading = true;
                heading.clear();
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Text(t) | Event::Code(t) if in_heading => heading.push_str(t),
            Event::Start(Tag::Table(align)) => {
                let align = align.clone();
                // GFM tables do not nest: the table ends at the first end of a table.
                let body: Vec<Event> = events
                    .by_ref()
                    .take_while(|e| !matches!(e, Event::End(TagEnd::Table)))
                    .collect();
                markup(&mut out, &align, body, heading.trim());
                continue;
            }
            _ => {}
        }
        out.push(event);
    }
    out
}

/// Splits a table's events into its header cells and its rows of cells.
fn cells(body: Vec<Event>) -> (Vec<Cell>, Vec<Vec<Cell>>) {
    let mut header = Vec::new();
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut in_head = false;
    let mut cell: Option<Cell> = None;
    for e in body {
        match e {
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) => rows.push(Vec::new()),
            Event::End(TagEnd::TableRow) => {}
            Event::Start(Tag::TableCell) => {
                cell = Some(Cell {
                    events: Vec::new(),
                    text: String::new(),
                })
            }
            Event::End(TagEnd::TableCell) => {
                if let Some(c) = cell.take() {
                    match rows.last_mut() {
                        Some(row) if !in_head => row.push(c),
                        _ => header.push(c),
                    }
                }
            }
            e => {
                if let Some(c) = &mut cell {
                    if let Event::Text(t) | Event::Code(t) = &e {
                        c.text.push_str(t);
                    }
                    c.events.push(e);
                }
            }
        }
    }
    (header, rows)
}

/// Whether the first column of a table names its rows (a question, a purpose, a cookie) rather
/// than holding values: it does when the table has other columns and every row has a first
/// cell of its own (`first_cells`, one per row, empty where a row has none), non-empty and
/// different from every other row's. The PDF's tables follow the same rule.
pub(crate) fn first_column_names_rows(width: usize, first_cells: &[&str]) -> bool {
    let mut keys: Vec<&str> = first_cells.iter().map(|c| c.trim()).collect();
    keys.sort_unstable();
    keys.dedup();
    width >= 2 && keys.len() == first_cells.len() && keys.iter().all(|k| !k.is_empty())
}

fn markup<'a>(out: &mut Vec<Event<'a>>, align: &[Alignment], body: Vec<Event<'a>>, caption: &str) {
    let (header, rows) = cells(body);
    let width = align.len().max(header.len());
    let first_cells: Vec<&str> = rows
        .iter()
        .map(|r| r.first().map_or("", |c| c.text.as_str()))
        .collect();
    let row_headers = first_column_names_rows(width, &first_cells);
    let html = |out: &mut Vec<Event<'a>>, s: String| out.push(Event::Html(CowStr::from(s)));
    let style = |i: usize| match align.get(i) {
        Some(Alignment::Left) => " style=\"text-align: left\"",
        Some(Alignment::Center) => " style=\"text-align: center\"",
        Some(Alignment::Right) => " style=\"text-align: right\"",
        _ => "",
    };
    let mut open = String::from("<table>\n");
    if !caption.is_empty() {
        open.push_str(&format!("<caption>{}</caption>\n", escape_html(caption)));
    }
    open.push_str("<thead>\n<tr>");
    html(out, open);
    for (i, cell) in header.iter().enumerate() {
        html(out, format!("<th scope=\"col\"{}>", style(i)));
        out.extend(cell.events.iter().cloned());
        html(out, "</th>".to_owned());
    }
    html(out, "</tr>\n</thead>\n".to_owned());
    let has_body = !rows.is_empty();
    if has_body {
        html(out, "<tbody>\n".to_owned());
    }
    for row in rows {
        html(out, "<tr>".to_owned());
        for (i, cell) in row.into_iter().enumerate() {
            // A row header heads its stacked row; a data cell shows its column's name there.
            let (tag, attr) = if i == 0 && row_headers {
                ("th", " scope=\"row\"".to_owned())
            } else {
                let label = header.get(i).map_or("", |h| h.text.trim());
                let attr = if label.is_empty() {
                    String::new()
                } else {
                    format!(" data-label=\"{}\"", escape_html(label))
                };
                ("td", attr)
            };
            html(out, format!("<{tag}{attr}{}>", style(i)));
            out.extend(cell.events);
            html(out, format!("</{tag}>"));
        }
        html(out, "</tr>\n".to_owned());
    }
    let close = if has_body {
        "</tbody>\n</table>\n"
    } else {
        "</table>\n"
    };
    html(out, close.to_owned());
}
