//! Text with highlighted spans, as `<mark>` elements; the text stays text.

use yew::prelude::*;

/// Renders `text` with each `(start, end)` byte range in a `<mark>`. `first_index`
/// numbers the marks (`data-match`) across a document; `current` gets the `current` class.
pub fn highlighted(text: &str, spans: &[(usize, usize)], first_index: usize, current: Option<usize>) -> Html {
    let mut parts = Vec::with_capacity(spans.len() * 2 + 1);
    let mut at = 0;
    for (i, &(a, b)) in spans.iter().enumerate() {
        if a < at || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        parts.push(html! { { &text[at..a] } });
        let n = first_index + i;
        let class = classes!((current == Some(n)).then_some("current"));
        parts.push(html! { <mark {class} data-match={n.to_string()}>{ &text[a..b] }</mark> });
        at = b;
    }
    parts.push(html! { { &text[at..] } });
    html! { <>{ for parts }</> }
}

/// An entity mention to link in a text: byte range, entity id, name and kind.
#[derive(Debug, Clone, PartialEq)]
pub struct MentionSpan {
    /// Byte offset of the mention.
    pub start: usize,
    /// Byte offset past it.
    pub end: usize,
    /// The entity's id (the link filters by it).
    pub id: String,
    /// The entity's name (the link's title).
    pub name: String,
    /// The entity's kind, as a CSS class.
    pub kind: &'static str,
}

/// Renders `text` with entity mentions as links (to the articles that mention the entity)
/// and search matches as numbered `<mark>`s, which may fall inside a mention.
pub fn annotated(
    text: &str,
    marks: &[(usize, usize)],
    mentions: &[MentionSpan],
    first_index: usize,
    current: Option<usize>,
) -> Html {
    let mut out = Vec::new();
    let mut at = 0;
    let mut mark_index = first_index;
    let mut marks_left = marks;
    for m in mentions {
        if m.start < at || m.end > text.len() || !text.is_char_boundary(m.start) || !text.is_char_boundary(m.end) {
            continue;
        }
        // Marks before this mention, then those inside it, shifted into the mention's text.
        let before: Vec<(usize, usize)> = marks_left
            .iter()
            .copied()
            .filter(|&(a, _)| a < m.start)
            .map(|(a, b)| (a - at, b.min(m.start) - at))
            .collect();
        out.push(highlighted(&text[at..m.start], &before, mark_index, current));
        mark_index += before.len();
        marks_left = &marks_left[marks_left.iter().take_while(|&&(a, _)| a < m.start).count()..];
        let inside: Vec<(usize, usize)> = marks_left
            .iter()
            .copied()
            .filter(|&(a, b)| a >= m.start && b <= m.end)
            .map(|(a, b)| (a - m.start, b - m.start))
            .collect();
        let href = crate::route::Route::Search { query: format!("entity:{}", m.id) }.to_hash();
        out.push(html! {
            <a class={classes!("mention", m.kind)} {href} title={format!("{} ({}): all articles that name it", m.name, m.kind)}>
                { highlighted(&text[m.start..m.end], &inside, mark_index, current) }
            </a>
        });
        mark_index += inside.len();
        marks_left = &marks_left[marks_left.iter().take_while(|&&(a, _)| a < m.end).count()..];
        at = m.end;
    }
    let rest: Vec<(usize, usize)> =
        marks_left.iter().copied().filter(|&(a, _)| a >= at).map(|(a, b)| (a - at, b - at)).collect();
    out.push(highlighted(&text[at..], &rest, mark_index, current));
    html! { <>{ for out }</> }
}
