//! The inverted index as it is embedded: term dictionaries as `fst` maps and postings as
//! varint-encoded byte buffers, read lazily so start-up is a copy, not a parse.
//!
//! A word's posting list is split in two streams, so that the common case (a word query:
//! how often, and in which paragraphs) never decodes a position; only phrases read the
//! second stream. All integers are LEB128 varints.
//!
//! `postings`: `doc_count`, then per document `doc_delta`, `head`, and per body paragraph
//! holding the word `para`:
//! - `head = paragraphs << 2 | min(title_tf, 3)`, followed by `title_tf - 3` when the
//!   title holds the word three times or more;
//! - `para = paragraph_delta << 3 | min(count - 1, 7)`, followed by `count - 8` when the
//!   paragraph holds it eight times or more.
//!
//! Packing the small counts beside the deltas keeps the common posting (one occurrence, in
//! one paragraph) as small as a plain position list.
//!
//! `positions`, in the same document order: the title positions as deltas, then for each
//! of those paragraphs the offsets from the paragraph's start, as deltas. Body positions
//! are handed out as `block_starts[doc][paragraph] + offset`; paragraphs start
//! [`BLOCK_GAP`] apart, so a phrase never spans two of them.

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
    /// All posting lists (documents, counts, paragraphs), concatenated.
    #[serde(with = "serde_bytes")]
    pub postings: Vec<u8>,
    /// Start of each word's posting list in `postings`, one more than there are words.
    pub posting_starts: Vec<u32>,
    /// All position lists, concatenated, in the order of `postings`.
    #[serde(with = "serde_bytes")]
    pub positions: Vec<u8>,
    /// Start of each word's position list in `positions`, one more than there are words.
    pub position_starts: Vec<u32>,
    /// Per document: indexed length of each field, in words.
    pub field_len: Vec<[u32; FIELD_COUNT]>,
    /// Per document: body position at which each body paragraph starts (ascending).
    pub block_starts: Vec<Vec<u32>>,
    /// The outlets named in the corpus, sorted: the keys of the outlet facet.
    pub outlets: Vec<String>,
    /// Per document: its index in `outlets`, or [`NO_OUTLET`]. Facets count through it
    /// instead of comparing names for every result.
    pub doc_outlet: Vec<u32>,
}

/// [`SearchIndex::doc_outlet`] of an unattributed document.
pub const NO_OUTLET: u32 = u32::MAX;

/// One document's entry in a word's posting list, without positions.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocEntry {
    /// Document index.
    pub doc: u32,
    /// Occurrences in the title.
    pub title_tf: u32,
    /// Occurrences in the body.
    pub body_tf: u32,
    /// The body paragraphs holding the word (index among the document's body blocks), ascending.
    pub paragraphs: Vec<u32>,
    /// Occurrences in each of `paragraphs`.
    pub counts: Vec<u32>,
}

impl SearchIndex {
    /// Number of documents indexed.
    pub fn doc_count(&self) -> usize {
        self.field_len.len()
    }

    /// Number of words in the dictionary.
    pub fn word_count(&self) -> usize {
        self.posting_starts.len().saturating_sub(1)
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

    /// The word ids that share a stem.
    pub fn words_of_stem(&self, stem: u32) -> &[u32] {
        let (a, b) = (self.stem_word_starts[stem as usize], self.stem_word_starts[stem as usize + 1]);
        &self.stem_words[a as usize..b as usize]
    }

    fn stream<'a>(bytes: &'a [u8], starts: &[u32], word: u32) -> Varints<'a> {
        let range = starts.get(word as usize).zip(starts.get(word as usize + 1));
        let bytes = range.and_then(|(&a, &b)| bytes.get(a as usize..b as usize)).unwrap_or_default();
        Varints { bytes }
    }

    /// Calls `f` for each document in a word's posting list, decoding into one reused
    /// entry (no allocation per document) and never touching positions.
    pub fn for_each_doc(&self, word: u32, mut f: impl FnMut(&DocEntry)) {
        let mut reader = Self::stream(&self.postings, &self.posting_starts, word);
        let count = reader.next_u32();
        let mut entry = DocEntry::default();
        for i in 0..count {
            if reader.is_empty() {
                return;
            }
            read_entry(&mut reader, &mut entry, i == 0);
            f(&entry);
        }
    }

    /// Calls `f(doc, title_positions, body_positions)` for each document in a word's
    /// posting list that `wanted` accepts, with the body positions of the paragraphs
    /// `wanted_paragraph(doc, paragraph)` accepts; the other positions are skipped unread.
    pub fn for_each_doc_positions(
        &self,
        word: u32,
        wanted: impl Fn(u32) -> bool,
        wanted_paragraph: impl Fn(u32, u32) -> bool,
        mut f: impl FnMut(u32, &[u32], &[u32]),
    ) {
        let mut reader = Self::stream(&self.postings, &self.posting_starts, word);
        let mut positions = Self::stream(&self.positions, &self.position_starts, word);
        let count = reader.next_u32();
        let mut entry = DocEntry::default();
        let (mut title, mut body) = (Vec::new(), Vec::new());
        for i in 0..count {
            if reader.is_empty() {
                return;
            }
            read_entry(&mut reader, &mut entry, i == 0);
            if !wanted(entry.doc) {
                positions.skip(entry.title_tf as usize + entry.body_tf as usize);
                continue;
            }
            title.clear();
            let mut p = 0u32;
            for j in 0..entry.title_tf {
                let d = positions.next_u32();
                p = if j == 0 { d } else { p.saturating_add(d) };
                title.push(p);
            }
            body.clear();
            let starts = self.block_starts.get(entry.doc as usize).map(Vec::as_slice).unwrap_or_default();
            for (&paragraph, &n) in entry.paragraphs.iter().zip(&entry.counts) {
                if !wanted_paragraph(entry.doc, paragraph) {
                    positions.skip(n as usize);
                    continue;
                }
                let start = starts.get(paragraph as usize).copied().unwrap_or(0);
                let mut offset = 0u32;
                for j in 0..n {
                    let d = positions.next_u32();
                    offset = if j == 0 { d } else { offset.saturating_add(d) };
                    body.push(start.saturating_add(offset));
                }
            }
            f(entry.doc, &title, &body);
        }
    }

    /// A word's whole posting list with positions (tests and tools; queries stream it).
    pub fn postings(&self, word: u32) -> Vec<Posting> {
        let mut out = Vec::new();
        self.for_each_doc_positions(
            word,
            |_| true,
            |_, _| true,
            |doc, title, body| out.push(Posting { doc, positions: [title.to_vec(), body.to_vec()] }),
        );
        out
    }

    /// The body paragraph (index among the document's body blocks) holding a body position.
    pub fn block_of(&self, doc: usize, position: u32) -> usize {
        self.block_starts[doc].partition_point(|&s| s <= position).saturating_sub(1)
    }
}

/// Reads one document's entry (the first of a list holds its document index, the others a delta).
fn read_entry(reader: &mut Varints<'_>, entry: &mut DocEntry, first: bool) {
    let delta = reader.next_u32();
    entry.doc = if first { delta } else { entry.doc.saturating_add(delta) };
    let head = reader.next_u32();
    entry.title_tf = head & 3;
    if entry.title_tf == 3 {
        entry.title_tf = reader.next_u32().saturating_add(3);
    }
    entry.paragraphs.clear();
    entry.counts.clear();
    entry.body_tf = 0;
    let mut paragraph = 0u32;
    for j in 0..head >> 2 {
        if reader.is_empty() {
            break;
        }
        let packed = reader.next_u32();
        let delta = packed >> 3;
        paragraph = if j == 0 { delta } else { paragraph.saturating_add(delta) };
        let mut count = (packed & 7) + 1;
        if count == 8 {
            count = reader.next_u32().saturating_add(8);
        }
        entry.paragraphs.push(paragraph);
        entry.counts.push(count);
        entry.body_tf = entry.body_tf.saturating_add(count);
    }
}

/// One document's entry in a posting list, with positions: what the builder collects.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Posting {
    /// Document index.
    pub doc: u32,
    /// Positions in each field, ascending; body positions as in [`SearchIndex::block_starts`].
    pub positions: [Vec<u32>; FIELD_COUNT],
}

struct Varints<'a> {
    bytes: &'a [u8],
}

impl Varints<'_> {
    fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

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

    /// Skips `n` numbers: each ends at the first byte below 0x80, so nothing is decoded.
    fn skip(&mut self, mut n: usize) {
        let mut at = 0;
        while n > 0 && at < self.bytes.len() {
            if self.bytes[at] & 0x80 == 0 {
                n -= 1;
            }
            at += 1;
        }
        self.bytes = &self.bytes[at..];
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

/// Appends one word's posting list to `postings` and its positions to `positions`, in the
/// format [`SearchIndex::for_each_doc`] reads. `block_starts` is the index's, to place each
/// body position in its paragraph. `list` is in document order.
pub fn encode_postings(postings: &mut Vec<u8>, positions: &mut Vec<u8>, list: &[Posting], block_starts: &[Vec<u32>]) {
    push_varint(postings, list.len() as u32);
    let mut last = 0;
    for (i, p) in list.iter().enumerate() {
        push_varint(postings, if i == 0 { p.doc } else { p.doc - last });
        last = p.doc;
        let starts = block_starts.get(p.doc as usize).map(Vec::as_slice).unwrap_or_default();
        // (paragraph, its start, offsets) for each paragraph holding the word.
        let mut paragraphs: Vec<(u32, u32, Vec<u32>)> = Vec::new();
        for &pos in &p.positions[BODY] {
            let paragraph = starts.partition_point(|&s| s <= pos).saturating_sub(1) as u32;
            let start = starts.get(paragraph as usize).copied().unwrap_or(0);
            match paragraphs.last_mut() {
                Some(last) if last.0 == paragraph => last.2.push(pos - start),
                _ => paragraphs.push((paragraph, start, vec![pos - start])),
            }
        }
        let title_tf = p.positions[TITLE].len() as u32;
        push_varint(postings, (paragraphs.len() as u32) << 2 | title_tf.min(3));
        if title_tf >= 3 {
            push_varint(postings, title_tf - 3);
        }
        let mut prev_paragraph = 0;
        for (j, (paragraph, _, offsets)) in paragraphs.iter().enumerate() {
            let delta = if j == 0 { *paragraph } else { paragraph - prev_paragraph };
            prev_paragraph = *paragraph;
            let extra = offsets.len() as u32 - 1;
            push_varint(postings, delta << 3 | extra.min(7));
            if extra >= 7 {
                push_varint(postings, extra - 7);
            }
        }
        push_deltas(positions, &p.positions[TITLE]);
        for (_, _, offsets) in &paragraphs {
            push_deltas(positions, offsets);
        }
    }
}

fn push_deltas(out: &mut Vec<u8>, ascending: &[u32]) {
    let mut prev = 0;
    for (j, &v) in ascending.iter().enumerate() {
        push_varint(out, if j == 0 { v } else { v - prev });
        prev = v;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index_of(list: &[Posting], block_starts: Vec<Vec<u32>>) -> SearchIndex {
        let (mut postings, mut positions) = (Vec::new(), Vec::new());
        encode_postings(&mut postings, &mut positions, list, &block_starts);
        SearchIndex {
            posting_starts: vec![0, postings.len() as u32],
            position_starts: vec![0, positions.len() as u32],
            postings,
            positions,
            field_len: vec![[0, 0]; block_starts.len()],
            block_starts,
            ..Default::default()
        }
    }

    #[test]
    fn postings_round_trip() {
        let mut block_starts = vec![Vec::new(); 70_001];
        block_starts[3] = vec![0, 8, 300];
        block_starts[70_000] = vec![0, 1 << 20];
        let list = vec![
            Posting { doc: 3, positions: [vec![0], vec![5, 9, 300, 301, 302, 303, 304, 305, 306, 307, 308]] },
            Posting { doc: 70_000, positions: [vec![1, 2, 3, 4], vec![1 << 20]] },
        ];
        let index = index_of(&list, block_starts);
        assert_eq!(index.postings(0), list);
        let mut entries = Vec::new();
        index.for_each_doc(0, |e| entries.push(e.clone()));
        assert_eq!(
            entries,
            vec![
                DocEntry { doc: 3, title_tf: 1, body_tf: 11, paragraphs: vec![0, 1, 2], counts: vec![1, 1, 9] },
                DocEntry { doc: 70_000, title_tf: 4, body_tf: 1, paragraphs: vec![1], counts: vec![1] },
            ]
        );
    }

    #[test]
    fn unwanted_documents_are_skipped() {
        let block_starts = vec![vec![0, 20], vec![0], vec![0]];
        let list = vec![
            Posting { doc: 0, positions: [vec![2], vec![3, 21, 25]] },
            Posting { doc: 1, positions: [vec![], vec![200]] },
            Posting { doc: 2, positions: [vec![0, 1], vec![7]] },
        ];
        let index = index_of(&list, block_starts);
        let mut seen = Vec::new();
        index.for_each_doc_positions(
            0,
            |d| d != 1,
            |_, p| p == 1,
            |doc, t, b| seen.push((doc, t.to_vec(), b.to_vec())),
        );
        assert_eq!(seen, vec![(0, vec![2], vec![21, 25]), (2, vec![0, 1], vec![])]);
    }

    #[test]
    fn truncated_postings_do_not_panic() {
        let index = SearchIndex {
            postings: vec![0x85, 0x80],
            posting_starts: vec![0, 2],
            positions: vec![0xff],
            position_starts: vec![0, 1],
            ..Default::default()
        };
        let _ = index.postings(0);
        index.for_each_doc(0, |_| {});
        // A word id past the end reads as an empty list.
        index.for_each_doc(7, |_| panic!("no documents"));
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
