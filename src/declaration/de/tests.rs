//! The tree reader against serde_yaml, which read declarations before it: the same values
//! from the same YAML, and the same messages at the same places for the same mistakes.

use serde::Deserialize;

use super::from_tree;
use crate::declaration::source_map::LineStarts;
use crate::declaration::tree::Tree;

fn ours<T: serde::de::DeserializeOwned>(yaml: &str) -> Result<T, super::Error> {
    let lines = LineStarts::new(yaml);
    from_tree(&Tree::parse(yaml, &lines))
}

#[test]
fn values_are_read_as_serde_yaml_read_them() {
    let cases = [
        "a: ~\nb: null\nc:\nd: ''",
        "t: [true, True, TRUE, false, yes, no, on, 'true']",
        "n: [0, -7, +3, 0x1F, 0o17, 0b101, 007, 1.5, -2e3, .inf, -.inf, 1_000, 18446744073709551615]",
        "s: [\"1\", '2', plain text, 'it''s', \"tab\\tand \\u00e9\"]",
        "block: |\n  two\n  lines\nfolded: >-\n  one\n  line\n",
        "anchor: &a {x: 1, y: [2, 3]}\nalias: *a\nlist: [*a, *a]",
        "- a\n- - b\n  - c\n- {d: e}\n",
        "key with spaces: \"value: with colon\"",
        "",
        "# only a comment\n",
    ];
    for yaml in cases {
        let expected: serde_yaml::Value = serde_yaml::from_str(yaml).unwrap();
        let got: serde_yaml::Value = ours(yaml).unwrap_or_else(|e| panic!("{yaml:?}: {e}"));
        assert_eq!(got, expected, "{yaml:?}");
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Sample {
    a: u32,
    #[serde(default)]
    b: Vec<String>,
    c: Option<bool>,
    e: Choice,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Choice {
    One,
    Two,
}

#[test]
fn mistakes_get_serde_yaml_messages_at_its_places() {
    let cases = [
        "a: x\ne: one",
        "a: -1\ne: one",
        "a: 1\ne: three",
        "a: 1\nb: text\ne: one",
        "a: 1\nb: [1, {x: y}]\ne: one",
        "a: 1\nc: yes\ne: one",
        "a: 1\nc: 'true'\ne: one",
        "a: 1\nd: 2\ne: one",
        "a: 1\na: 2\ne: one",
        "a: 1",
        "a: 1\ne: [one]",
        "a: 1\ne: {one: 1}",
        "- a: 1",
        "just text",
        "a: &x 1\nb: [*x, {x: y}]\ne: one",
    ];
    for yaml in cases {
        let expected = serde_yaml::from_str::<Sample>(yaml).unwrap_err();
        let got = ours::<Sample>(yaml).unwrap_err();
        let full = expected.to_string();
        let message = got.to_string();
        assert!(
            full == message || full.starts_with(&format!("{message} at ")),
            "{yaml:?}: serde_yaml said {full:?}, the tree reader {message:?}"
        );
        assert_eq!(
            got.offset(),
            expected.location().map(|l| l.index()),
            "{yaml:?}: {message}"
        );
    }
    // What reads well for both reads the same.
    let yaml = "a: &n 7\nb: [x, 2, *n]\nc: ~\ne: two";
    let got: Sample = ours(yaml).unwrap();
    let expected: Sample = serde_yaml::from_str(yaml).unwrap();
    assert_eq!(format!("{got:?}"), format!("{expected:?}"));
}

#[test]
fn an_alias_of_its_own_container_stops_at_the_recursion_limit() {
    let e = ours::<serde_yaml::Value>("a: &x [*x]").unwrap_err();
    assert!(e.to_string().contains("recursion limit exceeded"), "{e}");
}
