//! Markdown → HTML with pulldown-cmark: raw HTML shown as text, only safe links, tables that
//! say what their rows and columns are, dates as `<time>`, headings at the level the page or
//! its host needs, and a table of contents.

mod table;

// The PDF's tables follow the page's rule for row headers.
#[cfg(feature = "pdf")]
pub(crate) use table::first_column_names_rows;

use std::collections::BTreeMap;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, TextMergeStream};
use serde::Serialize;

use super::escape::{allowed_link, escape_html};

/// The Markdown extensions every format reads the notice with.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES
}

/// A top-level section, for the table of contents.
#[derive(Clone, Debug, Serialize)]
pub struct TocEntry {
    pub id: String,
    pub text: String,
}

/// How the HTML of a notice is made.
#[derive(Clone, Debug)]
pub struct HtmlOptions {
    /// The level of the notice's title (Markdown `#`): 1 in a page of its own, 2 or more in a
    /// fragment placed under a host page's own headings. Deeper headings follow, down to `<h6>`.
    pub top_level: u8,
    /// Dates to mark up as `<time datetime="…">`: the text as the notice prints it, and the
    /// date in ISO 8601.
    pub dates: Vec<(String, String)>,
}

impl Default for HtmlOptions {
    fn default() -> Self {
        HtmlOptions {
            top_level: 1,
            dates: Vec::new(),
        }
    }
}

/// The HTML body of a notice and its sections.
pub struct Body {
    /// Everything before the first section: title, date, introduction.
    pub head: String,
    /// The sections.
    pub html: String,
    pub toc: Vec<TocEntry>,
    /// The text of the first-level heading (the notice's title).
    pub title: String,
}

/// Converts Markdown to HTML. Raw HTML becomes visible text, links keep only allowed schemes
/// (or point to a section of the notice), images become their alternative text (a notice
/// makes no external request).
pub fn to_html(markdown: &str, options: &HtmlOptions) -> Body {
    let events: Vec<Event> = Parser::new_ext(markdown, markdown_options()).collect();
    let sections = section_ids(&events);
    // Merged, a date or a caption is one text event, however the parser split it.
    let events: Vec<Event> = TextMergeStream::new(sanitize(events, &sections)).collect();
    let (title, toc) = outline(&events);
    let events = mark_dates(table::rewrite(events), &options.dates);
    // Split before headings move: the sections start at the Markdown's `##`.
    let split = events
        .iter()
        .position(|e| {
            matches!(
                e,
                Event::Start(Tag::Heading {
                    level: HeadingLevel::H2,
                    ..
                })
            )
        })
        .unwrap_or(events.len());
    let events = shift_headings(events, options.top_level);
    let (head_events, rest) = events.split_at(split);
    // push_html escapes every text and attribute it writes; the only raw HTML left is the
    // markup made here, with its values escaped.
    let mut head = String::new();
    pulldown_cmark::html::push_html(&mut head, head_events.iter().cloned());
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, rest.iter().cloned());
    Body {
        head,
        html,
        toc,
        title,
    }
}

/// The heading ids that occur exactly once: the targets a link within the notice may have.
pub(crate) fn section_ids(events: &[Event]) -> BTreeMap<String, usize> {
    let mut ids = BTreeMap::new();
    for e in events {
        if let Event::Start(Tag::Heading { id: Some(id), .. }) = e {
            *ids.entry(id.to_string()).or_insert(0) += 1;
        }
    }
    ids.retain(|_, n| *n == 1);
    ids
}

/// Whether `url` is `#id` for a heading of the notice (`sections` from [`section_ids`]).
pub(crate) fn section_link(url: &str, sections: &BTreeMap<String, usize>) -> bool {
    url.strip_prefix('#')
        .is_some_and(|id| sections.contains_key(id))
}

/// Raw HTML becomes text, links to other schemes or unknown sections lose their target (their
/// words stay), images keep only their alternative text.
pub(crate) fn sanitize<'a>(
    events: Vec<Event<'a>>,
    sections: &BTreeMap<String, usize>,
) -> impl Iterator<Item = Event<'a>> {
    // Links whose target is refused: their end tag must be dropped too.
    let mut refused_links: Vec<bool> = Vec::new();
    let mut in_image = 0usize;
    events.into_iter().filter_map(move |event| {
        let event = match event {
            Event::Html(s) | Event::InlineHtml(s) => Event::Text(s),
            Event::Start(Tag::Link { ref dest_url, .. }) => {
                let ok = allowed_link(dest_url) || section_link(dest_url, sections);
                refused_links.push(!ok);
                if !ok {
                    return None;
                }
                event
            }
            Event::End(TagEnd::Link) => {
                if refused_links.pop().unwrap_or(false) {
                    return None;
                }
                event
            }
            Event::Start(Tag::Image { .. }) => {
                in_image += 1;
                return None;
            }
            Event::End(TagEnd::Image) => {
                in_image = in_image.saturating_sub(1);
                return None;
            }
            other => other,
        };
        // Inside an image only its text (the alt text) is kept.
        if in_image > 0 && !matches!(event, Event::Text(_) | Event::Code(_)) {
            return None;
        }
        Some(event)
    })
}

/// The notice's title (its first `#` heading) and its sections (`##` headings with an id).
fn outline(events: &[Event]) -> (String, Vec<TocEntry>) {
    let mut title = String::new();
    let mut toc = Vec::new();
    let mut heading: Option<(HeadingLevel, Option<String>, String)> = None;
    for e in events {
        match e {
            Event::Start(Tag::Heading { level, id, .. }) => {
                heading = Some((*level, id.as_ref().map(|i| i.to_string()), String::new()));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, text)) = &mut heading {
                    text.push_str(t);
                }
            }
            Event::End(TagEnd::Heading(_)) => match heading.take() {
                Some((HeadingLevel::H1, _, text)) if title.is_empty() => title = text,
                Some((HeadingLevel::H2, Some(id), text)) => toc.push(TocEntry { id, text }),
                _ => {}
            },
            _ => {}
        }
    }
    (title, toc)
}

/// Wraps every occurrence of a known date in `<time datetime="YYYY-MM-DD">`, so that software
/// (and assistive technology) reads the date whatever the language prints.
fn mark_dates<'a>(events: Vec<Event<'a>>, dates: &[(String, String)]) -> Vec<Event<'a>> {
    let dates: Vec<&(String, String)> = dates.iter().filter(|(text, _)| !text.is_empty()).collect();
    if dates.is_empty() {
        return events;
    }
    let mut out = Vec::with_capacity(events.len());
    for event in events {
        let Event::Text(text) = event else {
            out.push(event);
            continue;
        };
        let mut rest: &str = &text;
        // The earliest date in what is left (the longest where two start together).
        while let Some((at, (shown, iso))) = dates
            .iter()
            .filter_map(|d| rest.find(d.0.as_str()).map(|at| (at, d)))
            .min_by_key(|(at, d)| (*at, usize::MAX - d.0.len()))
        {
            if at > 0 {
                out.push(Event::Text(CowStr::from(rest[..at].to_owned())));
            }
            out.push(Event::InlineHtml(CowStr::from(format!(
                "<time datetime=\"{}\">",
                escape_html(iso)
            ))));
            out.push(Event::Text(CowStr::from(shown.clone())));
            out.push(Event::InlineHtml(CowStr::Borrowed("</time>")));
            rest = &rest[at + shown.len()..];
        }
        if !rest.is_empty() {
            out.push(Event::Text(CowStr::from(rest.to_owned())));
        }
    }
    out
}

/// Moves every heading down so that the title is at `top_level` (at most `<h6>`).
fn shift_headings(events: Vec<Event>, top_level: u8) -> Vec<Event> {
    let by = usize::from(top_level.clamp(1, 6)) - 1;
    if by == 0 {
        return events;
    }
    let shift = |l: HeadingLevel| HeadingLevel::try_from((l as usize + by).min(6)).unwrap_or(l);
    events
        .into_iter()
        .map(|e| match e {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => Event::Start(Tag::Heading {
                level: shift(level),
                id,
                classes,
                attrs,
            }),
            Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shift(level))),
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(markdown: &str) -> Body {
        to_html(markdown, &HtmlOptions::default())
    }

    #[test]
    fn raw_html_is_text() {
        let b = html(
            "## S\n\n<script>alert(1)</script>\n\nHello <b>x</b> <img src=x onerror=alert(1)>\n",
        );
        assert!(!b.html.contains("<script"), "{}", b.html);
        assert!(!b.html.contains("<b>"), "{}", b.html);
        assert!(!b.html.contains("<img"), "{}", b.html);
        assert!(b.html.contains("&lt;script&gt;"), "{}", b.html);
    }

    #[test]
    fn only_safe_links_and_links_to_sections() {
        let b = html(
            "## S {#s}\n\n[a](javascript:alert(1)) [b](https://ok.example) [c](mailto:x@y.be) ![i](https://x/img.png) [d](#s) [e](#nowhere)\n\n## T {#t}\n\n## T again {#t}\n\n[f](#t)",
        );
        assert!(!b.html.contains("javascript"), "{}", b.html);
        for link in [
            r#"<a href="https://ok.example">b</a>"#,
            r#"<a href="mailto:x@y.be">c</a>"#,
            r##"<a href="#s">d</a>"##,
        ] {
            assert!(b.html.contains(link), "{link} not in {}", b.html);
        }
        // A section that does not exist, or that two headings claim, is no target.
        assert!(
            b.html.contains(" e</p>") && b.html.contains("<p>f</p>"),
            "{}",
            b.html
        );
        assert!(!b.html.contains("<img"), "{}", b.html);
        assert!(b.html.contains('i'));
    }

    #[test]
    fn collects_title_and_sections() {
        let b = html("# Privacy notice\n\n## Who we are {#controller}\n\ntext\n\n### Sub {#sub}\n");
        assert_eq!(b.title, "Privacy notice");
        assert_eq!(b.toc.len(), 1);
        assert_eq!(b.toc[0].id, "controller");
        assert!(
            b.html.starts_with(r#"<h2 id="controller">Who we are</h2>"#),
            "{}",
            b.html
        );
        assert!(b.head.starts_with("<h1>Privacy notice</h1>"), "{}", b.head);
    }

    #[test]
    fn headings_move_down_to_the_top_level_asked_for() {
        let md = "# T\n\n## S {#s}\n\n### U\n\n###### Deep\n";
        let b = to_html(
            md,
            &HtmlOptions {
                top_level: 3,
                ..HtmlOptions::default()
            },
        );
        assert!(b.head.starts_with("<h3>T</h3>"), "{}", b.head);
        assert!(b.html.contains(r#"<h4 id="s">S</h4>"#), "{}", b.html);
        assert!(b.html.contains("<h5>U</h5>") && b.html.contains("<h6>Deep</h6>"));
        // The outline is the Markdown's, whatever the levels in the HTML.
        assert_eq!((b.title.as_str(), b.toc.len()), ("T", 1));
    }

    #[test]
    fn known_dates_become_time_elements() {
        let b = to_html(
            "# T\n\nIn force from 1 March 2026.\n\n## S\n\n| Version | Date |\n|---|---|\n| 1 | 1 March 2025 |\n",
            &HtmlOptions {
                dates: vec![
                    ("1 March 2026".into(), "2026-03-01".into()),
                    ("1 March 2025".into(), "2025-03-01".into()),
                ],
                ..HtmlOptions::default()
            },
        );
        assert!(
            b.head
                .contains(r#"from <time datetime="2026-03-01">1 March 2026</time>."#),
            "{}",
            b.head
        );
        assert!(
            b.html.contains(
                r#"<td data-label="Date"><time datetime="2025-03-01">1 March 2025</time></td>"#
            ),
            "{}",
            b.html
        );
    }

    #[test]
    fn tables_get_a_caption_column_headers_row_headers_and_labels() {
        let b = html(
            "## Cookies & co {#c}\n\nIntro.\n\n| Name | Lasts \"long\" | Note |\n|---|--:|---|\n| *a* | 1 day | |\n| b | 2 days | [x](https://x.be) |\n",
        );
        let expected = "<table>\n<caption>Cookies &amp; co</caption>\n<thead>\n<tr><th scope=\"col\">Name</th><th scope=\"col\" style=\"text-align: right\">Lasts \"long\"</th><th scope=\"col\">Note</th></tr>\n</thead>\n<tbody>\n<tr><th scope=\"row\"><em>a</em></th><td data-label=\"Lasts &quot;long&quot;\" style=\"text-align: right\">1 day</td><td data-label=\"Note\"></td></tr>\n<tr><th scope=\"row\">b</th><td data-label=\"Lasts &quot;long&quot;\" style=\"text-align: right\">2 days</td><td data-label=\"Note\"><a href=\"https://x.be\">x</a></td></tr>\n</tbody>\n</table>\n";
        assert!(b.html.contains(expected), "{}", b.html);
    }

    #[test]
    fn a_first_column_that_does_not_name_its_rows_stays_data() {
        // Repeated or empty first cells, or a single column: no row headers.
        for md in [
            "| A | B |\n|---|---|\n| x | 1 |\n| x | 2 |\n",
            "| A | B |\n|---|---|\n| | 1 |\n| y | 2 |\n",
            "| A |\n|---|\n| x |\n",
        ] {
            // Without a `##` heading, all is in the head.
            let b = html(md).head;
            assert!(!b.contains("scope=\"row\""), "{md}\n{b}");
            assert!(b.contains("<td data-label=\"A\">"), "{md}\n{b}");
            // No heading before the table: no caption rather than an invented one.
            assert!(!b.contains("<caption>"), "{b}");
        }
        let head_only = html("## H\n\n| A | B |\n|---|---|\n");
        assert!(
            head_only.html.ends_with("</tr>\n</thead>\n</table>\n"),
            "{}",
            head_only.html
        );
    }

    #[test]
    fn raw_html_in_a_table_stays_text() {
        let b = html("## H\n\n| A | <b>B</b> |\n|---|---|\n| <script>x</script> | <i>2</i> |\n");
        assert!(
            !b.html.contains("<b>") && !b.html.contains("<script"),
            "{}",
            b.html
        );
        let cell = "<td data-label=\"&lt;b&gt;B&lt;/b&gt;\">&lt;i&gt;2&lt;/i&gt;</td>";
        assert!(b.html.contains(cell), "{}", b.html);
    }
}
