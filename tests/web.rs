//! Browser tests: mount the app in headless Chromium and Firefox and check what a reader sees.
//!
//! Run with `wasm-pack test --headless --chrome` (or `--firefox`); `cargo xtask test` runs both.
#![cfg(target_arch = "wasm32")]

use framescope::{embedded::embedded_corpus, CorpusApp, CorpusAppProps};
use framescope_core::{
    Block, BlockRole, ChromeReason, Corpus, Document, Evidence, Field, MetaKind, PartialDate, FORMAT_VERSION,
};
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const HOSTILE_SCRIPT: &str = "<script>window.__framescopeOwned = 1</script>";
const HOSTILE_IMG: &str = "<img src=x onerror=\"window.__framescopeOwned = 2\">";

fn block(line: u32, text: &str, role: BlockRole) -> Block {
    Block { first_line: line, last_line: line, text: text.into(), role }
}

fn known<T>(value: T, quote: &str, line: u32) -> Field<T> {
    Field { value: Some(value), evidence: vec![Evidence { line: Some(line), quote: Some(quote.into()), note: None }] }
}

/// A small corpus of invented articles, one of them hostile.
fn test_corpus() -> Rc<Corpus> {
    let calm = Document {
        id: "calm-2014".into(),
        file: "calm.txt".into(),
        outlet: known("The Ledger".to_string(), "The Ledger", 9),
        publisher: known("The Ledger".to_string(), "The Ledger", 9),
        author: known("Ana Ruiz".to_string(), "By Ana Ruiz", 2),
        date: known(PartialDate::parse("2014-05").unwrap(), "May 2014", 3),
        title: known("Harbour talks resume".to_string(), "Harbour talks resume", 1),
        form: Field::unknown(),
        blocks: vec![
            block(1, "Harbour talks resume", BlockRole::Title),
            block(2, "By Ana Ruiz", BlockRole::Metadata(MetaKind::Byline)),
            block(4, "Negotiators met again on Tuesday.", BlockRole::Body),
            block(6, "What comes next", BlockRole::Heading),
            block(7, "A deal is expected within weeks.", BlockRole::Body),
            block(8, "Port Minister Rui Costa said in Lisbon that the talks need one more round.", BlockRole::Body),
            block(9, "Copyright The Ledger. All rights reserved.", BlockRole::Chrome(ChromeReason::LegalNotice)),
            block(10, "Leave a reply", BlockRole::Chrome(ChromeReason::Comments)),
        ],
        words: 26,
    };
    let hostile = Document {
        id: "hostile-2015".into(),
        file: "hostile.txt".into(),
        outlet: Field::unknown(),
        publisher: Field::unknown(),
        author: Field::unknown(),
        date: known(PartialDate::parse("2015").unwrap(), "2015", 2),
        title: known(format!("Markup {HOSTILE_SCRIPT}"), "Markup", 1),
        form: Field::unknown(),
        blocks: vec![
            block(1, &format!("Markup {HOSTILE_SCRIPT}"), BlockRole::Title),
            block(2, &format!("An article quoting {HOSTILE_SCRIPT} in 2015."), BlockRole::Body),
            block(3, &format!("And an image tag {HOSTILE_IMG} too."), BlockRole::Body),
            block(4, HOSTILE_IMG, BlockRole::Chrome(ChromeReason::AfterArticle)),
        ],
        words: 12,
    };
    let entities = framescope_engine::entities::extract_entities(&[calm.clone(), hostile.clone()]);
    Rc::new(Corpus {
        format_version: FORMAT_VERSION,
        title: "Test corpus".into(),
        description: "Invented articles for browser tests.".into(),
        search: framescope_engine::index::build_search_index(&[calm.clone(), hostile.clone()]),
        framing: framescope_engine::framing::build_framing(&[calm.clone(), hostile.clone()], &entities),
        entities,
        quotes: vec![],
        documents: vec![calm, hostile],
    })
}

/// A mounted app, removed from the page when dropped.
struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<CorpusApp>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.remove();
    }
}

impl Mounted {
    fn text(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .text_content()
            .unwrap_or_default()
    }

    fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }
}

async fn mount(hash: &str, corpus: Rc<Corpus>) -> Mounted {
    set_hash(hash).await;
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<CorpusApp>::with_root_and_props(root.clone(), CorpusAppProps { corpus }).render();
    yew::scheduler::flush().await;
    Mounted { root, handle: Some(handle) }
}

/// Sets the hash and waits for the browser's `hashchange`, as a click on a link would.
async fn set_hash(hash: &str) {
    let window = gloo::utils::window();
    let current = window.location().hash().unwrap_or_default();
    let normal = |h: &str| h.trim_start_matches('#').to_string();
    if normal(&current) == normal(hash) {
        return;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let once = Closure::once_into_js(move || {
            resolve.call0(&wasm_bindgen::JsValue::NULL).unwrap();
        });
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        window
            .add_event_listener_with_callback_and_add_event_listener_options(
                "hashchange",
                once.unchecked_ref(),
                &options,
            )
            .unwrap();
    });
    gloo::utils::window().location().set_hash(hash).unwrap();
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn library_lists_every_article_with_metadata() {
    let app = mount("#/", test_corpus()).await;
    assert_eq!(app.count("[data-testid=article-row]"), 2);
    let table = app.text("table");
    assert!(table.contains("Harbour talks resume"), "{table}");
    assert!(table.contains("May 2014"), "{table}");
    assert!(table.contains("(to the month)"), "{table}");
    assert!(table.contains("Unattributed"), "unknown outlet is said plainly: {table}");
    // Newest first by default.
    let first = app.text("[data-testid=article-row] td.title");
    assert!(first.starts_with("Markup"), "{first}");
}

#[wasm_bindgen_test]
async fn sorting_follows_the_link() {
    let app = mount("#/?sort=date&order=asc", test_corpus()).await;
    assert_eq!(app.text("[data-testid=article-row] td.title"), "Harbour talks resume");
    assert_eq!(app.text("th[aria-sort]").trim_end_matches(" ↑"), "Date");
    set_hash("#/?sort=title&order=desc").await;
    assert!(app.text("[data-testid=article-row] td.title").starts_with("Markup"));
}

#[wasm_bindgen_test]
async fn reading_view_shows_the_article_and_no_chrome() {
    let app = mount("#/article/calm-2014", test_corpus()).await;
    assert_eq!(app.text("h1"), "Harbour talks resume");
    let body = app.text("[data-testid=article-body]");
    assert!(body.contains("Negotiators met again on Tuesday."), "{body}");
    assert!(body.contains("What comes next"), "{body}");
    assert!(!body.contains("All rights reserved"), "{body}");
    assert!(!body.contains("Leave a reply"), "{body}");
    assert!(!body.contains("By Ana Ruiz"), "the byline is metadata: {body}");
    let meta = app.text("aside.metadata");
    assert!(meta.contains("Ana Ruiz") && meta.contains("May 2014 (known to the month)"), "{meta}");
    assert!(meta.contains("line 2"), "evidence names its line: {meta}");
}

#[wasm_bindgen_test]
async fn captured_view_marks_each_removed_block_with_its_reason() {
    let app = mount("#/article/calm-2014?view=captured&line=9", test_corpus()).await;
    assert_eq!(app.count("[data-testid=captured] li.block"), 8);
    assert_eq!(app.count("li.block[data-role=chrome]"), 2);
    let legal = app.text("li.block[data-reason=legal-notice]");
    assert!(legal.contains("Removed: copyright or legal notice"), "{legal}");
    assert!(legal.contains("line 9"), "{legal}");
    assert_eq!(app.count("li.block.target"), 1, "the cited line is marked");
}

#[wasm_bindgen_test]
async fn bad_links_say_what_is_wrong() {
    let app = mount("#/article/no-such-article", test_corpus()).await;
    assert!(app.text("[data-testid=not-found]").contains("“no-such-article”"));
    set_hash("#/?sort=colour").await;
    assert!(app.text("[data-testid=not-found]").contains("sort=colour"));
    set_hash("#/").await;
    assert_eq!(app.count("[data-testid=not-found]"), 0);
}

#[wasm_bindgen_test]
async fn markup_in_an_article_is_shown_as_text_and_never_run() {
    let app = mount("#/article/hostile-2015?view=captured", test_corpus()).await;
    assert_eq!(app.count("script"), 0);
    assert_eq!(app.count("img"), 0);
    assert!(app.text("[data-testid=captured]").contains(HOSTILE_IMG));
    set_hash("#/article/hostile-2015").await;
    assert_eq!(app.count("script"), 0);
    assert_eq!(app.count("img"), 0);
    assert!(app.text("h1").contains(HOSTILE_SCRIPT), "the title shows the markup as text");
    assert!(app.text("[data-testid=article-body]").contains(HOSTILE_IMG));
    let owned = js_sys::Reflect::get(&gloo::utils::window(), &"__framescopeOwned".into()).unwrap();
    assert!(owned.is_undefined(), "hostile markup ran");
}

#[wasm_bindgen_test]
fn the_embedded_corpus_decodes_with_unique_ids_and_body_text() {
    let corpus = embedded_corpus().expect("build.rs embedded a readable corpus");
    assert!(!corpus.documents.is_empty());
    let mut ids: Vec<&str> = corpus.documents.iter().map(|d| d.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), corpus.documents.len());
    assert!(corpus.documents.iter().all(|d| d.words > 0 && d.body().next().is_some()));
}

#[wasm_bindgen_test]
async fn search_results_show_highlighted_snippets_and_facets() {
    let app = mount("#/search?q=negotiators%20deal", test_corpus()).await;
    assert_eq!(app.count("[data-testid=result]"), 1);
    assert!(app.text("[data-testid=search-summary]").contains("1 article matches"));
    let marks: Vec<String> = (0..app.count("[data-testid=result] mark"))
        .map(|i| {
            app.root.query_selector_all("[data-testid=result] mark").unwrap().get(i).unwrap().text_content().unwrap()
        })
        .collect();
    assert!(marks.contains(&"Negotiators".to_string()), "{marks:?}");
    assert!(app.text(".facets").contains("The Ledger"));
    set_hash("#/search?q=negotiators%20year%3A2015").await;
    assert!(app.text("[data-testid=search-summary]").contains("No article matches"));
}

#[wasm_bindgen_test]
async fn typing_in_the_search_box_updates_results_and_link() {
    let app = mount("#/", test_corpus()).await;
    let input: web_sys::HtmlInputElement = app.root.query_selector("#search-input").unwrap().unwrap().unchecked_into();
    for typed in ["h", "ha", "har", "harb"] {
        input.set_value(typed);
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
        input.dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }
    assert_eq!(gloo::utils::window().location().hash().unwrap(), "#/search?q=harb");
    assert_eq!(app.count("[data-testid=result]"), 1, "the prefix “harb” finds “Harbour”");
    assert!(app.text("[data-testid=result]").contains("start of a word"));
}

#[wasm_bindgen_test]
async fn hostile_markup_in_results_stays_text() {
    let app = mount("#/search?q=markup%20", test_corpus()).await;
    assert_eq!(app.count("[data-testid=result]"), 1);
    assert_eq!(app.count("script"), 0);
    assert_eq!(app.count("img"), 0);
    assert!(app.text("[data-testid=result] h2").contains(HOSTILE_SCRIPT));
}

#[wasm_bindgen_test]
async fn reading_view_steps_through_matches() {
    let app = mount("#/article/calm-2014?q=deal%20negotiators", test_corpus()).await;
    assert_eq!(app.count("[data-testid=article-body] mark"), 2);
    assert!(app.text("[data-testid=match-bar]").contains("2 matches"));
    let next: web_sys::HtmlElement =
        app.root.query_selector("[data-testid=match-bar] button:nth-of-type(2)").unwrap().unwrap().unchecked_into();
    next.click();
    yew::scheduler::flush().await;
    assert_eq!(app.text("mark.current"), "Negotiators");
    assert!(app.text("[data-testid=match-bar]").contains("Match 1 of 2"));
    next.click();
    yew::scheduler::flush().await;
    assert_eq!(app.text("mark.current"), "deal");
    next.click();
    yew::scheduler::flush().await;
    assert_eq!(app.text("mark.current"), "Negotiators", "wraps around");
}

#[wasm_bindgen_test]
async fn chips_filter_and_open_the_entity_card() {
    let app = mount("#/", test_corpus()).await;
    let chip =
        app.root.query_selector("[data-testid=chips] a.chip.person").unwrap().expect("a person chip in the library");
    assert_eq!(chip.text_content().unwrap(), "Rui Costa1");
    let href = chip.get_attribute("href").unwrap();
    assert_eq!(href, "#/search?q=entity%3Aperson-rui-costa");
    set_hash(&href).await;
    assert_eq!(app.count("[data-testid=result]"), 1);
    let card = app.text("[data-testid=entity-card]");
    assert!(card.contains("Rui Costa") && card.contains("Port Minister"), "{card}");
    assert!(card.contains("said in Lisbon"), "the mention in its sentence: {card}");
    assert!(app.text("[data-testid=result] .snippet").contains("Rui Costa"));
}

#[wasm_bindgen_test]
async fn reading_view_links_mentions_to_their_entity() {
    let app = mount("#/article/calm-2014", test_corpus()).await;
    let link =
        app.root.query_selector("[data-testid=article-body] a.mention.place").unwrap().expect("Lisbon is linked");
    assert_eq!(link.text_content().unwrap(), "Lisbon");
    assert!(app.text("aside.metadata [data-testid=chips]").contains("Rui Costa"));
}

#[wasm_bindgen_test]
async fn the_comparison_shows_every_panel_and_hostile_text_stays_text() {
    let app = mount("#/compare", test_corpus()).await;
    for panel in ["reposts", "time", "frames", "voices", "words", "facts", "tone", "entities", "downloads"] {
        assert_eq!(app.count(&format!("[data-testid=panel-{panel}]")), 1, "{panel}");
    }
    // One column per outlet; the article with no outlet is its own column.
    assert_eq!(app.count("[data-testid=compare-legend] li"), 2);
    assert_eq!(app.count("script, img"), 0, "markup in the articles is shown as text");
    // A frame share opens its sentences, with the cue words marked.
    let link = app.root.query_selector("[data-testid=frame-share]").unwrap().unwrap();
    let href = link.get_attribute("href").unwrap();
    set_hash(&href).await;
    assert_eq!(app.count("[data-testid=evidence]"), 1);
    set_hash("#/compare?side=outlet:Nope").await;
    assert!(app.text("[data-testid=compare-error]").contains("“Nope”"));
}
