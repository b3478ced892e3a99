//! Bounded edit distance as an `fst` automaton: the dictionary is walked once and only
//! branches still within reach of the typed word are followed.
//!
//! The distance is the optimal string alignment distance: insertions, deletions,
//! substitutions and swaps of two neighbouring letters each cost one edit, because a swap
//! ("Piore" for "Poire", "cratel") is among the commonest typing slips.

use fst::Automaton;

/// Matches keys within `max` edits (insert, delete, substitute, swap two neighbours) of `word`.
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

/// A dynamic-programming row over the typed word, the row before it and the character
/// that row ended on (for swaps), plus bytes of a partial UTF-8 character.
#[derive(Clone, Debug)]
pub struct Row {
    costs: Vec<u8>,
    previous: Option<(Vec<u8>, char)>,
    pending: Vec<u8>,
}

impl Automaton for Levenshtein {
    type State = Option<Row>;

    fn start(&self) -> Self::State {
        Some(Row {
            costs: (0..=self.word.len()).map(|i| i.min(255) as u8).collect(),
            previous: None,
            pending: Vec::new(),
        })
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
            Err(e) if e.error_len().is_none() => {
                return Some(Row { costs: row.costs.clone(), previous: row.previous.clone(), pending })
            }
            Err(_) => return None,
        };
        let mut next = Vec::with_capacity(row.costs.len());
        next.push(row.costs[0].saturating_add(1));
        for (i, &w) in self.word.iter().enumerate() {
            let substitute = row.costs[i] + u8::from(w != c);
            let insert = row.costs[i + 1].saturating_add(1);
            let delete = next[i].saturating_add(1);
            let mut cost = substitute.min(insert).min(delete);
            // A swap: this character and the one before it, in the other order.
            if let Some((before, last)) = &row.previous {
                if i > 0 && w == *last && self.word[i - 1] == c && w != c {
                    cost = cost.min(before[i - 1].saturating_add(1));
                }
            }
            next.push(cost);
        }
        // A row whose every cost is over the budget cannot lead to a match (a swap goes back
        // two rows, but the row between bounds it), so the branch is cut.
        if next.iter().min().is_some_and(|&m| m > self.max) {
            None
        } else {
            Some(Row { costs: next, previous: Some((row.costs.clone(), c)), pending: Vec::new() })
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
    fn a_swap_of_neighbours_is_one_edit() {
        let words = ["poire", "cartel", "cartels", "carpet", "napolitano"];
        assert_eq!(matches(&words, "piore", 1), vec!["poire"]);
        assert_eq!(matches(&words, "cratel", 1), vec!["cartel"]);
        assert_eq!(matches(&words, "napoiltano", 1), vec!["napolitano"]);
        // Two swaps are two edits.
        assert_eq!(matches(&words, "crateslx", 1), Vec::<String>::new());
        assert_eq!(matches(&["cartels"], "acrtesl", 2), vec!["cartels"]);
    }

    #[test]
    fn swaps_match_a_plain_distance_on_random_words() {
        // Optimal string alignment distance, by the textbook table.
        fn osa(a: &[char], b: &[char]) -> usize {
            let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
            for (i, row) in d.iter_mut().enumerate() {
                row[0] = i;
            }
            d[0] = (0..=b.len()).collect();
            for i in 1..=a.len() {
                for j in 1..=b.len() {
                    let cost = usize::from(a[i - 1] != b[j - 1]);
                    d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                    }
                }
            }
            d[a.len()][b.len()]
        }
        // A small deterministic generator over a four-letter alphabet, so swaps are common.
        let mut state = 0x2545_f491_u32;
        let mut word = |len: usize| -> String {
            (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    ['a', 'b', 'c', 'é'][(state % 4) as usize]
                })
                .collect()
        };
        let dictionary: Vec<String> = (0..300).map(|i| word(3 + i % 5)).collect();
        let refs: Vec<&str> = dictionary.iter().map(String::as_str).collect();
        let mut unique = refs.clone();
        unique.sort_unstable();
        unique.dedup();
        for q in 0..40 {
            let query = word(3 + q % 5);
            for max in 1..=2u8 {
                let expected: Vec<String> = unique
                    .iter()
                    .filter(|w| {
                        osa(&query.chars().collect::<Vec<_>>(), &w.chars().collect::<Vec<_>>()) <= usize::from(max)
                    })
                    .map(|w| w.to_string())
                    .collect();
                assert_eq!(matches(&unique, &query, max), expected, "{query} within {max}");
            }
        }
    }

    #[test]
    fn edit_budget_grows_with_length() {
        assert_eq!(allowed_edits("drug"), 0);
        assert_eq!(allowed_edits("cartel"), 1);
        assert_eq!(allowed_edits("napolitano"), 2);
    }
}
