//! Framescope's browser app: a thin Yew shell over the corpus compiled by `build.rs`.
//!
//! State lives in the URL hash ([`route`]); components render the embedded
//! [`framescope_core::Corpus`], provided through a context so tests can mount them with
//! any corpus. Nothing here analyses text: that all happened at build time.

pub mod app;
pub mod compare_export;
pub mod components;
pub mod csv;
pub mod embedded;
pub mod facet_query;
pub mod library_order;
pub mod numbers;
pub mod route;
pub mod salience;

pub use app::{App, CorpusApp, CorpusAppProps, Navigator};
