//! The root components: start-up, the hash router and the page layout.

use crate::components::{library::Library, not_found::NotFound, reading::Reading};
use crate::embedded::embedded_corpus;
use crate::route::Route;
use framescope_core::Corpus;
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

/// The app over the corpus embedded in this build.
#[component]
pub fn App() -> Html {
    let corpus = use_memo((), |_| embedded_corpus());
    match &*corpus {
        Ok(corpus) => html! { <CorpusApp corpus={corpus.clone()} /> },
        Err(e) => html! {
            <main id="main" class="page">
                <h1>{ "Framescope cannot open its corpus" }</h1>
                <p role="alert">{ e.to_string() }</p>
                <p>{ "Rebuild the page from the corpus folder with the README's build command." }</p>
            </main>
        },
    }
}

/// Properties of [`CorpusApp`].
#[derive(Properties, PartialEq)]
pub struct CorpusAppProps {
    /// The corpus to explore.
    pub corpus: Rc<Corpus>,
}

/// The app over a given corpus: tests mount this with corpora of their own.
#[component]
pub fn CorpusApp(props: &CorpusAppProps) -> Html {
    let route = use_hash_route();
    let corpus = props.corpus.clone();

    let (view, title) = match &route {
        Route::Library(sort) => (html! { <Library sort={*sort} /> }, "Library".to_string()),
        Route::Article { id, view, line } => {
            match corpus.documents.iter().position(|d| &d.id == id) {
                Some(index) => (
                    html! { <Reading {index} view={*view} line={*line} /> },
                    corpus.documents[index].display_title().to_string(),
                ),
                None => (
                    html! { <NotFound message={format!("No article in this corpus has the id “{id}”.")} /> },
                    "Not found".to_string(),
                ),
            }
        }
        Route::NotFound(e) => (
            html! { <NotFound message={e.to_string()} /> },
            "Not found".to_string(),
        ),
    };

    // A new view: name it in the tab and, after a navigation (not on first load, where the
    // browser's own focus is right), move focus to its heading so screen readers announce it.
    let first_render = use_mut_ref(|| true);
    use_effect_with(route.clone(), move |route| {
        let navigated = !std::mem::replace(&mut *first_render.borrow_mut(), false);
        let document = gloo::utils::document();
        document.set_title(&format!("{title} — Framescope"));
        let keep_position = matches!(route, Route::Article { line: Some(_), .. });
        if !keep_position {
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        if let Some(heading) = document
            .query_selector("main h1")
            .ok()
            .flatten()
            .filter(|_| navigated)
        {
            use wasm_bindgen::JsCast;
            if let Ok(h) = heading.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    });

    html! {
        <ContextProvider<Rc<Corpus>> context={corpus.clone()}>
            <a class="skip-link" href="#main" onclick={Callback::from(skip_to_main)}>{ "Skip to content" }</a>
            <header class="site-header">
                <a class="brand" href="#/">{ "Framescope" }</a>
                <span class="corpus-title">{ corpus.title.clone() }</span>
                <nav aria-label="Main">
                    <a href="#/" aria-current={matches!(route, Route::Library(_)).then_some("page")}>{ "Library" }</a>
                </nav>
            </header>
            <main id="main" class="page">{ view }</main>
            <footer class="site-footer">
                <p>{ format!("{} articles, compiled into this page. Framescope makes no network requests.", corpus.documents.len()) }</p>
            </footer>
        </ContextProvider<Rc<Corpus>>>
    }
}

/// The skip link must not change the hash (the hash is the route): focus main instead.
fn skip_to_main(event: MouseEvent) {
    event.prevent_default();
    use wasm_bindgen::JsCast;
    if let Some(main) = gloo::utils::document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.set_attribute("tabindex", "-1");
        let _ = main.focus();
    }
}

/// The current route, updated on every `hashchange` (links, back and forward).
#[hook]
fn use_hash_route() -> Route {
    let route = use_state(|| Route::parse(&current_hash()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                route.set(Route::parse(&current_hash()));
            });
            move || drop(listener)
        });
    }
    (*route).clone()
}

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}
