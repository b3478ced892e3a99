//! The JSON export: a public interface whose field names later analyses extend.

use crate::manifest::UNKNOWN;
use framescope_core::{Corpus, Document, Field};
use serde::Serialize;

/// The top-level export object.
#[derive(Debug, Serialize)]
pub struct Export<'a> {
    /// One entry per article, in manifest order.
    pub documents: Vec<DocumentExport<'a>>,
    /// People, organisations, places and other named things, merged across articles.
    pub entities: Vec<EntityExport<'a>>,
    /// Direct and reported quotes with their speakers.
    pub quotes: Vec<QuoteExport<'a>>,
    /// Each article's frame profile and the sentences behind it.
    pub frames: Vec<FramesExport<'a>>,
    /// Sentence pairs in different articles that report the same fact.
    pub alignments: Vec<AlignmentExport<'a>>,
    /// Each article's tone: VADER compound per sentence, summarised.
    pub tone: Vec<ToneExport<'a>>,
    /// Article pairs whose bodies are largely the same text (reposts, wire copies).
    pub near_duplicates: Vec<NearDuplicateExport<'a>>,
}

/// One article's frames.
#[derive(Debug, Serialize)]
pub struct FramesExport<'a> {
    /// Document id.
    pub doc: &'a str,
    /// Share of body sentences in each frame (all 15 keys; `other`: no cue of any frame).
    pub scores: std::collections::BTreeMap<&'static str, f64>,
    /// One entry per (sentence, frame) with the cue words found.
    pub evidence: Vec<FrameEvidenceExport<'a>>,
}

/// A sentence's frame and its cue words.
#[derive(Debug, Serialize)]
pub struct FrameEvidenceExport<'a> {
    /// Source line (1-based) of the sentence's paragraph.
    pub line: u32,
    /// Frame key.
    pub frame: &'static str,
    /// The cue words as written.
    pub cues: Vec<&'a str>,
    /// The sentence.
    pub sentence: &'a str,
}

/// One side of an alignment.
#[derive(Debug, Serialize)]
pub struct SentenceRef<'a> {
    /// Document id.
    pub doc: &'a str,
    /// Source line (1-based) of the sentence's paragraph.
    pub line: u32,
    /// The sentence.
    pub text: &'a str,
}

/// Two sentences that report the same fact.
#[derive(Debug, Serialize)]
pub struct AlignmentExport<'a> {
    /// The sentence in the earlier article.
    pub a: SentenceRef<'a>,
    /// The sentence in the later one.
    pub b: SentenceRef<'a>,
    /// Similarity, 0 to 1.
    pub score: f64,
    /// Words, names and numbers both use.
    pub shared_terms: &'a [String],
}

/// One article's tone.
#[derive(Debug, Serialize)]
pub struct ToneExport<'a> {
    /// Document id.
    pub doc: &'a str,
    /// Mean compound score of its sentences.
    pub mean: f64,
    /// Sentences at +0.05 or more.
    pub positive: usize,
    /// Sentences at −0.05 or less.
    pub negative: usize,
    /// Sentences scored.
    pub sentences: usize,
}

/// Two articles that are largely one text.
#[derive(Debug, Serialize)]
pub struct NearDuplicateExport<'a> {
    /// Document id of the earlier one in the corpus.
    pub a: &'a str,
    /// Document id of the other.
    pub b: &'a str,
    /// Share of the shorter body's word 5-grams the other has.
    pub containment: f64,
}

fn round4(x: f32) -> f64 {
    (x as f64 * 10_000.0).round() / 10_000.0
}

fn sentence_ref(corpus: &Corpus, s: u32) -> SentenceRef<'_> {
    let sentence = &corpus.framing.sentences[s as usize];
    SentenceRef { doc: &corpus.documents[sentence.doc as usize].id, line: sentence.line, text: corpus.sentence_text(s) }
}

fn frames_export(corpus: &Corpus) -> Vec<FramesExport<'_>> {
    (0..corpus.documents.len() as u32)
        .map(|d| {
            let sentences = corpus.sentences_of(&[d]);
            let profile = framescope_core::compare::frame_profile(&corpus.framing, &sentences);
            let mut evidence = Vec::new();
            for &s in &sentences {
                let sentence = &corpus.framing.sentences[s as usize];
                let block = &corpus.documents[d as usize].blocks[sentence.block as usize];
                for (frame, spans) in corpus.framing.frames_of(s) {
                    evidence.push(FrameEvidenceExport {
                        line: sentence.line,
                        frame: frame.key(),
                        cues: spans
                            .iter()
                            .filter_map(|sp| block.text.get(sp.start as usize..sp.end as usize))
                            .collect(),
                        sentence: corpus.sentence_text(s),
                    });
                }
            }
            FramesExport {
                doc: &corpus.documents[d as usize].id,
                scores: profile.iter().map(|p| (p.frame.key(), round4(p.share))).collect(),
                evidence,
            }
        })
        .collect()
}

/// One quote.
#[derive(Debug, Serialize)]
pub struct QuoteExport<'a> {
    /// Document id.
    pub doc: &'a str,
    /// Speaker entity id, or null for an unnamed source.
    pub speaker: Option<&'a str>,
    /// The speaker's name, or the text's description of an unnamed source.
    pub speaker_name: &'a str,
    /// `us_government`, `mexican_government`, `government`, `politician`, `analyst`,
    /// `journalist`, `anonymous` or `other`.
    pub speaker_category: String,
    /// `direct` or `reported`.
    pub kind: &'static str,
    /// The quoted or reported words.
    pub text: &'a str,
    /// Source line (1-based) of the paragraph holding it.
    pub line: u32,
}

/// One entity and its mentions.
#[derive(Debug, Serialize)]
pub struct EntityExport<'a> {
    /// Readable id, unique in the corpus.
    pub id: &'a str,
    /// The fullest name used.
    pub name: &'a str,
    /// `person`, `organisation`, `place` or `other`.
    pub kind: &'static str,
    /// For people, the role the articles give; else null.
    pub role: Option<&'a str>,
    /// Other name forms used.
    pub aliases: &'a [String],
    /// Every mention.
    pub mentions: Vec<MentionExport<'a>>,
}

/// One mention of an entity.
#[derive(Debug, Serialize)]
pub struct MentionExport<'a> {
    /// Document id.
    pub doc: &'a str,
    /// The mention as written.
    pub text: &'a str,
    /// Source line (1-based) of the paragraph holding it.
    pub line: u32,
}

/// One article's metadata and where its body lies in the source file.
#[derive(Debug, Serialize)]
pub struct DocumentExport<'a> {
    /// Slug.
    pub id: &'a str,
    /// Source file name in the corpus folder.
    pub file: &'a str,
    /// Outlet, or `"unknown"`.
    pub outlet: String,
    /// Original publisher, or `"unknown"`.
    pub publisher: String,
    /// Author, or `"unknown"`.
    pub author: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or `"unknown"`.
    pub date: String,
    /// `year`, `month`, `day` or `"unknown"`.
    pub date_precision: &'static str,
    /// Headline, or `"unknown"`.
    pub title: String,
    /// Kind of piece, or `"unknown"`.
    pub form: String,
    /// 1-based source line numbers of the lines kept as article body.
    pub body_lines: Vec<u32>,
    /// Words in the body.
    pub words: u32,
}

fn or_unknown<T: ToString>(field: &Field<T>) -> String {
    field.value.as_ref().map_or_else(|| UNKNOWN.to_string(), ToString::to_string)
}

impl<'a> DocumentExport<'a> {
    /// The export view of one document.
    pub fn new(doc: &'a Document) -> Self {
        DocumentExport {
            id: &doc.id,
            file: &doc.file,
            outlet: or_unknown(&doc.outlet),
            publisher: or_unknown(&doc.publisher),
            author: or_unknown(&doc.author),
            date: or_unknown(&doc.date),
            date_precision: doc.date.value.map_or(UNKNOWN, |d| d.precision().as_str()),
            title: or_unknown(&doc.title),
            form: or_unknown(&doc.form),
            body_lines: doc.body_lines(),
            words: doc.words,
        }
    }
}

/// The export view of a corpus.
pub fn export(corpus: &Corpus) -> Export<'_> {
    Export {
        documents: corpus.documents.iter().map(DocumentExport::new).collect(),
        entities: corpus
            .entities
            .iter()
            .map(|e| EntityExport {
                id: &e.id,
                name: &e.name,
                kind: e.kind.as_str(),
                role: e.role.as_deref(),
                aliases: &e.aliases,
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| {
                        let doc = &corpus.documents[m.doc as usize];
                        let block = &doc.blocks[m.block as usize];
                        MentionExport {
                            doc: &doc.id,
                            text: block.text.get(m.start as usize..m.end as usize).unwrap_or_default(),
                            line: block.first_line,
                        }
                    })
                    .collect(),
            })
            .collect(),
        quotes: corpus
            .quotes
            .iter()
            .map(|q| {
                let doc = &corpus.documents[q.doc as usize];
                let block = &doc.blocks[q.block as usize];
                QuoteExport {
                    doc: &doc.id,
                    speaker: q.speaker.map(|s| corpus.entities[s as usize].id.as_str()),
                    speaker_name: &q.speaker_name,
                    speaker_category: q.category.key(),
                    kind: q.kind.as_str(),
                    text: block.text.get(q.start as usize..q.end as usize).unwrap_or_default(),
                    line: block.first_line,
                }
            })
            .collect(),
        frames: frames_export(corpus),
        alignments: corpus
            .framing
            .alignments
            .iter()
            .map(|a| AlignmentExport {
                a: sentence_ref(corpus, a.a),
                b: sentence_ref(corpus, a.b),
                score: round4(a.score),
                shared_terms: &a.shared_terms,
            })
            .collect(),
        tone: (0..corpus.documents.len() as u32)
            .map(|d| {
                let t = framescope_core::compare::tone_summary(&corpus.framing, &corpus.sentences_of(&[d]));
                ToneExport {
                    doc: &corpus.documents[d as usize].id,
                    mean: round4(t.mean),
                    positive: t.positive.len(),
                    negative: t.negative.len(),
                    sentences: t.sentences,
                }
            })
            .collect(),
        near_duplicates: corpus
            .framing
            .near_duplicates
            .iter()
            .map(|n| NearDuplicateExport {
                a: &corpus.documents[n.a as usize].id,
                b: &corpus.documents[n.b as usize].id,
                containment: round4(n.containment),
            })
            .collect(),
    }
}

/// The export as pretty-printed JSON.
pub fn to_json(corpus: &Corpus) -> String {
    serde_json::to_string_pretty(&export(corpus)).expect("the export holds only strings and numbers")
}

/// A search as the command line prints it: ranked documents with scores and snippets.
#[derive(Debug, Serialize)]
pub struct SearchExport<'a> {
    /// The query as given.
    pub query: &'a str,
    /// Matching documents.
    pub total: usize,
    /// Matching paragraphs over all documents.
    pub passages: usize,
    /// How the query was read: `{at, message}`, `at` a 0-based character position.
    pub hints: Vec<HintExport>,
    /// Counts per outlet and per year.
    pub facets: FacetsExport,
    /// The ranked documents.
    pub results: Vec<ResultExport<'a>>,
}

/// A note on the query.
#[derive(Debug, Serialize)]
pub struct HintExport {
    /// 0-based character position.
    pub at: usize,
    /// What happened.
    pub message: String,
}

/// Facet counts.
#[derive(Debug, Serialize)]
pub struct FacetsExport {
    /// `{value, count}` per outlet (`"unknown"` for unattributed).
    pub outlets: Vec<FacetExport>,
    /// `{value, count}` per year (`"unknown"` for undated).
    pub years: Vec<FacetExport>,
}

/// One facet value and its count.
#[derive(Debug, Serialize)]
pub struct FacetExport {
    /// The outlet or year.
    pub value: String,
    /// Matching documents.
    pub count: usize,
}

/// One ranked document.
#[derive(Debug, Serialize)]
pub struct ResultExport<'a> {
    /// Document id.
    pub id: &'a str,
    /// Title, or `"unknown"`.
    pub title: String,
    /// Outlet, or `"unknown"`.
    pub outlet: String,
    /// Date, or `"unknown"`.
    pub date: String,
    /// BM25F score.
    pub score: f32,
    /// `exact`, `prefix` or `typo`: the weakest match a required word needed.
    pub quality: &'static str,
    /// Matching paragraphs in the document.
    pub passages: usize,
    /// The best passage, when the document has body text.
    pub snippet: Option<SnippetExport>,
}

/// A snippet with its highlights.
#[derive(Debug, Serialize)]
pub struct SnippetExport {
    /// Source line (1-based) where the snippet's paragraph starts.
    pub line: u32,
    /// Whole sentences of the paragraph.
    pub text: String,
    /// The matched words, as they are written in `text`.
    pub matched: Vec<String>,
    /// Byte ranges `[start, end)` of the matched words in `text`.
    pub highlights: Vec<(usize, usize)>,
}

/// Runs a search and renders it as pretty-printed JSON.
pub fn search_json(corpus: &Corpus, query: &str, limit: usize) -> String {
    use framescope_core::search::MatchQuality;
    let results = corpus.search(query, limit);
    let facet = |value: Option<String>, count| FacetExport { value: value.unwrap_or_else(|| UNKNOWN.into()), count };
    let export = SearchExport {
        query,
        total: results.total(),
        passages: results.passages,
        hints: results.hints.iter().map(|h| HintExport { at: h.at, message: h.message.clone() }).collect(),
        facets: FacetsExport {
            outlets: results.facets.outlets.iter().map(|(o, c)| facet(o.clone(), *c)).collect(),
            years: results.facets.years.iter().map(|(y, c)| facet(y.map(|y| y.to_string()), *c)).collect(),
        },
        results: results
            .hits
            .iter()
            .take(limit)
            .map(|hit| {
                let doc = &corpus.documents[hit.doc];
                ResultExport {
                    id: &doc.id,
                    title: or_unknown(&doc.title),
                    outlet: or_unknown(&doc.outlet),
                    date: or_unknown(&doc.date),
                    score: (hit.score * 1000.0).round() / 1000.0,
                    quality: match hit.quality {
                        MatchQuality::Exact => "exact",
                        MatchQuality::Prefix => "prefix",
                        MatchQuality::Typo => "typo",
                    },
                    passages: hit.passages,
                    snippet: hit.snippet.as_ref().map(|s| SnippetExport {
                        line: doc.body().nth(s.block).map_or(0, |b| b.first_line),
                        matched: s.highlights.iter().map(|&(a, b)| s.text[a..b].to_string()).collect(),
                        highlights: s.highlights.clone(),
                        text: s.text.clone(),
                    }),
                }
            })
            .collect(),
    };
    serde_json::to_string_pretty(&export).expect("the export holds only strings and numbers")
}
