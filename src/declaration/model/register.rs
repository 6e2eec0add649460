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
