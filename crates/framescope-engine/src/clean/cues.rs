//! Step 3: the boilerplate cue lexicon.
//!
//! Each cue is a phrase that news sites in general print around an article, with the
//! [`ChromeReason`] it stands for. Matching is case-insensitive and on word
//! boundaries. How much a match counts depends on its [`Kind`]:
//!
//! - a [`Kind::Phrase`] is so specific to page furniture ("all rights reserved",
//!   "your email address will not be published") that it marks a paragraph as chrome
//!   even inside long prose;
//! - a [`Kind::Lead`] counts when it opens a short block that is not a sentence
//!   ("Read more …", "Tags: …", "About <site>");
//! - a [`Kind::Word`] ("share", "download", "comments") is common in running prose
//!   ("they share a border"), so it only counts when cue words dominate a short block,
//!   or when the block is already known to be outside the article and only its reason
//!   is being chosen.
//!
//! No cue names a site: every phrase is the generic wording of a widget (player,
//! share bar, comment form, newsletter box, donation appeal, teaser list, footer).

use std::sync::LazyLock;

use framescope_core::ChromeReason;
use regex::Regex;

use super::features::{ends_sentence, fold_word, is_stop_word, word_spans, LENGTH_HIGH};

/// How strongly a cue marks its block as chrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Distinctive boilerplate wording: counts anywhere, even in long prose.
    Phrase,
    /// Counts when it opens a short, non-sentence block.
    Lead,
    /// Counts only when cue words dominate a short block.
    Word,
}

/// What a chrome block means for the article it follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flow {
    /// The article is over: comment forms, copyright lines, teaser lists.
    Ends,
    /// An interruption (advertisement, newsletter box, inline "Read more: …" link):
    /// chrome where it stands; it ends the article only if no article text follows.
    Interrupts,
    /// Weak evidence (an author bio, a short line that might be a subheading): it ends
    /// the article if nothing follows, and is article text if the article goes on.
    Tentative,
}

/// One entry of the lexicon.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cue {
    /// A literal phrase (lower case) or, with `regex`, a pattern.
    pub pattern: &'static str,
    /// True if `pattern` is a regular expression with its own flags.
    pub regex: bool,
    /// What the cue stands for.
    pub reason: ChromeReason,
    /// How strongly it counts.
    pub kind: Kind,
    /// What it means for the article.
    pub flow: Flow,
}

const fn cue(pattern: &'static str, reason: ChromeReason, kind: Kind, flow: Flow) -> Cue {
    Cue { pattern, regex: false, reason, kind, flow }
}

const fn re(pattern: &'static str, reason: ChromeReason, kind: Kind, flow: Flow) -> Cue {
    Cue { pattern, regex: true, reason, kind, flow }
}

use ChromeReason as R;
use Flow::{Ends, Interrupts, Tentative};
use Kind::{Lead, Phrase, Word};

/// Audio and video players. General because every player widget labels its controls
/// with these words (Playlist, Download, Embed, Transcript) and embeds an `<iframe>`;
/// an embed line is never article text. Players sit inside articles, so they never
/// end one.
const MEDIA: &[Cue] = &[
    cue("playlist", R::MediaPlayer, Word, Interrupts),
    cue("download", R::MediaPlayer, Word, Interrupts),
    cue("embed", R::MediaPlayer, Word, Interrupts),
    cue("transcript", R::MediaPlayer, Word, Interrupts),
    cue("video", R::MediaPlayer, Word, Interrupts),
    cue("audio", R::MediaPlayer, Word, Interrupts),
    cue("podcast", R::MediaPlayer, Word, Interrupts),
    cue("listen", R::MediaPlayer, Word, Interrupts),
    cue("watch", R::MediaPlayer, Word, Interrupts),
    cue("fullscreen", R::MediaPlayer, Word, Interrupts),
    cue("play audio", R::MediaPlayer, Phrase, Interrupts),
    cue("play video", R::MediaPlayer, Phrase, Interrupts),
    // A player's caption: "[VIDEO] Chief Meteorologist … tracks the storm (4:12)".
    re(r"(?i)^\s*\[(?:VIDEO|AUDIO|PHOTOS?|GALLERY|WATCH|LISTEN|LIVE)\]", R::MediaPlayer, Phrase, Interrupts),
    cue("listen to this article", R::MediaPlayer, Phrase, Interrupts),
    cue("listen to this story", R::MediaPlayer, Phrase, Interrupts),
    cue("audio player", R::MediaPlayer, Phrase, Interrupts),
    cue("video player", R::MediaPlayer, Phrase, Interrupts),
    cue("embedded audio", R::MediaPlayer, Phrase, Interrupts),
    cue("embedded video", R::MediaPlayer, Phrase, Interrupts),
    cue("toggle more options", R::MediaPlayer, Phrase, Interrupts),
    cue("now playing", R::MediaPlayer, Phrase, Interrupts),
    re(r"(?i)<\s*(?:iframe|video|audio|embed)\b", R::MediaPlayer, Phrase, Interrupts),
    // A photo caption's credit: "Photograph: Name/Agency", "(AP Photo/File)". A
    // caption belongs to the picture, not to the article's text.
    re(
        r"(?:\b(?:Photograph|Photo|Photos|Image|Illustration|Picture)\s*:\s*\S|\((?:[A-Z]{2,}\s+)?Photo\b|\((?:[A-Z][\w'’-]*\s+)?(?:photo|photograph)\s*/|\bGetty\s+Images\b)",
        R::MediaPlayer,
        Phrase,
        Interrupts,
    ),
    // A player's elapsed/total time readout, "0:00 / 3:45".
    re(r"\b\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}\b", R::MediaPlayer, Phrase, Interrupts),
];

/// Share bars. General because sharing widgets everywhere name the networks and the
/// action ("Share", "Tweet", "Email this") and icon fonts leave the word "icon" behind.
const SHARE: &[Cue] = &[
    cue("share", R::ShareButtons, Word, Ends),
    cue("tweet", R::ShareButtons, Word, Ends),
    cue("facebook", R::ShareButtons, Word, Ends),
    cue("bluesky", R::ShareButtons, Word, Ends),
    // The network once called Twitter; alone a letter, so it counts only among other cues.
    cue("x", R::ShareButtons, Word, Ends),
    cue("threads", R::ShareButtons, Word, Ends),
    cue("mastodon", R::ShareButtons, Word, Ends),
    cue("twitter", R::ShareButtons, Word, Ends),
    cue("whatsapp", R::ShareButtons, Word, Ends),
    cue("linkedin", R::ShareButtons, Word, Ends),
    cue("pinterest", R::ShareButtons, Word, Ends),
    cue("reddit", R::ShareButtons, Word, Ends),
    cue("telegram", R::ShareButtons, Word, Ends),
    cue("flipboard", R::ShareButtons, Word, Ends),
    cue("email", R::ShareButtons, Word, Ends),
    cue("text", R::ShareButtons, Word, Ends),
    cue("republish", R::ShareButtons, Word, Ends),
    cue("republish this story", R::ShareButtons, Phrase, Ends),
    cue("republish this article", R::ShareButtons, Phrase, Ends),
    cue("print", R::ShareButtons, Word, Ends),
    cue("icon", R::ShareButtons, Word, Ends),
    // Reading-list buttons sit in the share bar.
    cue("save", R::ShareButtons, Word, Ends),
    cue("bookmark", R::ShareButtons, Word, Ends),
    cue("copy link", R::ShareButtons, Phrase, Ends),
    cue("email this", R::ShareButtons, Phrase, Ends),
    cue("click to share", R::ShareButtons, Phrase, Ends),
    cue("share this article", R::ShareButtons, Phrase, Ends),
    cue("share this story", R::ShareButtons, Phrase, Ends),
    cue("share this page", R::ShareButtons, Phrase, Ends),
    cue("share on facebook", R::ShareButtons, Phrase, Ends),
    cue("share on twitter", R::ShareButtons, Phrase, Ends),
    cue("opens in a new window", R::ShareButtons, Phrase, Ends),
    cue("follow us on", R::ShareButtons, Phrase, Ends),
    re(r"(?i)\bshare\s+this\s*:", R::ShareButtons, Phrase, Ends),
    re(r"(?i)\blike\s+this\s*:", R::ShareButtons, Phrase, Ends),
    cue("share this", R::ShareButtons, Lead, Ends),
];

/// Legal notices. General because copyright lines, reuse licences, cookie banners,
/// disclaimers and transcript caveats are legal boilerplate with fixed wording.
/// "Terms of use" and "privacy policy" are only words: news prose reports on them.
const LEGAL: &[Cue] = &[
    re(r"©", R::LegalNotice, Phrase, Ends),
    re(r"(?i)\bcopyright\s*(?:©|\(c\)|\d{4})", R::LegalNotice, Phrase, Ends),
    cue("all rights reserved", R::LegalNotice, Phrase, Ends),
    cue("transcripts are created", R::LegalNotice, Phrase, Ends),
    cue("transcripts are generated", R::LegalNotice, Phrase, Ends),
    cue("end of transcript", R::LegalNotice, Phrase, Ends),
    cue("this transcript was produced", R::LegalNotice, Phrase, Ends),
    cue("may differ slightly from", R::LegalNotice, Phrase, Ends),
    cue("before quoting", R::LegalNotice, Phrase, Ends),
    cue("may not be in its final form", R::LegalNotice, Phrase, Ends),
    cue("authoritative record", R::LegalNotice, Phrase, Ends),
    cue("creative commons", R::LegalNotice, Phrase, Ends),
    cue("copy and distribute", R::LegalNotice, Phrase, Ends),
    cue("reprints and permissions", R::LegalNotice, Phrase, Ends),
    cue("may not be published, broadcast", R::LegalNotice, Phrase, Ends),
    cue("may not be reproduced", R::LegalNotice, Phrase, Ends),
    cue("views expressed in this", R::LegalNotice, Phrase, Ends),
    cue("do not necessarily reflect", R::LegalNotice, Phrase, Ends),
    cue("are those of the author", R::LegalNotice, Phrase, Ends),
    cue("we use cookies", R::LegalNotice, Phrase, Ends),
    cue("accept all cookies", R::LegalNotice, Phrase, Ends),
    cue("cookie settings", R::LegalNotice, Phrase, Ends),
    cue("cookie policy", R::LegalNotice, Phrase, Ends),
    cue("copyright", R::LegalNotice, Word, Ends),
    cue("terms of use", R::LegalNotice, Word, Ends),
    cue("terms of service", R::LegalNotice, Word, Ends),
    cue("terms and conditions", R::LegalNotice, Word, Ends),
    cue("terms & conditions", R::LegalNotice, Word, Ends),
    cue("privacy policy", R::LegalNotice, Word, Ends),
    cue("privacy notice", R::LegalNotice, Word, Ends),
    cue("cookie", R::LegalNotice, Word, Ends),
    cue("cookies", R::LegalNotice, Word, Ends),
    cue("permissions", R::LegalNotice, Word, Ends),
    cue("disclaimer", R::LegalNotice, Word, Ends),
    cue("licensing", R::LegalNotice, Word, Ends),
    cue("reuse this content", R::LegalNotice, Phrase, Ends),
];

/// Comment sections. General because comment forms and policies are produced by a
/// few widget kinds (blog engines, comment services) whose wording is near-identical
/// across sites ("Leave a Reply", "Your email address will not be published").
const COMMENTS: &[Cue] = &[
    cue("leave a reply", R::Comments, Phrase, Ends),
    cue("leave a comment", R::Comments, Phrase, Ends),
    cue("post a comment", R::Comments, Phrase, Ends),
    cue("add a comment", R::Comments, Phrase, Ends),
    cue("your email address will not be published", R::Comments, Phrase, Ends),
    cue("required fields are marked", R::Comments, Phrase, Ends),
    cue("log in to comment", R::Comments, Phrase, Ends),
    cue("sign in to comment", R::Comments, Phrase, Ends),
    cue("comment policy", R::Comments, Phrase, Ends),
    cue("commenting policy", R::Comments, Phrase, Ends),
    cue("community rules", R::Comments, Phrase, Ends),
    cue("community guidelines", R::Comments, Phrase, Ends),
    cue("hide comments", R::Comments, Phrase, Ends),
    cue("show comments", R::Comments, Phrase, Ends),
    cue("view comments", R::Comments, Phrase, Ends),
    cue("join the conversation", R::Comments, Phrase, Ends),
    cue("join the discussion", R::Comments, Phrase, Ends),
    cue("commenting system", R::Comments, Phrase, Ends),
    cue("comment system", R::Comments, Phrase, Ends),
    cue("cancel reply", R::Comments, Phrase, Ends),
    cue("be the first to comment", R::Comments, Phrase, Ends),
    cue("will be moderated", R::Comments, Phrase, Ends),
    cue("prior to posting", R::Comments, Phrase, Ends),
    // The cookie consent box under every blog-engine comment form.
    cue("save my name", R::Comments, Phrase, Ends),
    cue("comment", R::Comments, Word, Ends),
    cue("moderated", R::Comments, Word, Ends),
    cue("moderation", R::Comments, Word, Ends),
    cue("reply", R::Comments, Word, Ends),
    cue("replies", R::Comments, Word, Ends),
    // The confirm dialog of a comment widget ("Cancel" / "OK").
    cue("cancel ok", R::Comments, Word, Ends),
];

/// Newsletter boxes. General because sign-up boxes everywhere say "sign up",
/// "subscribe", "newsletter", "inbox". Sites put them mid-article, so they interrupt.
const NEWSLETTER: &[Cue] = &[
    cue("subscribe", R::Newsletter, Word, Interrupts),
    cue("subscribe", R::Newsletter, Lead, Interrupts),
    cue("sign up", R::Newsletter, Lead, Interrupts),
    cue("subscription", R::Newsletter, Word, Interrupts),
    cue("newsletter", R::Newsletter, Word, Interrupts),
    cue("sign up", R::Newsletter, Word, Interrupts),
    cue("signup", R::Newsletter, Word, Interrupts),
    cue("inbox", R::Newsletter, Word, Interrupts),
    cue("sign up for our", R::Newsletter, Phrase, Interrupts),
    cue("wherever you get your podcasts", R::Newsletter, Phrase, Ends),
    cue("subscribe to our", R::Newsletter, Phrase, Interrupts),
    cue("get our newsletter", R::Newsletter, Phrase, Interrupts),
    cue("delivered to your inbox", R::Newsletter, Phrase, Interrupts),
    cue("straight to your inbox", R::Newsletter, Phrase, Interrupts),
    cue("already a subscriber", R::Newsletter, Phrase, Interrupts),
    cue("enter your email", R::Newsletter, Phrase, Interrupts),
    cue("unsubscribe at any time", R::Newsletter, Phrase, Interrupts),
];

/// Sponsor messages, donation appeals and advertising. General because fundraising
/// and underwriting text follows the same formulas everywhere ("Support comes from",
/// "Donate", "support our journalism", "we need resources"). An "Advertisement"
/// marker stands between paragraphs, so it interrupts rather than ends.
const SPONSOR: &[Cue] = &[
    cue("sponsor", R::SponsorOrDonate, Word, Ends),
    cue("donate", R::SponsorOrDonate, Word, Ends),
    cue("donation", R::SponsorOrDonate, Word, Ends),
    cue("underwriting", R::SponsorOrDonate, Word, Ends),
    cue("support comes from", R::SponsorOrDonate, Phrase, Ends),
    // A broadcast's sponsor line, opening its block: "Closed captioning sponsored by Volunteer
    // State Tire & Auto.", "Sponsored by …", "This programme is brought to you by …".
    re(
        r"(?i)^(?:(?:closed )?caption(?:ing|s)? (?:is |are )?|this \w+ (?:is |was )?)?(?:sponsored|provided|brought to you|made possible) by\b",
        R::SponsorOrDonate,
        Phrase,
        Ends,
    ),
    cue("funded by readers", R::SponsorOrDonate, Phrase, Ends),
    cue("our donors", R::SponsorOrDonate, Phrase, Ends),
    cue("thanks our sponsors", R::SponsorOrDonate, Phrase, Ends),
    cue("thank our sponsors", R::SponsorOrDonate, Phrase, Ends),
    cue("become a sponsor", R::SponsorOrDonate, Phrase, Ends),
    cue("we need resources", R::SponsorOrDonate, Phrase, Ends),
    cue("support our journalism", R::SponsorOrDonate, Phrase, Ends),
    cue("support independent journalism", R::SponsorOrDonate, Phrase, Ends),
    cue("support our work", R::SponsorOrDonate, Phrase, Ends),
    cue("make a donation", R::SponsorOrDonate, Phrase, Ends),
    cue("donate now", R::SponsorOrDonate, Phrase, Ends),
    cue("become a member", R::SponsorOrDonate, Phrase, Ends),
    cue("advertisement", R::SponsorOrDonate, Word, Interrupts),
    cue("advertising", R::SponsorOrDonate, Word, Interrupts),
    cue("ad", R::SponsorOrDonate, Word, Interrupts),
    cue("sponsored", R::SponsorOrDonate, Word, Interrupts),
    cue("story continues below", R::SponsorOrDonate, Phrase, Interrupts),
    cue("scroll to continue", R::SponsorOrDonate, Phrase, Interrupts),
    cue("article continues below", R::SponsorOrDonate, Phrase, Interrupts),
    cue("continue reading below", R::SponsorOrDonate, Phrase, Interrupts),
    cue("paid content", R::SponsorOrDonate, Phrase, Interrupts),
    cue("partner content", R::SponsorOrDonate, Phrase, Interrupts),
];

/// Teasers for other stories. General because recommendation widgets use a handful
/// of headings ("Related", "Read more", "Most read", "You may also like") and teaser
/// lists stamp each item with a "SECTION / 1 MAR 2023" line.
const RELATED: &[Cue] = &[
    cue("related", R::RelatedStories, Word, Ends),
    cue("latest", R::RelatedStories, Word, Ends),
    cue("recommended", R::RelatedStories, Word, Ends),
    cue("trending", R::RelatedStories, Word, Ends),
    cue("popular", R::RelatedStories, Word, Ends),
    cue("headlines", R::RelatedStories, Word, Ends),
    cue("more stories", R::RelatedStories, Word, Ends),
    // A short "More reviews" / "Hurricane Center: more coverage" heading over a teaser list.
    re(
        r"(?i)^(?:[\w'’ -]{0,40}:\s*)?more\s+(?:reviews|stories|news|coverage|videos|articles|headlines|podcasts|episodes|opinion|from\s+[\w'’-]+|on\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})\s*$",
        R::RelatedStories,
        Phrase,
        Ends,
    ),
    cue("more news", R::RelatedStories, Word, Ends),
    cue("more from", R::RelatedStories, Word, Ends),
    cue("most read", R::RelatedStories, Word, Ends),
    cue("most viewed", R::RelatedStories, Word, Ends),
    cue("top stories", R::RelatedStories, Word, Ends),
    cue("stories", R::RelatedStories, Word, Ends),
    cue("you may also like", R::RelatedStories, Phrase, Ends),
    cue("you might also like", R::RelatedStories, Phrase, Ends),
    cue("you may be interested in", R::RelatedStories, Phrase, Ends),
    cue("recommended for you", R::RelatedStories, Phrase, Ends),
    cue("related stories", R::RelatedStories, Phrase, Ends),
    cue("related articles", R::RelatedStories, Phrase, Ends),
    cue("related posts", R::RelatedStories, Phrase, Ends),
    cue("related content", R::RelatedStories, Phrase, Ends),
    cue("related coverage", R::RelatedStories, Phrase, Ends),
    cue("recent posts", R::RelatedStories, Phrase, Ends),
    cue("latest tweets", R::RelatedStories, Phrase, Ends),
    cue("editor's picks", R::RelatedStories, Phrase, Ends),
    cue("read more", R::RelatedStories, Lead, Ends),
    cue("read next", R::RelatedStories, Lead, Ends),
    cue("related", R::RelatedStories, Lead, Ends),
    cue("see also", R::RelatedStories, Lead, Ends),
    cue("also read", R::RelatedStories, Lead, Ends),
    cue("more on this", R::RelatedStories, Lead, Ends),
    cue("more from", R::RelatedStories, Lead, Ends),
    cue("also on", R::RelatedStories, Lead, Ends),
    cue("most read", R::RelatedStories, Lead, Ends),
    cue("most popular", R::RelatedStories, Lead, Ends),
    // A teaser's section-and-date stamp, "CONTRABAND / 8 JUN 2022".
    re(r"^[A-Z][A-Z &,'’-]*[A-Z]\s+/\s+\d{1,2}\s+[A-Z]{3,9}\.?\s+\d{4}$", R::RelatedStories, Phrase, Ends),
];

/// The site describing itself. General because "about us" pages, mission statements
/// and job ads use first-person-plural formulas ("We are a group of…", "Our goal is…",
/// "Work with us", "Open position"). A site may describe itself in a box mid-page, so
/// this interrupts.
const ABOUT: &[Cue] = &[
    cue("about us", R::AboutSite, Phrase, Interrupts),
    // A newsroom describing itself and its funders at the foot of a story ("… is an
    // independent nonprofit newsroom", "… has no say over our editorial decisions").
    re(
        r"(?i)\bis an? (?:independent,? )?(?:non-?profit|nonpartisan|independent|reader-funded)(?:,? non-?profit)? (?:newsroom|news organi[sz]ation|news site|news outlet)\s*[.,]",
        R::AboutSite,
        Phrase,
        Interrupts,
    ),
    cue("our editorial decisions", R::AboutSite, Phrase, Interrupts),
    cue("our editorial independence", R::AboutSite, Phrase, Interrupts),
    cue("we are a group", R::AboutSite, Phrase, Interrupts),
    cue("our mission is", R::AboutSite, Phrase, Interrupts),
    cue("work with us", R::AboutSite, Phrase, Interrupts),
    cue("open position", R::AboutSite, Phrase, Interrupts),
    cue("join our team", R::AboutSite, Phrase, Interrupts),
    cue("we are hiring", R::AboutSite, Phrase, Interrupts),
    cue("we're hiring", R::AboutSite, Phrase, Interrupts),
    cue("about", R::AboutSite, Lead, Interrupts),
    cue("the organization", R::AboutSite, Word, Interrupts),
    cue("our mission", R::AboutSite, Word, Interrupts),
    cue("our goal", R::AboutSite, Word, Interrupts),
    cue("our team", R::AboutSite, Word, Interrupts),
    cue("our coverage", R::AboutSite, Word, Interrupts),
    cue("careers", R::AboutSite, Word, Interrupts),
];

/// How to reach the author or the newsroom. General because contact lines are
/// labelled ("Email:", "Twitter: @…") and tip lines use the same few formulas. An
/// author biography ("X is a senior fellow at …") closes commentary pieces; since a
/// body paragraph can open the same way, it only ends the article if nothing follows.
const AUTHOR: &[Cue] = &[
    // Contact labels count at the start of a line: "in an email: …" is prose.
    re(r"(?i)\be-?mail\s*:", R::AuthorContact, Lead, Ends),
    re(r"(?i)\btwitter\s*:", R::AuthorContact, Lead, Ends),
    re(r"(?:^|\s)@[A-Za-z0-9_]{2,}", R::AuthorContact, Word, Ends),
    re(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b", R::AuthorContact, Word, Ends),
    cue("send us a tip", R::AuthorContact, Phrase, Ends),
    cue("send us your tip", R::AuthorContact, Phrase, Ends),
    cue("have a news tip", R::AuthorContact, Phrase, Ends),
    cue("got a tip", R::AuthorContact, Phrase, Ends),
    cue("contact the author", R::AuthorContact, Phrase, Ends),
    cue("contact the reporter", R::AuthorContact, Phrase, Ends),
    cue("reach the reporter", R::AuthorContact, Phrase, Ends),
    cue("about the author", R::AuthorContact, Phrase, Ends),
    cue("follow him on", R::AuthorContact, Phrase, Ends),
    cue("follow her on", R::AuthorContact, Phrase, Ends),
    re(
        r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?:is|was|serves as)\s+(?:a|an|the|(?:[A-Z][\w'’.-]*\s+){1,4}?[A-Z][\w.-]*['’]s)\s+(?:[\w'’-]+\s+){0,5}?(?:fellow|director|professor|editor|correspondent|reporter|analyst|researcher|author|writer|journalist|columnist|scholar|associate|lecturer|contributor)\b",
        R::AuthorContact,
        Phrase,
        Tentative,
    ),
    // "Aya Nishimura writes about books and the arts for the Japan Ledger.", "Noah
    // Pitseolak covers the courts for The Arctic Courier."
    re(
        r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?:covers|writes\s+about|reports\s+on)\s+[^.!?]{1,120}\s+(?:for|from)\s+(?:the\s+|The\s+)?[A-Z][^.!?]*\.(?:\s+(?:(?:She|He|They)\s+(?:is|are)\s+based\s+in|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+contributed)\b[^.!?]*\.)?$",
        R::AuthorContact,
        Phrase,
        Tentative,
    ),
];

/// A correction or clarification note ("Correction: An earlier version of this article
/// …"): the newsroom's record about the article, not its text, wherever it stands.
const CORRECTIONS: &[Cue] =
    &[re(r"^(?:Correction|Clarification)s?(?:\s*\([^)]{1,40}\))?\s*:\s*\S", R::AfterArticle, Phrase, Interrupts)];

/// Feedback prompts. General because feedback widgets ask the same questions
/// ("Was this content helpful?", "What are your thoughts?").
const FEEDBACK: &[Cue] = &[
    cue("was this content helpful", R::Feedback, Phrase, Ends),
    cue("was this article helpful", R::Feedback, Phrase, Ends),
    cue("was this helpful", R::Feedback, Phrase, Ends),
    cue("was this page helpful", R::Feedback, Phrase, Ends),
    cue("was this story helpful", R::Feedback, Phrase, Ends),
    cue("what are your thoughts", R::Feedback, Phrase, Ends),
    cue("click here to send", R::Feedback, Phrase, Ends),
    cue("send us feedback", R::Feedback, Phrase, Ends),
    cue("give feedback", R::Feedback, Phrase, Ends),
    cue("report an error", R::Feedback, Phrase, Ends),
    cue("report a correction", R::Feedback, Phrase, Ends),
    cue("tell us what you think", R::Feedback, Phrase, Ends),
    cue("feedback", R::Feedback, Word, Ends),
    // Tip lines: "Do you have a story for the Mercury? Email …".
    cue("do you have a story", R::Feedback, Phrase, Ends),
    cue("got a story", R::Feedback, Phrase, Ends),
    cue("have a story for us", R::Feedback, Phrase, Ends),
    cue("got a news tip", R::Feedback, Phrase, Ends),
    cue("have a news tip", R::Feedback, Phrase, Ends),
    cue("send us a tip", R::Feedback, Phrase, Ends),
    cue("want us to check", R::Feedback, Phrase, Ends),
    cue("want us to fact-check", R::Feedback, Phrase, Ends),
    cue("want us to fact check", R::Feedback, Phrase, Ends),
];

/// Site navigation. General because menus, breadcrumbs ("Home > World > Americas"),
/// skip links, taxonomy lines ("Tags: …", "Filed under …") and language switchers
/// ("EN | ES") are the same on every site. Navigation sits anywhere, so it never
/// ends the article.
const NAVIGATION: &[Cue] = &[
    cue("home", R::Navigation, Word, Interrupts),
    cue("menu", R::Navigation, Word, Interrupts),
    cue("search", R::Navigation, Word, Interrupts),
    cue("sections", R::Navigation, Word, Interrupts),
    cue("login", R::Navigation, Word, Interrupts),
    cue("log in", R::Navigation, Word, Interrupts),
    cue("sign in", R::Navigation, Word, Interrupts),
    cue("register", R::Navigation, Word, Interrupts),
    cue("navigation", R::Navigation, Word, Interrupts),
    cue("archives", R::Navigation, Word, Interrupts),
    cue("categories", R::Navigation, Word, Interrupts),
    cue("next", R::Navigation, Word, Interrupts),
    cue("previous", R::Navigation, Word, Interrupts),
    cue("english", R::Navigation, Word, Interrupts),
    cue("español", R::Navigation, Word, Interrupts),
    cue("skip to content", R::Navigation, Phrase, Interrupts),
    cue("skip to main content", R::Navigation, Phrase, Interrupts),
    // A live blog's box of links to its own entries; the entries follow it.
    re(r"(?i)^\s*(?:key\s+events|key\s+moments|jump\s+to)\s*:?\s*$", R::Navigation, Phrase, Interrupts),
    cue("back to top", R::Navigation, Phrase, Interrupts),
    cue("toggle navigation", R::Navigation, Phrase, Interrupts),
    // Screen-reader annotations of outbound links.
    cue("opens new tab", R::Navigation, Phrase, Interrupts),
    cue("opens in new tab", R::Navigation, Phrase, Interrupts),
    cue("opens in a new tab", R::Navigation, Phrase, Interrupts),
    cue("tags", R::Navigation, Lead, Interrupts),
    cue("topics", R::Navigation, Lead, Interrupts),
    cue("filed under", R::Navigation, Lead, Interrupts),
    cue("posted in", R::Navigation, Lead, Interrupts),
    cue("categories", R::Navigation, Lead, Interrupts),
    cue("you are here", R::Navigation, Lead, Interrupts),
    // A breadcrumb: three or more items joined by > › » or |.
    re(r"^[^>›»|]{1,40}(?:\s*[>›»|]\s*[^>›»|]{1,40}){2,}$", R::Navigation, Phrase, Interrupts),
    // A language switcher: nothing but two-letter language codes.
    re(
        r"^(?:EN|ES|FR|PT|DE|IT|AR|ZH|RU|JA|KO|NL|PL|TR)(?:\s*[|/·,]?\s*(?:EN|ES|FR|PT|DE|IT|AR|ZH|RU|JA|KO|NL|PL|TR))*$",
        R::Navigation,
        Phrase,
        Interrupts,
    ),
];

/// The whole lexicon.
pub(crate) const LEXICON: &[&[Cue]] =
    &[MEDIA, SHARE, LEGAL, COMMENTS, NEWSLETTER, SPONSOR, RELATED, ABOUT, AUTHOR, CORRECTIONS, FEEDBACK, NAVIGATION];

/// Order in which reasons win a tie: the more specific and the more final first.
const PRIORITY: [ChromeReason; 12] = [
    R::LegalNotice,
    R::Comments,
    R::AuthorContact,
    R::Feedback,
    R::Newsletter,
    R::SponsorOrDonate,
    R::RelatedStories,
    R::AboutSite,
    R::ShareButtons,
    R::MediaPlayer,
    R::Navigation,
    R::AfterArticle,
];

/// True for reasons that mark the end of the article when met after it started.
/// Players and navigation sit inside articles too, so they do not.
pub(crate) fn terminates(reason: ChromeReason) -> bool {
    !matches!(reason, R::MediaPlayer | R::Navigation | R::AfterArticle | R::BeforeArticle)
}

/// The pattern cues, compiled once. Literal cues need no regex: they are found by
/// substring search in a folded copy of the text, which is much faster.
static COMPILED: LazyLock<Vec<(Cue, Regex)>> = LazyLock::new(|| {
    LEXICON
        .iter()
        .flat_map(|group| group.iter())
        .filter(|cue| cue.regex)
        .map(|&cue| {
            let re = Regex::new(cue.pattern).unwrap_or_else(|e| panic!("cue {:?}: {e}", cue.pattern));
            (cue, re)
        })
        .collect()
});

/// English inflections a word cue also matches ("comment" → "comments", "commenting"),
/// longest first.
const INFLECTIONS: &[&str] = &["ers", "ing", "es", "ed", "er", "s", ""];

/// The text with ASCII letters lower-cased and whitespace runs collapsed to one space,
/// and for each of its bytes the offset of the original byte it came from.
struct Folded {
    text: String,
    origin: Vec<usize>,
}

fn fold(text: &str) -> Folded {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    let mut space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
                origin.push(i);
            }
            space = true;
            continue;
        }
        space = false;
        let c = c.to_ascii_lowercase();
        for k in 0..c.len_utf8() {
            origin.push(i + k);
        }
        out.push(c);
    }
    origin.push(text.len());
    Folded { text: out, origin }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// Every occurrence of a literal cue on word boundaries, as byte spans of `folded`.
fn find_literal(folded: &str, cue: &Cue) -> Vec<(usize, usize)> {
    let pat = cue.pattern;
    let inflect = cue.kind == Kind::Word && pat.ends_with(|c: char| c.is_alphabetic());
    let bounded_start = is_word_char(pat.chars().next());
    let bounded_end = is_word_char(pat.chars().last());
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = folded[from..].find(pat) {
        let start = from + at;
        from = start + pat.len();
        if bounded_start && is_word_char(folded[..start].chars().next_back()) {
            continue;
        }
        let suffixes: &[&str] = if inflect { INFLECTIONS } else { &[""] };
        let end = suffixes.iter().find_map(|s| {
            let end = start + pat.len() + s.len();
            let ok = folded[start + pat.len()..].starts_with(s)
                && (!bounded_end || !is_word_char(folded[end..].chars().next()));
            ok.then_some(end)
        });
        if let Some(end) = end {
            out.push((start, end));
        }
    }
    out
}

/// One cue found in a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The cue's reason.
    pub reason: ChromeReason,
    /// How it counts here: a lead cue away from the start counts as a word.
    pub kind: Kind,
    /// What it means for the article.
    pub flow: Flow,
    /// Byte span in the block text.
    pub start: usize,
    /// End of the byte span.
    pub end: usize,
}

/// How strongly a block as a whole is chrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Strength {
    /// Cue words dominate a short block, nothing more: context may overrule.
    Weak,
    /// A phrase, a leading label, or a block made only of cue words.
    Strong,
}

/// The lexicon's judgement of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Verdict {
    /// The winning reason.
    pub reason: ChromeReason,
    /// How sure.
    pub strength: Strength,
    /// What it means for the article.
    pub flow: Flow,
}

/// Reasons whose formulas ("support our work", "about us", "read more") also occur in
/// quoted speech, so one of them alone does not make long prose chrome.
const APPEALS: [ChromeReason; 7] = [
    R::SponsorOrDonate,
    R::AboutSite,
    R::Newsletter,
    R::ShareButtons,
    R::RelatedStories,
    R::MediaPlayer,
    R::Navigation,
];

/// Blocks up to this many characters can be judged by their cue words alone.
const SHORT_BLOCK: usize = 100;
/// Lead cues count only in blocks up to this many characters.
const LEAD_BLOCK: usize = 150;

/// All cue hits in `text`, overlapping hits resolved in favour of the longer one.
pub(crate) fn scan(text: &str) -> Vec<Hit> {
    let lead_at = text.find(|c: char| c.is_alphanumeric()).unwrap_or(0);
    let lead_ok = text.len() <= LEAD_BLOCK && !ends_sentence(text);
    let mut hits: Vec<Hit> = Vec::new();
    let mut push = |cue: &Cue, start: usize, end: usize| {
        let kind = match cue.kind {
            Kind::Lead if start <= lead_at && lead_ok => Kind::Phrase,
            Kind::Lead => Kind::Word,
            k => k,
        };
        hits.push(Hit { reason: cue.reason, kind, flow: cue.flow, start, end });
    };
    for (cue, re) in COMPILED.iter() {
        for m in re.find_iter(text) {
            push(cue, m.start(), m.end());
        }
    }
    let folded = fold(text);
    for cue in LEXICON.iter().flat_map(|g| g.iter()).filter(|c| !c.regex) {
        for (s, e) in find_literal(&folded.text, cue) {
            push(cue, folded.origin[s], folded.origin[e]);
        }
    }
    hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end), h.kind != Kind::Phrase));
    let mut kept: Vec<Hit> = Vec::new();
    for h in hits {
        if kept.last().is_none_or(|k| h.start >= k.end) {
            kept.push(h);
        }
    }
    kept
}

/// The evidence for `reason` among `hits`: 3 per phrase, 1 per word.
pub(crate) fn weight(hits: &[Hit], reason: ChromeReason) -> u32 {
    hits.iter().filter(|h| h.reason == reason).map(|h| if h.kind == Kind::Phrase { 3 } else { 1 }).sum()
}

/// The reason the hits point to, weighting phrases over words; ties go by [`PRIORITY`].
pub(crate) fn reason_of(hits: &[Hit]) -> Option<ChromeReason> {
    let mut best: Option<(ChromeReason, u32)> = None;
    for r in PRIORITY {
        let w = weight(hits, r);
        if w > 0 && best.is_none_or(|(_, bw)| w > bw) {
            best = Some((r, w));
        }
    }
    best.map(|(r, _)| r)
}

/// Share of the block's content words (non-stop-words) that lie inside cue hits,
/// and the number of content words.
fn coverage(text: &str, hits: &[Hit]) -> (f64, usize) {
    let content: Vec<(usize, &str)> =
        word_spans(text).into_iter().filter(|(_, w)| !is_stop_word(&fold_word(w))).collect();
    if content.is_empty() {
        return (0.0, 0);
    }
    let covered = content.iter().filter(|(at, _)| hits.iter().any(|h| h.start <= *at && *at < h.end)).count();
    (covered as f64 / content.len() as f64, content.len())
}

/// Judges a block by its cue hits: is it chrome, how surely, and for what reason.
pub(crate) fn verdict(text: &str, hits: &[Hit]) -> Option<Verdict> {
    if hits.is_empty() {
        return None;
    }
    let mut strong: Vec<Hit> = hits.iter().copied().filter(|h| h.kind == Kind::Phrase).collect();
    // In long prose a single appeal formula ("support our work", "subscribe to our
    // newsletter") is more likely quoted than printed by the site; only legal,
    // comment, feedback and contact boilerplate is specific enough to count alone.
    let appeal = |r: ChromeReason| APPEALS.contains(&r);
    if text.chars().count() > LENGTH_HIGH && strong.len() < 2 && strong.iter().all(|h| appeal(h.reason)) {
        strong.clear();
    }
    let chars = text.chars().count();
    let (covered, content_words) = coverage(text, hits);
    let (chosen, strength) = if !strong.is_empty() {
        (strong, Strength::Strong)
    } else if chars <= SHORT_BLOCK && content_words > 0 && covered >= 0.999 {
        (hits.to_vec(), Strength::Strong)
    } else if chars <= SHORT_BLOCK && covered >= if ends_sentence(text) { 0.75 } else { 0.5 } {
        (hits.to_vec(), Strength::Weak)
    } else {
        return None;
    };
    let reason = reason_of(&chosen)?;
    let mixed = chosen.iter().any(|h| h.reason != chosen[0].reason);
    let flow = if strength == Strength::Weak {
        Flow::Tentative
    } else if mixed && chosen.iter().all(|h| h.kind == Kind::Word) {
        // A block made only of cue words of different kinds ("How to share feedback")
        // is more likely a subheading than a widget, whose labels are of one kind.
        Flow::Tentative
    } else {
        let own = || chosen.iter().filter(|h| h.reason == reason);
        if own().any(|h| h.flow == Flow::Ends) && !inline_teaser(text, &chosen, reason) {
            Flow::Ends
        } else if own().any(|h| h.flow == Flow::Interrupts) || inline_teaser(text, &chosen, reason) {
            Flow::Interrupts
        } else {
            Flow::Tentative
        }
    };
    Some(Verdict { reason, strength, flow })
}

/// "Read more: <headline>" or "Related: <headline>": a single teaser link set inside
/// an article, which interrupts it rather than ending it.
fn inline_teaser(text: &str, hits: &[Hit], reason: ChromeReason) -> bool {
    // "Read more: TIFF 2026 coverage" heads a list of teasers; it is no single link.
    let section = text.trim_end().to_lowercase().ends_with("coverage");
    reason == R::RelatedStories
        && !section
        && hits.first().is_some_and(|h| {
            h.reason == reason
                && text[..h.start].trim().chars().all(|c| !c.is_alphanumeric())
                && text[h.end..].trim_start().starts_with(':')
                && text[h.end..].split_whitespace().count() >= 3
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge(text: &str) -> Option<Verdict> {
        verdict(text, &scan(text))
    }

    fn reason(text: &str) -> Option<ChromeReason> {
        judge(text).map(|v| v.reason)
    }

    #[test]
    fn every_cue_compiles_and_matches_its_own_text() {
        assert!(COMPILED.len() >= 8);
        for cue in LEXICON.iter().flat_map(|g| g.iter()).filter(|c| !c.regex) {
            assert_eq!(cue.pattern, cue.pattern.to_lowercase(), "literal cues are lower case");
            let text = format!("x {} y", cue.pattern.to_ascii_uppercase().replace(' ', "  "));
            assert!(!scan(&text).is_empty(), "{}", cue.pattern);
        }
    }

    #[test]
    fn literal_cues_respect_word_boundaries_and_inflections() {
        fn spans(t: &str) -> Vec<&str> {
            scan(t).iter().map(|h| &t[h.start..h.end]).collect()
        }
        assert_eq!(spans("Comments"), vec!["Comments"]);
        assert_eq!(spans("commenting"), vec!["commenting"]);
        assert!(spans("shareholders").is_empty());
        assert!(spans("badge").is_empty());
        assert_eq!(spans("Sign\n  up"), vec!["Sign\n  up"]);
    }

    #[test]
    fn media_player_controls() {
        for t in ["Playlist", "• Download", "Embed", "Transcript", "Play audio"] {
            assert_eq!(reason(t), Some(R::MediaPlayer), "{t}");
        }
        let embed = r#"<iframe src="" width="100%" height="290" frameborder="0" title="embedded audio player">"#;
        assert_eq!(reason(embed), Some(R::MediaPlayer));
    }

    #[test]
    fn share_buttons() {
        assert_eq!(reason("share icon icon icon"), Some(R::ShareButtons));
        assert_eq!(reason("Share this:"), Some(R::ShareButtons));
        assert_eq!(reason("Facebook Twitter WhatsApp Email"), Some(R::ShareButtons));
        assert_eq!(judge("Share this:").unwrap().strength, Strength::Strong);
    }

    #[test]
    fn legal_notices_count_even_in_long_prose() {
        let t = "Copyright © 2013 Example Radio. All rights reserved. Visit our website terms of use \
                 and permissions pages at for further information.";
        assert_eq!(reason(t), Some(R::LegalNotice));
        let t = "We encourage readers to copy and distribute our work for non-commercial purposes, \
                 with attribution, and links to the original at both the top and bottom of the \
                 article. Check the Creative Commons website for details of how to share our work.";
        assert_eq!(reason(t), Some(R::LegalNotice));
        let t = "Transcripts are created on a rush deadline by a contractor, and accuracy and \
                 availability may vary. This text may not be in its final form.";
        assert_eq!(reason(t), Some(R::LegalNotice));
    }

    #[test]
    fn comment_widgets() {
        for t in [
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Hide Comments",
            "Cancel OK",
            "Please keep your community civil. All comments must follow the Community rules and \
             terms of use, and will be moderated prior to posting.",
        ] {
            assert_eq!(reason(t), Some(R::Comments), "{t}");
        }
    }

    #[test]
    fn newsletter_sponsor_related_about_contact_feedback() {
        assert_eq!(reason("Subscribe to our newsletter!"), Some(R::Newsletter));
        assert_eq!(
            reason("Do you have a story for the Mercury? Email newsdesk@example.invalid or call 01304 555 120."),
            Some(R::Feedback)
        );
        assert_eq!(
            reason("Have you seen a claim you want us to check? Message the VeriPinas tip line."),
            Some(R::Feedback)
        );
        assert_eq!(reason("Sign up for our daily newsletter"), Some(R::Newsletter));
        assert_eq!(reason("DONATE"), Some(R::SponsorOrDonate));
        assert_eq!(reason("Support comes from"), Some(R::SponsorOrDonate));
        assert_eq!(
            reason("We want to sustain the region's largest database, but to do so, we need resources."),
            Some(R::SponsorOrDonate)
        );
        assert_eq!(reason("Advertisement"), Some(R::SponsorOrDonate));
        assert_eq!(reason("Closed captioning sponsored by Volunteer State Tire & Auto."), Some(R::SponsorOrDonate));
        assert_eq!(reason("Sponsored by Harbour Bank"), Some(R::SponsorOrDonate));
        // (A sponsor inside a story's sentence is text.)
        assert_eq!(reason("The festival, sponsored by a local brewery, drew 4,000 people on Saturday."), None);
        assert_eq!(reason("Related Content"), Some(R::RelatedStories));
        assert_eq!(reason("Read more World stories from the Daily Example"), Some(R::RelatedStories));
        assert_eq!(reason("CRIMINAL MIGRATION / 1 MAR 2023"), Some(R::RelatedStories));
        assert_eq!(reason("Most read"), Some(R::RelatedStories));
        assert_eq!(reason("About The Example Institute"), Some(R::AboutSite));
        assert_eq!(reason("THE ORGANIZATION"), Some(R::AboutSite));
        assert_eq!(
            reason("Fault Line is an independent nonprofit newsroom. This investigation was supported by a grant from the Carmody Fund, which has no say over our editorial decisions."),
            Some(R::AboutSite)
        );
        // A story about a newsroom is no self-description.
        assert_eq!(
            reason(
                "The reporters at ProPublica, a nonprofit newsroom, obtained the files in March after a long fight."
            ),
            None
        );
        assert_eq!(
            reason("We are a group of concerned policy experts. Our goal is to inform policymakers."),
            Some(R::AboutSite)
        );
        assert_eq!(reason("Email:; Twitter: @someone"), Some(R::AuthorContact));
        assert_eq!(
            reason("Have a news tip? You can send it anonymously. Click here to send us your tip."),
            Some(R::AuthorContact)
        );
        assert_eq!(reason("Was this content helpful?"), Some(R::Feedback));
        assert_eq!(reason("What are your thoughts? Click here to send the editors your comments."), Some(R::Feedback));
    }

    #[test]
    fn navigation() {
        assert_eq!(reason("Home > World > Americas"), Some(R::Navigation));
        assert_eq!(reason("EN | ES"), Some(R::Navigation));
        assert_eq!(reason("Skip to main content"), Some(R::Navigation));
        assert_eq!(reason("Tags: Mexico, security, borders"), Some(R::Navigation));
        assert_eq!(reason("Menu"), Some(R::Navigation));
    }

    #[test]
    fn prose_using_cue_words_is_not_chrome() {
        for t in [
            "That meat, she says, is sharing police intelligence, and soon even patrolling the \
             border together.",
            "The two countries share a border of more than 3,000 kilometres and a long history.",
            "Residents can download the app and leave comments on the proposal until Friday.",
            "Officials declined to comment on the report, which was related to the earlier case.",
            "About 200 people gathered in the square.",
            "Listen closely.",
            "The bill's sponsor said the subscription model would not work for rural readers.",
            "Latin America",
        ] {
            assert_eq!(judge(t), None, "{t}");
        }
    }

    #[test]
    fn inline_teasers_interrupt_and_section_teasers_end() {
        let v = judge("READ MORE: Mexico's president says cooperation will continue").unwrap();
        assert_eq!((v.reason, v.flow), (R::RelatedStories, Flow::Interrupts));
        let v = judge("Read more World stories from the Daily Example").unwrap();
        assert_eq!(v.flow, Flow::Ends);
        let v = judge("Advertisement").unwrap();
        assert_eq!(v.flow, Flow::Interrupts);
    }

    #[test]
    fn weak_word_cues_are_tentative() {
        let v = judge("Public comments").unwrap();
        assert_eq!((v.reason, v.strength, v.flow), (R::Comments, Strength::Weak, Flow::Tentative));
    }

    #[test]
    fn author_bios_are_tentative() {
        let v = judge("Jane Roe is a senior fellow at the Example Institute for Policy.").unwrap();
        assert_eq!((v.reason, v.flow), (R::AuthorContact, Flow::Tentative));
    }

    #[test]
    fn reason_of_weighs_phrases_over_words() {
        let t = "The site uses a commenting system. You need to log in with a Facebook account in \
                 order to comment. If you have questions about commenting with your Facebook \
                 account, click here.";
        assert_eq!(reason_of(&scan(t)), Some(R::Comments));
        assert_eq!(reason_of(&[]), None);
    }
}
