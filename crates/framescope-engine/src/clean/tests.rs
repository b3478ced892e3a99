//! Whole-pipeline tests: the tiling invariant over generated captures, and the rules
//! and traps of the method on small hand-made pages.

use framescope_core::{Block, BlockRole, ChromeReason, MetaKind};

use super::{clean, CleanHints};

const BODY: BlockRole = BlockRole::Body;
const TITLE: BlockRole = BlockRole::Title;
const HEADING: BlockRole = BlockRole::Heading;

fn meta(kind: MetaKind) -> BlockRole {
    BlockRole::Metadata(kind)
}

fn chrome(reason: ChromeReason) -> BlockRole {
    BlockRole::Chrome(reason)
}

fn run(text: &str, title: Option<&str>) -> Vec<Block> {
    let blocks = clean(text, &CleanHints { title });
    assert_tiles(text, &blocks);
    blocks
}

/// The role of the block holding `needle`.
fn role_of(blocks: &[Block], needle: &str) -> BlockRole {
    blocks
        .iter()
        .find(|b| b.text.contains(needle))
        .unwrap_or_else(|| panic!("no block contains {needle:?}: {blocks:#?}"))
        .role
}

fn body_text(blocks: &[Block]) -> Vec<&str> {
    blocks.iter().filter(|b| b.role.is_article_text()).map(|b| b.text.as_str()).collect()
}

/// The invariant: blocks tile every non-blank character of the input, in order, and
/// cover exactly the non-blank lines, each block within its stated lines.
fn assert_tiles(text: &str, blocks: &[Block]) {
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let joined: String = blocks.iter().map(|b| squeeze(&b.text)).collect();
    assert_eq!(joined, squeeze(text), "blocks do not tile the text");
    let lines: Vec<&str> = text.split('\n').collect();
    let mut covered = vec![false; lines.len() + 1];
    let mut prev = (0u32, 0u32);
    for b in blocks {
        assert!(!b.text.is_empty() && b.text == b.text.trim(), "untrimmed block {b:?}");
        assert!(b.first_line >= 1 && b.first_line <= b.last_line, "bad lines {b:?}");
        assert!((b.first_line, b.last_line) >= prev, "blocks out of order at {b:?}");
        prev = (b.first_line, b.last_line);
        let span = lines[b.first_line as usize - 1..b.last_line as usize].join(" ");
        assert!(squeeze(&span).contains(&squeeze(&b.text)), "block {b:?} not on its lines");
        for l in b.first_line..=b.last_line {
            covered[l as usize] = true;
        }
    }
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(covered[i + 1], !line.trim().is_empty(), "line {} coverage", i + 1);
    }
    assert!(blocks.iter().filter(|b| b.role == TITLE).count() <= 1, "two titles");
}

/// A small deterministic generator (xorshift64*), so the property check needs no crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const FRAGMENTS: &[&str] = &[
    "The two countries share a border and have long cooperated on security matters of all kinds.",
    "Officials said on Tuesday that the agreement would be signed within weeks, and both sides welcomed it.",
    "Short line",
    "BRIEF",
    "By Jane Doe",
    "MEXICO CITY — The visit comes at a time of tension.",
    "From the Daily ExampleLIMA — Every passenger is checked.",
    "MEXICO / 3 JUL 2013 BY JANE DOE EN",
    "  • Playlist",
    "    <iframe src=\"\" width=\"100%\">",
    "Copyright © 2013 Example. All rights reserved.",
    "Leave a Reply",
    "Advertisement",
    "READ MORE: Another story entirely about something",
    "Related Content",
    "HomeNewsThe Headline",
    "The Headline",
    "LOPEZ: That meat, she says, is sharing police intelligence.",
    "Jane Doe contributed reporting.",
    "Peña Nieto’s “reform” — a test… of trust?",
    "日本語のテキスト、そして句読点。",
    "\t\tindented\tline with\ttabs  ",
    "x",
    "   ",
    "",
    "",
    "é",
    "—",
    "CONTRABAND / 8 JUN 2022",
    "We are a group of concerned experts. Our goal is to inform.",
    "Home > World > Americas",
    "Posted by maria on March 3, 2021",
    "İSTANBUL — Zero\u{200B}width and non\u{00A0}breaking spaces.",
    "\u{00A0}\u{00A0}",
    "Share\u{00A0}this:",
];

#[test]
fn blocks_tile_every_generated_capture() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for case in 0..600 {
        let n = 1 + rng.below(30) as usize;
        let mut lines: Vec<String> = (0..n).map(|_| rng.pick(FRAGMENTS).to_string()).collect();
        if rng.below(4) == 0 {
            // Glue two fragments on one line, as captures do.
            let a = rng.pick(FRAGMENTS);
            let b = rng.pick(FRAGMENTS);
            lines.push(format!("{a}{b}"));
        }
        let sep = if rng.below(5) == 0 { "\r\n" } else { "\n" };
        let text = lines.join(sep);
        let title = match rng.below(4) {
            0 => None,
            1 => Some("The Headline"),
            2 => Some(lines[0].as_str()),
            _ => Some("Nowhere to be found in the text"),
        };
        let blocks = clean(&text, &CleanHints { title });
        assert_tiles(&text, &blocks);
        let _ = case;
    }
}

#[test]
fn blocks_tile_random_character_soup() {
    const CHARS: &[char] = &[
        'a', 'B', 'z', 'Q', '1', '9', ' ', ' ', '\n', '\n', '\t', '\r', '.', ',', ':', '—', '-', '•', '©', '@', '#',
        '/', '|', '>', '(', ')', '“', '’', 'é', 'İ', 'ß', '日', '\u{00A0}', '\u{200B}',
    ];
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for _ in 0..300 {
        let len = rng.below(400) as usize;
        let text: String = (0..len).map(|_| CHARS[rng.below(CHARS.len() as u64) as usize]).collect();
        let blocks = clean(&text, &CleanHints { title: Some("a B") });
        assert_tiles(&text, &blocks);
    }
}

#[test]
fn empty_and_blank_inputs_give_no_blocks() {
    assert!(run("", None).is_empty());
    assert!(run(" \n\t\n  \r\n", Some("Title")).is_empty());
    let b = run("\n\n  One line of text.  \n", None);
    assert_eq!(b.len(), 1);
    assert_eq!((b[0].first_line, b[0].text.as_str()), (3, "One line of text."));
}

/// A page in the shape of most news captures, used by several tests.
fn page(body: &[&str], after: &[&str]) -> String {
    let mut parts = vec!["World", "Big Border Deal Signed", "By Jane Doe"];
    parts.extend_from_slice(body);
    parts.extend_from_slice(after);
    parts.join("\n\n")
}

const P1: &str = "The United States and Mexico signed an agreement on Tuesday that officials \
                  from both countries said would deepen their cooperation on border security \
                  and on the fight against the trafficking of drugs and weapons.";
const P2: &str = "The deal sets up joint patrols and a shared communications network, and it \
                  commits both governments to meet every six months to review how the work \
                  is going and what has to change.";
const P3: &str = "Critics said the agreement was vague and that it would do little to reduce \
                  the violence that has afflicted the border region for more than a decade.";

#[test]
fn title_byline_section_label_and_body() {
    let b = run(&page(&[P1, P2], &[]), Some("Big border deal signed"));
    assert_eq!(role_of(&b, "World"), chrome(ChromeReason::Navigation));
    assert_eq!(role_of(&b, "Big Border"), TITLE);
    assert_eq!(role_of(&b, "Jane Doe"), meta(MetaKind::Byline));
    assert_eq!(body_text(&b), vec![P1, P2]);
}

#[test]
fn without_a_hint_the_title_is_the_headline_before_the_first_good_paragraph() {
    let b = run(&page(&[P1, P2], &[]), None);
    assert_eq!(role_of(&b, "Big Border"), TITLE);
    assert_eq!(body_text(&b), vec![P1, P2]);
}

#[test]
fn prose_with_cue_words_is_never_dropped() {
    let traps = [
        "That meat, she says, is sharing police intelligence, and soon even patrolling the border together.",
        "The two countries share a border of 3,000 kilometres, and residents can download the app to report crossings.",
        "Officials declined to comment, and the embassy did not respond to requests for comment on the transcript.",
        "Listen closely.",
        "About 200 people gathered outside.",
        "“We need resources to keep the shelters open,” the director said, adding that the \
         program would ask foundations for more help in the region for another decade, \
         and that she had written in an email: the money is not there yet.",
    ];
    let mut body = vec![P1];
    body.extend_from_slice(&traps);
    body.push(P2);
    let b = run(&page(&body, &[]), Some("Big Border Deal Signed"));
    assert_eq!(body_text(&b), body);
}

#[test]
fn the_end_terminator_makes_later_prose_chrome() {
    let after = ["Leave a Reply", "Your email address will not be published. Required fields are marked *", P3];
    let b = run(&page(&[P1, P2], &after), Some("Big Border Deal Signed"));
    assert_eq!(body_text(&b), vec![P1, P2]);
    assert_eq!(role_of(&b, "Leave a Reply"), chrome(ChromeReason::Comments));
    // Long prose after the end is chrome, labelled by the section it sits in.
    assert_eq!(role_of(&b, "Critics said"), chrome(ChromeReason::Comments));
}

#[test]
fn a_double_blank_line_closes_a_chrome_section() {
    let text = format!("{}\n\n\n{P3}", page(&[P1, P2], &["Related Content"]));
    let b = run(&text, Some("Big Border Deal Signed"));
    assert_eq!(role_of(&b, "Related Content"), chrome(ChromeReason::RelatedStories));
    assert_eq!(role_of(&b, "Critics said"), chrome(ChromeReason::AfterArticle));
}

#[test]
fn interruptions_do_not_end_the_article() {
    let body = [
        P1,
        "Advertisement",
        P2,
        "READ MORE: Mexico's president says the cooperation will continue",
        "Sign up for our daily newsletter",
        P3,
    ];
    let b = run(&page(&body, &[]), Some("Big Border Deal Signed"));
    assert_eq!(body_text(&b), vec![P1, P2, P3]);
    assert_eq!(role_of(&b, "Advertisement"), chrome(ChromeReason::SponsorOrDonate));
    assert_eq!(role_of(&b, "READ MORE"), chrome(ChromeReason::RelatedStories));
    assert_eq!(role_of(&b, "newsletter"), chrome(ChromeReason::Newsletter));
}

#[test]
fn an_interruption_with_nothing_after_it_ends_the_article() {
    let after = ["Sign up for our daily newsletter", "Trending now", "A teaser about something else entirely."];
    let b = run(&page(&[P1, P2], &after), Some("Big Border Deal Signed"));
    assert_eq!(body_text(&b), vec![P1, P2]);
}

#[test]
fn a_read_more_section_heading_ends_the_article() {
    let after = ["Read more World stories from the Daily Example", P3];
    let b = run(&page(&[P1, P2], &after), Some("Big Border Deal Signed"));
    assert_eq!(body_text(&b), vec![P1, P2]);
    assert_eq!(role_of(&b, "Critics"), chrome(ChromeReason::RelatedStories));
}

#[test]
fn subheadings_and_short_sentences_inside_the_body() {
    let body = [P1, "What Happens Next", P2, "Will it last?", P3, "He takes over Dec. 1."];
    let b = run(&page(&body, &["Share this:", "Facebook"]), Some("Big Border Deal Signed"));
    assert_eq!(role_of(&b, "What Happens Next"), HEADING);
    assert_eq!(role_of(&b, "Will it last?"), BODY);
    assert_eq!(role_of(&b, "He takes over"), BODY);
    assert_eq!(role_of(&b, "Share this"), chrome(ChromeReason::ShareButtons));
    assert_eq!(role_of(&b, "Facebook"), chrome(ChromeReason::ShareButtons));
}

#[test]
fn a_heading_made_of_cue_words_of_several_kinds_stays_a_heading() {
    let body = [P1, "Public comments", P2, "How to share feedback", P3];
    let b = run(&page(&body, &[]), Some("Big Border Deal Signed"));
    assert_eq!(role_of(&b, "Public comments"), HEADING);
    assert_eq!(role_of(&b, "How to share feedback"), HEADING);
    assert_eq!(body_text(&b).len(), 5);
}

#[test]
fn a_trailing_short_line_without_sentence_is_chrome() {
    let b = run(&page(&[P1, P2], &["Miami Example", "Join the"]), Some("Big Border Deal Signed"));
    assert_eq!(body_text(&b), vec![P1, P2]);
    assert_eq!(role_of(&b, "Join the"), chrome(ChromeReason::AfterArticle));
}

#[test]
fn transcript_speaker_turns_stay_body() {
    let body = [
        "MARIA LOPEZ, BYLINE: Standing at the busy, hot and windy port of entry, the secretary said \
         the two countries have regional problems and will find regional solutions together.",
        "LOPEZ: That meat, she says, is sharing police intelligence.",
        "SECRETARY ANA RUIZ: When we combine forces and address them jointly, we are stronger.",
    ];
    let b = run(&page(&body, &[]), Some("Big Border Deal Signed"));
    assert_eq!(body_text(&b), body);
}

#[test]
fn agency_line_contributor_and_credit() {
    let text = [
        "Big Border Deal Signed",
        "Example Newspapers",
        P1,
        P2,
        "Jane Doe contributed reporting.",
        "Email: jdoe@example.com",
    ]
    .join("\n\n");
    let b = run(&text, Some("Big Border Deal Signed"));
    assert_eq!(role_of(&b, "Example Newspapers"), meta(MetaKind::Byline));
    assert_eq!(role_of(&b, "contributed"), meta(MetaKind::Contributor));
    assert_eq!(role_of(&b, "Email"), chrome(ChromeReason::AuthorContact));
    assert_eq!(body_text(&b), vec![P1, P2]);
}

#[test]
fn credit_dateline_and_body_share_a_line() {
    let first = format!("From the Daily ExampleLIMA — {P1}");
    let text = ["Big Border Deal Signed", &first, P2].join("\n\n");
    let b = run(&text, Some("Big Border Deal Signed"));
    let roles: Vec<(u32, BlockRole)> = b.iter().map(|b| (b.first_line, b.role)).collect();
    assert_eq!(
        roles,
        vec![(1, TITLE), (3, meta(MetaKind::SourceCredit)), (3, meta(MetaKind::Dateline)), (3, BODY), (5, BODY)]
    );
    assert_eq!(b[1].text, "From the Daily Example");
    assert_eq!(b[2].text, "LIMA —");
    assert_eq!(b[3].text, P1);
}

#[test]
fn dateline_after_a_standfirst_and_a_byline() {
    let deck = "Elders tell the court the spill took a summer of teaching from the hamlet and its hunters";
    let first = format!("IQALUIT — {P1}");
    let text = ["Big Border Deal Signed", deck, "By Ana Ruiz", &first, P2].join("\n\n");
    let b = run(&text, Some("Big Border Deal Signed"));
    assert_eq!(role_of(&b, "IQALUIT"), meta(MetaKind::Dateline));
    assert_eq!(body_text(&b), vec![deck, P1, P2]);
    // Only the story's lead may carry one: a later paragraph that opens in capitals
    // and a dash stays whole.
    let later = format!("NATO — {P3}");
    let text = ["Big Border Deal Signed", deck, P1, P2, &later].join("\n\n");
    let b = run(&text, Some("Big Border Deal Signed"));
    assert_eq!(role_of(&b, "NATO"), BODY);
}

#[test]
fn glued_breadcrumb_title_and_form_label() {
    let text = format!("HomeNewsBriefBig Border Deal Signed\nBRIEF\n\nBig Border Deal Signed\n\n{P1}");
    let b = run(&text, Some("Big Border Deal Signed"));
    assert_eq!(b[0].role, chrome(ChromeReason::Navigation));
    assert_eq!(b[0].text, "HomeNewsBriefBig Border Deal Signed");
    assert_eq!(role_of(&b, "BRIEF"), meta(MetaKind::FormLabel));
    assert_eq!(b[2].role, TITLE);
    // Without the standalone copy, the glued line is split into breadcrumb and title.
    let text = format!("HomeNewsBriefBig Border Deal Signed\n\n{P1}");
    let b = run(&text, Some("Big Border Deal Signed"));
    assert_eq!((b[0].text.as_str(), b[0].role), ("HomeNewsBrief", chrome(ChromeReason::Navigation)));
    assert_eq!((b[1].text.as_str(), b[1].role), ("Big Border Deal Signed", TITLE));
    assert_eq!((b[0].first_line, b[1].first_line), (1, 1));
}

#[test]
fn meta_line_with_dateline_byline_and_language_code() {
    let text = format!("Big Border Deal Signed\n\nMEXICO / 3 JUL 2013 BY JANE DOE EN\n\n{P1}");
    let b = run(&text, Some("Big Border Deal Signed"));
    let got: Vec<(&str, BlockRole)> = b[1..4].iter().map(|b| (b.text.as_str(), b.role)).collect();
    assert_eq!(
        got,
        vec![
            ("MEXICO / 3 JUL 2013", meta(MetaKind::Dateline)),
            ("BY JANE DOE", meta(MetaKind::Byline)),
            ("EN", chrome(ChromeReason::Navigation))
        ]
    );
}

#[test]
fn an_author_bio_ends_a_commentary_but_not_mid_article() {
    let mid = "Laura Chen is a former analyst at the agency who helped design the system, and she \
               says the hardest part was persuading each side to trust the other.";
    let bio = "Jane Doe is a senior fellow at the Example Institute.";
    let b = run(&page(&[P1, mid, P2], &[bio]), Some("Big Border Deal Signed"));
    assert_eq!(body_text(&b), vec![P1, mid, P2]);
    assert_eq!(role_of(&b, "senior fellow"), chrome(ChromeReason::AuthorContact));
}

#[test]
fn chrome_before_the_title() {
    let text = [
        "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies and our cookie policy, which explains the choices you have.",
        "Skip to main content",
        "Home > World > Americas",
        "Big Border Deal Signed",
        "  • Playlist\n  • Download\n    <iframe src=\"\">\n  • Transcript",
        P1,
    ]
    .join("\n\n");
    let b = run(&text, Some("Big Border Deal Signed"));
    assert_eq!(role_of(&b, "cookies"), chrome(ChromeReason::LegalNotice));
    assert_eq!(role_of(&b, "Skip"), chrome(ChromeReason::Navigation));
    assert_eq!(role_of(&b, "Americas"), chrome(ChromeReason::Navigation));
    for item in ["Playlist", "Download", "iframe", "Transcript"] {
        assert_eq!(role_of(&b, item), chrome(ChromeReason::MediaPlayer), "{item}");
    }
    assert_eq!(body_text(&b), vec![P1]);
}

#[test]
fn a_capture_with_no_prose_has_no_body() {
    let b = run("Home\nNews\nSport\n\nContact us", None);
    assert!(body_text(&b).is_empty());
    assert!(b.iter().all(|b| matches!(b.role, BlockRole::Chrome(_))));
}

#[test]
fn wrapped_paragraphs_become_one_block_over_several_lines() {
    let text = "Big Border Deal Signed\n\nThe United States and Mexico signed an agreement on\n\
                Tuesday that officials from both countries said would deepen\n\
                their cooperation on border security and on trafficking.\n";
    let b = run(text, Some("Big Border Deal Signed"));
    assert_eq!((b[1].first_line, b[1].last_line, b[1].role), (3, 5, BODY));
    assert!(b[1].text.contains("on Tuesday that"));
}

#[test]
fn chrome_in_the_article_header_does_not_end_the_article() {
    let text = [
        "Big Border Deal Signed",
        "For two decades the two countries have argued; now they have signed a deal on it.",
        "Words by Jane Doe",
        "Illustrations by John Roe",
        "Save",
        "Share",
        P1,
        P2,
    ]
    .join("\n\n");
    let b = run(&text, Some("Big Border Deal Signed"));
    assert_eq!(role_of(&b, "Words by"), meta(MetaKind::Byline));
    assert_eq!(role_of(&b, "Illustrations"), meta(MetaKind::Contributor));
    assert_eq!(role_of(&b, "Save"), chrome(ChromeReason::ShareButtons));
    assert_eq!(role_of(&b, "Share"), chrome(ChromeReason::ShareButtons));
    assert_eq!(body_text(&b).len(), 3, "standfirst and two paragraphs");
}

#[test]
fn captions_and_separators_inside_the_body_are_not_text() {
    let caption = "Rescue workers search the wreckage on Sunday. (AP Photo/Jane Doe)";
    let body = [P1, caption, P2, "___", "Jane Doe in Lima contributed to this report."];
    let b = run(&page(&body, &["Recommended for you", P3]), Some("Big Border Deal Signed"));
    assert_eq!(body_text(&b), vec![P1, P2]);
    assert_eq!(role_of(&b, "Rescue workers"), chrome(ChromeReason::MediaPlayer));
    assert_eq!(role_of(&b, "___"), chrome(ChromeReason::AfterArticle));
    assert_eq!(role_of(&b, "contributed"), meta(MetaKind::Contributor));
    assert_eq!(role_of(&b, "Critics"), chrome(ChromeReason::RelatedStories));
}

#[test]
fn a_contributor_line_closes_the_story() {
    let after = ["Our Standards: The Principles.", "Acquire Rights"];
    let body = [P1, P2, "Reporting by Jane Doe; Editing by John Roe"];
    let b = run(&page(&body, &after), Some("Big Border Deal Signed"));
    assert_eq!(body_text(&b), vec![P1, P2]);
    assert_eq!(role_of(&b, "Our Standards"), chrome(ChromeReason::AfterArticle));
}

#[test]
fn a_stacked_menu_is_split_into_items() {
    let text = format!(
        "Exclusive news, data and analytics for financial market professionals\nWorld\nBusiness\n\n\
         Big Border Deal Signed\n\n{P1}"
    );
    let b = run(&text, Some("Big Border Deal Signed"));
    assert_eq!(b[0].last_line, 1);
    assert_eq!((b[1].text.as_str(), b[1].role), ("World", chrome(ChromeReason::Navigation)));
}

#[test]
fn a_live_blog_runs_past_its_share_bar_and_timestamps() {
    let page = "THE EXAMPLE POST\nNews | Politics | Sport\n\nLIVE: Council passes the budget after a long night\n\n\
Follow along as the council votes on the city budget, line by line, through the night and into the morning.\n\n\
By the Example Post city hall team\nLast updated Oct. 21, 2026, 12:52 a.m. ADT\n\n\
Key events\n  12:41 a.m. Budget passes\n  11:15 p.m. Amendment fails\n\n\
Share   Facebook   X   Bluesky   Email\n\n12:41 a.m.\n\nBudget passes\n\n\
The council passed the budget by seven votes to six after a debate that ran for more than five hours in the chamber.\n\n\
— Jane Example\n\n11:15 p.m.\n\nAmendment fails\n\n\
An amendment to restore library hours failed by one vote, and the mayor said the libraries would be reviewed next year.\n\n\
— Example Post staff\n\nMost read\n\n1. A teaser headline here 2. Another teaser\n";
    let b = run(page, Some("LIVE: Council passes the budget after a long night"));
    assert_eq!(role_of(&b, "By the Example Post city hall team"), meta(MetaKind::Byline));
    assert_eq!(role_of(&b, "Last updated Oct. 21"), meta(MetaKind::Dateline));
    assert_eq!(role_of(&b, "Bluesky"), chrome(ChromeReason::ShareButtons));
    // The summary box and its items are the page's own links, not the story.
    assert_eq!(role_of(&b, "Key events"), chrome(ChromeReason::Navigation));
    assert_eq!(role_of(&b, "11:15 p.m. Amendment fails"), chrome(ChromeReason::Navigation));
    assert_eq!(role_of(&b, "The council passed the budget"), BODY);
    assert_eq!(role_of(&b, "An amendment to restore library hours"), BODY);
    assert_eq!(role_of(&b, "— Jane Example"), meta(MetaKind::Contributor));
    assert_eq!(role_of(&b, "— Example Post staff"), meta(MetaKind::Contributor));
    assert!(matches!(role_of(&b, "Most read"), BlockRole::Chrome(_)));
}

#[test]
fn a_live_blog_with_a_share_line_after_each_signed_entry() {
    let page = "THE EXAMPLE HERALD\nNews | Politics | Sport\n\nBlizzard shuts the border — live updates\n\n\
Snow and high winds hit three provinces; the emergency agency says eleven herders are unaccounted for tonight\n\n\
Live coverage by Ana Example and Tom Example in Ulaanbaatar\nLast updated: 19 February 2027, 18:55 ULAT\n\n\
17:30 ULAT\n\nBoth border crossings closed\n\n\
The border agency said both crossings to the south would stay shut until the road had been cleared by its crews.\n\n\
— Tom Example\n\nShare this post\n\nAdvertisement\n\n16:10 ULAT\n\nEleven herders missing\n\n\
The emergency agency said eleven herders had not been heard from since Thursday night and that rescue teams had gone out.\n\n\
— Ana Example\n\nShare this post\n\nMost viewed\n\n1. A teaser headline here\n";
    let b = run(page, Some("Blizzard shuts the border — live updates"));
    assert_eq!(role_of(&b, "Live coverage by"), meta(MetaKind::Byline));
    // (A zone in capitals after a time, whatever the zone.)
    assert_eq!(role_of(&b, "Last updated: 19 February"), meta(MetaKind::Dateline));
    assert_eq!(role_of(&b, "17:30 ULAT"), meta(MetaKind::Dateline));
    assert_eq!(role_of(&b, "The emergency agency said eleven"), BODY, "{b:#?}");
    assert!(matches!(role_of(&b, "Most viewed"), BlockRole::Chrome(_)));
}

#[test]
fn credits_around_a_story_are_metadata() {
    let page = "THE EXAMPLE POST\n\nResearchers win a grant to test a farm filter\n\n\
By Jolene Example\nCity Hall reporter\n\nSept. 15, 2026\n\n\
This story includes information from an Example State University news release.\n\n\
An Example State University research team has won a federal grant to test a filter that strips nitrate from farm drainage water before it reaches streams.\n\n\
The team will build six of the filters on farms this spring and measure the water that leaves them for three years.\n\n\
The Example Hour is produced by Oskar Example and edited by Ana Example. Music by Halfmoon Sound.\n\n\
Transcripts are generated with the help of software. Please check the audio before quoting.\n\n\
© 2026 Example Post\n";
    let b = run(page, Some("Researchers win a grant to test a farm filter"));
    assert_eq!(role_of(&b, "City Hall reporter"), meta(MetaKind::Byline));
    assert_eq!(role_of(&b, "This story includes information"), meta(MetaKind::SourceCredit));
    assert_eq!(role_of(&b, "is produced by Oskar Example"), meta(MetaKind::Contributor));
    assert!(matches!(role_of(&b, "Transcripts are generated"), BlockRole::Chrome(_)));
    assert_eq!(body_text(&b).len(), 2, "{b:#?}");
}

#[test]
fn more_page_furniture_around_stories() {
    let page = "THE EXAMPLE REVIEW\n\nA novel of dry wells and long memories\n\nReviewed by Hester Example\n\n\
Published Nov. 12, 2026 at 6:40 p.m. ET  |  Updated Nov. 13, 2026 at 9:15 a.m. ET\n\n\
[VIDEO] Our critic talks about the book (4:12)\n\nShare   Facebook   X   Email   Text\n\n\
The novel follows two sisters through a summer when the village wells run dry and the old quarrels come back.\n\n\
Its translator keeps the rhythm of the original, and the dialogue is quick, funny and often cruel to everyone.\n\n\
This story was produced in partnership with the Example Beacon.\n\n\
Hester Example is a contributing editor of The Example Review.\n\nMore reviews\n\n\
The Glass Apiary, by Marguerite Example\n\n\
The Example Review is an independent newsroom funded by readers and foundations. Our donors have no say in coverage.\n";
    let b = run(page, Some("A novel of dry wells and long memories"));
    assert_eq!(role_of(&b, "Reviewed by Hester"), meta(MetaKind::Byline));
    assert_eq!(role_of(&b, "Updated Nov. 13"), meta(MetaKind::Dateline));
    assert_eq!(role_of(&b, "[VIDEO]"), chrome(ChromeReason::MediaPlayer));
    assert_eq!(role_of(&b, "Share   Facebook"), chrome(ChromeReason::ShareButtons));
    assert_eq!(role_of(&b, "produced in partnership"), meta(MetaKind::SourceCredit));
    assert!(matches!(role_of(&b, "contributing editor"), BlockRole::Chrome(_)));
    assert!(matches!(role_of(&b, "More reviews"), BlockRole::Chrome(_)));
    assert!(matches!(role_of(&b, "The Glass Apiary"), BlockRole::Chrome(_)));
    assert_eq!(body_text(&b).len(), 2, "{b:#?}");
}

#[test]
fn transcript_ends_podcast_promos_and_coverage_headings() {
    let page = "LAKELAND 98.2\n\nPhone-in: the wind farm and the bog\n\n\
Published 18 November 2026, 19:05 CET · Updated 21:30 CET\n\n\
PRESENTER: Good morning, and welcome to the programme where you talk and we listen to what you say about the bog, the turbines that the company wants to build on it, and the roads the lorries would take to get there.\n\n\
CALLER: I have lived beside that bog all my life and I never thought I would see turbines standing on it, but I would rather see turbines than see the young people leave because there is no work left for them here.\n\n\
[END OF TRANSCRIPT]\n\nSubscribe to The Example Line wherever you get your podcasts.\n\n\
Also on Lakeland 98.2\nMidlands Matters with Ciaran Example, weekdays at 2\n\n\
Read more: Election 2026 coverage\n\nThe 12 best-dressed stars at the premiere\n\n\
Review: the new film is a lovely mess, and its lead is the best part of it\n";
    let b = run(page, Some("Phone-in: the wind farm and the bog"));
    assert_eq!(role_of(&b, "Updated 21:30 CET"), meta(MetaKind::Dateline));
    for chrome_line in
        ["END OF TRANSCRIPT", "wherever you get", "Also on", "Midlands Matters", "Read more", "best-dressed", "Review:"]
    {
        assert!(matches!(role_of(&b, chrome_line), BlockRole::Chrome(_)), "{chrome_line}: {b:#?}");
    }
    assert_eq!(body_text(&b).len(), 2, "{b:#?}");
}

#[test]
fn a_standfirst_under_the_headline_is_the_articles_own() {
    let page = "EXAMPLE FINANCIAL\nMarkets   Companies   Economy\n\nNordhav profit halves as sea lice hit the quarter\n\n\
Norwegian salmon farmer cuts its harvest forecast for the year; shares fall 7 percent in Oslo\n\n\
By Henrik Example\n\nNovember 12, 2026 · 10:14 GMT\n\n\
Nordhav Seafood said on Thursday that its third-quarter operating profit fell by almost half, as outbreaks of sea lice forced early harvests.\n\n\
Operating profit came in at 612 million crowns, down from 1.14 billion a year earlier, and the company cut its forecast for the year.\n";
    let b = run(page, Some("Nordhav profit halves as sea lice hit the quarter"));
    assert_eq!(role_of(&b, "shares fall 7 percent"), BODY, "a cue word inside a sentence is no share bar");
    assert_eq!(role_of(&b, "10:14 GMT"), meta(MetaKind::Dateline));
    assert!(matches!(role_of(&b, "Markets   Companies"), BlockRole::Chrome(_)));
}

#[test]
fn a_more_subheading_inside_a_story_stays_text() {
    let page = "EXAMPLE NEWS\n\nTrains run late again\n\n\
The morning trains ran late for the third day running, and commuters waited on cold platforms across the region for most of the rush hour.\n\n\
More delays\n\n\
The operator said more delays were likely on Thursday, because a signal failure near the main station had not yet been repaired by its engineers.\n";
    let b = run(page, Some("Trains run late again"));
    assert!(role_of(&b, "More delays").is_article_text(), "{b:#?}");
    assert!(role_of(&b, "The operator said").is_article_text());
}

#[test]
fn a_share_bar_under_a_standfirst_byline_and_reading_time_ends_nothing() {
    let page = "THE DELTA COURIER\nHome   News   Climate   Opinion\n\nWhere the river went: the families who followed it south\n\nErosion swallows thousands of homes on the river islands of the north every monsoon. A year with one family from the sandbanks, the factory that hired them, and the engineers who say the embankments were never going to hold.\n\nBy Nasrin Akter\nPhotographs by Imran Kabir\nNovember 14, 2026 · 22 min read\n\nShare   Facebook   X   WhatsApp   Copy link\n\nThe night the river took the house, Amena was awake anyway. It had rained for nine days over the sandbank where her husband's family had farmed for three generations, and the water had been rising since dusk.\n\nBy morning the two rooms of tin, the cowshed and a mango tree were in the water. Within a week the family had taken the night bus south to the capital, where a cousin had found work.\n\nShare this story   Facebook   X   WhatsApp   Copy link\n\n© 2026 Delta Courier Media Ltd\n";
    let b = run(page, Some("Where the river went: the families who followed it south"));
    assert_eq!(role_of(&b, "November 14"), meta(MetaKind::Dateline));
    assert_eq!(role_of(&b, "The night the river"), BODY);
    assert_eq!(role_of(&b, "By morning the two"), BODY);
    assert_eq!(role_of(&b, "Share this story"), chrome(ChromeReason::ShareButtons));
}

#[test]
fn captions_beat_bios_corrections_and_more_on_lists_are_chrome() {
    let caption = "[Photo] The negotiators after the signing, 2015. (Ledger photo / Takumi Hayase)";
    let bio = "Aya Nishimura writes about borders and trade for the Example Ledger.";
    let owned_bio = "Inès Carvalho-Moreau is The Schuman Post's energy correspondent.";
    let correction = "Correction: An earlier version of this article gave the wrong year for the first agreement.";
    let b = run(
        &page(&[P1, caption, P2, P3], &[bio, owned_bio, correction, "More on Security", "Mokpo yard wins an order"]),
        Some("Big Border Deal Signed"),
    );
    assert_eq!(body_text(&b), vec![P1, P2, P3]);
    assert_eq!(role_of(&b, "[Photo]"), chrome(ChromeReason::MediaPlayer));
    assert_eq!(role_of(&b, "Aya Nishimura"), chrome(ChromeReason::AuthorContact));
    assert_eq!(role_of(&b, "Inès"), chrome(ChromeReason::AuthorContact));
    assert_eq!(role_of(&b, "More on Security"), chrome(ChromeReason::RelatedStories));
}

#[test]
fn a_correction_at_the_top_interrupts_but_does_not_end_the_article() {
    let correction = "Correction: An earlier version of this article misstated the date of the signing.";
    let b = run(&page(&[correction, P1, P2], &[]), Some("Big Border Deal Signed"));
    assert_eq!(body_text(&b), vec![P1, P2]);
}

#[test]
fn date_lines_with_zones_reading_times_episodes_and_credits_are_metadata() {
    for line in [
        "Nov 6, 2026 (JST) · Updated Nov 6, 2026, 18:20",
        "Published 9 March 2026, 07:30 EET · Reading time: 6 min",
        "Broadcast Thursday 10 September 2026, 12.05pm · 27 min",
        "Episode 112 · 34 min · Published 14 July 2026",
    ] {
        assert!(super::meta::is_date_line(line), "{line}");
    }
    // Two metadata lines with no blank line between them are metadata line by line.
    let text = format!(
        "World\n\nBig Border Deal Signed\n\nEpisode 112 · 34 min · Published 14 July 2026\nHosted by Jane Doe · Produced by John Roe\n\n{P1}\n\n{P2}"
    );
    let b = run(&text, Some("Big Border Deal Signed"));
    assert_eq!(body_text(&b), vec![P1, P2]);
    assert!(matches!(role_of(&b, "Episode 112"), BlockRole::Metadata(_)), "{b:?}");
}
