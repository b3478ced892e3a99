//! Which entities to show first: those in more articles, then those mentioned more.

use framescope_core::{Corpus, EntityKind};

/// An entity and how present it is in a set of articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Salience {
    /// Index in the corpus's entities.
    pub entity: usize,
    /// Articles of the set that mention it.
    pub articles: usize,
    /// Its mentions in those articles.
    pub mentions: usize,
}

/// The entities of a kind mentioned in `docs` (all articles when `None`), most salient first.
pub fn salient(corpus: &Corpus, kind: EntityKind, docs: Option<&[usize]>) -> Vec<Salience> {
    // A mask, not a search of the list: result sets can hold thousands of articles.
    let mask: Option<Vec<bool>> = docs.map(|set| {
        let mut m = vec![false; corpus.documents.len()];
        for &d in set {
            if let Some(x) = m.get_mut(d) {
                *x = true;
            }
        }
        m
    });
    let in_set = |d: u32| mask.as_ref().is_none_or(|m| m.get(d as usize).copied().unwrap_or(false));
    let mut out: Vec<Salience> = corpus
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == kind)
        .filter_map(|(i, e)| {
            let mentions = e.mentions.iter().filter(|m| in_set(m.doc)).count();
            let articles = e.documents().into_iter().filter(|&d| in_set(d)).count();
            (mentions > 0).then_some(Salience { entity: i, articles, mentions })
        })
        .collect();
    out.sort_by(|a, b| {
        b.articles
            .cmp(&a.articles)
            .then(b.mentions.cmp(&a.mentions))
            .then_with(|| corpus.entities[a.entity].name.cmp(&corpus.entities[b.entity].name))
    });
    out
}

/// The entities that share articles with `entity`, with the number shared, most first.
pub fn appears_with(corpus: &Corpus, entity: usize) -> Vec<(usize, usize)> {
    let docs = corpus.entities[entity].documents();
    let mut out: Vec<(usize, usize)> = corpus
        .entities
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != entity)
        .filter_map(|(i, e)| {
            let shared = e.documents().iter().filter(|d| docs.contains(d)).count();
            (shared > 0).then_some((i, shared))
        })
        .collect();
    out.sort_by(|a, b| {
        b.1.cmp(&a.1).then_with(|| corpus.entities[b.0].mentions.len().cmp(&corpus.entities[a.0].mentions.len()))
    });
    out
}
