//! The compiled corpus: the data model that `build.rs` writes and the browser reads.
//!
//! This crate is the contract between build time and run time. It holds plain data
//! and the little logic both sides need (decoding, word counting, date display); all
//! analysis lives in `framescope-engine`, which never reaches the browser.

pub mod compare;
pub mod date;
pub mod entity;
pub mod framing;
pub mod model;
pub mod order;
pub mod search;
pub mod text;

pub use date::{DatePrecision, PartialDate};
pub use entity::{Entity, EntityKind, Mention, Quote, QuoteKind, SpeakerCategory};
pub use model::{Block, BlockRole, ChromeReason, Corpus, Document, Evidence, Field, MetaKind, FORMAT_VERSION};

/// Why an embedded corpus could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    /// The bytes were written by a different version of the data model.
    #[error("the embedded corpus has format version {found}, this build reads {expected}")]
    Version {
        /// Version found in the bytes.
        found: u32,
        /// Version this code understands.
        expected: u32,
    },
    /// The bytes are not a valid postcard encoding of [`Corpus`].
    #[error("the embedded corpus is damaged: {0}")]
    Postcard(#[from] postcard::Error),
}

/// Encodes a corpus in the compact binary form the app embeds.
pub fn encode(corpus: &Corpus) -> Result<Vec<u8>, postcard::Error> {
    postcard::to_allocvec(corpus)
}

/// Decodes the binary form written by [`encode`], checking the format version.
pub fn decode(bytes: &[u8]) -> Result<Corpus, DecodeError> {
    let corpus: Corpus = postcard::from_bytes(bytes)?;
    if corpus.format_version != FORMAT_VERSION {
        return Err(DecodeError::Version { found: corpus.format_version, expected: FORMAT_VERSION });
    }
    Ok(corpus)
}
