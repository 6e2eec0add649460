//! What only the record of processing activities (Art. 30) shows: facts a register needs and a
//! notice does not. Every field here is left out of the notice; `notice register` writes it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::declaration::text::Text;

/// Register only: facts of the Art. 30 record that the notice does not show.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterFacts {
    /// Register only (Art. 30(1)(g), 30(2)(d), 32(1)): a general description of the technical
    /// and organisational security measures, in a paragraph. Without it the register lists the
    /// notice's `security` items.
    pub security: Option<Text>,
}

/// The fields only the register shows, as path patterns (`[*]` for any entry): the notice
/// never shows them, and the test that every text reaches the notice finds them in the
/// register instead.
pub const REGISTER_ONLY: &[&str] = &[
    "register",
    "purposes[*].internal_recipients",
    "recipients[*].transfer.safeguards",
    "recipients[*].transfer[*].safeguards",
    "processor_activities[*].client_contact",
    "processor_activities[*].client_list",
];

/// Whether the declaration path `path` (`purposes[2].internal_recipients[0]`) is one only the
/// register shows.
pub fn is_register_only(path: &str) -> bool {
    let mut general = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                general.push_str("[*]");
            }
            ']' => in_index = false,
            _ if in_index => {}
            _ => general.push(c),
        }
    }
    REGISTER_ONLY.iter().any(|p| {
        general == *p
            || general.starts_with(&format!("{p}."))
            || general.starts_with(&format!("{p}["))
    })
}

#[cfg(test)]
mod tests {
    use super::is_register_only;

    #[test]
    fn register_only_paths_are_recognised_under_any_entry() {
        assert!(is_register_only("register.security"));
        assert!(is_register_only("purposes[3].internal_recipients[0]"));
        assert!(is_register_only("recipients[1].transfer[0].safeguards"));
        assert!(!is_register_only("purposes[3].recipients[0]"));
        assert!(!is_register_only("registers"));
    }
}
