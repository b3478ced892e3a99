//! Step 2: the jusText paragraph features and the context-free class.
//!
//! jusText (Pomikálek 2011, "Removing Boilerplate and Duplicate Content from Web
//! Corpora", ch. 3) classifies a paragraph from its length, its stop-word density and
//! its link density. A capture is plain text, so "links" are approximated by the
//! tokens that only ever stand for links or buttons: URLs, @handles, `#tags`, the word
//! "icon" left behind by icon fonts, and short bulleted menu items.

use unicode_segmentation::UnicodeSegmentation;

/// Paragraphs shorter than this (in characters) are "short" (jusText `LENGTH_LOW`).
pub(crate) const LENGTH_LOW: usize = 70;
/// Paragraphs longer than this with enough stop words are "good" (jusText `LENGTH_HIGH`).
pub(crate) const LENGTH_HIGH: usize = 200;
/// Below this stop-word density a paragraph is "bad".
///
/// jusText uses 0.30/0.32 with a 300-word list; our list is shorter, so the densities
/// it measures are a little lower and the thresholds sit a little lower too.
pub(crate) const STOPWORDS_LOW: f64 = 0.26;
/// At or above this stop-word density a long paragraph is "good".
pub(crate) const STOPWORDS_HIGH: f64 = 0.30;
/// Above this share of link-like characters a paragraph is "bad" (jusText `MAX_LINK_DENSITY`).
pub(crate) const MAX_LINK_DENSITY: f64 = 0.2;

/// A small English stop-word list, sorted (checked by a test) for binary search.
///
/// Function words are what separates running prose from menus, labels and
/// headlines: prose is about one third function words, chrome almost none.
#[rustfmt::skip]
pub(crate) const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "across", "after", "again", "against", "all", "also", "although", "am",
    "among", "an", "and", "another", "any", "are", "around", "as", "at", "be", "because", "been",
    "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
    "doing", "down", "during", "each", "either", "even", "ever", "every", "few", "for", "from",
    "further", "had", "has", "have", "having", "he", "he's", "her", "here", "hers", "herself",
    "him", "himself", "his", "how", "however", "i", "i'm", "if", "in", "into", "is", "it", "it's",
    "its", "itself", "just", "many", "may", "me", "might", "more", "most", "much", "must", "my",
    "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
    "other", "others", "our", "ours", "ourselves", "out", "over", "own", "said", "same", "say",
    "says", "she", "should", "since", "so", "some", "such", "than", "that", "that's", "the",
    "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
    "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "was",
    "we", "we're", "were", "what", "when", "where", "whether", "which", "while", "who", "whom",
    "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours",
];

/// True if `word` (lower case, straight apostrophes) is a stop word.
pub(crate) fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// Lower-cases a word and straightens its apostrophes, so "It’s" matches "it's".
pub(crate) fn fold_word(word: &str) -> String {
    word.to_lowercase().replace(['’', '‘'], "'")
}

/// The words of `text` with their byte spans, by Unicode word boundaries (UAX #29).
pub(crate) fn word_spans(text: &str) -> Vec<(usize, &str)> {
    text.unicode_word_indices().collect()
}

/// Characters that start a bulleted line in a text capture of a list.
pub(crate) const BULLETS: &[char] = &['•', '·', '▪', '◦', '‣', '►', '▸', '●', '○', '■', '□', '–'];

/// True if the (trimmed) line starts with a list bullet.
pub(crate) fn is_bullet(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with(BULLETS) || t.starts_with("* ") || t.starts_with("- ")
}

/// The text without a leading bullet marker.
pub(crate) fn strip_bullet(line: &str) -> &str {
    let t = line.trim_start();
    if is_bullet(t) {
        let mut chars = t.chars();
        chars.next();
        chars.as_str().trim_start()
    } else {
        t
    }
}

/// Closing quotes and brackets that may follow a sentence's final punctuation.
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '*'];

/// True if the text ends like a sentence: `.`, `!`, `?` or an ellipsis, maybe inside quotes.
pub(crate) fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches(CLOSERS);
    t.ends_with(['.', '!', '?', '…'])
}

/// True if the text ends with any punctuation a heading never ends with.
pub(crate) fn ends_punctuated(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches(CLOSERS);
    t.ends_with(['.', '!', '?', '…', ':', ';', ','])
}

/// What jusText measures on a paragraph, plus the two cues plain text adds.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Features {
    /// Length in characters.
    pub chars: usize,
    /// Number of words.
    pub words: usize,
    /// Share of words that are stop words.
    pub stop_density: f64,
    /// Share of characters in link-like tokens (URLs, handles, "icon", short bullet items).
    pub link_density: f64,
    /// Ends like a sentence.
    pub sentence_end: bool,
    /// Share of letters that are capitals.
    pub caps_share: f64,
}

/// True for a token that in a text capture only ever stands for a link or a button.
fn link_like_token(token: &str) -> bool {
    let t = token.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ';' | '.' | '"' | '\''));
    let lower = t.to_lowercase();
    (t.starts_with('@') && t.len() > 2)
        || (t.starts_with('#') && t.len() > 2 && !t[1..].chars().all(|c| c.is_ascii_digit()))
        || lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("www.")
        || lower == "icon"
        || lower == "icons"
}

/// Measures a paragraph.
pub(crate) fn features(text: &str) -> Features {
    let chars = text.chars().count();
    let words: Vec<String> = word_spans(text).iter().map(|(_, w)| fold_word(w)).collect();
    let stops = words.iter().filter(|w| is_stop_word(w)).count();
    let link_chars: usize = if is_bullet(text) && chars < 60 && !ends_sentence(text) {
        // A short bulleted item with no sentence is a menu or teaser link.
        chars
    } else {
        text.split_whitespace().filter(|t| link_like_token(t)).map(|t| t.chars().count()).sum()
    };
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let caps = text.chars().filter(|c| c.is_uppercase()).count();
    Features {
        chars,
        words: words.len(),
        stop_density: ratio(stops, words.len()),
        link_density: ratio(link_chars, chars),
        sentence_end: ends_sentence(text),
        caps_share: ratio(caps, letters),
    }
}

/// `a / b`, and 0 for an empty denominator (an empty paragraph has no density).
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// jusText's context-free class of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Boilerplate by its form: link-heavy, or too few stop words for prose.
    Bad,
    /// Too short to judge alone; its neighbours decide.
    Short,
    /// Prose-like but not long enough to be sure.
    NearGood,
    /// Long running prose.
    Good,
}

/// jusText's context-free classification (Pomikálek 2011, algorithm 3.1).
pub(crate) fn classify(f: &Features, text: &str) -> Class {
    if f.link_density > MAX_LINK_DENSITY || text.contains('©') {
        return Class::Bad;
    }
    if f.chars < LENGTH_LOW {
        return if f.link_density > 0.0 { Class::Bad } else { Class::Short };
    }
    if f.stop_density >= STOPWORDS_HIGH {
        if f.chars > LENGTH_HIGH {
            Class::Good
        } else {
            Class::NearGood
        }
    } else if f.stop_density >= STOPWORDS_LOW {
        Class::NearGood
    } else {
        Class::Bad
    }
}

/// A short sentence ("He takes over Dec. 1."): jusText would leave it to its neighbours,
/// but a news story often ends on one, so it counts as content at the end of the body.
pub(crate) fn sentence_like(f: &Features) -> bool {
    f.sentence_end && f.words >= 3 && f.link_density == 0.0
}

/// A line that reads like a heading: short, capitalised, without final punctuation.
pub(crate) fn heading_like(f: &Features, text: &str) -> bool {
    let first = strip_bullet(text).chars().find(|c| c.is_alphanumeric());
    f.chars <= 100
        && (1..=14).contains(&f.words)
        && !ends_punctuated(text)
        && f.link_density == 0.0
        && first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A label: one to four words, all in capitals ("BRIEF", "THE ORGANIZATION").
pub(crate) fn label_like(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let words = text.split_whitespace().count();
    letters.len() >= 2 && (1..=4).contains(&words) && letters.iter().all(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_and_unique() {
        let mut sorted = STOP_WORDS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, STOP_WORDS);
    }

    #[test]
    fn stop_words_fold_case_and_curly_apostrophes() {
        assert!(is_stop_word(&fold_word("It’s")));
        assert!(is_stop_word(&fold_word("THE")));
        assert!(!is_stop_word(&fold_word("Mexico")));
    }

    #[test]
    fn long_prose_is_good() {
        let t = "The visit comes at a time when the two countries have been working to improve \
                 their relationship, and officials on both sides of the border said they were \
                 pleased with the progress that they had made over the last year or so.";
        let f = features(t);
        assert!(f.chars > LENGTH_HIGH);
        assert_eq!(classify(&f, t), Class::Good);
    }

    #[test]
    fn medium_prose_is_near_good() {
        let t = "Despite the violence, cooperation between the two countries has reached a new level.";
        assert_eq!(classify(&features(t), t), Class::NearGood);
    }

    #[test]
    fn short_text_is_short_unless_link_like() {
        assert_eq!(classify(&features("Latin America"), "Latin America"), Class::Short);
        assert_eq!(classify(&features("Follow @someone"), "Follow @someone"), Class::Bad);
        assert_eq!(classify(&features("share icon icon icon"), "share icon icon icon"), Class::Bad);
        assert_eq!(classify(&features("• Playlist"), "• Playlist"), Class::Bad);
    }

    #[test]
    fn long_text_without_function_words_is_bad() {
        let t = "Kingpins Corruption Targeting Transnational Organized Crime Americas Roger Noriega \
                 Crisis Venezuela World Response Videos Experts Brief History";
        assert_eq!(classify(&features(t), t), Class::Bad);
    }

    #[test]
    fn copyright_sign_is_bad() {
        let t = "Copyright © 2013 Example Radio. All rights reserved. Visit our website terms of use \
                 and permissions pages for further information about this.";
        assert_eq!(classify(&features(t), t), Class::Bad);
    }

    #[test]
    fn sentence_endings_see_through_quotes() {
        assert!(ends_sentence("“That is not good.” …"));
        assert!(ends_sentence("He said: “Yes.”"));
        assert!(!ends_sentence("InSight Analysis"));
        assert!(ends_punctuated("Share this:"));
        assert!(!ends_punctuated("Related Content"));
    }

    #[test]
    fn headings_and_labels() {
        let h = "Crime Analysis";
        assert!(heading_like(&features(h), h));
        let s = "This is a sentence.";
        assert!(!heading_like(&features(s), s));
        assert!(label_like("BRIEF"));
        assert!(label_like("THE ORGANIZATION"));
        assert!(!label_like("Brief"));
        assert!(!label_like("MEXICO CITY SAID TODAY THAT IT WOULD"));
    }

    #[test]
    fn bullets() {
        assert!(is_bullet("  • Playlist"));
        assert_eq!(strip_bullet("  • Playlist"), "Playlist");
        assert!(!is_bullet("Playlist"));
        assert_eq!(strip_bullet("Plain"), "Plain");
    }
}
