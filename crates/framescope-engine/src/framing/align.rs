//! Sentence alignment: which sentences of two articles report the same fact.
//!
//! Every sentence is read with the app's one tokenizer ([`framescope_core::text`]), so the
//! words listed in [`Alignment::shared_terms`] are exactly words the app can highlight.
//! A word's folded key decides what it is: a key with a digit is a *number* ("10,000" and
//! "10000" both fold to `10000`), a stop word is ignored, anything else is a *content
//! word* and counts by its Snowball stem ("Peña's" = "Pena", "cooperation" = "cooperating").
//! Number words ("twelve") are content words like any other, not numbers.
//!
//! # Score
//!
//! Three kinds of evidence, combined into one score in [0, 1]:
//!
//! - **Cosine** of TF-IDF vectors over the stems of content words. TF is the raw count in
//!   the sentence; IDF is smoothed over all sentences of the input,
//!   `idf = ln((1 + n) / (1 + df)) + 1` (`n` sentences, `df` of them with the stem), so a
//!   stem in every sentence still weighs 1 and a rare name or verb weighs up to `ln n + 1`.
//!   Two sentences about the same fact share its rare words (names, places, the verb of
//!   the event), while sentences that only share the story's topic share common ones.
//! - **Numbers**: the Jaccard overlap of the numbers of the two sentences. A figure (a toll,
//!   a sum, a vote count, a date) survives any paraphrase, so one shared figure is strong
//!   evidence; different figures are mild evidence of a different fact.
//! - **Entities**: the Jaccard overlap of the entity ids mentioned. Weak evidence: the
//!   people of a story recur in most of its sentences, and their names are already words of
//!   the cosine; it mostly helps when one article says "Peña Nieto" and the other "the
//!   president", which the entity stage resolves to the same id.
//!
//! `score = 0.7 · cosine + 0.2 · numbers + 0.1 · entities`, where a kind of evidence that
//! one of the two sentences lacks (no number, no entity) is replaced by the cosine: its
//! absence then neither raises nor lowers the score, and two identical sentences score 1
//! whether or not they hold a figure. The cosine keeps most of the weight because it is
//! the only evidence that looks at the whole sentence.
//!
//! A pair is kept when its score is at least [`THRESHOLD`] = 0.35. The hand case is one
//! flood told by three outlets in 22 sentences (the test `one_story_by_three_outlets`):
//! every pair of sentences reporting the same fact in other words scores 0.37 to 0.67
//! (they share the event's names and one or two of its words, rarely its syntax), except
//! two at 0.20 and 0.27 that share almost no word ("Twelve people have died" against "12
//! people were killed"); every pair about different facts of the story scores 0.32 or
//! less, most under 0.2 (they share the governor's name, "said", the river). 0.35 sits in
//! that gap, and prefers missing a loose paraphrase to showing a wrong pair as "the same
//! fact". IDF needs a corpus to tell a story's names from a fact's words: in an input of
//! four sentences, two that open with the same three-word name and "said" can pass.
//! The test fails if the method drifts.
//!
//! # One-to-one
//!
//! Within each pair of documents, a sentence is aligned with at most one sentence of the
//! other document: candidate pairs are taken greedily in descending score (ties by
//! sentence index, so the result is deterministic) and a pair is accepted only when
//! neither sentence is already paired with that other document. Greedy is not the optimal
//! assignment, but the best pair of a sentence is nearly always its right one, and it is
//! simple to explain in the app.
//!
//! # What is left out, and why
//!
//! - Sentences with fewer than [`MIN_CONTENT_WORDS`] = 4 content words ("He declined.",
//!   "Read more.", "By Ana Peña", "Police said 12 died.") never align. A cosine over two
//!   or three words swings between 0 and 1 on a single shared word, so such a sentence
//!   would pair with any sentence that names the same person; and short lines in bodies are
//!   mostly datelines, bylines and captions, not facts.
//! - Sentences of the same document never align: the view compares articles.
//!
//! # Scale
//!
//! Never all pairs. Candidates come from an inverted index from stems to the (long enough)
//! sentences that use them: a sentence is compared only with later sentences of other
//! documents that share at least one indexed stem, then scored exactly with all its stems,
//! numbers and entities. Stems used by more than [`MAX_STEM_SENTENCES`] = 200 sentences
//! are not indexed (they still count in the cosine): a stem that common is the story's
//! topic or a verb like "said", which proposes pairs that then fail the threshold, and
//! skipping it bounds the work to at most 200 candidates per indexed word of a sentence.
//! 200 is well above the number of outlets that report one fact in a corpus, so a fact's
//! rare words stay indexed. The cost of the cap: two sentences that share only stems used
//! by more than 200 sentences are never compared; such a pair would be two sentences made
//! only of the story's commonest words, which the cosine would rate low anyway.

use framescope_core::framing::Alignment;
use framescope_core::text::{fold, is_stop_word, stem, words, Word};
use std::collections::{HashMap, HashSet};

/// One body sentence as the aligner sees it. Index in the slice = sentence id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlignInput<'a> {
    /// The document the sentence is in. Documents are expected in corpus order: the
    /// sentence of the lower document number becomes [`Alignment::a`].
    pub doc: u32,
    /// The sentence as written.
    pub text: &'a str,
    /// Ids of the entities mentioned in the sentence, sorted and unique.
    pub entities: Vec<u32>,
}

/// Fewest content words (non-stop words without digits) a sentence needs to be aligned.
pub const MIN_CONTENT_WORDS: usize = 4;

/// Stems used by more sentences than this are not used to propose candidate pairs.
pub const MAX_STEM_SENTENCES: usize = 200;

/// Lowest score of a kept pair.
pub const THRESHOLD: f64 = 0.35;

/// Weight of the TF-IDF cosine in the score.
const COSINE_WEIGHT: f64 = 0.7;
/// Weight of the numbers' overlap.
const NUMBER_WEIGHT: f64 = 0.2;
/// Weight of the entities' overlap.
const ENTITY_WEIGHT: f64 = 0.1;

/// Pairs of sentences in different documents that report the same fact.
///
/// Sorted by `(a, b)`; `a` is the sentence of the earlier document, so with sentences in
/// document order (as [`framescope_core::framing::Framing::sentences`] are) `a < b`. Each
/// sentence pairs with at most one sentence of any one other document.
pub fn align_sentences(sentences: &[AlignInput<'_>]) -> Vec<Alignment> {
    let mut vocabulary = Vocabulary::default();
    let features = features(sentences, &mut vocabulary);
    let candidates = candidate_pairs(sentences, &features);
    let accepted = one_to_one(candidates);
    let mut out = Vec::with_capacity(accepted.len());
    // Pairs come sorted by `a`, so each sentence `a` is tokenized once for all its pairs.
    let mut current: Option<(u32, Vec<(Word<'_>, Term)>)> = None;
    for pair in accepted {
        let terms = match &mut current {
            Some((a, terms)) if *a == pair.a => terms,
            slot => &mut slot.insert((pair.a, vocabulary.terms(sentences[pair.a as usize].text))).1,
        };
        let shared_terms = shared_terms(terms, &features[pair.b as usize]);
        out.push(Alignment { a: pair.a, b: pair.b, score: pair.score as f32, shared_terms });
    }
    out
}

/// What a word of a sentence counts as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Term {
    /// A content word, by the id of its stem.
    Stem(u32),
    /// A number, by the id of its folded key.
    Number(u32),
}

/// Ids for the stems and numbers of the input.
#[derive(Debug, Default)]
struct Vocabulary {
    stems: HashMap<String, u32>,
    numbers: HashMap<String, u32>,
}

impl Vocabulary {
    /// The content words and numbers of `text`, in text order; stop words are left out.
    fn terms<'t>(&mut self, text: &'t str) -> Vec<(Word<'t>, Term)> {
        let mut out = Vec::new();
        for word in words(text) {
            let key = fold(word.text);
            if key.is_empty() {
                continue;
            }
            let term = if key.chars().any(char::is_numeric) {
                Term::Number(intern(&mut self.numbers, key))
            } else if is_stop_word(&key) {
                continue;
            } else {
                Term::Stem(intern(&mut self.stems, stem(&key)))
            };
            out.push((word, term));
        }
        out
    }
}

/// The id of `key`, given the next free id when it is new.
fn intern(ids: &mut HashMap<String, u32>, key: String) -> u32 {
    let next = ids.len() as u32;
    *ids.entry(key).or_insert(next)
}

/// What the score needs to know about one sentence.
#[derive(Debug, Clone, Default)]
struct Features {
    /// TF-IDF weights by stem id, sorted by id, of unit length (empty for no content word).
    vector: Vec<(u32, f64)>,
    /// Number ids, sorted and unique.
    numbers: Vec<u32>,
    /// Entity ids, sorted and unique.
    entities: Vec<u32>,
    /// Whether the sentence has enough content words to be aligned.
    eligible: bool,
}

/// The features of every sentence, with IDF over all of them.
fn features(sentences: &[AlignInput<'_>], vocabulary: &mut Vocabulary) -> Vec<Features> {
    // First pass: stem counts (sorted by id) and numbers; document frequencies.
    let mut counts: Vec<Vec<(u32, u32)>> = Vec::with_capacity(sentences.len());
    let mut out: Vec<Features> = Vec::with_capacity(sentences.len());
    let mut df: Vec<u32> = Vec::new();
    for sentence in sentences {
        let mut stems = Vec::new();
        let mut numbers = Vec::new();
        for (_, term) in vocabulary.terms(sentence.text) {
            match term {
                Term::Stem(id) => stems.push(id),
                Term::Number(id) => numbers.push(id),
            }
        }
        let eligible = stems.len() >= MIN_CONTENT_WORDS;
        stems.sort_unstable();
        let mut tf: Vec<(u32, u32)> = Vec::new();
        for id in stems {
            match tf.last_mut() {
                Some((last, n)) if *last == id => *n += 1,
                _ => tf.push((id, 1)),
            }
        }
        df.resize(vocabulary.stems.len(), 0);
        for &(id, _) in &tf {
            df[id as usize] += 1;
        }
        numbers.sort_unstable();
        numbers.dedup();
        // The caller promises sorted, unique ids; sorting a few ids again costs nothing and
        // keeps the overlap right if one day it does not.
        let mut entities = sentence.entities.clone();
        entities.sort_unstable();
        entities.dedup();
        counts.push(tf);
        out.push(Features { vector: Vec::new(), numbers, entities, eligible });
    }
    // Second pass: TF-IDF, normalized so that the cosine is a dot product.
    let n = sentences.len() as f64;
    for (features, tf) in out.iter_mut().zip(counts) {
        let mut vector: Vec<(u32, f64)> = tf
            .into_iter()
            .map(|(id, count)| {
                let idf = ((1.0 + n) / (1.0 + f64::from(df[id as usize]))).ln() + 1.0;
                (id, f64::from(count) * idf)
            })
            .collect();
        let norm = vector.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        if norm > 0.0 {
            vector.iter_mut().for_each(|(_, w)| *w /= norm);
        }
        features.vector = vector;
    }
    out
}

/// A pair of sentences in two documents, above the threshold.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    /// Document of `a`.
    doc_a: u32,
    /// Document of `b`, after `doc_a`.
    doc_b: u32,
    score: f64,
    a: u32,
    b: u32,
}

/// Every pair of sentences in different documents that shares an indexed stem and
/// scores at least [`THRESHOLD`].
fn candidate_pairs(sentences: &[AlignInput<'_>], features: &[Features]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for_each_candidate(sentences, features, |i, j, bound| {
        let (x, y) = (&features[i as usize], &features[j as usize]);
        // Most candidates share one uncommon word and little else: rule them out from the
        // cosine's upper bound, with each kind of evidence at its best, before scoring.
        let best = |p: &[u32], q: &[u32]| if p.is_empty() || q.is_empty() { bound } else { 1.0 };
        let best_score = COSINE_WEIGHT * bound
            + NUMBER_WEIGHT * best(&x.numbers, &y.numbers)
            + ENTITY_WEIGHT * best(&x.entities, &y.entities);
        if best_score < THRESHOLD {
            return;
        }
        let score = score(x, y);
        if score >= THRESHOLD {
            let (doc_i, doc_j) = (sentences[i as usize].doc, sentences[j as usize].doc);
            out.push(if doc_i < doc_j {
                Candidate { doc_a: doc_i, doc_b: doc_j, score, a: i, b: j }
            } else {
                Candidate { doc_a: doc_j, doc_b: doc_i, score, a: j, b: i }
            });
        }
    });
    out
}

/// Calls `visit(i, j, bound)` once for every pair of eligible sentences `i < j` in
/// different documents that share a stem used by at most [`MAX_STEM_SENTENCES`] eligible
/// sentences, where `bound` is at least their cosine.
fn for_each_candidate(sentences: &[AlignInput<'_>], features: &[Features], mut visit: impl FnMut(u32, u32, f64)) {
    // Inverted index: stem id → eligible sentences using it, ascending, with the stem's
    // weight in each.
    let stem_count = features.iter().flat_map(|f| f.vector.iter().map(|(id, _)| *id as usize + 1)).max().unwrap_or(0);
    let mut postings: Vec<Vec<(u32, f64)>> = vec![Vec::new(); stem_count];
    for (i, f) in features.iter().enumerate().filter(|(_, f)| f.eligible) {
        for &(id, weight) in &f.vector {
            postings[id as usize].push((i as u32, weight));
        }
    }
    let mut capped = vec![false; stem_count];
    for (list, capped) in postings.iter_mut().zip(&mut capped) {
        if list.len() > MAX_STEM_SENTENCES {
            // Too common to propose pairs (see the module doc); freeing it also saves memory.
            *list = Vec::new();
            *capped = true;
        }
    }
    // The length of the part of each vector the index does not see. By Cauchy–Schwarz,
    // the dot product of two such parts is at most the product of their lengths, so the
    // dot product over indexed stems plus that product bounds the cosine.
    let unindexed: Vec<f64> = features
        .iter()
        .map(|f| f.vector.iter().filter(|(id, _)| capped[*id as usize]).map(|(_, w)| w * w).sum::<f64>().sqrt())
        .collect();

    // `partial[j]` accumulates the dot product of `i` and `j` over indexed stems, and is
    // cleared after each `i`. `seen[j] == i + 1` when `j` is already in `partners`.
    let mut partial = vec![0.0f64; sentences.len()];
    let mut seen = vec![0u32; sentences.len()];
    let mut partners: Vec<u32> = Vec::new();
    for (i, f) in features.iter().enumerate().filter(|(_, f)| f.eligible) {
        let stamp = i as u32 + 1;
        for &(id, weight) in &f.vector {
            let list = &postings[id as usize];
            // Only later sentences, so each pair is looked at once.
            let later = list.partition_point(|&(j, _)| j as usize <= i);
            for &(j, other) in &list[later..] {
                if sentences[j as usize].doc == sentences[i].doc {
                    continue;
                }
                if seen[j as usize] != stamp {
                    seen[j as usize] = stamp;
                    partners.push(j);
                }
                partial[j as usize] += weight * other;
            }
        }
        for &j in &partners {
            // A hair of slack, as the sum's rounding differs from the exact cosine's.
            let bound = (partial[j as usize] + unindexed[i] * unindexed[j as usize] + 1e-9).min(1.0);
            visit(i as u32, j, bound);
            partial[j as usize] = 0.0;
        }
        partners.clear();
    }
}

/// The score of two sentences (see the module doc).
fn score(a: &Features, b: &Features) -> f64 {
    let cosine = cosine(&a.vector, &b.vector);
    // Evidence only one sentence could give is no evidence: fall back to the cosine.
    let overlap = |x: &[u32], y: &[u32]| if x.is_empty() || y.is_empty() { cosine } else { jaccard(x, y) };
    let score = COSINE_WEIGHT * cosine
        + NUMBER_WEIGHT * overlap(&a.numbers, &b.numbers)
        + ENTITY_WEIGHT * overlap(&a.entities, &b.entities);
    score.clamp(0.0, 1.0)
}

/// Cosine of two unit vectors sorted by id: their dot product.
fn cosine(a: &[(u32, f64)], b: &[(u32, f64)]) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    // Rounding can take the dot product of two equal unit vectors a hair above 1.
    dot.clamp(0.0, 1.0)
}

/// |x ∩ y| / |x ∪ y| of two sorted, unique id lists; 0 when both are empty.
fn jaccard(x: &[u32], y: &[u32]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = x.len() + y.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

/// The candidates kept by the greedy one-to-one matching within each pair of documents,
/// sorted by `(a, b)`.
fn one_to_one(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_unstable_by(|x, y| {
        (x.doc_a, x.doc_b).cmp(&(y.doc_a, y.doc_b)).then(y.score.total_cmp(&x.score)).then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    let mut out = Vec::new();
    let mut used: HashSet<u32> = HashSet::new();
    let mut group = None;
    for c in candidates {
        if group != Some((c.doc_a, c.doc_b)) {
            group = Some((c.doc_a, c.doc_b));
            used.clear();
        }
        // A sentence is only ever in one document, so one set serves both sides.
        if !used.contains(&c.a) && !used.contains(&c.b) {
            used.insert(c.a);
            used.insert(c.b);
            out.push(c);
        }
    }
    out.sort_unstable_by_key(|c| (c.a, c.b));
    out
}

/// The content words (one per stem) and numbers of sentence `a` that sentence `b` also
/// has, as written in `a`, in text order.
fn shared_terms(a_terms: &[(Word<'_>, Term)], b: &Features) -> Vec<String> {
    let b_stems: HashSet<u32> = b.vector.iter().map(|(id, _)| *id).collect();
    let mut emitted: HashSet<Term> = HashSet::new();
    let mut out = Vec::new();
    for &(word, term) in a_terms {
        let shared = match term {
            Term::Stem(id) => b_stems.contains(&id),
            Term::Number(id) => b.numbers.binary_search(&id).is_ok(),
        };
        if shared && emitted.insert(term) {
            out.push(word.text.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(doc: u32, text: &str) -> AlignInput<'_> {
        AlignInput { doc, text, entities: Vec::new() }
    }

    fn pairs(alignments: &[Alignment]) -> Vec<(u32, u32)> {
        alignments.iter().map(|a| (a.a, a.b)).collect()
    }

    #[test]
    fn paraphrases_in_shuffled_order_pair_up() {
        let sentences = [
            input(0, "The Senate approved the border security bill on Tuesday by a vote of 68 to 32."),
            input(0, "Governor Ana Peña called the new funding for rural hospitals a lifeline."),
            input(0, "Flooding along the Rio Grande forced thousands of families from their homes in Laredo."),
            input(1, "Thousands of Laredo families fled their homes as the Rio Grande flooded."),
            input(1, "Senators passed the border security bill 68-32 on Tuesday."),
            input(1, "Peña, the governor, said the hospital funding was a lifeline for rural towns."),
        ];
        let got = align_sentences(&sentences);
        assert_eq!(pairs(&got), [(0, 4), (1, 5), (2, 3)], "{got:#?}");
        for a in &got {
            assert!(a.score >= THRESHOLD as f32 && a.score <= 1.0, "{a:?}");
        }
        assert_eq!(got[0].shared_terms, ["Senate", "border", "security", "bill", "Tuesday", "68", "32"]);
    }

    #[test]
    fn one_sentence_pairs_once_with_each_other_document() {
        // Both sentences of document 1 resemble sentence 0; only the closer one pairs.
        let sentences = [
            input(0, "Rebels seized the northern town of Kidal after two days of fighting."),
            input(1, "Rebels seized the northern town of Kidal after fierce fighting."),
            input(1, "Rebels seized the town of Kidal, officials said."),
        ];
        let got = align_sentences(&sentences);
        assert_eq!(pairs(&got), [(0, 1)], "{got:#?}");
        // Without the better match, the weaker one is accepted: it was only blocked.
        let got = align_sentences(&[sentences[0].clone(), sentences[2].clone()]);
        assert_eq!(pairs(&got), [(0, 1)], "{got:#?}");
    }

    #[test]
    fn sentences_of_one_document_never_pair() {
        let text = "Rebels seized the northern town of Kidal after two days of fighting.";
        let got = align_sentences(&[input(3, text), input(3, text)]);
        assert!(got.is_empty(), "{got:#?}");
        let got = align_sentences(&[input(3, text), input(3, text), input(4, text)]);
        // Document 4's sentence takes one of the two, and only once.
        assert_eq!(pairs(&got), [(0, 2)]);
        assert!((got[0].score - 1.0).abs() < 1e-6);
    }

    #[test]
    fn unrelated_sentences_do_not_pair() {
        let sentences = [
            input(0, "The central bank raised interest rates to curb stubborn inflation."),
            input(0, "The energy reform would create thousands of jobs in the oil sector."),
            input(1, "A magnitude 6 earthquake shook the coastal city before dawn."),
            input(1, "Fans waited hours in the rain for tickets to the final match."),
            input(2, "Central Asian nations signed a water sharing treaty."),
        ];
        let got = align_sentences(&sentences);
        assert!(got.is_empty(), "{got:#?}");
    }

    /// One flood told by three outlets: the hand case behind [`THRESHOLD`].
    const FLOOD: [&[&str]; 3] = [
        &[
            "Heavy rains caused the Rio Grande to burst its banks near Laredo on Sunday night.",
            "At least 12 people died and 3,000 were evacuated, the Webb County sheriff said.",
            "Governor Ana Peña declared a state of emergency in six counties on Monday.",
            "Peña said the state would send 200 National Guard troops to help with rescues.",
            "Residents criticized the slow response of federal agencies.",
            "The National Weather Service predicts more rain through Wednesday.",
            "Peña said the federal government had promised disaster aid.",
            "Local schools will remain closed until the water recedes, officials said.",
        ],
        &[
            "The Rio Grande overflowed near Laredo late Sunday after days of heavy rain.",
            "Webb County Sheriff Martin Cuellar said 12 people were killed and about 3,000 residents had to leave \
             their homes.",
            "On Monday, Gov. Ana Peña issued an emergency declaration covering six counties.",
            "She ordered 200 Guard soldiers to the area to assist in rescue operations.",
            "Forecasters expect rain to continue until Wednesday, the National Weather Service said.",
            "Peña, a Republican, is running for re-election in November.",
            "Many residents said they were angry with the federal response.",
            "Peña said the governor's office is working with the mayor of Laredo.",
        ],
        &[
            "Twelve people have died in flooding in South Texas, officials said Monday.",
            "Governor Ana Peña said the state of emergency would let counties request more help.",
            "The Rio Grande rose 10 feet in 24 hours, according to the National Weather Service.",
            "Texas Guard troops arrived in Laredo on Monday afternoon to help with rescues.",
            "Peña said she would ask Washington for federal disaster aid.",
            "The flooding is the worst in the region since 2010.",
        ],
    ];

    #[test]
    fn one_story_by_three_outlets() {
        let sentences: Vec<AlignInput<'_>> =
            FLOOD.iter().enumerate().flat_map(|(doc, texts)| texts.iter().map(move |t| input(doc as u32, t))).collect();
        let got = align_sentences(&sentences);
        // Sentences 0–7 are the first article, 8–15 the second, 16–21 the third. Every pair
        // reports one fact (2–17 is the declaration, told less exactly). Missed: 1–16, where
        // "Twelve" is a word and not a number, and 11–19, which share only "Guard" and
        // "rescue". Not paired: the many "Peña said …" sentences about other things.
        let expected = [(0, 8), (1, 9), (2, 10), (2, 17), (3, 11), (3, 19), (4, 14), (5, 12), (6, 20)];
        assert_eq!(pairs(&got), expected, "{got:#?}");
        // The closest miss scores 0.315 (3–17, the governor and the state again), the weakest
        // hit 0.375 (3–11, which the shared "200" lifts from a cosine of 0.22).
        let weakest = got.iter().map(|a| a.score).fold(1.0, f32::min);
        assert!((0.37..0.38).contains(&weakest), "{weakest}");
    }

    #[test]
    fn shared_numbers_and_entities_raise_the_score() {
        let plain = [
            input(0, "Officials said the storm destroyed homes across the eastern province overnight."),
            input(1, "The storm destroyed homes in the eastern province, according to officials there."),
        ];
        let mut with_evidence = [
            input(0, "Officials said the storm destroyed 10,000 homes across the eastern province overnight."),
            input(1, "The storm destroyed 10000 homes in the eastern province, according to officials there."),
        ];
        with_evidence[0].entities = vec![7];
        with_evidence[1].entities = vec![7];
        let plain = align_sentences(&plain);
        let boosted = align_sentences(&with_evidence);
        assert_eq!(pairs(&plain), [(0, 1)]);
        assert_eq!(pairs(&boosted), [(0, 1)]);
        assert!(boosted[0].score > plain[0].score + 0.1, "{plain:?} {boosted:?}");
        // Same words, so the same cosine c: 0.7c + 0.2 + 0.1 against c.
        let c = f64::from(plain[0].score);
        assert!((f64::from(boosted[0].score) - (0.7 * c + 0.3)).abs() < 1e-6);
        assert!(boosted[0].shared_terms.contains(&"10,000".to_string()), "{:?}", boosted[0].shared_terms);

        // Different figures lower it.
        let mut different = with_evidence.clone();
        different[1].text = "The storm destroyed 300 homes in the eastern province, according to officials there.";
        let different = align_sentences(&different);
        assert!(different.is_empty() || different[0].score < plain[0].score, "{different:?}");
    }

    #[test]
    fn cosine_of_a_tiny_case_by_hand() {
        // Stems: kidal, rebel, seiz, town / kidal, rebel, seiz, citi; three shared.
        // n = 2: a shared stem has idf ln(3/3) + 1 = 1, the others ln(3/2) + 1.
        let sentences = [input(0, "Rebels seized Kidal town."), input(1, "Rebels seized Kidal city.")];
        let u = (1.5f64).ln() + 1.0;
        let expected = 3.0 / (3.0 + u * u);
        let got = align_sentences(&sentences);
        assert_eq!(pairs(&got), [(0, 1)]);
        assert!((f64::from(got[0].score) - expected).abs() < 1e-6, "{} vs {expected}", got[0].score);
        assert_eq!(got[0].shared_terms, ["Rebels", "seized", "Kidal"]);

        let mut vocabulary = Vocabulary::default();
        let f = features(&sentences, &mut vocabulary);
        assert!((cosine(&f[0].vector, &f[1].vector) - expected).abs() < 1e-12);
        assert!((cosine(&f[0].vector, &f[0].vector) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn accents_and_apostrophes_fold() {
        let sentences = [
            input(0, "Peña Nieto’s government signed the Mérida accord with Washington."),
            input(1, "Pena Nieto's government signed the Merida accord with Washington."),
        ];
        let got = align_sentences(&sentences);
        assert_eq!(pairs(&got), [(0, 1)]);
        assert!((got[0].score - 1.0).abs() < 1e-6, "{got:?}");
        assert_eq!(got[0].shared_terms, ["Peña", "Nieto’s", "government", "signed", "Mérida", "accord", "Washington"]);
    }

    #[test]
    fn short_sentences_are_ignored() {
        // Three content words: "police", "said", "died".
        let got = align_sentences(&[input(0, "Police said 12 died."), input(1, "Police said 12 died.")]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn the_earlier_document_is_a_and_the_result_is_sorted() {
        let s = "Rebels seized the northern town of Kidal after two days of fighting.";
        let sentences =
            [input(0, s), input(1, s), input(2, s), input(1, "Officials closed every school in the capital.")];
        let got = align_sentences(&sentences);
        assert_eq!(pairs(&got), [(0, 1), (0, 2), (1, 2)]);
        assert!(align_sentences(&[]).is_empty());
    }

    #[test]
    fn very_common_stems_do_not_propose_pairs() {
        // Each sentence shares only "said" and "official" with the others, in more
        // sentences than the cap: there must be no candidates and no pairs.
        let name = |i: usize, k: u8| {
            format!("{}{}{}", (b'a' + (i % 26) as u8) as char, (b'a' + (i / 26) as u8) as char, k as char)
        };
        let texts: Vec<String> = (0..MAX_STEM_SENTENCES + 1)
            .map(|i| format!("Officials said z{} z{} z{}.", name(i, b'x'), name(i, b'y'), name(i, b'w')))
            .collect();
        let sentences: Vec<AlignInput<'_>> =
            texts.iter().enumerate().map(|(i, t)| input(i as u32, t.as_str())).collect();
        let mut vocabulary = Vocabulary::default();
        let f = features(&sentences, &mut vocabulary);
        assert!(f.iter().all(|f| f.eligible));
        let mut candidates = 0;
        for_each_candidate(&sentences, &f, |_, _, _| candidates += 1);
        assert_eq!(candidates, 0);
        // One sentence fewer, and "said" and "official" are indexed again: every pair is a
        // candidate, and then fails the threshold.
        let f = features(&sentences[1..], &mut vocabulary);
        let mut candidates = 0;
        for_each_candidate(&sentences[1..], &f, |_, _, _| candidates += 1);
        assert_eq!(candidates, MAX_STEM_SENTENCES * (MAX_STEM_SENTENCES - 1) / 2);
        assert!(align_sentences(&sentences[1..]).is_empty());
    }
}
