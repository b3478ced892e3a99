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
