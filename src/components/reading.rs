//! The reading view: the clean article with its metadata and evidence, or the page as
//! captured with every removed block marked and explained.

use super::evidence::FieldWithEvidence;
use super::{date_text, field_text, outlet_text, use_corpus};
use crate::route::{ArticleView, Route};
use framescope_core::{Block, BlockRole, ChromeReason, Document, Field};
use std::collections::BTreeMap;
use yew::prelude::*;

/// Properties of [`Reading`].
#[derive(Properties, PartialEq)]
pub struct ReadingProps {
    /// Index of the document in the corpus.
    pub index: usize,
    /// Clean or as captured.
    pub view: ArticleView,
    /// A source line to mark and bring into view.
    pub line: Option<u32>,
}

/// One article.
#[component]
pub fn Reading(props: &ReadingProps) -> Html {
    let corpus = use_corpus();
    let doc = &corpus.documents[props.index];
    let link = |view, line| {
        Route::Article {
            id: doc.id.clone(),
            view,
            line,
        }
        .to_hash()
    };

    // Bring a cited line into view once the captured page is drawn.
    use_effect_with((doc.id.clone(), props.view, props.line), |(_, _, line)| {
        if let Some(n) = line {
            if let Some(el) = gloo::utils::document().get_element_by_id(&format!("line-{n}")) {
                el.scroll_into_view();
            }
        }
    });

    let body = match props.view {
        ArticleView::Clean => html! {
            <div class="article-body" data-testid="article-body">
                { for doc.body().map(render_body_block) }
            </div>
        },
        ArticleView::Captured => captured(doc, props.line),
    };
    let text_field = |label: &'static str, f: &Field<String>, unknown: &'static str| {
        html! {
            <FieldWithEvidence label={label} value={field_text(f, unknown)} unknown={f.value.is_none()}
                evidence={f.evidence.clone()} doc_id={doc.id.clone()} />
        }
    };
    let date_value = match doc.date.value {
        Some(d) => format!(
            "{} (known to the {})",
            d.display_long(),
            d.precision().as_str()
        ),
        None => "Unknown".to_string(),
    };
    html! {
        <article class="reading" data-testid="reading" aria-labelledby="article-title">
            <p class="crumbs"><a href="#/">{ "← Library" }</a></p>
            <h1 id="article-title" tabindex="-1">{ doc.display_title().to_string() }</h1>
            <p class="byline">
                <span>{ outlet_text(doc) }</span>{ " · " }
                <span>{ date_text(doc) }</span>{ " · " }
                <span>{ doc.author.value.clone().unwrap_or_else(|| "Author unknown".into()) }</span>{ " · " }
                <span>{ format!("{} words", doc.words) }</span>
            </p>
            <nav class="view-switch" aria-label="How to show this article">
                <a href={link(ArticleView::Clean, None)} aria-current={(props.view == ArticleView::Clean).then_some("page")}>{ "Article" }</a>
                <a href={link(ArticleView::Captured, None)} aria-current={(props.view == ArticleView::Captured).then_some("page")}
                    data-testid="captured-toggle">{ "Page as captured" }</a>
            </nav>
            <div class="reading-layout">
                { body }
                <aside class="metadata" aria-labelledby="metadata-heading">
                    <h2 id="metadata-heading">{ "About this article" }</h2>
                    <dl>
                        { text_field("Outlet", &doc.outlet, "Unknown") }
                        { text_field("Original publisher", &doc.publisher, "Unknown") }
                        { text_field("Author", &doc.author, "Unknown") }
                        <FieldWithEvidence label="Date" value={date_value} unknown={doc.date.value.is_none()}
                            evidence={doc.date.evidence.clone()} doc_id={doc.id.clone()} />
                        { text_field("Form", &doc.form, "Unknown") }
                        <dt>{ "Source file" }</dt>
                        <dd><code>{ doc.file.clone() }</code></dd>
                    </dl>
                </aside>
            </div>
        </article>
    }
}

fn render_body_block(block: &Block) -> Html {
    match block.role {
        BlockRole::Heading => html! { <h2 class="subhead">{ block.text.clone() }</h2> },
        _ => match speaker_label(&block.text) {
            Some((label, rest)) => {
                html! { <p><strong class="speaker">{ label }</strong>{ rest }</p> }
            }
            None => html! { <p>{ block.text.clone() }</p> },
        },
    }
}

/// Splits a transcript turn's speaker label ("CARRIE KAHN, BYLINE:") from its words, so
/// the label reads as a label. Only capitals, spaces and name punctuation before a colon.
pub fn speaker_label(text: &str) -> Option<(&str, &str)> {
    let colon = text.find(':')?;
    let label = &text[..colon];
    let is_label = (2..=60).contains(&label.len())
        && label.chars().any(|c| c.is_uppercase())
        && label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | ',' | '.' | '\'' | '’' | '-'));
    is_label.then(|| text.split_at(colon + 1))
}

/// Every block of the capture in order, each with its lines and what Framescope made of it.
fn captured(doc: &Document, target: Option<u32>) -> Html {
    let mut removed: BTreeMap<&'static str, usize> = BTreeMap::new();
    for b in &doc.blocks {
        if let BlockRole::Chrome(r) = b.role {
            *removed.entry(r.label()).or_default() += 1;
        }
    }
    let kept = doc
        .blocks
        .iter()
        .filter(|b| b.role.is_article_text())
        .count();
    let summary = removed
        .iter()
        .map(|(label, n)| html! { <li>{ format!("{label}: {n}") }</li> });
    let items = doc.blocks.iter().enumerate().map(|(i, b)| {
        let (kind, note) = role_words(b.role);
        let lines = if b.first_line == b.last_line {
            format!("line {}", b.first_line)
        } else {
            format!("lines {}–{}", b.first_line, b.last_line)
        };
        let is_target = target.is_some_and(|t| (b.first_line..=b.last_line).contains(&t));
        let reason = match b.role {
            BlockRole::Chrome(r) => Some(r.key()),
            _ => None,
        };
        // Several blocks can start on one line (credit, dateline, first sentence); the
        // line's anchor goes on the first of them only, so ids stay unique.
        let starts_line = i == 0 || doc.blocks[i - 1].last_line < b.first_line;
        let anchor = starts_line.then(|| format!("line-{}", b.first_line));
        html! {
            <li class={classes!("block", kind, is_target.then_some("target"))}
                data-role={kind} data-reason={reason} id={anchor}>
                <p class="block-meta"><span class="lines">{ lines }</span>{ " " }<span class="tag">{ note }</span></p>
                <p class="block-text">{ b.text.clone() }</p>
            </li>
        }
    });
    html! {
        <section class="captured" data-testid="captured" aria-labelledby="captured-heading">
            <h2 id="captured-heading">{ "Page as captured" }</h2>
            <p>{ format!("Framescope kept {kept} of {} blocks as the article. The rest is marked with the reason it was removed.", doc.blocks.len()) }</p>
            if !removed.is_empty() {
                <ul class="removed-summary" aria-label="Removed blocks by reason">{ for summary }</ul>
            }
            <ol class="blocks">{ for items }</ol>
        </section>
    }
}

/// The CSS class and reader-facing tag for a block's role.
fn role_words(role: BlockRole) -> (&'static str, String) {
    match role {
        BlockRole::Title => ("title", "Title".into()),
        BlockRole::Body => ("body", "Article".into()),
        BlockRole::Heading => ("body", "Article subheading".into()),
        BlockRole::Metadata(m) => ("metadata", format!("Metadata: {}", m.label())),
        BlockRole::Chrome(r) => ("chrome", removed_because(r)),
    }
}

fn removed_because(reason: ChromeReason) -> String {
    format!("Removed: {}", reason.label())
}

#[cfg(test)]
mod tests {
    use super::speaker_label;

    #[test]
    fn speaker_labels_are_capitals_before_a_colon() {
        assert_eq!(
            speaker_label("KAHN: That meat"),
            Some(("KAHN:", " That meat"))
        );
        assert_eq!(
            speaker_label("CARRIE KAHN, BYLINE: Standing"),
            Some(("CARRIE KAHN, BYLINE:", " Standing"))
        );
        assert_eq!(speaker_label("As Secretary Napolitano stated: “The"), None);
        assert_eq!(speaker_label("US: a note"), Some(("US:", " a note")));
        assert_eq!(speaker_label("10:30 a.m."), None);
        assert_eq!(speaker_label("No colon here"), None);
    }
}
