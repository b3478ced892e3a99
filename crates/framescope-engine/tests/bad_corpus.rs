//! Every way a corpus folder can be wrong fails with a message that names the place.

use framescope_engine::{load_corpus, CorpusError, ErrorKind};
use std::fs;
use std::path::Path;

const CAPTURE: &str = "Harbour talks resume\n\
\n\
By Ana Ruiz\n\
\n\
Negotiators from both countries met again on Tuesday to discuss the harbour agreement, which has stalled for more than a year over customs inspections and shared patrols.\n\
\n\
A deal is expected within weeks, officials said, although several details remain open and both governments face elections next spring.\n\
\n\
Copyright © 2014 The Ledger. All rights reserved.\n";

fn manifest(id: &str, file: &str, date: &str) -> String {
    format!(
        r#"[corpus]
title = "Test"
description = "Test corpus."

[[article]]
id = "{id}"
file = "{file}"
outlet = {{ value = "The Ledger", evidence = [{{ quote = "The Ledger" }}] }}
publisher = {{ value = "The Ledger", evidence = [{{ note = "no sign of a repost" }}] }}
author = {{ value = "Ana Ruiz", evidence = [{{ line = 3, quote = "By Ana Ruiz" }}] }}
date = {{ value = "{date}", evidence = [{{ line = 9, quote = "2014" }}] }}
title = {{ value = "Harbour talks resume", evidence = [{{ line = 1, quote = "Harbour talks resume" }}] }}
form = {{ value = "unknown" }}
"#
    )
}

fn corpus_dir(manifest_text: &str, files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("corpus.toml"), manifest_text).unwrap();
    for (name, bytes) in files {
        fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

fn errors(dir: &Path) -> Vec<CorpusError> {
    load_corpus(dir).expect_err("the corpus should be rejected").0
}

fn only(dir: &Path) -> CorpusError {
    let mut e = errors(dir);
    assert_eq!(e.len(), 1, "expected one error, got {e:?}");
    e.remove(0)
}

#[test]
fn a_good_corpus_loads() {
    let dir = corpus_dir(
        &manifest("ledger-2014", "a.txt", "2014"),
        &[("a.txt", CAPTURE.as_bytes()), ("README.md", b"notes")],
    );
    let corpus = load_corpus(dir.path()).unwrap();
    let doc = &corpus.documents[0];
    assert_eq!(doc.id, "ledger-2014");
    assert_eq!(doc.body_lines(), vec![5, 7]);
    assert_eq!(doc.outlet.evidence[0].line, Some(9), "a quote without a line is found");
    assert!(doc.words > 40);
}

#[test]
fn missing_manifest_field_names_the_article() {
    let text = manifest("a", "a.txt", "2014").replace("form = { value = \"unknown\" }\n", "");
    let dir = corpus_dir(&text, &[("a.txt", CAPTURE.as_bytes())]);
    let e = only(dir.path());
    assert!(matches!(e.kind, ErrorKind::Manifest(_)));
    assert_eq!(e.location.line, Some(5), "{e}");
    assert!(e.to_string().contains("corpus.toml:5") && e.to_string().contains("missing field `form`"), "{e}");
}

#[test]
fn unknown_manifest_field_names_its_line() {
    let text = manifest("a", "a.txt", "2014").replace("file = \"a.txt\"", "file = \"a.txt\"\nsection = \"World\"");
    let dir = corpus_dir(&text, &[("a.txt", CAPTURE.as_bytes())]);
    let e = only(dir.path());
    assert_eq!(e.location.line, Some(8), "{e}");
    assert!(e.to_string().contains("unknown field `section`"), "{e}");
}

#[test]
fn listed_file_that_is_absent() {
    let dir = corpus_dir(&manifest("a", "gone.txt", "2014"), &[]);
    let e = only(dir.path());
    assert_eq!(e.kind, ErrorKind::MissingFile("gone.txt".into()));
    assert_eq!(e.location.line, Some(7));
}

#[test]
fn file_present_but_not_listed() {
    let dir = corpus_dir(&manifest("a", "a.txt", "2014"), &[("a.txt", CAPTURE.as_bytes()), ("stray.txt", b"x")]);
    let e = only(dir.path());
    assert_eq!(e.kind, ErrorKind::UnlistedFile("stray.txt".into()));
    assert!(e.location.file.ends_with("stray.txt"));
}

#[test]
fn duplicate_ids_name_both_lines() {
    let second = manifest("a", "b.txt", "2014");
    let second = &second[second.find("[[article]]").unwrap()..];
    let text = manifest("a", "a.txt", "2014") + "\n" + second;
    let dir = corpus_dir(&text, &[("a.txt", CAPTURE.as_bytes()), ("b.txt", CAPTURE.as_bytes())]);
    let e = only(dir.path());
    assert_eq!(e.kind, ErrorKind::DuplicateId { id: "a".into(), first_line: 6 });
    assert_eq!(e.location.line, Some(16));
}

#[test]
fn duplicate_files() {
    let second = manifest("b", "a.txt", "2014");
    let second = &second[second.find("[[article]]").unwrap()..];
    let text = manifest("a", "a.txt", "2014") + "\n" + second;
    let dir = corpus_dir(&text, &[("a.txt", CAPTURE.as_bytes())]);
    let e = only(dir.path());
    assert_eq!(e.kind, ErrorKind::DuplicateFile { file: "a.txt".into(), first_line: 7 });
}

#[test]
fn impossible_date() {
    let dir = corpus_dir(&manifest("a", "a.txt", "2014-02-30"), &[("a.txt", CAPTURE.as_bytes())]);
    let e = only(dir.path());
    assert!(matches!(e.kind, ErrorKind::BadDate(_)));
    assert_eq!(e.location.line, Some(11));
    assert!(e.to_string().contains("2014-02-30"), "{e}");
}

#[test]
fn invalid_utf8_names_line_and_column() {
    let mut bytes = CAPTURE.as_bytes().to_vec();
    let at = CAPTURE.find("Negotiators").unwrap() + 4;
    bytes[at] = 0xff;
    let dir = corpus_dir(&manifest("a", "a.txt", "2014"), &[("a.txt", &bytes)]);
    let e = only(dir.path());
    assert_eq!(e.kind, ErrorKind::InvalidUtf8);
    assert_eq!((e.location.line, e.location.column), (Some(5), Some(5)), "{e}");
    assert!(e.to_string().ends_with("a.txt:5:5: the file is not valid UTF-8 here; save it as UTF-8"), "{e}");
}

#[test]
fn an_article_left_empty_after_cleaning() {
    let chrome_only = "Harbour talks resume\n\nCopyright © 2014 The Ledger. All rights reserved.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n";
    let text = manifest("a", "a.txt", "2014")
        .replace("line = 9, quote = \"2014\"", "line = 3, quote = \"2014\"")
        .replace("line = 3, quote = \"By Ana Ruiz\"", "note = \"x\"");
    let dir = corpus_dir(&text, &[("a.txt", chrome_only.as_bytes())]);
    let e = only(dir.path());
    assert_eq!(e.kind, ErrorKind::EmptyArticle, "{e}");
}

#[test]
fn ids_must_be_slugs() {
    let dir = corpus_dir(&manifest("Bad Id", "a.txt", "2014"), &[("a.txt", CAPTURE.as_bytes())]);
    assert_eq!(only(dir.path()).kind, ErrorKind::BadId("Bad Id".into()));
}

#[test]
fn evidence_must_hold() {
    // A value without evidence.
    let text = manifest("a", "a.txt", "2014").replace(
        "author = { value = \"Ana Ruiz\", evidence = [{ line = 3, quote = \"By Ana Ruiz\" }] }",
        "author = { value = \"Ana Ruiz\" }",
    );
    let dir = corpus_dir(&text, &[("a.txt", CAPTURE.as_bytes())]);
    let e = only(dir.path());
    assert!(e.to_string().contains("`author` has a value but no evidence"), "{e}");
    assert_eq!(e.location.line, Some(10));
    // A quote that is not on the cited line.
    let text = manifest("a", "a.txt", "2014")
        .replace("line = 3, quote = \"By Ana Ruiz\"", "line = 5, quote = \"By Ana Ruiz\"");
    let dir = corpus_dir(&text, &[("a.txt", CAPTURE.as_bytes())]);
    assert!(only(dir.path()).to_string().contains("\"By Ana Ruiz\" is not on line 5"));
    // A quote that is nowhere.
    let text = manifest("a", "a.txt", "2014").replace("quote = \"The Ledger\"", "quote = \"The Gazette\"");
    let dir = corpus_dir(&text, &[("a.txt", CAPTURE.as_bytes())]);
    assert!(only(dir.path()).to_string().contains("\"The Gazette\" does not occur"));
    // A line past the end.
    let text = manifest("a", "a.txt", "2014").replace("line = 9, quote", "line = 90, quote");
    let dir = corpus_dir(&text, &[("a.txt", CAPTURE.as_bytes())]);
    assert!(only(dir.path()).to_string().contains("cites line 90, but"));
}

#[test]
fn toml_syntax_errors_have_line_and_column() {
    let text = manifest("a", "a.txt", "2014").replace("id = \"a\"", "id = \"a");
    let dir = corpus_dir(&text, &[("a.txt", CAPTURE.as_bytes())]);
    let e = only(dir.path());
    assert_eq!(e.location.line, Some(6), "{e}");
    assert!(e.location.column.is_some());
}

#[test]
fn a_missing_manifest_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let e = only(dir.path());
    assert!(matches!(e.kind, ErrorKind::Io(_)));
    assert!(e.location.file.ends_with("corpus.toml"));
}

#[test]
fn all_problems_are_reported_in_one_pass() {
    let second = manifest("Bad", "gone.txt", "2014");
    let second = &second[second.find("[[article]]").unwrap()..];
    let text = manifest("a", "a.txt", "2014") + "\n" + second;
    let dir = corpus_dir(&text, &[("a.txt", CAPTURE.as_bytes()), ("stray.txt", b"x")]);
    let kinds: Vec<ErrorKind> = errors(dir.path()).into_iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        vec![
            ErrorKind::BadId("Bad".into()),
            ErrorKind::MissingFile("gone.txt".into()),
            ErrorKind::UnlistedFile("stray.txt".into())
        ]
    );
}

#[test]
fn the_seed_corpus_is_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let corpus = load_corpus(&dir).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(corpus.documents.len(), 5);
}
