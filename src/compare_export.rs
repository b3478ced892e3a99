//! JSON and CSV exports of every panel of a comparison. Pure functions over a
//! [`Report`], tested natively.

use crate::csv::row;
use crate::numbers::fixed;
use framescope_core::compare::Report;
use framescope_core::framing::Frame;
use framescope_core::Corpus;

/// A JSON string literal.
fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A finite number for JSON (NaN and infinities, which JSON lacks, become 0).
fn json_num(x: f64) -> String {
    let s = fixed(x, 4, false);
    // Trailing zeros say nothing in JSON.
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

fn json_list(items: impl IntoIterator<Item = String>) -> String {
    format!("[{}]", items.into_iter().collect::<Vec<_>>().join(","))
}

/// Where a sentence is: `{"doc","line","text"}`.
fn sentence_json(corpus: &Corpus, s: u32) -> String {
    let sentence = &corpus.framing.sentences[s as usize];
    format!(
        "{{\"doc\":{},\"line\":{},\"text\":{}}}",
        json_str(&corpus.documents[sentence.doc as usize].id),
        sentence.line,
        json_str(corpus.sentence_text(s))
    )
}

/// The whole comparison as one JSON document: columns, copies left out, and every panel
/// with the sentences behind each figure.
pub fn report_json(corpus: &Corpus, report: &Report) -> String {
    let doc_id = |d: u32| json_str(&corpus.documents[d as usize].id);
    let columns = json_list(report.comparison.sides.iter().enumerate().map(|(i, side)| {
        let frames = json_list(report.frames[i].iter().map(|f| {
            format!(
                "{{\"frame\":{},\"share\":{},\"sentences\":{}}}",
                json_str(f.frame.key()),
                json_num(f.share as f64),
                json_list(f.sentences.iter().map(|&s| sentence_json(corpus, s)))
            )
        }));
        let tone = &report.tone[i];
        let voices = &report.voices[i];
        let speakers = json_list(voices.speakers.iter().map(|v| {
            format!(
                "{{\"speaker\":{},\"entity\":{},\"category\":{},\"quotes\":{},\"words\":{},\"share\":{}}}",
                json_str(&v.name),
                v.entity.map_or("null".into(), |e| json_str(&corpus.entities[e as usize].id)),
                json_str(&v.category.key()),
                v.quotes.len(),
                v.words,
                json_num(v.share as f64)
            )
        }));
        let words = &report.words[i];
        let distinctive = json_list(words.top.iter().map(|w| {
            format!(
                "{{\"word\":{},\"count\":{},\"other_count\":{},\"log_odds\":{},\"z\":{}}}",
                json_str(&w.word),
                w.count,
                w.other_count,
                json_num(w.delta),
                json_num(w.z)
            )
        }));
        format!(
            "{{\"label\":{},\"articles\":{},\"counted\":{},\"frames\":{frames},\"tone\":{{\"mean\":{},\"sentences\":{},\
             \"positive\":{},\"negative\":{}}},\"voices\":{{\"words\":{},\"speakers\":{speakers}}},\
             \"distinctive_words\":{{\"words\":{},\"other_words\":{},\"warning\":{},\"top\":{distinctive}}},\
             \"unique_sentences\":{}}}",
            json_str(&side.label),
            json_list(side.docs.iter().map(|&d| doc_id(d))),
            json_list(side.counted.iter().map(|&d| doc_id(d))),
            json_num(tone.mean as f64),
            tone.sentences,
            tone.positive.len(),
            tone.negative.len(),
            voices.words,
            words.words,
            words.other_words,
            words.warning().map_or("null".into(), |w| json_str(&w)),
            json_list(report.facts.unique[i].iter().map(|&s| sentence_json(corpus, s)))
        )
    }));
    let copies = json_list(report.comparison.copies.iter().map(|c| {
        format!(
            "{{\"copy\":{},\"original\":{},\"containment\":{}}}",
            doc_id(c.copy),
            doc_id(c.original),
            json_num(c.containment as f64)
        )
    }));
    let shared = json_list(report.facts.shared.iter().map(|&i| {
        let a = &corpus.framing.alignments[i as usize];
        format!(
            "{{\"a\":{},\"b\":{},\"score\":{},\"shared_terms\":{}}}",
            sentence_json(corpus, a.a),
            sentence_json(corpus, a.b),
            json_num(a.score as f64),
            json_list(a.shared_terms.iter().map(|t| json_str(t)))
        )
    }));
    let entities = json_list(report.entities.iter().map(|e| {
        let entity = &corpus.entities[e.entity as usize];
        format!(
            "{{\"id\":{},\"name\":{},\"kind\":{},\"mentions\":{}}}",
            json_str(&entity.id),
            json_str(&entity.name),
            json_str(e.kind.as_str()),
            json_list(e.mentions.iter().map(|m| m.to_string()))
        )
    }));
    format!("{{\"columns\":{columns},\"copies_left_out\":{copies},\"shared_facts\":{shared},\"entities\":{entities}}}")
}

/// Frame shares, one row per column and frame.
pub fn frames_csv(report: &Report) -> String {
    let mut out = row(&["column", "frame", "share", "sentences"]);
    for (side, frames) in report.comparison.sides.iter().zip(&report.frames) {
        for f in frames {
            out +=
                &row(&[&side.label, f.frame.key(), &fixed(f.share as f64, 4, false), &f.sentences.len().to_string()]);
        }
    }
    out
}

/// Frame evidence: one row per sentence and frame, with its cue words.
pub fn frame_evidence_csv(corpus: &Corpus, report: &Report) -> String {
    let mut out = row(&["column", "article", "line", "frame", "cues", "sentence"]);
    for (side, frames) in report.comparison.sides.iter().zip(&report.frames) {
        for f in frames.iter().filter(|f| f.frame != Frame::Other) {
            for &s in &f.sentences {
                let sentence = &corpus.framing.sentences[s as usize];
                let block = &corpus.documents[sentence.doc as usize].blocks[sentence.block as usize];
                let cues: Vec<&str> = corpus
                    .framing
                    .frames_of(s)
                    .into_iter()
                    .filter(|(frame, _)| *frame == f.frame)
                    .flat_map(|(_, spans)| spans)
                    .filter_map(|sp| block.text.get(sp.start as usize..sp.end as usize))
                    .collect();
                out += &row(&[
                    &side.label,
                    &corpus.documents[sentence.doc as usize].id,
                    &sentence.line.to_string(),
                    f.frame.key(),
                    &cues.join("; "),
                    corpus.sentence_text(s),
                ]);
            }
        }
    }
    out
}

/// Voices: one row per column and speaker.
pub fn voices_csv(report: &Report) -> String {
    let mut out = row(&["column", "speaker", "category", "quotes", "words", "share_of_quoted_words"]);
    for (side, voices) in report.comparison.sides.iter().zip(&report.voices) {
        for v in &voices.speakers {
            out += &row(&[
                &side.label,
                &v.name,
                &v.category.key(),
                &v.quotes.len().to_string(),
                &v.words.to_string(),
                &fixed(v.share as f64, 4, false),
            ]);
        }
    }
    out
}

/// Distinctive words: one row per column and word.
pub fn words_csv(report: &Report) -> String {
    let mut out = row(&["column", "word", "count", "other_count", "log_odds", "z"]);
    for (side, words) in report.comparison.sides.iter().zip(&report.words) {
        for w in &words.top {
            out += &row(&[
                &side.label,
                &w.word,
                &w.count.to_string(),
                &w.other_count.to_string(),
                &fixed(w.delta, 4, false),
                &fixed(w.z, 4, false),
            ]);
        }
    }
    out
}

/// Shared facts: one row per aligned sentence pair.
pub fn facts_csv(corpus: &Corpus, report: &Report) -> String {
    let mut out =
        row(&["score", "article_a", "line_a", "sentence_a", "article_b", "line_b", "sentence_b", "shared_terms"]);
    for &i in &report.facts.shared {
        let a = &corpus.framing.alignments[i as usize];
        let (sa, sb) = (&corpus.framing.sentences[a.a as usize], &corpus.framing.sentences[a.b as usize]);
        out += &row(&[
            &fixed(a.score as f64, 3, false),
            &corpus.documents[sa.doc as usize].id,
            &sa.line.to_string(),
            corpus.sentence_text(a.a),
            &corpus.documents[sb.doc as usize].id,
            &sb.line.to_string(),
            corpus.sentence_text(a.b),
            &a.shared_terms.join("; "),
        ]);
    }
    out
}

/// Tone: one row per counted article.
pub fn tone_csv(corpus: &Corpus, report: &Report) -> String {
    let mut out = row(&["article", "mean_compound", "sentences", "positive", "negative"]);
    for (d, t) in &report.article_tone {
        out += &row(&[
            &corpus.documents[*d as usize].id,
            &fixed(t.mean as f64, 4, false),
            &t.sentences.to_string(),
            &t.positive.len().to_string(),
            &t.negative.len().to_string(),
        ]);
    }
    out
}

/// Entities: one row per entity, with its mentions in each column.
pub fn entities_csv(corpus: &Corpus, report: &Report) -> String {
    let mut header = vec!["entity", "name", "kind"];
    let labels: Vec<String> = report.comparison.sides.iter().map(|s| format!("mentions: {}", s.label)).collect();
    header.extend(labels.iter().map(String::as_str));
    let mut out = row(&header);
    for e in &report.entities {
        let entity = &corpus.entities[e.entity as usize];
        let counts: Vec<String> = e.mentions.iter().map(|m| m.to_string()).collect();
        let mut fields = vec![entity.id.as_str(), entity.name.as_str(), e.kind.as_str()];
        fields.extend(counts.iter().map(String::as_str));
        out += &row(&fields);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape_what_json_requires() {
        assert_eq!(json_str("a\"b\\c\nd\u{1}é"), "\"a\\\"b\\\\c\\nd\\u0001é\"");
        assert_eq!(json_num(f64::NAN), "0");
        assert_eq!(json_num(0.123456), "0.1235");
    }
}
