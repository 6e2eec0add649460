//! Art. 12(1) asks for a concise notice: each example's notice, in the language it was published
//! in, may be at most 1.5 times as long as the published original, and the demo's French notice
//! stays under 2,500 words.
//!
//! Words are the whitespace-separated tokens of the notice's plain text: the text and code of
//! the rendered Markdown as a reader sees it (link targets count only where they are the visible
//! text; heading ids `{#…}` are not text). The illustration note that opens the examples is not
//! the organisation's notice, so it is left out: the notices are rendered without it.

use std::path::PathBuf;
use std::sync::Arc;

use notice::declaration::load;
use notice::i18n::Locales;
use notice::reference::Reference;
use notice::render::Renderer;
use notice::render::html::markdown_options;
use notice::render::templates::TemplateSet;
use pulldown_cmark::{Event, Parser, TagEnd};

use crate::common::root;

/// Words of the published originals in `../shared/seeds/`, measured with
/// `wc -w ../shared/seeds/000_*.txt ../shared/seeds/002_*.txt ../shared/seeds/004_*.txt`
/// (they are not in the repository, so CI cannot count them).
const DAMNET_ORIGINAL: usize = 1_396;
const C_DOT_ORIGINAL: usize = 1_050;
const COMNEXIO_ORIGINAL: usize = 1_901;

/// The demo's French notice must stay under this many words.
const DEMO_LIMIT: usize = 2_500;

/// The whitespace-separated words of the text a reader sees in `markdown`.
pub fn words(markdown: &str) -> usize {
    let mut text = String::new();
    for event in Parser::new_ext(markdown, markdown_options()) {
        match event {
            Event::Text(s) | Event::Code(s) => text.push_str(&s),
            // Line breaks and the ends of blocks and cells separate words; emphasis and links
            // do not (a link followed by a full stop is one word with it).
            Event::SoftBreak | Event::HardBreak | Event::Rule => text.push(' '),
            Event::End(end) if !is_inline(end) => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().count()
}

fn is_inline(end: TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link | TagEnd::Image
    )
}

/// The Markdown notice of `file` in `lang`, without its illustration note.
fn markdown(renderer: &Renderer, file: &str, lang: &str) -> String {
    let path: PathBuf = root().join(file);
    let mut loaded = load::load(&path).unwrap_or_else(|d| panic!("{file}: {}", d.message));
    loaded.declaration.notice.illustration = None;
    renderer
        .markdown(&loaded.declaration, lang)
        .unwrap_or_else(|d| panic!("{file} ({lang}): {}", d.message))
}

#[test]
fn notices_are_at_most_one_and_a_half_times_the_published_originals() {
    let locales = Arc::new(Locales::load(None).expect("built-in locales"));
    let reference = Arc::new(Reference::builtin().expect("built-in reference data"));
    let renderer = Renderer::new(
        TemplateSet::load(None).expect("templates"),
        locales,
        reference,
        None,
    )
    .expect("renderer");
    // (declaration, language of the original, limit)
    let notices = [
        ("examples/damnet/notice.yaml", "fr", DAMNET_ORIGINAL * 3 / 2),
        ("examples/c-dot/notice.yaml", "nl", C_DOT_ORIGINAL * 3 / 2),
        (
            "examples/comnexio/notice.yaml",
            "fr",
            COMNEXIO_ORIGINAL * 3 / 2,
        ),
        ("notices/atelier-zenne.yaml", "fr", DEMO_LIMIT - 1),
    ];
    let mut too_long = Vec::new();
    for (file, original_lang, limit) in notices {
        let counts: Vec<String> = ["fr", "nl", "en"]
            .iter()
            .map(|lang| {
                let n = words(&markdown(&renderer, file, lang));
                if *lang == original_lang && n > limit {
                    too_long.push(format!("{file} ({lang}): {n} words, limit {limit}"));
                }
                format!("{lang} {n}")
            })
            .collect();
        println!(
            "{file}: {} (limit {limit} in {original_lang})",
            counts.join(", ")
        );
    }
    assert!(too_long.is_empty(), "too long: {too_long:#?}");
}

#[test]
fn words_are_what_a_reader_sees() {
    // Heading ids, link targets, emphasis marks and table syntax are not words.
    let md = "# Title {#top}\n\nSee [our site](<https://example.com/a b>) or \
              [https://x.example](<https://x.example>).\n\n| A | B |\n|---|---|\n| *one* | `two` |\n";
    assert_eq!(
        words(md),
        10,
        "Title / See our site or https://x.example. / A B / one two"
    );
    // Words joined across a hard break or a list item are still two.
    assert_eq!(words("a\\\nb\n\n- c\n- d\n"), 4);
}
