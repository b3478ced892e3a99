//! The `framescope` command line, run as a user runs it.

use std::path::PathBuf;
use std::process::{Command, Output};

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

fn framescope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_framescope")).args(args).output().expect("the binary runs")
}

#[test]
fn check_accepts_the_seed_corpus() {
    let out = framescope(&["check", "--corpus", seeds().to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("ok, 5 articles"), "{stdout}");
}

#[test]
fn export_prints_the_public_fields() {
    let out = framescope(&["export", "--corpus", seeds().to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = json["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    for doc in docs {
        for key in [
            "id",
            "file",
            "outlet",
            "publisher",
            "author",
            "date",
            "date_precision",
            "title",
            "form",
            "body_lines",
            "words",
        ] {
            assert!(doc.get(key).is_some(), "missing {key} in {doc}");
        }
        let lines = doc["body_lines"].as_array().unwrap();
        assert!(!lines.is_empty());
        assert!(lines.windows(2).all(|w| w[0].as_u64() < w[1].as_u64()), "ascending and unique");
    }
    let insight = docs.iter().find(|d| d["outlet"] == "InSight Crime").unwrap();
    assert_eq!(insight["date"], "2013-07-03");
    assert_eq!(insight["date_precision"], "day");
    let blog = docs.iter().find(|d| d["file"] == "002_364f0c750f4039f9.txt").unwrap();
    assert_eq!(blog["outlet"], "unknown");
    assert_eq!(blog["date_precision"], "year");
}

#[test]
fn a_bad_corpus_fails_with_the_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("corpus.toml"),
        "[corpus]\ntitle = \"x\"\ndescription = \"y\"\n\n[[article]]\nid = \"a\"\n",
    )
    .unwrap();
    let out = framescope(&["check", "--corpus", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("corpus.toml:5"), "{stderr}");
    assert!(stderr.contains("missing field `file`"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_missing_folder_is_a_clear_error() {
    let out = framescope(&["check", "--corpus", "/nonexistent/framescope-corpus"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("/nonexistent/framescope-corpus/corpus.toml: cannot read"), "{stderr}");
}

#[test]
fn unknown_format_is_rejected_by_the_parser() {
    let out = framescope(&["export", "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid value 'xml'"));
}
