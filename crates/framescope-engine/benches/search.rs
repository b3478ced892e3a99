//! Native benchmarks of the search engine: index build and query latency per query kind.
//!
//! `cargo bench -p framescope-engine --bench search` runs them over the seed corpus;
//! `FRAMESCOPE_BENCH_CORPUS=DIR` runs them over any corpus folder (for example one made by
//! the generator in `bench/`). The browser comparison with other engines is in BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use framescope_engine::{index::build_search_index, load_corpus};
use std::hint::black_box;
use std::path::PathBuf;

fn corpus_dir() -> PathBuf {
    std::env::var_os("FRAMESCOPE_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus"))
}

fn bench(c: &mut Criterion) {
    let dir = corpus_dir();
    let corpus = load_corpus(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let label = format!("{} docs", corpus.documents.len());
    c.bench_function(&format!("build index ({label})"), |b| {
        b.iter(|| build_search_index(black_box(&corpus.documents)))
    });
    let queries = [
        ("word", "cooperation "),
        ("prefix", "coop"),
        ("phrase", "\"border security\""),
        ("typo", "napolitno "),
        ("multi-word", "mexico intelligence sharing "),
        ("filters", "security year:2012..2014 "),
    ];
    let mut group = c.benchmark_group(format!("search ({label}, top 20 with snippets)"));
    for (kind, q) in queries {
        group.bench_with_input(BenchmarkId::from_parameter(kind), q, |b, q| b.iter(|| corpus.search(black_box(q), 20)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
