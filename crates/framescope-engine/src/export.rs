//! The JSON export: a public interface whose field names later analyses extend.

use crate::manifest::UNKNOWN;
use framescope_core::{Corpus, Document, Field};
use serde::Serialize;

/// The top-level export object.
#[derive(Debug, Serialize)]
pub struct Export<'a> {
    /// One entry per article, in manifest order.
    pub documents: Vec<DocumentExport<'a>>,
}

/// One article's metadata and where its body lies in the source file.
#[derive(Debug, Serialize)]
pub struct DocumentExport<'a> {
    /// Slug.
    pub id: &'a str,
    /// Source file name in the corpus folder.
    pub file: &'a str,
    /// Outlet, or `"unknown"`.
    pub outlet: String,
    /// Original publisher, or `"unknown"`.
    pub publisher: String,
    /// Author, or `"unknown"`.
    pub author: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or `"unknown"`.
    pub date: String,
    /// `year`, `month`, `day` or `"unknown"`.
    pub date_precision: &'static str,
    /// Headline, or `"unknown"`.
    pub title: String,
    /// Kind of piece, or `"unknown"`.
    pub form: String,
    /// 1-based source line numbers of the lines kept as article body.
    pub body_lines: Vec<u32>,
    /// Words in the body.
    pub words: u32,
}

fn or_unknown<T: ToString>(field: &Field<T>) -> String {
    field
        .value
        .as_ref()
        .map_or_else(|| UNKNOWN.to_string(), ToString::to_string)
}

impl<'a> DocumentExport<'a> {
    /// The export view of one document.
    pub fn new(doc: &'a Document) -> Self {
        DocumentExport {
            id: &doc.id,
            file: &doc.file,
            outlet: or_unknown(&doc.outlet),
            publisher: or_unknown(&doc.publisher),
            author: or_unknown(&doc.author),
            date: or_unknown(&doc.date),
            date_precision: doc.date.value.map_or(UNKNOWN, |d| d.precision().as_str()),
            title: or_unknown(&doc.title),
            form: or_unknown(&doc.form),
            body_lines: doc.body_lines(),
            words: doc.words,
        }
    }
}

/// The export view of a corpus.
pub fn export(corpus: &Corpus) -> Export<'_> {
    Export {
        documents: corpus.documents.iter().map(DocumentExport::new).collect(),
    }
}

/// The export as pretty-printed JSON.
pub fn to_json(corpus: &Corpus) -> String {
    serde_json::to_string_pretty(&export(corpus))
        .expect("the export holds only strings and numbers")
}
