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

/// Direct words in quotation marks (or a transcript turn), or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum QuoteKind {
    /// The speaker's own words.
    Direct,
    /// What the text says the speaker said.
    Reported,
}

impl QuoteKind {
    /// The name used in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Reported => "reported",
        }
    }
}

/// Who a speaker is, as far as the text says.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SpeakerCategory {
    /// An official of a government; the country when the text names it.
    Government(Option<String>),
    /// An elected politician speaking as such (a member of a legislature, a candidate).
    Politician,
    /// An analyst, academic or think-tank voice.
    Analyst,
    /// A journalist.
    Journalist,
    /// A source the text does not name.
    Anonymous,
    /// Anyone else, or a speaker the text does not describe.
    Other,
}

impl SpeakerCategory {
    /// A stable machine name: `government`, `us_government`, `mexico_government`…
    pub fn key(&self) -> String {
        match self {
            SpeakerCategory::Government(None) => "government".into(),
            SpeakerCategory::Government(Some(c)) => {
                let slug: String =
                    c.to_lowercase().chars().map(|ch| if ch.is_alphanumeric() { ch } else { '_' }).collect();
                format!("{slug}_government")
            }
            SpeakerCategory::Politician => "politician".into(),
            SpeakerCategory::Analyst => "analyst".into(),
            SpeakerCategory::Journalist => "journalist".into(),
            SpeakerCategory::Anonymous => "anonymous".into(),
            SpeakerCategory::Other => "other".into(),
        }
    }

    /// A reader-facing label: "US government", "Analyst or think tank".
    pub fn label(&self) -> String {
        match self {
            SpeakerCategory::Government(None) => "Government".into(),
            SpeakerCategory::Government(Some(c)) => format!("{c} government"),
            SpeakerCategory::Politician => "Politician".into(),
            SpeakerCategory::Analyst => "Analyst or think tank".into(),
            SpeakerCategory::Journalist => "Journalist".into(),
            SpeakerCategory::Anonymous => "Anonymous source".into(),
            SpeakerCategory::Other => "Other".into(),
        }
    }
}

/// A quote and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Document index.
    pub doc: u32,
    /// Block index in the document.
    pub block: u32,
    /// Byte range of the quoted words in the block's text.
    pub start: u32,
    /// End of that range.
    pub end: u32,
    /// Direct or reported.
    pub kind: QuoteKind,
    /// Index of the speaker in the corpus's entities, when the speaker is one.
    pub speaker: Option<u32>,
    /// The speaker's name, or the text's description of an unnamed one.
    pub speaker_name: String,
    /// Who the speaker is.
    pub category: SpeakerCategory,
}
