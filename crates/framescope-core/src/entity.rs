//! Named entities and the quotes attributed to them: what the engine found, and where.

use serde::{Deserialize, Serialize};

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    /// A person.
    Person,
    /// A government body, company, party, agency, cartel, think tank…
    Organisation,
    /// A country, region, city…
    Place,
    /// A law, programme, agreement, strategy or named event.
    Other,
}

impl EntityKind {
    /// The name used in exports and links.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }

    /// A reader-facing plural label.
    pub fn plural_label(self) -> &'static str {
        match self {
            EntityKind::Person => "People",
            EntityKind::Organisation => "Organisations",
            EntityKind::Place => "Places",
            EntityKind::Other => "Laws, programmes and events",
        }
    }
}

/// One entity, merged across the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Readable, URL-safe id, unique in the corpus: `person-janet-napolitano`.
    pub id: String,
    /// The fullest name the articles use.
    pub name: String,
    /// Its kind.
    pub kind: EntityKind,
    /// For people: the role the articles give ("Mexican Interior Minister"), the first one found.
    pub role: Option<String>,
    /// Every other name form the articles use for it.
    pub aliases: Vec<String>,
    /// Every mention, in document and text order.
    pub mentions: Vec<Mention>,
}

/// Where an entity is mentioned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Document index in the corpus.
    pub doc: u32,
    /// Index of the block in the document's blocks (title or body).
    pub block: u32,
    /// Byte offset of the mention in the block's text.
    pub start: u32,
    /// Byte offset just past it.
    pub end: u32,
}

impl Entity {
    /// Indices of the documents that mention it, ascending and unique.
    pub fn documents(&self) -> Vec<u32> {
        let mut docs: Vec<u32> = self.mentions.iter().map(|m| m.doc).collect();
        docs.dedup();
        docs
    }
}
