//! Quotes and their speakers: text in quotation marks, transcript turns (`NAME:`), and
//! reported speech (said, says, told, according to), attributed to a speaker entity or
//! to the text's description of an unnamed source — never to the reporter narrating a
//! transcript.

use super::candidates::is_demonym;
use super::lexicon::{is_plural_speech_verb, is_speech_verb, is_title};
use framescope_core::{text::fold, BlockRole, Document, Entity, EntityKind, Quote, QuoteKind, SpeakerCategory};
use std::collections::HashMap;
use unicode_segmentation::UnicodeSegmentation;

/// Fewest words for quoted text to be a quote rather than a quoted phrase ("open wounds").
const MIN_QUOTE_WORDS: usize = 4;

/// A person mention in one block: entity index and byte range.
#[derive(Clone, Copy)]
struct Named {
    entity: u32,
    start: usize,
    end: usize,
}

/// The mentions of every entity of one kind, by (document, block).
fn mentions_by_block(entities: &[Entity], kind: EntityKind) -> HashMap<(u32, u32), Vec<Named>> {
    let mut out: HashMap<(u32, u32), Vec<Named>> = HashMap::new();
    for (i, e) in entities.iter().enumerate().filter(|(_, e)| e.kind == kind) {
        for m in &e.mentions {
            out.entry((m.doc, m.block)).or_default().push(Named {
                entity: i as u32,
                start: m.start as usize,
                end: m.end as usize,
            });
        }
    }
    out
}

/// Finds the quotes of every document.
pub fn extract_quotes(docs: &[Document], entities: &[Entity]) -> Vec<Quote> {
    // Person mentions by document and block, read once (corpora may be large).
    let mut people = mentions_by_block(entities, EntityKind::Person);
    // Organisations speak too ("Elections Nova Scotia said …", "the CMA said"), but only as
    // the subject right before a verb of speech: an organisation named further back is
    // more often where someone works than who speaks.
    let mut bodies = mentions_by_block(entities, EntityKind::Organisation);
    for list in people.values_mut().chain(bodies.values_mut()) {
        list.sort_by_key(|n| n.start);
    }
    let mut quotes = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let narrators = narrators(doc, d as u32, entities, &people);
        let interviewee = interviewee(doc, d as u32, &narrators, &people);
        let mut last_speaker: Option<u32> = None;
        // The organisation named last: what "it said" means; and every organisation named
        // so far, newest last, for "the ministry said".
        let mut last_organisation: Option<u32> = None;
        let mut organisations_seen: Vec<u32> = Vec::new();
        // … and every person named so far, newest last, for "the governor said".
        let mut people_seen: Vec<u32> = Vec::new();
        for (b, block) in doc.blocks.iter().enumerate() {
            if block.role != BlockRole::Body {
                continue;
            }
            let text = &block.text;
            let named: Vec<Named> = people.get(&(d as u32, b as u32)).cloned().unwrap_or_default();
            let organisations: &[Named] = bodies.get(&(d as u32, b as u32)).map(Vec::as_slice).unwrap_or_default();
            let mut found = Vec::new();
            let mut skip_to = 0;
            // A question-and-answer interview: each "A:" is the interviewee speaking.
            if let (Some(answer), Some(person)) = (text.strip_prefix("A:"), interviewee) {
                let start = text.len() - answer.trim_start().len();
                if start < text.len() {
                    quotes.push(quote(d, b, start, text.len(), QuoteKind::Direct, Some(person), entities));
                    last_speaker = Some(person);
                }
                continue;
            }
            // A transcript turn: the label's person speaks the rest, unless they narrate.
            if let Some(colon) = label_end(text) {
                let speaker = named.iter().find(|n| n.end <= colon).map(|n| n.entity);
                skip_to = colon + 1;
                if let Some(s) = speaker {
                    if !narrators.contains(&s) {
                        let start = colon + 1 + (text[colon + 1..].len() - text[colon + 1..].trim_start().len());
                        found.push(quote(d, b, start, text.len(), QuoteKind::Direct, Some(s), entities));
                        last_speaker = Some(s);
                        quotes.extend(found);
                        continue;
                    }
                }
            }
            // (A boundary inside a name is an initial's full stop: "Y. Sampath Kumar".)
            let inside_name = |at: usize| named.iter().chain(organisations).any(|n| n.start < at && at < n.end);
            let mut sentences: Vec<(usize, usize)> = Vec::new();
            for (i, s) in text.split_sentence_bound_indices() {
                match sentences.last_mut() {
                    Some(last) if inside_name(i) => last.1 = i + s.len(),
                    _ => sentences.push((i, i + s.len())),
                }
            }
            sentences.retain(|&(_, e)| e > skip_to);
            let sentence_of = |at: usize| sentences.iter().copied().find(|&(a, b)| a <= at && at < b.max(a + 1));
            // Quotations may run over several sentences; they and reported speech are read
            // in text order, so "she said" after "Ogunsanya told journalists …" is Ogunsanya.
            let marks = quoted_spans(text, skip_to, text.len());
            let mut block_speaker: Option<u32> = None;
            for &(s_start, s_end) in &sentences {
                let s_start = s_start.max(skip_to);
                if marks.iter().any(|&(qs, qe)| qs < s_end && qe > s_start) {
                    for &(qs, qe) in marks.iter().filter(|&&(qs, _)| qs >= s_start && qs < s_end) {
                        let s = sentence_of(qs).map_or(skip_to, |x| x.0);
                        let e = sentence_of(qe.saturating_sub(1)).map_or(text.len(), |x| x.1);
                        let e = sentences.iter().find(|x| x.0 >= qe).map_or(e, |next| next.1.max(e)).min(text.len());
                        let around: Vec<Named> = named.iter().copied().filter(|n| n.start >= s && n.end <= e).collect();
                        let bodies: Vec<Named> =
                            organisations.iter().copied().filter(|n| n.start >= s && n.end <= e).collect();
                        let last = block_speaker.or(last_speaker);
                        let speaker = match attribute(text, (s, e), (qs, qe), &around, &bodies, last) {
                            // A second quotation in a paragraph with no verb of its own continues the first.
                            Attribution::Unknown => block_speaker.map_or(Attribution::Unknown, Attribution::Entity),
                            found => found,
                        };
                        match speaker {
                            Attribution::Entity(p) if !narrators.contains(&p) => {
                                last_speaker = Some(p);
                                block_speaker = Some(p);
                                found.push(quote(d, b, qs, qe, QuoteKind::Direct, Some(p), entities));
                            }
                            Attribution::Described(desc) => {
                                found.push(described(d, b, qs, qe, QuoteKind::Direct, desc))
                            }
                            _ => {}
                        }
                    }
                    continue;
                }
                let in_sentence: Vec<Named> =
                    named.iter().copied().filter(|n| n.start >= s_start && n.end <= s_end).collect();
                let orgs_in_sentence: Vec<Named> =
                    organisations.iter().copied().filter(|n| n.start >= s_start && n.end <= s_end).collect();
                let found_reported = role_antecedent(text, s_start, s_end, &people_seen, entities)
                    .or_else(|| {
                        reported(
                            text,
                            s_start,
                            s_end,
                            &in_sentence,
                            &orgs_in_sentence,
                            Antecedents { person: last_speaker, organisation: last_organisation },
                        )
                    })
                    .or_else(|| described_organisation(d as u32, text, s_start, s_end, &organisations_seen, entities));
                for n in &in_sentence {
                    people_seen.retain(|&e| e != n.entity);
                    people_seen.push(n.entity);
                }
                if let Some(n) = orgs_in_sentence.last() {
                    last_organisation = Some(n.entity);
                }
                for n in &orgs_in_sentence {
                    organisations_seen.retain(|&e| e != n.entity);
                    organisations_seen.push(n.entity);
                }
                // (A second speaker's clause after the first's content: "…, though Police
                // Scotland said two supporters had been arrested".)
                let nothing_reported = found_reported.is_none();
                let second = found_reported.as_ref().and_then(|&(_, _, ce)| {
                    let link = SECOND_SPEAKER_LINKS.iter().find(|l| text[ce..s_end].starts_with(**l))?;
                    let from = ce + link.len();
                    let within = |n: &&Named| n.start >= from;
                    let people: Vec<Named> = in_sentence.iter().filter(within).copied().collect();
                    let orgs: Vec<Named> = orgs_in_sentence.iter().filter(within).copied().collect();
                    reported(text, from, s_end, &people, &orgs, Antecedents { person: None, organisation: None })
                });
                for (speaker, cs, ce) in found_reported.into_iter().chain(second) {
                    match speaker {
                        Attribution::Entity(p) if !narrators.contains(&p) => {
                            last_speaker = Some(p);
                            block_speaker = Some(p);
                            found.push(quote(d, b, cs, ce, QuoteKind::Reported, Some(p), entities));
                        }
                        Attribution::Described(desc) => found.push(described(d, b, cs, ce, QuoteKind::Reported, desc)),
                        _ => {}
                    }
                }
                if nothing_reported {
                    if let Some(n) = in_sentence.iter().rev().find(|n| !narrators.contains(&n.entity)) {
                        // The last person named is who "he" and "she" most likely mean next.
                        last_speaker = Some(n.entity);
                    }
                }
            }
            found.sort_by_key(|q| q.start);
            quotes.extend(found);
        }
    }
    quotes
}

/// Whether what follows a verb of speech only says when or where it was said, to the
/// sentence's end: "on Tuesday.", "in a statement.", "last week.".
fn only_occasion(rest: &str) -> bool {
    let rest = rest.trim_end().trim_end_matches(['.', ';']);
    let words: Vec<&str> = rest.split(' ').collect();
    let opens = |w: &str| {
        matches!(w, "on" | "last" | "this" | "yesterday" | "today" | "earlier" | "late" | "later" | "in" | "at")
    };
    !rest.is_empty()
        && words.len() <= 4
        && opens(words[0])
        && (words[0] != "in" && words[0] != "at"
            || words.get(1).is_some_and(|w| matches!(*w, "a" | "an" | "its" | "their")))
        && !rest.contains([',', '"', '“'])
}

/// Links after which a second speaker's clause may follow the first's content.
const SECOND_SPEAKER_LINKS: &[&str] = &[", though ", ", although ", ", while ", ", whereas ", ", but "];

/// The people who narrate a document: its author and anyone labelled `, BYLINE`,
/// `, HOST` or `, ANCHOR` in a transcript.
fn narrators(doc: &Document, d: u32, entities: &[Entity], people: &HashMap<(u32, u32), Vec<Named>>) -> Vec<u32> {
    let author = doc.author.value.as_deref().map(fold);
    let mut out = Vec::new();
    for (b, block) in doc.blocks.iter().enumerate() {
        for n in people.get(&(d, b as u32)).into_iter().flatten() {
            let is_author = author.as_deref() == Some(fold(&entities[n.entity as usize].name).as_str());
            let after = block.text[n.end..].trim_start().to_uppercase();
            let byline = [", BYLINE", ", HOST", ", ANCHOR"].iter().any(|l| after.starts_with(l));
            if (is_author || byline) && !out.contains(&n.entity) {
                out.push(n.entity);
            }
        }
    }
    out
}

/// Who answers in a question-and-answer interview (paragraphs opening "Q:" and "A:"): the
/// person the article names most often, other than its narrators. `None` for other forms.
fn interviewee(doc: &Document, d: u32, narrators: &[u32], people: &HashMap<(u32, u32), Vec<Named>>) -> Option<u32> {
    let body = || doc.blocks.iter().filter(|b| b.role == BlockRole::Body);
    if !body().any(|b| b.text.starts_with("Q:")) || !body().any(|b| b.text.starts_with("A:")) {
        return None;
    }
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for b in 0..doc.blocks.len() as u32 {
        for n in people.get(&(d, b)).map(Vec::as_slice).unwrap_or_default() {
            if !narrators.contains(&n.entity) {
                *counts.entry(n.entity).or_default() += 1;
            }
        }
    }
    counts.into_iter().max_by_key(|&(e, n)| (n, std::cmp::Reverse(e))).map(|(e, _)| e)
}

/// The byte offset of a transcript label's colon ("DUNCAN WOOD:").
fn label_end(text: &str) -> Option<usize> {
    let colon = text.find(':')?;
    let label = &text[..colon];
    let ok = (2..=60).contains(&label.len())
        && label.chars().any(char::is_uppercase)
        && label.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | ',' | '.' | '\'' | '’' | '-'));
    ok.then_some(colon)
}

/// Byte ranges inside quotation marks in `text[from..to]`, of at least [`MIN_QUOTE_WORDS`] words.
fn quoted_spans(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let part = &text[from..to];
    let mut open: Option<usize> = None;
    let mut straight_open = false;
    for (i, c) in part.char_indices() {
        match c {
            '“' if open.is_none() => open = Some(i + c.len_utf8()),
            '"' if open.is_none() => {
                open = Some(i + 1);
                straight_open = true;
            }
            '”' | '"' if open.is_some() && (c == '”' || straight_open) => {
                let s = open.take().expect("open quote");
                straight_open = false;
                let inner = &part[s..i];
                if framescope_core::text::word_count(inner) >= MIN_QUOTE_WORDS {
                    out.push((from + s, from + i));
                }
            }
            _ => {}
        }
    }
    out
}

/// A verb of speech used as a verb: written in lower case (not "United States") and not
/// after a possessive ("his stated desire").
fn is_verb_at(words: &[(usize, &str)], i: usize) -> bool {
    let w = words[i].1;
    let possessive = i > 0
        && matches!(
            words[i - 1].1.to_lowercase().as_str(),
            "his" | "her" | "their" | "its" | "our" | "my" | "your" | "the" | "a" | "an"
        );
    // ("note", "claim" and "say" are nouns too: a plural verb only after a plural subject,
    // "officials say", "analysts warn", "they say", "people who live there say".)
    let plural_subject = i > 0 && {
        let prev = words[i - 1].1.to_lowercase();
        (prev.ends_with('s')
            && !prev.ends_with("'s")
            && !prev.ends_with("’s")
            && !prev.ends_with("ss")
            && prev.len() > 4
            && !matches!(prev.as_str(), "this" | "thus" | "perhaps" | "always" | "sometimes"))
            || matches!(prev.as_str(), "they" | "we" | "people" | "police" | "staff")
    };
    // ("had been told not to discuss the case": spoken to, not speaking.)
    let passive = i > 0 && matches!(words[i - 1].1, "been" | "being" | "be" | "was" | "were");
    let verb = !passive && (is_speech_verb(w) || (is_plural_speech_verb(w) && plural_subject));
    verb && w.chars().next().is_some_and(char::is_lowercase) && !possessive
}

/// An organisation named as where a described speaker works: "a lawyer for Brightline
/// Holdings said", "an analyst at Deutsche Bank said" (the lawyer speaks, not the firm).
fn described_member(text: &str, n: &Named) -> bool {
    let before = text[..n.start].trim_end();
    let before = before.strip_suffix("the").map_or(before, str::trim_end);
    ["for", "at", "of", "from", "with"]
        .iter()
        .any(|p| before.strip_suffix(p).is_some_and(|rest| rest.is_empty() || rest.ends_with(' ')))
}

/// An organisation that qualifies an unnamed speaker right after it: "A Cricket South
/// Africa (CSA) official, who asked not to be named, said" (its spokesperson speaks for it
/// and is read elsewhere).
fn describes_source(text: &str, n: &Named) -> bool {
    let rest = text[n.end..].trim_start();
    let rest = rest
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .filter(|(inside, _)| !inside.contains(' '))
        .map_or(rest, |(_, r)| r.trim_start());
    let noun = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let singular = noun.strip_suffix('s').unwrap_or(noun);
    !noun.starts_with("spokes") && (SOURCE_NOUNS.contains(&noun) || SOURCE_NOUNS.contains(&singular))
}

/// Who a quote is attributed to.
enum Attribution {
    Entity(u32),
    Described(String),
    Unknown,
}

const PRONOUNS: &[&str] = &["he", "she", "they"];

/// Who speaks a quotation `text[qs..qe]` in the sentences `text[s..e]`: a person named
/// beside a verb of speech, else an organisation as the verb's subject ("Fieldline said
/// it “…”"), else a pronoun's antecedent `last`, a described source, or a person named
/// earlier in the sentence; the verb after the quotation is read first. A quotation
/// opening its paragraph with no verb continues the paragraph's last speaker.
fn attribute(
    text: &str,
    (s, e): (usize, usize),
    (qs, qe): (usize, usize),
    named: &[Named],
    organisations: &[Named],
    last: Option<u32>,
) -> Attribution {
    let after = &text[qe..e];
    let before = &text[s..qs];
    // A pronoun after the quotation ("…," she said) yields to a name before it ("Judge
    // Harriet Penhaligon said the assessment had “…”. She added"): who "she" is, is known
    // only once the words before are read.
    let mut pronoun = false;
    for (segment, offset) in [(after, qe), (before, s)] {
        let words: Vec<(usize, &str)> = segment.unicode_word_indices().collect();
        if let Some(v) = (0..words.len()).find(|&i| is_verb_at(&words, i)) {
            // A name ending right before the verb, or starting right after it.
            let verb_at = offset + words[v].0;
            let verb_end = verb_at + words[v].1.len();
            if let Some(n) = named.iter().rev().find(|n| n.end <= verb_at && text[n.end..verb_at].trim().len() <= 2) {
                return Attribution::Entity(n.entity);
            }
            // (Titles may stand between: "said Madam Goh", "said Det. Sgt. Ruth Ames".)
            if let Some(n) = named.iter().find(|n| n.start >= verb_end && only_titles(&text[verb_end..n.start])) {
                return Attribution::Entity(n.entity);
            }
            // (Not where a person comes first: "Anna Lindqvist of the … Alliance said".)
            let person_first = named.iter().any(|n| n.end <= verb_at);
            let subject = organisations
                .iter()
                .rev()
                .find(|n| n.end <= verb_at && text[n.end..verb_at].trim().is_empty() && !described_member(text, n));
            if let (Some(n), false) = (subject, person_first) {
                return Attribution::Entity(n.entity);
            }
            if v > 0 && PRONOUNS.contains(&words[v - 1].1.to_lowercase().as_str()) {
                if offset == qe {
                    pronoun = true;
                    continue;
                }
                return last.map_or(Attribution::Unknown, Attribution::Entity);
            }
            if let Some(desc) = description_after(&text[verb_end..e]) {
                return Attribution::Described(desc);
            }
            // "A spokesperson for Lublin City Hall said the city … “for as long as …”": the
            // described subject before the verb.
            if !person_first && offset == s {
                if let Some(desc) = described_source(&names_kept(text, s, verb_at, organisations), false) {
                    return Attribution::Described(desc.replace(KEPT_SPACE, " "));
                }
            }
            // "As Secretary Napolitano stated:" — a name anywhere before the verb in the sentence.
            if let Some(n) = named.iter().rev().find(|n| n.end <= verb_at) {
                return Attribution::Entity(n.entity);
            }
        }
    }
    // A quote that opens its paragraph continues the last speaker.
    if pronoun || text[..qs].trim_start_matches(['“', '"', ' ']).is_empty() {
        if let Some(l) = last {
            return Attribution::Entity(l);
        }
    }
    Attribution::Unknown
}

/// Whether the words between a verb and a name are nothing but titles ("Madam", "Det.
/// Sgt.", "the Rev."), which the name's mention leaves out.
fn only_titles(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= 4 && words.iter().all(|w| w.eq_ignore_ascii_case("the") || is_title(w.trim_end_matches('.')))
}

/// "a senior Mexican official, who spoke on the condition of anonymity": an unnamed
/// source described after the verb.
fn description_after(rest: &str) -> Option<String> {
    let rest = rest.trim_start();
    let first = rest.split_whitespace().next()?;
    if !matches!(first.to_lowercase().as_str(), "a" | "an" | "one" | "two" | "several" | "some" | "the") {
        return None;
    }
    let end = rest.find(['.', ';', '“', '"']).unwrap_or(rest.len());
    let desc = rest[..end].trim().trim_end_matches(',');
    // (A noun for people who speak heads it: not "said the result showed the party".)
    let words: Vec<&str> = desc.split_whitespace().collect();
    (words.len() >= 2 && source_head(&words).is_some()).then(|| desc.to_string())
}

/// Reported speech in a sentence: the speaker and the byte range of what they said.
/// "The ministry said the permits are needed …": a definite description of an
/// organisation as the subject of a verb of speech means the latest organisation named
/// with that head noun ("Ministry of Energy and Mineral Resources").
fn described_organisation(
    doc: u32,
    text: &str,
    s: usize,
    e: usize,
    seen: &[u32],
    entities: &[Entity],
) -> Option<(Attribution, usize, usize)> {
    // "Police said …" opening a sentence: the police force named last.
    let words: Vec<(usize, &str)> = text[s..e].unicode_word_indices().take(2).collect();
    if let [(_, "Police"), (at, verb)] = words[..] {
        if is_speech_verb(verb) {
            let who = seen.iter().rev().copied().find(|&o| names_police(entities, o))?;
            return said_after(text, s + at + verb.len(), e).map(|(cs, ce)| (Attribution::Entity(who), cs, ce));
        }
    }
    let (words, v) = verb_after_subject(text, s, e, usize::MAX)?;
    let (the, noun) = (words[v - 2].1, words[v - 1].1);
    if !the.eq_ignore_ascii_case("the") {
        return None;
    }
    let folded = fold(noun);
    let named_by_noun =
        |o: u32| entities.get(o as usize).is_some_and(|en| en.name.split_whitespace().any(|w| fold(w) == folded));
    let who = if super::lexicon::is_organisation_head(noun) {
        seen.iter().rev().copied().find(|&o| named_by_noun(o))
    } else {
        None
    };
    // "The company said …", "The regulator said …": a noun for a kind of body that names
    // none means the latest body of that kind ("Pinecrest Brands", "the Norwegian Food
    // Safety Authority").
    // (The body of that kind the document names most, the latest of equals: "the company"
    // is the story's company more often than its latest supplier.)
    let who = who.or_else(|| {
        let kind = body_kind(&folded)?;
        // (Mentions come in document order: the document's run is found by halving, so a
        // body named across tens of thousands of articles costs no scan.)
        let mentions = |o: u32| {
            let all = &entities[o as usize].mentions;
            all.partition_point(|m| m.doc <= doc) - all.partition_point(|m| m.doc < doc)
        };
        seen.iter().copied().filter(|&o| entities.get(o as usize).is_some_and(|en| kind.fits(&en.name))).fold(
            None,
            |best: Option<u32>, o| match best {
                Some(b) if mentions(b) > mentions(o) => Some(b),
                _ => Some(o),
            },
        )
    })?;
    said_after(text, s + words[v].0 + words[v].1.len(), e).map(|(cs, ce)| (Attribution::Entity(who), cs, ce))
}

/// Whether entity `o` is a police force by its name.
fn names_police(entities: &[Entity], o: u32) -> bool {
    entities.get(o as usize).is_some_and(|en| {
        en.kind == EntityKind::Organisation
            && en.name.split_whitespace().any(|w| matches!(w, "Police" | "Constabulary"))
    })
}

/// Kinds of bodies that a generic noun stands for: "the company", "the regulator".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyKind {
    /// A firm, a band, a club: any body not named as a public one.
    Private,
    /// A public authority that oversees a trade.
    Regulator,
}

/// Heads that name a public body, never a firm.
const PUBLIC_HEADS: &[&str] = &[
    "Ministry",
    "Department",
    "Agency",
    "Police",
    "Council",
    "Commission",
    "Authority",
    "Service",
    "Court",
    "Parliament",
    "Government",
    "Office",
    "Assembly",
    "Senate",
    "Congress",
    "Bureau",
    "Directorate",
    "Inspectorate",
    "Tribunal",
    "Administration",
    "Committee",
    "Party",
    "University",
    "School",
    "Institute",
    "Foundation",
];

/// Heads of a regulator's name.
const REGULATOR_HEADS: &[&str] =
    &["Authority", "Commission", "Agency", "Office", "Regulator", "Board", "Inspectorate", "Directorate"];

fn body_kind(noun: &str) -> Option<BodyKind> {
    match noun {
        "company" | "firm" | "group" | "chain" | "retailer" | "maker" | "carrier" | "airline" | "lender"
        | "insurer" | "startup" | "developer" | "operator" | "duo" | "trio" | "band" | "club" | "brand"
        | "supplier" => Some(BodyKind::Private),
        "regulator" | "watchdog" => Some(BodyKind::Regulator),
        _ => None,
    }
}

impl BodyKind {
    /// Whether a body's name fits the kind.
    fn fits(self, name: &str) -> bool {
        let mut words = name.split_whitespace();
        match self {
            BodyKind::Private => !words.any(|w| PUBLIC_HEADS.contains(&w)),
            BodyKind::Regulator => words.any(|w| REGULATOR_HEADS.contains(&w)),
        }
    }
}

/// The words of the sentence `text[s..e]` and the first verb of speech among them after a
/// subject of two words at least, before word `within`.
fn verb_after_subject(text: &str, s: usize, e: usize, within: usize) -> Option<(Vec<(usize, &str)>, usize)> {
    let words: Vec<(usize, &str)> = text[s..e].unicode_word_indices().collect();
    let v = (2..words.len().min(within)).find(|&i| is_verb_at(&words, i))?;
    Some((words, v))
}

/// What was said after a verb of speech ending at `verb_end`, up to `e`: past a comma and a
/// "that", if it is long enough to be a statement.
fn said_after(text: &str, verb_end: usize, e: usize) -> Option<(usize, usize)> {
    let rest = &text[verb_end..e];
    let skip = rest.len() - rest.trim_start_matches([' ', ',']).len();
    let mut cs = verb_end + skip;
    if text[cs..e].starts_with("that ") {
        cs += 5;
    }
    let ce = e - (text[..e].len() - text[..e].trim_end().len());
    (ce > cs + 10).then_some((cs, ce))
}

/// "The governor said …", "The budget director said …" opening a sentence: the person named
/// earlier in the document whose role is those words, the one named last if several are.
fn role_antecedent(
    text: &str,
    s: usize,
    e: usize,
    seen: &[u32],
    entities: &[Entity],
) -> Option<(Attribution, usize, usize)> {
    // (Most sentences fail here, before their words are read.)
    if !text[s..e].trim_start().starts_with("The ") {
        return None;
    }
    let (words, v) = verb_after_subject(text, s, e, 6)?;
    if words[0].1 != "The" || !words[1..v].iter().all(|(_, w)| w.chars().all(char::is_lowercase)) {
        return None;
    }
    // (Nothing but spaces between the words: "The governor, who …, said" is read elsewhere.)
    let subject_end = s + words[v - 1].0 + words[v - 1].1.len();
    if text[s + words[0].0..subject_end].contains([',', '(', '"', '“']) {
        return None;
    }
    let described: Vec<String> = words[1..v].iter().map(|(_, w)| fold(w)).collect();
    let head = described.last()?;
    if !super::roles::person_noun(head) {
        return None;
    }
    let who = seen.iter().rev().copied().find(|&p| {
        entities.get(p as usize).and_then(|en| en.role.as_deref()).is_some_and(|role| {
            // (The whole role: "The president said" is not the Vice President's, nor a
            // former president's.)
            let role: Vec<String> = role.split_whitespace().map(fold).collect();
            role == described
        })
    })?;
    said_after(text, s + words[v].0 + words[v].1.len(), e).map(|(cs, ce)| (Attribution::Entity(who), cs, ce))
}

/// Listeners a speaker tells something, written before what was said: "told reporters the
/// charges would be dropped".
const LISTENERS: &[&str] =
    &["reporters", "journalists", "lawmakers", "legislators", "councillors", "me", "us", "him", "her", "them"];

/// Nouns for people who speak unnamed: "officials", "a spokesperson", "analysts",
/// "three people who attended", "residents".
const SOURCE_NOUNS: &[&str] = &[
    "activist",
    "adviser",
    "advisor",
    "aide",
    "ally",
    "allies",
    "analyst",
    "authorities",
    "colleague",
    "supporter",
    "campaigner",
    "critic",
    "diplomat",
    "economist",
    "executive",
    "expert",
    "investigator",
    "lawyer",
    "maker",
    "observer",
    "officer",
    "official",
    "people",
    "person",
    "prosecutor",
    "researcher",
    "resident",
    "scientist",
    "source",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "trader",
    "witness",
    "fishermen",
    "farmer",
    "worker",
    "investor",
    "insider",
    "member",
    "employee",
    "volunteer",
    "manager",
    "employer",
    "negotiator",
    "agent",
    "teacher",
    "curator",
    "engineer",
    "doctor",
    "nurse",
    "parent",
    "student",
    "driver",
    "lobbyist",
    "programmer",
    "operator",
    "supervisor",
    "relatives",
    "passenger",
    "advocate",
    "environmentalist",
    "group",
    "firm",
    "embassy",
];

/// The description of an unnamed source: the subject before a verb of speech ("Bulgarian
/// officials", "A Turkish customs official, who asked not to be named,") or, with
/// `after_according`, the words after "according to" ("three people who attended the
/// trial"). Its head noun must be one for people who speak, and it must open with a
/// determiner, a number or an adjective, or be a bare plural.
fn described_source(phrase: &str, after_according: bool) -> Option<String> {
    let set_off = phrase.trim_end().ends_with(',');
    let phrase = phrase.trim().trim_end_matches(',');
    let desc = if after_according {
        let end = phrase.find([',', '.', ';']).unwrap_or(phrase.len());
        phrase[..end].trim()
    } else {
        // The subject: the last clause before the verb ("In Sofia, officials said"), less a
        // relative clause, set off by commas or not ("The man who shot a police officer
        // told …" is the man's).
        // (Or a participle's: "A Gulf diplomat, speaking on condition of anonymity, said".)
        let main = [", who ", ", speaking ", ", citing "]
            .iter()
            .filter_map(|r| phrase.find(r))
            .min()
            .map_or(phrase, |i| &phrase[..i]);
        // (An appositive set off on both sides describes the name before it, which is the
        // subject: "Halvorsen, a member of the board, said".)
        if let Some((before, _)) = main.rsplit_once(", ") {
            let named_before = before.split_whitespace().last().is_some_and(|w| w.starts_with(char::is_uppercase));
            if set_off && named_before {
                return None;
            }
        }
        let main = main.rsplit(", ").next().unwrap_or(main);
        let main = [" who ", " that ", " which ", " filed ", " named "]
            .iter()
            .filter_map(|r| main.find(r))
            .min()
            .map_or(main, |i| &main[..i]);
        main.trim()
    };
    let all: Vec<&str> = desc.split_whitespace().collect();
    // The noun phrase before the verb: from its determiner or number, else after the last
    // word that ends a clause ("She was arrested after a witness said" → "a witness").
    let opener = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "a" | "an" | "the" | "one" | "two" | "three" | "four" | "five" | "several" | "some" | "many" | "most"
        ) || w.chars().all(|c| c.is_ascii_digit())
    };
    let start = if after_according {
        0
    } else {
        let clause_end = |w: &&str| {
            matches!(
                *w,
                "after"
                    | "before"
                    | "when"
                    | "while"
                    | "because"
                    | "as"
                    | "if"
                    | "since"
                    | "and"
                    | "but"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "has"
                    | "have"
                    | "had"
            )
        };
        // (The first opener after the clause's start whose phrase is a source: "An official
        // familiar with the talks", not "the talks"; "Officials in the city", not "the city".)
        let from_clause = all.iter().rposition(clause_end).map_or(0, |i| i + 1);
        let starts = std::iter::once(from_clause)
            .chain((from_clause..all.len()).filter(|&i| opener(all[i])))
            .collect::<Vec<_>>();
        let works = |start: usize| source_head(&all[start.min(all.len())..]).is_some();
        starts.iter().copied().find(|&i| works(i)).unwrap_or(*starts.last().unwrap_or(&from_clause))
    };
    let words: Vec<&str> = all[start.min(all.len())..].to_vec();
    let desc = words.join(" ");
    if words.is_empty() || words.len() > 12 {
        return None;
    }
    let (cut, head) = source_head(&words)?;
    let determined = opener(words[0]) || words[0].starts_with(char::is_uppercase) || cut >= 2;
    // (A bare plural: "Analysts say", "Residents said".)
    let plural = cut == 1 && head.ends_with('s');
    (determined || plural).then_some(desc)
}

/// The head of a described source's noun phrase and how many words lead to it, if it is
/// one for people who speak: the last word before a relative clause or a prepositional
/// phrase ("official" of "An official familiar with the talks").
fn source_head(words: &[&str]) -> Option<(usize, String)> {
    let cut = words
        .iter()
        .position(|w| {
            matches!(
                *w,
                "who" | "that" | "at" | "of" | "in" | "from" | "familiar" | "close" | "with" | "for" | "not" | "based"
            )
        })
        .unwrap_or(words.len());
    let head = words[..cut].last()?.trim_end_matches(',').to_lowercase();
    let singular = head.strip_suffix('s').unwrap_or(&head);
    // (Or a body described by its owner, not named: "Peña Aldama's ministry says".)
    let is_source = SOURCE_NOUNS.contains(&head.as_str())
        || SOURCE_NOUNS.contains(&singular)
        || (super::lexicon::is_organisation_head(&head)
            && words[..cut].iter().any(|w| w.ends_with("'s") || w.ends_with("’s")));
    (is_source && cut <= 6).then_some((cut, head))
}

/// Stands for a space inside a name, with the same length, so that a description is cut
/// neither at a comma nor at a word of the name.
const KEPT_SPACE: char = '\0';

/// `text[s..e]` with the organisations' names as single words (`KEPT_SPACE`): "A
/// spokesperson for Armagh City, Banbridge and Craigavon Borough Council" is one phrase.
fn names_kept(text: &str, s: usize, e: usize, organisations: &[Named]) -> String {
    let mut phrase = text[s..e].to_string();
    for n in organisations.iter().filter(|n| n.start >= s && n.end <= e) {
        let (a, b) = (n.start - s, n.end - s);
        let inside = phrase[a..b].replace(' ', &KEPT_SPACE.to_string());
        phrase.replace_range(a..b, &inside);
    }
    phrase
}

/// Days of the week, for "said on Monday …".
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Words that may stand between an organisation and its verb of speech: "BTL has said".
const AUXILIARIES: &[&str] = &["has", "have", "had", "also", "earlier", "later", "previously"];

/// Whether a phrase set off by commas holds a break of its own (a comma, full stop or
/// semicolon), beyond those inside numbers ("which serves about 210,000 homes").
fn breaks_clause(phrase: &str) -> bool {
    let b = phrase.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        matches!(c, b',' | b'.' | b';')
            && !(c != b';' && i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
    })
}

/// What between an organisation and a verb of speech still makes the organisation the
/// speaker: its spokesperson or its office ("An MOH spokesman said", "The National
/// Weather Service office in Charleston said").
fn speaks_for(gap: &str) -> bool {
    let mut words = gap.split_whitespace();
    match words.next() {
        Some("spokesman" | "spokeswoman" | "spokesperson" | "spokespeople") => words.next().is_none(),
        Some("office") => match words.next() {
            None => true,
            // (Where the office is: a name.)
            Some("in") => {
                let place: Vec<&str> = words.collect();
                !place.is_empty() && place.iter().all(|w| w.starts_with(char::is_uppercase))
            }
            _ => false,
        },
        _ => false,
    }
}

/// Who "he", "she" and "they" most likely mean, and who "it" does.
#[derive(Debug, Clone, Copy)]
struct Antecedents {
    person: Option<u32>,
    organisation: Option<u32>,
}

fn reported(
    text: &str,
    s: usize,
    e: usize,
    named: &[Named],
    organisations: &[Named],
    antecedents: Antecedents,
) -> Option<(Attribution, usize, usize)> {
    let last = antecedents.person;
    // A possessive owner is no speaker: "Vieira's allies say …" is the allies'.
    let named: Vec<Named> = named
        .iter()
        .copied()
        .filter(|n| !text[n.end..].starts_with("'s ") && !text[n.end..].starts_with("’s "))
        .collect();
    let named = named.as_slice();
    let sentence = &text[s..e];
    let words: Vec<(usize, &str)> = sentence.unicode_word_indices().collect();
    // A sentence opened by a plural subject takes a plural verb after the subject's
    // complements: "Officials at the CADC say …", "Lawyers at Braddock Keane LLP, a
    // Washington sanctions firm, say …".
    let plural_opening = words.first().is_some_and(|(_, first)| {
        let f = first.to_lowercase();
        (f.ends_with('s') && !f.ends_with("ss") && f.len() > 4 && first.starts_with(char::is_uppercase))
            && !matches!(f.as_str(), "this" | "thus" | "perhaps" | "always" | "sometimes")
    });
    for (i, (at, w)) in words.iter().enumerate() {
        let according = w.eq_ignore_ascii_case("according") && words.get(i + 1).is_some_and(|n| n.1 == "to");
        let plural_verb = plural_opening
            && i >= 2
            && matches!(*w, "say" | "warn" | "argue" | "claim" | "note" | "insist" | "believe" | "estimate")
            // (Not a noun, "the claim", nor an infinitive or a passive.)
            && !matches!(
                words[i - 1].1.to_lowercase().as_str(),
                "been" | "being" | "be" | "to" | "would" | "will" | "could" | "may" | "the" | "a" | "an" | "his"
                    | "her" | "their" | "its" | "our" | "this" | "that"
            );
        if !is_verb_at(&words, i) && !according && !plural_verb {
            continue;
        }
        let verb_at = s + at;
        // (After "to" when "according": the gap between the two may be any space.)
        let verb_end = if according { s + words[i + 1].0 + words[i + 1].1.len() } else { verb_at + w.len() };
        let content_after = |from: usize| {
            let mut c = from;
            let rest = &text[c..e];
            let skip = rest.len() - rest.trim_start_matches([' ', ',']).len();
            c += skip;
            // "told reporters the charges …": the listener is no part of what was said.
            let told = matches!(w.to_lowercase().as_str(), "told" | "tells" | "telling" | "tell");
            if told {
                let listener = text[c..e].split(' ').next().unwrap_or("");
                if LISTENERS.contains(&listener) && !text[c + listener.len()..e].trim_start().starts_with("that ") {
                    c += listener.len();
                    c += text[c..e].len() - text[c..e].trim_start().len();
                } else {
                    // "has told the Ironhorses they must …": a named listener.
                    let at = if text[c..e].starts_with("the ") { c + 4 } else { c };
                    if let Some(l) = named.iter().chain(organisations).find(|n| n.start == at && n.end < e) {
                        if text[l.end..e].starts_with(' ') {
                            c = l.end + 1;
                        }
                    } else {
                        // (A listener no entity names: capitalised words before a subject pronoun.)
                        let mut offset = at;
                        for w in text[at..e].split(' ').take(5) {
                            if matches!(w, "they" | "it" | "he" | "she" | "we") && offset > at {
                                c = offset;
                                break;
                            }
                            if !w.starts_with(char::is_uppercase) {
                                break;
                            }
                            offset += w.len() + 1;
                        }
                    }
                }
            }
            if text[c..e].starts_with("that ") {
                c += 5;
            } else if told || {
                // Only an occasion: "in a statement", "on Monday", "at a news conference".
                let mut next = text[c..e].split(' ');
                let (first, second) = (next.next().unwrap_or(""), next.next().unwrap_or(""));
                matches!(first, "in" | "on" | "at")
                    && (matches!(second, "a" | "an") || second.starts_with(char::is_uppercase))
            } {
                // "told the magistrate that …", "told a news conference in Victoria that …",
                // "said in a statement that …", "said on Monday that …": what was said follows
                // the listener or the occasion.
                let window = text[c..e].split(' ').take(9).map(|w| w.len() + 1).sum::<usize>().min(e - c);
                if let Some(i) = text[c..c + window].find(" that ").filter(|&i| !text[c..c + i].contains(',')) {
                    c += i + 6;
                } else if let Some(rest) = text[c..e].strip_prefix("on ") {
                    // "said on Monday it had agreed …": the day is when, not what.
                    let day = rest.split(' ').next().unwrap_or("");
                    if WEEKDAYS.contains(&day) && rest.len() > day.len() {
                        c += 3 + day.len() + 1;
                    }
                }
            }
            // ("spoke at the rally", "testified before the committee": where, not what.)
            let spoke = matches!(w.to_lowercase().as_str(), "spoke" | "speaks" | "speak" | "speaking" | "testified");
            let first = text[c..e].split(' ').next().unwrap_or("");
            if spoke && matches!(first, "at" | "to" | "on" | "about" | "with" | "in" | "before" | "during" | "for") {
                return (c, c);
            }
            // (Up to another speaker's clause: "…, though Police Scotland said two …" is
            // the police's.)
            let end = SECOND_SPEAKER_LINKS
                .iter()
                .filter_map(|link| {
                    let at = c + text[c..e].find(link)?;
                    let rest = &text[at + link.len()..e];
                    [" said ", " says ", " told "].iter().any(|v| rest.contains(v)).then_some(at)
                })
                .min()
                .unwrap_or(e);
            (c, end - (text[..end].len() - text[..end].trim_end().len()))
        };
        // "Elections Nova Scotia said turnout …": an organisation as the verb's subject, when
        // no person is named before the verb ("Dana Whitlock, who once worked at the
        // Authority, said": the person speaks).
        // (Right before, or with only its acronym between: "The Panama Canal Authority
        // (ACP) said".)
        let right_before = |n: &&Named| {
            n.end <= verb_at && !described_member(text, n) && {
                // (An abbreviation's full stop the name leaves out: "Qorvane Inc., the …, said".)
                let gap = text[n.end..verb_at].trim();
                let gap = gap.strip_prefix('.').filter(|g| g.is_empty() || g.starts_with(',')).unwrap_or(gap);
                // ("BTL has said", "The league has told the team": only an auxiliary between.)
                let auxiliary = !gap.is_empty() && gap.split_whitespace().all(|w| AUXILIARIES.contains(&w));
                // (Or an appositive: "Migración Colombia, the country's migration authority, said".)
                // ("Rivierlijn, a separate company, added six sailings": only "said" and "told".)
                let plain_verb = matches!(*w, "said" | "says" | "told");
                // (After its acronym too: "The Council (CTIC), whose members include …, said".)
                let after_acronym = gap
                    .strip_prefix('(')
                    .and_then(|g| g.split_once(')'))
                    .filter(|(inside, _)| !inside.contains(' ') && inside.len() <= 10)
                    .map_or(gap, |(_, rest)| rest);
                let appositive = plain_verb
                    && after_acronym.strip_prefix(", ").and_then(|g| g.strip_suffix(',')).is_some_and(|g| {
                        g.starts_with(|c: char| c.is_lowercase()) && !breaks_clause(g) && g.len() <= 100
                    });
                // (A lone comma closes an appositive the body ends: "whose members include
                // Talentry and Parallax, said" is not Parallax speaking.)
                // (Unless the body is itself the appositive: "The mining regulator,
                // Osinergmin, said".)
                let before = text[..n.start].trim_end();
                let set_off = before.ends_with(',') || before.ends_with(", the");
                (gap.len() <= 2 && (gap != "," || set_off))
                    || appositive
                    || auxiliary
                    || speaks_for(after_acronym)
                    || (gap.starts_with('(') && gap.ends_with(')') && gap.len() <= 12 && !gap.contains(' '))
            }
        };
        // ("…, Elections Nova Scotia said on Tuesday.": only when, after the verb.)
        let rest_after_verb = text[verb_end..e].trim_start();
        let clause_ends = rest_after_verb.is_empty()
            || rest_after_verb.starts_with(['.', ';'])
            || only_occasion(rest_after_verb)
            || [", and ", ", but ", ", adding", ", while "].iter().any(|c| rest_after_verb.starts_with(c));
        if !named.iter().any(|n| n.end <= verb_at) {
            if let Some(n) = organisations.iter().rev().find(right_before) {
                // "Turnout was high, Elections Nova Scotia said.": the words before the comma.
                let next_to_verb = text[n.end..verb_at].trim().is_empty();
                if clause_ends && next_to_verb && text[..n.start].ends_with(", ") && n.start > s + 12 {
                    return Some((Attribution::Entity(n.entity), s, n.start - 2));
                }
                let (cs, ce) = content_after(verb_end);
                if ce > cs + 10 {
                    return Some((Attribution::Entity(n.entity), cs, ce));
                }
            }
        }
        // "Osorio Chong said Mexico needs…", "Henry Cuellar from Laredo says…", "Alejandro
        // Hope, a security analyst, says…": the last person named before the verb.
        // (The subject, not a name inside its apposition or relative clause: "Amrit
        // Dhaliwal, who chairs the council at Ernest Morrow, said …".)
        if let Some(n) = named.iter().rev().find(|n| n.end <= verb_at) {
            // (An apposition or a relative clause opens right after the subject: a comma and a
            // lower-case word — "Unlike Smith, Jones, a Labour MP, said" is Jones's.)
            let set_off = text[..verb_at].trim_end().ends_with(',');
            let opens_apposition = |m: &Named| {
                text[m.end..].strip_prefix(", ").is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase()))
            };
            let subject =
                named.iter().find(|m| set_off && m.end < n.start && m.start >= s && opens_apposition(m)).unwrap_or(n);
            // "Around 1,800 trucks a day cross at Kapıkule, Yıldırım said, and his ministry
            // hopes …": the words before the comma are what was said.
            let next_to_verb = text[n.end..verb_at].trim().is_empty();
            if clause_ends && next_to_verb && text[..n.start].ends_with(", ") && n.start > s + 12 {
                return Some((Attribution::Entity(n.entity), s, n.start - 2));
            }
            let (cs, ce) = content_after(verb_end);
            if ce > cs + 10 {
                return Some((Attribution::Entity(subject.entity), cs, ce));
            }
        }
        // "Bulgarian officials say …", "A Turkish customs official, who asked not to be
        // named, said …", "according to three people who attended the trial": a described
        // source, when no one is named before the verb.
        // (A body may be part of the description: "A spokesperson for Durham County Council said".)
        let body_before =
            organisations.iter().any(|n| n.end <= verb_at && !described_member(text, n) && !describes_source(text, n));
        if !named.iter().any(|n| n.end <= verb_at) && !body_before {
            // ("according to the Pew Hispanic Center": a named body, not a description.)
            let body_after = organisations
                .iter()
                .find(|n| n.start >= verb_end && matches!(text[verb_end..n.start].trim(), "" | "the" | "The"));
            if let (true, Some(n)) = (according, body_after) {
                let ce = text[s..verb_at].trim_end().trim_end_matches(',').len() + s;
                if ce > s + 10 {
                    return Some((Attribution::Entity(n.entity), s, ce));
                }
                // "According to NIWA, the gauge …": what follows the body, when nothing stands before.
                if text[n.end..e].starts_with(", ") {
                    let (cs, ce) = content_after(n.end + 1);
                    if ce > cs + 10 {
                        return Some((Attribution::Entity(n.entity), cs, ce));
                    }
                }
            }
            if according && body_after.is_none() {
                if let Some(desc) = described_source(&text[verb_end..e], true) {
                    let ce = text[s..verb_at].trim_end().trim_end_matches(',').len() + s;
                    if ce > s + 10 {
                        return Some((Attribution::Described(desc), s, ce));
                    }
                }
            } else if let Some(desc) = described_source(&names_kept(text, s, verb_at, organisations), false) {
                let desc = desc.replace(KEPT_SPACE, " ");
                let (cs, ce) = content_after(verb_end);
                if ce > cs + 10 {
                    return Some((Attribution::Described(desc), cs, ce));
                }
            }
        }
        // "…, says Duncan Wood of the Woodrow Wilson Center": content before the verb;
        // "According to Hruška, the agreement …": after the name, when nothing stands before.
        if let Some(n) = named.iter().find(|n| n.start >= verb_end && text[verb_end..n.start].trim().is_empty()) {
            let ce = text[s..verb_at].trim_end().trim_end_matches(',').len() + s;
            if ce > s + 10 {
                return Some((Attribution::Entity(n.entity), s, ce));
            }
            if according && text[n.end..e].starts_with(", ") {
                let (cs, ce) = content_after(n.end + 1);
                if ce > cs + 10 {
                    return Some((Attribution::Entity(n.entity), cs, ce));
                }
            }
        }
        // "She grew up near Quebec City and says she never expected …": a pronoun opening
        // the sentence, no one named before the verb, means the last speaker.
        // (Singular only: "They also announced …" is more often a group than the last speaker.)
        // (The verb must be the pronoun's own: near it, or after "and" — "She was arrested
        // after a witness said …" is the witness's.)
        let own_verb = i <= 3 || matches!(words[i - 1].1, "and" | "but" | "also" | "then");
        if i > 1 && own_verb && matches!(words[0].1, "He" | "She") && !named.iter().any(|n| n.end <= verb_at) {
            if let Some(l) = last {
                let (cs, ce) = content_after(verb_end);
                if ce > cs + 10 {
                    return Some((Attribution::Entity(l), cs, ce));
                }
            }
        }
        // "The ministry … It said the permits are needed": the organisation named last, when
        // "it" is the first word of the sentence (elsewhere "it" is too often a thing).
        // (Also after an opening occasion: "In a statement, it said".)
        let it_opens = (i == 1 && words[0].1 == "It")
            || ((3..=6).contains(&i)
                && words[i - 1].1 == "it"
                && matches!(words[0].1, "In" | "At" | "On")
                && text[..s + words[i - 1].0].trim_end().ends_with(',')
                && !text[s..s + words[i - 1].0].trim_end().trim_end_matches(',').contains(','));
        if it_opens {
            if let Some(o) = antecedents.organisation {
                let (cs, ce) = content_after(verb_end);
                if ce > cs + 10 {
                    return Some((Attribution::Entity(o), cs, ce));
                }
            }
        }
        // "she says, is sharing…" / "He says it's virtually the same".
        if i > 0 && PRONOUNS.contains(&words[i - 1].1.to_lowercase().as_str()) {
            if let Some(l) = last {
                let (cs, ce) = content_after(verb_end);
                // ("Ticket sales are up, she said.": what comes before the pronoun.)
                let before_pronoun = s + text[s..s + words[i - 1].0].trim_end().trim_end_matches(',').len();
                let (cs, ce) = if ce > cs + 10 { (cs, ce) } else { (s, before_pronoun) };
                return Some((Attribution::Entity(l), cs, ce));
            }
        }
    }
    None
}

fn quote(
    d: usize,
    b: usize,
    start: usize,
    end: usize,
    kind: QuoteKind,
    speaker: Option<u32>,
    entities: &[Entity],
) -> Quote {
    let (speaker_name, category) = match speaker {
        Some(s) => {
            let e = &entities[s as usize];
            (e.name.clone(), category_of(e.role.as_deref().unwrap_or("")))
        }
        None => (String::new(), SpeakerCategory::Other),
    };
    Quote {
        doc: d as u32,
        block: b as u32,
        start: start as u32,
        end: end as u32,
        kind,
        speaker,
        speaker_name,
        category,
    }
}

fn described(d: usize, b: usize, start: usize, end: usize, kind: QuoteKind, description: String) -> Quote {
    let lower = description.to_lowercase();
    let anonymous = [
        "anonymity",
        "anonymous",
        "not authorized",
        "unnamed",
        "declined to be named",
        "not be named",
        "official",
        "source",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let category = if anonymous { SpeakerCategory::Anonymous } else { category_of(&description) };
    Quote {
        doc: d as u32,
        block: b as u32,
        start: start as u32,
        end: end as u32,
        kind,
        speaker: None,
        speaker_name: description,
        category,
    }
}

/// A speaker's category from the role the articles give them.
pub fn category_of(role: &str) -> SpeakerCategory {
    let lower = role.to_lowercase();
    let has = |words: &[&str]| {
        words.iter().any(|w| {
            lower.split(|c: char| !c.is_alphanumeric() && c != '-').any(|x| x == *w)
                || (w.contains(' ') && lower.contains(w))
        })
    };
    if has(&["byline", "correspondent", "reporter", "journalist", "editor", "columnist", "anchor", "host"]) {
        return SpeakerCategory::Journalist;
    }
    if has(&[
        "analyst",
        "expert",
        "researcher",
        "professor",
        "scholar",
        "fellow",
        "think-tank",
        "think tank",
        "institute",
        "university",
        "academic",
        "center",
        "centre",
        "foundation",
    ]) {
        return SpeakerCategory::Analyst;
    }
    if has(&[
        "congressman",
        "congresswoman",
        "senator",
        "representative",
        "rep",
        "lawmaker",
        "legislator",
        "candidate",
        "gov",
        "governor",
        "democratic",
        "republican",
        "opposition",
        "mp",
    ]) {
        return SpeakerCategory::Politician;
    }
    if has(&[
        "secretary",
        "minister",
        "ministry",
        "department",
        "ambassador",
        "commissioner",
        "president",
        "official",
        "attorney",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "administration",
        "agency",
        "police",
        "patrol",
        "cabinet",
        "customs",
        "interior",
    ]) {
        return SpeakerCategory::Government(country_of(role));
    }
    SpeakerCategory::Other
}

/// The country a role belongs to, in adjective form ("Mexican", "US"), when it says.
fn country_of(role: &str) -> Option<String> {
    for w in role.split(|c: char| c.is_whitespace() || c == '-') {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        if matches!(w, "U.S." | "US" | "U.S" | "American" | "USA") {
            return Some("US".into());
        }
        if w.chars().next().is_some_and(char::is_uppercase) && is_demonym(w) {
            return Some(w.to_string());
        }
    }
    // National institutions whose names carry no country word.
    let lower = role.to_lowercase();
    const US_INSTITUTIONS: &[&str] =
        &["homeland security", "state department", "white house", "pentagon", "dhs", "fbi", "dea", "attorney general"];
    US_INSTITUTIONS.iter().any(|i| lower.contains(i)).then(|| "US".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_from_roles() {
        assert_eq!(category_of("Mexican Interior Minister"), SpeakerCategory::Government(Some("Mexican".into())));
        assert_eq!(category_of("Homeland Security Secretary"), SpeakerCategory::Government(Some("US".into())));
        assert_eq!(category_of("a security analyst at Mexico's IMCO think-tank"), SpeakerCategory::Analyst);
        assert_eq!(category_of("U.S. Democratic Congressman"), SpeakerCategory::Politician);
        assert_eq!(
            category_of("director of the Mexico Institute at the Woodrow Wilson Center"),
            SpeakerCategory::Analyst
        );
        assert_eq!(category_of(""), SpeakerCategory::Other);
    }

    #[test]
    fn short_quoted_phrases_are_not_quotes() {
        let text = "one of the “open wounds” between them; “We must continue to work together,” she said.";
        let spans = quoted_spans(text, 0, text.len());
        assert_eq!(spans.len(), 1);
        assert!(text[spans[0].0..spans[0].1].starts_with("We must"));
    }

    #[test]
    fn described_sources() {
        assert_eq!(
            description_after(
                " a senior Mexican official, who spoke on the condition of anonymity to be candid. “That"
            ),
            Some("a senior Mexican official, who spoke on the condition of anonymity to be candid".into())
        );
        assert_eq!(description_after(" Napolitano."), None);
    }
}
