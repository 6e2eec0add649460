//! Escaping declaration text for Markdown, and the one place that decides which links may exist.

/// Link schemes a notice may point to. Anything else (`javascript:`, `data:`, `file:`…) is shown
/// as text, never as a link.
pub const ALLOWED_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// Whether `url` is an absolute link with an allowed scheme.
pub fn allowed_link(url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once(':') else {
        return false;
    };
    !rest.is_empty()
        && ALLOWED_SCHEMES
            .iter()
            .any(|s| s.eq_ignore_ascii_case(scheme))
}

/// JSON made safe as the text of a `<script>` data block. The HTML parser ends the element at
/// the first `</script` whatever the JSON says, and `<!--` changes how it looks for that end
/// (a `<script` after it hides the next `</script>`), so every `<`, `>` and `&` (which JSON
/// has only inside strings) is written as a JSON escape (`\u003c`): user text can neither
/// close the element nor open anything, and the JSON reads back as the same text.
pub fn escape_script_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

/// Whether `url` is an absolute `http` or `https` address: what a page may be published at, and
/// so what the HTML page shell may use as the base of its `hreflang` and `canonical` links.
pub fn web_address(url: &str) -> bool {
    url.split_once("://").is_some_and(|(scheme, rest)| {
        (scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https"))
            && !rest.is_empty()
            && !rest.starts_with('/')
    })
}

/// How a Markdown dialect is told that a character is text, not syntax. CommonMark takes a
/// backslash before any ASCII punctuation; other dialects have more syntax (GFM's `~~`,
/// kramdown's `$$`, MDX's `import` at the start of a line), or take a backslash before fewer
/// characters, so that some must be written as character references (`&lt;`, `&#123;`).
#[derive(Clone, Copy, Debug)]
pub struct Dialect {
    /// Characters that are syntax anywhere in a line here, beyond CommonMark's.
    pub inline: &'static str,
    /// Characters that are syntax at the start of a line here, beyond CommonMark's.
    pub line_start: &'static str,
    /// Words that are syntax at the start of a line (MDX reads `export …` as JavaScript).
    pub line_start_words: &'static [&'static str],
    /// Characters written as character references when they must be escaped: the dialect
    /// takes no backslash before them, or a backslash does not stop another processor that
    /// reads the file first (Liquid, before kramdown, sees `{%` in `\{%`).
    pub references: &'static str,
}

/// CommonMark, as pulldown-cmark reads the notice's canonical Markdown.
pub const COMMONMARK: Dialect = Dialect {
    inline: "",
    line_start: "",
    line_start_words: &[],
    references: "",
};

/// Characters that are syntax anywhere in a line of CommonMark (with the heading attributes
/// and tables the notice's Markdown is read with): always escaped.
const INLINE: &str = "\\`*_[]<#|{}!";

/// Makes plain text literal in Markdown: it renders as exactly these characters, on one line,
/// whatever Markdown syntax it contains. Line breaks become spaces, so a value can never start a
/// new block; leading spaces of a value with content are dropped, so it cannot become indented
/// code. Other spaces (also no-break spaces, which French typography needs) are kept, which lets
/// templates join values with `", "`.
pub fn escape_markdown(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| {
            if matches!(
                c,
                '\n' | '\r' | '\t' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
            ) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let flat = if flat.trim().is_empty() {
        flat.as_str()
    } else {
        flat.trim_start_matches(' ')
    };
    let mut out = String::with_capacity(flat.len() + 8);
    // Block syntax only matters where a value starts a line; the template decides where values
    // go, so the start is escaped wherever the value lands.
    escape_text(flat, true, &COMMONMARK, &mut out);
    out
}

/// Appends `text` to `out` so that `dialect` reads it as these characters: every character
/// that is syntax where it stands is escaped, as the dialect spells an escape. `line_start`
/// when the text begins a line, where block syntax (lists, quotes, headings…) is decided.
pub fn escape_text(text: &str, line_start: bool, dialect: &Dialect, out: &mut String) {
    let at_start = if line_start {
        line_start_escape(text, dialect)
    } else {
        None
    };
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let syntax = INLINE.contains(c)
            || dialect.inline.contains(c)
            || (c == '&' && entity_follows(&bytes[i + 1..]))
            || at_start == Some(i);
        if !syntax {
            out.push(c);
        } else if dialect.references.contains(c) || c.is_alphanumeric() {
            // A letter (the first of a word that is syntax) takes no backslash anywhere.
            out.push_str(&reference(c));
        } else {
            out.push('\\');
            out.push(c);
        }
    }
}

/// The byte position of the character that makes the start of `text` block syntax, if one
/// does: a list marker before a space, a quote, a line of dashes (a heading underline or a
/// thematic break), a code fence, a numbered-list marker after its digits.
fn line_start_escape(text: &str, dialect: &Dialect) -> Option<usize> {
    let b = text.as_bytes();
    let marker_then_space = |i: usize| matches!(b.get(i + 1), None | Some(b' '));
    let first = text.chars().next()?;
    if dialect.line_start.contains(first) {
        return Some(0);
    }
    if dialect.line_start_words.iter().any(|w| {
        text.strip_prefix(w)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
    }) {
        return Some(0);
    }
    match b[0] {
        b'>' | b'=' => Some(0),
        b'-' if marker_then_space(0) || b.iter().all(|c| matches!(c, b'-' | b' ')) => Some(0),
        b'+' if marker_then_space(0) => Some(0),
        b'~' if text.starts_with("~~~") => Some(0),
        b'0'..=b'9' => {
            let end = b.iter().take_while(|c| c.is_ascii_digit()).count();
            (matches!(b.get(end), Some(b'.' | b')')) && marker_then_space(end)).then_some(end)
        }
        _ => None,
    }
}

/// A character reference for `c`: named for the characters HTML writers know by name.
fn reference(c: char) -> String {
    match c {
        '&' => "&amp;".to_owned(),
        '<' => "&lt;".to_owned(),
        '>' => "&gt;".to_owned(),
        _ => format!("&#{};", u32::from(c)),
    }
}

/// Whether the bytes after a `&` would make it a character reference (`&amp;`, `&#123;`).
pub(crate) fn entity_follows(rest: &[u8]) -> bool {
    let name_len = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'#')
        .count();
    name_len > 0 && rest.get(name_len) == Some(&b';')
}

/// Escapes text for HTML element content and double- or single-quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A Markdown link to `url` labelled `label` (the address itself when absent). A URL with a
/// scheme that is not allowed becomes plain text.
pub fn markdown_link(url: &str, label: Option<&str>) -> String {
    let shown = label.unwrap_or_else(|| {
        url.strip_prefix("mailto:")
            .or_else(|| url.strip_prefix("tel:"))
            .unwrap_or(url)
    });
    if !allowed_link(url) {
        return escape_markdown(shown);
    }
    let mut dest = String::with_capacity(url.len() + 2);
    for c in url.chars() {
        match c {
            '<' => dest.push_str("%3C"),
            '>' => dest.push_str("%3E"),
            '\\' => dest.push_str("%5C"),
            c if c.is_whitespace() => dest.push_str("%20"),
            c if c.is_control() => {}
            c => dest.push(c),
        }
    }
    format!("[{}](<{dest}>)", escape_markdown(shown))
}

/// `tel:` link target: the digits and a leading `+`, without the national trunk prefix that
/// "+32 (0)2 …" shows in brackets.
pub fn tel_target(phone: &str) -> String {
    let phone = phone.trim();
    let phone = if phone.starts_with('+') {
        phone.replace("(0)", "")
    } else {
        phone.to_owned()
    };
    let mut t = String::from("tel:");
    for (i, c) in phone.chars().enumerate() {
        if c.is_ascii_digit() || (c == '+' && i == 0) {
            t.push(c);
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Event, Options, Parser};

    /// A data block holding `</script>` or `<!--` ends where notice ends it, and its JSON
    /// reads back as the text given.
    #[test]
    fn json_in_a_script_element_cannot_end_it() {
        let hostile = "</script><script>alert(1)</script> <!-- <script> --> ]]> & \u{2028}";
        let json = serde_json::to_string(&serde_json::json!({ "name": hostile })).unwrap();
        let escaped = escape_script_json(&json);
        assert!(!escaped.contains(['<', '>', '&']), "{escaped}");
        let back: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back["name"], hostile);
    }

    /// The text pulldown-cmark sees in `md`, with the kinds of elements it produced.
    fn parsed(md: &str) -> (String, Vec<String>) {
        let mut text = String::new();
        let mut tags = Vec::new();
        for e in Parser::new_ext(
            md,
            Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES,
        ) {
            match e {
                Event::Text(t) => text.push_str(&t),
                Event::Start(t) => tags.push(
                    format!("{t:?}")
                        .split(['(', ' ', '{'])
                        .next()
                        .unwrap_or("")
                        .to_owned(),
                ),
                Event::End(_) => {}
                other => tags.push(format!("{other:?}")),
            }
        }
        (text, tags)
    }

    #[test]
    fn hostile_text_stays_literal() {
        let hostile = [
            "# not a heading",
            "*not emphasis* and _not_ either",
            "[not a link](http://x)",
            "<script>alert(1)</script>",
            "`code` ``more``",
            "1. not a list",
            "  - indented list",
            "    four spaces of code",
            "+ plus list",
            "2) paren list",
            "- not a list",
            "> not a quote",
            "a | b | c",
            "{#id} {{ template }} {% block %}",
            "&amp; &#169; &copy; AT&T",
            "back\\slash\\",
            "![img](x.png)",
            "<http://autolink.example>",
            "===",
            "line one\n\nline two",
            "$x$ @user ~~strike~~",
        ];
        for h in hostile {
            let md = escape_markdown(h);
            let (text, tags) = parsed(&md);
            let expected = h.replace('\n', " ").trim_start().to_owned();
            assert_eq!(text, expected, "for {h:?} via {md:?}");
            assert_eq!(tags, vec!["Paragraph".to_owned()], "for {h:?} via {md:?}");
            // Also at the start of a table cell and inside a heading.
            let (htext, _) = parsed(&format!("## {md}\n"));
            assert_eq!(htext, expected, "heading {h:?}");
        }
    }

    /// Every construct decided at the start of a line, as the line after a line of text
    /// (joined by a hard break, as address lines are): it stays text of one paragraph.
    #[test]
    fn no_line_start_construct_survives_under_a_line_of_text() {
        let starts = [
            "--",
            "---",
            "- - -",
            "-",
            "===",
            "=",
            "***",
            "___",
            "* * *",
            "# h",
            "> q",
            "- x",
            "+ x",
            "* x",
            "1. x",
            "1) x",
            "    code",
            "\tcode",
            "```",
            "~~~",
            "<div>",
            "<!-- c -->",
            "[a]: /url",
            "[^1]: note",
            "| a |",
            "|-|",
            ":-:|",
            "{#id}",
            "  ---",
            "   ===",
            "-\t-\t-",
            "1.",
            "> > q",
        ];
        for h in starts {
            for md in [
                format!("Street 1\\\n{}\n", escape_markdown(h)),
                format!("Street 1\n{}\n", escape_markdown(h)),
                format!("{}\n", escape_markdown(h)),
            ] {
                let (text, tags) = parsed(&md);
                let shown = h.replace('\t', " ");
                assert!(text.ends_with(shown.trim()), "{h:?} via {md:?}: {text:?}");
                let tags: Vec<&str> = tags
                    .iter()
                    .map(String::as_str)
                    .filter(|t| !matches!(*t, "HardBreak" | "SoftBreak"))
                    .collect();
                assert_eq!(tags, ["Paragraph"], "{h:?} via {md:?}");
            }
        }
    }

    #[test]
    fn plain_text_is_left_readable() {
        assert_eq!(
            escape_markdown("privacy@acme.be, +32 2 123 45 67"),
            "privacy@acme.be, +32 2 123 45 67"
        );
        assert_eq!(
            escape_markdown("Smith & Co (BE 0123.456.789)"),
            "Smith & Co (BE 0123.456.789)"
        );
        assert_eq!(escape_markdown("2026. A year"), "2026\\. A year");
        assert_eq!(escape_markdown("2.0"), "2.0");
        assert_eq!(escape_markdown("+32 2 000"), "+32 2 000");
        assert_eq!(escape_markdown("- item"), "\\- item");
        assert_eq!(escape_markdown(", "), ", ");
        assert_eq!(escape_markdown("   indented"), "indented");
        assert_eq!(escape_markdown("adresse\u{a0}: x"), "adresse\u{a0}: x");
    }

    #[test]
    fn html_escaping_covers_text_and_attributes() {
        assert_eq!(
            escape_html(r#"<a href="x" onclick='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape_html("https://a.example/b"), "https://a.example/b");
    }

    #[test]
    fn links_only_for_allowed_schemes() {
        assert_eq!(
            markdown_link("https://acme.be/a b", None),
            "[https://acme.be/a b](<https://acme.be/a%20b>)"
        );
        assert_eq!(markdown_link("javascript:alert(1)", Some("click")), "click");
        assert_eq!(
            markdown_link("mailto:a@b.be", None),
            "[a@b.be](<mailto:a@b.be>)"
        );
        assert!(!allowed_link("data:text/html,x"));
        assert!(!allowed_link("https:"));
        assert!(web_address("HTTPS://acme.be/") && !web_address("mailto:a@b.be"));
        assert!(!web_address("javascript:alert(1)//") && !web_address("/privacy/"));
        // A host is needed: these would make links such as `https:privacy/fr.html`.
        for hostless in ["https:privacy", "https://", "http:///x", "https:"] {
            assert!(!web_address(hostless), "{hostless}");
        }
        assert_eq!(tel_target("+32 (0)2 274 48 00"), "tel:+3222744800");
        assert_eq!(tel_target("015 51 35 31"), "tel:015513531");
    }
}
