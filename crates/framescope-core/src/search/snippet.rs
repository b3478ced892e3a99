//! Snippets cut at sentence boundaries, and highlights of every matched word.

use crate::text::{fold, stem, words};
use std::collections::BTreeSet;
use unicode_segmentation::UnicodeSegmentation;

/// Longest snippet, in bytes, before it is cut at a word boundary.
const MAX_SNIPPET: usize = 320;

/// What a query matched, for highlighting: the keys of words it matched as written, as
/// completions or as corrections, and the stems whose every form it matched.
/// Highlighting marks exactly the words the search counted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MatchedWords {
    keys: BTreeSet<String>,
    stems: BTreeSet<String>,
}

impl MatchedWords {
    /// Adds a word key.
    pub fn insert_key(&mut self, key: String) {
        self.keys.insert(key);
    }

    /// Adds a stem: every form of it matches.
    pub fn insert_stem(&mut self, stem: String) {
        self.stems.insert(stem);
    }

    /// True when nothing matched.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty() && self.stems.is_empty()
    }

    /// Whether a word (as written) is one the query matched.
    pub fn matches(&self, word: &str) -> bool {
        let key = fold(word);
        self.keys.contains(&key) || (!self.stems.is_empty() && self.stems.contains(&stem(&key)))
    }

    /// Byte ranges of the matched words in `text`.
    pub fn highlights(&self, text: &str) -> Vec<(usize, usize)> {
        if self.is_empty() {
            return Vec::new();
        }
        words(text).filter(|w| self.matches(w.text)).map(|w| (w.start, w.end())).collect()
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

/// The snippet of a paragraph: the sentence with the most different matched words (the
/// earliest of equals) and, while short enough, the sentences after it; a very long
/// sentence is cut at words around its first match.
pub fn snippet(block: usize, text: &str, matched: &MatchedWords) -> Snippet {
    let sentences: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
    let spans = matched.highlights(text);
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
        highlights: matched.highlights(shown),
        cut_before: trimmed_start > 0,
        cut_after: trimmed_start + shown.len() < text.trim_end().len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matched(keys: &[&str]) -> MatchedWords {
        let mut m = MatchedWords::default();
        for k in keys {
            m.insert_key(k.to_string());
        }
        m
    }

    #[test]
    fn highlights_every_form_that_matched() {
        let mut m = matched(&["pena"]);
        m.insert_stem(stem("cooperation"));
        let text = "Peña Nieto and Pena: cooperation, Cooperating, cooperative.";
        let spans: Vec<&str> = m.highlights(text).iter().map(|&(a, b)| &text[a..b]).collect();
        // Snowball gives "cooperative" the same stem: it is a form of the word.
        assert_eq!(spans, ["Peña", "Pena", "cooperation", "Cooperating", "cooperative"]);
    }

    #[test]
    fn snippets_are_whole_sentences() {
        let text = "First sentence here. The cartel was named. Third one follows. ";
        let s = snippet(2, text, &matched(&["cartel"]));
        assert!(s.text.starts_with("The cartel was named."), "{}", s.text);
        assert!(s.cut_before);
        assert_eq!(&s.text[s.highlights[0].0..s.highlights[0].1], "cartel");
        assert_eq!(s.block, 2);
    }

    #[test]
    fn long_sentences_are_cut_near_the_match() {
        let text = format!("{} cartel {}.", "word ".repeat(200), "tail ".repeat(200));
        let s = snippet(0, &text, &matched(&["cartel"]));
        assert!(s.text.len() <= MAX_SNIPPET);
        assert!(s.text.contains("cartel"));
        assert!(s.cut_before && s.cut_after);
    }

    #[test]
    fn the_sentence_with_most_matched_words_wins() {
        let text = "Matamoros is a city. They signed an agreement in Matamoros. Later news.";
        let s = snippet(0, text, &matched(&["matamoros", "agreement"]));
        assert!(s.text.starts_with("They signed"), "{}", s.text);
    }

    #[test]
    fn no_match_gives_the_opening() {
        let s = snippet(0, "Opening sentence. Second.", &MatchedWords::default());
        assert!(s.text.starts_with("Opening sentence."));
        assert!(!s.cut_before);
    }
}
