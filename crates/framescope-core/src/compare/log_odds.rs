//! Distinctive words: weighted log-odds ratios with an informative Dirichlet prior
//! (Monroe, Colaresi and Quinn 2008, "Fightin' Words", §3.5), each column against the
//! other compared columns.
//!
//! For word w, column i (y_wi of its n_i words) and the rest j, with prior pseudo-counts
//! α_w (α_0 in all):
//!
//! δ_w = log((y_wi + α_w) / (n_i + α_0 − y_wi − α_w)) − log((y_wj + α_w) / (n_j + α_0 − y_wj − α_w))
//! σ²(δ_w) ≈ 1/(y_wi + α_w) + 1/(y_wj + α_w),  z_w = δ_w / σ(δ_w).
//!
//! The prior is informative: α_w = α_0 · (the word's share of the whole corpus), so rare
//! words are pulled toward the corpus's own usage and a word seen twice cannot top the list.
//! Counts are body words from the search index, so counting and highlighting use the one
//! tokenizer.

use crate::order::{float_key, order_by};
use crate::search::SearchIndex;
use crate::text::is_stop_word;
use fst::{Map, Streamer};

/// Total prior pseudo-count α_0: the prior weighs as much as 1,000 words spread like the
/// corpus. Large enough to damp words seen once or twice, small beside any real column.
pub const PRIOR_WORDS: f64 = 1000.0;
/// A word is listed for a column only when the column uses it at least this often.
pub const MIN_COUNT: u32 = 3;
/// |z| below this could well be chance (two-sided 5%).
pub const Z_SIGNIFICANT: f64 = 1.96;

/// Below this many words a column's counts are too small to mean much.
pub const MIN_WORDS: u64 = 1500;
/// Words listed per column.
pub const TOP: usize = 15;

/// δ and z of one word, from the counts in the formula above.
pub fn log_odds(y_i: f64, n_i: f64, y_j: f64, n_j: f64, alpha_w: f64, alpha_0: f64) -> (f64, f64) {
    let odds = |y: f64, n: f64| ((y + alpha_w) / (n + alpha_0 - y - alpha_w)).ln();
    let delta = odds(y_i, n_i) - odds(y_j, n_j);
    let variance = 1.0 / (y_i + alpha_w) + 1.0 / (y_j + alpha_w);
    (delta, delta / variance.sqrt())
}

/// A word that sets a column apart.
#[derive(Debug, Clone, PartialEq)]
pub struct DistinctiveWord {
    /// The word as counted (folded: lower case, no accents).
    pub word: String,
    /// Times the column uses it.
    pub count: u32,
    /// Times the other compared columns use it.
    pub other_count: u32,
    /// The log-odds ratio δ.
    pub delta: f64,
    /// δ over its standard deviation.
    pub z: f64,
}

/// One column's distinctive words.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnWords {
    /// Body words in the column.
    pub words: u64,
    /// Body words in the other compared columns.
    pub other_words: u64,
    /// The most distinctive words, highest z first (only z > 0, count ≥ [`MIN_COUNT`]).
    pub top: Vec<DistinctiveWord>,
}

impl ColumnWords {
    /// A plain warning when the counts are too small to mean much.
    pub fn warning(&self) -> Option<String> {
        if self.words < MIN_WORDS || self.other_words < MIN_WORDS {
            Some(format!(
                "Small counts: {} words here against {} in the other columns. With fewer than {MIN_WORDS} words on \
                 a side, these words are hints, not findings.",
                self.words, self.other_words
            ))
        } else if self.top.iter().all(|w| w.z < Z_SIGNIFICANT) {
            // (The threshold is written out: formatting an f64 would pull the float printer
            // into the browser build, about 5 kB gzipped.)
            Some("No word reaches z = 1.96: the differences here could be chance.".to_string())
        } else {
            None
        }
    }
}

/// Each column's distinctive words against the union of the other columns (`columns`:
/// the document indices counted in each). Stop words and numbers are counted but not listed.
pub fn distinctive_words(index: &SearchIndex, columns: &[Vec<u32>]) -> Vec<ColumnWords> {
    let k = columns.len();
    let mut column_of = vec![usize::MAX; index.doc_count()];
    for (c, docs) in columns.iter().enumerate() {
        for &d in docs {
            if let Some(slot) = column_of.get_mut(d as usize) {
                *slot = c;
            }
        }
    }
    let word_count = index.posting_starts.len().saturating_sub(1);
    let mut counts = vec![0u32; word_count * k];
    let mut background = vec![0u32; word_count];
    for w in 0..word_count {
        index.for_each_doc(w as u32, |e| {
            background[w] += e.body_tf;
            if let Some(&c) = column_of.get(e.doc as usize).filter(|&&c| c != usize::MAX) {
                counts[w * k + c] += e.body_tf;
            }
        });
    }
    let background_total: f64 = background.iter().map(|&c| c as f64).sum::<f64>().max(1.0);
    let totals: Vec<u64> = (0..k).map(|c| (0..word_count).map(|w| counts[w * k + c] as u64).sum()).collect();
    let all: u64 = totals.iter().sum();
    let listable = listable_words(index, word_count);
    (0..k)
        .map(|c| {
            let (n_i, n_j) = (totals[c], all - totals[c]);
            let mut top: Vec<DistinctiveWord> = Vec::new();
            for (w, key) in listable.iter().enumerate() {
                let Some(key) = key else { continue };
                let y_i = counts[w * k + c];
                if y_i < MIN_COUNT {
                    continue;
                }
                let y_j: u32 = (0..k).filter(|&o| o != c).map(|o| counts[w * k + o]).sum();
                let alpha_w = PRIOR_WORDS * background[w] as f64 / background_total;
                let (delta, z) = log_odds(y_i as f64, n_i as f64, y_j as f64, n_j as f64, alpha_w, PRIOR_WORDS);
                if z > 0.0 {
                    top.push(DistinctiveWord { word: key.clone(), count: y_i, other_count: y_j, delta, z });
                }
            }
            // Highest z first; equals in dictionary (alphabetical) order, as listed.
            order_by(&mut top, |w| (-float_key(w.z), 0));
            top.truncate(TOP);
            ColumnWords { words: n_i, other_words: n_j, top }
        })
        .collect()
}

/// The key of each word id, or `None` for words not worth listing (stop words, numbers).
fn listable_words(index: &SearchIndex, word_count: usize) -> Vec<Option<String>> {
    let mut keys = vec![None; word_count];
    let Ok(map) = Map::new(&index.words[..]) else { return keys };
    let mut stream = map.stream();
    while let Some((key, id)) = stream.next() {
        let Ok(key) = std::str::from_utf8(key) else { continue };
        if is_stop_word(key) || key.chars().any(|c| c.is_ascii_digit()) || key.chars().count() < 2 {
            continue;
        }
        if let Some(slot) = keys.get_mut(id as usize) {
            *slot = Some(key.to_string());
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_warning_states_the_threshold() {
        assert_eq!(format!("{}", super::Z_SIGNIFICANT), "1.96", "the warning in ColumnWords::warning spells it out");
    }

    use super::*;

    #[test]
    fn a_log_odds_value_computed_by_hand() {
        // Column i: 10 of 100 words; rest j: 5 of 200; α_w = 1, α_0 = 10.
        // δ = ln(11 / 99) − ln(6 / 204) = ln(0.11111) − ln(0.029412) = −2.197225 + 3.526361 = 1.329136
        // σ² = 1/11 + 1/6 = 0.257576, σ = 0.507520, z = 2.618883
        let (delta, z) = log_odds(10.0, 100.0, 5.0, 200.0, 1.0, 10.0);
        assert!((delta - 1.329136).abs() < 1e-5, "{delta}");
        assert!((z - 2.618883).abs() < 1e-5, "{z}");
    }

    #[test]
    fn equal_rates_give_zero_and_the_sign_follows_the_column() {
        let (delta, z) = log_odds(10.0, 100.0, 20.0, 200.0, 0.0, 0.0);
        assert!(delta.abs() < 1e-12 && z.abs() < 1e-12);
        let (_, z_more) = log_odds(20.0, 100.0, 10.0, 200.0, 1.0, 10.0);
        let (_, z_less) = log_odds(2.0, 100.0, 40.0, 200.0, 1.0, 10.0);
        assert!(z_more > 0.0 && z_less < 0.0);
    }

    #[test]
    fn the_prior_damps_rare_words() {
        // Same counts (3 in 100 vs 0 in 100); a stronger prior shrinks the log-odds ratio
        // (by hand: 3.4617 with α_w = 0.1, α_0 = 10; 1.4015 with α_w = 1, α_0 = 100).
        let (weak, _) = log_odds(3.0, 100.0, 0.0, 100.0, 0.1, 10.0);
        let (strong, _) = log_odds(3.0, 100.0, 0.0, 100.0, 1.0, 100.0);
        assert!((weak - 3.4617).abs() < 1e-3 && (strong - 1.4015).abs() < 1e-3, "{weak} {strong}");
        assert!(strong < weak, "{strong} {weak}");
    }
}
