//! Frame cues: which words of a sentence put it in which frame of the Policy Frames
//! Codebook, read from the documented lexicon in `data/frame_cues.txt`.
//!
//! The method is deliberately transparent: a sentence is in a frame when it contains one
//! of the frame's cues, and every cue is shown to the reader. Cues match by Snowball stem
//! after the one tokenizer's folding, so word forms need no listing; context rules in the
//! lexicon stop a bare word from misleading ("drug trade" is not the Economic frame, "law
//! enforcement" is Crime, not Legality).

use framescope_core::framing::Frame;
use framescope_core::text::{fold, stem, words};
use std::collections::HashMap;
use std::sync::LazyLock;

/// How far, in words, a `near` rule looks on either side of a cue.
pub const NEAR_WINDOW: usize = 6;

/// The lexicon shipped with the engine.
pub static BUILTIN: LazyLock<FrameLexicon> = LazyLock::new(|| {
    FrameLexicon::parse(include_str!("../../data/frame_cues.txt"))
        .unwrap_or_else(|e| panic!("data/frame_cues.txt:{}: {}", e.line, e.message))
});

/// A line of the lexicon that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    /// 1-based line in the lexicon file.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

/// One word of a cue.
#[derive(Debug, Clone, PartialEq, Eq)]
enum CueWord {
    /// Any word with this stem.
    Stem(String),
    /// Only this folded word.
    Exact(String),
}

/// A context rule; its words are stems.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Rule {
    NotAfter(Vec<String>),
    NotBefore(Vec<String>),
    Near(Vec<String>),
    NotNear(Vec<String>),
}

/// One cue: words that must follow one another, and the rules that must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Cue {
    frame: Frame,
    words: Vec<CueWord>,
    rules: Vec<Rule>,
}

/// A parsed cue lexicon.
#[derive(Debug, Clone, Default)]
pub struct FrameLexicon {
    cues: Vec<Cue>,
    /// Cue indices by the stem (or exact key) of their first word.
    by_first: HashMap<String, Vec<usize>>,
    /// The lexicon line of each cue, for error messages.
    lines: Vec<usize>,
}

/// A cue found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueMatch {
    /// The frame it signals.
    pub frame: Frame,
    /// Byte offset of the cue in the text.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
}

/// A token as cues see it.
struct Token {
    start: usize,
    end: usize,
    key: String,
    stem: String,
}

impl FrameLexicon {
    /// Parses the lexicon format documented at the top of `data/frame_cues.txt`.
    pub fn parse(text: &str) -> Result<FrameLexicon, LexiconError> {
        let mut lexicon = FrameLexicon::default();
        let mut frame: Option<Frame> = None;
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let err = |message: String| LexiconError { line, message };
            let content = raw.split('#').next().unwrap_or("").trim();
            if content.is_empty() {
                continue;
            }
            if let Some(name) = content.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
                frame = Some(Frame::from_key(name).ok_or_else(|| err(format!("unknown frame `{name}`")))?);
                continue;
            }
            let frame = frame.ok_or_else(|| err("a cue before the first [frame] heading".into()))?;
            let (cue_text, rules_text) = content.split_once('|').unwrap_or((content, ""));
            let mut cue_words = Vec::new();
            for token in cue_text.split_whitespace() {
                let (exact, token) = match token.strip_prefix('=') {
                    Some(rest) => (true, rest),
                    None => (false, token),
                };
                for w in words(token) {
                    let key = fold(w.text);
                    cue_words.push(if exact { CueWord::Exact(key) } else { CueWord::Stem(stem(&key)) });
                }
            }
            if cue_words.is_empty() {
                return Err(err("a cue with no word".into()));
            }
            let rules = parse_rules(rules_text).map_err(err)?;
            let first = match &cue_words[0] {
                CueWord::Stem(s) | CueWord::Exact(s) => s.clone(),
            };
            if let Some(&same) = lexicon.by_first.get(&first).into_iter().flatten().find(|&&c| {
                let other = &lexicon.cues[c];
                other.frame == frame && other.words == cue_words
            }) {
                return Err(err(format!(
                    "the same cue as line {} (word forms match by stem: list one form)",
                    lexicon.lines[same]
                )));
            }
            lexicon.by_first.entry(first).or_default().push(lexicon.cues.len());
            lexicon.lines.push(line);
            lexicon.cues.push(Cue { frame, words: cue_words, rules });
        }
        Ok(lexicon)
    }

    /// Number of cues.
    pub fn len(&self) -> usize {
        self.cues.len()
    }

    /// True when the lexicon has no cue.
    pub fn is_empty(&self) -> bool {
        self.cues.is_empty()
    }

    /// The cues in `text`, in text order. A cue overlapping one of the `excluded` byte
    /// ranges (names of institutions and people) does not count; where cues of one frame
    /// overlap, the longest stands for them.
    pub fn find(&self, text: &str, excluded: &[(usize, usize)]) -> Vec<CueMatch> {
        let tokens: Vec<Token> = words(text)
            .map(|w| {
                let key = fold(w.text);
                Token { start: w.start, end: w.end(), stem: stem(&key), key }
            })
            .collect();
        let mut found: Vec<CueMatch> = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            let candidates = [&token.stem, &token.key];
            for (n, first) in candidates.iter().enumerate() {
                if n == 1 && token.key == token.stem {
                    break;
                }
                for &c in self.by_first.get(first.as_str()).into_iter().flatten() {
                    let cue = &self.cues[c];
                    let Some(last) = matches_at(cue, &tokens, i) else { continue };
                    let (start, end) = (token.start, tokens[last].end);
                    if excluded.iter().any(|&(a, b)| start < b && a < end) {
                        continue;
                    }
                    found.push(CueMatch { frame: cue.frame, start, end });
                }
            }
        }
        // Longest first, so a shorter cue of the same frame inside it is dropped.
        found.sort_by_key(|m| (m.frame, m.start, std::cmp::Reverse(m.end)));
        let mut kept: Vec<CueMatch> = Vec::new();
        for m in found {
            if !kept.iter().any(|k| k.frame == m.frame && k.start < m.end && m.start < k.end) {
                kept.push(m);
            }
        }
        kept.sort_by_key(|m| (m.start, m.frame));
        kept
    }
}

/// Index of the cue's last token when it matches at token `i`, and its rules hold.
fn matches_at(cue: &Cue, tokens: &[Token], i: usize) -> Option<usize> {
    let last = i + cue.words.len() - 1;
    let span = tokens.get(i..=last)?;
    let words_match = cue.words.iter().zip(span).all(|(w, t)| match w {
        CueWord::Stem(s) => &t.stem == s,
        CueWord::Exact(k) => &t.key == k,
    });
    if !words_match {
        return None;
    }
    let is_any = |t: Option<&Token>, list: &[String]| t.is_some_and(|t| list.contains(&t.stem));
    let near = |list: &[String]| {
        let from = i.saturating_sub(NEAR_WINDOW);
        let to = (last + NEAR_WINDOW).min(tokens.len().saturating_sub(1));
        (from..=to).filter(|&j| j < i || j > last).any(|j| list.contains(&tokens[j].stem))
    };
    let holds = cue.rules.iter().all(|rule| match rule {
        Rule::NotAfter(list) => !is_any(i.checked_sub(1).and_then(|p| tokens.get(p)), list),
        Rule::NotBefore(list) => !is_any(tokens.get(last + 1), list),
        Rule::Near(list) => near(list),
        Rule::NotNear(list) => !near(list),
    });
    holds.then_some(last)
}

fn parse_rules(text: &str) -> Result<Vec<Rule>, String> {
    let mut rules = Vec::new();
    let mut current: Option<(&str, Vec<String>)> = None;
    let flush = |current: &mut Option<(&str, Vec<String>)>, rules: &mut Vec<Rule>| -> Result<(), String> {
        if let Some((name, list)) = current.take() {
            if list.is_empty() {
                return Err(format!("rule `{name}` lists no word"));
            }
            rules.push(match name {
                "!after" => Rule::NotAfter(list),
                "!before" => Rule::NotBefore(list),
                "near" => Rule::Near(list),
                _ => Rule::NotNear(list),
            });
        }
        Ok(())
    };
    for token in text.split_whitespace() {
        if matches!(token, "!after" | "!before" | "near" | "!near") {
            flush(&mut current, &mut rules)?;
            current = Some((token, Vec::new()));
        } else if let Some((_, list)) = current.as_mut() {
            list.push(stem(&fold(token)));
        } else {
            return Err(format!("`{token}` is not a rule (!after, !before, near or !near)"));
        }
    }
    flush(&mut current, &mut rules)?;
    Ok(rules)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames_in(text: &str) -> Vec<(Frame, &str)> {
        BUILTIN.find(text, &[]).into_iter().map(|m| (m.frame, &text[m.start..m.end])).collect()
    }

    fn has(text: &str, frame: Frame) -> bool {
        frames_in(text).iter().any(|(f, _)| *f == frame)
    }

    #[test]
    fn the_builtin_lexicon_parses_and_covers_every_frame_but_other() {
        assert!(BUILTIN.len() > 450, "{}", BUILTIN.len());
        for frame in Frame::ALL {
            let count = BUILTIN.cues.iter().filter(|c| c.frame == frame).count();
            assert_eq!(count == 0, frame == Frame::Other, "{frame:?} has {count} cues");
        }
    }

    #[test]
    fn cues_match_word_forms_by_stem() {
        assert_eq!(frames_in("Cartels grew."), [(Frame::CrimeAndPunishment, "Cartels")]);
        assert!(has("They were trafficking guns.", Frame::CrimeAndPunishment));
        assert!(has("Economies slowed.", Frame::Economic));
    }

    #[test]
    fn not_after_stops_a_misleading_bare_word() {
        assert!(has("Trade between the countries grew.", Frame::Economic));
        let drug_trade = frames_in("The drug trade grew.");
        assert!(!drug_trade.iter().any(|(f, _)| *f == Frame::Economic), "{drug_trade:?}");
        assert!(drug_trade.contains(&(Frame::CrimeAndPunishment, "drug trade")));
    }

    #[test]
    fn not_before_sends_law_enforcement_to_crime_not_legality() {
        let found = frames_in("Law enforcement agencies shared files.");
        assert_eq!(found, [(Frame::CrimeAndPunishment, "Law enforcement")]);
        assert!(has("The new law took effect.", Frame::LegalityConstitutionalityJurisprudence));
    }

    #[test]
    fn near_needs_a_context_word() {
        assert!(!has("She built a garden wall.", Frame::SecurityAndDefense));
        assert!(has("He wants a wall on the border.", Frame::SecurityAndDefense));
        assert!(has("Police captured the cartel leader.", Frame::CrimeAndPunishment));
    }

    #[test]
    fn not_near_excludes_a_context() {
        assert!(has("Marijuana seizures rose.", Frame::CrimeAndPunishment));
        let medical = frames_in("Medical marijuana is popular.");
        assert!(!medical.iter().any(|(f, s)| *f == Frame::CrimeAndPunishment && *s == "marijuana"), "{medical:?}");
    }

    #[test]
    fn exact_words_do_not_match_other_forms() {
        assert!(has("They smuggled arms.", Frame::SecurityAndDefense));
        assert!(!has("He broke his arm.", Frame::SecurityAndDefense));
    }

    #[test]
    fn cues_inside_excluded_names_do_not_count() {
        let text = "The Department of Homeland Security met.";
        let all = BUILTIN.find(text, &[]);
        assert!(all.iter().any(|m| m.frame == Frame::SecurityAndDefense));
        let name = (4, 38);
        assert!(BUILTIN.find(text, &[name]).is_empty());
    }

    #[test]
    fn one_span_signals_a_frame_once_and_can_signal_two_frames() {
        let found = frames_in("Drug trafficking rose.");
        assert_eq!(found, [(Frame::CrimeAndPunishment, "Drug trafficking")]);
        let both = frames_in("Distrust grew.");
        assert_eq!(both, [(Frame::PublicOpinion, "Distrust")]);
        let two = frames_in("Distrust between the two governments grew.");
        assert!(two.contains(&(Frame::PublicOpinion, "Distrust")));
        assert!(two.contains(&(Frame::ExternalRegulationAndReputation, "Distrust")));
    }

    #[test]
    fn stems_do_not_join_false_friends() {
        for (text, frame) in [
            ("The port was busy.", Frame::Economic),
            ("The incoming government.", Frame::Economic),
            ("A national database.", Frame::CulturalIdentity),
            ("The White House said.", Frame::QualityOfLife),
            ("A related case.", Frame::ExternalRegulationAndReputation),
            ("To be candid.", Frame::Political),
            ("An assistant secretary.", Frame::CapacityAndResources),
            ("The authorities said.", Frame::LegalityConstitutionalityJurisprudence),
            ("A high-profile case.", Frame::FairnessAndEquality),
            ("The train left.", Frame::CapacityAndResources),
        ] {
            assert!(!has(text, frame), "{text} is not {frame:?}: {:?}", frames_in(text));
        }
        assert!(has("Small businesses closed.", Frame::Economic));
        assert!(has("Police training improved.", Frame::CapacityAndResources));
    }

    #[test]
    fn relations_between_two_countries_are_external() {
        assert!(has("The two countries will find regional solutions.", Frame::ExternalRegulationAndReputation));
        assert!(has("They exchange intelligence with the U.S.", Frame::ExternalRegulationAndReputation));
        assert!(has("It created space to improve ties.", Frame::ExternalRegulationAndReputation));
        assert!(!has("He cut his ties to the firm.", Frame::ExternalRegulationAndReputation));
    }

    #[test]
    fn spans_are_byte_offsets_with_accents() {
        let text = "Peña Nieto’s economía and the economy";
        let found = BUILTIN.find(text, &[]);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].start..found[0].end], "economy");
    }

    #[test]
    fn bad_lexicon_lines_are_reported_with_their_line() {
        let err = FrameLexicon::parse("[economic]\ntrade | sometimes drug\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("sometimes"), "{}", err.message);
        assert_eq!(FrameLexicon::parse("trade\n").unwrap_err().line, 1);
        assert_eq!(FrameLexicon::parse("[nope]\n").unwrap_err().message, "unknown frame `nope`");
        assert_eq!(FrameLexicon::parse("[economic]\ntrade | near\n").unwrap_err().line, 2);
    }
}
