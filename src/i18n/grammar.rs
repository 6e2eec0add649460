//! Grammar that glue would get wrong: lists joined the way each language joins them, and the
//! case of a name that runs into a sentence.

use super::Locales;

impl Locales {
    /// `items` joined as the language joins a list: "a, b and c", "a, b et c", "a, b en c".
    pub fn list(&self, lang: &str, items: &[String]) -> anyhow::Result<String> {
        let Some((last, init)) = items.split_last() else {
            return Ok(String::new());
        };
        if init.is_empty() {
            return Ok(last.clone());
        }
        let separator = self.msg(lang, "list-separator", &[])?;
        let and = self.msg(lang, "list-conjunction", &[])?;
        Ok(format!("{} {and} {last}", init.join(&separator)))
    }

    /// Whether `items` must be set as a bulleted list rather than run into a sentence: when an
    /// item holds the list separator, a semicolon or the conjunction, a joined list would no
    /// longer show where one item ends ("Nordhost, police and judicial authorities, on request,
    /// and …"); and when an item holds a colon, since lists follow one ("Purpose concerned:
    /// newsletter: click …").
    pub fn needs_bullets(&self, lang: &str, items: &[String]) -> anyhow::Result<bool> {
        if items.iter().any(|i| i.contains(':')) {
            return Ok(true);
        }
        if items.len() < 2 {
            return Ok(false);
        }
        let separator = self.msg(lang, "list-separator", &[])?;
        let and = format!(" {} ", self.msg(lang, "list-conjunction", &[])?);
        let separator = separator.trim();
        Ok(items.iter().any(|i| {
            (!separator.is_empty() && i.contains(separator)) || i.contains(';') || i.contains(&and)
        }))
    }
}

impl Locales {
    /// `name` as it reads inside a sentence of `lang`: languages whose locale says
    /// `name-in-sentence = lower` (English, French, Dutch) lower its first letter as
    /// [`lower_first`] does; German, which writes every noun with a capital, keeps it.
    pub fn in_sentence(&self, lang: &str, name: &str) -> anyhow::Result<String> {
        match self.msg(lang, "name-in-sentence", &[])?.trim() {
            "lower" => Ok(lower_first(name)),
            "as-written" => Ok(name.to_owned()),
            other => anyhow::bail!(
                "locale `{lang}`: `name-in-sentence` is `{other}`, not `lower` or `as-written`"
            ),
        }
    }
}

/// `name` as it reads inside a sentence: its first letter in lower case ("Contact details" →
/// "contact details"), unless its first word is an acronym ("URL", "KBO-nummer"), which keeps
/// its capitals. A proper noun at the start of a label cannot be told from a common one: labels
/// are meant to be common nouns.
pub fn lower_first(name: &str) -> String {
    let first_word = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .next()
        .unwrap_or_default();
    let letters: Vec<char> = first_word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return name.to_owned();
    }
    let mut chars = name.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `text` with its first letter in upper case, to start a line or a sentence.
pub fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn lists_join_with_each_language_conjunction() {
        let l = Locales::load(None).unwrap();
        let abc = strings(&["a", "b", "c"]);
        assert_eq!(l.list("en", &abc).unwrap(), "a, b and c");
        assert_eq!(l.list("fr", &abc).unwrap(), "a, b et c");
        assert_eq!(l.list("nl", &abc).unwrap(), "a, b en c");
        assert_eq!(l.list("fr", &strings(&["a", "b"])).unwrap(), "a et b");
        assert_eq!(l.list("fr", &strings(&["a"])).unwrap(), "a");
        assert_eq!(l.list("fr", &[]).unwrap(), "");
    }

    #[test]
    fn items_holding_a_separator_or_the_conjunction_are_bulleted() {
        let l = Locales::load(None).unwrap();
        let plain = strings(&["Identité", "Coordonnées"]);
        assert!(!l.needs_bullets("fr", &plain).unwrap());
        let comma = strings(&["Identité", "autorités judiciaires, sur réquisition"]);
        assert!(l.needs_bullets("fr", &comma).unwrap());
        let and = strings(&["Identité", "Commandes et factures"]);
        assert!(l.needs_bullets("fr", &and).unwrap());
        // "et" is no conjunction in Dutch, "en" is.
        assert!(!l.needs_bullets("nl", &and).unwrap());
        assert!(
            l.needs_bullets("nl", &strings(&["a", "offertes en prospecten"]))
                .unwrap()
        );
        assert!(l.needs_bullets("en", &strings(&["a", "b; c"])).unwrap());
        assert!(
            l.needs_bullets("en", &strings(&["a", "Newsletter: unsubscribe"]))
                .unwrap()
        );
        // A colon is bulleted even alone: the list itself follows a colon.
        assert!(
            l.needs_bullets("en", &strings(&["Newsletter: unsubscribe"]))
                .unwrap()
        );
        // One item is never a list.
        assert!(!l.needs_bullets("fr", &strings(&["a, b"])).unwrap());
    }

    #[test]
    fn names_run_into_a_sentence_in_lower_case_unless_acronyms() {
        assert_eq!(lower_first("Contact details"), "contact details");
        assert_eq!(lower_first("E-mailadres"), "e-mailadres");
        assert_eq!(lower_first("Btw- en KBO-nummer"), "btw- en KBO-nummer");
        assert_eq!(lower_first("URL"), "URL");
        assert_eq!(lower_first("KBO-nummer"), "KBO-nummer");
        assert_eq!(lower_first("Été"), "été");
        assert_eq!(lower_first(""), "");
        assert_eq!(upper_first("état"), "État");
        assert_eq!(upper_first(""), "");
    }
}
