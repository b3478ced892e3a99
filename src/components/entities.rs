//! Entity chips, the entity card and the page of all entities.

use super::use_corpus;
use crate::csv::{data_link, entities_csv};
use crate::facet_query::{has_filter, toggle_filter};
use crate::route::{ArticleView, Route};
use crate::salience::{appears_with, salient};
use framescope_core::{EntityKind, QuoteKind};
use unicode_segmentation::UnicodeSegmentation;
use yew::prelude::*;

/// "1 mention", "3 mentions".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "3 mentions in 1 article".
fn counted(mentions: usize, articles: usize) -> String {
    format!("{} in {}", plural(mentions, "mention", "mentions"), plural(articles, "article", "articles"))
}

const KINDS: [EntityKind; 4] = [EntityKind::Person, EntityKind::Organisation, EntityKind::Place, EntityKind::Other];

/// Properties of [`Chips`].
#[derive(Properties, PartialEq)]
pub struct ChipsProps {
    /// The articles whose entities to show (all when `None`).
    #[prop_or_default]
    pub docs: Option<Vec<usize>>,
    /// The query that clicking a chip adds the entity to (or removes it from).
    #[prop_or_default]
    pub query: AttrValue,
    /// Most chips per kind (all when `None`).
    #[prop_or_default]
    pub limit: Option<usize>,
    /// The panel's heading.
    pub heading: AttrValue,
}

/// Chips grouped by kind and sorted by salience; each toggles an `entity:` filter.
#[component]
pub fn Chips(props: &ChipsProps) -> Html {
    let corpus = use_corpus();
    let query = props.query.to_string();
    let groups = KINDS.iter().filter_map(|&kind| {
        let all = salient(&corpus, kind, props.docs.as_deref());
        if all.is_empty() {
            return None;
        }
        // The first `limit`, and any chosen chip beyond them, so a filter can always be removed.
        let limit = props.limit.unwrap_or(all.len());
        let visible: Vec<&crate::salience::Salience> = all
            .iter()
            .enumerate()
            .filter(|(i, s)| *i < limit || has_filter(&query, "entity", &corpus.entities[s.entity].id))
            .map(|(_, s)| s)
            .collect();
        let shown = visible.len();
        let chips = visible.into_iter().map(|s| {
            let e = &corpus.entities[s.entity];
            let active = has_filter(&query, "entity", &e.id);
            let href = Route::Search { query: toggle_filter(&query, "entity", &e.id) }.to_hash();
            let title = match (&e.role, active) {
                (_, true) => format!("Remove the filter on {}", e.name),
                (Some(r), false) => format!("{} ({r}): {}", e.name, counted(s.mentions, s.articles)),
                (None, false) => format!("{}: {}", e.name, counted(s.mentions, s.articles)),
            };
            html! {
                <li>
                    <a {href} class={classes!("chip", e.kind.as_str(), active.then_some("active"))} {title}
                        aria-current={active.then_some("true")} data-entity={e.id.clone()}>
                        <span class="chip-name">{ e.name.clone() }</span>
                        <span class="chip-count" aria-label={plural(s.mentions, "mention", "mentions")}>{ s.mentions }</span>
                    </a>
                </li>
            }
        });
        let more = all.len() - shown;
        Some(html! {
            <div class="chip-group">
                <h3>{ format!("{} ({})", kind.plural_label(), all.len()) }</h3>
                <ul class="chips">{ for chips }</ul>
                if more > 0 { <p class="more-chips"><a href="#/entities">{ format!("{more} more") }</a></p> }
            </div>
        })
    });
    html! {
        <div class="chip-panel" data-testid="chips">
            <h2>{ props.heading.clone() }</h2>
            { for groups }
        </div>
    }
}

/// Properties of [`EntityCard`].
#[derive(Properties, PartialEq)]
pub struct EntityCardProps {
    /// Index of the entity in the corpus.
    pub entity: usize,
}

/// Everything the corpus says of one entity: role, aliases, every mention in its
/// sentence, its quotes and the entities it appears with.
#[component]
pub fn EntityCard(props: &EntityCardProps) -> Html {
    let corpus = use_corpus();
    let e = &corpus.entities[props.entity];
    let mut mentions_by_doc: Vec<(u32, Vec<Html>)> = Vec::new();
    for m in &e.mentions {
        let doc = &corpus.documents[m.doc as usize];
        let block = &doc.blocks[m.block as usize];
        let (start, end) = (m.start as usize, m.end as usize);
        // The sentence around the mention.
        let (s, text) = block
            .text
            .split_sentence_bound_indices()
            .find(|(i, t)| *i <= start && start < i + t.len())
            .unwrap_or((0, block.text.as_str()));
        let rel = (start - s, (end - s).min(text.len()));
        let href = Route::Article {
            id: doc.id.clone(),
            view: ArticleView::Captured,
            line: Some(block.first_line),
            query: None,
        }
        .to_hash();
        let item = html! {
            <li>
                <a class="line-link" {href}>{ format!("line {}", block.first_line) }</a>
                { " " }{ &text[..rel.0] }<mark class="mention">{ &text[rel.0..rel.1] }</mark>{ &text[rel.1..] }
            </li>
        };
        match mentions_by_doc.last_mut() {
            Some((d, items)) if *d == m.doc => items.push(item),
            _ => mentions_by_doc.push((m.doc, vec![item])),
        }
    }
    let mention_groups = mentions_by_doc.into_iter().map(|(d, items)| {
        let doc = &corpus.documents[d as usize];
        html! {
            <li>
                <a href={Route::Article { id: doc.id.clone(), view: ArticleView::Clean, line: None, query: None }.to_hash()}>
                    { doc.display_title().to_string() }
                </a>
                <ul class="mention-list">{ for items }</ul>
            </li>
        }
    });
    let quotes = corpus.quotes.iter().filter(|q| q.speaker == Some(props.entity as u32)).map(|q| {
        let doc = &corpus.documents[q.doc as usize];
        let block = &doc.blocks[q.block as usize];
        let words = block.text.get(q.start as usize..q.end as usize).unwrap_or_default();
        html! {
            <li>
                <span class="quote-kind">{ if q.kind == QuoteKind::Direct { "Said" } else { "Reported" } }</span>{ " " }
                if q.kind == QuoteKind::Direct { <q>{ words }</q> } else { <span>{ words }</span> }
                { " — " }<a href={Route::Article { id: doc.id.clone(), view: ArticleView::Captured, line: Some(block.first_line), query: None }.to_hash()}>{ doc.display_title().to_string() }</a>
            </li>
        }
    });
    let quote_count = corpus.quotes.iter().filter(|q| q.speaker == Some(props.entity as u32)).count();
    let with = appears_with(&corpus, props.entity).into_iter().take(12).map(|(i, shared)| {
        let other = &corpus.entities[i];
        let href = Route::Search { query: format!("entity:{} entity:{}", e.id, other.id) }.to_hash();
        html! { <li><a {href} class={classes!("chip", other.kind.as_str())}>{ other.name.clone() }<span class="chip-count">{ shared }</span></a></li> }
    });
    html! {
        <article class="entity-card" data-testid="entity-card" aria-labelledby={format!("card-{}", e.id)}>
            <h2 id={format!("card-{}", e.id)}>{ e.name.clone() }<span class={classes!("kind-badge", e.kind.as_str())}>{ e.kind.as_str() }</span></h2>
            if let Some(r) = &e.role { <p class="role">{ r.clone() }</p> }
            if !e.aliases.is_empty() { <p class="aliases">{ format!("Also written: {}", e.aliases.join(", ")) }</p> }
            <details open={e.mentions.len() <= 12}>
                <summary>{ counted(e.mentions.len(), e.documents().len()) }</summary>
                <ul class="mention-groups">{ for mention_groups }</ul>
            </details>
            if quote_count > 0 {
                <details open=true>
                    <summary>{ plural(quote_count, "quote", "quotes") }</summary>
                    <ul class="quote-list">{ for quotes }</ul>
                </details>
            }
            <h3>{ "Appears with" }</h3>
            <ul class="chips">{ for with }</ul>
        </article>
    }
}

/// Every entity as chips, with the CSV of the table.
#[component]
pub fn EntitiesView() -> Html {
    let corpus = use_corpus();
    let csv = use_memo((), {
        let corpus = corpus.clone();
        move |_| data_link(&entities_csv(&corpus))
    });
    html! {
        <section class="entities-view" aria-labelledby="entities-heading">
            <h1 id="entities-heading" tabindex="-1">{ "People, organisations and places" }</h1>
            <p class="lede">
                { format!("{} named in the articles' text (never the page around them), merged across articles. ", corpus.entities.len()) }
                { "Click one to see the articles that mention it, every mention in its sentence, and what it said." }
            </p>
            <p><a class="button" href={(*csv).clone()} download="framescope-entities.csv" data-testid="entities-csv">{ "Download the table (CSV)" }</a></p>
            <Chips heading="All entities" />
        </section>
    }
}
