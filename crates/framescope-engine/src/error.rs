//! Corpus errors that name the place: file, line and column.

use std::fmt;
use std::path::PathBuf;

/// Where in the corpus folder a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file, as given by the caller (relative paths stay relative).
    pub file: PathBuf,
    /// 1-based line, when the problem has one.
    pub line: Option<u32>,
    /// 1-based column (in characters), when known.
    pub column: Option<u32>,
}

impl Location {
    /// A whole file.
    pub fn file(file: impl Into<PathBuf>) -> Self {
        Location { file: file.into(), line: None, column: None }
    }

    /// A line of a file.
    pub fn line(file: impl Into<PathBuf>, line: u32) -> Self {
        Location { file: file.into(), line: Some(line), column: None }
    }
}

impl fmt::Display for Location {
    /// `file:line:column`, the form editors and terminals turn into links.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

/// What is wrong with a corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// The folder or a file could not be read.
    Io(String),
    /// The manifest is not valid TOML, or does not have the expected shape
    /// (a missing or unknown field, a wrong type).
    Manifest(String),
    /// A listed file is not in the folder.
    MissingFile(String),
    /// A file in the folder is not listed in the manifest.
    UnlistedFile(String),
    /// Two articles share an id.
    DuplicateId {
        /// The repeated id.
        id: String,
        /// Manifest line of the first use.
        first_line: u32,
    },
    /// Two articles list the same file.
    DuplicateFile {
        /// The repeated file name.
        file: String,
        /// Manifest line of the first use.
        first_line: u32,
    },
    /// An id that is not a slug.
    BadId(String),
    /// A date that is malformed or impossible.
    BadDate(String),
    /// A field has a value but no evidence, or evidence that does not hold.
    BadEvidence(String),
    /// A file is not valid UTF-8.
    InvalidUtf8,
    /// Nothing was left of an article once its page chrome was removed.
    EmptyArticle,
}

/// One problem with a corpus, at its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusError {
    /// Where the problem is.
    pub location: Location,
    /// What the problem is.
    pub kind: ErrorKind,
}

impl CorpusError {
    /// Creates an error at a place.
    pub fn new(location: Location, kind: ErrorKind) -> Self {
        CorpusError { location, kind }
    }
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.location)?;
        match &self.kind {
            ErrorKind::Io(m) => write!(f, "cannot read: {m}"),
            ErrorKind::Manifest(m) => write!(f, "{m}"),
            ErrorKind::MissingFile(name) => {
                write!(f, "the manifest lists `{name}`, but there is no such file in the corpus folder")
            }
            ErrorKind::UnlistedFile(name) => write!(
                f,
                "`{name}` is in the corpus folder but not listed in the manifest; add an [[article]] for it or move it out"
            ),
            ErrorKind::DuplicateId { id, first_line } => {
                write!(f, "the id `{id}` is already used on line {first_line}; ids must be unique")
            }
            ErrorKind::DuplicateFile { file, first_line } => {
                write!(f, "the file `{file}` is already listed on line {first_line}")
            }
            ErrorKind::BadId(id) => write!(
                f,
                "the id `{id}` is not a slug: use lower-case letters, digits and single hyphens, 1 to 80 characters"
            ),
            ErrorKind::BadDate(m) => write!(f, "{m}"),
            ErrorKind::BadEvidence(m) => write!(f, "{m}"),
            ErrorKind::InvalidUtf8 => write!(f, "the file is not valid UTF-8 here; save it as UTF-8"),
            ErrorKind::EmptyArticle => write!(
                f,
                "no article text is left once page chrome is removed; check the capture or its title"
            ),
        }
    }
}

impl std::error::Error for CorpusError {}

/// Every problem found in one pass over a corpus, in file and line order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusErrors(pub Vec<CorpusError>);

impl fmt::Display for CorpusErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "error: {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CorpusErrors {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_prints_like_a_compiler() {
        let mut l = Location::line("corpus/corpus.toml", 12);
        assert_eq!(l.to_string(), "corpus/corpus.toml:12");
        l.column = Some(3);
        assert_eq!(l.to_string(), "corpus/corpus.toml:12:3");
        assert_eq!(Location::file("a.txt").to_string(), "a.txt");
    }
}
