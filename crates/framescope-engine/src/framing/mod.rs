//! How each article frames its story, computed once at build time: body sentences,
//! their frame cues ([`frames`]) and tone ([`tone`]), the sentences two articles share
//! ([`align`]) and the articles that copy one another ([`reposts`]).
//!
//! The browser receives only the results (spans into the text); the lexicons and the
//! analysis stay here.

pub mod align;
pub mod frames;
pub mod reposts;
pub mod tone;

use framescope_core::framing::{FrameCue, Framing, Sentence, Span};
use framescope_core::text::{sentences, words};
use framescope_core::{Document, Entity, EntityKind};
use std::collections::HashMap;

/// Words that make an organisation's name an institution's name: cue words inside such a
/// name ("Department of Homeland Security", "Institute for Economics and Peace") say who
/// acts, not how the story is framed. Names such as "Mexican Army" or "Sinaloa Cartel"
/// keep their cues: there the name is the frame's subject.
const INSTITUTION_HEADS: [&str; 17] = [
    "agency",
    "bureau",
    "cabinet",
    "center",
    "centre",
    "commission",
    "committee",
    "council",
    "department",
    "foundation",
    "institute",
    "ministry",
    "office",
    "organization",
    "secretariat",
    "service",
    "university",
];

/// Frames, tone, alignments and near-duplicates for a corpus.
pub fn build_framing(documents: &[Document], entities: &[Entity]) -> Framing {
    let excluded = excluded_spans(documents, entities);
    let entity_spans = entity_spans(entities);
    let lexicon = &*frames::BUILTIN;
    let analyzer = tone::ToneAnalyzer::new();
    let mut framing = Framing::default();
    let mut align_entities: Vec<SentenceNames> = Vec::new();
    for (d, doc) in documents.iter().enumerate() {
        for (b, block) in doc.blocks.iter().enumerate() {
            if !block.role.is_article_text() {
                continue;
            }
            let key = (d as u32, b as u32);
            let mut block_excluded: Vec<(usize, usize, ())> =
                excluded.get(&key).into_iter().flatten().map(|&(a, z)| (a, z, ())).collect();
            block_excluded.sort_unstable_by_key(|s| s.0);
            let longest_excluded = block_excluded.iter().map(|s| s.1 - s.0).max().unwrap_or(0);
            let mut block_entities: Vec<(usize, usize, u32)> = entity_spans.get(&key).cloned().unwrap_or_default();
            block_entities.sort_unstable_by_key(|s| s.0);
            let longest_entity = block_entities.iter().map(|s| s.1 - s.0).max().unwrap_or(0);
            for (offset, raw) in sentences(&block.text) {
                let text = raw.trim_end();
                if words(text).next().is_none() {
                    continue;
                }
                let (start, end) = (offset, offset + text.len());
                let id = framing.sentences.len() as u32;
                framing.sentences.push(Sentence {
                    doc: d as u32,
                    block: b as u32,
                    start: start as u32,
                    end: end as u32,
                    line: block.first_line,
                });
                let local: Vec<(usize, usize)> = overlapping(&block_excluded, longest_excluded, start, end)
                    .into_iter()
                    .map(|(a, z, ())| (a.saturating_sub(start), z.min(end) - start))
                    .collect();
                for m in lexicon.find(text, &local) {
                    framing.frame_cues.push(FrameCue {
                        sentence: id,
                        frame: m.frame,
                        span: Span { start: (start + m.start) as u32, end: (start + m.end) as u32 },
                    });
                }
                let (plain, to_original) = straight_quotes(text);
                let mut tone = analyzer.score(&plain);
                for cue in &mut tone.cues {
                    let (a, z) = (to_original[cue.span.start as usize], to_original[cue.span.end as usize]);
                    cue.span = Span { start: (start + a) as u32, end: (start + z) as u32 };
                }
                framing.tone.push(tone);
                let inside = overlapping(&block_entities, longest_entity, start, end);
                let mut ids: Vec<u32> = inside.iter().map(|&(_, _, e)| e).collect();
                ids.sort_unstable();
                ids.dedup();
                // People's names only: an agreement's or a programme's name says what happened.
                let names = inside
                    .iter()
                    .filter(|&&(_, _, e)| entities[e as usize].kind == EntityKind::Person)
                    .map(|&(a, z, _)| (a.saturating_sub(start), z.min(end) - start))
                    .collect();
                align_entities.push((ids, names));
            }
        }
    }
    let inputs: Vec<align::AlignInput<'_>> = framing
        .sentences
        .iter()
        .zip(align_entities)
        .map(|(s, (entities, names))| {
            let block = &documents[s.doc as usize].blocks[s.block as usize];
            align::AlignInput { doc: s.doc, text: &block.text[s.start as usize..s.end as usize], entities, names }
        })
        .collect();
    framing.alignments = align::align_sentences(&inputs);
    let bodies: Vec<Vec<&str>> = documents.iter().map(|d| d.body().map(|b| b.text.as_str()).collect()).collect();
    framing.near_duplicates = reposts::near_duplicates(&bodies);
    framing
}

/// `text` with typographic quotes and apostrophes made ASCII (VADER reads only ASCII
/// punctuation, so "isn’t" would not negate), and for each byte of the result plus its
/// end, the byte of `text` it came from.
fn straight_quotes(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let replacement = match c {
            '’' | '‘' | 'ʼ' => '\'',
            '“' | '”' => '"',
            c => c,
        };
        for _ in 0..replacement.len_utf8() {
            map.push(i);
        }
        out.push(replacement);
    }
    map.push(text.len());
    (out, map)
}

/// Byte ranges, per (document, block), of names whose words must not count as frame cues:
/// people's names with the title run written before them ("Homeland Security Secretary
/// Janet Napolitano"), and institutions' names.
fn excluded_spans(documents: &[Document], entities: &[Entity]) -> HashMap<BlockKey, Vec<(usize, usize)>> {
    let mut out: HashMap<BlockKey, Vec<(usize, usize)>> = HashMap::new();
    for entity in entities {
        let excluded = match entity.kind {
            EntityKind::Person => true,
            // A programme's name ("Merida Initiative") is the policy the sentence is about.
            EntityKind::Place | EntityKind::Other => false,
            EntityKind::Organisation => std::iter::once(&entity.name).chain(&entity.aliases).any(|name| {
                words(name).any(|w| INSTITUTION_HEADS.contains(&framescope_core::text::fold(w.text).as_str()))
            }),
        };
        if !excluded {
            continue;
        }
        for m in &entity.mentions {
            let mut start = m.start as usize;
            if entity.kind == EntityKind::Person {
                let text = documents
                    .get(m.doc as usize)
                    .and_then(|d| d.blocks.get(m.block as usize))
                    .map_or("", |b| b.text.as_str());
                start = title_start(text, start);
            }
            out.entry((m.doc, m.block)).or_default().push((start, m.end as usize));
        }
    }
    out
}

/// Where the run of capitalised words written right before `at` begins (a title such as
/// "Homeland Security Secretary"); `at` itself when there is none. The run stops at any
/// punctuation, so "Secretary of Homeland Security, Janet Napolitano" keeps its cues.
fn title_start(text: &str, at: usize) -> usize {
    // A title is a few words: look back a short window, not over the whole paragraph.
    let mut from = at.saturating_sub(TITLE_WINDOW);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let Some(window) = text.get(from..at) else { return at };
    let before = text.get(..at).unwrap_or("");
    let mut start = at;
    let mut previous: Vec<_> =
        words(window).map(|w| framescope_core::text::Word { start: from + w.start, ..w }).collect();
    // The first word of the window may be cut; it never joins a title.
    if from > 0 && !previous.is_empty() {
        previous.remove(0);
    }
    while let Some(w) = previous.pop() {
        let gap = &before[w.end()..start];
        let capitalised = w.text.chars().next().is_some_and(char::is_uppercase);
        if !capitalised || !gap.chars().all(char::is_whitespace) {
            break;
        }
        start = w.start;
    }
    start
}

/// How many items two sorted, unique lists share (a merge, no allocation).
fn shared_sorted<T: Ord>(x: &[T], y: &[T]) -> usize {
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
    shared
}

/// How far before a name, in bytes, a title written before it is looked for.
const TITLE_WINDOW: usize = 160;

/// The spans of `spans` (sorted by start, none longer than `longest`) that overlap
/// `start..end`: a binary search, not a scan of the whole paragraph's names.
fn overlapping<T: Copy>(
    spans: &[(usize, usize, T)],
    longest: usize,
    start: usize,
    end: usize,
) -> Vec<(usize, usize, T)> {
    let from = spans.partition_point(|&(a, _, _)| a + longest <= start);
    spans[from..].iter().take_while(|&&(a, _, _)| a < end).filter(|&&(_, z, _)| z > start).copied().collect()
}

/// A sentence's entity ids and the byte ranges of the people's names in it.
type SentenceNames = (Vec<u32>, Vec<(usize, usize)>);

/// A block of a document: (document index, block index).
type BlockKey = (u32, u32);

/// Every entity mention per (document, block): its byte range and the entity's index.
fn entity_spans(entities: &[Entity]) -> HashMap<BlockKey, Vec<(usize, usize, u32)>> {
    let mut out: HashMap<BlockKey, Vec<(usize, usize, u32)>> = HashMap::new();
    for (i, entity) in entities.iter().enumerate() {
        for m in &entity.mentions {
            out.entry((m.doc, m.block)).or_default().push((m.start as usize, m.end as usize, i as u32));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_written_before_a_name_is_part_of_it() {
        let text = "He said Homeland Security Secretary Janet Napolitano spoke.";
        let name = text.find("Janet").unwrap();
        assert_eq!(&text[title_start(text, name)..name], "Homeland Security Secretary ");
        let comma = "the Secretary of Homeland Security, Janet Napolitano";
        let name = comma.find("Janet").unwrap();
        assert_eq!(title_start(comma, name), name, "punctuation ends the title");
        assert_eq!(title_start("Janet", 0), 0);
        // Only a short window before the name is read, however long the paragraph.
        let long = format!("{} said Homeland Security Secretary Janet Napolitano", "word ".repeat(5000));
        let name = long.find("Janet").unwrap();
        assert_eq!(&long[title_start(&long, name)..name], "Homeland Security Secretary ");
    }

    #[test]
    fn sorted_lists_share_what_both_hold() {
        assert_eq!(shared_sorted(&[1, 3, 5, 7], &[2, 3, 7, 9]), 2);
        assert_eq!(shared_sorted::<u32>(&[], &[1]), 0);
    }

    #[test]
    fn overlapping_spans_are_found_by_binary_search() {
        let spans = [(0, 5, 'a'), (10, 30, 'b'), (12, 14, 'c'), (40, 45, 'd')];
        let got: Vec<char> = overlapping(&spans, 20, 13, 41).into_iter().map(|s| s.2).collect();
        assert_eq!(got, ['b', 'c', 'd']);
        assert!(overlapping(&spans, 20, 5, 10).is_empty());
    }

    #[test]
    fn straight_quotes_keep_a_map_to_the_original_bytes() {
        let text = "It isn’t “great”.";
        let (plain, map) = straight_quotes(text);
        assert_eq!(plain, "It isn't \"great\".");
        let great = plain.find("great").unwrap();
        assert_eq!(&text[map[great]..map[great + 5]], "great");
        assert_eq!(map[plain.len()], text.len());
        let tone = tone::ToneAnalyzer::new().score(&plain);
        assert!(tone.compound < 0.0, "negated by the curly apostrophe: {}", tone.compound);
    }
}
