//! "Did you mean" suggestions for misspelt field names, values and ids.

/// The candidate closest to `word`, if it is close enough to be a plausible typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    close_matches(word, candidates, 1).pop()
}

/// Up to `max` candidates close enough to `word` to be plausible typos of it, closest first
/// (in candidate order among equals).
pub fn close_matches<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    max: usize,
) -> Vec<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    let mut close: Vec<(usize, &str)> = candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .collect();
    // Stable: the first of several equally close candidates stays first.
    close.sort_by_key(|(d, _)| *d);
    let mut out: Vec<&str> = Vec::new();
    for (_, c) in close {
        if out.len() < max && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// Edit distance over characters where swapping two neighbours costs one edit, as typos do
/// (optimal string alignment).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_words_only() {
        assert_eq!(
            did_you_mean("lable", ["label", "legal_basis"]),
            Some("label")
        );
        assert_eq!(
            did_you_mean("purpsoes", ["purposes", "recipients"]),
            Some("purposes")
        );
        assert_eq!(did_you_mean("zzz", ["label", "legal_basis"]), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("yeras", "years"), 1);
        assert_eq!(
            close_matches("N2O1", ["N2O1x", "N203", "N201", "N201", "N2"], 5),
            ["N2O1x", "N201"]
        );
    }
}
