//! Step 4a: which unit is the headline.
//!
//! With a title hint the headline is the unit whose normalised text equals it. A
//! capture often also repeats the headline glued to a breadcrumb ("HomeNewsBrief" +
//! title); such a line is navigation when the headline also stands on its own line,
//! and is split into navigation + title when it does not.

/// Lower-cases and keeps only letters and digits, each other run becoming one space,
/// so that quotes, dashes and spacing differences do not hide a match.
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// Where the title was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TitleMatch {
    /// The whole unit is the title.
    Whole(usize),
    /// The unit ends with the title after a glued prefix (a breadcrumb), which starts
    /// at byte 0 and ends at the given byte offset.
    AfterPrefix(usize, usize),
}

impl TitleMatch {
    /// The unit holding the title.
    pub fn index(self) -> usize {
        match self {
            TitleMatch::Whole(i) | TitleMatch::AfterPrefix(i, _) => i,
        }
    }
}

/// Finds the unit equal to the normalised title `hint` among `texts`.
///
/// Falls back to a unit that ends with the title (a glued breadcrumb), then to one
/// that starts with it ("Title | Site name"), then to a unit sharing nearly all its
/// words with it (a hint that differs slightly from the page).
pub(crate) fn find(texts: &[&str], hint: &str) -> Option<TitleMatch> {
    if hint.is_empty() {
        return None;
    }
    let norms: Vec<String> = texts.iter().map(|t| normalize(t)).collect();
    if let Some(i) = norms.iter().position(|n| n == hint) {
        return Some(TitleMatch::Whole(i));
    }
    for (i, n) in norms.iter().enumerate() {
        if n.len() > hint.len() && n.ends_with(hint) {
            if let Some(cut) = prefix_end(texts[i], hint) {
                return Some(TitleMatch::AfterPrefix(i, cut));
            }
        }
    }
    let site_suffix = |i: usize| {
        let n = &norms[i];
        n.starts_with(hint)
            && n[hint.len()..].starts_with(' ')
            && n[hint.len()..].split(' ').count() <= 7
            && texts[i].contains(['|', '-', '–', '—', ':'])
    };
    if let Some(i) = (0..norms.len()).find(|&i| site_suffix(i)) {
        return Some(TitleMatch::Whole(i));
    }
    let hint_words: Vec<&str> = hint.split(' ').collect();
    norms
        .iter()
        .position(|n| {
            let words: Vec<&str> = n.split(' ').collect();
            let shared = hint_words.iter().filter(|w| words.contains(w)).count();
            words.len() <= hint_words.len() + 3 && shared * 10 >= hint_words.len().max(words.len()) * 8
        })
        .map(TitleMatch::Whole)
}

/// The byte offset in `text` where the trailing title begins.
fn prefix_end(text: &str, hint: &str) -> Option<usize> {
    // A breadcrumb is short; bounding the line keeps this quadratic search cheap.
    if text.len() > hint.len() * 2 + 200 {
        return None;
    }
    text.char_indices()
        .map(|(i, _)| i)
        .filter(|&i| i > 0)
        .find(|&i| normalize(&text[i..]) == hint && normalize(&text[..i]).chars().any(char::is_alphanumeric))
}

/// True if the normalised `text` contains the normalised title without being it.
pub(crate) fn contains_title(text: &str, hint: &str) -> bool {
    let n = normalize(text);
    !hint.is_empty() && n != hint && n.contains(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_ignores_case_punctuation_and_spacing() {
        assert_eq!(normalize("U.S.-Mexico  Ties: “Closer”"), "u s mexico ties closer");
        assert_eq!(normalize("  "), "");
        assert_eq!(normalize("Peña Nieto’s"), "peña nieto s");
    }

    #[test]
    fn finds_exact_title() {
        let t = ["Section", "The Headline Here", "Body."];
        assert_eq!(find(&t, &normalize("The headline here")), Some(TitleMatch::Whole(1)));
    }

    #[test]
    fn finds_title_glued_to_breadcrumb() {
        let t = ["HomeNewsBrief2013 Border Strategy Calls for More", "Body."];
        let m = find(&t, &normalize("2013 Border Strategy Calls for More"));
        assert_eq!(m, Some(TitleMatch::AfterPrefix(0, "HomeNewsBrief".len())));
    }

    #[test]
    fn exact_title_wins_over_glued_copy() {
        let t = ["HomeNewsThe Big Story", "BRIEF", "The Big Story"];
        assert_eq!(find(&t, &normalize("The Big Story")), Some(TitleMatch::Whole(2)));
        assert!(contains_title(t[0], &normalize("The Big Story")));
        assert!(!contains_title(t[2], &normalize("The Big Story")));
    }

    #[test]
    fn title_with_site_suffix_and_near_miss() {
        let t = ["Big Story Unfolds | The Daily Example"];
        assert_eq!(find(&t, &normalize("Big Story Unfolds")), Some(TitleMatch::Whole(0)));
        let t = ["Mexico and US improve ties in drug fight"];
        assert_eq!(find(&t, &normalize("Mexico, US improve ties in the drug fight")), Some(TitleMatch::Whole(0)));
        assert_eq!(find(&t, &normalize("Something else entirely")), None);
    }
}
