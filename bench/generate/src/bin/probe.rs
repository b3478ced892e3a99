//! Times Framescope's search natively over a compiled corpus, query by query, to find
//! where the time goes (run it under `perf record` for a profile).
//!
//! ```text
//! probe --blob out/compiled-10000/corpus.postcard --queries queries/perf.json [--reps 5]
//! ```
//!
//! Prints, per query kind and overall, p50 and p95 of `search(q, 0)` (ranking, facets,
//! no snippets) and `search(q, 20)` (the results view), then the slowest queries with
//! their number of results. `--dump FILE` also writes what each query returned (counts,
//! facets, the first 20 hits with scores, snippets), to check that a faster engine
//! still returns the same results.

use std::path::PathBuf;
use std::process::exit;
use std::time::Instant;

#[derive(serde::Deserialize)]
struct QuerySet {
    queries: Vec<Q>,
}
#[derive(serde::Deserialize)]
struct Q {
    q: String,
    kind: String,
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}
fn quantile(xs: &[f64], p: f64) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let i = ((p * v.len() as f64).ceil() as usize).clamp(1, v.len()) - 1;
    v[i]
}

fn main() {
    let mut blob = None;
    let mut queries = None;
    let mut reps = 5usize;
    let mut dump = None;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--blob" => blob = it.next().map(PathBuf::from),
            "--queries" => queries = it.next().map(PathBuf::from),
            "--dump" => dump = it.next().map(PathBuf::from),
            "--reps" => reps = it.next().and_then(|s| s.parse().ok()).unwrap_or(5),
            _ => {
                eprintln!("usage: probe --blob FILE --queries FILE [--reps N]");
                exit(2)
            }
        }
    }
    let (Some(blob), Some(queries)) = (blob, queries) else {
        eprintln!("usage: probe --blob FILE --queries FILE [--reps N]");
        exit(2)
    };
    let bytes = std::fs::read(&blob).expect("read the blob");
    let t = Instant::now();
    let corpus = framescope_core::decode(&bytes).expect("decode the blob");
    println!("decode: {:.1} ms for {} documents", t.elapsed().as_secs_f64() * 1e3, corpus.documents.len());
    let set: QuerySet = serde_json::from_slice(&std::fs::read(&queries).expect("read the queries")).expect("parse the queries");

    if let Some(path) = dump {
        let mut out = String::new();
        for q in &set.queries {
            let r = corpus.search(&q.q, 20);
            out += &format!("== {} | total {} passages {} facets {:?}\n", q.q, r.total(), r.passages, r.facets);
            for h in r.hits.iter().take(20) {
                out += &format!("  {} {:.4} {:?} {} {:?}\n", h.doc, h.score, h.quality, h.passages, h.snippet.as_ref().map(|s| (s.block, &s.text, &s.highlights)));
            }
        }
        std::fs::write(&path, out).expect("write the dump");
    }
    let time = |f: &dyn Fn() -> usize| -> f64 {
        let t = Instant::now();
        std::hint::black_box(f());
        t.elapsed().as_secs_f64() * 1e3
    };
    let mut rows = Vec::new();
    for q in &set.queries {
        let rank = median((0..reps).map(|_| time(&|| corpus.search(&q.q, 0).total())).collect());
        let view = median((0..reps).map(|_| time(&|| corpus.search(&q.q, 20).hits.len())).collect());
        let parse = median((0..reps).map(|_| time(&|| framescope_core::search::parse(&q.q).required.len())).collect());
        let total = corpus.search(&q.q, 0).total();
        rows.push((q, rank, view, parse, total));
    }
    let kinds = ["word", "prefix", "phrase", "typo", "multi"];
    println!("{:<8} {:>10} {:>10} {:>10} {:>10} {:>10}", "kind", "rank p50", "rank p95", "view p50", "view p95", "hits p50");
    for kind in kinds.iter().copied().chain(["all"]) {
        let sel: Vec<_> = rows.iter().filter(|r| kind == "all" || r.0.kind == kind).collect();
        let rank: Vec<f64> = sel.iter().map(|r| r.1).collect();
        let view: Vec<f64> = sel.iter().map(|r| r.2).collect();
        let hits: Vec<f64> = sel.iter().map(|r| r.4 as f64).collect();
        println!(
            "{kind:<8} {:>10.3} {:>10.3} {:>10.3} {:>10.3} {:>10.0}",
            quantile(&rank, 0.5),
            quantile(&rank, 0.95),
            quantile(&view, 0.5),
            quantile(&view, 0.95),
            quantile(&hits, 0.5)
        );
    }
    rows.sort_by(|a, b| b.2.total_cmp(&a.2));
    println!("\nslowest (ms): query | kind | rank | view | parse | results");
    for r in rows.iter().take(20) {
        println!("{:<40} {:<7} {:>8.3} {:>8.3} {:>7.3} {:>6}", r.0.q, r.0.kind, r.1, r.2, r.3, r.4);
    }
}
