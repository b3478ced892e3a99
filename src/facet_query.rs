//! Facets filter by editing the query text, so a filtered search is still one readable,
//! shareable query: clicking "NPR" adds `outlet:NPR`, clicking it again removes it.

/// The query with `name:value` added, or removed when it is already there.
pub fn toggle_filter(query: &str, name: &str, value: &str) -> String {
    let term = filter_term(name, value);
    if has_filter(query, name, value) {
        let mut out = query.to_string();
        for form in [term.clone(), format!("{name}:{value}")] {
            if let Some(i) = find_term(&out, &form) {
                out.replace_range(i..i + form.len(), "");
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        let base = query.trim_end();
        if base.is_empty() {
            term
        } else {
            // The trailing space ends the word being typed, so it is not read as a prefix.
            format!("{base} {term} ")
        }
    }
}

/// True when the query already holds this filter (quoted or not).
pub fn has_filter(query: &str, name: &str, value: &str) -> bool {
    find_term(query, &filter_term(name, value)).is_some() || find_term(query, &format!("{name}:{value}")).is_some()
}

/// `outlet:NPR`, or `outlet:"InSight Crime"` when the value has spaces.
fn filter_term(name: &str, value: &str) -> String {
    if value.contains(char::is_whitespace) {
        format!("{name}:\"{value}\"")
    } else {
        format!("{name}:{value}")
    }
}

/// Byte offset of `term` standing alone (between spaces or the ends) in `query`.
fn find_term(query: &str, term: &str) -> Option<usize> {
    query.match_indices(term).map(|(i, _)| i).find(|&i| {
        let before = query[..i].chars().next_back().is_none_or(char::is_whitespace);
        let after = query[i + term.len()..].chars().next().is_none_or(char::is_whitespace);
        before && after
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_and_removes_filters() {
        let q = toggle_filter("cartel", "outlet", "NPR");
        assert_eq!(q, "cartel outlet:NPR ");
        assert!(has_filter(&q, "outlet", "NPR"));
        assert_eq!(toggle_filter(&q, "outlet", "NPR"), "cartel");
        let q = toggle_filter("", "outlet", "InSight Crime");
        assert_eq!(q, "outlet:\"InSight Crime\"");
        assert_eq!(toggle_filter(&q, "outlet", "InSight Crime"), "");
        assert_eq!(toggle_filter("a year:2013 b", "year", "2013"), "a b");
    }

    #[test]
    fn a_filter_inside_a_word_is_not_the_filter() {
        assert!(!has_filter("xoutlet:NPR", "outlet", "NPR"));
        assert!(!has_filter("outlet:NPRX", "outlet", "NPR"));
    }
}
