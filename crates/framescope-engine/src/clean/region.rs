//! Step 4b: where the article starts and ends, and the role of every unit.
//!
//! The body starts at the first prose paragraph (jusText good or near-good) after
//! the headline that no cue marks as chrome. It runs until a cue that ends articles
//! (comment form, copyright line, teaser list, share bar, donation appeal…); a cue
//! that only interrupts (advertisement, newsletter box, inline "Read more: …") or
//! only weakly suggests chrome ends it only if no prose follows. Inside the body,
//! short lines between prose paragraphs stay article text (jusText's context rule)
//! unless a cue says otherwise; after the end everything is chrome, labelled with the
//! reason its own cues give, else the reason of the section heading it sits under.

use framescope_core::{BlockRole, ChromeReason, MetaKind};

use super::cues::{self, Flow, Hit, Strength, Verdict};
use super::features::{self, Class, Features};
use super::meta::{self, Piece};
use super::segment::Unit;
use super::title::{self, TitleMatch};

/// A unit's metadata, if the line is one whatever its position.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Meta {
    /// The whole unit is one kind of metadata.
    Whole(MetaKind),
    /// The unit holds several parts (dateline, byline, language switcher).
    Split(Vec<Piece>),
}

/// Everything measured about one unit before its position is considered.
#[derive(Debug, Clone)]
pub(crate) struct Facts {
    /// jusText features.
    pub f: Features,
    /// jusText context-free class.
    pub class: Class,
    /// Cue hits.
    pub hits: Vec<Hit>,
    /// The lexicon's judgement.
    pub verdict: Option<Verdict>,
    /// Metadata recognised from the line's form.
    pub meta: Option<Meta>,
    /// Reads like a heading.
    pub heading: bool,
    /// A live blog entry's sign-off ("— Khulan Batsaikhan").
    pub sign_off: bool,
}

impl Facts {
    /// Measures a unit.
    pub fn of(text: &str) -> Facts {
        let f = features::features(text);
        let class = features::classify(&f, text);
        let hits = cues::scan(text);
        let verdict = cues::verdict(text, &hits);
        let heading = features::heading_like(&f, text);
        Facts { f, class, hits, verdict, meta: meta_of(text), heading, sign_off: meta::is_sign_off(text) }
    }

    /// Measures a unit; one of several lines, each metadata on its own ("Episode 112 · 34
    /// min · Published 14 July 2026" over "Hosted by …"), is metadata line by line.
    pub fn of_unit(u: &Unit) -> Facts {
        let mut facts = Facts::of(&u.text);
        if facts.meta.is_none() && u.line_starts.len() > 1 {
            let bounds: Vec<usize> =
                u.line_starts.iter().map(|&(at, _)| at).chain(std::iter::once(u.text.len())).collect();
            let mut pieces = Vec::new();
            for w in bounds.windows(2) {
                let line = &u.text[w[0]..w[1]];
                let trimmed_end = w[0] + line.trim_end().len();
                match meta_of(line.trim_end()) {
                    Some(Meta::Whole(kind)) => pieces.push((w[0]..trimmed_end, BlockRole::Metadata(kind))),
                    Some(Meta::Split(parts)) => {
                        pieces.extend(parts.into_iter().map(|(r, role)| (r.start + w[0]..r.end + w[0], role)))
                    }
                    None => return facts,
                }
            }
            facts.meta = Some(Meta::Split(pieces));
            facts.verdict = None;
        }
        facts
    }

    fn strong(&self) -> bool {
        self.verdict.is_some_and(|v| v.strength == Strength::Strong)
    }

    /// Chrome wherever it stands: a strong cue that is not merely tentative.
    fn chrome_in_place(&self) -> bool {
        self.verdict.is_some_and(|v| v.strength == Strength::Strong && v.flow != Flow::Tentative)
    }

    fn prose(&self) -> bool {
        matches!(self.class, Class::Good | Class::NearGood)
    }

    /// A section label in capitals ("POLITICS", "LOCAL NEWS"): a menu item, not a
    /// headline, even when it has three words.
    fn label(&self) -> bool {
        self.f.caps_share > 0.9 && (1..=4).contains(&self.f.words)
    }

    /// Could be article text: not metadata and not marked as chrome by any cue.
    fn plain(&self) -> bool {
        self.meta.is_none() && self.verdict.is_none()
    }
}

/// Metadata recognisable from the line alone. A line that splits into several parts
/// is tried first, so "By X | July 3, 2023" gives a byline and a dateline, not one byline.
fn meta_of(text: &str) -> Option<Meta> {
    if let Some(pieces) = meta::split_meta_line(text) {
        return Some(match pieces.as_slice() {
            [(_, BlockRole::Metadata(kind))] => Meta::Whole(*kind),
            _ => Meta::Split(pieces),
        });
    }
    let kind = if meta::is_byline(text) {
        MetaKind::Byline
    } else if meta::is_contributor(text) {
        MetaKind::Contributor
    } else if meta::is_source_credit(text) {
        MetaKind::SourceCredit
    } else if meta::is_date_line(text) {
        MetaKind::Dateline
    } else {
        return None;
    };
    Some(Meta::Whole(kind))
}

/// Where the title, the body start and the body end are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Layout {
    /// The headline unit.
    pub title: Option<TitleMatch>,
    /// First unit of the body region.
    pub start: Option<usize>,
    /// One past the last unit of the body region.
    pub end: usize,
}

/// A headline without a hint: at least three words, capitalised, no full stop.
fn title_like(x: &Facts, text: &str) -> bool {
    let t = text.trim_end().trim_end_matches(['"', '”', '\'', '’']);
    let first = text.chars().find(|c| c.is_alphanumeric());
    (3..=30).contains(&x.f.words)
        && x.f.chars <= 200
        && x.f.link_density == 0.0
        && !t.ends_with(['.', ':', ';', ','])
        && first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Finds the headline, the start and the end of the body.
pub(crate) fn layout(units: &[Unit], facts: &[Facts], hint: Option<&str>) -> Layout {
    let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
    let title = hint.and_then(|h| title::find(&texts, h)).or_else(|| guess_title(&texts, facts));
    let after_title = title.map_or(0, |t| t.index() + 1);
    let start = body_start(&texts, facts, after_title, hint);
    let end = start.map_or(units.len(), |s| body_end(facts, s));
    Layout { title, start, end }
}

/// No hint: the nearest title-like line before the first good paragraph.
fn guess_title(texts: &[&str], facts: &[Facts]) -> Option<TitleMatch> {
    let first_good = facts
        .iter()
        .position(|x| x.class == Class::Good && x.plain())
        .or_else(|| facts.iter().position(|x| x.prose() && x.plain()))?;
    (0..first_good)
        .rev()
        .find(|&i| {
            let x = &facts[i];
            x.plain() && !x.label() && !meta::is_form_label(texts[i]) && title_like(x, texts[i])
        })
        .map(TitleMatch::Whole)
}

/// The first unit of the body: the first prose unit from `from` that no cue marks and
/// that is not metadata nor a copy of the headline; failing prose, the first sentence.
fn body_start(texts: &[&str], facts: &[Facts], from: usize, hint: Option<&str>) -> Option<usize> {
    let usable = |i: usize| facts[i].plain() && !hint.is_some_and(|h| title::contains_title(texts[i], h));
    let found = (from..facts.len())
        .find(|&i| usable(i) && facts[i].prose())
        .or_else(|| (from..facts.len()).find(|&i| usable(i) && features::sentence_like(&facts[i].f)))?;
    // A story may open with a short sentence ("WASHINGTON (Reuters) - Rates held.").
    let mut start = found;
    while start > from && usable(start - 1) && features::sentence_like(&facts[start - 1].f) {
        start -= 1;
    }
    Some(start)
}

/// Units a continuation check may skip: chrome and metadata standing between paragraphs.
const MAX_SKIP: usize = 5;

/// True if article prose follows unit `i`: after interruptions (chrome and metadata) and
/// at most two short lines that are not prose (a subheading, a live blog's "12:41 a.m.").
fn continues(facts: &[Facts], i: usize) -> bool {
    let mut short_lines = 0;
    for x in facts.iter().skip(i + 1).take(MAX_SKIP + 3) {
        if x.strong() || x.meta.is_some() {
            continue;
        }
        if x.prose() && x.verdict.is_none() {
            return true;
        }
        if (x.verdict.is_some() || x.heading || x.f.words <= 4) && x.f.chars <= 100 && short_lines < 2 {
            short_lines += 1;
            continue;
        }
        return false;
    }
    false
}

/// One past the last unit of the body region: the first chrome that ends articles, or
/// that interrupts with no prose after it, or the unit after a closing credit line.
fn body_end(facts: &[Facts], start: usize) -> usize {
    // Until the first long paragraph the body may still be in its header (standfirst,
    // credits, a share bar); chrome there ends nothing if the article goes on.
    let mut in_header = facts[start].class != Class::Good;
    for (i, x) in facts.iter().enumerate().skip(start + 1) {
        if x.class == Class::Good && x.plain() {
            in_header = false;
        }
        // (A byline or a date after a standfirst is the header still: "Standfirst. | By … |
        // November 14, 2026 · 22 min read | Share …", then the story.)
        if matches!(x.meta, Some(Meta::Whole(MetaKind::Byline | MetaKind::Dateline))) {
            in_header = true;
        }
        // A contributor or source-credit line closes a story: the article ends after
        // it unless prose follows.
        let closing = matches!(x.meta, Some(Meta::Whole(MetaKind::Contributor | MetaKind::SourceCredit)));
        if closing && !continues(facts, i) {
            return i + 1;
        }
        let Some(v) = x.verdict else { continue };
        if !cues::terminates(v.reason) {
            continue;
        }
        // A live blog signs each entry and gives it a share bar: the bar after a sign-off
        // ends the article only if no entry follows.
        let signed = facts[i.saturating_sub(2)..i].iter().any(|x| x.sign_off);
        let ends = match (v.strength, v.flow) {
            (Strength::Strong, Flow::Ends) if !in_header && !signed => true,
            _ => !continues(facts, i),
        };
        if ends {
            return i;
        }
    }
    facts.len()
}

/// The role of each unit, as pieces of its text (most units are one piece).
pub(crate) fn roles(units: &[Unit], facts: &[Facts], lay: &Layout, hint: Option<&str>) -> Vec<Vec<Piece>> {
    let n = units.len();
    let title_at = lay.title.map(TitleMatch::index);
    let start = lay.start.unwrap_or(n);
    let last_content = (start..lay.end)
        .rev()
        .find(|&i| {
            let x = &facts[i];
            x.meta.is_none()
                && !x.strong()
                && x.verdict.is_none()
                && (x.prose() || features::sentence_like(&x.f) || x.f.chars >= features::LENGTH_LOW)
        })
        .unwrap_or(start);
    let mut section: Option<ChromeReason> = None;
    // The reason of a summary box whose items follow (a label that interrupts the body).
    let mut boxed: Option<ChromeReason> = None;
    // A wire dateline opens the first paragraph of the story proper, which may follow a
    // standfirst (and a byline and a date) inside the body region: the first two body
    // paragraphs may carry it.
    let mut leads_left = 2u8;
    let mut out = Vec::with_capacity(n);
    for (i, (u, x)) in units.iter().zip(facts).enumerate() {
        let whole = |role: BlockRole| vec![(0..u.text.len(), role)];
        let chrome = |fallback: ChromeReason| whole(BlockRole::Chrome(cues::reason_of(&x.hits).unwrap_or(fallback)));
        // The line under a byline that gives the writer's job or outlet ("City Hall
        // reporter", "Register music writer") belongs to the byline.
        let after_byline = matches!(out.last().map(Vec::as_slice), Some([(_, BlockRole::Metadata(MetaKind::Byline))]));
        let byline_tail = after_byline
            && x.meta.is_none()
            && x.verdict.is_none()
            && !x.prose()
            && (1..=5).contains(&x.f.words)
            && x.f.chars <= 60
            && !u.text.trim_end().ends_with(['.', '!', '?', ':', '"', '”'])
            && !u.text.chars().any(|c| c.is_ascii_digit());
        // Short items under a summary box's label ("Key events") are its links, until prose.
        let in_body = (start..lay.end).contains(&i);
        let in_box = in_body && boxed.is_some() && x.verdict.is_none() && !x.prose() && x.f.chars <= 120;
        let pieces = if Some(i) == title_at {
            match lay.title {
                Some(TitleMatch::AfterPrefix(_, cut)) => {
                    vec![(0..cut, BlockRole::Chrome(ChromeReason::Navigation)), (cut..u.text.len(), BlockRole::Title)]
                }
                _ => whole(BlockRole::Title),
            }
        } else if byline_tail {
            whole(BlockRole::Metadata(MetaKind::Byline))
        } else if let (true, Some(reason)) = (in_box, boxed) {
            whole(BlockRole::Chrome(reason))
        } else if i < start {
            before(u, x, title_at.is_some_and(|t| i > t), title_at.is_none_or(|t| i < t), hint)
        } else if i >= lay.end {
            if u.blank_before >= 2 {
                section = None;
            }
            // A unit's own cues label it when they are clear (a verdict, or two or more
            // hits); else it belongs to the section whose heading it sits under; a
            // double blank line closes a section.
            let own = x
                .verdict
                .map(|v| v.reason)
                .or_else(|| cues::reason_of(&x.hits).filter(|&r| cues::weight(&x.hits, r) >= 2));
            // Players, captions and menus are items inside a section, not its heading.
            if own.is_some_and(cues::terminates) {
                section = own;
            }
            let reason = own.or(section).or_else(|| cues::reason_of(&x.hits));
            whole(BlockRole::Chrome(reason.unwrap_or(ChromeReason::AfterArticle)))
        } else if let Some(m) = &x.meta {
            meta_pieces(u, m)
        } else if x.chrome_in_place() {
            chrome(ChromeReason::AfterArticle)
        } else if x.f.link_density > 0.5 {
            chrome(ChromeReason::Navigation)
        } else if i > last_content {
            chrome(ChromeReason::AfterArticle)
        } else if i < last_content && x.heading && i != start {
            whole(BlockRole::Heading)
        } else if leads_left > 0 {
            match meta::split_lead(&u.text) {
                Some(pieces) => {
                    leads_left = 0;
                    pieces
                }
                None => {
                    leads_left -= 1;
                    whole(BlockRole::Body)
                }
            }
        } else {
            whole(BlockRole::Body)
        };
        boxed = match x.verdict {
            // (Only an in-page navigation box: an advertisement label has no items, and the
            // short line after it is the article's own subheading.)
            Some(v)
                if in_body
                    && v.reason == ChromeReason::Navigation
                    && v.strength == Strength::Strong
                    && v.flow == Flow::Interrupts
                    && x.f.words <= 4 =>
            {
                Some(v.reason)
            }
            _ if in_box => boxed,
            _ => None,
        };
        out.push(pieces);
    }
    out
}

/// The pieces of a metadata unit.
fn meta_pieces(u: &Unit, m: &Meta) -> Vec<Piece> {
    match m {
        Meta::Whole(kind) => vec![(0..u.text.len(), BlockRole::Metadata(*kind))],
        Meta::Split(pieces) => pieces.clone(),
    }
}

/// A unit before the body: metadata, a form label, the agency line, or chrome.
fn before(u: &Unit, x: &Facts, after_title: bool, before_title: bool, hint: Option<&str>) -> Vec<Piece> {
    let whole = |role: BlockRole| vec![(0..u.text.len(), role)];
    let text = u.text.as_str();
    if hint.is_some_and(|h| title::contains_title(text, h)) {
        // The headline glued to a breadcrumb, repeated where the headline also stands alone.
        return whole(BlockRole::Chrome(ChromeReason::Navigation));
    }
    if let Some(m) = &x.meta {
        return meta_pieces(u, m);
    }
    if meta::is_form_label(text) {
        return whole(BlockRole::Metadata(MetaKind::FormLabel));
    }
    if after_title && meta::is_agency_line(text) {
        return whole(BlockRole::Metadata(MetaKind::Byline));
    }
    // A standfirst between the headline and the byline: a plain line of eight words or
    // more, under the headline, is the article's own deck.
    if after_title && x.plain() && x.f.words >= 8 && !x.label() && x.f.link_density == 0.0 && !x.heading {
        return whole(BlockRole::Body);
    }
    // A cue word in a sentence (a standfirst's "shares fall 7 percent") is no widget: a
    // sentence needs the lexicon's verdict; a short label, any cue.
    let sentence = x.prose() || features::sentence_like(&x.f) || x.f.words >= 8;
    if let Some(r) = if sentence { x.verdict.map(|v| v.reason) } else { cues::reason_of(&x.hits) } {
        return whole(BlockRole::Chrome(r));
    }
    let label = x.heading && x.f.words <= 5;
    if (before_title && label) || x.label() {
        return whole(BlockRole::Chrome(ChromeReason::Navigation));
    }
    whole(BlockRole::Chrome(ChromeReason::BeforeArticle))
}
