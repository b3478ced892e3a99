//! Step 1: paragraphs, and the units the classifier judges.
//!
//! A paragraph is a run of non-blank lines. Most paragraphs are one unit, but a text
//! capture often stacks separate page elements without a blank line between them (a
//! menu, a headline over its label, bullets with an embed code between them). A line
//! break inside a paragraph is therefore kept as a soft wrap only when it looks like
//! prose wrapping, and otherwise starts a new unit.

use super::features::{is_bullet, label_like};
use super::title::normalize;

/// One source line, trimmed.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    /// 1-based line number.
    no: u32,
    /// The text without leading indentation or trailing spaces.
    text: &'a str,
    /// Leading whitespace, in characters.
    indent: usize,
}

/// A run of source lines the classifier judges as one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unit {
    /// First source line (1-based).
    pub first_line: u32,
    /// Last source line (1-based, inclusive).
    pub last_line: u32,
    /// The trimmed lines joined by single spaces.
    pub text: String,
    /// Byte offset in `text` where each source line starts, with the line's number.
    pub line_starts: Vec<(usize, u32)>,
    /// Blank source lines between this unit and the one before (0 inside a paragraph).
    pub blank_before: u32,
}

impl Unit {
    /// The source line holding byte `offset` of `text`.
    pub fn line_at(&self, offset: usize) -> u32 {
        self.line_starts.iter().rev().find(|(start, _)| *start <= offset).map_or(self.first_line, |(_, no)| *no)
    }

    fn from_lines(lines: &[Line], blank_before: u32) -> Unit {
        let mut text = String::new();
        let mut line_starts = Vec::with_capacity(lines.len());
        for line in lines {
            if !text.is_empty() {
                text.push(' ');
            }
            line_starts.push((text.len(), line.no));
            text.push_str(line.text);
        }
        Unit { first_line: lines[0].no, last_line: lines[lines.len() - 1].no, text, line_starts, blank_before }
    }
}

/// Below this many characters a line inside a paragraph is not wrapped prose.
const MIN_WRAPPED_LINE: usize = 40;

/// Splits a capture into units, in source order. `title` is the normalised title hint.
pub(crate) fn units(text: &str, title: Option<&str>) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut para: Vec<Line> = Vec::new();
    let mut blanks = 0u32;
    let mut blanks_before_para = 0u32;
    for (i, raw) in text.split('\n').enumerate() {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            if !para.is_empty() {
                split_paragraph(&para, blanks_before_para, title, &mut out);
                para.clear();
            }
            blanks += 1;
            continue;
        }
        if para.is_empty() {
            blanks_before_para = blanks;
            blanks = 0;
        }
        let indent = raw.chars().take_while(|c| c.is_whitespace()).count();
        para.push(Line { no: i as u32 + 1, text: trimmed, indent });
    }
    if !para.is_empty() {
        split_paragraph(&para, blanks_before_para, title, &mut out);
    }
    out
}

/// Cuts one paragraph into units at its hard line breaks.
fn split_paragraph(lines: &[Line], blank_before: u32, title: Option<&str>, out: &mut Vec<Unit>) {
    // A paragraph that is exactly the title stays whole, however it is wrapped.
    if lines.len() > 1 {
        let joined = Unit::from_lines(lines, blank_before);
        if title.is_some_and(|t| normalize(&joined.text) == t) {
            out.push(joined);
            return;
        }
    }
    let lens: Vec<usize> = lines.iter().map(|l| l.text.chars().count()).collect();
    let max = lens.iter().copied().max().unwrap_or(0);
    // Wrapped prose has at most one short line, its last: two or more short lines
    // mean a stack of separate items (a menu), however long one of them is.
    let stacked = lens.iter().filter(|&&n| n < MIN_WRAPPED_LINE).count() >= 2;
    let mut start = 0;
    for i in 1..lines.len() {
        if stacked || hard_break(&lines[i - 1], &lines[i], max, title) {
            let blanks = if start == 0 { blank_before } else { 0 };
            out.push(Unit::from_lines(&lines[start..i], blanks));
            start = i;
        }
    }
    let blanks = if start == 0 { blank_before } else { 0 };
    out.push(Unit::from_lines(&lines[start..], blanks));
}

/// True if the break between lines `a` and `b` separates two page elements rather
/// than wrapping one paragraph. Wrapped prose fills its lines to a similar width,
/// keeps its indentation, and does not mix capitalised labels with prose.
fn hard_break(a: &Line, b: &Line, max: usize, title: Option<&str>) -> bool {
    let a_len = a.text.chars().count();
    let title_line = |l: &Line| title.is_some_and(|t| normalize(l.text).contains(t));
    is_bullet(a.text)
        || is_bullet(b.text)
        || b.indent > a.indent
        || a_len < MIN_WRAPPED_LINE
        || a_len * 10 < max * 6
        || label_like(a.text) != label_like(b.text)
        || title_line(a)
        || title_line(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(units: &[Unit]) -> Vec<(u32, u32, &str)> {
        units.iter().map(|u| (u.first_line, u.last_line, u.text.as_str())).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_are_counted() {
        let u = units("  One line.\n\n\nTwo  \n", None);
        assert_eq!(texts(&u), vec![(1, 1, "One line."), (4, 4, "Two")]);
        assert_eq!(u[0].blank_before, 0);
        assert_eq!(u[1].blank_before, 2);
    }

    #[test]
    fn wrapped_prose_is_joined_with_single_spaces() {
        let t = "The quick brown fox jumps over the lazy dog and keeps on running\n\
                 across the field until it reaches the far side of the river bank\n\
                 where it stops.";
        let u = units(t, None);
        assert_eq!(u.len(), 1);
        assert_eq!(u[0].first_line, 1);
        assert_eq!(u[0].last_line, 3);
        assert!(u[0].text.contains("running across"));
        assert_eq!(u[0].line_at(u[0].text.find("where").unwrap()), 3);
    }

    #[test]
    fn stacked_short_lines_are_separate_units() {
        let u = units("Home\nNews\nWorld", None);
        assert_eq!(u.len(), 3);
    }

    #[test]
    fn bullets_and_deeper_indentation_split() {
        let t = "  • Playlist\n  • Embed\n    <iframe src=\"\" width=\"100%\" height=\"290\" frameborder=\"0\">\n  • Transcript";
        let u = units(t, None);
        assert_eq!(u.len(), 4);
        assert!(u[2].text.starts_with("<iframe"));
    }

    #[test]
    fn a_capitals_label_under_a_long_line_splits() {
        let t = "A Fairly Long Headline About Border Cooperation Between Two Countries\nBRIEF";
        assert_eq!(units(t, None).len(), 2);
    }

    #[test]
    fn a_wrapped_title_stays_whole() {
        let t = "A headline that was\nwrapped";
        let u = units(t, Some(&normalize("A headline that was wrapped")));
        assert_eq!(u.len(), 1);
    }

    #[test]
    fn crlf_line_ends_are_whitespace() {
        let u = units("One\r\n\r\nTwo\r\n", None);
        assert_eq!(texts(&u), vec![(1, 1, "One"), (3, 3, "Two")]);
    }
}
