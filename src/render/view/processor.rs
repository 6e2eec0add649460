//! Processing done as a processor for clients (Art. 28) in the view: for whom, what, which
//! data, for how long, with which sub-processors and on which instructions.

use anyhow::Result;
use serde::Serialize;

use super::Builder;
use crate::declaration::{DataItem, ProcessorActivity};

#[derive(Serialize)]
pub struct ProcessorView {
    pub client: String,
    pub description: Option<String>,
    pub client_notice: Option<String>,
    pub rights: Option<String>,
    /// The data processed for the client: category labels and descriptions.
    pub data: Vec<String>,
    /// How long they are kept, one phrase per rule.
    pub retention: Vec<String>,
    /// The names of our sub-processors for this activity.
    pub sub_processors: Vec<String>,
    pub instructions: Option<String>,
}

impl Builder<'_> {
    /// The client of an activity: by name, else as a kind of client, else by the activity's id.
    pub(super) fn client_label(&self, a: &ProcessorActivity) -> String {
        a.client
            .clone()
            .or_else(|| self.opt(&a.client_category))
            .unwrap_or_else(|| a.id.clone())
    }

    pub(super) fn processor_activities(&self) -> Result<Vec<ProcessorView>> {
        self.decl
            .processor_activities
            .iter()
            .map(|a| {
                Ok(ProcessorView {
                    client: self.client_label(a),
                    description: self.opt(&a.description),
                    client_notice: a.client_notice.clone(),
                    rights: self.opt(&a.rights),
                    data: a
                        .data
                        .iter()
                        .map(|item| match item {
                            DataItem::Category(id) => self.category_label(id),
                            DataItem::Described(t) => self.text(t),
                        })
                        .collect(),
                    retention: match &a.retention {
                        Some(r) => self.rule_phrases(r)?,
                        None => Vec::new(),
                    },
                    sub_processors: a
                        .sub_processors
                        .iter()
                        .map(|id| self.recipient_name(id))
                        .collect(),
                    instructions: self.opt(&a.instructions),
                })
            })
            .collect()
    }
}
