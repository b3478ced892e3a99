//! Compiles a corpus folder for the benchmark, with the app's own engine.
//!
//! ```text
//! compile --corpus DIR --out DIR
//! ```
//!
//! Writes `OUT/corpus.postcard` (exactly what the app embeds: `load_corpus`, which
//! also builds the search index, then `encode`), `OUT/index.postcard` (the index part
//! alone, for its size) and `OUT/docs.json`, the documents the
//! JS engines index: `[{ "id", "title", "body", "outlet", "year" }]`, where `body` is
//! the article body blocks (body paragraphs and subheadings, the text Framescope
//! searches) joined by blank lines. Prints build timings as JSON on stdout.

use std::path::PathBuf;
use std::process::exit;
use std::time::Instant;

#[derive(serde::Serialize)]
struct Doc<'a> {
    id: &'a str,
    title: &'a str,
    body: String,
    outlet: &'a str,
    year: Option<u16>,
}

fn main() {
    let mut corpus_dir = None;
    let mut out = None;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--corpus" => corpus_dir = it.next().map(PathBuf::from),
            "--out" => out = it.next().map(PathBuf::from),
            _ => {
                eprintln!("usage: compile --corpus DIR --out DIR");
                exit(2)
            }
        }
    }
    let (Some(corpus_dir), Some(out)) = (corpus_dir, out) else {
        eprintln!("usage: compile --corpus DIR --out DIR");
        exit(2)
    };
    let started = Instant::now();
    let corpus = framescope_engine::load_corpus(&corpus_dir).unwrap_or_else(|e| {
        eprintln!("compile: the corpus does not load:\n{e}");
        exit(1)
    });
    let load_ms = started.elapsed().as_secs_f64() * 1e3;
    let started = Instant::now();
    let bytes = framescope_core::encode(&corpus).unwrap_or_else(|e| {
        eprintln!("compile: cannot encode: {e}");
        exit(1)
    });
    let encode_ms = started.elapsed().as_secs_f64() * 1e3;
    std::fs::create_dir_all(&out).expect("create the output folder");
    std::fs::write(out.join("corpus.postcard"), &bytes).expect("write corpus.postcard");
    // The search index alone (it is also inside corpus.postcard), to report its size.
    let index = postcard::to_allocvec(&corpus.search).expect("encode the index");
    std::fs::write(out.join("index.postcard"), &index).expect("write index.postcard");
    let docs: Vec<Doc<'_>> = corpus
        .documents
        .iter()
        .map(|d| Doc {
            id: &d.id,
            title: d.display_title(),
            body: d.body().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n\n"),
            outlet: d.outlet.value.as_deref().unwrap_or(""),
            year: d.date.value.map(|v| v.year),
        })
        .collect();
    let json = serde_json::to_vec(&docs).expect("serialize the documents");
    std::fs::write(out.join("docs.json"), json).expect("write docs.json");
    let words: u64 = corpus.documents.iter().map(|d| u64::from(d.words)).sum();
    println!(
        "{}",
        serde_json::json!({
            "documents": corpus.documents.len(),
            "body_words": words,
            "postcard_bytes": bytes.len(),
            "index_bytes": index.len(),
            "load_and_index_ms": load_ms,
            "encode_ms": encode_ms,
        })
    );
}
