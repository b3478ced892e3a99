//! Sentence tone: a port of VADER (Hutto and Gilbert 2014, "VADER: A Parsimonious
//! Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM-14), following the
//! reference implementation in the PyPI package `vaderSentiment` 3.3.2 (MIT licence, see
//! `data/VADER-LICENSE.txt`) rule for rule, quirks included, so that our compound scores
//! are the ones the published tool gives.
//!
//! The lexicon, `data/vader_lexicon.txt`, is the package's file byte for byte.
//!
//! One deliberate omission: the package first replaces each emoji (and a few symbols such
//! as ©, ®, ™, ‼ and arrows) with its English description from `emoji_utf8_lexicon.txt`.
//! News text has next to none, so that pass and its dictionary are left out; a sentence
//! containing one of those characters may therefore score differently from the package.

use framescope_core::framing::{Span, Tone, ToneCue};
use std::collections::HashMap;

/// Mean rise in rated intensity from a booster word ("very good").
const B_INCR: f64 = 0.293;
/// Mean fall in rated intensity from a dampener word ("slightly good").
const B_DECR: f64 = -0.293;
/// Mean rise from writing a word in capitals while the rest of the sentence is not.
const C_INCR: f64 = 0.733;
/// Negation does not simply flip a word's sign: "not great" is milder than "awful".
const N_SCALAR: f64 = -0.74;

/// Words that negate a lexicon word up to three words after them (3.3.2's `NEGATE`).
/// Any word containing "n't" negates too.
const NEGATE: &[&str] = &[
    "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't", "couldn't",
    "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
    "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none",
    "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't",
    "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely",
    "seldom", "despite",
];

/// Degree adverbs that raise or lower the intensity of the lexicon word after them
/// (3.3.2's `BOOSTER_DICT`). The two-word entries only ever match through the idiom check.
const BOOSTERS: &[(&str, f64)] = &[
    ("absolutely", B_INCR),
    ("amazingly", B_INCR),
    ("awfully", B_INCR),
    ("completely", B_INCR),
    ("considerable", B_INCR),
    ("considerably", B_INCR),
    ("decidedly", B_INCR),
    ("deeply", B_INCR),
    ("effing", B_INCR),
    ("enormous", B_INCR),
    ("enormously", B_INCR),
    ("entirely", B_INCR),
    ("especially", B_INCR),
    ("exceptional", B_INCR),
    ("exceptionally", B_INCR),
    ("extreme", B_INCR),
    ("extremely", B_INCR),
    ("fabulously", B_INCR),
    ("flipping", B_INCR),
    ("flippin", B_INCR),
    ("frackin", B_INCR),
    ("fracking", B_INCR),
    ("fricking", B_INCR),
    ("frickin", B_INCR),
    ("frigging", B_INCR),
    ("friggin", B_INCR),
    ("fully", B_INCR),
    ("fuckin", B_INCR),
    ("fucking", B_INCR),
    ("fuggin", B_INCR),
    ("fugging", B_INCR),
    ("greatly", B_INCR),
    ("hella", B_INCR),
    ("highly", B_INCR),
    ("hugely", B_INCR),
    ("incredible", B_INCR),
    ("incredibly", B_INCR),
    ("intensely", B_INCR),
    ("major", B_INCR),
    ("majorly", B_INCR),
    ("more", B_INCR),
    ("most", B_INCR),
    ("particularly", B_INCR),
    ("purely", B_INCR),
    ("quite", B_INCR),
    ("really", B_INCR),
    ("remarkably", B_INCR),
    ("so", B_INCR),
    ("substantially", B_INCR),
    ("thoroughly", B_INCR),
    ("total", B_INCR),
    ("totally", B_INCR),
    ("tremendous", B_INCR),
    ("tremendously", B_INCR),
    ("uber", B_INCR),
    ("unbelievably", B_INCR),
    ("unusually", B_INCR),
    ("utter", B_INCR),
    ("utterly", B_INCR),
    ("very", B_INCR),
    ("almost", B_DECR),
    ("barely", B_DECR),
    ("hardly", B_DECR),
    ("just enough", B_DECR),
    ("kind of", B_DECR),
    ("kinda", B_DECR),
    ("kindof", B_DECR),
    ("kind-of", B_DECR),
    ("less", B_DECR),
    ("little", B_DECR),
    ("marginal", B_DECR),
    ("marginally", B_DECR),
    ("occasional", B_DECR),
    ("occasionally", B_DECR),
    ("partly", B_DECR),
    ("scarce", B_DECR),
    ("scarcely", B_DECR),
    ("slight", B_DECR),
    ("slightly", B_DECR),
    ("somewhat", B_DECR),
    ("sort of", B_DECR),
    ("sorta", B_DECR),
    ("sortof", B_DECR),
    ("sort-of", B_DECR),
];

/// Phrases around a lexicon word whose valence replaces the word's own (3.3.2's
/// `SPECIAL_CASES`): "the shit" is praise, a "bus stop" is not a stop to anything.
/// Only phrases of two or three words can match, as in the package ("badass" never does).
const SPECIAL_CASES: &[(&str, f64)] = &[
    ("the shit", 3.0),
    ("the bomb", 3.0),
    ("bad ass", 1.5),
    ("badass", 1.5),
    ("bus stop", 0.0),
    ("yeah right", -2.0),
    ("kiss of death", -1.5),
    ("to die for", 3.0),
    ("beating heart", 3.5),
];

/// VADER's lexicon and rules, loaded once.
pub struct ToneAnalyzer {
    /// Lexicon entry → mean valence, −4 to +4. Keys are as written in the file; lookups
    /// use the lower-cased word, so the few entries with capitals (":D", "O_o") never
    /// match, exactly as in the package.
    lexicon: HashMap<String, f64>,
    /// [`BOOSTERS`] as a map, since every word of every sentence is looked up in it.
    boosters: HashMap<&'static str, f64>,
}

/// One whitespace-separated token as VADER sees it, with where it is in the sentence.
struct Token<'a> {
    /// The token, with surrounding ASCII punctuation stripped unless that would leave two
    /// characters or fewer (then it is likely an emoticon such as ":)" and kept whole).
    word: &'a str,
    /// `word` lower-cased, the form every rule compares.
    lower: String,
    /// Byte offset of `word` in the sentence.
    start: usize,
}

impl ToneAnalyzer {
    /// Parses the embedded lexicon (include_str!("../../data/vader_lexicon.txt")).
    pub fn new() -> Self {
        let text = include_str!("../../data/vader_lexicon.txt");
        let mut lexicon = HashMap::with_capacity(7600);
        // Same reading as `make_lex_dict`: one entry a line (the file has CRLF endings),
        // word and mean valence in the first two tab-separated fields; a repeated word
        // keeps its last value.
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let mut fields = line.split('\t');
            let word = fields.next().unwrap_or_default();
            let valence = fields
                .next()
                .and_then(|v| v.parse::<f64>().ok())
                .unwrap_or_else(|| panic!("data/vader_lexicon.txt:{}: no valence after {word:?}", n + 1));
            lexicon.insert(word.to_owned(), valence);
        }
        ToneAnalyzer { lexicon, boosters: BOOSTERS.iter().copied().collect() }
    }

    /// The tone of one sentence: compound in [-1, 1], and a ToneCue for each token whose final valence (after
    /// boosters, caps, negation, "but") is non-zero, with `span` the BYTE offsets of that word inside `sentence` (u32).
    ///
    /// The compound is rounded to four decimals, as `polarity_scores` reports it.
    pub fn score(&self, sentence: &str) -> Tone {
        let tokens = tokenize(sentence);
        let words: Vec<&str> = tokens.iter().map(|t| t.word).collect();
        let lower: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
        let is_cap_diff = allcap_differential(&words);

        let mut sentiments = Vec::with_capacity(tokens.len());
        for i in 0..tokens.len() {
            // Boosters and "kind" of "kind of" only modify the next word; they carry no
            // valence of their own even when the lexicon lists them ("kind", "major").
            let modifier =
                self.boosters.contains_key(lower[i]) || (lower[i] == "kind" && lower.get(i + 1) == Some(&"of"));
            sentiments.push(if modifier { 0.0 } else { self.sentiment_valence(&words, &lower, i, is_cap_diff) });
        }
        but_check(&lower, &mut sentiments);

        let compound = score_valence(&sentiments, sentence);
        let cues = tokens
            .iter()
            .zip(&sentiments)
            .filter(|(_, &v)| v != 0.0)
            .map(|(t, &v)| ToneCue {
                span: Span { start: t.start as u32, end: (t.start + t.word.len()) as u32 },
                valence: v as f32,
            })
            .collect();
        Tone { compound: compound as f32, cues }
    }

    /// Whether the lower-cased word is a lexicon entry.
    fn in_lexicon(&self, lower: &str) -> bool {
        self.lexicon.contains_key(lower)
    }

    /// The valence of token `i` in context (`sentiment_valence`): 0 unless it is a
    /// lexicon word, else its lexicon valence adjusted by "no", capitals, the three words
    /// before it (boosters, negations, idioms) and "least".
    fn sentiment_valence(&self, words: &[&str], lower: &[&str], i: usize, is_cap_diff: bool) -> f64 {
        let Some(&lexicon_valence) = self.lexicon.get(lower[i]) else {
            return 0.0;
        };
        let mut valence = lexicon_valence;

        // "no" before another lexicon word negates that word rather than scoring itself.
        if lower[i] == "no" && i + 1 < lower.len() && self.in_lexicon(lower[i + 1]) {
            valence = 0.0;
        }
        if (i > 0 && lower[i - 1] == "no")
            || (i > 1 && lower[i - 2] == "no")
            || (i > 2 && lower[i - 3] == "no" && matches!(lower[i - 1], "or" | "nor"))
        {
            valence = lexicon_valence * N_SCALAR;
        }

        // A word in capitals among words that are not is shouted. As in the package, a
        // zero valence (a "no" set to 0 above) counts as negative here.
        if is_upper(words[i]) && is_cap_diff {
            if valence > 0.0 {
                valence += C_INCR;
            } else {
                valence -= C_INCR;
            }
        }

        // The three preceding words, nearest first, each weaker with distance; a word that
        // is itself in the lexicon is skipped along with its negation and idiom checks.
        for start_i in 0..3 {
            if i > start_i && !self.in_lexicon(lower[i - (start_i + 1)]) {
                let mut s = self.scalar_inc_dec(words[i - (start_i + 1)], lower[i - (start_i + 1)], valence, is_cap_diff);
                if start_i == 1 && s != 0.0 {
                    s *= 0.95;
                }
                if start_i == 2 && s != 0.0 {
                    s *= 0.9;
                }
                valence += s;
                valence = negation_check(valence, lower, start_i, i);
                if start_i == 2 {
                    valence = self.special_idioms_check(valence, lower, i);
                }
            }
        }

        self.least_check(valence, lower, i)
    }

    /// The change a preceding booster or dampener makes (`scalar_inc_dec`): it pushes away
    /// from zero, or towards it, whatever the sign of the word it modifies, and more so in
    /// capitals.
    fn scalar_inc_dec(&self, word: &str, lower: &str, valence: f64, is_cap_diff: bool) -> f64 {
        let Some(&booster) = self.boosters.get(lower) else {
            return 0.0;
        };
        let mut scalar = booster;
        if valence < 0.0 {
            scalar *= -1.0;
        }
        if is_upper(word) && is_cap_diff {
            if valence > 0.0 {
                scalar += C_INCR;
            } else {
                scalar -= C_INCR;
            }
        }
        scalar
    }

    /// Phrases around the word that override its valence, and the two-word dampeners
    /// "kind of", "sort of", "just enough" (`_special_idioms_check`). Called only when
    /// `i >= 3`.
    fn special_idioms_check(&self, mut valence: f64, lower: &[&str], i: usize) -> f64 {
        let onezero = format!("{} {}", lower[i - 1], lower[i]);
        let twoonezero = format!("{} {} {}", lower[i - 2], lower[i - 1], lower[i]);
        let twoone = format!("{} {}", lower[i - 2], lower[i - 1]);
        let threetwoone = format!("{} {} {}", lower[i - 3], lower[i - 2], lower[i - 1]);
        let threetwo = format!("{} {}", lower[i - 3], lower[i - 2]);

        if let Some(v) = [&onezero, &twoonezero, &twoone, &threetwoone, &threetwo].iter().find_map(|s| special_case(s))
        {
            valence = v;
        }
        // Phrases starting at the word can still override one ending at it.
        if lower.len() - 1 > i {
            if let Some(v) = special_case(&format!("{} {}", lower[i], lower[i + 1])) {
                valence = v;
            }
        }
        if lower.len() - 1 > i + 1 {
            if let Some(v) = special_case(&format!("{} {} {}", lower[i], lower[i + 1], lower[i + 2])) {
                valence = v;
            }
        }
        // Unlike a one-word booster, these are added without regard to the word's sign.
        for n_gram in [&threetwoone, &threetwo, &twoone] {
            if let Some(&b) = self.boosters.get(n_gram.as_str()) {
                valence += b;
            }
        }
        valence
    }

    /// "least" right before the word negates it, except in "at least" and "very least"
    /// (`_least_check`).
    fn least_check(&self, valence: f64, lower: &[&str], i: usize) -> f64 {
        if i > 1 && !self.in_lexicon(lower[i - 1]) && lower[i - 1] == "least" {
            if lower[i - 2] != "at" && lower[i - 2] != "very" {
                return valence * N_SCALAR;
            }
        } else if i > 0 && !self.in_lexicon(lower[i - 1]) && lower[i - 1] == "least" {
            return valence * N_SCALAR;
        }
        valence
    }
}

impl Default for ToneAnalyzer {
    /// Same as [`ToneAnalyzer::new`].
    fn default() -> Self {
        Self::new()
    }
}

/// Splits like `SentiText._words_and_emoticons`: Python's `str.split()` on whitespace, then
/// `_strip_punc_if_word` on each token, keeping byte offsets.
fn tokenize(sentence: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut start = None;
    // A sentinel space at the end closes the last token.
    for (at, c) in sentence.char_indices().chain([(sentence.len(), ' ')]) {
        if is_py_space(c) {
            if let Some(from) = start.take() {
                tokens.push(strip_punc_if_word(sentence, from, at));
            }
        } else if start.is_none() {
            start = Some(at);
        }
    }
    tokens
}

/// `_strip_punc_if_word`: trims Python's `string.punctuation` (exactly the ASCII
/// punctuation characters) from both ends of `sentence[from..to]`, unless that leaves two
/// characters or fewer, in which case the token is kept whole (so "no," stays "no,").
fn strip_punc_if_word(sentence: &str, from: usize, to: usize) -> Token<'_> {
    let raw = &sentence[from..to];
    let stripped = raw.trim_matches(|c: char| c.is_ascii_punctuation());
    let (word, start) = if stripped.chars().count() <= 2 {
        (raw, from)
    } else {
        (stripped, from + (raw.len() - raw.trim_start_matches(|c: char| c.is_ascii_punctuation()).len()))
    };
    Token { word, lower: word.to_lowercase(), start }
}

/// Python's `str.isspace`, which `str.split()` uses: Unicode White_Space plus the four
/// ASCII information separators U+001C to U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `str.isupper`: at least one upper-case character and no lower-case or
/// title-case one, so "I'M" and ":D" are upper and "2014" is not.
fn is_upper(word: &str) -> bool {
    let mut cased = false;
    for c in word.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

/// The Unicode title-case letters (category Lt), which Rust's `char` has no test for.
fn is_titlecase(c: char) -> bool {
    matches!(c, '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}' | '\u{1f88}'..='\u{1f8f}' | '\u{1f98}'..='\u{1f9f}'
        | '\u{1fa8}'..='\u{1faf}' | '\u{1fbc}' | '\u{1fcc}' | '\u{1ffc}')
}

/// `allcap_differential`: capitals only signal emphasis when some, but not all, of the
/// sentence's tokens are in capitals (a headline in capitals shouts nothing).
fn allcap_differential(words: &[&str]) -> bool {
    let allcap_words = words.iter().filter(|w| is_upper(w)).count();
    let cap_differential = words.len() - allcap_words;
    0 < cap_differential && cap_differential < words.len()
}

/// `negated` applied to one lower-cased word.
fn negated(lower: &str) -> bool {
    NEGATE.contains(&lower) || lower.contains("n't")
}

/// The valence of a special-case phrase, if `phrase` is one.
fn special_case(phrase: &str) -> Option<f64> {
    SPECIAL_CASES.iter().find(|(p, _)| *p == phrase).map(|&(_, v)| v)
}

/// `_negation_check` for the word `start_i + 1` places before token `i`.
fn negation_check(valence: f64, lower: &[&str], start_i: usize, i: usize) -> f64 {
    match start_i {
        0 if negated(lower[i - 1]) => valence * N_SCALAR,
        1 => {
            if lower[i - 2] == "never" && matches!(lower[i - 1], "so" | "this") {
                // "never so good" praises.
                valence * 1.25
            } else if lower[i - 2] == "without" && lower[i - 1] == "doubt" {
                valence
            } else if negated(lower[i - 2]) {
                valence * N_SCALAR
            } else {
                valence
            }
        }
        2 => {
            // The package's condition reads `never and (so or this) or (so or this)`, so a
            // "so" or "this" right before the word amplifies whatever precedes it; kept.
            if (lower[i - 3] == "never" && matches!(lower[i - 2], "so" | "this")) || matches!(lower[i - 1], "so" | "this")
            {
                valence * 1.25
            } else if lower[i - 3] == "without" && (lower[i - 2] == "doubt" || lower[i - 1] == "doubt") {
                valence
            } else if negated(lower[i - 3]) {
                valence * N_SCALAR
            } else {
                valence
            }
        }
        _ => valence,
    }
}

/// `_but_check`: words before the first "but" count half, words after it one and a half
/// times.
///
/// Ported with the package's quirk: it finds each value's position with `list.index`,
/// which returns the first equal value, so when two tokens share a valence the change can
/// land on the earlier one (and on the first zero, where it is harmless).
fn but_check(lower: &[&str], sentiments: &mut [f64]) {
    let Some(bi) = lower.iter().position(|w| *w == "but") else {
        return;
    };
    for k in 0..sentiments.len() {
        let sentiment = sentiments[k];
        let si = sentiments.iter().position(|&s| s == sentiment).unwrap_or(k);
        if si < bi {
            sentiments[si] = sentiment * 0.5;
        } else if si > bi {
            sentiments[si] = sentiment * 1.5;
        }
    }
}

/// `score_valence`, compound part: sum the valences, push the sum away from zero for "!"
/// and "?", and squash it into [-1, 1]; rounded to four decimals as the package reports.
fn score_valence(sentiments: &[f64], text: &str) -> f64 {
    if sentiments.is_empty() {
        return 0.0;
    }
    // Left-to-right, as Python 3.11's `sum` adds floats.
    let mut sum_s: f64 = sentiments.iter().sum();
    let punct_emph_amplifier = punctuation_emphasis(text);
    if sum_s > 0.0 {
        sum_s += punct_emph_amplifier;
    } else if sum_s < 0.0 {
        sum_s -= punct_emph_amplifier;
    }
    round4(normalize(sum_s))
}

/// `_amplify_ep` + `_amplify_qm`: up to four "!" add 0.292 each; two or three "?" add 0.18
/// each, more add 0.96. Counted over the whole sentence, not per word.
fn punctuation_emphasis(text: &str) -> f64 {
    let ep_count = text.matches('!').count().min(4);
    let ep_amplifier = ep_count as f64 * 0.292;
    let qm_count = text.matches('?').count();
    let qm_amplifier = match qm_count {
        0 | 1 => 0.0,
        2 | 3 => qm_count as f64 * 0.18,
        _ => 0.96,
    };
    ep_amplifier + qm_amplifier
}

/// `normalize(score, alpha=15)`: maps a valence sum onto (−1, 1); 15 approximates the
/// largest sum expected.
fn normalize(score: f64) -> f64 {
    const ALPHA: f64 = 15.0;
    (score / (score * score + ALPHA).sqrt()).clamp(-1.0, 1.0)
}

/// Python's `round(x, 4)`. Python rounds the exact binary value half to even; this rounds
/// `x * 10⁴` half away from zero, which differs only for a value within a rounding error of
/// a tie, too rare to matter.
fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;
}
