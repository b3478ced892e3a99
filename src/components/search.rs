//! The search box in the header and the results view.

use super::entities::{Chips, EntityCard};
use super::highlight::highlighted;
use super::{date_text, outlet_text, use_corpus};
use crate::app::use_navigator;
use crate::facet_query::{has_filter, toggle_filter};
use crate::route::{ArticleView, Route};
use framescope_core::search::{MatchQuality, SearchResults};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Results with snippets drawn at once; the rest are counted and one click away.
const SHOWN: usize = 50;

/// The search box. Every keystroke updates the results and the link; the first one
/// from another view adds a history entry, the rest replace it, so Back leaves the search.
#[component]
pub fn SearchBox() -> Html {
    let nav = use_navigator();
    let current = match nav.route() {
        Route::Search { query } => query,
        Route::Article { query: Some(q), .. } => q,
        _ => String::new(),
    };
    let oninput = {
        let nav = nav.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
            let replace = matches!(nav.route(), Route::Search { .. });
            nav.go(Route::Search { query: input.value() }, replace);
        })
    };
    let onsubmit = {
        let nav = nav.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = gloo::utils::document()
                .get_element_by_id("search-input")
                .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                let replace = matches!(nav.route(), Route::Search { .. });
                nav.go(Route::Search { query: input.value() }, replace);
            }
        })
    };
    html! {
        <form class="search-form" role="search" {onsubmit}>
            <label for="search-input" class="visually-hidden">{ "Search the articles" }</label>
            <input id="search-input" type="search" value={current} {oninput} autocomplete="off" spellcheck="false"
                placeholder="Search: words, “phrases”, outlet:NPR" aria-describedby="search-syntax" />
            <span id="search-syntax" class="visually-hidden">
                { "All words must match. Quotes for an exact phrase, OR between alternatives, a minus to exclude, and filters outlet:, author:, year: and date:." }
            </span>
        </form>
    }
}

/// Properties of [`SearchView`].
#[derive(Properties, PartialEq)]
pub struct SearchViewProps {
    /// The query from the link.
    pub query: AttrValue,
}

/// Ranked results with snippets, counts, hints and facets.
#[component]
pub fn SearchView(props: &SearchViewProps) -> Html {
    let corpus = use_corpus();
    let results: Rc<SearchResults> = {
        let corpus = corpus.clone();
        use_memo(props.query.clone(), move |q| corpus.search(q, SHOWN))
    };
    let query = props.query.to_string();
    let summary = if results.empty_query {
        "Type a word, a “phrase” or a filter to search the titles and texts of every article.".to_string()
    } else {
        match (results.total(), results.passages) {
            (0, _) => "No article matches.".to_string(),
            (1, p) => format!("1 article matches, in {p} {}.", plural(p, "passage", "passages")),
            (n, p) => format!("{n} articles match, in {p} {}.", plural(p, "passage", "passages")),
        }
    };
    let hints = results.hints.iter().map(|h| {
        html! { <li>{ format!("At character {}: {}", h.at + 1, h.message) }</li> }
    });
    let facet = |name: &'static str, value: String, label: String, count: usize| {
        let active = has_filter(&query, name, &value);
        let href = Route::Search { query: toggle_filter(&query, name, &value) }.to_hash();
        html! {
            <li>
                <a {href} class={classes!("facet", active.then_some("active"))} aria-current={active.then_some("true")}
                    title={if active { format!("Remove the filter {name}:{value}") } else { format!("Only {label}") }}>
                    <span class="facet-label">{ label }</span>
                    <span class="facet-count">{ count }</span>
                </a>
            </li>
        }
    };
    let outlets = results.facets.outlets.iter().map(|(o, n)| {
        let value = o.clone().unwrap_or_else(|| "unattributed".into());
        let label = o.clone().unwrap_or_else(|| "Unattributed".into());
        facet("outlet", value, label, *n)
    });
    let years =
        results.facets.years.iter().filter_map(|(y, n)| y.map(|y| facet("year", y.to_string(), y.to_string(), *n)));
    let items = results.hits.iter().take(SHOWN).map(|hit| {
        let doc = &corpus.documents[hit.doc];
        let href = Route::Article {
            id: doc.id.clone(),
            view: ArticleView::Clean,
            line: None,
            query: Some(query.trim().to_string()),
        }
        .to_hash();
        let title_spans = results.matched.highlights(&corpus.search, doc.display_title());
        let quality = match hit.quality {
            MatchQuality::Exact => None,
            MatchQuality::Prefix => Some("matched as the start of a word"),
            MatchQuality::Typo => Some("matched a close spelling"),
        };
        html! {
            <li class="result" data-testid="result" data-id={doc.id.clone()}>
                <h2><a {href}>{ highlighted(doc.display_title(), &title_spans, 0, None) }</a></h2>
                <p class="result-meta">{ format!("{} · {}", outlet_text(doc), date_text(doc)) }</p>
                if let Some(s) = &hit.snippet {
                    <p class="snippet">
                        if s.cut_before { { "… " } }
                        { highlighted(&s.text, &s.highlights, 0, None) }
                        if s.cut_after { { " …" } }
                    </p>
                }
                <p class="result-foot">
                    { format!("{} matching {}", hit.passages, plural(hit.passages, "passage", "passages")) }
                    if let Some(q) = quality { { " · " }<span class="quality">{ q }</span> }
                </p>
            </li>
        }
    });
    let more = results.total().saturating_sub(SHOWN);
    // The chips chosen in the query, each with its card.
    let cards = framescope_core::search::parse(&query).filters.into_iter().filter_map(|f| match f {
        framescope_core::search::Filter::Entity(id) => corpus.entities.iter().position(|e| e.id == id),
        _ => None,
    });
    let cards: Vec<Html> = cards.map(|entity| html! { <EntityCard {entity} /> }).collect();
    let result_docs: Vec<usize> = results.hits.iter().map(|h| h.doc).collect();
    html! {
        <section class="search" aria-labelledby="search-heading">
            <h1 id="search-heading" tabindex="-1">
                { "Search" }
                if !query.trim().is_empty() { <span class="search-query">{ format!(" “{}”", query.trim()) }</span> }
            </h1>
            <p class="search-summary" role="status" data-testid="search-summary">{ summary }</p>
            if !results.hints.is_empty() {
                <ul class="hints" aria-label="How the query was read" data-testid="hints">{ for hints }</ul>
            }
            if !cards.is_empty() { <div class="cards">{ for cards }</div> }
            if !results.empty_query {
                <div class="search-layout">
                    <ol class="results" data-testid="results">{ for items }</ol>
                    if results.total() > 0 {
                        // A nav, not an aside: a complementary landmark may not sit inside the view's region.
                        <nav class="facets" aria-label="Narrow the results">
                            <h2>{ "Outlet" }</h2>
                            <ul>{ for outlets }</ul>
                            <h2>{ "Year" }</h2>
                            <ul>{ for years }</ul>
                            <Chips heading="In these articles" docs={Some(result_docs.clone())} query={query.clone()} limit={Some(8)} />
                        </nav>
                    }
                </div>
                if more > 0 {
                    <p class="more">{ format!("{more} more {} match; add words or a filter to narrow the search.", plural(more, "article", "articles")) }</p>
                }
            }
        </section>
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}
