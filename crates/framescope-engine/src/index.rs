//! Builds the search index at build time, with the same tokenizer the browser uses to
//! read queries and highlight matches.

use framescope_core::search::index::{
    encode_postings, Posting, SearchIndex, BLOCK_GAP, BODY, FIELD_COUNT, NO_OUTLET, TITLE,
};
use framescope_core::text::{fold, stem, words};
use framescope_core::Document;
use std::collections::{BTreeMap, BTreeSet};

/// Indexes the titles and article bodies (never chrome or metadata lines) of `docs`.
pub fn build_search_index(docs: &[Document]) -> SearchIndex {
    let mut vocabulary: BTreeMap<String, Vec<Posting>> = BTreeMap::new();
    let mut field_len = Vec::with_capacity(docs.len());
    let mut block_starts = Vec::with_capacity(docs.len());
    for (doc_index, doc) in docs.iter().enumerate() {
        let doc_index = doc_index as u32;
        let mut add = |key: String, field: usize, position: u32| {
            let list = vocabulary.entry(key).or_default();
            if list.last().is_none_or(|p| p.doc != doc_index) {
                list.push(Posting { doc: doc_index, positions: Default::default() });
            }
            list.last_mut().expect("just pushed").positions[field].push(position);
        };
        let mut lens = [0u32; FIELD_COUNT];
        for w in words(doc.title.value.as_deref().unwrap_or_default()) {
            let key = fold(w.text);
            if !key.is_empty() {
                add(key, TITLE, lens[TITLE]);
                lens[TITLE] += 1;
            }
        }
        let mut starts = Vec::new();
        let mut position = 0u32;
        for block in doc.body() {
            if !starts.is_empty() {
                position += BLOCK_GAP;
            }
            starts.push(position);
            for w in words(&block.text) {
                let key = fold(w.text);
                if !key.is_empty() {
                    add(key, BODY, position);
                    position += 1;
                    lens[BODY] += 1;
                }
            }
        }
        field_len.push(lens);
        block_starts.push(starts);
    }

    let mut words_builder = fst::MapBuilder::memory();
    let mut postings = Vec::new();
    let mut posting_starts = Vec::with_capacity(vocabulary.len() + 1);
    let mut positions = Vec::new();
    let mut position_starts = Vec::with_capacity(vocabulary.len() + 1);
    let mut word_doc_freq = Vec::with_capacity(vocabulary.len());
    let mut stems: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let mut stem_docs: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    for (id, (key, list)) in vocabulary.iter().enumerate() {
        words_builder.insert(key, id as u64).expect("BTreeMap keys are sorted and unique");
        posting_starts.push(postings.len() as u32);
        position_starts.push(positions.len() as u32);
        encode_postings(&mut postings, &mut positions, list, &block_starts);
        word_doc_freq.push(list.len() as u32);
        let s = stem(key);
        stems.entry(s.clone()).or_default().push(id as u32);
        stem_docs.entry(s).or_default().extend(list.iter().map(|p| p.doc));
    }
    posting_starts.push(postings.len() as u32);
    position_starts.push(positions.len() as u32);

    let mut stems_builder = fst::MapBuilder::memory();
    let mut word_stem = vec![0u32; vocabulary.len()];
    let mut stem_words = Vec::new();
    let mut stem_word_starts = Vec::with_capacity(stems.len() + 1);
    let mut stem_doc_freq = Vec::with_capacity(stems.len());
    for (id, (s, ids)) in stems.iter().enumerate() {
        stems_builder.insert(s, id as u64).expect("BTreeMap keys are sorted and unique");
        stem_word_starts.push(stem_words.len() as u32);
        for &w in ids {
            word_stem[w as usize] = id as u32;
            stem_words.push(w);
        }
        stem_doc_freq.push(stem_docs[s].len() as u32);
    }
    stem_word_starts.push(stem_words.len() as u32);

    let outlets: Vec<String> =
        docs.iter().filter_map(|d| d.outlet.value.clone()).collect::<BTreeSet<_>>().into_iter().collect();
    let doc_outlet: Vec<u32> = docs
        .iter()
        .map(|d| match &d.outlet.value {
            Some(o) => outlets.binary_search(o).map_or(NO_OUTLET, |i| i as u32),
            None => NO_OUTLET,
        })
        .collect();

    SearchIndex {
        words: words_builder.into_inner().expect("in-memory fst"),
        stems: stems_builder.into_inner().expect("in-memory fst"),
        word_stem,
        stem_words,
        stem_word_starts,
        stem_doc_freq,
        word_doc_freq,
        postings,
        posting_starts,
        positions,
        position_starts,
        field_len,
        block_starts,
        outlets,
        doc_outlet,
    }
}
