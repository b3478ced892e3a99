//! Full-text search over the embedded index: parse, match, rank (BM25F, title weighted
//! above body), filter, count, facet and cut snippets.
//!
//! Every query word is expanded to the indexed words it may mean: the exact word and its
//! stem variants, completions while it is being typed, and close spellings. A result's
//! *quality* is the weakest kind of match any required word needed, and results sort by
//! quality before score, so a typo-only match never outranks an exact one.

pub mod fuzzy;
pub mod index;
pub mod paragraphs;
pub mod query;
pub mod snippet;

pub use index::SearchIndex;
pub use query::{parse, Alternative, Filter, Hint, Query};
pub use snippet::{MatchedWords, Snippet};

use crate::model::{Corpus, Document};
use crate::text::{fold, stem, words};
use crate::PartialDate;
use fst::{automaton::Str, Automaton, IntoStreamer, Map, Streamer};
use index::{BODY, FIELD_COUNT, NO_OUTLET, TITLE};
use paragraphs::Paragraphs;
use std::collections::{BTreeMap, HashMap};

/// Field weights for BM25F: a word in the title counts three times one in the body.
const FIELD_WEIGHT: [f32; FIELD_COUNT] = [3.0, 1.0];
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Most completions of a word being typed, and most spelling corrections, per word.
const MAX_EXPANSIONS: usize = 50;

/// How a document matched: the weakest match any required word needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchQuality {
    /// A word matched only by a close spelling.
    Typo,
    /// A word matched only as the start of a longer word.
    Prefix,
    /// Every word matched as written or as another form of it.
    Exact,
}

/// One result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index of the document in the corpus.
    pub doc: usize,
    /// BM25F score.
    pub score: f32,
    /// How it matched.
    pub quality: MatchQuality,
    /// Matching paragraphs in this document (the title counts as one).
    pub passages: usize,
    /// The best passage, with matched words highlighted (for the first `limit` hits).
    pub snippet: Option<Snippet>,
}

/// Result counts per outlet and per year, over all matching documents.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Facets {
    /// Outlet name (`None`: unattributed) and count, by count then name.
    pub outlets: Vec<(Option<String>, usize)>,
    /// Year (`None`: undated) and count, newest first.
    pub years: Vec<(Option<u16>, usize)>,
}

/// Everything a results view shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchResults {
    /// Ranked results; snippets on the first `limit`.
    pub hits: Vec<Hit>,
    /// Matching paragraphs over all results.
    pub passages: usize,
    /// Counts per outlet and year.
    pub facets: Facets,
    /// How the query was read.
    pub hints: Vec<Hint>,
    /// The indexed words the query matched, for highlighting.
    pub matched: MatchedWords,
    /// True when the query had nothing to search for.
    pub empty_query: bool,
}

impl SearchResults {
    /// Number of matching documents.
    pub fn total(&self) -> usize {
        self.hits.len()
    }
}

impl Corpus {
    /// Searches the corpus; the first `limit` hits get snippets.
    pub fn search(&self, query: &str, limit: usize) -> SearchResults {
        run(self, parse(query), limit)
    }
}

/// Per-document evidence that one query group matched.
#[derive(Debug, Clone, Default)]
struct DocMatch {
    /// Weighted term frequency per field (before length normalisation).
    tf: [f32; FIELD_COUNT],
    quality: Option<MatchQuality>,
    /// Body paragraphs holding a match.
    blocks: Paragraphs,
}

/// Matches per document, stored densely: a slot per document of the corpus points into
/// a list of the documents touched. Array lookups instead of hashing keep a query over
/// tens of thousands of documents within a frame.
#[derive(Debug, Clone)]
struct Matches {
    slots: Vec<u32>,
    entries: Vec<(u32, DocMatch)>,
}

impl Matches {
    const NONE: u32 = u32::MAX;

    fn new(doc_count: usize) -> Self {
        Matches { slots: vec![Self::NONE; doc_count], entries: Vec::new() }
    }

    fn entry(&mut self, doc: u32) -> &mut DocMatch {
        let slot = &mut self.slots[doc as usize];
        if *slot == Self::NONE {
            *slot = self.entries.len() as u32;
            self.entries.push((doc, DocMatch::default()));
        }
        &mut self.entries[*slot as usize].1
    }

    fn get(&self, doc: &u32) -> Option<&DocMatch> {
        match self.slots.get(*doc as usize) {
            Some(&slot) if slot != Self::NONE => Some(&self.entries[slot as usize].1),
            _ => None,
        }
    }

    fn contains_key(&self, doc: &u32) -> bool {
        self.get(doc).is_some()
    }

    fn len(&self) -> usize {
        self.entries.len()
    }

    fn keys(&self) -> impl Iterator<Item = &u32> {
        self.entries.iter().map(|(d, _)| d)
    }

    fn into_keys(self) -> impl Iterator<Item = u32> {
        self.entries.into_iter().map(|(d, _)| d)
    }
}

impl IntoIterator for Matches {
    type Item = (u32, DocMatch);
    type IntoIter = std::vec::IntoIter<(u32, DocMatch)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

/// One group's matches and its IDF.
struct GroupMatch {
    docs: Matches,
    idf: f32,
}

struct Searcher<'a> {
    index: &'a SearchIndex,
    words: Map<&'a [u8]>,
    stems: Map<&'a [u8]>,
    matched: MatchedWords,
}

fn run(corpus: &Corpus, query: Query, limit: usize) -> SearchResults {
    let index = &corpus.search;
    let (Ok(words_map), Ok(stems_map)) = (Map::new(&index.words[..]), Map::new(&index.stems[..])) else {
        return SearchResults { hints: query.hints, empty_query: true, ..Default::default() };
    };
    let mut s = Searcher { index, words: words_map, stems: stems_map, matched: MatchedWords::default() };
    if query.is_empty() {
        return SearchResults { hints: query.hints, empty_query: true, ..Default::default() };
    }
    let n = index.doc_count().min(corpus.documents.len());
    // Entity filters: the documents that mention each chosen entity (an unknown id matches nothing).
    let entity_docs: Vec<Vec<u32>> = query
        .filters
        .iter()
        .filter_map(|f| match f {
            Filter::Entity(id) => {
                Some(corpus.entities.iter().find(|e| e.id == *id).map(|e| e.documents()).unwrap_or_default())
            }
            _ => None,
        })
        .collect();
    let mut hints = query.hints.clone();
    for f in &query.filters {
        if let Filter::Entity(id) = f {
            if !corpus.entities.iter().any(|e| e.id == *id) {
                hints.push(Hint {
                    at: 0,
                    message: format!("No person, organisation or place has the id “{id}”; nothing can match it."),
                });
            }
        }
    }
    // Metadata filters compare folded words; most documents share their outlet or author
    // with many others, so each distinct (outlet, publisher, author) passes or fails once per query.
    let mut verdicts: HashMap<[Option<&str>; 3], bool> = HashMap::new();
    let mut allowed = |doc: u32| -> bool {
        let d = &corpus.documents[doc as usize];
        let metadata = !query.filters.iter().any(|f| matches!(f, Filter::Outlet(_) | Filter::Author(_)))
            || *verdicts
                .entry([d.outlet.value.as_deref(), d.publisher.value.as_deref(), d.author.value.as_deref()])
                .or_insert_with(|| {
                    query
                        .filters
                        .iter()
                        .filter(|f| matches!(f, Filter::Outlet(_) | Filter::Author(_)))
                        .all(|f| passes(d, f))
                });
        metadata
            && query.filters.iter().filter(|f| matches!(f, Filter::Date { .. })).all(|f| passes(d, f))
            && entity_docs.iter().all(|docs| docs.binary_search(&doc).is_ok())
    };

    // A chosen entity's names are what to highlight, and its mentions are passages.
    let mut entity_blocks: HashMap<u32, Vec<usize>> = HashMap::new();
    // (Paragraph ordinals among the document's article-text blocks, and the mentions' spans.)
    let mut entity_spans: HashMap<(u32, usize), Vec<(usize, usize)>> = HashMap::new();
    for f in &query.filters {
        let Filter::Entity(id) = f else { continue };
        let Some(e) = corpus.entities.iter().find(|e| e.id == *id) else { continue };
        for m in &e.mentions {
            let doc = &corpus.documents[m.doc as usize];
            let Some(block) = doc.blocks.get(m.block as usize) else { continue };
            // Body paragraphs count from the first article-text block.
            if block.role.is_article_text() {
                let ordinal = doc.blocks[..m.block as usize].iter().filter(|b| b.role.is_article_text()).count();
                entity_blocks.entry(m.doc).or_default().push(ordinal);
                entity_spans.entry((m.doc, ordinal)).or_default().push((m.start as usize, m.end as usize));
            }
        }
    }
    // Required groups are matched rarest first, each only within the documents every
    // earlier one matched, so a common word costs the size of the rarest one's list.
    let mut order: Vec<usize> = (0..query.required.len()).collect();
    order.sort_by_key(|&i| s.estimate(&query.required[i]));
    let mut alive: Option<Vec<bool>> = None;
    let mut matched_groups: Vec<Option<GroupMatch>> = query.required.iter().map(|_| None).collect();
    for i in order {
        let g = s.group(&query.required[i], alive.as_deref());
        let mut mask = vec![false; index.doc_count()];
        for &d in g.docs.keys() {
            mask[d as usize] = true;
        }
        alive = Some(mask);
        matched_groups[i] = Some(g);
    }
    let required: Vec<GroupMatch> = matched_groups.into_iter().flatten().collect();
    let optional: Vec<GroupMatch> = query.optional.iter().map(|g| s.group(g, alive.as_deref())).collect();
    let mut excluded_docs = std::collections::HashSet::new();
    {
        let mut quiet =
            Searcher { index, words: s.words.clone(), stems: s.stems.clone(), matched: MatchedWords::default() };
        for alt in &query.excluded {
            excluded_docs.extend(quiet.alternative(alt, None).into_keys());
        }
    }

    // Candidates: the smallest required group, or every document when only filters remain.
    let candidates: Vec<u32> = match required.iter().min_by_key(|g| g.docs.len()) {
        // (In any order: results are sorted by score, then document.)
        Some(smallest) => smallest.docs.keys().copied().collect(),
        None if optional.is_empty() => (0..n as u32).collect(),
        None => Vec::new(),
    };
    let avg = index.avg_field_len();
    let mut hits = Vec::new();
    let groups: Vec<(&GroupMatch, bool)> =
        required.iter().map(|g| (g, true)).chain(optional.iter().map(|g| (g, false))).collect();
    let mut blocks = Paragraphs::default();
    for doc in candidates {
        if doc as usize >= n || excluded_docs.contains(&doc) || !allowed(doc) {
            continue;
        }
        if !required.iter().all(|g| g.docs.contains_key(&doc)) {
            continue;
        }
        let lens = index.field_len[doc as usize];
        let mut score = 0.0;
        let mut quality = MatchQuality::Exact;
        let mut title_hit = false;
        blocks.clear();
        for &(g, is_required) in &groups {
            let Some(m) = g.docs.get(&doc) else { continue };
            score += g.idf * saturate(&m.tf, &lens, &avg);
            if is_required {
                quality = quality.min(m.quality.unwrap_or(MatchQuality::Typo));
            }
            title_hit |= m.tf[TITLE] > 0.0;
            blocks.union(&m.blocks);
        }
        for &b in entity_blocks.get(&doc).map(Vec::as_slice).unwrap_or_default() {
            blocks.insert(b as u32);
        }
        let passages = blocks.len() + usize::from(title_hit);
        hits.push(Hit { doc: doc as usize, score, quality, passages, snippet: None });
    }
    let by_date = required.is_empty() && optional.is_empty();
    let order = |a: &Hit, b: &Hit| {
        if by_date {
            let date = |h: &Hit| corpus.documents[h.doc].date.value;
            return date(b).cmp(&date(a)).then(a.doc.cmp(&b.doc));
        }
        b.quality.cmp(&a.quality).then(b.score.total_cmp(&a.score)).then(a.doc.cmp(&b.doc))
    };
    // Only the first `limit` are shown: rank those fully, and the rest only behind them.
    if hits.len() > limit && limit > 0 {
        hits.select_nth_unstable_by(limit - 1, order);
        hits[..limit].sort_unstable_by(order);
    } else {
        hits.sort_unstable_by(order);
    }
    let matched = s.matched;
    for hit in hits.iter_mut().take(limit) {
        let doc = &corpus.documents[hit.doc];
        // The paragraph where most query groups meet; the earliest of equals.
        let mut count: BTreeMap<u32, usize> = BTreeMap::new();
        for &(g, _) in &groups {
            if let Some(m) = g.docs.get(&(hit.doc as u32)) {
                for b in m.blocks.iter() {
                    *count.entry(b).or_default() += 1;
                }
            }
        }
        for &b in entity_blocks.get(&(hit.doc as u32)).map(Vec::as_slice).unwrap_or_default() {
            *count.entry(b as u32).or_default() += 1;
        }
        let best = count.iter().max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0))).map(|(&i, _)| i as usize);
        let body: Vec<_> = doc.body().collect();
        let block = best.unwrap_or(0).min(body.len().saturating_sub(1));
        let mentions = entity_spans.get(&(hit.doc as u32, block)).map(Vec::as_slice).unwrap_or_default();
        hit.snippet = body.get(block).map(|b| snippet::snippet(index, block, &b.text, &matched, mentions));
    }
    SearchResults {
        passages: hits.iter().map(|h| h.passages).sum(),
        facets: facets(corpus, index, &hits),
        hits,
        hints,
        matched,
        empty_query: false,
    }
}

/// BM25F saturation of the weighted, length-normalised term frequency.
fn saturate(tf: &[f32; FIELD_COUNT], lens: &[u32; FIELD_COUNT], avg: &[f32; FIELD_COUNT]) -> f32 {
    let mut t = 0.0;
    for f in 0..FIELD_COUNT {
        if tf[f] > 0.0 {
            t += FIELD_WEIGHT[f] * tf[f] / (1.0 - B + B * lens[f] as f32 / avg[f]);
        }
    }
    t * (K1 + 1.0) / (t + K1)
}

fn idf(n: usize, df: u32) -> f32 {
    let (n, df) = (n as f32, df as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

impl Searcher<'_> {
    /// Roughly how many documents a group matches, before matching it: the documents
    /// of the forms of its words (completions and close spellings count as all).
    fn estimate(&self, group: &query::Group) -> usize {
        let n = self.index.doc_count();
        let word = |key: &str, prefix: bool| if prefix { n } else { self.stem_df(key) as usize };
        group
            .alternatives
            .iter()
            .map(|alt| match alt {
                Alternative::Word { key, prefix } => word(key, *prefix),
                Alternative::Phrase(keys) => keys.iter().map(|k| word(k, false)).min().unwrap_or(0),
            })
            .sum()
    }

    /// The documents a group matches; with `alive`, only among those it accepts.
    fn group(&mut self, group: &query::Group, alive: Option<&[bool]>) -> GroupMatch {
        let mut docs = Matches::new(self.index.doc_count());
        let mut idf_sum = 0.0f32;
        for alt in &group.alternatives {
            let n = self.index.doc_count();
            idf_sum = idf_sum.max(match alt {
                Alternative::Word { key, .. } => idf(n, self.stem_df(key)),
                Alternative::Phrase(keys) => keys.iter().map(|k| idf(n, self.stem_df(k))).sum(),
            });
            let found = self.alternative(alt, alive);
            if group.alternatives.len() == 1 {
                docs = found;
                continue;
            }
            for (doc, m) in found {
                let e = docs.entry(doc);
                for f in 0..FIELD_COUNT {
                    e.tf[f] += m.tf[f];
                }
                e.quality = e.quality.max(m.quality);
                e.blocks.union(&m.blocks);
            }
        }
        GroupMatch { docs, idf: idf_sum }
    }

    /// Documents a word or phrase matches, with their evidence.
    fn alternative(&mut self, alt: &Alternative, alive: Option<&[bool]>) -> Matches {
        match alt {
            Alternative::Word { key, prefix } => {
                let mut out = Matches::new(self.index.doc_count());
                let index = self.index;
                for (word, weight, quality) in self.expand(key, *prefix) {
                    index.for_each_doc(word, |posting| {
                        if alive.is_some_and(|a| !a.get(posting.doc as usize).copied().unwrap_or(false)) {
                            return;
                        }
                        let e = out.entry(posting.doc);
                        e.tf[TITLE] += weight * posting.title_tf as f32;
                        e.tf[BODY] += weight * posting.body_tf as f32;
                        e.quality = e.quality.max(Some(quality));
                        for &p in &posting.paragraphs {
                            e.blocks.insert(p);
                        }
                    });
                }
                out
            }
            Alternative::Phrase(keys) => self.phrase(keys, alive),
        }
    }

    /// The indexed words a query word may mean, with a weight and a match quality: the
    /// word and the other forms of its stem; completions while it is being typed; and,
    /// only when the corpus has no form of the word at all, its close spellings.
    fn expand(&mut self, key: &str, prefix: bool) -> Vec<(u32, f32, MatchQuality)> {
        let mut out: Vec<(u32, f32, MatchQuality)> = Vec::new();
        let exact = self.words.get(key).map(|w| w as u32);
        if let Some(w) = exact {
            out.push((w, 1.0, MatchQuality::Exact));
        }
        for w in self.stem_variants(key) {
            if Some(w) != exact {
                out.push((w, 0.9, MatchQuality::Exact));
            }
        }
        if prefix {
            for w in self.search_words(Str::new(key).starts_with()) {
                if !out.iter().any(|e| e.0 == w) {
                    out.push((w, 0.7, MatchQuality::Prefix));
                }
            }
        }
        let edits = fuzzy::allowed_edits(key);
        if out.is_empty() && edits > 0 {
            for w in self.search_words(fuzzy::Levenshtein::new(key, edits)) {
                out.push((w, 0.5, MatchQuality::Typo));
            }
        }
        for &(w, _, _) in &out {
            self.matched.insert(w);
        }
        out
    }

    /// Ids of the words the automaton accepts, the most frequent first, capped.
    fn search_words<A: Automaton>(&self, automaton: A) -> Vec<u32> {
        let mut stream = self.words.search(automaton).into_stream();
        let mut found = Vec::new();
        while let Some((_, w)) = stream.next() {
            found.push(w as u32);
        }
        found.sort_by_key(|&w| std::cmp::Reverse(self.index.word_doc_freq[w as usize]));
        found.truncate(MAX_EXPANSIONS);
        found
    }

    fn stem_variants(&self, key: &str) -> Vec<u32> {
        match self.stems.get(stem(key)) {
            Some(s) => self.index.words_of_stem(s as u32).to_vec(),
            None => Vec::new(),
        }
    }

    fn stem_df(&self, key: &str) -> u32 {
        self.stems.get(stem(key)).map_or(0, |s| self.index.stem_doc_freq[s as usize])
    }

    /// Documents where the words stand next to each other in order (any form of each word).
    ///
    /// Posting lists (no positions) first narrow the documents to those holding every
    /// word; positions are then decoded for those documents only, as `doc << 32 | position`
    /// keys per field, so "followed by" is a binary search for `key + i`.
    fn phrase(&mut self, keys: &[String], alive: Option<&[bool]>) -> Matches {
        let index = self.index;
        let mut out = Matches::new(index.doc_count());
        let forms: Vec<Vec<u32>> = keys
            .iter()
            .map(|key| {
                let mut ids: Vec<u32> = self.words.get(key).map(|w| w as u32).into_iter().collect();
                for w in self.stem_variants(key) {
                    if !ids.contains(&w) {
                        ids.push(w);
                    }
                }
                ids
            })
            .collect();
        for &w in forms.iter().flatten() {
            self.matched.insert(w);
        }
        if forms.is_empty() || forms.iter().any(Vec::is_empty) {
            return out;
        }
        // Rarest word first, so the candidate set starts small.
        let mut order: Vec<usize> = (0..forms.len()).collect();
        let df =
            |ids: &[u32]| ids.iter().map(|&w| index.word_doc_freq.get(w as usize).copied().unwrap_or(0)).sum::<u32>();
        order.sort_by_key(|&i| df(&forms[i]));
        // Per document: how many of the words (in that order) it has so far, and the
        // paragraphs holding all of them. Only those paragraphs' positions are decoded.
        let n = index.doc_count();
        let mut seen = vec![0u16; n];
        let mut shared: Vec<Paragraphs> = vec![Paragraphs::default(); n];
        let mut here: Vec<Paragraphs> = vec![Paragraphs::default(); n];
        let mut touched: Vec<u32> = Vec::new();
        for (round, &i) in order.iter().enumerate() {
            let round = round.min(usize::from(u16::MAX - 1)) as u16;
            for &w in &forms[i] {
                index.for_each_doc(w, |e| {
                    let d = e.doc as usize;
                    if seen.get(d) != Some(&round) || alive.is_some_and(|a| !a.get(d).copied().unwrap_or(false)) {
                        return;
                    }
                    if here[d].is_empty() {
                        touched.push(e.doc);
                    }
                    for &p in &e.paragraphs {
                        here[d].insert(p);
                    }
                    // A document where the word is only in the title stays a candidate.
                    if e.paragraphs.is_empty() {
                        touched.push(e.doc);
                    }
                });
            }
            touched.sort_unstable();
            touched.dedup();
            for &d in &touched {
                let d = d as usize;
                if round == 0 {
                    shared[d] = std::mem::take(&mut here[d]);
                } else {
                    shared[d].intersect(&here[d]);
                    here[d].clear();
                }
                seen[d] += 1;
            }
            touched.clear();
        }
        let words = order.len().min(usize::from(u16::MAX - 1)) as u16;
        let candidate = |doc: u32| seen.get(doc as usize) == Some(&words);
        let lists: Vec<[Vec<u64>; FIELD_COUNT]> = forms
            .iter()
            .map(|ids| {
                let mut lists: [Vec<u64>; FIELD_COUNT] = Default::default();
                for &w in ids {
                    index.for_each_doc_positions(
                        w,
                        candidate,
                        |doc, paragraph| shared[doc as usize].contains(paragraph),
                        |doc, title, body| {
                            for (list, positions) in lists.iter_mut().zip([title, body]) {
                                list.extend(positions.iter().map(|&p| u64::from(doc) << 32 | u64::from(p)));
                            }
                        },
                    );
                }
                // Each form's positions come sorted; a stable sort merges those runs in
                // linear time, where an unstable one would start over.
                for list in &mut lists {
                    list.sort();
                }
                lists
            })
            .collect();
        let (first, rest) = lists.split_first().expect("at least one word");
        for f in 0..FIELD_COUNT {
            // The first word's keys ascend, so each later word's cursor only moves forward.
            let mut cursors = vec![0usize; rest.len()];
            for &key in &first[f] {
                let position = key as u32;
                let follows = position.checked_add(rest.len() as u32).is_some()
                    && rest.iter().zip(&mut cursors).enumerate().all(|(i, (l, at))| {
                        let wanted = key + i as u64 + 1;
                        let list = &l[f];
                        while *at < list.len() && list[*at] < wanted {
                            *at += 1;
                        }
                        list.get(*at) == Some(&wanted)
                    });
                if follows {
                    let doc = (key >> 32) as u32;
                    let m = out.entry(doc);
                    m.tf[f] += 1.0;
                    m.quality = Some(MatchQuality::Exact);
                    if f == BODY {
                        m.blocks.insert(index.block_of(doc as usize, position) as u32);
                    }
                }
            }
        }
        out
    }
}

/// Whether a document passes a metadata filter.
fn passes(doc: &Document, filter: &Filter) -> bool {
    match filter {
        Filter::Outlet(value) => {
            let outlet = doc.outlet.value.as_deref().unwrap_or("unattributed");
            contains_words(outlet, value) || doc.publisher.value.as_deref().is_some_and(|p| contains_words(p, value))
        }
        Filter::Author(value) => doc.author.value.as_deref().is_some_and(|a| contains_words(a, value)),
        // Checked against the entity's mentions by the caller.
        Filter::Entity(_) => true,
        Filter::Date { from, to } => doc.date.value.is_some_and(|d| {
            from.is_none_or(|f| compare_at_common_precision(d, f).is_ge())
                && to.is_none_or(|t| compare_at_common_precision(d, t).is_le())
        }),
    }
}

/// Every word of `wanted` starts a word of `field`, in any case and accent ("insight" finds
/// "InSight Crime", "wash post" finds "The Washington Post").
fn contains_words(field: &str, wanted: &str) -> bool {
    let have: Vec<String> = words(field).map(|w| fold(w.text)).collect();
    words(wanted).map(|w| fold(w.text)).all(|k| have.iter().any(|h| h.starts_with(&k)))
}

/// Compares two dates only as far as both are known: "2013" is neither before nor
/// after "2013-07".
fn compare_at_common_precision(a: PartialDate, b: PartialDate) -> std::cmp::Ordering {
    let p = a.precision().min(b.precision());
    let cut = |d: PartialDate| match p {
        crate::DatePrecision::Year => (d.year, 0, 0),
        crate::DatePrecision::Month => (d.year, d.month.unwrap_or(0), 0),
        crate::DatePrecision::Day => (d.year, d.month.unwrap_or(0), d.day.unwrap_or(0)),
    };
    cut(a).cmp(&cut(b))
}

fn facets(corpus: &Corpus, index: &SearchIndex, hits: &[Hit]) -> Facets {
    // Counted by the index's outlet numbers: no name is compared per result.
    let mut per_outlet = vec![0usize; index.outlets.len() + 1];
    let mut years: BTreeMap<Option<u16>, usize> = BTreeMap::new();
    for h in hits {
        let outlet = index.doc_outlet.get(h.doc).copied().unwrap_or(NO_OUTLET);
        per_outlet
            [if outlet == NO_OUTLET { index.outlets.len() } else { (outlet as usize).min(index.outlets.len()) }] += 1;
        *years.entry(corpus.documents[h.doc].date.value.map(|d| d.year)).or_default() += 1;
    }
    let mut outlets: Vec<(Option<String>, usize)> = per_outlet
        .into_iter()
        .enumerate()
        .filter(|&(_, n)| n > 0)
        .map(|(i, n)| (index.outlets.get(i).cloned(), n))
        .collect();
    // Most results first; unattributed after named outlets with the same count.
    outlets.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.is_none().cmp(&b.0.is_none())).then_with(|| a.0.cmp(&b.0)));
    let mut years: Vec<_> = years.into_iter().collect();
    years.sort_by_key(|y| std::cmp::Reverse(y.0));
    Facets { outlets, years }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_compare_only_as_far_as_known() {
        let d = |s| PartialDate::parse(s).unwrap();
        assert!(compare_at_common_precision(d("2013"), d("2013-07")).is_eq());
        assert!(compare_at_common_precision(d("2013-07-03"), d("2013-08")).is_lt());
        assert!(compare_at_common_precision(d("2014"), d("2013-12-31")).is_gt());
    }

    #[test]
    fn filter_words_match_word_starts() {
        assert!(contains_words("InSight Crime", "insight"));
        assert!(contains_words("The Washington Post", "wash post"));
        assert!(!contains_words("NPR", "pr"));
    }

    #[test]
    fn bm25_saturates_and_rewards_titles() {
        let avg = [8.0, 500.0];
        let lens = [8, 500];
        let body_once = saturate(&[0.0, 1.0], &lens, &avg);
        let title_once = saturate(&[1.0, 0.0], &lens, &avg);
        let body_many = saturate(&[0.0, 50.0], &lens, &avg);
        assert!(title_once > body_once);
        assert!(body_many < (K1 + 1.0) + 1e-6);
        assert!(idf(10, 1) > idf(10, 9));
    }
}
