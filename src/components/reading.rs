//! The reading view: the clean article with its metadata and evidence, or the page as
//! captured with every removed block marked and explained.

use super::entities::Chips;
use super::evidence::FieldWithEvidence;
use super::highlight::{annotated, MentionSpan};
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
    /// A search whose matches are highlighted, with next and previous.
    pub query: Option<String>,
}

/// One article.
#[component]
pub fn Reading(props: &ReadingProps) -> Html {
    let corpus = use_corpus();
    let doc = &corpus.documents[props.index];
    let link = |view, line| Route::Article { id: doc.id.clone(), view, line, query: props.query.clone() }.to_hash();

    // The search's matched words, highlighted in the body; the current match is stepped with
    // next and previous and brought into view.
    let matched = {
        let corpus = corpus.clone();
        use_memo(props.query.clone(), move |q| q.as_deref().map(|q| corpus.search(q, 0).matched))
    };
    // The mentions of entities chosen in the query (chips) are matches too.
    let chosen: Vec<&framescope_core::Entity> = props
        .query
        .as_deref()
        .map(|q| {
            framescope_core::search::parse(q)
                .filters
                .into_iter()
                .filter_map(|f| match f {
                    framescope_core::search::Filter::Entity(id) => corpus.entities.iter().find(|e| e.id == id),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    // A transcript's speaker labels are not text to search in: matches start after them.
    let spans: Vec<Vec<(usize, usize)>> = doc
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.role.is_article_text())
        .map(|(i, b)| {
            let label = speaker_label(&b.text).map_or(0, |(l, _)| l.len());
            let mut all = matched.as_ref().as_ref().map(|m| m.highlights(&corpus.search, &b.text)).unwrap_or_default();
            for e in &chosen {
                all.extend(
                    e.mentions
                        .iter()
                        .filter(|m| m.doc as usize == props.index && m.block as usize == i)
                        .map(|m| (m.start as usize, m.end as usize)),
                );
            }
            all.sort_unstable();
            all.dedup_by(|next, prev| next.0 < prev.1);
            all.into_iter().filter(|s| s.0 >= label).collect()
        })
        .collect();
    let total_matches: usize = spans.iter().map(Vec::len).sum();
    // Entity mentions per block of this document, in text order: gathered once per article,
    // not on every render (stepping through matches re-renders).
    let mentions = {
        let corpus = corpus.clone();
        use_memo(props.index, move |&index| {
            let mut by_block: std::collections::HashMap<u32, Vec<MentionSpan>> = std::collections::HashMap::new();
            for e in &corpus.entities {
                for m in e.mentions.iter().filter(|m| m.doc as usize == index) {
                    by_block.entry(m.block).or_default().push(MentionSpan {
                        start: m.start as usize,
                        end: m.end as usize,
                        id: e.id.clone(),
                        name: e.name.clone(),
                        kind: e.kind.as_str(),
                    });
                }
            }
            for list in by_block.values_mut() {
                list.sort_by_key(|m| m.start);
            }
            by_block
        })
    };
    let current = use_state_eq(|| None::<usize>);
    {
        let current = current.clone();
        use_effect_with((doc.id.clone(), props.query.clone()), move |_| current.set(None));
    }
    use_effect_with(*current, |current| {
        if let Some(n) = current {
            let selector = format!("[data-testid=article-body] mark[data-match=\"{n}\"]");
            if let Some(el) = gloo::utils::document().query_selector(&selector).ok().flatten() {
                el.scroll_into_view_with_bool(false);
            }
        }
    });
    let step = |forward: bool| {
        let current = current.clone();
        Callback::from(move |_: MouseEvent| {
            if total_matches == 0 {
                return;
            }
            let next = match (*current, forward) {
                (None, true) => 0,
                (None, false) => total_matches - 1,
                (Some(i), true) => (i + 1) % total_matches,
                (Some(i), false) => (i + total_matches - 1) % total_matches,
            };
            current.set(Some(next));
        })
    };

    // Bring a cited line into view once the captured page is drawn.
    use_effect_with((doc.id.clone(), props.view, props.line), |(_, _, line)| {
        if let Some(n) = line {
            if let Some(el) = gloo::utils::document().get_element_by_id(&format!("line-{n}")) {
                el.scroll_into_view();
            }
        }
    });

    let mut first_index = 0;
    let no_mentions = Vec::new();
    let blocks: Vec<Html> = doc
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.role.is_article_text())
        .zip(&spans)
        .map(|((i, b), s)| {
            let html =
                render_body_block(b, s, mentions.get(&(i as u32)).unwrap_or(&no_mentions), first_index, *current);
            first_index += s.len();
            // A cited line (an evidence link from the comparison) is marked and brought into view.
            match props.line {
                Some(n) if (b.first_line..=b.last_line).contains(&n) => html! {
                    <div class="cited" id={format!("line-{n}")} data-testid="cited">{ html }</div>
                },
                _ => html,
            }
        })
        .collect();
    let match_bar = props.query.as_ref().map(|q| {
        let position = match *current {
            Some(i) => format!("Match {} of {total_matches}", i + 1),
            None if total_matches == 0 => "No match in the text".to_string(),
            None => format!("{total_matches} {}", if total_matches == 1 { "match" } else { "matches" }),
        };
        let back = Route::Search { query: q.clone() }.to_hash();
        html! {
            <div class="match-bar" role="group" aria-label="Search matches" data-testid="match-bar">
                <span class="match-query">{ format!("Matches for “{q}”") }</span>
                <span class="match-position" aria-live="polite">{ position }</span>
                <button type="button" onclick={step(false)} disabled={total_matches == 0}>{ "Previous" }</button>
                <button type="button" onclick={step(true)} disabled={total_matches == 0}>{ "Next" }</button>
                <a href={back}>{ "Back to results" }</a>
                <a href={Route::Article { id: doc.id.clone(), view: props.view, line: None, query: None }.to_hash()}>{ "Clear" }</a>
            </div>
        }
    });
    let body = match props.view {
        ArticleView::Clean => html! {
            <div class="article-body" data-testid="article-body">
                { for blocks }
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
        Some(d) => format!("{} (known to the {})", d.display_long(), d.precision().as_str()),
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
            { for match_bar }
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
                    <Chips heading="Named in this article" docs={Some(vec![props.index])} />
                </aside>
            </div>
        </article>
    }
}

/// A body paragraph or subheading, with entity mentions linked and the search's matches marked.
fn render_body_block(
    block: &Block,
    spans: &[(usize, usize)],
    mentions: &[MentionSpan],
    first_index: usize,
    current: Option<usize>,
) -> Html {
    let text = &block.text;
    match block.role {
        BlockRole::Heading => {
            html! { <h2 class="subhead">{ annotated(text, spans, mentions, first_index, current) }</h2> }
        }
        _ => match speaker_label(text) {
            // Matches inside the label are shown in the label's own type, unmarked.
            Some((label, _)) => {
                let offset = label.len();
                let rest: Vec<(usize, usize)> = spans.iter().map(|&(a, b)| (a - offset, b - offset)).collect();
                // The label names the speaker; the mentions linked are those in what they say.
                let said: Vec<MentionSpan> = mentions
                    .iter()
                    .filter(|m| m.start >= offset)
                    .map(|m| MentionSpan { start: m.start - offset, end: m.end - offset, ..m.clone() })
                    .collect();
                html! {
                    <p>
                        <strong class="speaker">{ label }</strong>
                        { annotated(&text[offset..], &rest, &said, first_index, current) }
                    </p>
                }
            }
            None => html! { <p>{ annotated(text, spans, mentions, first_index, current) }</p> },
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
        && label.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | ',' | '.' | '\'' | '’' | '-'));
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
    let kept = doc.blocks.iter().filter(|b| b.role.is_article_text()).count();
    let summary = removed.iter().map(|(label, n)| html! { <li>{ format!("{label}: {n}") }</li> });
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
        assert_eq!(speaker_label("KAHN: That meat"), Some(("KAHN:", " That meat")));
        assert_eq!(speaker_label("CARRIE KAHN, BYLINE: Standing"), Some(("CARRIE KAHN, BYLINE:", " Standing")));
        assert_eq!(speaker_label("As Secretary Napolitano stated: “The"), None);
        assert_eq!(speaker_label("US: a note"), Some(("US:", " a note")));
        assert_eq!(speaker_label("10:30 a.m."), None);
        assert_eq!(speaker_label("No colon here"), None);
    }
}
