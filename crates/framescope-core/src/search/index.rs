//! The inverted index as it is embedded: term dictionaries as `fst` maps and postings
//! as one varint-encoded byte buffer, read lazily so start-up is a copy, not a parse.
//!
//! Posting list of a word (all integers LEB128 varints):
//! `doc_count`, then per document `doc_delta, title_tf, body_tf`, the title positions
//! and the body positions, each as deltas. Body positions skip [`BLOCK_GAP`] between
//! paragraphs, so a phrase never spans two of them.

use serde::{Deserialize, Serialize};

/// Fields of a document that are indexed.
pub const FIELD_COUNT: usize = 2;
/// The title field.
pub const TITLE: usize = 0;
/// The body field.
pub const BODY: usize = 1;
/// Positions skipped between two body paragraphs.
pub const BLOCK_GAP: u32 = 16;

/// The search index of a corpus.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SearchIndex {
    /// `fst::Map` from a word's key ([`crate::text::fold`]) to its word id.
    #[serde(with = "serde_bytes")]
    pub words: Vec<u8>,
    /// `fst::Map` from a stem to its stem id.
    #[serde(with = "serde_bytes")]
    pub stems: Vec<u8>,
    /// Stem id of each word id.
    pub word_stem: Vec<u32>,
    /// Word ids of each stem id, flattened; `stem_word_starts[s]..stem_word_starts[s + 1]`.
    pub stem_words: Vec<u32>,
    /// Offsets into `stem_words`, one more than there are stems.
    pub stem_word_starts: Vec<u32>,
    /// Number of documents each stem occurs in (for IDF).
    pub stem_doc_freq: Vec<u32>,
    /// Number of documents each word occurs in (to rank prefix and typo expansions).
    pub word_doc_freq: Vec<u32>,
    /// All posting lists, concatenated.
    #[serde(with = "serde_bytes")]
    pub postings: Vec<u8>,
    /// Start of each word's posting list in `postings`, one more than there are words.
    pub posting_starts: Vec<u32>,
    /// Per document: indexed length of each field, in words.
    pub field_len: Vec<[u32; FIELD_COUNT]>,
    /// Per document: body position at which each body paragraph starts (ascending).
    pub block_starts: Vec<Vec<u32>>,
}

impl SearchIndex {
    /// Number of documents indexed.
    pub fn doc_count(&self) -> usize {
        self.field_len.len()
    }

    /// Mean length of each field over all documents (at least 1, to divide by).
    pub fn avg_field_len(&self) -> [f32; FIELD_COUNT] {
        let n = self.doc_count().max(1) as f32;
        let mut sum = [0f32; FIELD_COUNT];
        for lens in &self.field_len {
            for f in 0..FIELD_COUNT {
                sum[f] += lens[f] as f32;
            }
        }
        sum.map(|s| (s / n).max(1.0))
    }

    /// The posting list of a word.
    pub fn postings(&self, word: u32) -> Postings<'_> {
        let (a, b) = (self.posting_starts[word as usize] as usize, self.posting_starts[word as usize + 1] as usize);
        let mut reader = Varints { bytes: &self.postings[a..b] };
        let remaining = reader.next_u32();
        Postings { reader, remaining, doc: 0, first: true }
    }

    /// The word ids that share a stem.
    pub fn words_of_stem(&self, stem: u32) -> &[u32] {
        let (a, b) = (self.stem_word_starts[stem as usize], self.stem_word_starts[stem as usize + 1]);
        &self.stem_words[a as usize..b as usize]
    }

    /// Calls `f(doc, title_tf, body_tf, body_positions)` for each document in a word's
    /// posting list, decoding into one reused buffer (no allocation per document).
    pub fn for_each_posting(&self, word: u32, mut f: impl FnMut(u32, u32, u32, &[u32])) {
        let (a, b) = (self.posting_starts[word as usize] as usize, self.posting_starts[word as usize + 1] as usize);
        let mut reader = Varints { bytes: &self.postings[a..b] };
        let count = reader.next_u32();
        let mut doc = 0u32;
        let mut body = Vec::new();
        for i in 0..count {
            let delta = reader.next_u32();
            doc = if i == 0 { delta } else { doc.saturating_add(delta) };
            let (title_tf, body_tf) = (reader.next_u32(), reader.next_u32());
            for _ in 0..title_tf {
                reader.next_u32();
            }
            body.clear();
            let mut p = 0u32;
            for j in 0..body_tf {
                let d = reader.next_u32();
                p = if j == 0 { d } else { p.saturating_add(d) };
                body.push(p);
            }
            f(doc, title_tf, body_tf, &body);
        }
    }

    /// The body paragraph (index among the document's body blocks) holding a body position.
    pub fn block_of(&self, doc: usize, position: u32) -> usize {
        self.block_starts[doc].partition_point(|&s| s <= position).saturating_sub(1)
    }
}

/// One document's entry in a posting list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Posting {
    /// Document index.
    pub doc: u32,
    /// Positions in each field, ascending.
    pub positions: [Vec<u32>; FIELD_COUNT],
}

/// Iterator over a posting list.
pub struct Postings<'a> {
    reader: Varints<'a>,
    remaining: u32,
    doc: u32,
    first: bool,
}

impl Iterator for Postings<'_> {
    type Item = Posting;

    fn next(&mut self) -> Option<Posting> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let delta = self.reader.next_u32();
        self.doc = if self.first { delta } else { self.doc + delta };
        self.first = false;
        let tf = [self.reader.next_u32(), self.reader.next_u32()];
        let mut positions: [Vec<u32>; FIELD_COUNT] = Default::default();
        for (f, list) in positions.iter_mut().enumerate() {
            let mut p = 0;
            list.reserve(tf[f] as usize);
            for i in 0..tf[f] {
                let d = self.reader.next_u32();
                p = if i == 0 { d } else { p + d };
                list.push(p);
            }
        }
        Some(Posting { doc: self.doc, positions })
    }
}

struct Varints<'a> {
    bytes: &'a [u8],
}

impl Varints<'_> {
    /// Reads one LEB128 number; a truncated buffer reads as zeros rather than panicking.
    fn next_u32(&mut self) -> u32 {
        let mut value = 0u32;
        let mut shift = 0;
        while let Some((&b, rest)) = self.bytes.split_first() {
            self.bytes = rest;
            if shift < 32 {
                value |= u32::from(b & 0x7f) << shift;
            }
            shift += 7;
            if b & 0x80 == 0 {
                break;
            }
        }
        value
    }
}

/// Appends `value` as a LEB128 varint.
pub fn push_varint(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Appends one posting list in the format [`SearchIndex::postings`] reads.
pub fn encode_postings(out: &mut Vec<u8>, postings: &[Posting]) {
    push_varint(out, postings.len() as u32);
    let mut last = 0;
    for (i, p) in postings.iter().enumerate() {
        push_varint(out, if i == 0 { p.doc } else { p.doc - last });
        last = p.doc;
        for f in 0..FIELD_COUNT {
            push_varint(out, p.positions[f].len() as u32);
        }
        for f in 0..FIELD_COUNT {
            let mut prev = 0;
            for (j, &pos) in p.positions[f].iter().enumerate() {
                push_varint(out, if j == 0 { pos } else { pos - prev });
                prev = pos;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_round_trip() {
        let list = vec![
            Posting { doc: 3, positions: [vec![0], vec![5, 9, 300]] },
            Posting { doc: 70_000, positions: [vec![], vec![1 << 20]] },
        ];
        let mut bytes = Vec::new();
        encode_postings(&mut bytes, &list);
        let index =
            SearchIndex { postings: bytes.clone(), posting_starts: vec![0, bytes.len() as u32], ..Default::default() };
        assert_eq!(index.postings(0).collect::<Vec<_>>(), list);
    }

    #[test]
    fn truncated_postings_do_not_panic() {
        let index = SearchIndex { postings: vec![0x85, 0x80], posting_starts: vec![0, 2], ..Default::default() };
        let _ = index.postings(0).take(10).count();
    }

    #[test]
    fn positions_map_to_blocks() {
        let index = SearchIndex { block_starts: vec![vec![0, 20, 45]], field_len: vec![[1, 50]], ..Default::default() };
        assert_eq!(index.block_of(0, 0), 0);
        assert_eq!(index.block_of(0, 19), 0);
        assert_eq!(index.block_of(0, 20), 1);
        assert_eq!(index.block_of(0, 99), 2);
    }
}
