//! The corpus manifest, `corpus.toml`: one `[[article]]` table per capture.
//!
//! Every metadata field is a table `{ value = "...", evidence = [...] }`. A value of
//! `"unknown"` says the text does not support one; any other value needs at least one
//! piece of evidence, `{ quote = "...", line = N, note = "..." }`, whose quote the
//! loader checks against the capture. Shape errors (a missing or unknown field, a wrong
//! type) come from serde with the manifest line they concern.

use crate::error::{CorpusError, ErrorKind, Location};
use framescope_core::PartialDate;
use serde::Deserialize;
use std::ops::Range;
use std::path::Path;
use toml::Spanned;

/// The manifest's file name inside a corpus folder.
pub const MANIFEST_FILE: &str = "corpus.toml";

/// The word that marks a field the text does not support.
pub const UNKNOWN: &str = "unknown";

/// A parsed, shape-checked manifest.
#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    /// The corpus's title, shown in the app's header.
    pub title: String,
    /// One or two sentences on what the corpus is.
    pub description: String,
    /// The articles, in manifest order.
    pub articles: Vec<ArticleEntry>,
}

/// One `[[article]]` table.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleEntry {
    /// Manifest line of the table.
    pub line: u32,
    /// The slug and its manifest line.
    pub id: (String, u32),
    /// The capture's file name and its manifest line.
    pub file: (String, u32),
    /// Outlet that published the capture.
    pub outlet: FieldEntry<String>,
    /// Original publisher (the outlet itself when the piece is not a repost).
    pub publisher: FieldEntry<String>,
    /// Author or presenter.
    pub author: FieldEntry<String>,
    /// Publication date, as precise as the text supports.
    pub date: FieldEntry<PartialDate>,
    /// Headline.
    pub title: FieldEntry<String>,
    /// Kind of piece.
    pub form: FieldEntry<String>,
}

/// A metadata field as written in the manifest.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldEntry<T> {
    /// `None` for `"unknown"`.
    pub value: Option<T>,
    /// Manifest line of the value.
    pub line: u32,
    /// The evidence as written.
    pub evidence: Vec<EvidenceEntry>,
}

/// One piece of evidence as written in the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceEntry {
    /// Manifest line of this entry.
    pub manifest_line: u32,
    /// Capture line the quote is on, when the author gave one.
    pub line: Option<u32>,
    /// Verbatim words from the capture.
    pub quote: Option<String>,
    /// The reasoning, in plain words.
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    corpus: RawCorpus,
    #[serde(default)]
    article: Vec<Spanned<RawArticle>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCorpus {
    title: String,
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArticle {
    id: Spanned<String>,
    file: Spanned<String>,
    outlet: RawField,
    publisher: RawField,
    author: RawField,
    date: RawField,
    title: RawField,
    form: RawField,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    value: Spanned<String>,
    #[serde(default)]
    evidence: Vec<Spanned<RawEvidence>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvidence {
    line: Option<u32>,
    quote: Option<String>,
    note: Option<String>,
}

/// Byte offsets to 1-based line and column numbers.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line(&self, offset: usize) -> u32 {
        (self.starts.partition_point(|&s| s <= offset)) as u32
    }

    /// The 1-based line and character column of byte `offset` in `text`.
    pub fn line_column(&self, text: &str, offset: usize) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.starts[line as usize - 1];
        let column = text.get(start..offset.min(text.len())).map_or(1, |s| s.chars().count() + 1);
        (line, column as u32)
    }
}

/// Parses and shape-checks a manifest. `path` is used only to name the place of errors.
pub fn parse_manifest(path: &Path, text: &str) -> Result<Manifest, Vec<CorpusError>> {
    let index = LineIndex::new(text);
    let at = |span: Range<usize>| Location::line(path, index.line(span.start));
    let raw: RawManifest = toml::from_str(text).map_err(|e| {
        let mut location = Location::file(path);
        if let Some(span) = e.span() {
            let (line, column) = index.line_column(text, span.start);
            location.line = Some(line);
            location.column = Some(column);
        }
        vec![CorpusError::new(location, ErrorKind::Manifest(e.message().trim().to_string()))]
    })?;

    let mut errors = Vec::new();
    let mut articles = Vec::new();
    for article in raw.article {
        let line = index.line(article.span().start);
        let a = article.into_inner();
        let id_line = index.line(a.id.span().start);
        let file_line = index.line(a.file.span().start);
        let text_field = |f: RawField| FieldEntry {
            value: known(f.value.get_ref()).map(str::to_string),
            line: index.line(f.value.span().start),
            evidence: evidence_entries(&index, f.evidence),
        };
        let date_line = index.line(a.date.value.span().start);
        let date_value = match known(a.date.value.get_ref()) {
            None => None,
            Some(s) => match PartialDate::parse(s) {
                Ok(d) => Some(d),
                Err(e) => {
                    errors.push(CorpusError::new(at(a.date.value.span()), ErrorKind::BadDate(e.to_string())));
                    None
                }
            },
        };
        let date =
            FieldEntry { value: date_value, line: date_line, evidence: evidence_entries(&index, a.date.evidence) };
        articles.push(ArticleEntry {
            line,
            id: (a.id.get_ref().clone(), id_line),
            file: (a.file.get_ref().clone(), file_line),
            outlet: text_field(a.outlet),
            publisher: text_field(a.publisher),
            author: text_field(a.author),
            date,
            title: text_field(a.title),
            form: text_field(a.form),
        });
    }
    if errors.is_empty() {
        Ok(Manifest { title: raw.corpus.title, description: raw.corpus.description, articles })
    } else {
        Err(errors)
    }
}

fn known(value: &str) -> Option<&str> {
    let v = value.trim();
    (!v.eq_ignore_ascii_case(UNKNOWN)).then_some(v)
}

fn evidence_entries(index: &LineIndex, raw: Vec<Spanned<RawEvidence>>) -> Vec<EvidenceEntry> {
    raw.into_iter()
        .map(|e| {
            let manifest_line = index.line(e.span().start);
            let e = e.into_inner();
            EvidenceEntry { manifest_line, line: e.line, quote: e.quote, note: e.note }
        })
        .collect()
}

/// True for ids that are safe in a URL hash and readable: `npr-2013-border`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[corpus]
title = "Test"
description = "A test corpus."

[[article]]
id = "a-1"
file = "a.txt"
outlet = { value = "The Daily", evidence = [{ quote = "The Daily" }] }
publisher = { value = "The Daily", evidence = [{ note = "no sign of a repost" }] }
author = { value = "unknown" }
date = { value = "2013-07", evidence = [{ line = 2, quote = "July 2013" }] }
title = { value = "Hello", evidence = [{ line = 1, quote = "Hello" }] }
form = { value = "news story", evidence = [{ note = "reported prose with a dateline" }] }
"#;

    fn parse(text: &str) -> Result<Manifest, Vec<CorpusError>> {
        parse_manifest(Path::new("corpus.toml"), text)
    }

    #[test]
    fn parses_fields_unknowns_and_lines() {
        let m = parse(GOOD).unwrap();
        let a = &m.articles[0];
        assert_eq!(a.line, 6);
        assert_eq!(a.id, ("a-1".to_string(), 7));
        assert_eq!(a.author.value, None);
        assert_eq!(a.date.value.unwrap().to_string(), "2013-07");
        assert_eq!(a.date.evidence[0].line, Some(2));
        assert_eq!(a.title.line, 13);
    }

    #[test]
    fn missing_field_names_the_article_line() {
        let text = GOOD.replace(
            "form = { value = \"news story\", evidence = [{ note = \"reported prose with a dateline\" }] }\n",
            "",
        );
        let e = &parse(&text).unwrap_err()[0];
        assert!(e.to_string().contains("missing field `form`"), "{e}");
        assert_eq!(e.location.line, Some(6), "{e}");
    }

    #[test]
    fn unknown_field_names_its_line() {
        let text = GOOD.replace("id = \"a-1\"", "id = \"a-1\"\nauther = \"x\"");
        let e = &parse(&text).unwrap_err()[0];
        assert!(e.to_string().contains("unknown field `auther`"), "{e}");
        assert_eq!(e.location.line, Some(8), "{e}");
    }

    #[test]
    fn impossible_date_names_its_line() {
        let text = GOOD.replace("2013-07", "2013-02-30");
        let e = &parse(&text).unwrap_err()[0];
        assert_eq!(e.location.line, Some(12));
        assert!(e.to_string().contains("not a real calendar date"), "{e}");
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let e = &parse("[corpus]\ntitle = \"x\ndescription = \"y\"\n").unwrap_err()[0];
        assert_eq!(e.location.line, Some(2), "{e}");
        assert!(e.location.column.is_some());
    }

    #[test]
    fn slugs() {
        assert!(is_slug("npr-2013-border"));
        for bad in ["", "Upper", "a b", "-a", "a-", "a--b", "a/b", "ä"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn line_index_counts_from_one() {
        let idx = LineIndex::new("ab\ncd\n");
        assert_eq!(idx.line(0), 1);
        assert_eq!(idx.line(3), 2);
        assert_eq!(idx.line_column("ab\ncd\n", 4), (2, 2));
    }
}
