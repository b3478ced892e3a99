//! The root components: start-up, the hash router and the page layout.

use crate::components::compare::CompareView;
use crate::components::entities::EntitiesView;
use crate::components::quotes::QuotesView;
use crate::components::{
    library::Library, not_found::NotFound, reading::Reading, search::SearchBox, search::SearchView,
};
use crate::embedded::embedded_corpus;
use crate::route::Route;
use framescope_core::Corpus;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
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

/// Reads and changes the route. Views get it from context.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    route: UseStateHandle<Route>,
}

impl Navigator {
    /// The current route.
    pub fn route(&self) -> Route {
        (*self.route).clone()
    }

    /// Shows `route` and puts it in the address bar; `replace` rewrites the current
    /// history entry instead of adding one (used while typing a search).
    pub fn go(&self, route: Route, replace: bool) {
        let hash = route.to_hash();
        if let Ok(history) = gloo::utils::window().history() {
            let state = wasm_bindgen::JsValue::NULL;
            let _ = if replace {
                history.replace_state_with_url(&state, "", Some(&hash))
            } else {
                history.push_state_with_url(&state, "", Some(&hash))
            };
        }
        self.route.set(route);
    }
}

/// The navigator from context.
#[hook]
pub fn use_navigator() -> Navigator {
    use_context::<Navigator>().expect("views are mounted under CorpusApp, which provides the navigator")
}

/// The app over a given corpus: tests mount this with corpora of their own.
#[component]
pub fn CorpusApp(props: &CorpusAppProps) -> Html {
    let route_state = use_hash_route();
    let navigator = Navigator { route: route_state.clone() };
    let route = (*route_state).clone();
    let corpus = props.corpus.clone();

    let (view, title) = match &route {
        Route::Library(sort) => (html! { <Library sort={*sort} /> }, "Library".to_string()),
        Route::Entities => (html! { <EntitiesView /> }, "People, organisations and places".to_string()),
        Route::Quotes => (html! { <QuotesView /> }, "Who speaks".to_string()),
        Route::Search { query } => (
            html! { <SearchView query={query.clone()} /> },
            if query.trim().is_empty() { "Search".to_string() } else { format!("Search: {}", query.trim()) },
        ),
        Route::Article { id, view, line, query } => match corpus.documents.iter().position(|d| &d.id == id) {
            Some(index) => (
                html! { <Reading {index} view={*view} line={*line} query={query.clone()} /> },
                corpus.documents[index].display_title().to_string(),
            ),
            None => (
                html! { <NotFound message={format!("No article in this corpus has the id “{id}”.")} /> },
                "Not found".to_string(),
            ),
        },
        Route::Compare { sides, show } => {
            (html! { <CompareView sides={sides.clone()} show={show.clone()} /> }, "Compare".to_string())
        }
        Route::NotFound(e) => (html! { <NotFound message={e.to_string()} /> }, "Not found".to_string()),
    };

    // A new view: name it in the tab and, after a navigation (not on first load, and not
    // while the user is typing in a field), move focus to its heading for screen readers.
    let first_render = use_mut_ref(|| true);
    use_effect_with(route.clone(), move |route| {
        let navigated = !std::mem::replace(&mut *first_render.borrow_mut(), false);
        let document = gloo::utils::document();
        document.set_title(&format!("{title} — Framescope"));
        let typing = document.active_element().is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA"));
        let keep_position = matches!(route, Route::Article { line: Some(_), .. }) || typing;
        if !keep_position {
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        if navigated && !typing {
            if let Some(h) = document
                .query_selector("main h1")
                .ok()
                .flatten()
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = h.focus();
                // Focusing the heading scrolls to it; a cited line must stay in view.
                if let Route::Article { line: Some(n), .. } = route {
                    if let Some(el) = document.get_element_by_id(&format!("line-{n}")) {
                        el.scroll_into_view();
                    }
                }
            }
        }
    });

    html! {
        <ContextProvider<Rc<Corpus>> context={corpus.clone()}>
        <ContextProvider<Navigator> context={navigator}>
            <a class="skip-link" href="#main" onclick={Callback::from(skip_to_main)}>{ "Skip to content" }</a>
            <header class="site-header">
                <a class="brand" href="#/">{ "Framescope" }</a>
                <span class="corpus-title">{ corpus.title.clone() }</span>
                <SearchBox />
                <nav aria-label="Main">
                    <a href="#/" aria-current={matches!(route, Route::Library(_)).then_some("page")}>{ "Library" }</a>
                    <a href="#/entities" aria-current={matches!(route, Route::Entities).then_some("page")}>{ "People & places" }</a>
                    <a href="#/quotes" aria-current={matches!(route, Route::Quotes).then_some("page")}>{ "Quotes" }</a>
                    <a href="#/compare" aria-current={matches!(route, Route::Compare { .. }).then_some("page")}>{ "Compare" }</a>
                </nav>
            </header>
            <main id="main" class="page">{ view }</main>
            <footer class="site-footer">
                <p>{ format!("{} articles, compiled into this page. Framescope makes no network requests.", corpus.documents.len()) }</p>
            </footer>
        </ContextProvider<Navigator>>
        </ContextProvider<Rc<Corpus>>>
    }
}

/// The skip link must not change the hash (the hash is the route): focus main instead.
fn skip_to_main(event: MouseEvent) {
    event.prevent_default();
    if let Some(main) =
        gloo::utils::document().get_element_by_id("main").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.set_attribute("tabindex", "-1");
        let _ = main.focus();
    }
}

/// The route state, updated from the address bar on `hashchange` (links) and `popstate`
/// (back and forward).
#[hook]
fn use_hash_route() -> UseStateHandle<Route> {
    let route = use_state_eq(|| Route::parse(&current_hash()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on_hash = {
                let route = route.clone();
                EventListener::new(&window, "hashchange", move |_| route.set(Route::parse(&current_hash())))
            };
            let on_pop = EventListener::new(&window, "popstate", move |_| route.set(Route::parse(&current_hash())));
            move || drop((on_hash, on_pop))
        });
    }
    route
}

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}
