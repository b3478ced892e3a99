//! The view for a link that names nothing.

use yew::prelude::*;

/// Properties of [`NotFound`].
#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// What was wrong with the link, naming the bad part.
    pub message: AttrValue,
}

/// Says what was wrong with the link and offers the way back.
#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    html! {
        <section class="not-found" data-testid="not-found" aria-labelledby="not-found-heading">
            <h1 id="not-found-heading" tabindex="-1">{ "Nothing at this link" }</h1>
            <p>{ props.message.clone() }</p>
            <p><a href="#/">{ "Go to the library" }</a></p>
        </section>
    }
}
