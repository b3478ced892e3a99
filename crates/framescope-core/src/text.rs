//! The one tokenizer: indexing, query parsing, counting and highlighting all use it,
//! so a word highlighted on screen is exactly a word the index matched.
//!
//! Words are Unicode word boundaries (UAX #29). A word's *key* folds it the way people
//! type: lower case, accents removed (Peña = Pena), curly and straight apostrophes
//! alike, possessive `'s` and inner dots dropped (U.S. = US). Its *stem* is the Snowball
//! English stem of the key (cooperation = cooperating).

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::LazyLock;
use unicode_segmentation::UnicodeSegmentation;

/// A word of a text and where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// Byte offset of the word in the text.
    pub start: usize,
    /// The word as written.
    pub text: &'a str,
}

impl Word<'_> {
    /// Byte offset just past the word.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// The words of `text`, by Unicode word boundaries; punctuation and spaces are not words.
pub fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    text.unicode_word_indices().map(|(start, text)| Word { start, text })
}

/// The sentences of `text` as `(byte offset, sentence)`, trailing spaces included.
///
/// Unicode sentence boundaries (UAX #29), except that a boundary after a short
/// abbreviation that is usually followed by a name ("Gov. Mitt Romney", "Sen. Leahy",
/// "Dec. 1") or after a single initial ("Franklin D. Roosevelt") is not one.
pub fn sentences(text: &str) -> Vec<(usize, &str)> {
    let mut out: Vec<(usize, &str)> = Vec::new();
    for (start, sentence) in text.split_sentence_bound_indices() {
        match out.last_mut() {
            Some((prev_start, prev)) if ends_with_abbreviation(prev) => {
                *prev = &text[*prev_start..start + sentence.len()];
            }
            _ => out.push((start, sentence)),
        }
    }
    out
}

/// True when `sentence` ends with an abbreviation or initial that rarely ends a sentence.
fn ends_with_abbreviation(sentence: &str) -> bool {
    let trimmed = sentence.trim_end();
    let Some(head) = trimmed.strip_suffix('.') else { return false };
    let last = head.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“').next().unwrap_or("");
    // A single capital: an initial.
    if last.len() == 1 && last.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    TITLE_ABBREVIATIONS.binary_search(&last).is_ok()
}

/// Abbreviations that are followed by a name or a number, sorted for binary search.
const TITLE_ABBREVIATIONS: [&str; 38] = [
    "Adm", "Apr", "Aug", "Capt", "Col", "Corp", "Dec", "Dr", "Feb", "Gen", "Gov", "Inc", "Jan", "Jr", "Jul", "Jun",
    "Lt", "Maj", "Mar", "Mr", "Mrs", "Ms", "No", "Nov", "Oct", "Pres", "Prof", "Rep", "Reps", "Rev", "Sen", "Sens",
    "Sept", "Sgt", "Sr", "St", "Supt", "vs",
];

/// Number of words in `text`.
pub fn word_count(text: &str) -> usize {
    words(text).count()
}

/// The search key of a word: lower case, no accents, no apostrophes or inner dots,
/// possessive removed. Empty when nothing is left (a lone apostrophe).
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '\'' | '’' | '‘' | 'ʼ' | '`' | '´' => out.push('\''),
            '.' | ',' | '\u{ad}' => {}
            // Combining accents (a decomposed "é" is "e" + U+0301).
            '\u{300}'..='\u{36f}' => {}
            c => match strip_accent(c) {
                Some(base) => out.push_str(base),
                None => out.extend(c.to_lowercase()),
            },
        }
    }
    // Possessives: "Mexico's" and "Mexicos'" are "mexico"/"mexicos".
    if let Some(stripped) = out.strip_suffix("'s") {
        out.truncate(stripped.len());
    }
    out.retain(|c| c != '\'');
    out
}

/// The unaccented letters of U+00C0–U+024F (Latin-1 Supplement, Latin Extended-A and
/// B), `.` where a character has no single base letter. Made from Unicode's canonical
/// decompositions (NFD, marks removed); a test checks every entry against the
/// `unicode-normalization` crate. A table, not that crate, because its tables would cost
/// the browser build a fifth of its size budget.
const LATIN: &str = concat!(
    "AAAAAA.CEEEEIIII.NOOOOO..UUUUY..aaaaaa.ceeeeiiii.nooooo..uuuuy.y",
    "AaAaAaCcCcCcCcDd..EeEeEeEeEeGgGgGgGgHh..IiIiIiIiI...JjKk.LlLlLl.",
    "...NnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTt..UuUuUuUuUuUuWwYyYZzZzZz.",
    "................................Oo.............Uu...............",
    ".............AaIiOoUuUuUuUuUu.AaAa....GgKkOoOo..j...Gg..NnAa....",
    "AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy............",
    "................",
);

/// The same for U+1E00–U+1EFF (Latin Extended Additional: Vietnamese and others).
const LATIN_ADDITIONAL: &str = concat!(
    "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm",
    "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv",
    "WwWwWwWwWwXxXxYyZzZzZzhtwy......AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe",
    "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy......",
);

/// The base letters of an accented Latin letter, lower case; `None` for other characters.
fn strip_accent(c: char) -> Option<&'static str> {
    let table = |table: &'static str, first: u32| {
        let i = (c as u32).checked_sub(first)? as usize;
        let base = table.get(i..i + 1)?;
        (base != ".").then_some(base)
    };
    let base = match c {
        // Letters with no decomposition that readers still type without their stroke.
        'ø' | 'Ø' => Some("o"),
        'ł' | 'Ł' => Some("l"),
        'đ' | 'Đ' | 'ð' | 'Ð' => Some("d"),
        'ß' => Some("ss"),
        'æ' | 'Æ' => Some("ae"),
        'œ' | 'Œ' => Some("oe"),
        'þ' | 'Þ' => Some("th"),
        '\u{c0}'..='\u{24f}' => table(LATIN, 0xc0),
        '\u{1e00}'..='\u{1eff}' => table(LATIN_ADDITIONAL, 0x1e00),
        _ => None,
    }?;
    // The tables hold both cases; folding wants lower case.
    Some(match base.as_bytes() {
        [b] if b.is_ascii_uppercase() => LOWER[(b - b'A') as usize],
        _ => base,
    })
}

const LOWER: [&str; 26] = [
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w",
    "x", "y", "z",
];

static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The stem of a folded key.
pub fn stem(key: &str) -> String {
    ENGLISH.stem(key).into_owned()
}

/// Very common English words: searched, but never required on their own.
pub fn is_stop_word(key: &str) -> bool {
    STOP_WORDS.binary_search(&key).is_ok()
}

/// Sorted for binary search.
const STOP_WORDS: [&str; 61] = [
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can",
    "could", "did", "do", "for", "from", "had", "has", "have", "he", "her", "his", "if", "in", "into", "is", "it",
    "its", "more", "no", "not", "of", "on", "or", "our", "she", "so", "than", "that", "the", "their", "them", "then",
    "there", "they", "this", "to", "was", "we", "were", "what", "which", "who", "will", "with", "would",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_not_punctuation() {
        // "U.S", "Mexico", "cooperation", "it’s", "real", "10,000", "strong".
        assert_eq!(word_count("U.S.-Mexico cooperation — it’s real, 10,000 strong."), 7);
        assert_eq!(word_count("  "), 0);
        assert_eq!(word_count("Peña Nieto"), 2);
    }

    #[test]
    fn folds_the_way_people_type() {
        assert_eq!(fold("Peña"), "pena");
        assert_eq!(fold("Mérida"), "merida");
        assert_eq!(fold("MEXICO’S"), "mexico");
        assert_eq!(fold("Mexico's"), "mexico");
        assert_eq!(fold("U.S"), "us");
        assert_eq!(fold("don’t"), fold("don't"));
        assert_eq!(fold("10,000"), "10000");
        assert_eq!(fold("Ångström"), "angstrom");
        assert_eq!(fold("'"), "");
    }

    #[test]
    fn the_accent_tables_agree_with_unicode_decomposition() {
        use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
        let mut checked = 0;
        for c in ('\u{c0}'..='\u{24f}').chain('\u{1e00}'..='\u{1eff}') {
            let decomposed: String = c.to_string().nfd().filter(|&m| !is_combining_mark(m)).collect();
            if decomposed.len() == 1 && decomposed.as_bytes()[0].is_ascii_alphabetic() {
                assert_eq!(strip_accent(c), Some(decomposed.to_lowercase().as_str()), "{c} U+{:04X}", c as u32);
                checked += 1;
            }
        }
        assert!(checked > 450, "{checked}");
        // Decomposed input folds the same as composed input.
        assert_eq!(fold("Pen\u{303}a"), "pena");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Nguyễn"), "nguyen");
    }

    #[test]
    fn stems_join_word_forms() {
        assert_eq!(stem("cooperation"), stem("cooperating"));
        assert_eq!(stem("cartels"), stem("cartel"));
        assert_ne!(stem("border"), stem("board"));
    }

    #[test]
    fn stop_words_are_sorted_and_found() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_stop_word("the") && is_stop_word("with") && !is_stop_word("border"));
    }

    #[test]
    fn sentences_do_not_end_at_titles_or_initials() {
        let text = "He met Gov. Mitt Romney on Dec. 1. Then he left. Franklin D. Roosevelt agreed.";
        let got: Vec<&str> = sentences(text).into_iter().map(|(_, s)| s.trim_end()).collect();
        assert_eq!(got, ["He met Gov. Mitt Romney on Dec. 1.", "Then he left.", "Franklin D. Roosevelt agreed."]);
        let offsets: Vec<usize> = sentences(text).into_iter().map(|(o, _)| o).collect();
        assert_eq!(offsets, [0, 35, 49]);
        assert!(TITLE_ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]), "sorted");
        assert!(sentences("").is_empty());
    }

    #[test]
    fn words_have_offsets() {
        let text = "Hi, Peña!";
        let w: Vec<_> = words(text).collect();
        assert_eq!(w.len(), 2);
        assert_eq!(&text[w[1].start..w[1].end()], "Peña");
    }
}
