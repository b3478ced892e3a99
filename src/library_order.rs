//! The order of the library table: pure, so it is tested natively.

use crate::route::{LibrarySort, SortKey};
use framescope_core::{Corpus, Document};
use std::cmp::Ordering;

/// The documents in the order `sort` asks for. Unknown values sort last in either
/// direction, so they never crowd the top of the list; ties keep manifest order.
pub fn ordered(corpus: &Corpus, sort: LibrarySort) -> Vec<&Document> {
    let mut docs: Vec<&Document> = corpus.documents.iter().collect();
    docs.sort_by(|a, b| {
        let directed = |o: Ordering| if sort.descending { o.reverse() } else { o };
        match sort.key {
            SortKey::Date => known_last(a.date.value, b.date.value, |x, y| directed(x.cmp(&y))),
            SortKey::Outlet => known_last(outlet_key(a), outlet_key(b), |x, y| directed(x.cmp(&y))),
            SortKey::Title => directed(a.display_title().to_lowercase().cmp(&b.display_title().to_lowercase())),
            SortKey::Words => directed(a.words.cmp(&b.words)),
        }
    });
    docs
}

fn outlet_key(d: &Document) -> Option<String> {
    d.outlet.value.as_ref().map(|o| o.to_lowercase())
}

fn known_last<T>(a: Option<T>, b: Option<T>, cmp: impl Fn(T, T) -> Ordering) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => cmp(x, y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use framescope_core::{Field, PartialDate, FORMAT_VERSION};

    fn doc(id: &str, outlet: Option<&str>, date: Option<&str>, words: u32) -> Document {
        Document {
            id: id.into(),
            file: format!("{id}.txt"),
            outlet: Field { value: outlet.map(Into::into), evidence: vec![] },
            publisher: Field::unknown(),
            author: Field::unknown(),
            date: Field { value: date.map(|d| PartialDate::parse(d).unwrap()), evidence: vec![] },
            title: Field::unknown(),
            form: Field::unknown(),
            blocks: vec![],
            words,
        }
    }

    fn ids(corpus: &Corpus, key: SortKey, descending: bool) -> Vec<&str> {
        ordered(corpus, LibrarySort { key, descending }).iter().map(|d| d.id.as_str()).collect()
    }

    #[test]
    fn unknowns_sort_last_both_ways() {
        let corpus = Corpus {
            format_version: FORMAT_VERSION,
            title: String::new(),
            description: String::new(),
            search: Default::default(),
            entities: vec![],
            quotes: vec![],
            framing: Default::default(),
            documents: vec![
                doc("a", Some("NPR"), Some("2013"), 10),
                doc("b", None, None, 30),
                doc("c", Some("insight"), Some("2013-07-03"), 20),
                doc("d", Some("Miami"), Some("2012-09"), 5),
            ],
        };
        assert_eq!(ids(&corpus, SortKey::Date, true), ["c", "a", "d", "b"]);
        assert_eq!(ids(&corpus, SortKey::Date, false), ["d", "a", "c", "b"]);
        assert_eq!(ids(&corpus, SortKey::Outlet, false), ["c", "d", "a", "b"]);
        assert_eq!(ids(&corpus, SortKey::Outlet, true), ["a", "d", "c", "b"]);
        assert_eq!(ids(&corpus, SortKey::Words, true), ["b", "c", "a", "d"]);
    }
}
