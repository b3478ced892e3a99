//! The words of a text with what entity extraction needs to know of each: where it is,
//! whether it is capitalised, and whether it opens a sentence.

use framescope_core::text::words;
use unicode_segmentation::UnicodeSegmentation;

/// A word and its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok<'a> {
    /// Byte offset in the text.
    pub start: usize,
    /// Byte offset past the word (past a closing full stop for "U.S." and "Gov.").
    pub end: usize,
    /// The word as written (without a possessive `'s`).
    pub text: &'a str,
    /// Starts with a capital letter.
    pub capitalised: bool,
    /// Every letter is a capital (and there are at least two).
    pub all_caps: bool,
    /// First word of a sentence, of a quotation, or after a colon.
    pub opens_sentence: bool,
    /// Ended by a possessive `'s`.
    pub possessive: bool,
}

/// Lower-case particles that may open a hyphenated name ("al-Qahtani", "bin-Saleh").
const HYPHEN_PARTICLES: &[&str] = &["al", "el", "bin", "ibn", "abu", "ben", "ould"];

/// Spans of the words of `text`, with a hyphenated name kept as one word: "Achebe-Lund",
/// "Abara-Walsh", "al-Qahtani", "BRV-17", "COVID-19". Two places stay two words
/// ("US-Mexico", "Texas-Mexico border", "EU-Mexico"), as do a place and another word
/// ("Mexico-based"); a surname and a place are one ("Adesanya-Bello").
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for w in words(text) {
        // The word before the last span, to tell a name's inside ("Ahn Jae-won").
        let before_last = spans.len().checked_sub(2).map(|i| spans[i]);
        if let Some(last) = spans.last_mut() {
            let (left, gap) = (&text[last.0..last.1], &text[last.1..w.start]);
            let right = w.text;
            let hyphen = matches!(gap, "-" | "\u{2010}" | "\u{2011}");
            let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
            let digit = |s: &str| s.chars().next().is_some_and(|c| c.is_ascii_digit());
            let place = |s: &str| super::gazetteer::place(s).is_some() || super::candidates::is_demonym(s);
            let last_part = left.rsplit(['-', '\u{2010}', '\u{2011}']).next().unwrap_or(left);
            // "Ahn Jae-won", "Park Min-jun": a given name's second syllable is lower case,
            // inside a name (a capitalised word before it).
            let in_name = before_last.is_some_and(|(ps, pe)| {
                text[ps..pe].chars().next().is_some_and(char::is_uppercase)
                    && !super::lexicon::is_not_name(&text[ps..pe])
                    && &text[pe..last.0] == " "
            });
            let syllable = in_name
                && capital(left)
                && !left.contains(['-', '\u{2010}', '\u{2011}'])
                && right.chars().all(char::is_lowercase)
                && (right.chars().count() <= 4
                    // ("Lee Jae-myung"; not "San Francisco-based", "Trump-style".)
                    || (right.chars().count() == 5 && !super::lexicon::is_everyday_word(right)));
            // A hyphenated place the gazetteer knows whole: "Timor-Leste", "Basel-Stadt".
            let whole_place = || super::gazetteer::place(&format!("{left}-{right}")).is_some();
            // "Sainte-Anne-des-Monts", "Stratford-upon-Avon", "Southend-on-Sea": a linking
            // particle between two capitalised halves.
            let linking = hyphen
                && capital(left)
                && matches!(right, "des" | "de" | "du" | "la" | "le" | "les" | "sur" | "en" | "upon" | "on" | "under")
                && text[w.end()..].strip_prefix(['-', '\u{2010}', '\u{2011}']).is_some_and(capital);
            // "the Murray–Darling Basin": an en dash between two capitalised words joins
            // them when a capitalised head noun continues the name ("US–Mexico border"
            // stays two places).
            // (A head noun within the next five capitalised words, "Ortvale–Brennick
            // Water Authority"; "Kapıkule–Kapitan Andreevo" is two crossings.)
            let head_follows = || {
                text[w.end()..].strip_prefix(' ').is_some_and(|rest| {
                    rest.split(' ')
                        .take(5)
                        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                        .take_while(|w| capital(w))
                        .any(|next| {
                            super::lexicon::is_place_head(next)
                                || super::lexicon::is_organisation_head(next)
                                || super::lexicon::is_other_head(next)
                        })
                })
            };
            let en_dash = gap == "\u{2013}" && capital(left) && capital(right) && !place(left) && !place(right);
            // Two places that open a longer name are its words: "Abidjan-Lagos Corridor
            // Highway", "Jackson-Madison County School System" (but "US-Mexico border",
            // "Texas-Mexico trade").
            // (Or a place and another capitalised word: "Indonesia-Korea Comprehensive
            // Economic Partnership Agreement", the gazetteer not knowing "Korea" alone.)
            let places_named =
                (hyphen || gap == "\u{2013}") && capital(left) && capital(right) && (place(left) || place(right));
            let joins = ((en_dash || places_named) && head_follows())
                || (hyphen && whole_place())
                || linking
                || hyphen
                    && (capital(right) || (digit(right) && left.chars().any(char::is_uppercase)) || syllable)
                    && (capital(left) || HYPHEN_PARTICLES.contains(&left))
                    && !place(last_part)
                    // (A place after a surname is a double surname's half: "Adesanya-Bello";
                    // after an acronym it is a pair: "EU-Mexico"; a surname in a
                    // speaker's label is in capitals too, "ADESANYA-BELLO".)
                    && (!place(right) || left.chars().any(char::is_lowercase) || left.chars().count() > 5);
            if joins {
                last.1 = w.end();
                continue;
            }
        }
        spans.push((w.start, w.end()));
    }
    spans
}

/// The words of `text`.
pub fn tokens(text: &str) -> Vec<Tok<'_>> {
    let mut openings: Vec<usize> = text.split_sentence_bound_indices().map(|(i, _)| i).collect();
    openings.sort_unstable();
    let mut out: Vec<Tok<'_>> = Vec::new();
    let spans = word_spans(text);
    for (i, &(start, word_end)) in spans.iter().enumerate() {
        let w = Word { start, text: &text[start..word_end] };
        let mut word = w.text;
        let mut end = w.end();
        let mut possessive = false;
        for suffix in ["'s", "’s", "´s"] {
            if let Some(stripped) = word.strip_suffix(suffix) {
                word = stripped;
                possessive = true;
            }
        }
        // A plural's possessive: "Workers' Data Rights Project".
        if word.ends_with('s') && (text[end..].starts_with("' ") || text[end..].starts_with("’ ")) {
            possessive = true;
        }
        // A middle initial between two names ("Eleanor M. Ashby"): its full stop ends no sentence.
        // Also the first of two ("H. J. van Buren", "A. K. Ramaswamy").
        let next_word = spans.get(i + 1).filter(|&&(s, _)| s == end + 2).map(|&(s, e)| &text[s..e]);
        let next_is_initial = next_word.is_some_and(|w| w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()))
            && spans.get(i + 1).is_some_and(|&(_, e)| text[e..].starts_with(". "));
        // … and a first initial before two names, mid-sentence ("Its general secretary, Y.
        // Sampath Kumar,", "said J. Robert Smith").
        let capital_at = |k: usize| spans.get(k).is_some_and(|&(s, _)| text[s..].starts_with(char::is_uppercase));
        let mid_sentence = out.last().is_some_and(|p| {
            let gap = text.get(p.end..start).unwrap_or("");
            gap == ", " || (gap == " " && matches!(p.text, "said" | "says" | "told" | "by" | "with" | "the"))
        });
        let leading = mid_sentence
            && capital_at(i + 2)
            && spans
                .get(i + 2)
                .is_some_and(|&(s, _)| spans.get(i + 1).is_some_and(|&(_, e)| text.get(e..s) == Some(" ")));
        let initial = word.len() == 1
            && word.chars().all(|c| c.is_ascii_uppercase())
            && text[end..].starts_with(". ")
            && (out.last().is_some_and(|p| p.capitalised && text.get(p.end..start) == Some(" "))
                || next_is_initial
                || leading)
            && next_word.is_some_and(|w| {
                w.chars().next().is_some_and(char::is_uppercase) || super::lexicon::is_name_particle(w)
            });
        // "U.S." and "Gov.": the full stop belongs to the word.
        if text[end..].starts_with('.')
            && (word.contains('.')
                || initial
                || matches!(word, "Jr" | "Sr")
                // "No. 24": a number's abbreviation.
                || (matches!(word, "No" | "Nos") && next_word.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())))
                || super::lexicon::is_abbreviated_title(word)
                || super::lexicon::abbreviation(&format!("{word}.")).is_some())
        {
            end += 1;
        }
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        // "al-Zawahiri", "Bab el-Mandeb": a particle's hyphen, then the capital.
        let after_particle = word
            .split_once('-')
            .filter(|(p, _)| HYPHEN_PARTICLES.contains(p))
            .is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase));
        // "Côte d'Ivoire", "Cortina d'Ampezzo": an elided particle, then the capital.
        let after_elision = ["d'", "d’", "l'", "l’", "dell'", "dell’"]
            .iter()
            .any(|p| word.strip_prefix(p).is_some_and(|rest| rest.starts_with(char::is_uppercase)));
        let capitalised = word.chars().next().is_some_and(char::is_uppercase) || after_particle || after_elision;
        let all_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
        let before = text[..w.start].trim_end();
        // After "Gov." or "U.S." a capital does not open a sentence, whatever the segmenter says.
        let after_abbreviation = out
            .last()
            .is_some_and(|p: &Tok<'_>| p.end > p.start + p.text.len() && text.get(p.end..w.start) == Some(" "));
        let opens_sentence = (openings.binary_search(&w.start).is_ok() && !after_abbreviation)
            || before.is_empty()
            || before.ends_with([':', '“', '"', '‘', '(', '—'])
            || out
                .last()
                // A full stop taken into the previous word can be where this one starts ("L.0").
                .is_some_and(|p: &Tok<'_>| {
                    text.get(p.end..w.start).is_some_and(|gap| gap.contains(['.', '?', '!'])) && !p.text.contains('.')
                });
        let end_of_word = if possessive { w.start + word.len() } else { end };
        out.push(Tok {
            start: w.start,
            end: end_of_word.max(w.start + word.len()),
            text: word,
            capitalised,
            all_caps,
            opens_sentence,
            possessive,
        });
    }
    // A full stop taken into a word can be where the next word starts ("L.0"): tokens never
    // overlap, so the text between two of them is always a slice.
    for i in 1..out.len() {
        let next_start = out[i].start;
        let prev = &mut out[i - 1];
        prev.end = prev.end.min(next_start).max(prev.start);
    }
    out
}

/// A word's span (what [`tokens`] reads of [`words`]' output).
struct Word<'a> {
    start: usize,
    text: &'a str,
}

impl Word<'_> {
    fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_never_overlap() {
        for text in ["L.0", "U.S.0 x", "À.� Gov.1", "a.b.c.d"] {
            let t = tokens(text);
            assert!(
                t.windows(2).all(|w| w[0].end <= w[1].start),
                "{text}: {:?}",
                t.iter().map(|t| (t.start, t.end)).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn hyphenated_names_are_one_word_but_places_stay_apart() {
        let texts = |s: &'static str| tokens(s).into_iter().map(|t| t.text).collect::<Vec<_>>();
        assert_eq!(texts("Simone Achebe-Lund met al-Qahtani"), ["Simone", "Achebe-Lund", "met", "al-Qahtani"]);
        assert_eq!(texts("the BRV-17 shot, COVID-19"), ["the", "BRV-17", "shot", "COVID-19"]);
        assert_eq!(
            texts("US-Mexico ties on the Texas-Mexico border"),
            ["US", "Mexico", "ties", "on", "the", "Texas", "Mexico", "border"]
        );
        assert_eq!(texts("a Mexico-based think-tank"), ["a", "Mexico", "based", "think", "tank"]);
        assert_eq!(texts("EU-Mexico IFEOMA ADESANYA-BELLO:"), ["EU", "Mexico", "IFEOMA", "ADESANYA-BELLO"]);
        assert_eq!(texts("Minister Ahn Jae-won said"), ["Minister", "Ahn", "Jae-won", "said"]);
        assert_eq!(texts("workers from Timor-Leste"), ["workers", "from", "Timor-Leste"]);
        assert_eq!(
            texts("the Indonesia-Korea Comprehensive Economic Partnership Agreement"),
            ["the", "Indonesia-Korea", "Comprehensive", "Economic", "Partnership", "Agreement"]
        );
        assert_eq!(texts("The Long-term plan"), ["The", "Long", "term", "plan"]);
        assert_eq!(texts("the Long-term plan"), ["the", "Long", "term", "plan"]);
    }

    #[test]
    fn a_middle_initial_keeps_its_full_stop_and_ends_no_sentence() {
        let text = "Judge Eleanor M. Ashby ruled. It was late, with vitamin B. Then";
        let t = tokens(text);
        let m = t.iter().position(|t| t.text == "M").unwrap();
        assert_eq!(&text[t[m].start..t[m].end], "M.");
        assert!(!t[m + 1].opens_sentence);
        let then = t.iter().position(|t| t.text == "Then").unwrap();
        assert!(t[then].opens_sentence, "a capital letter after a lower-case word is no initial");
    }

    #[test]
    fn initials_in_a_row_and_plural_possessives() {
        let text = "Prof. H. J. van Buren and the Workers' Data Rights Project";
        let t = tokens(text);
        let h = t.iter().position(|t| t.text == "H").unwrap();
        assert_eq!(&text[t[h].start..t[h].end], "H.");
        assert_eq!(&text[t[h + 1].start..t[h + 1].end], "J.");
        assert!(!t[h + 1].opens_sentence && !t[h + 2].opens_sentence);
        let workers = t.iter().find(|t| t.text.starts_with("Workers")).unwrap();
        assert!(workers.possessive);
    }

    #[test]
    fn shapes() {
        let t = tokens("Mexico's U.S. ties. The DHS said: “Yes”");
        let texts: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(texts, ["Mexico", "U.S", "ties", "The", "DHS", "said", "Yes"]);
        assert!(t[0].possessive && t[0].opens_sentence);
        assert_eq!(&"Mexico's U.S. ties. The DHS said: “Yes”"[t[1].start..t[1].end], "U.S.");
        assert!(t[3].opens_sentence && !t[4].opens_sentence);
        assert!(t[4].all_caps && t[6].opens_sentence);
    }
}
