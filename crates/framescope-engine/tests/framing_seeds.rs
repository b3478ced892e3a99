//! Frames, tone, alignments and the comparison over the seed corpus, checked against
//! what a reader can verify in `corpus/*.txt`.

use framescope_core::compare::SideSpec;
use framescope_core::framing::Frame;
use framescope_core::Corpus;
use framescope_engine::load_corpus;
use std::path::Path;
use std::sync::LazyLock;

static SEEDS: LazyLock<Corpus> = LazyLock::new(|| {
    load_corpus(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")).unwrap_or_else(|e| panic!("{e}"))
});

const NPR: &str = "npr-2013-cooperation-closer-look";
const BLOG: &str = "policy-blog-2013-border-cooperation";
const WAPO: &str = "washington-post-2017-cooperation-under-trump";

fn doc(id: &str) -> u32 {
    SEEDS.documents.iter().position(|d| d.id == id).unwrap() as u32
}

#[test]
fn every_body_sentence_is_scored_once_and_spans_are_in_their_sentence() {
    let framing = &SEEDS.framing;
    assert_eq!(framing.tone.len(), framing.sentences.len());
    assert!(framing
        .sentences
        .windows(2)
        .all(|w| (w[0].doc, w[0].block, w[0].start) < (w[1].doc, w[1].block, w[1].start)));
    for cue in &framing.frame_cues {
        let s = &framing.sentences[cue.sentence as usize];
        assert!(s.start <= cue.span.start && cue.span.end <= s.end, "{cue:?} outside {s:?}");
    }
    for (i, tone) in framing.tone.iter().enumerate() {
        let s = &framing.sentences[i];
        assert!((-1.0..=1.0).contains(&tone.compound));
        assert!(tone.cues.iter().all(|c| s.start <= c.span.start && c.span.end <= s.end));
    }
    // Page chrome is never a sentence.
    for s in &framing.sentences {
        let block = &SEEDS.documents[s.doc as usize].blocks[s.block as usize];
        assert!(block.role.is_article_text(), "{block:?}");
    }
}

#[test]
fn the_matamoros_agreement_is_a_fact_npr_and_the_blog_share() {
    let (npr, blog) = (doc(NPR), doc(BLOG));
    let pair = SEEDS.framing.alignments.iter().find(|a| {
        let (sa, sb) = (&SEEDS.framing.sentences[a.a as usize], &SEEDS.framing.sentences[a.b as usize]);
        sa.doc == npr
            && sb.doc == blog
            && SEEDS.sentence_text(a.a).contains("signed an agreement")
            && SEEDS.sentence_text(a.b).contains("signed an agreement")
    });
    let pair = pair.unwrap_or_else(|| panic!("{:#?}", SEEDS.framing.alignments));
    assert!(pair.shared_terms.iter().any(|t| t == "agreement"), "{pair:?}");
    // One to one: no NPR sentence pairs twice with the blog.
    let mut seen = Vec::new();
    for a in &SEEDS.framing.alignments {
        let (sa, sb) = (&SEEDS.framing.sentences[a.a as usize], &SEEDS.framing.sentences[a.b as usize]);
        assert!(sa.doc < sb.doc, "a comes from the earlier document");
        for key in [(a.a, sb.doc), (a.b, sa.doc)] {
            assert!(!seen.contains(&key), "sentence {} pairs twice with document {}", key.0, key.1);
            seen.push(key);
        }
    }
}

#[test]
fn frames_and_cues_read_as_a_coder_would_expect() {
    // NPR's sentence on the capture of the Zeta leader is about crime, and says so in cues.
    let capture = SEEDS
        .sentences_of(&[doc(NPR)])
        .into_iter()
        .find(|&s| SEEDS.sentence_text(s).contains("announced the capture"))
        .unwrap();
    let frames = SEEDS.framing.frames_of(capture);
    let crime = frames.iter().find(|(f, _)| *f == Frame::CrimeAndPunishment).expect("crime");
    let sentence = &SEEDS.framing.sentences[capture as usize];
    let text = &SEEDS.documents[sentence.doc as usize].blocks[sentence.block as usize].text;
    let cues: Vec<&str> = crime.1.iter().map(|sp| &text[sp.start as usize..sp.end as usize]).collect();
    assert!(cues.contains(&"capture") && cues.contains(&"kingpin"), "{cues:?}");
    // "Homeland Security Secretary Janet Napolitano" is a title and a name, not a security frame.
    let intro = SEEDS.sentences_of(&[doc(NPR)])[0];
    assert!(SEEDS.sentence_text(intro).starts_with("Homeland Security Secretary"));
    let security = SEEDS.framing.frames_of(intro).into_iter().find(|(f, _)| *f == Frame::SecurityAndDefense);
    assert!(security.is_none(), "{security:?}");
}

#[test]
fn the_washington_post_repost_is_credited_and_every_column_is_counted() {
    let report = SEEDS.report(&SEEDS.default_sides()).unwrap();
    assert_eq!(report.comparison.sides.len(), 5, "four outlets and the unattributed blog");
    assert!(report.comparison.copies.is_empty(), "no article of the seeds copies another");
    let wapo = &SEEDS.documents[doc(WAPO) as usize];
    assert_eq!(wapo.publisher.value.as_deref(), Some("The Washington Post"));
    assert_ne!(wapo.publisher.value, wapo.outlet.value);
    for (side, frames) in report.comparison.sides.iter().zip(&report.frames) {
        let sentences = SEEDS.sentences_of(&side.counted).len();
        for f in frames {
            assert!((f.share - f.sentences.len() as f32 / sentences as f32).abs() < 1e-6);
        }
    }
    // A comparison of one article against another names the unknown one plainly.
    let err = SEEDS.report(&[SideSpec::Article("nope".into())]).unwrap_err();
    assert_eq!(err.to_string(), "no article has the id “nope”");
}

#[test]
fn the_export_carries_frames_and_alignments() {
    let json: serde_json::Value = serde_json::from_str(&framescope_engine::export::to_json(&SEEDS)).unwrap();
    let frames = json["frames"].as_array().unwrap();
    assert_eq!(frames.len(), 5);
    for f in frames {
        let scores = f["scores"].as_object().unwrap();
        assert_eq!(scores.len(), 15);
        for e in f["evidence"].as_array().unwrap() {
            assert!(e["line"].as_u64().unwrap() > 0);
            assert!(Frame::from_key(e["frame"].as_str().unwrap()).is_some());
            assert!(!e["cues"].as_array().unwrap().is_empty());
        }
    }
    let alignments = json["alignments"].as_array().unwrap();
    assert!(!alignments.is_empty());
    for a in alignments {
        for side in ["a", "b"] {
            assert!(a[side]["doc"].is_string() && a[side]["line"].as_u64().unwrap() > 0);
        }
        assert!((0.0..=1.0).contains(&a["score"].as_f64().unwrap()));
        assert!(a["shared_terms"].is_array());
    }
}
