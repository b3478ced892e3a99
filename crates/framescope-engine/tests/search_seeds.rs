//! Ranked search over the seed corpus: what a researcher types, and what they should get.

use framescope_core::search::MatchQuality;
use framescope_core::Corpus;
use framescope_engine::load_corpus;
use proptest::prelude::*;
use std::path::Path;
use std::sync::LazyLock;

static SEEDS: LazyLock<Corpus> = LazyLock::new(|| {
    load_corpus(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")).unwrap_or_else(|e| panic!("{e}"))
});

const NPR: &str = "npr-2013-cooperation-closer-look";
const MCCLATCHY: &str = "mcclatchy-2012-relations-improve";
const BLOG: &str = "policy-blog-2013-border-cooperation";
const WAPO: &str = "washington-post-2017-cooperation-under-trump";
const INSIGHT: &str = "insight-crime-2013-southwest-border-strategy";

fn ids(query: &str) -> Vec<&'static str> {
    SEEDS.search(query, 10).hits.iter().map(|h| SEEDS.documents[h.doc].id.as_str()).collect()
}

fn sorted(mut v: Vec<&'static str>) -> Vec<&'static str> {
    v.sort_unstable();
    v
}

#[test]
fn a_fact_two_outlets_report_finds_both() {
    let top = ids("Matamoros agreement ");
    assert_eq!(sorted(top), sorted(vec![NPR, BLOG]));
}

#[test]
fn accents_fold_both_ways() {
    assert_eq!(ids("Mérida "), vec![INSIGHT]);
    // "Pena Nieto" (NPR, McClatchy) and "Peña Nieto" (blog, InSight Crime).
    assert_eq!(sorted(ids("Peña Nieto ")), sorted(vec![NPR, MCCLATCHY, BLOG, INSIGHT]));
    assert_eq!(ids("Pena Nieto "), ids("Peña Nieto "));
}

#[test]
fn titles_outrank_bodies() {
    assert_eq!(ids("southwest border strategy ")[0], INSIGHT);
    assert_eq!(ids("historic high ")[0], WAPO);
}

#[test]
fn stems_join_word_forms() {
    let r = SEEDS.search("extradite ", 10);
    assert_eq!(r.hits.len(), 1, "“extraditing” is a form of “extradite”");
    let s = r.hits[0].snippet.as_ref().unwrap();
    assert!(s.highlights.iter().any(|&(a, b)| &s.text[a..b] == "extraditing"), "{s:?}");
}

#[test]
fn typos_match_below_exact_hits() {
    let r = SEEDS.search("Napolitno ", 10);
    assert_eq!(
        sorted(r.hits.iter().map(|h| SEEDS.documents[h.doc].id.as_str()).collect()),
        sorted(vec![NPR, MCCLATCHY, BLOG])
    );
    assert!(r.hits.iter().all(|h| h.quality == MatchQuality::Typo));
    // Two neighbouring letters swapped are one edit, all a six-letter word is allowed:
    // "Mreida" finds Mérida (two edits by plain Levenshtein distance).
    let swapped = SEEDS.search("Mreida ", 10);
    assert_eq!(swapped.hits.iter().map(|h| SEEDS.documents[h.doc].id.as_str()).collect::<Vec<_>>(), vec![INSIGHT]);
    assert_eq!(swapped.hits[0].quality, MatchQuality::Typo);
    // An exact word beats a one-edit neighbour in the ranking order.
    let r = SEEDS.search("border ", 10);
    assert!(r.hits.iter().all(|h| h.quality == MatchQuality::Exact));
}

#[test]
fn the_word_being_typed_is_a_prefix() {
    let r = SEEDS.search("Matam", 10);
    assert_eq!(sorted(r.hits.iter().map(|h| SEEDS.documents[h.doc].id.as_str()).collect()), sorted(vec![NPR, BLOG]));
    assert!(r.hits.iter().all(|h| h.quality == MatchQuality::Prefix));
    assert!(SEEDS.search("Matam ", 10).hits.is_empty(), "a finished word is not a prefix");
}

#[test]
fn phrases_need_adjacent_words() {
    assert_eq!(ids("\"El Paso Intelligence Center\""), vec![INSIGHT]);
    assert!(ids("\"Center Intelligence\"").is_empty());
    // A phrase only in a title: one passage (the title), no body paragraph.
    let r = SEEDS.search("\"gets closer look\"", 10);
    assert_eq!(r.hits.iter().map(|h| SEEDS.documents[h.doc].id.as_str()).collect::<Vec<_>>(), vec![NPR]);
    assert_eq!(r.hits[0].passages, 1);
    // Hyphens fold: "think-tank" (NPR) and "think tank" (McClatchy) are one phrase.
    assert_eq!(sorted(ids("\"think-tank\"")), sorted(vec![NPR, MCCLATCHY]));
}

#[test]
fn or_and_exclusion() {
    assert_eq!(sorted(ids("Calderon OR Trump ")), sorted(vec![MCCLATCHY, WAPO]));
    let without = ids("Napolitano -Matamoros ");
    assert_eq!(without, vec![MCCLATCHY]);
}

#[test]
fn filters_narrow_by_outlet_author_and_date() {
    assert_eq!(ids("cooperation outlet:npr "), vec![NPR]);
    assert_eq!(ids("cooperation outlet:washington "), vec![WAPO], "the original publisher counts");
    assert_eq!(ids("cooperation author:bargent "), vec![INSIGHT]);
    assert_eq!(ids("cooperation year:2012 "), vec![MCCLATCHY]);
    assert_eq!(
        sorted(ids("cooperation date:2013-07..2017 ")),
        sorted(vec![NPR, BLOG, WAPO, INSIGHT]),
        "a year-only 2013 date may be in July"
    );
    assert_eq!(ids("cooperation year:2014..2016 "), Vec::<&str>::new());
    // Filters alone list the matching articles, newest first.
    assert_eq!(ids("year:2013"), vec![INSIGHT, NPR, BLOG]);
}

#[test]
fn page_chrome_is_never_indexed() {
    for q in ["sponsors ", "donate ", "\"leave a reply\"", "newsletter ", "Panduwinata ", "Venezuela "] {
        assert!(ids(q).is_empty(), "{q} found chrome: {:?}", ids(q));
    }
}

#[test]
fn counts_facets_and_snippets() {
    let r = SEEDS.search("intelligence ", 10);
    assert_eq!(r.total(), 5);
    assert!(r.passages >= r.total());
    let outlets: usize = r.facets.outlets.iter().map(|(_, n)| n).sum();
    assert_eq!(outlets, r.total());
    for hit in &r.hits {
        let s = hit.snippet.as_ref().expect("every hit has a snippet");
        assert!(!s.highlights.is_empty(), "{s:?}");
        for &(a, b) in &s.highlights {
            assert!(s.text[a..b].to_lowercase().starts_with("intelligen"), "{}", &s.text[a..b]);
        }
    }
}

#[test]
fn malformed_queries_still_answer_with_a_hint() {
    let r = SEEDS.search("\"border security", 10);
    assert!(!r.hits.is_empty());
    assert!(r.hits.iter().any(|h| SEEDS.documents[h.doc].id == BLOG));
    assert_eq!(r.hints[0].at, 0);
    let r = SEEDS.search("the of and ", 10);
    assert!(!r.hints.is_empty());
    let r = SEEDS.search("OR", 10);
    assert!(r.hits.is_empty() && !r.hints.is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn search_never_panics(query in "\\PC{0,80}") {
        let r = SEEDS.search(&query, 5);
        for hit in r.hits.iter().take(5) {
            if let Some(s) = &hit.snippet {
                for &(a, b) in &s.highlights {
                    prop_assert!(a < b && b <= s.text.len() && s.text.is_char_boundary(a) && s.text.is_char_boundary(b));
                }
            }
        }
    }

    #[test]
    fn query_syntax_soup_never_panics(query in "[a-zA-Zé\" :.\\-()OR0-9]{0,60}") {
        let _ = SEEDS.search(&query, 5);
    }
}
