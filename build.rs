//! Compiles the corpus folder into the compact binary the app embeds.
//!
//! The folder is `corpus/` beside this file, or `FRAMESCOPE_CORPUS` when set (tests and
//! users build the page over other folders that way). A bad corpus fails the build with
//! every problem listed at its file and line.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-env-changed=FRAMESCOPE_CORPUS");
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = std::env::var_os("FRAMESCOPE_CORPUS")
        .map(PathBuf::from)
        .map(|p| if p.is_absolute() { p } else { manifest_dir.join(p) })
        .unwrap_or_else(|| manifest_dir.join("corpus"));
    println!("cargo::rerun-if-changed={}", dir.display());

    let corpus = match framescope_engine::load_corpus(&dir) {
        Ok(corpus) => corpus,
        Err(errors) => {
            for e in &errors.0 {
                // One line per problem, in the form editors turn into links.
                eprintln!("error: {e}");
                println!("cargo::warning=corpus error: {e}");
            }
            eprintln!("the corpus in {} has {} problem(s); see above", dir.display(), errors.0.len());
            std::process::exit(1);
        }
    };
    let bytes = framescope_core::encode(&corpus).expect("a corpus always encodes");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.postcard");
    std::fs::write(&out, bytes).unwrap_or_else(|e| {
        eprintln!("error: cannot write {}: {e}", out.display());
        std::process::exit(1);
    });
}
