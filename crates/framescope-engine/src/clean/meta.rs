//! Step 5: metadata lines — bylines, datelines, source credits, contributor lines,
//! form labels — and the splitting of a line that holds several of them.
//!
//! All patterns follow wire-service and newspaper conventions (AP and Reuters
//! datelines, "By NAME" bylines, "X contributed reporting" tags), not any one site.

use std::ops::Range;
use std::sync::LazyLock;

use framescope_core::{BlockRole, ChromeReason, MetaKind};
use regex::Regex;

use super::features::{ends_sentence, strip_bullet};

/// A month name or its abbreviation.
const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

/// A calendar date in the common English-language forms, with an optional weekday
/// before and a time of day after.
static DATE: LazyLock<String> = LazyLock::new(|| {
    let day = r"\d{1,2}(?:st|nd|rd|th)?";
    let weekday = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?";
    let zones = "UTC|GMT|BST|CET|CEST|EET|EEST|WET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AST|ADT|NST|NDT|HST|AKST|AKDT|ET|CT|MT|PT|IST|JST|KST|AEST|AEDT|SAST|WAT|CAT|EAT|MSK";
    // (After a time, any zone in capitals: "18:55 ULAT"; alone in brackets, a known one.)
    let zone = r"(?:\s+(?-i:[A-Z]{2,5}))?";
    // (Or a zone alone in brackets: "Nov 6, 2026 (JST)".)
    let zone_only = format!(r"\s+\((?:{zones})\)");
    let time = format!(r"(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?{zone}|{zone_only})?");
    // Some sites print the time first: "6:12 p.m. ET Aug. 21, 2023".
    let time_first = format!(r"(?:\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?{zone},?\s+)?");
    format!(
        r"(?i:{time_first}{weekday}(?:{day}\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+{day},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}){time})"
    )
});

/// Two-letter codes of a language switcher ("EN", "ES").
const LANG: &str = r"(?:EN|ES|FR|PT|DE|IT|AR|ZH|RU|JA|KO|NL|PL|TR)";

/// A personal name in a byline: capitalised words with the usual particles.
const NAME: &str = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|del|della|di|dos|du|la|le|van|von|der|den|bin|al|y))*";

fn rx(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"))
}

/// A whole-line date: "July 3, 2013", "Published: Wed 14 Jun 2023 06.00 BST".
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    rx(&format!(
        r"^(?:(?i:(?:published|updated|posted|last updated|last modified|first published|release date|date|broadcast|aired)\s*:?\s*(?:on\s+)?)?{}|(?i:{MONTH}\s+\d{{4}}(?:\s+(?:print\s+)?(?:issue|edition))?))\s*$",
        *DATE
    ))
});

/// A section or place stamp with a date: "MEXICO / 3 JUL 2013".
static SECTION_DATE: LazyLock<Regex> = LazyLock::new(|| rx(&format!(r"^[A-Z][\w &,'’-]*?\s*/\s*{}", *DATE)));

/// Any date, to find one inside a metadata line.
static ANY_DATE: LazyLock<Regex> = LazyLock::new(|| rx(&DATE));

/// A byline opening: "By Jane Doe", "BY JANE DOE", "Posted by maria".
static BYLINE_AT: LazyLock<Regex> = LazyLock::new(|| {
    rx(&format!(
        r"^(?:(?i:posted|written|reported|reviewed|words|story|text|(?:live\s+)?coverage)\s+by:?\s+(?:{NAME}|[a-z][\w.-]+)|(?:By|BY|by):?\s+{NAME})(?:\s*(?:,|and|&)\s*{NAME})*"
    ))
});

/// The standalone speaker credit of a radio transcript: "MARIA LOPEZ, BYLINE".
static BYLINE_TAG: LazyLock<Regex> = LazyLock::new(|| rx(r"^[A-Z][A-Z.'’ -]+,\s*(?:BYLINE|HOST)$"));

/// A newsroom byline without a name: "Staff report", "From staff and wire reports",
/// "By the Harbour Current politics team".
static STAFF: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"(?i)^(?:(?:from\s+)?staff(?:\s+and\s+wire)?\s+reports?|by\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,5}(?:team|staff|desk|newsroom|editors|editorial\s+board))$",
    )
});

/// A programme's production credits: "Counterparty is produced by Oskar Lindfors and
/// edited by …", "Music by …".
static PRODUCTION: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"^(?:[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}\s+(?:is|was)\s+(?:produced|edited|hosted|reported)\s+by\s+[A-Z]|(?i:music|sound\s+design|production|mixing)\s+by\s+|(?:Hosted|Produced|Presented)\s+by\s+[A-Z][^.!?]*$)",
    )
});

/// A time after a date, or a later update given as a time alone: "10:14 GMT",
/// "Updated 21:30 CET".
static UPDATED_TIME: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"(?i)^(?:(?:updated|last\s+updated|edited)\s*:?\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$",
    )
});

/// A live blog entry's sign-off: "— Priya Ramdial", "– Harbour Current staff".
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    rx(&format!(r"^[—–]\s*(?:{NAME}(?:\s*(?:,|and|&)\s*{NAME})*|(?:[A-Z][\w'’.-]*\s+){{1,4}}(?:staff|team|desk))\.?$"))
});

/// A contributor line: "Tim Johnson contributed from Mexico City.",
/// "(Reporting by Jane Doe; Editing by John Roe)".
static CONTRIBUTOR: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"^\(?(?:[A-Z](?:[^.!?]|(?:\b[A-Z]|Jr|Sr|St|Dr|Mr|Ms|Mrs)\.)*\bcontributed(?:\s+(?:reporting|research|from\b|this\s+report|to\s+th(?:is|e)\s+(?:report|story|article))|\.?\)?$)|(?i:(?:additional\s+|with\s+)?reporting\s+by|editing\s+by|writing\s+by|compiled\s+by|reporting\s+and\s+writing\s+by|(?:photographs|photography|photos|illustrations?|graphics|video)\s+by)\b)",
    )
});

/// A source credit: "From the Daily Example", "This article first appeared in …".
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"^(?:(?:From|Via)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}\.?$|(?i:this\s+(?:article|story|piece|post|commentary|op-ed)\s+(?:was\s+)?(?:first\s+|originally\s+)?(?:appears|appeared|published|ran)|originally\s+published|first\s+published\s+(?:in|by|on)|republished\s+(?:from|with)|this\s+(?:article|story|report)\s+(?:includes|contains|uses)\s+(?:information|material|reporting)\s+from|this\s+(?:article|story|report)\s+was\s+(?:produced|published|reported)\s+in\s+partnership\s+with)\b)",
    )
});

/// The start of a story: optional glued source credit, then a wire dateline
/// ("MEXICO CITY —", "WASHINGTON, July 12 (Reuters) -", "BROWNSVILLE, Texas (AP) —").
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"^(?P<credit>(?:From|Via)\s+(?:the\s+)?[A-Z][\w.&'’ -]*?[a-z.)'’\s])?\s*(?P<dl>(?P<place>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,4})(?:,\s*(?:[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:,\s*\d{4})?)?|\d{1,2}\s+[A-Z][a-z]+\.?))*\s*(?:\([^)]{1,40}\))?\s*(?:—|–|--|\s-)\s*)(?P<rest>\S)",
    )
});

/// Labels naming the kind of piece, as sites print them above a headline.
#[rustfmt::skip]
pub(crate) const FORM_LABELS: &[&str] = &[
    "analysis", "brief", "breaking", "column", "commentary", "editorial", "essay", "exclusive",
    "explainer", "feature", "interview", "investigation", "news analysis", "obituary", "op ed",
    "opinion", "perspective", "podcast", "report", "review", "transcript",
];

/// Wire agencies that sign stories with their name alone.
const AGENCY_NAMES: &[&str] = &["afp", "ansa", "ap", "bloomberg", "dpa", "efe", "kyodo", "reuters", "upi", "xinhua"];

/// Nouns that end an agency or newspaper-group credit ("Associated Press").
#[rustfmt::skip]
const AGENCY_NOUNS: &[&str] = &[
    "agency", "bureau", "news", "newspapers", "newswire", "presse", "press", "service", "services",
    "wire", "wires",
];

/// A reading time or a running time printed beside a date: "22 min read", "5-minute
/// read", "Reading time: 6 min", "34 min".
static READING_TIME: LazyLock<Regex> =
    LazyLock::new(|| rx(r"(?i)^(?:reading\s+time\s*:?\s*)?\d{1,3}[ -]?(?:min|mins|minute|minutes)\.?(?:\s+read)?$"));

/// A podcast's episode number printed beside its date: "Episode 112", "Ep. 7".
static EPISODE: LazyLock<Regex> = LazyLock::new(|| rx(r"(?i)^(?:episode|ep\.?)\s*\d{1,4}$"));

/// True for a line that is only a date (maybe "Published:" / "Updated" and a time, or a
/// reading time: "November 14, 2026 · 22 min read").
pub(crate) fn is_date_line(text: &str) -> bool {
    let t = text.trim();
    (t.len() <= 80 && DATE_LINE.is_match(t))
        // A live blog entry's time alone: "17:30 ULAT", "Updated 21:30 CET", "12:41 a.m.".
        || (t.len() <= 30 && UPDATED_TIME.is_match(t))
        // "Published Nov. 12, 2026 at 6:40 p.m. ET | Updated Nov. 13, 2026 at 9:15 a.m. ET"
        || (t.len() <= 160
            && t.contains(['|', '·'])
            && t.split(['|', '·']).any(|part| DATE_LINE.is_match(part.trim()))
            && t.split(['|', '·']).enumerate().all(|(i, part)| {
                let part = part.trim();
                DATE_LINE.is_match(part)
                    || EPISODE.is_match(part)
                    || (i > 0 && (UPDATED_TIME.is_match(part) || READING_TIME.is_match(part)))
            }))
}

/// True for a standalone byline.
pub(crate) fn is_byline(text: &str) -> bool {
    let t = strip_bullet(text).trim();
    if t.chars().count() > 100 {
        return false;
    }
    if BYLINE_TAG.is_match(t) || STAFF.is_match(t) {
        return true;
    }
    let Some(m) = BYLINE_AT.find(t) else {
        return false;
    };
    byline_tail_ok(&t[m.end()..])
}

/// The words after a byline's names may only be a title or an outlet
/// ("…, Correspondent in Bogotá", "…, Associated Press"), never a sentence.
fn byline_tail_ok(tail: &str) -> bool {
    #[rustfmt::skip]
    const ROLE_WORDS: &[&str] = &[
        "a", "an", "and", "at", "bureau", "chief", "contributing", "contributor", "correspondent",
        "de", "editor", "for", "from", "in", "of", "on", "reporter", "senior", "special", "staff",
        "the", "writer",
    ];
    let tail = tail.trim();
    if tail.is_empty() {
        return true;
    }
    if ends_sentence(tail) && !tail.ends_with("Jr.") {
        return false;
    }
    let tail = tail.trim_start_matches([',', '|', '·', '-', '—', '–']).trim();
    tail.split_whitespace().count() <= 8
        && tail.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || ROLE_WORDS.contains(&w.to_lowercase().as_str())
        })
}

/// True for a lone agency or newspaper-group line ("Associated Press", "Example
/// Newspapers"): a wire story's credit sitting between headline and body.
pub(crate) fn is_agency_line(text: &str) -> bool {
    let t = text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 || t.chars().count() > 40 || ends_sentence(t) {
        return false;
    }
    let capitalised = words
        .iter()
        .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || *w == "&" || *w == "of" || *w == "the");
    let last = words[words.len() - 1].to_lowercase();
    let last = last.trim_matches(|c: char| !c.is_alphanumeric());
    capitalised && (AGENCY_NAMES.contains(&last) || (words.len() >= 2 && AGENCY_NOUNS.contains(&last)))
}

/// True for a contributor line ("X contributed reporting.", "Reporting by …").
pub(crate) fn is_contributor(text: &str) -> bool {
    let t = text.trim();
    text.chars().count() <= 250
        && (CONTRIBUTOR.is_match(t) || PRODUCTION.is_match(t) || (t.chars().count() <= 60 && SIGN_OFF.is_match(t)))
}

/// True for a live blog entry's sign-off ("— Khulan Batsaikhan").
pub(crate) fn is_sign_off(text: &str) -> bool {
    let t = text.trim();
    t.chars().count() <= 60 && SIGN_OFF.is_match(t)
}

/// True for a standalone source credit ("From the Daily Example").
pub(crate) fn is_source_credit(text: &str) -> bool {
    text.chars().count() <= 250 && CREDIT.is_match(text.trim())
}

/// True for a lone form label ("BRIEF", "Analysis", "OPINION:").
pub(crate) fn is_form_label(text: &str) -> bool {
    // A bulleted line is a menu or player item, never a label.
    if super::features::is_bullet(text) {
        return false;
    }
    let t = super::title::normalize(text);
    !t.is_empty() && FORM_LABELS.contains(&t.as_str())
}

/// One piece of a line holding several roles: a byte range of the unit's text.
pub(crate) type Piece = (Range<usize>, BlockRole);

/// Splits a short metadata line into its parts: "MEXICO / 3 JUL 2013 BY JANE DOE EN"
/// → dateline, byline, language switcher; "Posted by maria on March 3, 2021" → byline,
/// dateline. Returns `None` unless every part of the line is accounted for.
pub(crate) fn split_meta_line(text: &str) -> Option<Vec<Piece>> {
    if text.chars().count() > 120 || text.is_empty() {
        return None;
    }
    let mut pieces: Vec<Piece> = Vec::new();
    let mut end = text.len();
    // A trailing language switcher ("… EN", "… EN | ES").
    static TRAILING_LANG: LazyLock<Regex> = LazyLock::new(|| rx(&format!(r"\s(?:{LANG}(?:\s*[|/·]?\s*{LANG})*)\s*$")));
    if let Some(m) = TRAILING_LANG.find(text) {
        end = m.start();
        pieces.push((m.start()..text.len(), BlockRole::Chrome(ChromeReason::Navigation)));
    }
    let body = &text[..end];
    let mut found: Vec<Piece> = Vec::new();
    // The dateline: a section or place stamp with its date, or a bare date.
    let date = SECTION_DATE.find(body).or_else(|| ANY_DATE.find(body));
    let mut by_search_from = 0;
    if let Some(d) = date {
        found.push((d.start()..d.end(), BlockRole::Metadata(MetaKind::Dateline)));
        by_search_from = d.end();
    }
    // The byline, before or after the date.
    let by = find_byline(body, by_search_from).or_else(|| find_byline(&body[..date.map_or(0, |d| d.start())], 0));
    if let Some(r) = by {
        found.push((r, BlockRole::Metadata(MetaKind::Byline)));
    }
    if found.is_empty() {
        return None;
    }
    found.sort_by_key(|(r, _)| r.start);
    // Whatever is left must be glue: separators, "on", "|", "Published", "Updated".
    let mut cursor = 0;
    let mut out: Vec<Piece> = Vec::new();
    for (r, role) in found {
        if r.start < cursor {
            return None;
        }
        if !glue(&body[cursor..r.start]) {
            return None;
        }
        // Glue belongs to the piece it precedes, so pieces tile the line.
        out.push((cursor..r.end, role));
        cursor = r.end;
    }
    if !glue(&body[cursor..]) {
        return None;
    }
    if let Some(last) = out.last_mut() {
        last.0.end = end;
    }
    out.extend(pieces);
    Some(out)
}

/// A byline starting at a word boundary at or after `from`, as a byte range.
fn find_byline(text: &str, from: usize) -> Option<Range<usize>> {
    let mut starts = vec![from];
    starts.extend(text[from..].match_indices(char::is_whitespace).map(|(i, ws)| from + i + ws.len()));
    starts.into_iter().filter(|&s| s < text.len()).find_map(|s| {
        let m = BYLINE_AT.find(&text[s..])?;
        Some(s..s + m.end())
    })
}

/// Words that may join metadata parts on one line.
fn glue(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | ',' | '-' | '—' | '–' | '/'))
        .filter(|w| !w.is_empty())
        .all(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "on" | "at" | "published" | "published:" | "updated" | "updated:" | "posted" | "posted:"
            )
        })
}

/// The first paragraph of a story may open with a source credit and a dateline:
/// "From the Daily ExampleMEXICO CITY — Every airplane…". Returns the pieces, the
/// last being the body text, or `None` if the paragraph has no dateline.
pub(crate) fn split_lead(text: &str) -> Option<Vec<Piece>> {
    let c = LEAD.captures(text)?;
    let place = c.name("place")?;
    if place.as_str().chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    let dl = c.name("dl")?;
    let rest = c.name("rest")?.start();
    let mut out = Vec::new();
    if let Some(credit) = c.name("credit") {
        out.push((0..credit.end(), BlockRole::Metadata(MetaKind::SourceCredit)));
    }
    let dl_start = c.name("credit").map_or(0, |_| dl.start());
    out.push((dl_start..rest, BlockRole::Metadata(MetaKind::Dateline)));
    out.push((rest..text.len(), BlockRole::Body));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts<'a>(text: &'a str, pieces: &[Piece]) -> Vec<(&'a str, BlockRole)> {
        pieces.iter().map(|(r, role)| (text[r.clone()].trim(), *role)).collect()
    }

    const DL: BlockRole = BlockRole::Metadata(MetaKind::Dateline);
    const BY: BlockRole = BlockRole::Metadata(MetaKind::Byline);
    const CR: BlockRole = BlockRole::Metadata(MetaKind::SourceCredit);

    #[test]
    fn credit_glued_to_dateline_glued_to_body() {
        let t = "From the Daily ExampleMEXICO CITY — Every airplane passenger is vetted.";
        let p = split_lead(t).unwrap();
        assert_eq!(
            parts(t, &p),
            vec![
                ("From the Daily Example", CR),
                ("MEXICO CITY —", DL),
                ("Every airplane passenger is vetted.", BlockRole::Body)
            ]
        );
    }

    #[test]
    fn wire_datelines() {
        for (t, dl) in [
            ("WASHINGTON (Reuters) - The U.S. said on Tuesday it would act.", "WASHINGTON (Reuters) -"),
            ("WASHINGTON, July 12 (Reuters) - The U.S. said it would act.", "WASHINGTON, July 12 (Reuters) -"),
            ("MEXICO CITY (AP) — Officials said.", "MEXICO CITY (AP) —"),
            ("BROWNSVILLE, Texas — Agents watch scans.", "BROWNSVILLE, Texas —"),
        ] {
            let p = split_lead(t).unwrap();
            assert_eq!(parts(t, &p)[0], (dl, DL), "{t}");
        }
    }

    #[test]
    fn ordinary_openings_have_no_dateline() {
        for t in [
            "Despite ongoing violence, cooperation has reached new levels.",
            "From the start, officials said the plan — a bold one — would work.",
            "U.S. - Mexico relations are complicated.",
            "The report [pdf] describes nine objectives - all of them.",
        ] {
            assert_eq!(split_lead(t), None, "{t}");
        }
    }

    #[test]
    fn section_date_byline_and_language_code() {
        let t = "MEXICO / 3 JUL 2013 BY JANE DOE EN";
        let p = split_meta_line(t).unwrap();
        assert_eq!(
            parts(t, &p),
            vec![("MEXICO / 3 JUL 2013", DL), ("BY JANE DOE", BY), ("EN", BlockRole::Chrome(ChromeReason::Navigation))]
        );
    }

    #[test]
    fn blog_post_line() {
        let t = "Posted by maria on March 3, 2021";
        let p = split_meta_line(t).unwrap();
        assert_eq!(parts(t, &p), vec![("Posted by maria", BY), ("on March 3, 2021", DL)]);
        let t = "By Jane Doe | July 12, 2023 4:05 PM UTC";
        let p = split_meta_line(t).unwrap();
        assert_eq!(parts(t, &p), vec![("By Jane Doe", BY), ("| July 12, 2023 4:05 PM UTC", DL)]);
    }

    #[test]
    fn meta_line_must_be_fully_explained() {
        assert_eq!(split_meta_line("The meeting on March 3, 2021 went well"), None);
        assert_eq!(split_meta_line("Latin America"), None);
    }

    #[test]
    fn bylines() {
        for t in [
            "By Jane Doe",
            "BY JANE DOE",
            "By Jane Doe and John Roe",
            "By Jane Doe, Correspondent in Bogotá",
            "By Jane Doe, Associated Press",
            "MARIA LOPEZ, BYLINE",
            "Posted by maria",
            "Staff report",
            "From staff and wire reports",
        ] {
            assert!(is_byline(t), "{t}");
        }
        for t in [
            "By March, prices rose.",
            "By the end of the year the agency had hired more staff",
            "MARIA LOPEZ, BYLINE: Standing at the busy port of entry.",
        ] {
            assert!(!is_byline(t), "{t}");
        }
    }

    #[test]
    fn agency_lines() {
        assert!(is_agency_line("Associated Press"));
        assert!(is_agency_line("Example Newspapers"));
        assert!(is_agency_line("Reuters"));
        assert!(!is_agency_line("Latin America"));
        assert!(!is_agency_line("News"));
        assert!(!is_agency_line("The press was there."));
    }

    #[test]
    fn contributors_credits_dates_and_labels() {
        assert!(is_contributor("Tim Johnson contributed from Mexico City."));
        assert!(is_contributor("Jane Doe and John Roe contributed reporting."));
        assert!(is_contributor("Reporting by Jane Doe; Editing by John Roe"));
        assert!(is_contributor("(Additional reporting by Jane Doe in Lima)"));
        assert!(is_contributor("Associated Press writer Sonia Pérez D. in Guatemala City contributed to this report."));
        assert!(!is_contributor("Smith contributed $5 million to the campaign."));
        assert!(!is_contributor("The governor contributed $5 million to the fund last year."));
        assert!(is_source_credit("From the Daily Example"));
        assert!(is_source_credit("This article first appeared in Foreign Affairs."));
        assert!(is_source_credit("This commentary was originally published by The Hill."));
        assert!(!is_source_credit("From the start, it was clear the plan would fail."));
        assert!(is_date_line("July 3, 2013"));
        assert!(is_date_line("Published: Wed 14 Jun 2023 06.00 BST"));
        assert!(is_date_line("27 MAY 2023"));
        assert!(is_date_line("Updated March 3, 2021 at 10:15 a.m. ET"));
        assert!(is_date_line("November 14, 2026 · 22 min read"));
        assert!(!is_date_line("22 min read · November 14, 2026 · Dhaka"));
        assert!(is_date_line("Published 6:12 p.m. ET Aug. 21, 2023"));
        assert!(is_date_line("Release Date: March 14, 2023"));
        assert!(is_date_line("March 2024 Issue"));
        assert!(is_contributor("Illustrations by Tomás Rivera"));
        assert!(is_source_credit("This article appears in the March 2024 print edition."));
        assert!(!is_date_line("On July 3, 2013, the talks began."));
        assert!(is_form_label("BRIEF"));
        assert!(is_form_label("Opinion:"));
        assert!(is_form_label("OP-ED"));
        assert!(!is_form_label("Brief history"));
    }
}
