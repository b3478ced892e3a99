//! The views. Each reads the corpus from context and renders; none analyses text.

pub mod compare;
pub mod entities;
pub mod evidence;
pub mod highlight;
pub mod library;
pub mod not_found;
pub mod quotes;
pub mod reading;
pub mod search;

use framescope_core::{Corpus, Document, Field};
use std::rc::Rc;
use yew::prelude::*;

/// The corpus from context; every view sits under [`crate::CorpusApp`]'s provider.
#[hook]
pub fn use_corpus() -> Rc<Corpus> {
    use_context::<Rc<Corpus>>().expect("views are mounted under CorpusApp, which provides the corpus")
}

/// "September 2012", "3 July 2013", or "Date unknown".
pub fn date_text(doc: &Document) -> String {
    doc.date.value.map_or_else(|| "Date unknown".to_string(), |d| d.display_long())
}

/// A field's value, or a reader-facing "unknown".
pub fn field_text(field: &Field<String>, unknown: &str) -> String {
    field.value.clone().unwrap_or_else(|| unknown.to_string())
}

/// "NPR", or "Miami Herald, from McClatchy Newspapers" for a repost.
pub fn outlet_text(doc: &Document) -> String {
    let outlet = field_text(&doc.outlet, "Unattributed");
    match (&doc.publisher.value, &doc.outlet.value) {
        (Some(p), Some(o)) if p != o => format!("{outlet}, from {p}"),
        (Some(p), None) => format!("{outlet}, from {p}"),
        _ => outlet,
    }
}
