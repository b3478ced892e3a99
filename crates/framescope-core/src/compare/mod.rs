//! The comparison of two or more columns of articles (single articles or whole outlets):
//! frame profiles, tone, entities, shared and unique facts, voices and distinctive words.
//!
//! Everything here aggregates what the engine computed at build time
//! ([`crate::framing`], entities, quotes, the search index); it runs in the browser and in
//! the command line alike, and every figure keeps the sentences it was counted from.

pub mod facts;
pub mod log_odds;
pub mod voices;

use crate::framing::{Frame, Framing};
use crate::order::{float_key, order_by};
use crate::{Corpus, EntityKind};

/// Most columns a comparison opens with; more would not fit side by side.
pub const MAX_DEFAULT_COLUMNS: usize = 8;

/// What a column of the comparison holds, as a link names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SideSpec {
    /// One article, by id.
    Article(String),
    /// Every article of an outlet, by the outlet's name.
    Outlet(String),
}

/// A column, resolved against the corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// What the link asked for.
    pub spec: SideSpec,
    /// The column's heading.
    pub label: String,
    /// Every article in the column, in corpus order.
    pub docs: Vec<u32>,
    /// The articles counted: `docs` without copies of an article counted elsewhere.
    pub counted: Vec<u32>,
}

/// An article left out of the counts because it copies another one in the comparison.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CopyLeftOut {
    /// The copy.
    pub copy: u32,
    /// The article it copies, which is counted.
    pub original: u32,
    /// Share of the shorter text's word 5-grams the two share.
    pub containment: f32,
}

/// Columns resolved and de-duplicated.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The columns, in the order asked.
    pub sides: Vec<Side>,
    /// Copies left out of the counts, so one story is not counted as two voices.
    pub copies: Vec<CopyLeftOut>,
}

impl Comparison {
    /// For each document of the corpus, the column that counts it, if any.
    pub fn column_of_doc(&self, doc_count: usize) -> Vec<Option<usize>> {
        let mut out = vec![None; doc_count];
        for (c, side) in self.sides.iter().enumerate() {
            for &d in &side.counted {
                if let Some(slot) = out.get_mut(d as usize) {
                    slot.get_or_insert(c);
                }
            }
        }
        out
    }
}

/// Why a column could not be resolved; names the bad part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SideError {
    /// No article has this id.
    UnknownArticle(String),
    /// No article comes from this outlet.
    UnknownOutlet(String),
}

impl std::fmt::Display for SideError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SideError::UnknownArticle(id) => write!(f, "no article has the id “{id}”"),
            SideError::UnknownOutlet(name) => write!(f, "no article comes from the outlet “{name}”"),
        }
    }
}

impl Corpus {
    /// Every possible default column: one per outlet, and one per article whose outlet is
    /// unknown, in corpus order, with its number of articles.
    pub fn all_default_sides(&self) -> Vec<(SideSpec, usize)> {
        let mut specs: Vec<(SideSpec, usize)> = Vec::new();
        let mut outlet_index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for doc in &self.documents {
            match &doc.outlet.value {
                Some(outlet) => match outlet_index.get(outlet.as_str()) {
                    Some(&i) => specs[i].1 += 1,
                    None => {
                        outlet_index.insert(outlet, specs.len());
                        specs.push((SideSpec::Outlet(outlet.clone()), 1));
                    }
                },
                None => specs.push((SideSpec::Article(doc.id.clone()), 1)),
            }
        }
        specs
    }

    /// The default comparison: the columns of [`Corpus::all_default_sides`], or when there
    /// are more than [`MAX_DEFAULT_COLUMNS`], the ones with the most articles (ties: corpus
    /// order), kept in corpus order.
    pub fn default_sides(&self) -> Vec<SideSpec> {
        let all = self.all_default_sides();
        let mut chosen: Vec<usize> = (0..all.len()).collect();
        if all.len() > MAX_DEFAULT_COLUMNS {
            order_by(&mut chosen, |&i| (-(all[i].1 as i64), 0));
            chosen.truncate(MAX_DEFAULT_COLUMNS);
            chosen.sort_unstable();
        }
        chosen.into_iter().map(|i| all[i].0.clone()).collect()
    }

    /// Resolves columns against the corpus and leaves out copies: when two articles in the
    /// comparison are near-duplicates, the one that credits another publisher (a repost),
    /// or else the later one in the corpus, is not counted.
    pub fn compare(&self, specs: &[SideSpec]) -> Result<Comparison, SideError> {
        let mut sides = Vec::with_capacity(specs.len());
        for spec in specs {
            let (label, docs) = match spec {
                SideSpec::Article(id) => {
                    let d = self.documents.iter().position(|d| &d.id == id);
                    let d = d.ok_or_else(|| SideError::UnknownArticle(id.clone()))?;
                    (self.documents[d].display_title().to_string(), vec![d as u32])
                }
                SideSpec::Outlet(name) => {
                    let docs: Vec<u32> = (0..self.documents.len() as u32)
                        .filter(|&d| self.documents[d as usize].outlet.value.as_deref() == Some(name.as_str()))
                        .collect();
                    if docs.is_empty() {
                        return Err(SideError::UnknownOutlet(name.clone()));
                    }
                    (name.clone(), docs)
                }
            };
            sides.push(Side { spec: spec.clone(), label, counted: docs.clone(), docs });
        }
        let mut present = vec![false; self.documents.len()];
        for &d in sides.iter().flat_map(|s| &s.docs) {
            present[d as usize] = true;
        }
        let in_comparison = |d: u32| present.get(d as usize).copied().unwrap_or(false);
        let mut copies: Vec<CopyLeftOut> = Vec::new();
        for pair in &self.framing.near_duplicates {
            if !in_comparison(pair.a) || !in_comparison(pair.b) {
                continue;
            }
            let is_repost = |d: u32| {
                let doc = &self.documents[d as usize];
                doc.publisher.value.is_some() && doc.publisher.value != doc.outlet.value
            };
            let (copy, original) =
                if is_repost(pair.a) && !is_repost(pair.b) { (pair.a, pair.b) } else { (pair.b, pair.a) };
            if copies.iter().any(|c| c.copy == original) || copies.iter().any(|c| c.copy == copy) {
                continue;
            }
            copies.push(CopyLeftOut { copy, original, containment: pair.containment });
        }
        let mut copied = vec![false; self.documents.len()];
        for c in &copies {
            copied[c.copy as usize] = true;
        }
        for side in &mut sides {
            side.counted.retain(|&d| !copied[d as usize]);
        }
        Ok(Comparison { sides, copies })
    }

    /// Sentence indices of the given documents' bodies, in order.
    pub fn sentences_of(&self, docs: &[u32]) -> Vec<u32> {
        // Sentences are in document order: two binary searches per document.
        let all = &self.framing.sentences;
        docs.iter()
            .flat_map(|&d| {
                let (a, b) = (all.partition_point(|s| s.doc < d), all.partition_point(|s| s.doc <= d));
                a as u32..b as u32
            })
            .collect()
    }

    /// The body sentence holding byte `offset` of a block, if any.
    pub fn sentence_at(&self, doc: u32, block: u32, offset: u32) -> Option<u32> {
        let all = &self.framing.sentences;
        let after = all.partition_point(|s| (s.doc, s.block, s.start) <= (doc, block, offset));
        let i = after.checked_sub(1)?;
        let s = &all[i];
        (s.doc == doc && s.block == block && offset < s.end).then_some(i as u32)
    }

    /// The text of a sentence.
    pub fn sentence_text(&self, sentence: u32) -> &str {
        let s = &self.framing.sentences[sentence as usize];
        let block = &self.documents[s.doc as usize].blocks[s.block as usize];
        block.text.get(s.start as usize..s.end as usize).unwrap_or("")
    }
}

/// One frame's share of a column's sentences, with the sentences it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameShare {
    /// The frame.
    pub frame: Frame,
    /// Sentences with at least one of its cues (for Other: with no cue at all).
    pub sentences: Vec<u32>,
    /// `sentences.len()` over the column's sentence count; 0 when it has none.
    pub share: f32,
}

/// Share of sentences in each of the 15 frames, in codebook order. A sentence can be in
/// several frames, so shares need not sum to 1.
pub fn frame_profile(framing: &Framing, sentences: &[u32]) -> Vec<FrameShare> {
    let mut by_frame: Vec<Vec<u32>> = vec![Vec::new(); Frame::ALL.len()];
    for &s in sentences {
        let frames = framing.frames_of(s);
        if frames.is_empty() {
            by_frame[Frame::Other as usize].push(s);
        }
        for (frame, _) in frames {
            by_frame[frame as usize].push(s);
        }
    }
    let total = sentences.len();
    Frame::ALL
        .into_iter()
        .zip(by_frame)
        .map(|(frame, sentences)| FrameShare {
            frame,
            share: if total == 0 { 0.0 } else { sentences.len() as f32 / total as f32 },
            sentences,
        })
        .collect()
}

/// A column's tone.
#[derive(Debug, Clone, PartialEq)]
pub struct ToneSummary {
    /// Mean compound score of its sentences, −1 to 1 (0 with no sentence).
    pub mean: f32,
    /// Sentences scored positive (compound ≥ 0.05, VADER's threshold).
    pub positive: Vec<u32>,
    /// Sentences scored negative (compound ≤ −0.05).
    pub negative: Vec<u32>,
    /// Number of sentences.
    pub sentences: usize,
    /// The sentences that weigh most, strongest first: up to three each way.
    pub drivers: Vec<u32>,
}

/// VADER's conventional threshold for calling a sentence positive or negative.
pub const TONE_THRESHOLD: f32 = 0.05;

/// The tone of a set of sentences.
pub fn tone_summary(framing: &Framing, sentences: &[u32]) -> ToneSummary {
    let score = |s: u32| framing.tone.get(s as usize).map_or(0.0, |t| t.compound);
    let positive: Vec<u32> = sentences.iter().copied().filter(|&s| score(s) >= TONE_THRESHOLD).collect();
    let negative: Vec<u32> = sentences.iter().copied().filter(|&s| score(s) <= -TONE_THRESHOLD).collect();
    let mean = if sentences.is_empty() {
        0.0
    } else {
        sentences.iter().map(|&s| score(s)).sum::<f32>() / sentences.len() as f32
    };
    let strongest = |list: &[u32], descending: bool| {
        let mut list = list.to_vec();
        let sign = if descending { -1 } else { 1 };
        order_by(&mut list, |&s| (sign * float_key(score(s) as f64), 0));
        list.truncate(3);
        list
    };
    let mut drivers = strongest(&positive, true);
    drivers.extend(strongest(&negative, false));
    ToneSummary { mean, sentences: sentences.len(), positive, negative, drivers }
}

/// Where one entity is mentioned across the columns.
#[derive(Debug, Clone, PartialEq)]
pub struct EntitySpread {
    /// Index of the entity in the corpus.
    pub entity: u32,
    /// Its kind.
    pub kind: EntityKind,
    /// Mentions in each column's counted articles, parallel to the columns.
    pub mentions: Vec<u32>,
}

impl EntitySpread {
    /// Number of columns that mention it.
    pub fn sides(&self) -> usize {
        self.mentions.iter().filter(|&&m| m > 0).count()
    }
}

/// Every entity mentioned in the bodies of the compared articles, with its mentions per
/// column: most columns first, then most mentions.
pub fn entity_spread(corpus: &Corpus, comparison: &Comparison) -> Vec<EntitySpread> {
    let mut out = Vec::new();
    let column_of = comparison.column_of_doc(corpus.documents.len());
    for (i, entity) in corpus.entities.iter().enumerate() {
        let mut mentions = vec![0u32; comparison.sides.len()];
        for m in &entity.mentions {
            let Some(c) = column_of.get(m.doc as usize).copied().flatten() else { continue };
            let doc = &corpus.documents[m.doc as usize];
            if doc.blocks.get(m.block as usize).is_some_and(|b| b.role.is_article_text()) {
                mentions[c] += 1;
            }
        }
        if mentions.iter().any(|&m| m > 0) {
            out.push(EntitySpread { entity: i as u32, kind: entity.kind, mentions });
        }
    }
    order_by(&mut out, |e| (-(e.sides() as i64), -(e.mentions.iter().sum::<u32>() as i64)));
    out
}

/// Every panel of a comparison, computed once.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The columns and the copies left out.
    pub comparison: Comparison,
    /// Frame profile of each column.
    pub frames: Vec<Vec<FrameShare>>,
    /// Frame profile of each counted article, in column then corpus order.
    pub article_frames: Vec<(u32, Vec<FrameShare>)>,
    /// Tone of each column.
    pub tone: Vec<ToneSummary>,
    /// Tone of each counted article.
    pub article_tone: Vec<(u32, ToneSummary)>,
    /// Who speaks in each column.
    pub voices: Vec<voices::Voices>,
    /// Each column's distinctive words against the other columns.
    pub words: Vec<log_odds::ColumnWords>,
    /// Shared and unique facts.
    pub facts: facts::Facts,
    /// Entities and where they are mentioned.
    pub entities: Vec<EntitySpread>,
}

impl Corpus {
    /// The whole comparison of these columns.
    pub fn report(&self, specs: &[SideSpec]) -> Result<Report, SideError> {
        let comparison = self.compare(specs)?;
        let column_sentences: Vec<Vec<u32>> = comparison.sides.iter().map(|s| self.sentences_of(&s.counted)).collect();
        let articles: Vec<u32> = comparison.sides.iter().flat_map(|s| s.counted.iter().copied()).collect();
        let columns: Vec<Vec<u32>> = comparison.sides.iter().map(|s| s.counted.clone()).collect();
        Ok(Report {
            frames: column_sentences.iter().map(|s| frame_profile(&self.framing, s)).collect(),
            article_frames: articles
                .iter()
                .map(|&d| (d, frame_profile(&self.framing, &self.sentences_of(&[d]))))
                .collect(),
            tone: column_sentences.iter().map(|s| tone_summary(&self.framing, s)).collect(),
            article_tone: articles
                .iter()
                .map(|&d| (d, tone_summary(&self.framing, &self.sentences_of(&[d]))))
                .collect(),
            voices: columns.iter().map(|docs| voices::voices(self, docs)).collect(),
            words: log_odds::distinctive_words(&self.search, &columns),
            facts: facts::facts(self, &comparison),
            entities: entity_spread(self, &comparison),
            comparison,
        })
    }
}

#[cfg(test)]
pub(crate) mod tests;
