//! Markdown → HTML with pulldown-cmark: raw HTML shown as text, only safe links, a table of contents.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use super::escape::allowed_link;

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

/// Converts Markdown to HTML. Raw HTML becomes visible text, links keep only allowed schemes,
/// images become their alternative text (a notice makes no external request).
pub fn to_html(markdown: &str) -> Body {
    let mut toc = Vec::new();
    let mut title = String::new();
    let mut in_heading: Option<(HeadingLevel, Option<String>, String)> = None;
    // Links whose target is refused: their end tag must be dropped too.
    let mut refused_links: Vec<bool> = Vec::new();
    let mut in_image = 0usize;
    let events = Parser::new_ext(markdown, markdown_options()).filter_map(|event| {
        let event = match event {
            Event::Html(s) | Event::InlineHtml(s) => Event::Text(s),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let ok = allowed_link(&dest_url);
                refused_links.push(!ok);
                if !ok {
                    return None;
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::End(TagEnd::Link) => {
                if refused_links.pop().unwrap_or(false) {
                    return None;
                }
                Event::End(TagEnd::Link)
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
        match &event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                in_heading = Some((*level, id.as_ref().map(|i| i.to_string()), String::new()));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, text)) = &mut in_heading {
                    text.push_str(t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, id, text)) = in_heading.take() {
                    match (level, id) {
                        (HeadingLevel::H1, _) if title.is_empty() => title = text,
                        (HeadingLevel::H2, Some(id)) => toc.push(TocEntry { id, text }),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        // Inside an image only its text (the alt text) is kept.
        if in_image > 0 && !matches!(event, Event::Text(_) | Event::Code(_)) {
            return None;
        }
        Some(event)
    });
    let events: Vec<Event> = events.collect();
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
    let (head_events, rest) = events.split_at(split);
    // push_html escapes every text and attribute it writes.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_text() {
        let b = to_html(
            "## S\n\n<script>alert(1)</script>\n\nHello <b>x</b> <img src=x onerror=alert(1)>\n",
        );
        assert!(!b.html.contains("<script"), "{}", b.html);
        assert!(!b.html.contains("<b>"), "{}", b.html);
        assert!(!b.html.contains("<img"), "{}", b.html);
        assert!(b.html.contains("&lt;script&gt;"), "{}", b.html);
    }

    #[test]
    fn only_safe_links() {
        let b = to_html(
            "## S\n\n[a](javascript:alert(1)) [b](https://ok.example) [c](mailto:x@y.be) ![i](https://x/img.png)",
        );
        assert!(!b.html.contains("javascript"), "{}", b.html);
        assert!(
            b.html.contains(r#"<a href="https://ok.example">b</a>"#),
            "{}",
            b.html
        );
        assert!(
            b.html.contains(r#"<a href="mailto:x@y.be">c</a>"#),
            "{}",
            b.html
        );
        assert!(!b.html.contains("<img"), "{}", b.html);
        assert!(b.html.contains('i'));
    }

    #[test]
    fn collects_title_and_sections() {
        let b =
            to_html("# Privacy notice\n\n## Who we are {#controller}\n\ntext\n\n### Sub {#sub}\n");
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
}
