//! Place names (see `data/places.tsv` and `scripts/make-gazetteer.py`): from GeoNames
//! (CC BY 4.0) every country, continent and US state, every capital, and cities of 150,000
//! people or more; from ISO 3166 (Debian's iso-codes, LGPL-2.1-or-later) countries' other
//! names and every country's first-level subdivisions. Towns of 15,000 or more are kept
//! apart: their names are often surnames or words ("Perry", "Jefferson"), so they are
//! places only where the text says so.

use framescope_core::text::fold;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A gazetteer entry: the name the place goes by, its kind and its country's code.
#[derive(Debug, Clone, Copy)]
struct Entry {
    canonical: &'static str,
    kind: &'static str,
    country: &'static str,
}

/// The rows are in priority order (countries first, towns last); where two names fold to
/// one key, the first row keeps it.
static PLACES: LazyLock<HashMap<String, Entry>> = LazyLock::new(|| {
    let mut places = HashMap::new();
    for l in include_str!("../../data/places.tsv").lines().filter(|l| !l.starts_with('#')) {
        let mut parts = l.split('\t');
        let (Some(name), Some(kind), Some(country)) = (parts.next(), parts.next(), parts.next()) else { continue };
        let canonical = parts.next().unwrap_or(name);
        places.entry(key(name)).or_insert(Entry { canonical, kind, country });
    }
    places
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

/// Whether `words` name a country or a continent (not a city or a region).
pub fn is_country(words: &str) -> bool {
    PLACES.get(&key(words)).is_some_and(|e| matches!(e.kind, "country" | "continent"))
}

/// Whether `words` name a first-level subdivision (a province, a state, a nation of the UK).
pub fn is_region(words: &str) -> bool {
    region_country(words).is_some()
}

/// The country code of the first-level subdivision `words` name ("US" for "Washington"), if
/// they name one.
pub fn region_country(words: &str) -> Option<&'static str> {
    PLACES.get(&key(words)).filter(|e| e.kind == "region").map(|e| e.country)
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
    fn a_key_keeps_its_most_important_place() {
        // A capital is not shadowed by a town or a region spelt alike.
        assert_eq!(place("Nuku'alofa"), Some("Nuku'alofa"), "the capital is a place, not a town");
        assert_eq!(place("Mexico"), Some("Mexico"));
    }

    #[test]
    fn towns_are_kept_apart() {
        assert_eq!(place("Perry"), None);
        assert_eq!(town("Perry"), Some("Perry"));
        assert_eq!(town("Akureyri"), Some("Akureyri"));
    }
}
