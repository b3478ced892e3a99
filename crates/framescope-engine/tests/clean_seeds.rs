//! The cleaner on the five seed captures in `corpus/`, against gold data written by
//! reading each file as a human editor: the exact lines of article text (the article
//! and nothing else), the headline, the metadata lines, and an acceptable reason for
//! every piece of chrome. The line numbers here are test data; the cleaner itself
//! knows nothing about these files.

use std::collections::BTreeSet;
use std::path::PathBuf;

use framescope_core::{Block, BlockRole, ChromeReason, MetaKind};
use framescope_engine::clean::{clean, CleanHints};

use ChromeReason::*;

/// What a careful reader makes of one capture.
struct Gold {
    file: &'static str,
    /// The title hint the manifest gives.
    title: &'static str,
    title_line: u32,
    /// Lines holding article text (body paragraphs and subheadings).
    body: &'static [u32],
    /// The subset of `body` that are subheadings.
    headings: &'static [u32],
    /// The first words of the article text.
    opening: &'static str,
    /// Every metadata block: line, kind and exact text, in order.
    meta: &'static [(u32, MetaKind, &'static str)],
    /// Every line holding chrome, with the reasons a reader would accept for it.
    chrome: &'static [(&'static [u32], &'static [ChromeReason])],
}

fn corpus_file(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn check(g: &Gold) {
    let text = corpus_file(g.file);
    let blocks = clean(&text, &CleanHints { title: Some(g.title) });
    let show = || -> String {
        blocks.iter().map(|b| format!("{}-{} {:?} {:.60}\n", b.first_line, b.last_line, b.role, b.text)).collect()
    };

    // The blocks tile the capture.
    let joined: String = blocks.iter().map(|b| squeeze(&b.text)).collect();
    assert_eq!(joined, squeeze(&text), "{}: blocks do not tile the text", g.file);

    // The headline.
    let titles: Vec<&Block> = blocks.iter().filter(|b| b.role == BlockRole::Title).collect();
    assert_eq!(titles.len(), 1, "{}: one title expected\n{}", g.file, show());
    assert_eq!(titles[0].first_line, g.title_line, "{}: title line", g.file);
    assert_eq!(squeeze(&titles[0].text), squeeze(g.title), "{}: title text", g.file);

    // The article text: exactly these lines, nothing else.
    let lines = |pred: &dyn Fn(BlockRole) -> bool| -> BTreeSet<u32> {
        blocks.iter().filter(|b| pred(b.role)).flat_map(|b| b.first_line..=b.last_line).collect()
    };
    let body = lines(&|r| r.is_article_text());
    let want: BTreeSet<u32> = g.body.iter().copied().collect();
    assert_eq!(body, want, "{}: body lines\n{}", g.file, show());
    let headings = lines(&|r| r == BlockRole::Heading);
    assert_eq!(headings, g.headings.iter().copied().collect(), "{}: heading lines", g.file);
    let first = blocks.iter().find(|b| b.role.is_article_text()).expect("some body");
    assert!(first.text.starts_with(g.opening), "{}: body opens {:?}", g.file, first.text);

    // The metadata.
    let meta: Vec<(u32, MetaKind, &str)> = blocks
        .iter()
        .filter_map(|b| match b.role {
            BlockRole::Metadata(k) => Some((b.first_line, k, b.text.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(meta, g.meta, "{}: metadata\n{}", g.file, show());

    // Every chrome block is where the reader sees chrome, with an acceptable reason,
    // and every chrome line of the gold is chrome.
    let allowed = |line: u32| g.chrome.iter().find(|(ls, _)| ls.contains(&line)).map(|(_, r)| *r);
    let mut seen = BTreeSet::new();
    for b in &blocks {
        if let BlockRole::Chrome(reason) = b.role {
            for line in b.first_line..=b.last_line {
                let ok = allowed(line).unwrap_or_else(|| panic!("{}: unexpected chrome {b:?}\n{}", g.file, show()));
                assert!(ok.contains(&reason), "{}: line {line} is {reason:?}, want one of {ok:?}", g.file);
                seen.insert(line);
            }
        }
    }
    let gold_chrome: BTreeSet<u32> = g.chrome.iter().flat_map(|(ls, _)| ls.iter().copied()).collect();
    assert_eq!(seen, gold_chrome, "{}: chrome lines\n{}", g.file, show());
}

#[test]
fn seed_000_radio_transcript() {
    check(&Gold {
        file: "000_24953302a90af5db.txt",
        title: "U.S.-Mexico Cooperation Gets Closer Look",
        title_line: 3,
        // The summary, the host's introduction and every transcript turn, speaker
        // labels included: in a transcript the labels are part of the text.
        body: &[11, 14, 16, 19, 21, 25, 27, 29, 31, 33, 35, 37],
        headings: &[],
        opening: "Homeland Security Secretary Janet Napolitano is in Mexico City",
        meta: &[],
        chrome: &[
            (&[1], &[Navigation]),
            (&[5, 6, 7, 8, 9], &[MediaPlayer]),
            (&[39, 41], &[LegalNotice]),
            (&[45], &[Comments]),
            (&[47, 49, 51], &[SponsorOrDonate]),
        ],
    });
}

#[test]
fn seed_001_wire_story_with_teasers_and_comments() {
    check(&Gold {
        file: "001_5fa696aebb3ed7e1.txt",
        title: "Mexican, U.S. relations improve in fight against drugs, trafficking",
        title_line: 1,
        body: &[6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34],
        headings: &[],
        opening: "Despite ongoing violence south of the border",
        meta: &[
            (4, MetaKind::Byline, "McClatchy Newspapers"),
            (36, MetaKind::Contributor, "Tim Johnson contributed from Mexico City."),
        ],
        chrome: &[
            (&[38], &[AuthorContact]),
            (&[40], &[RelatedStories]),
            // Teasers of other stories: photo captions, headlines, summaries.
            (&[42, 44, 46, 50, 52, 54, 56], &[RelatedStories]),
            (&[48], &[RelatedStories, MediaPlayer]),
            (&[58, 60], &[RelatedStories, Comments, AfterArticle]),
            (&[62, 64, 68, 70, 72], &[Comments]),
            (&[66], &[AuthorContact]),
        ],
    });
}

#[test]
fn seed_002_blog_commentary_without_chrome() {
    check(&Gold {
        file: "002_364f0c750f4039f9.txt",
        title: "Unprecedented US-Mexico Border Security Cooperation",
        title_line: 1,
        body: &[3, 5, 7, 9, 11, 13],
        headings: &[],
        opening: "Now in the last stretch of her tenure",
        meta: &[],
        chrome: &[],
    });
}

#[test]
fn seed_003_repost_with_credit_and_dateline() {
    check(&Gold {
        file: "003_f2003a5a2784408f.txt",
        title: "U.S.-Mexico security cooperation is at a historic high. Will that change under Trump?",
        title_line: 1,
        body: &[3, 5, 7, 9, 11],
        headings: &[],
        opening: "Every airplane passenger who arrives in Mexico",
        meta: &[(3, MetaKind::SourceCredit, "From the Washington Post"), (3, MetaKind::Dateline, "MEXICO CITY —")],
        chrome: &[
            (&[15, 17], &[Comments]),
            (&[19], &[Newsletter]),
            (&[21], &[RelatedStories]),
            (&[23, 25, 27], &[MediaPlayer, RelatedStories, AfterArticle]),
            // The site's self-description: long prose, but not the article.
            (&[30, 32], &[AfterArticle, AboutSite]),
            (&[34], &[AboutSite]),
        ],
    });
}

#[test]
fn seed_004_brief_with_teaser_lists() {
    check(&Gold {
        file: "004_f41e98adef4d2e8e.txt",
        title: "2013 US Southwest Border Strategy Calls for More Cooperation with Mexico",
        title_line: 4,
        body: &[8, 10, 12, 14, 16, 18, 20, 22, 24, 26],
        headings: &[18],
        opening: "The White House's newly released 2013 National Southwest Border",
        meta: &[
            (2, MetaKind::FormLabel, "BRIEF"),
            (6, MetaKind::Dateline, "MEXICO / 3 JUL 2013"),
            (6, MetaKind::Byline, "BY JAMES BARGENT"),
        ],
        chrome: &[
            // The headline glued to its breadcrumb; the language switcher "EN".
            (&[1, 6], &[Navigation]),
            (&[28], &[ShareButtons]),
            (&[30, 36, 40], &[Feedback]),
            (&[32, 34, 42, 44], &[SponsorOrDonate]),
            (&[38], &[LegalNotice]),
            (&[46, 48, 50, 52, 54, 56, 58], &[RelatedStories]),
            (&[60, 62, 70, 72], &[AboutSite]),
            (&[64, 66, 68, 74, 76, 78, 80, 82, 84, 86, 88, 90, 92, 94, 96, 98, 100], &[AboutSite, RelatedStories]),
        ],
    });
}
