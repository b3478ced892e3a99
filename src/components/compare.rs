//! The comparison: columns of articles or outlets side by side, with every figure a link
//! to the sentences it counts.

use super::{date_text, use_corpus};
use crate::app::use_navigator;
use crate::compare_export as export;
use crate::components::highlight::highlighted;
use crate::csv::data_link;
use crate::route::{ArticleView, Route, SideSpec, Trace, TraceKind};
use framescope_core::compare::{Report, SideError};
use framescope_core::framing::Frame;
use framescope_core::text::{fold, words};
use framescope_core::{Corpus, DatePrecision, EntityKind};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties: the columns from the link (empty: one per outlet) and the open evidence.
#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// Columns as the link names them.
    pub sides: Vec<SideSpec>,
    /// The figure whose sentences are listed.
    pub show: Option<Trace>,
}

/// The comparison view.
#[component]
pub fn CompareView(props: &CompareProps) -> Html {
    let corpus = use_corpus();
    let specs = if props.sides.is_empty() { corpus.default_sides() } else { props.sides.clone() };
    let report = use_memo((specs.clone(),), {
        let corpus = corpus.clone();
        move |(specs,)| corpus.report(specs).map(Rc::new)
    });
    // The downloads are built once per set of columns, not on every click of a figure.
    let files = use_memo((specs.clone(),), {
        let (corpus, report) = (corpus.clone(), report.clone());
        move |_| match &*report {
            Ok(r) => download_links(&corpus, r),
            Err(_) => Vec::new(),
        }
    });
    let report = match &*report {
        Ok(r) => r.clone(),
        Err(e) => return bad_side(e, &props.sides),
    };
    let ctx = Ctx { corpus: corpus.clone(), report: report.clone(), specs: props.sides.clone() };
    let trace = props.show.as_ref().map(|t| evidence_panel(&ctx, t));
    let possible_columns = if props.sides.is_empty() { corpus.all_default_sides().len() } else { 0 };
    html! {
        <section class="compare" aria-labelledby="compare-heading" data-testid="compare">
            <h1 id="compare-heading" tabindex="-1">{ "Compare how outlets frame the story" }</h1>
            <p class="lede">{ "Columns of articles or outlets side by side. Every figure is a link to the sentences it was counted from." }</p>
            <Picker specs={specs.clone()} explicit={!props.sides.is_empty()} />
            if props.sides.is_empty() && possible_columns > specs.len() {
                <p class="notice" role="note">{ format!("This corpus has {possible_columns} outlets and unattributed articles; the comparison opens with the {} that have the most articles. Tick others to add them.", specs.len()) }</p>
            }
            { legend(&report) }
            { for trace }
            { copies(&ctx) }
            { timeline(&ctx) }
            { frames_panel(&ctx) }
            { voices_panel(&ctx) }
            { words_panel(&ctx) }
            { facts_panel(&ctx) }
            { tone_panel(&ctx) }
            { entities_panel(&ctx) }
            { downloads(&files) }
        </section>
    }
}

/// What every panel needs.
struct Ctx {
    corpus: Rc<Corpus>,
    report: Rc<Report>,
    /// The columns as the link names them (empty for the default).
    specs: Vec<SideSpec>,
}

impl Ctx {
    /// The link that opens a figure's evidence.
    fn trace(&self, kind: TraceKind, side: usize, key: &str) -> String {
        Route::Compare { sides: self.specs.clone(), show: Some(Trace { kind, side, key: key.to_string() }) }.to_hash()
    }

    fn label(&self, side: usize) -> &str {
        &self.report.comparison.sides[side].label
    }
}

fn bad_side(e: &SideError, given: &[SideSpec]) -> Html {
    html! {
        <section class="compare">
            <h1 tabindex="-1">{ "This comparison cannot be shown" }</h1>
            <p role="alert" data-testid="compare-error">{ format!("The link asks for a column that is not in this corpus: {e}.") }</p>
            <p>{ format!("{} asked for. ", count(given.len(), "column was", "columns were")) }<a href={Route::Compare { sides: vec![], show: None }.to_hash()}>{ "Compare all outlets instead" }</a></p>
        </section>
    }
}

/// Most article checkboxes the picker shows at once.
const MAX_ARTICLE_BOXES: usize = 200;

/// Lower case, accents removed: how the article filter compares.
fn fold_text(text: &str) -> String {
    words(text).map(|w| fold(w.text)).collect::<Vec<_>>().join(" ")
}

#[derive(Properties, PartialEq)]
struct PickerProps {
    specs: Vec<SideSpec>,
    explicit: bool,
}

/// Checkboxes for outlets and articles; each change rewrites the link.
#[component]
fn Picker(props: &PickerProps) -> Html {
    let corpus = use_corpus();
    let navigator = use_navigator();
    let filter = use_state(String::new);
    let toggle = |spec: SideSpec| {
        let specs = props.specs.clone();
        let navigator = navigator.clone();
        Callback::from(move |_: Event| {
            let mut next = specs.clone();
            match next.iter().position(|s| *s == spec) {
                Some(i) => {
                    next.remove(i);
                }
                None => next.push(spec.clone()),
            }
            navigator.go(Route::Compare { sides: next, show: None }, false);
        })
    };
    let mut outlets: Vec<String> = corpus.documents.iter().filter_map(|d| d.outlet.value.clone()).collect();
    outlets.sort();
    outlets.dedup();
    let outlet_boxes = outlets.into_iter().map(|o| {
        let spec = SideSpec::Outlet(o.clone());
        let checked = props.specs.contains(&spec);
        html! { <label class="pick"><input type="checkbox" {checked} onchange={toggle(spec)} />{ o }</label> }
    });
    // A large corpus lists the articles already chosen and those matching a filter, a
    // screenful at a time, not tens of thousands of checkboxes.
    let needle = fold_text(&filter);
    let matching: Vec<&framescope_core::Document> = corpus
        .documents
        .iter()
        .filter(|d| {
            props.specs.contains(&SideSpec::Article(d.id.clone()))
                || needle.is_empty()
                || fold_text(d.display_title()).contains(&needle)
                || d.outlet.value.as_deref().is_some_and(|o| fold_text(o).contains(&needle))
        })
        .collect();
    let shown = matching.len().min(MAX_ARTICLE_BOXES);
    let article_boxes = matching.iter().take(MAX_ARTICLE_BOXES).map(|d| {
        let spec = SideSpec::Article(d.id.clone());
        let checked = props.specs.contains(&spec);
        html! {
            <label class="pick"><input type="checkbox" {checked} onchange={toggle(spec)} />
                { d.display_title().to_string() }<span class="muted">{ format!(" · {}", d.outlet.value.as_deref().unwrap_or("Unattributed")) }</span>
            </label>
        }
    });
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                filter.set(input.value());
            }
        })
    };
    let more = (matching.len() > shown).then(|| {
        html! { <p class="muted">{ format!("Showing {shown} of {} articles: type to narrow the list.", matching.len()) }</p> }
    });
    let few = (props.specs.len() < 2).then(|| {
        html! { <p class="notice" role="status">{ "Pick at least two columns to compare; with one, its words are set against nothing." }</p> }
    });
    html! {
        <form class="picker" aria-label="Columns to compare" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <fieldset>
                <legend>{ "Outlets" }</legend>
                { for outlet_boxes }
            </fieldset>
            <details open={props.explicit && props.specs.iter().any(|s| matches!(s, SideSpec::Article(_)))}>
                <summary>{ "Single articles" }</summary>
                if corpus.documents.len() > MAX_ARTICLE_BOXES {
                    <label class="pick">{ "Find an article " }<input type="search" value={(*filter).clone()} oninput={on_filter} /></label>
                }
                <fieldset><legend class="visually-hidden">{ "Articles" }</legend>{ for article_boxes }</fieldset>
                { for more }
            </details>
            if props.explicit {
                <p><a href={Route::Compare { sides: vec![], show: None }.to_hash()}>{ "Reset to all outlets" }</a></p>
            }
            { for few }
        </form>
    }
}

/// A link to one article's own figure: the article alone, with that figure's sentences open.
fn single_article_trace(id: &str, kind: TraceKind, key: &str) -> String {
    let show = Some(Trace { kind, side: 0, key: key.to_string() });
    Route::Compare { sides: vec![SideSpec::Article(id.to_string())], show }.to_hash()
}

/// An SVG coordinate, to a tenth of a pixel.
fn px(v: f32) -> String {
    fixed(v as f64, 1, false)
}

fn swatch(side: usize) -> Html {
    html! { <span class={classes!("swatch", format!("side-{}", side % 6))} aria-hidden="true"></span> }
}

fn legend(report: &Report) -> Html {
    let items = report.comparison.sides.iter().enumerate().map(|(i, side)| {
        let counted = side.counted.len();
        let note = if counted == side.docs.len() {
            format!("{} {}", counted, if counted == 1 { "article" } else { "articles" })
        } else {
            format!("{} of {} articles counted", counted, side.docs.len())
        };
        html! { <li>{ swatch(i) }<strong>{ side.label.clone() }</strong>{ format!(" — {note}") }</li> }
    });
    html! { <ul class="legend" aria-label="Columns" data-testid="compare-legend">{ for items }</ul> }
}

fn article_link(corpus: &Corpus, doc: u32) -> Html {
    let d = &corpus.documents[doc as usize];
    let href = Route::Article { id: d.id.clone(), view: ArticleView::Clean, line: None, query: None }.to_hash();
    html! { <a {href}>{ d.display_title().to_string() }</a> }
}

/// Reposts: copies left out of the counts, and articles that credit another publisher.
fn copies(ctx: &Ctx) -> Html {
    let corpus = &ctx.corpus;
    let left_out = ctx.report.comparison.copies.iter().map(|c| {
        html! {
            <li data-testid="copy-left-out">
                { article_link(corpus, c.copy) }{ " repeats " }{ article_link(corpus, c.original) }
                { format!(" ({} of the shorter text's five-word runs are shared). It is counted once, as the original.", percent(c.containment)) }
            </li>
        }
    });
    let credited = ctx.report.comparison.sides.iter().flat_map(|s| s.docs.iter().copied()).filter_map(|d| {
        let doc = &corpus.documents[d as usize];
        match (&doc.publisher.value, &doc.outlet.value) {
            (Some(p), o) if Some(p) != o.as_ref() => Some(html! {
                <li data-testid="credited-repost">
                    { article_link(corpus, d) }
                    { format!(" is a repost: {} credits {p} as its publisher. Read its voices as {p}'s.", doc.outlet.value.as_deref().unwrap_or("the page")) }
                </li>
            }),
            _ => None,
        }
    });
    let items: Vec<Html> = left_out.chain(credited).collect();
    html! {
        <section class="panel" aria-labelledby="reposts-heading" data-testid="panel-reposts">
            <h2 id="reposts-heading">{ "Reposts and near-duplicates" }</h2>
            if items.is_empty() {
                <p>{ "No article in this comparison copies another, and none credits another publisher." }</p>
            } else {
                <ul>{ for items }</ul>
            }
        </section>
    }
}

/// Days since 1 January of year 0 of the proleptic calendar, roughly (for drawing only).
fn day_number(year: u16, month: u8, day: u8) -> f32 {
    year as f32 * 365.25 + (month as f32 - 1.0) * 30.44 + (day as f32 - 1.0)
}

/// The articles on a time axis: a day is a dot, a month or a year is a bar as long as the
/// uncertainty, so coverage years apart is never read as same-day.
fn timeline(ctx: &Ctx) -> Html {
    let corpus = &ctx.corpus;
    let mut rows: Vec<(usize, u32)> = Vec::new();
    for (i, side) in ctx.report.comparison.sides.iter().enumerate() {
        for &d in &side.docs {
            rows.push((i, d));
        }
    }
    let spans: Vec<Option<(f32, f32)>> = rows
        .iter()
        .map(|&(_, d)| {
            corpus.documents[d as usize].date.value.map(|date| match date.precision() {
                DatePrecision::Year => (day_number(date.year, 1, 1), day_number(date.year + 1, 1, 1)),
                DatePrecision::Month => {
                    let m = date.month.unwrap_or(1);
                    (day_number(date.year, m, 1), day_number(date.year, m, 1) + 30.44)
                }
                DatePrecision::Day => {
                    let day = day_number(date.year, date.month.unwrap_or(1), date.day.unwrap_or(1));
                    (day, day + 1.0)
                }
            })
        })
        .collect();
    let known: Vec<(f32, f32)> = spans.iter().flatten().copied().collect();
    if known.is_empty() {
        return html! {
            <section class="panel" aria-labelledby="time-heading" data-testid="panel-time">
                <h2 id="time-heading">{ "Time" }</h2><p>{ "None of these articles has a known date." }</p>
            </section>
        };
    }
    let first_year = known.iter().map(|s| (s.0 / 365.25) as u16).min().unwrap_or(2000);
    let last_year = known.iter().map(|s| ((s.1 - 0.5) / 365.25) as u16).max().unwrap_or(first_year) + 1;
    let (x0, x1) = (day_number(first_year, 1, 1), day_number(last_year, 1, 1));
    let (left, width, row_h) = (260.0f32, 480.0f32, 26.0f32);
    let x = |t: f32| left + (t - x0) / (x1 - x0).max(1.0) * width;
    let height = rows.len() as f32 * row_h + 30.0;
    let ticks = (first_year..=last_year).map(|y| {
        let tx = x(day_number(y, 1, 1));
        html! { <g><line x1={px(tx)} x2={px(tx)} y1="0" y2={px(height - 20.0)} class="tick" />
        <text x={px(tx)} y={px(height - 6.0)} class="tick-label" text-anchor="middle">{ y.to_string() }</text></g> }
    });
    let marks = rows.iter().zip(&spans).enumerate().map(|(r, (&(side, d), span))| {
        let doc = &corpus.documents[d as usize];
        let y = r as f32 * row_h + 4.0;
        let title = format!("{} — {} ({})", doc.display_title(), date_text(doc), ctx.label(side));
        let mark = match span {
            Some((a, b)) if doc.date.value.is_some_and(|v| v.precision() == DatePrecision::Day) => {
                let _ = b;
                html! { <circle cx={px(x(*a))} cy={px(y + 9.0)} r="6" class={format!("fill-{}", side % 6)} /> }
            }
            Some((a, b)) => html! {
                <rect x={px(x(*a))} y={px(y + 3.0)} width={px((x(*b) - x(*a)).max(3.0))} height="12" rx="3" class={format!("fill-{} span", side % 6)} />
            },
            None => html! { <text x={px(left)} y={px(y + 13.0)} class="tick-label">{ "date unknown" }</text> },
        };
        let short: String = doc.display_title().chars().take(34).collect();
        let short = if short.len() < doc.display_title().len() { format!("{short}…") } else { short };
        html! {
            <g><title>{ title }</title>
                <text x="0" y={px(y + 13.0)} class="row-label">{ short }</text>
                { mark }
            </g>
        }
    });
    let list = rows.iter().map(|&(side, d)| {
        let doc = &corpus.documents[d as usize];
        let precision =
            doc.date.value.map_or("unknown".to_string(), |v| format!("known to the {}", v.precision().as_str()));
        html! { <li>{ swatch(side) }{ article_link(corpus, d) }{ format!(" — {} ({precision})", date_text(doc)) }</li> }
    });
    html! {
        <section class="panel" aria-labelledby="time-heading" data-testid="panel-time">
            <h2 id="time-heading">{ "Time" }</h2>
            <p class="muted">{ "A dot is a known day; a bar spans the month or year the text allows." }</p>
            <svg class="timeline" viewBox={format!("0 0 {} {}", px(left + width + 24.0), px(height))} role="img"
                aria-label="Timeline of the compared articles; the same dates are listed below">{ for ticks }{ for marks }</svg>
            <ul class="timeline-list">{ for list }</ul>
        </section>
    }
}

use crate::numbers::{count, fixed, percent};

/// Frame profiles: a bar chart of shares per column, a table with the same links, and
/// the top frames of each article.
fn frames_panel(ctx: &Ctx) -> Html {
    let report = &ctx.report;
    let sides = report.comparison.sides.len();
    let (left, width, bar_h) = (300.0f32, 400.0f32, 9.0f32);
    let group_h = bar_h * sides as f32 + 8.0;
    let max = report.frames.iter().flatten().map(|f| f.share).fold(0.05f32, f32::max);
    let groups = Frame::ALL.iter().enumerate().map(|(r, frame)| {
        let y0 = r as f32 * group_h;
        let bars = (0..sides).map(|s| {
            let f = &report.frames[s][r];
            let w = f.share / max * width;
            let y = y0 + s as f32 * bar_h;
            html! {
                <a href={ctx.trace(TraceKind::Frame, s, frame.key())} tabindex="-1">
                    <title>{ format!("{}: {} of sentences in {} ({})", frame.label(), percent(f.share), ctx.label(s), count(f.sentences.len(), "sentence", "sentences")) }</title>
                    <rect x={px(left)} y={px(y)} width={px(w.max(1.0))} height={px(bar_h - 1.0)} class={format!("fill-{}", s % 6)} />
                    <text x={px(left + w + 4.0)} y={px(y + bar_h - 2.0)} class="bar-value">{ percent(f.share) }</text>
                </a>
            }
        });
        html! {
            <g>
                <text x={px(left - 6.0)} y={px(y0 + group_h / 2.0)} text-anchor="end" class="row-label">{ frame.label() }</text>
                { for bars }
            </g>
        }
    });
    let head = (0..sides).map(|s| html! { <th scope="col">{ swatch(s) }{ ctx.label(s).to_string() }</th> });
    let rows = Frame::ALL.iter().enumerate().map(|(r, frame)| {
        let cells = (0..sides).map(|s| {
            let f = &report.frames[s][r];
            html! { <td><a href={ctx.trace(TraceKind::Frame, s, frame.key())} data-testid="frame-share">{ percent(f.share) }</a>
                <span class="muted">{ format!(" ({})", f.sentences.len()) }</span></td> }
        });
        html! { <tr><th scope="row">{ frame.label() }</th>{ for cells }</tr> }
    });
    let articles = report.article_frames.iter().map(|(d, profile)| {
        let mut top: Vec<_> = profile.iter().filter(|f| f.frame != Frame::Other && !f.sentences.is_empty()).collect();
        framescope_core::order::order_by(&mut top, |f| (-framescope_core::order::float_key(f.share as f64), 0));
        let id = &ctx.corpus.documents[*d as usize].id;
        let top = top.iter().take(3).map(|f| {
            let href = single_article_trace(id, TraceKind::Frame, f.frame.key());
            html! { <>{ " " }<a {href}>{ format!("{} {}", f.frame.label(), percent(f.share)) }</a></> }
        });
        html! { <li>{ article_link(&ctx.corpus, *d) }{ ":" }{ for top }</li> }
    });
    html! {
        <section class="panel" aria-labelledby="frames-heading" data-testid="panel-frames">
            <h2 id="frames-heading">{ "Frames" }</h2>
            <p class="muted">{ "Share of body sentences with a cue of each frame of the Policy Frames Codebook (a sentence can carry several). Cues come from a documented lexicon; open a figure to see the sentences with their cue words marked." }</p>
            // The chart repeats the table below for the eye; its bars are links for the mouse,
            // kept out of the tab order and hidden from screen readers, which get the table.
            <svg class="frame-chart" aria-hidden="true" focusable="false" viewBox={format!("0 0 {} {}", px(left + width + 50.0), px(group_h * 15.0))} >{ for groups }</svg>
            <div class="table-scroll">
                <table class="frame-table">
                    <caption>{ "Share of sentences per frame" }</caption>
                    <thead><tr><th scope="col">{ "Frame" }</th>{ for head }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <h3>{ "Leading frames of each article" }</h3>
            <ul>{ for articles }</ul>
        </section>
    }
}

fn voices_panel(ctx: &Ctx) -> Html {
    let columns = ctx.report.voices.iter().enumerate().map(|(s, v)| {
        let categories = v.categories.iter().map(|c| {
            html! { <li><a href={ctx.trace(TraceKind::Voice, s, &c.category.key())}>{ percent(c.share) }</a>
                { format!(" {} — {} quotes, {} words", c.category.label(), c.quotes.len(), c.words) }</li> }
        });
        let speakers = v.speakers.iter().map(|sp| {
            html! { <li><a href={ctx.trace(TraceKind::Speaker, s, &sp.name)} data-testid="speaker-share">{ percent(sp.share) }</a>
                { " " }<strong>{ sp.name.clone() }</strong>{ format!(" ({}) — {} quotes, {} words", sp.category.label(), sp.quotes.len(), sp.words) }</li> }
        });
        html! {
            <div class="column">
                <h3>{ swatch(s) }{ ctx.label(s).to_string() }</h3>
                if v.speakers.is_empty() {
                    <p>{ "No quotes." }</p>
                } else {
                    <p class="muted">{ format!("{} quoted words. Share of them by kind of speaker:", v.words) }</p>
                    <ul>{ for categories }</ul>
                    <p class="muted">{ "By speaker:" }</p>
                    <ol>{ for speakers }</ol>
                }
            </div>
        }
    });
    html! {
        <section class="panel" aria-labelledby="voices-heading" data-testid="panel-voices">
            <h2 id="voices-heading">{ "Voices" }</h2>
            <p class="muted">{ "Who each column quotes, and each speaker's share of the words quoted (direct and reported)." }</p>
            <div class="columns">{ for columns }</div>
        </section>
    }
}

fn words_panel(ctx: &Ctx) -> Html {
    let columns = ctx.report.words.iter().enumerate().map(|(s, w)| {
        let rows = w.top.iter().map(|word| {
            html! { <tr><th scope="row"><a href={ctx.trace(TraceKind::Word, s, &word.word)} data-testid="distinctive-word">{ word.word.clone() }</a></th>
                <td>{ fixed(word.z, 2, false) }</td><td>{ word.count }</td><td>{ word.other_count }</td></tr> }
        });
        html! {
            <div class="column">
                <h3>{ swatch(s) }{ ctx.label(s).to_string() }</h3>
                if let Some(warning) = w.warning() { <p class="notice" role="note">{ warning }</p> }
                if w.top.is_empty() {
                    <p>{ "No word is used here often enough (3 times or more) and more than elsewhere." }</p>
                } else {
                    <table class="words-table">
                        <caption class="visually-hidden">{ format!("Distinctive words of {}", ctx.label(s)) }</caption>
                        <thead><tr><th scope="col">{ "Word" }</th><th scope="col">{ "z" }</th><th scope="col">{ "Here" }</th><th scope="col">{ "Elsewhere" }</th></tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                }
            </div>
        }
    });
    html! {
        <section class="panel" aria-labelledby="words-heading" data-testid="panel-words">
            <h2 id="words-heading">{ "Distinctive words" }</h2>
            <p class="muted">{ "Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008) of each column against the other columns. z above 1.96 is unlikely to be chance; counts are of body words, stop words and numbers not listed." }</p>
            <div class="columns">{ for columns }</div>
        </section>
    }
}

/// A sentence with some of its words marked, and a link to it in the reading view.
fn sentence_view(corpus: &Corpus, s: u32, marks: &[(usize, usize)]) -> Html {
    let sentence = &corpus.framing.sentences[s as usize];
    let doc = &corpus.documents[sentence.doc as usize];
    let href = Route::Article { id: doc.id.clone(), view: ArticleView::Clean, line: Some(sentence.line), query: None }
        .to_hash();
    html! {
        <>
            <span class="sentence">{ highlighted(corpus.sentence_text(s), marks, 0, None) }</span>
            <span class="source">{ " — " }<a {href} data-testid="evidence-link">{ format!("{}, line {}", doc.display_title(), sentence.line) }</a></span>
        </>
    }
}

/// Byte ranges, within the sentence, of its words that fold to one of `keys`.
fn word_marks(text: &str, keys: &[String]) -> Vec<(usize, usize)> {
    let keys: Vec<String> = keys.iter().flat_map(|k| words(k).map(|w| fold(w.text)).collect::<Vec<_>>()).collect();
    words(text).filter(|w| keys.contains(&fold(w.text))).map(|w| (w.start, w.end())).collect()
}

fn facts_panel(ctx: &Ctx) -> Html {
    let corpus = &ctx.corpus;
    let facts = &ctx.report.facts;
    let pairs = facts.shared.iter().take(40).map(|&i| {
        let a = &corpus.framing.alignments[i as usize];
        let marks_a = word_marks(corpus.sentence_text(a.a), &a.shared_terms);
        let marks_b = word_marks(corpus.sentence_text(a.b), &a.shared_terms);
        html! {
            <li class="pair" data-testid="aligned-pair">
                <p class="pair-score">{ format!("Score {} · shared: {}", fixed(a.score as f64, 2, false), a.shared_terms.join(", ")) }</p>
                <blockquote>{ sentence_view(corpus, a.a, &marks_a) }</blockquote>
                <blockquote>{ sentence_view(corpus, a.b, &marks_b) }</blockquote>
            </li>
        }
    });
    let unique = facts.unique.iter().enumerate().map(|(s, list)| {
        html! { <li>{ swatch(s) }<a href={ctx.trace(TraceKind::Unique, s, "")} data-testid="unique-count">{ count(list.len(), "sentence", "sentences") }</a>{ format!(" only in {}", ctx.label(s)) }</li> }
    });
    let more = facts.shared.len().saturating_sub(40);
    html! {
        <section class="panel" aria-labelledby="facts-heading" data-testid="panel-facts">
            <h2 id="facts-heading">{ "Shared and unique facts" }</h2>
            <p class="muted">{ "Sentences of two columns that report the same fact: word overlap weighted by rarity (TF-IDF cosine) plus shared names and numbers; each sentence pairs at most once with each other article." }</p>
            if facts.shared.is_empty() {
                <p>{ "No sentence in one column reports the same fact as a sentence in another." }</p>
            } else {
                <p>{ format!("{} pairs, best first.", facts.shared.len()) }</p>
                <ol class="pairs">{ for pairs }</ol>
                if more > 0 { <p>{ format!("{more} more pairs are in the JSON and CSV downloads.") }</p> }
            }
            <h3>{ "Reported by one column only" }</h3>
            <ul>{ for unique }</ul>
        </section>
    }
}

fn tone_panel(ctx: &Ctx) -> Html {
    let corpus = &ctx.corpus;
    let columns = ctx.report.tone.iter().enumerate().map(|(s, t)| {
        let drivers = t.drivers.iter().map(|&d| {
            let tone = &corpus.framing.tone[d as usize];
            let start = corpus.framing.sentences[d as usize].start;
            let marks: Vec<(usize, usize)> = tone
                .cues
                .iter()
                .map(|c| ((c.span.start - start) as usize, (c.span.end - start) as usize))
                .collect();
            html! { <li><span class="score">{ format!("{} ", fixed(tone.compound as f64, 2, true)) }</span>{ sentence_view(corpus, d, &marks) }</li> }
        });
        html! {
            <div class="column">
                <h3>{ swatch(s) }{ ctx.label(s).to_string() }</h3>
                <p>{ format!("Mean {} over {}: ", fixed(t.mean as f64, 2, true), count(t.sentences, "sentence", "sentences")) }
                    <a href={ctx.trace(TraceKind::Positive, s, "")} data-testid="tone-positive">{ format!("{} positive", t.positive.len()) }</a>{ ", " }
                    <a href={ctx.trace(TraceKind::Negative, s, "")}>{ format!("{} negative", t.negative.len()) }</a>{ "." }</p>
                <p class="muted">{ "The sentences that weigh most:" }</p>
                <ul class="drivers">{ for drivers }</ul>
            </div>
        }
    });
    let articles = ctx.report.article_tone.iter().map(|(d, t)| {
        let id = &corpus.documents[*d as usize].id;
        html! { <li>{ article_link(corpus, *d) }{ format!(": {} (", fixed(t.mean as f64, 2, true)) }
            <a href={single_article_trace(id, TraceKind::Positive, "")}>{ format!("{} positive", t.positive.len()) }</a>{ ", " }
            <a href={single_article_trace(id, TraceKind::Negative, "")}>{ format!("{} negative", t.negative.len()) }</a>
            { format!(" of {})", t.sentences) }</li> }
    });
    html! {
        <section class="panel" aria-labelledby="tone-heading" data-testid="panel-tone">
            <h2 id="tone-heading">{ "Tone" }</h2>
            <p class="muted">{ "Sentence sentiment with VADER's lexicon and rules (Hutto and Gilbert 2014): compound from −1 to +1; a sentence at +0.05 or more is positive, at −0.05 or less negative. News tone is a weak signal: read the sentences." }</p>
            <div class="columns">{ for columns }</div>
            <h3>{ "Per article" }</h3>
            <ul>{ for articles }</ul>
        </section>
    }
}

fn entities_panel(ctx: &Ctx) -> Html {
    let corpus = &ctx.corpus;
    let sides = ctx.report.comparison.sides.len();
    let chip = |e: &framescope_core::compare::EntitySpread, s: usize| {
        let entity = &corpus.entities[e.entity as usize];
        html! { <li><a class={classes!("chip", e.kind.as_str())} href={ctx.trace(TraceKind::Entity, s, &entity.id)}>
        { entity.name.clone() }<span class="count">{ e.mentions[s] }</span></a></li> }
    };
    let shared: Vec<&framescope_core::compare::EntitySpread> =
        ctx.report.entities.iter().filter(|e| e.sides() >= 2 && e.kind != EntityKind::Other).collect();
    let shared_rows = shared.iter().take(30).map(|e| {
        let entity = &corpus.entities[e.entity as usize];
        let cells = (0..sides).map(|s| {
            if e.mentions[s] > 0 {
                html! { <td><a href={ctx.trace(TraceKind::Entity, s, &entity.id)}>{ e.mentions[s] }</a></td> }
            } else {
                html! { <td class="muted">{ "—" }</td> }
            }
        });
        html! { <tr><th scope="row">{ entity.name.clone() }<span class="muted">{ format!(" ({})", e.kind.as_str()) }</span></th>{ for cells }</tr> }
    });
    let head = (0..sides).map(|s| html! { <th scope="col">{ swatch(s) }{ ctx.label(s).to_string() }</th> });
    let unique = (0..sides).map(|s| {
        let only: Vec<&framescope_core::compare::EntitySpread> =
            ctx.report.entities.iter().filter(|e| e.sides() == 1 && e.mentions[s] > 0).take(25).collect();
        html! {
            <div class="column">
                <h3>{ swatch(s) }{ format!("Only in {}", ctx.label(s)) }</h3>
                if only.is_empty() { <p>{ "None." }</p> } else { <ul class="chips">{ for only.iter().map(|e| chip(e, s)) }</ul> }
            </div>
        }
    });
    html! {
        <section class="panel" aria-labelledby="entities-heading" data-testid="panel-entities">
            <h2 id="entities-heading">{ "People, organisations and places" }</h2>
            <h3>{ format!("Named in two columns or more ({})", shared.len()) }</h3>
            if shared.is_empty() { <p>{ "No person, organisation or place is named in more than one column." }</p> } else {
                <div class="table-scroll">
                    <table>
                        <caption class="visually-hidden">{ "Mentions of shared entities per column" }</caption>
                        <thead><tr><th scope="col">{ "Named" }</th>{ for head }</tr></thead>
                        <tbody>{ for shared_rows }</tbody>
                    </table>
                </div>
            }
            <div class="columns">{ for unique }</div>
        </section>
    }
}

/// The JSON of the whole comparison and a CSV per panel: (file name, data link, test id).
fn download_links(corpus: &Corpus, report: &Report) -> Vec<(String, String, String)> {
    let json = format!(
        "data:application/json;charset=utf-8,{}",
        crate::route::percent_encode(&export::report_json(corpus, report))
    );
    let mut out = vec![("framescope-compare.json".to_string(), json, "compare-json".to_string())];
    for (name, csv) in [
        ("frames", export::frames_csv(report)),
        ("frame-evidence", export::frame_evidence_csv(corpus, report)),
        ("voices", export::voices_csv(report)),
        ("distinctive-words", export::words_csv(report)),
        ("shared-facts", export::facts_csv(corpus, report)),
        ("tone", export::tone_csv(corpus, report)),
        ("entities", export::entities_csv(corpus, report)),
    ] {
        out.push((format!("framescope-compare-{name}.csv"), data_link(&csv), format!("csv-{name}")));
    }
    out
}

fn downloads(files: &[(String, String, String)]) -> Html {
    let links = files.iter().map(|(file, href, testid)| {
        let label = if testid == "compare-json" {
            "Everything (JSON)".to_string()
        } else {
            file.trim_start_matches("framescope-compare-").to_string()
        };
        html! { <li><a href={href.clone()} download={file.clone()} data-testid={testid.clone()}>{ label }</a></li> }
    });
    html! {
        <section class="panel" aria-labelledby="downloads-heading" data-testid="panel-downloads">
            <h2 id="downloads-heading">{ "Download this comparison" }</h2>
            <ul class="downloads">{ for links }</ul>
        </section>
    }
}

/// The sentences behind one figure.
fn evidence_panel(ctx: &Ctx, trace: &Trace) -> Html {
    let corpus = &ctx.corpus;
    let report = &ctx.report;
    let close = Route::Compare { sides: ctx.specs.clone(), show: None }.to_hash();
    let Some(side) = report.comparison.sides.get(trace.side) else {
        return html! {
            <section class="panel evidence" data-testid="evidence">
                <h2>{ "Evidence" }</h2>
                <p role="alert">{ format!("“show={}:{}” names column {}, but this comparison has {} (counted from 0).", trace.kind.as_str(), trace.side, trace.side, report.comparison.sides.len()) }</p>
                <p><a href={close}>{ "Close" }</a></p>
            </section>
        };
    };
    let sentences_of = |sentences: &[u32], marks: &dyn Fn(u32) -> Vec<(usize, usize)>| -> Vec<Html> {
        sentences.iter().map(|&s| html! { <li>{ sentence_view(corpus, s, &marks(s)) }</li> }).collect()
    };
    let local = |s: u32, spans: Vec<(u32, u32)>| -> Vec<(usize, usize)> {
        let start = corpus.framing.sentences[s as usize].start;
        let mut v: Vec<(usize, usize)> =
            spans.into_iter().map(|(a, b)| ((a - start) as usize, (b - start) as usize)).collect();
        v.sort_unstable();
        v
    };
    let (title, items): (String, Vec<Html>) = match trace.kind {
        TraceKind::Frame => {
            let frame = Frame::from_key(&trace.key);
            match frame.and_then(|f| report.frames[trace.side].iter().find(|p| p.frame == f)) {
                Some(p) => (
                    format!(
                        "{} in {}: {} of {} sentences",
                        p.frame.label(),
                        side.label,
                        p.sentences.len(),
                        report.tone[trace.side].sentences
                    ),
                    sentences_of(&p.sentences, &|s| {
                        let spans = corpus
                            .framing
                            .frames_of(s)
                            .into_iter()
                            .filter(|(f, _)| *f == p.frame)
                            .flat_map(|(_, sp)| sp);
                        local(s, spans.map(|sp| (sp.start, sp.end)).collect())
                    }),
                ),
                None => (format!("“{}” is not a frame", trace.key), vec![]),
            }
        }
        TraceKind::Word => {
            let key = fold(&trace.key);
            let list: Vec<u32> = corpus
                .sentences_of(&side.counted)
                .into_iter()
                .filter(|&s| words(corpus.sentence_text(s)).any(|w| fold(w.text) == key))
                .collect();
            (
                format!("“{}” in {}: {}", trace.key, side.label, count(list.len(), "sentence", "sentences")),
                sentences_of(&list, &|s| word_marks(corpus.sentence_text(s), std::slice::from_ref(&key))),
            )
        }
        TraceKind::Positive | TraceKind::Negative => {
            let positive = trace.kind == TraceKind::Positive;
            let t = &report.tone[trace.side];
            let list = if positive { &t.positive } else { &t.negative };
            (
                format!(
                    "{} sentences in {}: {}",
                    if positive { "Positive" } else { "Negative" },
                    side.label,
                    list.len()
                ),
                sentences_of(list, &|s| {
                    let tone = &corpus.framing.tone[s as usize];
                    local(s, tone.cues.iter().map(|c| (c.span.start, c.span.end)).collect())
                }),
            )
        }
        TraceKind::Unique => {
            let list = &report.facts.unique[trace.side];
            (
                format!("Reported only in {}: {}", side.label, count(list.len(), "sentence", "sentences")),
                sentences_of(list, &|_| vec![]),
            )
        }
        TraceKind::Entity => match corpus.entities.iter().position(|e| e.id == trace.key) {
            Some(e) => {
                let entity = &corpus.entities[e];
                let mut list: Vec<(u32, Vec<(u32, u32)>)> = Vec::new();
                let column = report.comparison.column_of_doc(corpus.documents.len());
                for m in &entity.mentions {
                    if column.get(m.doc as usize).copied().flatten() != Some(trace.side) {
                        continue;
                    }
                    let Some(s) = corpus.sentence_at(m.doc, m.block, m.start) else { continue };
                    match list.last_mut() {
                        Some((last, spans)) if *last == s => spans.push((m.start, m.end)),
                        _ => list.push((s, vec![(m.start, m.end)])),
                    }
                }
                let items = list
                    .iter()
                    .map(|(s, spans)| html! { <li>{ sentence_view(corpus, *s, &local(*s, spans.clone())) }</li> })
                    .collect();
                (format!("{} in {}: {}", entity.name, side.label, count(list.len(), "sentence", "sentences")), items)
            }
            None => (format!("No entity has the id “{}”", trace.key), vec![]),
        },
        TraceKind::Voice | TraceKind::Speaker => {
            let voices = &report.voices[trace.side];
            let quotes: Vec<u32> = if trace.kind == TraceKind::Voice {
                voices
                    .categories
                    .iter()
                    .find(|c| c.category.key() == trace.key)
                    .map(|c| c.quotes.clone())
                    .unwrap_or_default()
            } else {
                voices.speakers.iter().find(|s| s.name == trace.key).map(|s| s.quotes.clone()).unwrap_or_default()
            };
            let items = quotes
                .iter()
                .map(|&q| {
                    let quote = &corpus.quotes[q as usize];
                    let doc = &corpus.documents[quote.doc as usize];
                    let block = &doc.blocks[quote.block as usize];
                    let words = block.text.get(quote.start as usize..quote.end as usize).unwrap_or("");
                    let href = Route::Article { id: doc.id.clone(), view: ArticleView::Clean, line: Some(block.first_line), query: None }.to_hash();
                    html! { <li><strong>{ quote.speaker_name.clone() }</strong>{ format!(" ({}, {}): ", quote.category.label(), quote.kind.as_str()) }
                        <q>{ words }</q>{ " — " }<a {href} data-testid="evidence-link">{ format!("{}, line {}", doc.display_title(), block.first_line) }</a></li> }
                })
                .collect::<Vec<Html>>();
            (format!("Quotes of {} in {}: {}", trace.key, side.label, items.len()), items)
        }
    };
    html! {
        <section class="panel evidence" aria-labelledby="evidence-heading" data-testid="evidence">
            <h2 id="evidence-heading">{ "Evidence: " }{ title }</h2>
            <p><a href={close}>{ "Close the evidence" }</a></p>
            if items.is_empty() { <p>{ "No sentence." }</p> } else { <ol class="evidence-list">{ for items }</ol> }
        </section>
    }
}
