//! Place names from GeoNames (CC BY 4.0; see `data/places.tsv` and
//! `scripts/make-gazetteer.py`): every country, continent and US state, every capital,
//! and cities of 150,000 people or more.

use framescope_core::text::fold;
use std::collections::HashMap;
use std::sync::LazyLock;

static PLACES: LazyLock<HashMap<String, (&'static str, &'static str)>> = LazyLock::new(|| {
    include_str!("../../data/places.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split('\t');
            let name = parts.next()?;
            let kind = parts.next()?;
            Some((key(name), (name, kind)))
        })
        .collect()
});

fn key(name: &str) -> String {
    name.split_whitespace().map(fold).collect::<Vec<_>>().join(" ")
}

/// The gazetteer's spelling of a place, if `words` (joined by spaces) name one.
pub fn place(words: &str) -> Option<&'static str> {
    PLACES.get(&key(words)).map(|p| p.0)
}

/// Whether `words` name a country or a continent (not a city or a region).
pub fn is_country(words: &str) -> bool {
    PLACES.get(&key(words)).is_some_and(|p| matches!(p.1, "country" | "continent"))
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
}
