//! Framescope's search, exposed to the benchmark page.
//!
//! `new` decodes the postcard blob the app embeds (documents and search index: the
//! app's start-up cost); `search` ranks without snippets; `search_with_snippets` and
//! `results_view` run the full path the results view renders (the first `limit` hits
//! with snippets, plus facets and counts).

use framescope_core::Corpus;
use wasm_bindgen::prelude::*;

/// A decoded corpus with its search index.
#[wasm_bindgen]
pub struct FramescopeSearch {
    corpus: Corpus,
}

#[wasm_bindgen]
impl FramescopeSearch {
    /// Decodes a `corpus.postcard` blob.
    #[wasm_bindgen(constructor)]
    pub fn new(bytes: &[u8]) -> Result<FramescopeSearch, JsError> {
        let corpus = framescope_core::decode(bytes).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(FramescopeSearch { corpus })
    }

    /// Number of documents.
    pub fn doc_count(&self) -> usize {
        self.corpus.documents.len()
    }

    /// The first `limit` results, ranked, as document indices (no snippets are cut).
    pub fn search(&self, query: &str, limit: usize) -> Vec<u32> {
        let results = self.corpus.search(query, 0);
        results.hits.iter().take(limit).map(|h| h.doc as u32).collect()
    }

    /// The full results path: ranking, facets, and snippets for the first `limit` hits.
    /// Returns the number of results plus snippet characters, so nothing is optimised away.
    pub fn search_with_snippets(&self, query: &str, limit: usize) -> usize {
        let results = self.corpus.search(query, limit);
        results.total()
            + results
                .hits
                .iter()
                .take(limit)
                .filter_map(|h| h.snippet.as_ref())
                .map(|s| s.text.len() + s.highlights.len())
                .sum::<usize>()
    }

    /// What the results view shows for the first `limit` hits: title, snippet, title,
    /// snippet… (flattened so one array crosses to JS).
    pub fn results_view(&self, query: &str, limit: usize) -> Vec<String> {
        let results = self.corpus.search(query, limit);
        let mut out = Vec::with_capacity(limit * 2);
        for hit in results.hits.iter().take(limit) {
            out.push(self.corpus.documents[hit.doc].display_title().to_string());
            out.push(hit.snippet.as_ref().map(|s| s.text.clone()).unwrap_or_default());
        }
        out
    }
}
