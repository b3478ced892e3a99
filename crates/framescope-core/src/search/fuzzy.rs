//! Bounded edit distance as an `fst` automaton: the dictionary is walked once and only
//! branches still within reach of the typed word are followed.

use fst::Automaton;

/// Matches keys within `max` edits (insert, delete, substitute) of `word`.
pub struct Levenshtein {
    word: Vec<char>,
    max: u8,
}

impl Levenshtein {
    /// An automaton for `word` and distance `max`.
    pub fn new(word: &str, max: u8) -> Self {
        Levenshtein { word: word.chars().collect(), max }
    }
}

/// A dynamic-programming row over the typed word, plus bytes of a partial UTF-8 character.
#[derive(Clone, Debug)]
pub struct Row {
    costs: Vec<u8>,
    pending: Vec<u8>,
}

impl Automaton for Levenshtein {
    type State = Option<Row>;

    fn start(&self) -> Self::State {
        Some(Row { costs: (0..=self.word.len()).map(|i| i.min(255) as u8).collect(), pending: Vec::new() })
    }

    fn is_match(&self, state: &Self::State) -> bool {
        state.as_ref().is_some_and(|r| r.pending.is_empty() && r.costs.last().is_some_and(|&c| c <= self.max))
    }

    fn can_match(&self, state: &Self::State) -> bool {
        state.is_some()
    }

    fn accept(&self, state: &Self::State, byte: u8) -> Self::State {
        let row = state.as_ref()?;
        let mut pending = row.pending.clone();
        pending.push(byte);
        let c = match std::str::from_utf8(&pending) {
            Ok(s) => s.chars().next().expect("one character"),
            Err(e) if e.error_len().is_none() => return Some(Row { costs: row.costs.clone(), pending }),
            Err(_) => return None,
        };
        let mut next = Vec::with_capacity(row.costs.len());
        next.push(row.costs[0].saturating_add(1));
        for (i, &w) in self.word.iter().enumerate() {
            let substitute = row.costs[i] + u8::from(w != c);
            let insert = row.costs[i + 1].saturating_add(1);
            let delete = next[i].saturating_add(1);
            next.push(substitute.min(insert).min(delete));
        }
        if next.iter().min().is_some_and(|&m| m > self.max) {
            None
        } else {
            Some(Row { costs: next, pending: Vec::new() })
        }
    }
}

/// Edits allowed for a typed word: one from five letters, two from nine, none below.
pub fn allowed_edits(key: &str) -> u8 {
    match key.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fst::{IntoStreamer, Set, Streamer};

    fn matches(words: &[&str], query: &str, max: u8) -> Vec<String> {
        let mut sorted = words.to_vec();
        sorted.sort_unstable();
        let set = Set::from_iter(sorted).unwrap();
        let mut stream = set.search(Levenshtein::new(query, max)).into_stream();
        let mut out = Vec::new();
        while let Some(k) = stream.next() {
            out.push(String::from_utf8(k.to_vec()).unwrap());
        }
        out
    }

    #[test]
    fn finds_words_within_the_distance() {
        let words = ["napolitano", "napoleon", "naples", "politano"];
        assert_eq!(matches(&words, "napolitno", 1), vec!["napolitano"]);
        assert_eq!(matches(&words, "napolitno", 2), vec!["napolitano"]);
        assert_eq!(matches(&words, "naples", 2), vec!["naples"]);
        assert_eq!(matches(&["pena", "peña"], "pena", 0), vec!["pena"]);
        assert_eq!(matches(&["pena", "peña"], "pena", 1), vec!["pena", "peña"]);
    }

    #[test]
    fn edit_budget_grows_with_length() {
        assert_eq!(allowed_edits("drug"), 0);
        assert_eq!(allowed_edits("cartel"), 1);
        assert_eq!(allowed_edits("napolitano"), 2);
    }
}
