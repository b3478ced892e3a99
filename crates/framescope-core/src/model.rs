//! Documents, their metadata with evidence, and the blocks of each capture.

use crate::date::PartialDate;
use serde::{Deserialize, Serialize};

/// Bumped whenever the binary layout of [`Corpus`] changes, so a stale embed is caught.
pub const FORMAT_VERSION: u32 = 5;

/// Every article of a corpus, compiled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// Must equal [`FORMAT_VERSION`] for the running code to read it.
    pub format_version: u32,
    /// The corpus's title, for the app's header.
    pub title: String,
    /// What the corpus is, in a sentence or two.
    pub description: String,
    /// The articles, in manifest order.
    pub documents: Vec<Document>,
    /// The full-text index over titles and bodies.
    pub search: crate::search::SearchIndex,
    /// People, organisations, places and other named things, merged across articles.
    pub entities: Vec<crate::entity::Entity>,
    /// Direct and reported quotes with their speakers, in document order.
    pub quotes: Vec<crate::entity::Quote>,
    /// Body sentences with their frame cues and tone, aligned facts and near-duplicates.
    pub framing: crate::framing::Framing,
}

/// One article: its metadata (each field with its evidence) and its capture split into blocks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Readable, URL-safe identifier (slug), unique in the corpus.
    pub id: String,
    /// Source file name inside the corpus folder.
    pub file: String,
    /// The outlet that published this capture.
    pub outlet: Field<String>,
    /// The original publisher, when the capture is a repost; `None` value when it is not.
    pub publisher: Field<String>,
    /// Who wrote or presented it.
    pub author: Field<String>,
    /// When it was published, to the precision the text supports.
    pub date: Field<PartialDate>,
    /// The headline.
    pub title: Field<String>,
    /// The kind of piece: radio transcript, wire story, blog post, brief…
    pub form: Field<String>,
    /// The whole capture in source order: article body, title, metadata lines and removed chrome.
    pub blocks: Vec<Block>,
    /// Words in the article body (title excluded).
    pub words: u32,
}

impl Document {
    /// A document known only by its id and its blocks, every manifest field unknown: for
    /// tools and tests that read plain text rather than a corpus folder.
    pub fn from_blocks(id: &str, blocks: Vec<Block>) -> Document {
        Document {
            id: id.into(),
            file: format!("{id}.txt"),
            outlet: Field::unknown(),
            publisher: Field::unknown(),
            author: Field::unknown(),
            date: Field::unknown(),
            title: Field::unknown(),
            form: Field::unknown(),
            blocks,
            words: 1,
        }
    }

    /// The blocks a reader sees as the article body, in order.
    pub fn body(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.role.is_article_text())
    }

    /// Source line numbers (1-based) of lines that carry article body text, ascending, unique.
    pub fn body_lines(&self) -> Vec<u32> {
        let mut lines: Vec<u32> =
            self.blocks.iter().filter(|b| b.role.is_article_text()).flat_map(|b| b.first_line..=b.last_line).collect();
        lines.dedup();
        lines
    }

    /// The title to show: the known title or the file name.
    pub fn display_title(&self) -> &str {
        self.title.value.as_deref().unwrap_or(&self.file)
    }
}

/// A metadata value with the evidence for it. `value: None` means the text does not support one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Field<T> {
    /// The value, or `None` for "unknown".
    pub value: Option<T>,
    /// Why the value is what it is (or why it is unknown).
    pub evidence: Vec<Evidence>,
}

impl<T> Field<T> {
    /// A field whose value the text does not support.
    pub fn unknown() -> Self {
        Field { value: None, evidence: Vec::new() }
    }
}

/// One piece of evidence for a metadata field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The source line (1-based) the quote comes from, if any.
    pub line: Option<u32>,
    /// Words quoted verbatim from that line; checked at build time to be there.
    pub quote: Option<String>,
    /// The reasoning that links the quote to the value, in plain words.
    pub note: Option<String>,
}

/// A run of text from the capture with the role the cleaner gave it.
///
/// Blocks tile the capture's non-blank text in order. A block spans whole lines,
/// except where one line holds several roles (a credit glued to a dateline glued to
/// the first sentence); then several blocks share that line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// First source line (1-based).
    pub first_line: u32,
    /// Last source line (1-based, inclusive).
    pub last_line: u32,
    /// The text, with the lines of a paragraph joined by single spaces.
    pub text: String,
    /// What the block is.
    pub role: BlockRole,
}

impl Block {
    /// One line of article body text: for tools and tests that read plain text.
    pub fn body_line(line: u32, text: &str) -> Block {
        Block { first_line: line, last_line: line, text: text.to_string(), role: BlockRole::Body }
    }
}

/// What a block of the capture is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BlockRole {
    /// The headline.
    Title,
    /// A paragraph of the article.
    Body,
    /// A subheading inside the article ("Analysis").
    Heading,
    /// A line that became metadata (byline, dateline, credit); not shown as body.
    Metadata(MetaKind),
    /// Page chrome, removed from the article, with the reason.
    Chrome(ChromeReason),
}

impl BlockRole {
    /// True for the blocks a reader sees as the article's text (body paragraphs and subheadings).
    pub fn is_article_text(self) -> bool {
        matches!(self, BlockRole::Body | BlockRole::Heading)
    }
}

/// The kind of metadata a block carried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MetaKind {
    /// "By James Bargent", "CARRIE KAHN, BYLINE", an agency line such as "Associated Press".
    Byline,
    /// Place and/or date that opens a story: "MEXICO CITY —", "MEXICO / 3 JUL 2013".
    Dateline,
    /// Attribution of a repost to its original publisher: "From the Washington Post".
    SourceCredit,
    /// Credit to a contributing reporter: "Tim Johnson contributed from Mexico City."
    Contributor,
    /// A label naming the kind of piece: "BRIEF", "ANALYSIS".
    FormLabel,
}

impl MetaKind {
    /// A short reader-facing label.
    pub fn label(self) -> &'static str {
        match self {
            MetaKind::Byline => "byline",
            MetaKind::Dateline => "dateline",
            MetaKind::SourceCredit => "source credit",
            MetaKind::Contributor => "contributor credit",
            MetaKind::FormLabel => "form label",
        }
    }
}

/// Why a block was removed as page chrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ChromeReason {
    /// Site navigation, breadcrumbs, section labels.
    Navigation,
    /// Audio or video player controls and embed code.
    MediaPlayer,
    /// Share and social buttons.
    ShareButtons,
    /// Copyright, terms of use, transcript and reuse notices.
    LegalNotice,
    /// Comment policies, comment widgets, reply forms.
    Comments,
    /// Newsletter sign-ups and subscription prompts.
    Newsletter,
    /// Sponsor messages, donation appeals, advertising.
    SponsorOrDonate,
    /// Teasers for other stories: "Related", "Read more", "Latest".
    RelatedStories,
    /// The site describing itself: "About us", mission statements, job ads.
    AboutSite,
    /// Reporter e-mail, social handles, "send us a tip".
    AuthorContact,
    /// Feedback prompts: "Was this content helpful?".
    Feedback,
    /// Text after the article has ended that matched no more specific reason.
    AfterArticle,
    /// Text before the article begins that matched no more specific reason.
    BeforeArticle,
}

impl ChromeReason {
    /// All reasons, in display order.
    pub const ALL: [ChromeReason; 13] = [
        ChromeReason::Navigation,
        ChromeReason::MediaPlayer,
        ChromeReason::ShareButtons,
        ChromeReason::LegalNotice,
        ChromeReason::Comments,
        ChromeReason::Newsletter,
        ChromeReason::SponsorOrDonate,
        ChromeReason::RelatedStories,
        ChromeReason::AboutSite,
        ChromeReason::AuthorContact,
        ChromeReason::Feedback,
        ChromeReason::AfterArticle,
        ChromeReason::BeforeArticle,
    ];

    /// A short reader-facing explanation.
    pub fn label(self) -> &'static str {
        match self {
            ChromeReason::Navigation => "site navigation",
            ChromeReason::MediaPlayer => "media player",
            ChromeReason::ShareButtons => "share buttons",
            ChromeReason::LegalNotice => "copyright or legal notice",
            ChromeReason::Comments => "comments or reply form",
            ChromeReason::Newsletter => "newsletter sign-up",
            ChromeReason::SponsorOrDonate => "sponsor or donation appeal",
            ChromeReason::RelatedStories => "related-story teaser",
            ChromeReason::AboutSite => "the site's own “about” text",
            ChromeReason::AuthorContact => "author contact",
            ChromeReason::Feedback => "feedback prompt",
            ChromeReason::AfterArticle => "after the end of the article",
            ChromeReason::BeforeArticle => "before the start of the article",
        }
    }

    /// A stable machine name, used in the JSON export and as a CSS hook.
    pub fn key(self) -> &'static str {
        match self {
            ChromeReason::Navigation => "navigation",
            ChromeReason::MediaPlayer => "media-player",
            ChromeReason::ShareButtons => "share-buttons",
            ChromeReason::LegalNotice => "legal-notice",
            ChromeReason::Comments => "comments",
            ChromeReason::Newsletter => "newsletter",
            ChromeReason::SponsorOrDonate => "sponsor-or-donate",
            ChromeReason::RelatedStories => "related-stories",
            ChromeReason::AboutSite => "about-site",
            ChromeReason::AuthorContact => "author-contact",
            ChromeReason::Feedback => "feedback",
            ChromeReason::AfterArticle => "after-article",
            ChromeReason::BeforeArticle => "before-article",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(first: u32, last: u32, role: BlockRole) -> Block {
        Block { first_line: first, last_line: last, text: "x".into(), role }
    }

    #[test]
    fn body_lines_cover_body_and_headings_once() {
        let doc = Document::from_blocks(
            "a",
            vec![
                block(1, 1, BlockRole::Title),
                block(3, 3, BlockRole::Metadata(MetaKind::SourceCredit)),
                block(3, 4, BlockRole::Body),
                block(6, 6, BlockRole::Heading),
                block(8, 8, BlockRole::Body),
                block(9, 9, BlockRole::Chrome(ChromeReason::LegalNotice)),
            ],
        );
        assert_eq!(doc.body_lines(), vec![3, 4, 6, 8]);
        assert_eq!(doc.body().count(), 3);
    }

    #[test]
    fn roundtrips_through_postcard() {
        let corpus = Corpus {
            format_version: FORMAT_VERSION,
            title: "t".into(),
            description: "d".into(),
            documents: vec![],
            search: Default::default(),
            entities: vec![],
            quotes: vec![],
            framing: Default::default(),
        };
        let bytes = crate::encode(&corpus).unwrap();
        assert_eq!(crate::decode(&bytes).unwrap(), corpus);
        let stale = Corpus { format_version: FORMAT_VERSION + 1, ..corpus.clone() };
        let bytes = crate::encode(&stale).unwrap();
        assert!(matches!(crate::decode(&bytes), Err(crate::DecodeError::Version { .. })));
    }
}
