//! Shared and unique facts: the engine's sentence alignments between the compared
//! columns, and the sentences of each column that no other column reports.

use super::Comparison;
use crate::order::{float_key, order_by};
use crate::Corpus;

/// Facts shared between columns and facts only one column reports.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Facts {
    /// Indices into [`crate::framing::Framing::alignments`] whose two sentences are in
    /// different columns, best score first.
    pub shared: Vec<u32>,
    /// Per column: its sentences that pair with no sentence of another column.
    pub unique: Vec<Vec<u32>>,
}

/// The shared and unique facts of a comparison.
pub fn facts(corpus: &Corpus, comparison: &Comparison) -> Facts {
    let framing = &corpus.framing;
    let columns = comparison.column_of_doc(corpus.documents.len());
    let column_of =
        |s: u32| framing.sentences.get(s as usize).and_then(|s| columns.get(s.doc as usize).copied().flatten());
    let mut shared: Vec<u32> = Vec::new();
    let mut paired: Vec<u32> = Vec::new();
    for (i, a) in framing.alignments.iter().enumerate() {
        match (column_of(a.a), column_of(a.b)) {
            (Some(x), Some(y)) if x != y => {
                shared.push(i as u32);
                paired.push(a.a);
                paired.push(a.b);
            }
            _ => {}
        }
    }
    order_by(&mut shared, |&i| (-float_key(framing.alignments[i as usize].score as f64), 0));
    paired.sort_unstable();
    paired.dedup();
    let unique = comparison
        .sides
        .iter()
        .map(|side| {
            corpus.sentences_of(&side.counted).into_iter().filter(|s| paired.binary_search(s).is_err()).collect()
        })
        .collect();
    Facts { shared, unique }
}
