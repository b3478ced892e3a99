//! Framescope's engine: everything that turns a folder of captured articles into a
//! compiled [`framescope_core::Corpus`].
//!
//! It has no web dependency. `build.rs` uses it to compile `corpus/` into the app,
//! and the `framescope` command line uses it to check and export any folder.
//!
//! Data flow: [`load::load_corpus`] reads the manifest ([`manifest`]), checks every
//! listed file, hands each capture to the cleaner ([`clean`]) which splits it into
//! article body, metadata lines and page chrome, and checks the manifest's evidence
//! against the source lines. [`export`] renders the result as the public JSON.

pub mod clean;
pub mod entities;
pub mod error;
pub mod export;
pub mod framing;
pub mod index;
pub mod load;
pub mod manifest;

pub use error::{CorpusError, CorpusErrors, ErrorKind, Location};
pub use load::load_corpus;
