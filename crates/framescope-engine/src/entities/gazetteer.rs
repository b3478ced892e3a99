//! Place names (see `data/places.tsv` and `scripts/make-gazetteer.py`): from GeoNames
//! (CC BY 4.0) every country, continent and US state, every capital, and cities of 150,000
//! people or more; from ISO 3166 (Debian's iso-codes, LGPL-2.1-or-later) countries' other
//! names and every country's first-level subdivisions. Towns of 15,000 or more are kept
//! apart: their names are often surnames or words ("Perry", "Jefferson"), so they are
//! places only where the text says so.

use framescope_core::text::fold;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A gazetteer entry: the name the place goes by, and its kind.
#[derive(Debug, Clone, Copy)]
struct Entry {
    canonical: &'static str,
    kind: &'static str,
}

static PLACES: LazyLock<HashMap<String, Entry>> = LazyLock::new(|| {
    include_str!("../../data/places.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split('\t');
            let name = parts.next()?;
            let kind = parts.next()?;
            let _country = parts.next()?;
            let canonical = parts.next().unwrap_or(name);
            Some((key(name), Entry { canonical, kind }))
        })
        .collect()
});

fn key(name: &str) -> String {
    name.split_whitespace().map(fold).collect::<Vec<_>>().join(" ")
}

/// The name a place goes by ("United Kingdom" for "Britain"), if `words` (joined by
/// spaces) name a country, continent, region or city. Towns are left to [`town`].
pub fn place(words: &str) -> Option<&'static str> {
    PLACES.get(&key(words)).filter(|e| e.kind != "town").map(|e| e.canonical)
}

/// The name of a town of 15,000 people or more, if `words` name one.
pub fn town(words: &str) -> Option<&'static str> {
    PLACES.get(&key(words)).filter(|e| e.kind == "town").map(|e| e.canonical)
}

/// Whether `words` name a first-level subdivision (a province, a state, a nation of the UK).
pub fn is_region(words: &str) -> bool {
    PLACES.get(&key(words)).is_some_and(|e| e.kind == "region")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_countries_states_and_cities_with_any_accents() {
        assert_eq!(place("Mexico"), Some("Mexico"));
        assert_eq!(place("mexico city"), Some("Mexico City"));
        assert_eq!(place("Texas"), Some("Texas"));
        assert!(place("Bogota").is_some());
        assert_eq!(place("Napolitano"), None);
    }

    #[test]
    fn other_names_of_countries_and_subdivisions() {
        assert_eq!(place("Britain"), Some("United Kingdom"));
        assert_eq!(place("Netherlands"), place("The Netherlands"));
        assert!(is_region("British Columbia") && is_region("Scotland") && is_region("Tamaulipas"));
        // Generic words that name regions somewhere are not places.
        assert_eq!(place("Central"), None);
    }

    #[test]
    fn towns_are_kept_apart() {
        assert_eq!(place("Perry"), None);
        assert_eq!(town("Perry"), Some("Perry"));
        assert_eq!(town("Akureyri"), Some("Akureyri"));
    }
}
