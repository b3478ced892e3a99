//! Reads a corpus folder into a compiled [`Corpus`], reporting every problem at its place.

use crate::clean::{clean, CleanHints};
use crate::entities::{extract_entities, extract_quotes};
use crate::error::{CorpusError, CorpusErrors, ErrorKind, Location};
use crate::framing::build_framing;
use crate::index::build_search_index;
use crate::manifest::{is_slug, parse_manifest, ArticleEntry, EvidenceEntry, FieldEntry, MANIFEST_FILE};
use framescope_core::{text::word_count, Corpus, Document, Evidence, Field, FORMAT_VERSION};
use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

/// Loads, validates and cleans every article of the corpus in `dir`.
///
/// All problems are collected in one pass, so a user fixes a corpus in one round.
pub fn load_corpus(dir: &Path) -> Result<Corpus, CorpusErrors> {
    let manifest_path = dir.join(MANIFEST_FILE);
    let manifest_text = fs::read(&manifest_path)
        .map_err(|e| one(Location::file(&manifest_path), ErrorKind::Io(e.to_string())))
        .and_then(|bytes| decode_utf8(&manifest_path, &bytes).map_err(|e| CorpusErrors(vec![e])))?;
    let manifest = parse_manifest(&manifest_path, &manifest_text).map_err(CorpusErrors)?;

    let mut errors = Vec::new();
    let present = article_files(dir).map_err(|e| one(Location::file(dir), ErrorKind::Io(e.to_string())))?;
    let mut seen_ids: HashMap<&str, u32> = HashMap::new();
    let mut seen_files: HashMap<&str, u32> = HashMap::new();
    let mut documents = Vec::new();

    for entry in &manifest.articles {
        let (id, id_line) = (&entry.id.0, entry.id.1);
        let (file, file_line) = (&entry.file.0, entry.file.1);
        let at_manifest = |line| Location::line(&manifest_path, line);
        if !is_slug(id) {
            errors.push(CorpusError::new(at_manifest(id_line), ErrorKind::BadId(id.clone())));
        }
        if let Some(&first_line) = seen_ids.get(id.as_str()) {
            errors.push(CorpusError::new(at_manifest(id_line), ErrorKind::DuplicateId { id: id.clone(), first_line }));
        } else {
            seen_ids.insert(id, id_line);
        }
        if let Some(&first_line) = seen_files.get(file.as_str()) {
            errors.push(CorpusError::new(
                at_manifest(file_line),
                ErrorKind::DuplicateFile { file: file.clone(), first_line },
            ));
            continue;
        }
        seen_files.insert(file, file_line);
        if !present.contains(file.as_str()) {
            errors.push(CorpusError::new(at_manifest(file_line), ErrorKind::MissingFile(file.clone())));
            continue;
        }
        match load_document(dir, &manifest_path, entry) {
            Ok(doc) => documents.push(doc),
            Err(mut e) => errors.append(&mut e),
        }
    }
    for name in &present {
        if !seen_files.contains_key(name.as_str()) {
            errors.push(CorpusError::new(Location::file(dir.join(name)), ErrorKind::UnlistedFile(name.clone())));
        }
    }
    if errors.is_empty() {
        let entities = extract_entities(&documents);
        Ok(Corpus {
            format_version: FORMAT_VERSION,
            title: manifest.title,
            description: manifest.description,
            search: build_search_index(&documents),
            quotes: extract_quotes(&documents, &entities),
            framing: build_framing(&documents, &entities),
            entities,
            documents,
        })
    } else {
        Err(CorpusErrors(errors))
    }
}

fn one(location: Location, kind: ErrorKind) -> CorpusErrors {
    CorpusErrors(vec![CorpusError::new(location, kind)])
}

/// The files that must be articles: every regular file but the manifest, hidden files
/// and READMEs, which a folder may keep for people.
fn article_files(dir: &Path) -> std::io::Result<BTreeSet<String>> {
    let mut names = BTreeSet::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if !entry.file_type()?.is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_readme = name.to_ascii_lowercase().starts_with("readme");
        if name != MANIFEST_FILE && !name.starts_with('.') && !is_readme {
            names.insert(name);
        }
    }
    Ok(names)
}

/// Decodes UTF-8, naming the line and column of the first bad byte; drops a byte-order mark
/// and turns CRLF into LF so line numbers match what editors show.
fn decode_utf8(path: &Path, bytes: &[u8]) -> Result<String, CorpusError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(text).replace("\r\n", "\n")),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let column = std::str::from_utf8(&good[line_start..]).map_or(1, |s| s.chars().count() + 1);
            let location = Location { file: path.to_path_buf(), line: Some(line), column: Some(column as u32) };
            Err(CorpusError::new(location, ErrorKind::InvalidUtf8))
        }
    }
}

fn load_document(dir: &Path, manifest_path: &Path, entry: &ArticleEntry) -> Result<Document, Vec<CorpusError>> {
    let path: PathBuf = dir.join(&entry.file.0);
    let bytes =
        fs::read(&path).map_err(|e| vec![CorpusError::new(Location::file(&path), ErrorKind::Io(e.to_string()))])?;
    let text = decode_utf8(&path, &bytes).map_err(|e| vec![e])?;
    let lines: Vec<&str> = text.lines().collect();

    let mut check = EvidenceCheck { manifest: manifest_path, capture: &path, lines: &lines, errors: Vec::new() };
    let outlet = check.field("outlet", &entry.outlet);
    let publisher = check.field("publisher", &entry.publisher);
    let author = check.field("author", &entry.author);
    let date = check.field("date", &entry.date);
    let title = check.field("title", &entry.title);
    let form = check.field("form", &entry.form);
    let mut errors = check.errors;

    let blocks = clean(&text, &CleanHints { title: title.value.as_deref() });
    let words: usize = blocks.iter().filter(|b| b.role.is_article_text()).map(|b| word_count(&b.text)).sum();
    if words == 0 {
        errors.push(CorpusError::new(Location::file(&path), ErrorKind::EmptyArticle));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Document {
        id: entry.id.0.clone(),
        file: entry.file.0.clone(),
        outlet,
        publisher,
        author,
        date,
        title,
        form,
        blocks,
        words: words as u32,
    })
}

/// Checks manifest evidence against one capture, collecting every problem.
struct EvidenceCheck<'a> {
    manifest: &'a Path,
    capture: &'a Path,
    lines: &'a [&'a str],
    errors: Vec<CorpusError>,
}

impl EvidenceCheck<'_> {
    /// The field with its checked evidence: a known value needs evidence; each entry needs
    /// a quote or a note; a quote must stand on its line (found when no line is given).
    fn field<T: Clone>(&mut self, name: &str, f: &FieldEntry<T>) -> Field<T> {
        let manifest = self.manifest;
        let bad =
            |line: u32, msg: String| CorpusError::new(Location::line(manifest, line), ErrorKind::BadEvidence(msg));
        if f.value.is_some() && f.evidence.is_empty() {
            self.errors.push(bad(
                f.line,
                format!("`{name}` has a value but no evidence; add `evidence = [{{ quote = \"…\" }}]` or set it to \"unknown\""),
            ));
        }
        let mut evidence = Vec::new();
        for e in &f.evidence {
            match self.entry(name, e) {
                Ok(checked) => evidence.push(checked),
                Err(msg) => self.errors.push(bad(e.manifest_line, msg)),
            }
        }
        Field { value: f.value.clone(), evidence }
    }

    fn entry(&self, name: &str, e: &EvidenceEntry) -> Result<Evidence, String> {
        let capture = self.capture.display();
        if e.quote.is_none() && e.note.is_none() {
            return Err(format!("evidence for `{name}` needs a `quote` or a `note`"));
        }
        if let Some(n) = e.line {
            if n == 0 || n as usize > self.lines.len() {
                return Err(format!(
                    "evidence for `{name}` cites line {n}, but {capture} has {} lines",
                    self.lines.len()
                ));
            }
        }
        let mut line = e.line;
        if let Some(quote) = &e.quote {
            let want = fold_space(quote);
            match e.line {
                Some(n) if !fold_space(self.lines[n as usize - 1]).contains(&want) => {
                    return Err(format!("evidence for `{name}`: \"{quote}\" is not on line {n} of {capture}"));
                }
                Some(_) => {}
                None => match self.lines.iter().position(|l| fold_space(l).contains(&want)) {
                    Some(i) => line = Some(i as u32 + 1),
                    None => return Err(format!("evidence for `{name}`: \"{quote}\" does not occur in {capture}")),
                },
            }
        }
        Ok(Evidence { line, quote: e.quote.clone(), note: e.note.clone() })
    }
}

/// Collapses runs of white space so a quote matches however the capture wrapped it.
fn fold_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
