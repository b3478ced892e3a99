//! Hand-made corpora whose comparisons are worked out by hand.

use super::*;
use crate::entity::{Entity, Mention, Quote, QuoteKind, SpeakerCategory};
use crate::framing::{Alignment, FrameCue, NearDuplicate, Sentence, Span, Tone};
use crate::model::{Block, BlockRole, Document, Field};

fn field(value: Option<&str>) -> Field<String> {
    Field { value: value.map(str::to_string), evidence: vec![] }
}

fn doc(id: &str, outlet: Option<&str>, publisher: Option<&str>, body: &str) -> Document {
    Document {
        id: id.into(),
        file: format!("{id}.txt"),
        outlet: field(outlet),
        publisher: field(publisher),
        author: Field::unknown(),
        date: Field::unknown(),
        title: field(Some(id)),
        form: Field::unknown(),
        blocks: vec![Block { first_line: 1, last_line: 1, text: body.into(), role: BlockRole::Body }],
        words: 0,
    }
}

/// Three articles: `a` (outlet A), `b` (outlet B), `c` (outlet C, a repost of B's story).
/// Each body is two sentences of 10 bytes: "Sentence1. Sentence2."
pub(crate) fn corpus() -> Corpus {
    let body = "Cartel one. Trade two.";
    let documents = vec![
        doc("a", Some("A"), Some("A"), body),
        doc("b", Some("B"), Some("B"), body),
        doc("c", Some("C"), Some("B"), body),
    ];
    let sentence = |d: u32, i: u32| Sentence { doc: d, block: 0, start: i * 12, end: i * 12 + 10, line: 1 };
    let sentences: Vec<Sentence> = (0..3).flat_map(|d| [sentence(d, 0), sentence(d, 1)]).collect();
    let cue = |s, frame| FrameCue { sentence: s, frame, span: Span { start: 0, end: 6 } };
    let tone = |compound| Tone { compound, cues: vec![] };
    let entity = Entity {
        id: "person-x".into(),
        name: "X".into(),
        kind: EntityKind::Person,
        role: None,
        aliases: vec![],
        mentions: vec![Mention { doc: 0, block: 0, start: 0, end: 6 }, Mention { doc: 1, block: 0, start: 0, end: 6 }],
    };
    let quote = |doc, start, end, category| Quote {
        doc,
        block: 0,
        start,
        end,
        kind: QuoteKind::Direct,
        speaker: None,
        speaker_name: format!("speaker {doc}"),
        category,
    };
    Corpus {
        format_version: crate::FORMAT_VERSION,
        title: "t".into(),
        description: "d".into(),
        documents,
        search: Default::default(),
        entities: vec![entity],
        quotes: vec![
            quote(0, 0, 11, SpeakerCategory::Analyst),
            quote(0, 12, 22, SpeakerCategory::Government(Some("US".into()))),
            quote(1, 0, 22, SpeakerCategory::Analyst),
        ],
        framing: Framing {
            sentences,
            frame_cues: vec![
                cue(0, Frame::CrimeAndPunishment),
                cue(1, Frame::Economic),
                cue(1, Frame::Political),
                cue(2, Frame::CrimeAndPunishment),
            ],
            tone: vec![tone(0.5), tone(-0.2), tone(0.0), tone(0.9), tone(0.0), tone(0.0)],
            alignments: vec![
                Alignment { a: 0, b: 2, score: 0.8, shared_terms: vec!["cartel".into()] },
                Alignment { a: 1, b: 5, score: 0.6, shared_terms: vec!["trade".into()] },
                Alignment { a: 2, b: 4, score: 0.95, shared_terms: vec!["cartel".into()] },
            ],
            near_duplicates: vec![NearDuplicate { a: 1, b: 2, containment: 0.97 }],
        },
    }
}

fn all_three(c: &Corpus) -> Comparison {
    c.compare(&c.default_sides()).unwrap()
}

#[test]
fn default_sides_are_the_outlets_and_a_repost_is_not_counted_twice() {
    let c = corpus();
    assert_eq!(
        c.default_sides(),
        [SideSpec::Outlet("A".into()), SideSpec::Outlet("B".into()), SideSpec::Outlet("C".into())]
    );
    let cmp = all_three(&c);
    // c credits publisher B and copies b: c is the copy, b the original.
    assert_eq!(cmp.copies, [CopyLeftOut { copy: 2, original: 1, containment: 0.97 }]);
    assert_eq!(cmp.sides[2].docs, [2]);
    assert!(cmp.sides[2].counted.is_empty());
    // Without b in the comparison, c is the only copy of the story and counts.
    let two = c.compare(&[SideSpec::Article("a".into()), SideSpec::Outlet("C".into())]).unwrap();
    assert!(two.copies.is_empty());
    assert_eq!(two.sides[1].counted, [2]);
}

#[test]
fn unknown_columns_name_the_bad_part() {
    let c = corpus();
    assert_eq!(c.compare(&[SideSpec::Article("zz".into())]), Err(SideError::UnknownArticle("zz".into())));
    assert_eq!(
        c.compare(&[SideSpec::Outlet("Z".into())]).unwrap_err().to_string(),
        "no article comes from the outlet “Z”"
    );
}

#[test]
fn frame_profiles_are_shares_of_sentences() {
    let c = corpus();
    let profile = frame_profile(&c.framing, &c.sentences_of(&[0]));
    let share = |f: Frame| profile.iter().find(|p| p.frame == f).unwrap();
    assert_eq!(share(Frame::CrimeAndPunishment).share, 0.5);
    assert_eq!(share(Frame::Economic).sentences, [1]);
    assert_eq!(share(Frame::Political).share, 0.5);
    assert_eq!(share(Frame::Other).share, 0.0);
    let b = frame_profile(&c.framing, &c.sentences_of(&[1]));
    assert_eq!(b.iter().find(|p| p.frame == Frame::Other).unwrap().sentences, [3]);
    assert_eq!(frame_profile(&c.framing, &[]).iter().map(|p| p.share).sum::<f32>(), 0.0);
}

#[test]
fn tone_summary_counts_by_vader_thresholds_and_lists_drivers() {
    let c = corpus();
    let t = tone_summary(&c.framing, &c.sentences_of(&[0, 1]));
    assert_eq!(t.positive, [0, 3]);
    assert_eq!(t.negative, [1]);
    assert!((t.mean - 0.3).abs() < 1e-6, "{}", t.mean);
    assert_eq!(t.drivers, [3, 0, 1]);
}

#[test]
fn facts_pair_only_across_columns_and_the_rest_is_unique() {
    let c = corpus();
    let cmp = all_three(&c);
    let f = facts::facts(&c, &cmp);
    // Alignment 2 joins b and the copy c, which is not counted; 0 and 1 join a with b and c.
    assert_eq!(f.shared, [0]);
    assert_eq!(f.unique, vec![vec![1], vec![3], vec![]]);
}

#[test]
fn voices_share_the_quoted_words() {
    let c = corpus();
    let v = voices::voices(&c, &[0]);
    // "Cartel one." is 2 words, "Trade two." 2 words.
    assert_eq!(v.words, 4);
    assert_eq!(v.speakers.len(), 1);
    assert_eq!(v.categories.len(), 2);
    assert!(v.categories.iter().all(|cat| (cat.share - 0.5).abs() < 1e-6));
    assert_eq!(voices::voices(&c, &[2]), voices::Voices::default());
}

#[test]
fn entities_are_spread_over_columns() {
    let c = corpus();
    let spread = entity_spread(&c, &all_three(&c));
    assert_eq!(spread.len(), 1);
    assert_eq!(spread[0].mentions, [1, 1, 0]);
    assert_eq!(spread[0].sides(), 2);
}

#[test]
fn a_byte_of_a_block_finds_its_sentence() {
    let c = corpus();
    // Document 1's sentences are 2 (bytes 0..10) and 3 (12..22).
    assert_eq!(c.sentence_at(1, 0, 0), Some(2));
    assert_eq!(c.sentence_at(1, 0, 13), Some(3));
    assert_eq!(c.sentence_at(1, 0, 11), None, "between sentences");
    assert_eq!(c.sentence_at(1, 1, 0), None, "no such block");
    assert_eq!(c.sentences_of(&[2, 0]), [4, 5, 0, 1]);
}

#[test]
fn a_corpus_with_many_outlets_opens_with_the_largest() {
    let mut c = corpus();
    let body = "Cartel one. Trade two.";
    for i in 0..12 {
        let outlet = format!("O{}", i % 10);
        c.documents.push(doc(&format!("x{i}"), Some(outlet.as_str()), None, body));
    }
    // Outlets A, B, C (1 article each), O0 and O1 (2 each), O2..O9 (1 each): 13 columns.
    assert_eq!(c.all_default_sides().len(), 13);
    let sides = c.default_sides();
    assert_eq!(sides.len(), MAX_DEFAULT_COLUMNS);
    assert!(sides.contains(&SideSpec::Outlet("O0".into())) && sides.contains(&SideSpec::Outlet("O1".into())));
    assert_eq!(sides[0], SideSpec::Outlet("A".into()), "corpus order is kept");
}
