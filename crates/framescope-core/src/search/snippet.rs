//! Snippets cut at sentence boundaries, and highlights of every matched word.

use super::index::SearchIndex;
use crate::text::{fold, words};
use std::collections::BTreeSet;
use unicode_segmentation::UnicodeSegmentation;

/// Longest snippet, in bytes, before it is cut at a word boundary.
const MAX_SNIPPET: usize = 320;

/// The indexed words a query matched (as written, as other forms of the same stem, as
/// completions and as corrections), by word id. Highlighting marks exactly the words the
/// search counted, looking each word of a text up in the index's dictionary: no
/// stemming at run time.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MatchedWords {
    ids: BTreeSet<u32>,
}

impl MatchedWords {
    /// Adds an indexed word.
    pub fn insert(&mut self, word: u32) {
        self.ids.insert(word);
    }

    /// True when nothing matched.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Byte ranges of the matched words in `text`.
    pub fn highlights(&self, index: &SearchIndex, text: &str) -> Vec<(usize, usize)> {
        let Ok(dictionary) = fst::Map::new(&index.words[..]) else { return Vec::new() };
        if self.ids.is_empty() {
            return Vec::new();
        }
        words(text)
            .filter(|w| dictionary.get(fold(w.text)).is_some_and(|id| self.ids.contains(&(id as u32))))
            .map(|w| (w.start, w.end()))
            .collect()
    }
}

/// A passage of a body paragraph shown under a result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// Index of the paragraph among the document's body blocks.
    pub block: usize,
    /// The text shown: whole sentences.
    pub text: String,
    /// Byte ranges of matched words in `text`.
    pub highlights: Vec<(usize, usize)>,
    /// True when the paragraph goes on before the snippet.
    pub cut_before: bool,
    /// True when the paragraph goes on after the snippet.
    pub cut_after: bool,
}

/// The snippet of a paragraph (`mentions`: byte ranges of chosen entities' mentions, marked
/// like matched words): the sentence with the most different matched words (the
/// earliest of equals) and, while short enough, the sentences after it; a very long
/// sentence is cut at words around its first match.
pub fn snippet(
    index: &SearchIndex,
    block: usize,
    text: &str,
    matched: &MatchedWords,
    mentions: &[(usize, usize)],
) -> Snippet {
    let sentences: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
    // Matched words, and the mentions of chosen entities, in text order.
    let mut spans = matched.highlights(index, text);
    spans.extend(mentions.iter().copied().filter(|&(a, b)| a < b && b <= text.len()));
    spans.sort_unstable();
    spans.dedup_by(|next, prev| next.0 < prev.1);
    let distinct_in = |(start, sentence): &(usize, &str)| {
        let mut keys: Vec<String> = spans
            .iter()
            .filter(|(a, _)| (*start..start + sentence.len()).contains(a))
            .map(|&(a, b)| fold(&text[a..b]))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys.len()
    };
    let start_i = (0..sentences.len())
        .max_by(|&x, &y| distinct_in(&sentences[x]).cmp(&distinct_in(&sentences[y])).then(y.cmp(&x)))
        .unwrap_or(0);
    let first_hit = spans.iter().map(|h| h.0).find(|&a| sentences.get(start_i).is_some_and(|s| a >= s.0)).unwrap_or(0);
    let start = sentences.get(start_i).map_or(0, |s| s.0);
    let mut end = start;
    for (s, sentence) in &sentences[start_i..] {
        if end > start && s + sentence.len() - start > MAX_SNIPPET {
            break;
        }
        end = s + sentence.len();
    }
    let (mut start, mut end) = (start, end);
    if end - start > MAX_SNIPPET {
        // One long sentence: a window around the first match, at word boundaries.
        let from = first_hit.saturating_sub(MAX_SNIPPET / 3).max(start);
        let words: Vec<_> = words(&text[..end]).filter(|w| w.start >= from).collect();
        start = words.first().map_or(from, |w| w.start);
        end = words.iter().take_while(|w| w.end() - start <= MAX_SNIPPET).last().map_or(end, |w| w.end());
    }
    let raw = &text[start..end];
    let trimmed_start = start + (raw.len() - raw.trim_start().len());
    let shown = text[trimmed_start..end].trim_end();
    Snippet {
        block,
        text: shown.to_string(),
        // The paragraph's spans, shifted: the words were looked up once.
        highlights: spans
            .iter()
            .filter(|&&(a, b)| a >= trimmed_start && b <= trimmed_start + shown.len())
            .map(|&(a, b)| (a - trimmed_start, b - trimmed_start))
            .collect(),
        cut_before: trimmed_start > 0,
        cut_after: trimmed_start + shown.len() < text.trim_end().len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An index whose dictionary holds `vocabulary`, and the matches of `keys` in it.
    fn matched(vocabulary: &[&str], keys: &[&str]) -> (SearchIndex, MatchedWords) {
        let mut sorted: Vec<&str> = vocabulary.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        let map = fst::Map::from_iter(sorted.iter().enumerate().map(|(i, k)| (*k, i as u64))).unwrap();
        let mut m = MatchedWords::default();
        for k in keys {
            m.insert(map.get(k).unwrap() as u32);
        }
        (SearchIndex { words: map.as_fst().as_bytes().to_vec(), ..Default::default() }, m)
    }

    #[test]
    fn highlights_every_form_that_matched() {
        let (index, m) =
            matched(&["pena", "nieto", "cooperation", "cooperating", "and"], &["pena", "cooperation", "cooperating"]);
        let text = "Peña Nieto and Pena: cooperation, Cooperating, cooperative.";
        let spans: Vec<&str> = m.highlights(&index, text).iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(spans, ["Peña", "Pena", "cooperation", "Cooperating"]);
    }

    #[test]
    fn snippets_are_whole_sentences() {
        let (index, m) = matched(&["cartel"], &["cartel"]);
        let text = "First sentence here. The cartel was named. Third one follows. ";
        let s = snippet(&index, 2, text, &m, &[]);
        assert!(s.text.starts_with("The cartel was named."), "{}", s.text);
        assert!(s.cut_before);
        assert_eq!(&s.text[s.highlights[0].0..s.highlights[0].1], "cartel");
        assert_eq!(s.block, 2);
    }

    #[test]
    fn long_sentences_are_cut_near_the_match() {
        let (index, m) = matched(&["cartel"], &["cartel"]);
        let text = format!("{} cartel {}.", "word ".repeat(200), "tail ".repeat(200));
        let s = snippet(&index, 0, &text, &m, &[]);
        assert!(s.text.len() <= MAX_SNIPPET);
        assert!(s.text.contains("cartel"));
        assert!(s.cut_before && s.cut_after);
    }

    #[test]
    fn the_sentence_with_most_matched_words_wins() {
        let (index, m) = matched(&["matamoros", "agreement"], &["matamoros", "agreement"]);
        let text = "Matamoros is a city. They signed an agreement in Matamoros. Later news.";
        let s = snippet(&index, 0, text, &m, &[]);
        assert!(s.text.starts_with("They signed"), "{}", s.text);
    }

    #[test]
    fn no_match_gives_the_opening() {
        let s = snippet(&SearchIndex::default(), 0, "Opening sentence. Second.", &MatchedWords::default(), &[]);
        assert!(s.text.starts_with("Opening sentence."));
        assert!(!s.cut_before);
    }
}
