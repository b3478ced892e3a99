//! The corpus compiled into this build by `build.rs`.

use framescope_core::{decode, Corpus, DecodeError};
use std::rc::Rc;

/// The postcard bytes `build.rs` wrote from `corpus/`.
static CORPUS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.postcard"));

/// Decodes the embedded corpus. Called once at start-up.
pub fn embedded_corpus() -> Result<Rc<Corpus>, DecodeError> {
    decode(CORPUS_BYTES).map(Rc::new)
}

/// Size of the embedded corpus in bytes, for the about line.
pub fn embedded_size() -> usize {
    CORPUS_BYTES.len()
}
