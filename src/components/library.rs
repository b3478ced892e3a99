//! The library: every article with outlet, date, title, author and length, sortable.

use super::entities::Chips;
use super::{date_text, field_text, outlet_text, use_corpus};
use crate::library_order::ordered;
use crate::route::{LibrarySort, Route, SortKey};
use yew::prelude::*;

/// Properties of [`Library`].
#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    /// The order, from the link.
    pub sort: LibrarySort,
}

/// The table of articles. Column headers are links, so every order is a shareable view.
#[component]
pub fn Library(props: &LibraryProps) -> Html {
    let corpus = use_corpus();
    let sort = props.sort;
    let header = |key: SortKey, label: &str, class: &'static str| {
        let active = sort.key == key;
        let next = LibrarySort { key, descending: if active { !sort.descending } else { key.natural_descending() } };
        let aria_sort = active.then_some(if sort.descending { "descending" } else { "ascending" });
        let arrow = if !active {
            ""
        } else if sort.descending {
            " ↓"
        } else {
            " ↑"
        };
        html! {
            <th scope="col" class={class} aria-sort={aria_sort}>
                <a href={Route::Library(next).to_hash()} title={format!("Sort by {}", label.to_lowercase())}>
                    { label }<span aria-hidden="true">{ arrow }</span>
                </a>
            </th>
        }
    };
    let order_words = match (sort.key, sort.descending) {
        (SortKey::Date, true) => "newest first",
        (SortKey::Date, false) => "oldest first",
        (SortKey::Outlet, false) | (SortKey::Title, false) => "A to Z",
        (SortKey::Outlet, true) | (SortKey::Title, true) => "Z to A",
        (SortKey::Words, true) => "longest first",
        (SortKey::Words, false) => "shortest first",
    };
    // Narrow screens hide the table header, so the same sort links appear as a row of their own.
    let sort_links = [SortKey::Date, SortKey::Outlet, SortKey::Title, SortKey::Words].map(|key| {
        let active = sort.key == key;
        let next = LibrarySort { key, descending: if active { !sort.descending } else { key.natural_descending() } };
        html! {
            <li><a href={Route::Library(next).to_hash()} aria-current={active.then_some("true")}>{ key.as_str() }</a></li>
        }
    });
    let rows = ordered(&corpus, sort).into_iter().map(|doc| {
        let href = Route::Article { id: doc.id.clone(), view: Default::default(), line: None, query: None }.to_hash();
        let precision = doc.date.value.map(|d| d.precision().as_str());
        html! {
            <tr key={doc.id.clone()} data-testid="article-row" data-id={doc.id.clone()}>
                <td class="date" data-label="Date">
                    <time datetime={doc.date.value.map(|d| d.to_string())}>{ date_text(doc) }</time>
                    if let Some(p) = precision {
                        if p != "day" { <span class="precision">{ format!(" (to the {p})") }</span> }
                    }
                </td>
                <td class="outlet" data-label="Outlet">{ outlet_text(doc) }</td>
                <td class="title" data-label="Title"><a {href}>{ doc.display_title().to_string() }</a></td>
                <td class="author" data-label="Author">{ field_text(&doc.author, "Unknown") }</td>
                <td class="words num" data-label="Words">{ doc.words }</td>
            </tr>
        }
    });
    html! {
        <section class="library" aria-labelledby="library-heading">
            <h1 id="library-heading" tabindex="-1">{ "Library" }</h1>
            <p class="lede">{ corpus.description.clone() }</p>
            <nav class="sort-links" aria-label="Sort the library">
                <span>{ "Sort by" }</span>
                <ul>{ for sort_links }</ul>
            </nav>
            <table class="library-table">
                <caption>{ format!("{} articles, sorted by {}, {order_words}", corpus.documents.len(), sort.key.as_str()) }</caption>
                <thead>
                    <tr>
                        { header(SortKey::Date, "Date", "date") }
                        { header(SortKey::Outlet, "Outlet", "outlet") }
                        { header(SortKey::Title, "Title", "title") }
                        <th scope="col" class="author">{ "Author" }</th>
                        { header(SortKey::Words, "Words", "words num") }
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            <Chips heading="Who and what the articles name" limit={Some(10)} />
        </section>
    }
}
