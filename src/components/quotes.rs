//! Who speaks in each article, and what they say.

use super::use_corpus;
use crate::csv::{data_link, quotes_csv};
use crate::route::{ArticleView, Route};
use framescope_core::QuoteKind;
use std::collections::BTreeMap;
use yew::prelude::*;

/// The quotes of every article, by article, with speakers and their categories.
#[component]
pub fn QuotesView() -> Html {
    let corpus = use_corpus();
    let csv = use_memo((), {
        let corpus = corpus.clone();
        move |_| data_link(&quotes_csv(&corpus))
    });
    let mut by_doc: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, q) in corpus.quotes.iter().enumerate() {
        by_doc.entry(q.doc).or_default().push(i);
    }
    let sections = by_doc.into_iter().map(|(d, qs)| {
        let doc = &corpus.documents[d as usize];
        let rows = qs.iter().map(|&i| {
            let q = &corpus.quotes[i];
            let block = &doc.blocks[q.block as usize];
            let words = block.text.get(q.start as usize..q.end as usize).unwrap_or_default();
            let speaker = match q.speaker {
                Some(s) => {
                    let e = &corpus.entities[s as usize];
                    html! { <a href={Route::Search { query: format!("entity:{}", e.id) }.to_hash()}>{ e.name.clone() }</a> }
                }
                None => html! { <em>{ q.speaker_name.clone() }</em> },
            };
            let line = Route::Article { id: doc.id.clone(), view: ArticleView::Captured, line: Some(block.first_line), query: None }.to_hash();
            html! {
                <tr data-testid="quote-row">
                    <td>{ speaker }</td>
                    <td>{ q.category.label() }</td>
                    <td>{ if q.kind == QuoteKind::Direct { "direct" } else { "reported" } }</td>
                    <td class="quote-text">if q.kind == QuoteKind::Direct { <q>{ words }</q> } else { { words } }</td>
                    <td><a href={line}>{ format!("line {}", block.first_line) }</a></td>
                </tr>
            }
        });
        html! {
            <section class="quotes-article">
                <h2><a href={Route::Article { id: doc.id.clone(), view: ArticleView::Clean, line: None, query: None }.to_hash()}>{ doc.display_title().to_string() }</a></h2>
                <table class="quotes-table">
                    <caption class="visually-hidden">{ format!("Quotes in {}", doc.display_title()) }</caption>
                    <thead><tr><th scope="col">{ "Speaker" }</th><th scope="col">{ "Who" }</th><th scope="col">{ "Kind" }</th><th scope="col">{ "Words" }</th><th scope="col">{ "Where" }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </section>
        }
    });
    html! {
        <section class="quotes-view" aria-labelledby="quotes-heading">
            <h1 id="quotes-heading" tabindex="-1">{ "Who speaks" }</h1>
            <p class="lede">{ format!("{} quotes: words in quotation marks and transcript turns (direct), and what the text says people said (reported). A reporter narrating a transcript is never counted as a speaker.", corpus.quotes.len()) }</p>
            <p><a class="button" href={(*csv).clone()} download="framescope-quotes.csv" data-testid="quotes-csv">{ "Download the quotes (CSV)" }</a></p>
            { for sections }
        </section>
    }
}
