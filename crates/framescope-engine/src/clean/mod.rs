//! The cleaner: separates a captured news page (plain text, page chrome and all) into
//! the article and the chrome, without knowing anything about the site.
//!
//! The method, in the order the submodules run:
//!
//! 1. `segment`: paragraphs are runs of non-blank lines; a paragraph whose lines
//!    do not look like wrapped prose (bullets, deeper indentation, short stacked
//!    lines, a capitals label under a headline) is split into one unit per line.
//! 2. `features`: each unit gets jusText's features (Pomikálek 2011) — length,
//!    stop-word density, link density (URLs, @handles, "icon", bulleted menu items),
//!    plus final punctuation and share of capitals — and its context-free class
//!    (bad / short / near-good / good).
//! 3. `cues`: a lexicon of boilerplate phrases common to news sites, each mapped to
//!    a [`ChromeReason`], judges whether a unit is chrome, how surely, and whether it
//!    ends the article or only interrupts it.
//! 4. `title` and `region`: the headline is the unit equal to the title hint (else
//!    the nearest title-like line before the first good paragraph); the body starts
//!    at the first prose unit after it that no cue marks, and ends at the first cue
//!    that ends articles, or that interrupts with no prose after it (chrome in the
//!    article's header, before its first long paragraph, ends nothing; a contributor
//!    line closes the story unless prose follows). Short lines inside the body stay
//!    text (jusText's context rule); subheadings become [`BlockRole::Heading`].
//!    Everything after the end is chrome, with the reason its own cues give, else the
//!    reason of the section heading it sits under.
//! 5. `meta`: bylines, datelines, source credits, contributor lines and form labels
//!    become metadata; a line holding several roles is split into several blocks.
//!
//! Nothing here names a site: the seed captures are test data only.
//!
//! [`ChromeReason`]: framescope_core::ChromeReason

mod cues;
mod features;
mod meta;
mod region;
mod segment;
mod title;

#[cfg(test)]
mod tests;

use framescope_core::{Block, BlockRole};

use self::meta::Piece;
use self::segment::Unit;

/// Hints the manifest gives the cleaner.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CleanHints<'a> {
    /// The article's headline as the manifest records it, if known. The cleaner finds
    /// the unit whose text equals it (ignoring case, punctuation and spacing).
    pub title: Option<&'a str>,
}

/// Splits a capture into blocks that tile all its non-blank text, in source order.
///
/// Every non-blank character of `text` lands in exactly one block, in order; a block
/// spans whole source lines except where one line holds several roles (a source
/// credit glued to a dateline glued to the first sentence), in which case several
/// blocks share the line.
pub fn clean(text: &str, hints: &CleanHints) -> Vec<framescope_core::Block> {
    let hint = hints.title.map(title::normalize).filter(|h| !h.is_empty());
    let units = segment::units(text, hint.as_deref());
    let facts: Vec<region::Facts> = units.iter().map(region::Facts::of_unit).collect();
    let layout = region::layout(&units, &facts, hint.as_deref());
    let roles = region::roles(&units, &facts, &layout, hint.as_deref());
    units.iter().zip(roles).flat_map(|(u, pieces)| emit(u, pieces)).collect()
}

/// Turns a unit's pieces into blocks, making sure they tile the unit's text.
fn emit(unit: &Unit, mut pieces: Vec<Piece>) -> Vec<Block> {
    pieces.sort_by_key(|(r, _)| r.start);
    // Close any gap so the pieces tile the text even if a splitter left one.
    let len = unit.text.len();
    let mut cursor = 0;
    for (r, _) in pieces.iter_mut() {
        r.start = cursor;
        r.end = r.end.clamp(cursor, len);
        cursor = r.end;
    }
    if let Some((r, _)) = pieces.last_mut() {
        r.end = len;
    }
    let mut blocks: Vec<Block> = Vec::new();
    for (r, role) in pieces {
        let raw = &unit.text[r.clone()];
        let text = raw.trim();
        if text.is_empty() {
            continue;
        }
        let start = r.start + (raw.len() - raw.trim_start().len());
        let end = start + text.len();
        blocks.push(Block {
            first_line: unit.line_at(start),
            last_line: unit.line_at(end - 1),
            text: text.to_string(),
            role,
        });
    }
    if blocks.is_empty() {
        blocks.push(Block {
            first_line: unit.first_line,
            last_line: unit.last_line,
            text: unit.text.clone(),
            role: BlockRole::Body,
        });
    }
    blocks
}
