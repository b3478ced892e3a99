//! Text measures shared by build time and run time.

use unicode_segmentation::UnicodeSegmentation;

/// Number of words in `text`, by Unicode word boundaries (UAX #29).
///
/// Numbers count as words; punctuation and spaces do not.
pub fn word_count(text: &str) -> usize {
    text.unicode_words().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_not_punctuation() {
        // "U.S", "Mexico", "cooperation", "it’s", "real", "10,000", "strong".
        assert_eq!(
            word_count("U.S.-Mexico cooperation — it’s real, 10,000 strong."),
            7
        );
        assert_eq!(word_count("  "), 0);
        assert_eq!(word_count("Peña Nieto"), 2);
    }
}
