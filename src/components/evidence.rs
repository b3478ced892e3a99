//! A metadata field with the evidence behind it, one click from the source line.

use crate::route::{ArticleView, Route};
use framescope_core::Evidence;
use yew::prelude::*;

/// Properties of [`FieldWithEvidence`].
#[derive(Properties, PartialEq)]
pub struct FieldWithEvidenceProps {
    /// The field's name ("Outlet").
    pub label: AttrValue,
    /// The value as shown ("Date unknown" for an unknown one).
    pub value: AttrValue,
    /// True when the text supports no value.
    pub unknown: bool,
    /// The evidence.
    pub evidence: Vec<Evidence>,
    /// The article's id, for links to the cited lines.
    pub doc_id: AttrValue,
}

/// A `<dt>`/`<dd>` pair: the value, then each piece of evidence with a link to its line.
#[component]
pub fn FieldWithEvidence(props: &FieldWithEvidenceProps) -> Html {
    let items = props.evidence.iter().map(|e| {
        let line = e.line.map(|n| {
            let href = Route::Article {
                id: props.doc_id.to_string(),
                view: ArticleView::Captured,
                line: Some(n),
                query: None,
            }
            .to_hash();
            html! { <a class="line-link" {href} aria-label={format!("line {n} of the page as captured")}>{ format!("line {n}") }</a> }
        });
        html! {
            <li>
                { for line }
                if let Some(q) = &e.quote { <q>{ q.clone() }</q> }
                if let Some(n) = &e.note { <span class="note">{ n.clone() }</span> }
            </li>
        }
    });
    html! {
        <>
            <dt>{ props.label.clone() }</dt>
            <dd class={classes!(props.unknown.then_some("unknown"))}>
                <span class="value">{ props.value.clone() }</span>
                if !props.evidence.is_empty() {
                    <details class="evidence">
                        <summary>{ if props.unknown { "Why unknown" } else { "Evidence" } }</summary>
                        <ul>{ for items }</ul>
                    </details>
                }
            </dd>
        </>
    }
}
