//! The declaration format: typed model, per-language text, retention times, loading (one YAML
//! pass: a node tree, read into the model and mapped for positions), `use:` of the catalogue
//! of services and its JSON Schema.

pub mod catalogue;
pub mod de;
mod fast_yaml;
pub mod limits;
pub mod load;
mod marks;
pub mod model;
pub mod schema;
pub mod source_map;
mod syntax;
pub mod text;
pub mod time;
pub mod tree;
pub mod walk;

pub use catalogue::resolve;
pub use load::{Loaded, discover, load};
pub use model::*;
pub use text::{Text, is_language_key};
pub use time::{Duration, Event, Lifetime, Unit};
