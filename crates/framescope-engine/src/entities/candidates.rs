//! Step 1: candidate names in one text, each with a first guess at its kind and the cues
//! around it (a title before it, a verb of speech beside it, an appositive role after it).

use super::evidence::{self, Clue};
use super::gazetteer;
use super::lexicon::*;
use super::roles::{role_after, role_before, role_before_set_off, role_premodifier};
use super::tokens::{tokens, Tok};
use framescope_core::text::fold;
use framescope_core::EntityKind;

/// What the words of a candidate look like they name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Guess {
    /// Known kind from its form (head noun, gazetteer, abbreviation, acronym).
    Kind(EntityKind),
    /// Looks like a person's name; `cue` when the context says so too.
    Person {
        /// A title, a verb of speech, a speaker label or a role says it is a person.
        cue: bool,
    },
    /// A title followed by words where the name is only the end ("Secretary of the
    /// Interior Miguel Ángel Osorio Chong"): resolved against known names later.
    PersonAtEnd,
    /// Capitalised words with no cue in their own words: resolved against known names
    /// later, else kept, where they stand mid-sentence (English capitals mark a name), as
    /// the kind the clues around their mentions favour ([`super::evidence`]).
    Uncued,
}

/// A name found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Byte offset of the name in the text.
    pub start: usize,
    /// Byte offset past the name.
    pub end: usize,
    /// The name's words, as written.
    pub words: Vec<String>,
    /// The first guess.
    pub guess: Guess,
    /// The canonical full name when the form is a known abbreviation ("U.S." → "United States").
    pub expands_to: Option<String>,
    /// An acronym the text defines for it ("El Paso Intelligence Center (EPIC)").
    pub acronym: Option<String>,
    /// For people: the role the text gives.
    pub role: Option<String>,
    /// First word of a sentence, where capitals prove nothing.
    pub opens_sentence: bool,
    /// What the words around it say of its kind ("in Elvas", "Olivenza, a Spanish town").
    pub clue: Option<Clue>,
}

#[cfg(test)]
impl Candidate {
    /// The name as written.
    pub fn text(&self) -> String {
        self.words.join(" ")
    }
}

/// Finds the candidate names of `text`.
pub fn candidates(text: &str) -> Vec<Candidate> {
    let toks = tokens(text);
    let mut out = Vec::new();
    let mut i = speaker_label(text, &toks, &mut out);
    let titles = work_titles(text, &toks);
    let mut next_title = titles.iter().peekable();
    while i < toks.len() {
        // A work's title is one name, whatever its words ("Salt for the Horses").
        while next_title.peek().is_some_and(|&&(a, _)| a < i) {
            next_title.next();
        }
        if let Some(&&(a, b)) = next_title.peek() {
            if i == a {
                next_title.next();
                out.push(plain(text, &toks, a, b, Guess::Kind(EntityKind::Other)));
                i = b;
                continue;
            }
        }
        // "45th Weather Squadron", "101st Airborne Division": an ordinal opens a unit's name.
        if is_ordinal(toks[i].text) && toks.get(i + 1).is_some_and(|t| t.capitalised && !t.opens_sentence) {
            let end = run_end(text, &toks, i + 1);
            if is_organisation_head(toks[end - 1].text) && &text[toks[i].end..toks[i + 1].start] == " " {
                out.push(plain(text, &toks, i, end, Guess::Kind(EntityKind::Organisation)));
                i = end;
                continue;
            }
        }
        if !toks[i].capitalised || toks[i].text.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
            continue;
        }
        let end = run_end(text, &toks, i);
        // "Philippine Atmospheric, Geophysical and Astronomical Services Administration
        // (PAGASA)": a name its acronym spells is one name, through commas and "and".
        if let Some((a, b, acronym)) = acronym_spelled(text, &toks, i, end) {
            // (Its head says what it is; else the words around it: "The study, called
            // Kidney Outcomes with Glenaflozin in Asia (KOGA), found …".)
            let head = toks[b - 1].text;
            let guess = if is_other_head(head) {
                Guess::Kind(EntityKind::Other)
            } else if is_organisation_head(head) {
                Guess::Kind(EntityKind::Organisation)
            } else if is_place_head(head) {
                Guess::Kind(EntityKind::Place)
            } else {
                // (A body by default: "Asia-Pacific Economic Cooperation (APEC)".)
                let named = evidence::around(text, &toks, a, b).filter(|&(_, weight)| weight >= 3);
                Guess::Kind(named.map_or(EntityKind::Organisation, |(kind, _)| kind))
            };
            let mut c = plain(text, &toks, a, b, guess);
            c.acronym = Some(acronym);
            out.push(c);
            i = b;
            continue;
        }
        // "the Gas Safety (Installation and Use) Regulations 1998": a law's name may hold
        // a bracketed qualifier.
        if let Some(law_end) = law_bracketed(text, &toks, end) {
            out.push(plain(text, &toks, i, law_end, Guess::Kind(EntityKind::Other)));
            i = law_end;
            continue;
        }
        // "Allocation of Workers by Intermediaries Act", "Individuals with Disabilities
        // Education Act": a law's name may hold a preposition that ends no other name.
        if let Some(law_end) = law_continued(text, &toks, end) {
            // (And back through "of" to the name's first words: "Allocation of Workers …".)
            let mut start = i;
            while start >= 2
                && matches!(toks[start - 1].text, "of" | "for" | "on")
                && toks[start - 2].capitalised
                && text[toks[start - 2].end..toks[start].start] == format!(" {} ", toks[start - 1].text)
            {
                start -= 2;
                while start > 0 && toks[start - 1].capitalised && &text[toks[start - 1].end..toks[start].start] == " " {
                    start -= 1;
                }
            }
            out.retain(|c| c.start < toks[start].start);
            let start = (start..i).find(|&k| !is_not_name(toks[k].text)).unwrap_or(i);
            out.push(plain(text, &toks, start, law_end, Guess::Kind(EntityKind::Other)));
            i = law_end;
            continue;
        }
        // "Cllr Seán Ó Laoghaire (Sinn Féin)", "Rep. Ana Ruiz (Democrat)": a name in brackets
        // right after a person's is their party, a body.
        let bracketed = text[..toks[i].start].ends_with(" (") && text[toks[end - 1].end..].starts_with(')');
        let after_person = bracketed
            && out.last().is_some_and(|c: &Candidate| {
                matches!(c.guess, Guess::Person { .. }) && text[c.end..toks[i].start] == *" ("
            });
        if after_person && !(end - i == 1 && toks[i].all_caps) {
            out.push(plain(text, &toks, i, end, Guess::Kind(EntityKind::Organisation)));
            i = end;
            continue;
        }
        // "the Mongolian Herders' Union (Malchdyn Kholboo)": a body's name in its own
        // language, in brackets right after it, is that body's.
        let after_body = bracketed
            && out.last().is_some_and(|c: &Candidate| {
                c.guess == Guess::Kind(EntityKind::Organisation) && text[c.end..toks[i].start] == *" ("
            });
        if after_body && end - i >= 2 {
            out.push(plain(text, &toks, i, end, Guess::Kind(EntityKind::Organisation)));
            i = end;
            continue;
        }
        for (a, b) in split_on_and(&toks, i, end) {
            classify_run(text, &toks, a, b, true, &mut out);
        }
        i = end;
    }
    for c in &mut out {
        let a = toks.iter().position(|t| t.start == c.start);
        let b = toks.iter().rposition(|t| t.start < c.end);
        if let (Some(a), Some(b)) = (a, b) {
            c.clue = evidence::around(text, &toks, a, b + 1);
        }
    }
    out
}

/// A candidate of the words `a..b` as written, with no cue but its guess.
fn plain(text: &str, toks: &[Tok<'_>], a: usize, b: usize, guess: Guess) -> Candidate {
    Candidate {
        start: toks[a].start,
        end: toks[b - 1].end,
        words: text[toks[a].start..toks[b - 1].end].split_whitespace().map(str::to_string).collect(),
        guess,
        expands_to: None,
        acronym: acronym_after(text, toks[b - 1].end),
        role: None,
        opens_sentence: toks[a].opens_sentence,
        clue: None,
    }
}

/// "45th", "101st", "3rd".
fn is_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(char::is_alphabetic);
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// Where a law's name that a preposition continues ends: the run ending at `end` is
/// followed by "by", "with", "from", … and a run that ends in a law's head noun.
fn law_continued(text: &str, toks: &[Tok<'_>], end: usize) -> Option<usize> {
    let prep = toks.get(end)?;
    let next = toks.get(end + 1)?;
    let spaced = &text[toks[end - 1].end..prep.start] == " " && &text[prep.end..next.start] == " ";
    if !spaced
        || !matches!(prep.text, "by" | "with" | "from" | "against" | "under" | "into" | "at" | "in")
        || !next.capitalised
    {
        return None;
    }
    let law_end = run_end(text, toks, end + 1);
    let head = fold(toks[law_end - 1].text);
    // (Only heads that are no given name or school: not "… with Bill", "… from Harvard Law";
    // and never after a person: "Jane Doe from …".)
    let after_person =
        (0..end).rev().take_while(|&k| toks[k].capitalised).last().is_some_and(|k| is_given_name(toks[k].text));
    (law_end - (end + 1) >= 2
        && !after_person
        && matches!(head.as_str(), "act" | "regulation" | "regulations" | "statute" | "ordinance"))
    .then_some(law_end)
}

/// The end of a law's name that goes on past the run ending at `end` with a bracketed
/// qualifier, the law's head and perhaps its year: "Gas Safety (Installation and Use)
/// Regulations 1998", "Town and Country Planning (General Permitted Development) Order".
fn law_bracketed(text: &str, toks: &[Tok<'_>], end: usize) -> Option<usize> {
    if end == 0 || text[toks[end - 1].end..toks.get(end)?.start] != *" (" {
        return None;
    }
    // The bracket's words, capitalised or connectors, up to ") ".
    let mut j = end;
    loop {
        let t = toks.get(j).filter(|t| t.capitalised || is_connector(t.text))?;
        let gap = &text[t.end..toks.get(j + 1)?.start];
        j += 1;
        match gap {
            ") " => break,
            " " => continue,
            _ => return None,
        }
    }
    if !toks[j].capitalised {
        return None;
    }
    let law_end = run_end(text, toks, j);
    let head = fold(toks[law_end - 1].text);
    if !matches!(
        head.as_str(),
        "act" | "bill" | "regulations" | "regulation" | "order" | "rules" | "directive" | "code"
    ) {
        return None;
    }
    // (Its year: "… Regulations 1998".)
    let year = toks.get(law_end).filter(|t| {
        text[toks[law_end - 1].end..t.start] == *" " && t.text.len() == 4 && t.text.chars().all(|c| c.is_ascii_digit())
    });
    Some(law_end + usize::from(year.is_some()))
}

/// Nouns after which a title-cased name is the title of a work: "her novel, Salt for the
/// Horses," "the album Low Tide Lullabies", "an exhibition titled Gold That Walked".
/// ("play", "book", "single" and "collection" are left out: they are verbs and adjectives
/// too — "they play Arsenal", "not a single Democrat".)
const WORK_NOUNS: &[&str] = &[
    "album",
    "song",
    "novel",
    "memoir",
    "film",
    "documentary",
    "movie",
    "musical",
    "opera",
    "podcast",
    "exhibition",
    "poem",
    "painting",
    "titled",
    "entitled",
];

/// Nouns of works that are verbs or other words too ("play", "book", "record"): a work's
/// noun only next to a determiner ("his third book, …", "her book The Long Field").
const WORK_NOUNS_AFTER_DETERMINER: &[&str] =
    &["book", "feature", "record", "play", "collection", "series", "show", "thriller", "retrospective"];

/// Words that may stand right before a work noun: "her novel", "the album", "a new film".
const WORK_DETERMINERS: &[&str] = &[
    "a", "an", "the", "her", "his", "their", "its", "our", "my", "your", "new", "debut", "latest", "first", "second",
    "third", "last", "next", "final", "previous", "whose",
];

/// Small words a title keeps in lower case.
const TITLE_SMALL_WORDS: &[&str] =
    &["a", "an", "the", "of", "in", "on", "for", "and", "to", "at", "by", "with", "over", "from", "or", "nor", "but"];

/// Spans (token ranges) of works' titles: a quoted span of two to nine words in title
/// case ("“Tide Don't Wait,”"), or title-case words right after a work noun.
fn work_titles(text: &str, toks: &[Tok<'_>]) -> Vec<(usize, usize)> {
    let title_word = |t: &Tok<'_>| t.capitalised || TITLE_SMALL_WORDS.contains(&t.text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let gap_before = if i > 0 { &text[toks[i - 1].end..toks[i].start] } else { &text[..toks[i].start] };
        // (Single quotes too, opened after a space or a bracket: "'Hunger Stones', the
        // first feature by …", not a plural's apostrophe.)
        let single_quoted = ["'", "‘"]
            .iter()
            .any(|q| gap_before.strip_suffix(q).is_some_and(|g| g.is_empty() || g.ends_with([' ', '('])));
        let quoted = gap_before.ends_with(['“', '"']) || single_quoted;
        // (A determiner before the noun, so that it is one: "her novel", "the album";
        // "titled" needs none.)
        let after_work_noun = i > 1 && {
            let noun = toks[i - 1].text.to_lowercase();
            let determiner = |k: usize| WORK_DETERMINERS.contains(&toks[k].text.to_lowercase().as_str());
            // (Or with one adjective between: "the streaming thriller Night Ferry".)
            let adjective_between = i > 2 && toks[i - 2].text.starts_with(char::is_lowercase) && determiner(i - 3);
            (WORK_NOUNS.contains(&noun.as_str()) || WORK_NOUNS_AFTER_DETERMINER.contains(&noun.as_str()))
                && (matches!(noun.as_str(), "titled" | "entitled") || determiner(i - 2) || adjective_between)
                && matches!(gap_before, " " | ", ")
        };
        // (After "novel, " a comma must close the title too: "In the novel, Obama writes".)
        let comma_opened = after_work_noun && gap_before == ", ";
        // (Not a nickname: "known as “El Coss”".)
        let nickname = ["known as", "alias", "nicknamed", "dubbed", "a.k.a."]
            .iter()
            .any(|cue| text[..toks[i].start].trim_end_matches(['“', '"', ' ']).ends_with(cue));
        let opens = toks[i].capitalised && (!is_not_name(toks[i].text) || toks[i].text == "The");
        if opens && !nickname {
            // Title words joined by single spaces, ending at the closing quote or punctuation.
            let mut j = i;
            while j + 1 < toks.len()
                && &text[toks[j].end..toks[j + 1].start] == " "
                && title_word(&toks[j + 1])
                && j + 1 - i < 9
            {
                j += 1;
            }
            // (Never ending on a small word: "… Lullabies in 1973".)
            while j > i && TITLE_SMALL_WORDS.contains(&toks[j].text) {
                j -= 1;
            }
            let after = &text[toks[j].end..];
            // "Tide Tables (1978)": a year in brackets dates a work.
            let year_after = after.strip_prefix(" (").is_some_and(|r| {
                let b = r.as_bytes();
                b.len() >= 5 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b')'
            });
            let closed = if quoted {
                let close: &[char] = if single_quoted { &['’', '\''] } else { &['”', '"'] };
                after.trim_start_matches([',', '.', '!', '?']).starts_with(close)
            } else if year_after {
                true
            } else if comma_opened {
                after.starts_with(',')
            } else {
                after.is_empty() || after.starts_with([',', '.', ';', ')', ' '])
            };
            let words = j + 1 - i;
            // "The Year of Dry Wells, her second novel": a work noun in the apposition after it.
            // (Determiner, at most one more word, the noun, then punctuation, "by" or "of";
            // never after a person's name: "Maria Lopez, a single mother".)
            let work_after = || {
                let rest = after.strip_prefix(", ")?;
                let ws: Vec<&str> = rest.split_whitespace().take(4).collect();
                if !matches!(*ws.first()?, "her" | "his" | "their" | "its" | "the" | "a" | "an") {
                    return None;
                }
                let noun_at = (1..ws.len().min(3)).find(|&k| {
                    let w = ws[k].trim_end_matches([',', '.', ';']).to_lowercase();
                    WORK_NOUNS.contains(&w.as_str()) || WORK_NOUNS_AFTER_DETERMINER.contains(&w.as_str())
                })?;
                let ends = ws[noun_at].ends_with([',', '.', ';'])
                    || ws.get(noun_at + 1).is_some_and(|w| matches!(*w, "by" | "of"));
                Some(ends)
            };
            let person_like = is_given_name(toks[i].text) && person_shaped(&toks[i..=j]);
            let titled =
                quoted || after_work_noun || (words >= 2 && !person_like && (year_after || work_after() == Some(true)));
            // Title case: its first and last words capitalised; two words at least, unless a
            // work noun says so (a single word in quotes is a nickname or a scare quote).
            let title_case = toks[i].capitalised && toks[j].capitalised;
            // (Never a nationality, a place or a day alone: "the film Mexican …".)
            let no_title = words == 1
                && (is_demonym(toks[i].text) || gazetteer::place(toks[i].text).is_some() || is_not_name(toks[i].text));
            if titled && closed && title_case && !no_title && (words >= 2 || after_work_noun) {
                out.push((i, j + 1));
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Index past the capitalised run that starts at `i`: capitalised words joined by single
/// spaces, connectors between capitalised words once the run holds a head noun or after a
/// title ("International Council for the Exploration of the Sea", "Secretary of State"),
/// and a title's full stop ("Gov. Mitt").
fn run_end(text: &str, toks: &[Tok<'_>], i: usize) -> usize {
    let mut j = i;
    while let Some(next) = toks.get(j + 1) {
        let gap = &text[toks[j].end..next.start];
        // "Attorney General's Office", "Children's Hospital": a possessive inside an
        // organisation's name, when a head noun ends the run right after it.
        // The possessor is a title or a group of people, never a place or a person
        // ("Mexico's Federal Police", "Trump's Justice Department" are two names).
        let possessive_inside = toks[j].possessive
            && toks[j].capitalised
            && (is_title(toks[j].text)
                || is_group_of_people(toks[j].text)
                || (toks[j].text.ends_with('s')
                    && text[toks[j].end..].starts_with(['\'', '’'])
                    && !text[toks[j].end..].starts_with("'s")
                    && !text[toks[j].end..].starts_with("’s")))
            && (j + 1..(j + 4).min(toks.len())).any(|k| {
                (is_organisation_head(toks[k].text) || is_other_head(toks[k].text))
                    && toks[j + 1..=k].iter().all(|t| t.capitalised)
                    // (Its acronym may follow: "Korean Metal Workers' Union (KMWU)".)
                    // (Or its remit, capitalised: "Special Prosecutor's Office Against
                    // Organized Crime".)
                    && toks.get(k + 1).is_none_or(|t| {
                        !t.capitalised
                            || &text[toks[k].end..t.start] != " "
                            || matches!(t.text, "Against" | "For" | "Of" | "On")
                    })
            });
        // "Sullivan's Island", "St John's Wood": a possessive, then a place head that ends the name.
        // (Or a word, then the head: "Lady's Piece Lane".)
        let place_head_at = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.capitalised && (is_place_head(t.text) || is_surname_place_head(t.text)) && !t.possessive
            }) && toks.get(k + 1).is_none_or(|t| !t.capitalised)
        };
        let one_word_then_head =
            toks.get(j + 1).is_some_and(|t| t.capitalised && !t.possessive && !is_place_head(t.text))
                && place_head_at(j + 2);
        let possessive_inside = possessive_inside
            || (toks[j].possessive
                && toks[j].capitalised
                && (!is_title(toks[j].text) || one_word_then_head)
                && (place_head_at(j + 1) || one_word_then_head)
                && gazetteer::place(toks[j].text).is_none());
        // "Ministry of Trade, Industry and Energy": a list in a head's complement.
        if gap == ", " && next.capitalised {
            let in_complement = (i..j).any(|k| {
                is_organisation_head(toks[k].text)
                    && toks.get(k + 1).is_some_and(|t| matches!(t.text, "of" | "for" | "on"))
            });
            if in_complement {
                if let Some(end) = listed_names_end(text, toks, j + 1) {
                    j = end;
                    continue;
                }
            }
            // "South African Commercial, Catering and Allied Workers Union", "Armagh City,
            // Banbridge and Craigavon Borough Council": a list that a head noun ends, when
            // the words before the comma hold no head of their own.
            // (A chamber may open it: "House Natural Resources, Energy and Water Committee".)
            // (Topics and places only: "Barclays, Lloyds and HSBC Bank" are three banks.)
            let chamber = |k: usize| k == i && matches!(fold(toks[k].text).as_str(), "house" | "senate" | "assembly");
            let headless = j - i < 4
                && (i..=j).all(|k| {
                    chamber(k)
                        || (!is_organisation_head(toks[k].text)
                            && !is_other_head(toks[k].text)
                            && is_topic_or_place(toks[k].text))
                });
            let topics_then_head = || {
                let end = listed_names_end(text, toks, j + 1)?;
                let topics = (j + 1..=end).all(|k| is_topic_or_place(toks[k].text) || toks[k].text == "and");
                topics.then(|| head_after_list(text, toks, end)).flatten()
            };
            if let Some(end) = headless.then(topics_then_head).flatten() {
                j = end;
                continue;
            }
        }
        // "Lloyd, Beynon & Rowe": a firm's partners listed before its "&".
        if gap == ", " && next.capitalised && toks[j].capitalised && !toks[j].possessive {
            if let Some(end) = firm_list_end(text, toks, j + 1) {
                j = end;
                continue;
            }
        }
        // "Pell & Achterberg", "Procter & Gamble": a firm's partners.
        if gap == " & " && next.capitalised && toks[j].capitalised && !toks[j].possessive {
            j += 1;
            continue;
        }
        let gap_ok = gap == " " || (possessive_inside && matches!(gap, "'s " | "’s " | "´s " | "' " | "’ "));
        if (toks[j].possessive && !possessive_inside) || !gap_ok {
            break;
        }
        // A numbered school, prison or unit: "Primary School No. 24", "Federal Social
        // Readaptation Center No. 5".
        let holds_a_head = || (i..=j).any(|k| is_organisation_head(toks[k].text) || is_place_head(toks[k].text));
        if next.text == "No" && next.end > next.start + 2 && holds_a_head() {
            if let Some(number) = toks.get(j + 2).filter(|n| is_label_number(n.text)) {
                if &text[next.end..number.start] == " " {
                    j += 2;
                    break;
                }
            }
        }
        if next.capitalised && !next.opens_sentence {
            j += 1;
            continue;
        }
        // A numbered bill or resolution, ward or route: "Senate Bill 2871", "Ward 12".
        if (is_numbered_head(toks[j].text) || is_numbered_place(toks[j].text)) && is_label_number(next.text) {
            j += 1;
            break;
        }
        // One or two connectors between capitalised words, after a head noun or a title
        // ("Department of Homeland Security", "Secretary of the Interior") — never after a
        // person's name ("Duncan Wood of the Woodrow Wilson Center" is two names). "and" is
        // judged later, by `split_on_and`.
        let prev = toks[j].text;
        // (A place head too: "Gulf of Mexico", "Democratic Republic of the Congo"; but not a
        // firm's: "… Systems of Austin" is a firm, then a place.)
        // (A place head takes only "of": "Esplanade Park for the Saltwater Sounds" is two.)
        let holds_head = (i..=j).any(|k| {
            is_organisation_head(toks[k].text)
                || is_other_head(toks[k].text)
                || (is_place_head(toks[k].text) && toks[j + 1].text == "of")
                // (Or a head that opens the name: "Centro de Estudios Mineros y Energéticos".)
                || (k == i && is_organisation_opener(toks[k].text))
        }) && !is_business_head(prev);
        // Name particles join a person's or a place's name too ("Lucía de la Fuente",
        // "Joost van der Meer", "Viña del Mar").
        let particles = (j + 1..j + 3).take_while(|&k| toks.get(k).is_some_and(|t| is_name_particle(t.text))).count();
        let may_join = next.text == "and" || holds_head || is_title(prev) || particles > 0;
        if !may_join {
            break;
        }
        let mut k = j + 1;
        // (A body's remit: "Directorate for the Fight against Drug Trafficking".)
        // (Against a thing, not a party: "the Court of Appeal against Thomas" is two.)
        // (Nor right after the body's head: "the Justice Department against Apple".)
        let remit = |at: usize| {
            toks[at].text == "against"
                && holds_head
                && !is_organisation_head(toks[at - 1].text)
                && toks.get(at + 1).is_some_and(|n| is_everyday_word(n.text))
        };
        // (A name a foreign head opens takes its language's connectors: "Institut
        // Halieutique et des Sciences Marines", "Fondation pour les Aires Protégées".)
        let foreign = |t: &Tok<'_>| {
            is_organisation_opener(toks[i].text)
                && matches!(t.text, "et" | "pour" | "les" | "à" | "au" | "aux" | "sur" | "und" | "für" | "og" | "e")
        };
        while k < j + 3
            && toks.get(k).is_some_and(|t| is_connector(t.text) || is_name_particle(t.text) || remit(k) || foreign(t))
            && toks.get(k + 1).is_some_and(|t| &text[toks[k].end..t.start] == " ")
        {
            k += 1;
        }
        // (Never through "on", "of" … into a day or a month: "Halvorsen Freight Ltd on
        // Monday"; particles are a name's own: "Viña del Mar".)
        let only_particles = toks[j + 1..k].iter().all(|t| is_name_particle(t.text));
        if k > j + 1
            && toks.get(k).is_some_and(|after| {
                // ("… of New York": "New" opens a name when a capital follows it.)
                let new_place = fold(after.text) == "new"
                    && toks.get(k + 1).is_some_and(|t| t.capitalised && fold(t.text) != "year");
                after.capitalised && !after.opens_sentence && (only_particles || !is_not_name(after.text) || new_place)
            })
        {
            j = k;
            continue;
        }
        break;
    }
    j + 1
}

/// The last token of "B & C" or "B, C & D" starting at `k` (single capitalised words),
/// if the text there is a firm's list of partners.
fn firm_list_end(text: &str, toks: &[Tok<'_>], mut k: usize) -> Option<usize> {
    loop {
        let t = toks.get(k).filter(|t| t.capitalised && !t.opens_sentence)?;
        let next = toks.get(k + 1)?;
        match &text[t.end..next.start] {
            ", " => k += 1,
            " & " => return next.capitalised.then_some(k + 1),
            _ => return None,
        }
    }
}

/// A word a list inside a body's name may hold: a topic, a place or a nationality
/// ("Commercial, Catering and Allied", "Armagh City, Banbridge and Craigavon").
fn is_topic_or_place(word: &str) -> bool {
    is_everyday_word(word)
        || is_connector(word)
        || is_demonym(word)
        || gazetteer::place(word).is_some()
        || gazetteer::town(word).is_some()
}

/// The last token of "A, B and C" starting at `k` (capitalised words, commas, one final
/// "and"), if the text there is such a list (of eight items at most: a body's name holds
/// no longer one).
fn listed_names_end(text: &str, toks: &[Tok<'_>], mut k: usize) -> Option<usize> {
    let first = k;
    loop {
        if k > first + 8 {
            return None;
        }
        let t = toks.get(k)?;
        // (Items are topics, "Trade, Industry and Energy": never a place or a title.)
        let topic =
            |t: &Tok<'_>| t.capitalised && !t.opens_sentence && gazetteer::place(t.text).is_none() && !is_title(t.text);
        if !topic(t) {
            return None;
        }
        let next = toks.get(k + 1);
        match next.map(|n| (&text[t.end..n.start], n.text)) {
            // (With or without a serial comma: "Commerce, Science, and Transportation".)
            Some((" " | ", ", "and")) => {
                return toks.get(k + 2).filter(|l| topic(l) && &text[toks[k + 1].end..l.start] == " ").map(|_| k + 2);
            }
            Some((", ", _)) => k += 1,
            Some((" ", _)) if next.is_some_and(|n| n.capitalised) => k += 1,
            _ => return None,
        }
    }
}

/// `last` (the last item of a list) when the capitalised words right after it, if any, end
/// in an organisation's head noun: "… Catering and Allied Workers Union".
fn head_after_list(text: &str, toks: &[Tok<'_>], last: usize) -> Option<usize> {
    let mut m = last;
    loop {
        if is_organisation_head(toks[m].text) {
            return Some(last);
        }
        let next = toks.get(m + 1).filter(|t| t.capitalised && &text[toks[m].end..t.start] == " ")?;
        if m >= last + 4 || next.opens_sentence {
            return None;
        }
        m += 1;
    }
}

/// "Hillary Clinton and Attorney General Eric Holder" is two names; "Customs and Border
/// Protection" is one (it ends in a head noun).
///
/// Each "and" joins when the part before it has no head noun and the part after has one
/// before any title ("Aging and Long-Term Support Administration"), or when it sits in
/// the complement of a head noun ("Department of Social and Health Services", "Institute
/// for Maritime and Security Studies"); never before a connector ("… Administration and
/// the European Medicines Agency" is two names).
fn split_on_and(toks: &[Tok<'_>], a: usize, b: usize) -> Vec<(usize, usize)> {
    let is_head = |k: usize| is_organisation_head(toks[k].text) || is_other_head(toks[k].text);
    let head = |x: usize, y: usize| (x..y).any(is_head);
    let mut parts = Vec::new();
    let mut start = a;
    let ands: Vec<usize> = (a..b).filter(|&k| toks[k].text == "and").collect();
    for (n, &k) in ands.iter().enumerate() {
        let part_end = ands.get(n + 1).copied().unwrap_or(b);
        let title = (k + 1..part_end).find(|&x| is_title(toks[x].text)).unwrap_or(part_end);
        let before_connector = toks.get(k + 1).is_some_and(|t| is_connector(t.text));
        // (Not when "and" ends a place — "Bank of America and Goldman Sachs", "University
        // of Texas and Stanford University" — nor before a title: "… Justice and Mayor Jane
        // Smith".)
        // … nor when what follows is a whole other name: it must be one word or end in a
        // head noun ("Social and Health Services"; not "… and Goldman Sachs").
        // (Or is a topic of everyday words: "… Civil Protection and Emergency Management".)
        let after_is_part = part_end == k + 2
            || (part_end > k + 1 && (is_head(part_end - 1) || is_portfolio(toks[part_end - 1].text)))
            || (part_end > k + 1 && (k + 1..part_end).all(|x| is_everyday_word(toks[x].text)));
        // (A title's complement of topics too: "Minister of Emergency Management and
        // Climate Readiness"; not "Secretary of State John Kerry and …", which holds a name.)
        let titled_topics = |h: usize| {
            is_title(toks[h].text) && (h + 2..k).all(|x| is_everyday_word(toks[x].text) || is_connector(toks[x].text))
        };
        let in_complement = (start..k).any(|h| {
            (is_head(h) || titled_topics(h)) && toks.get(h + 1).is_some_and(|t| matches!(t.text, "of" | "for" | "on"))
        }) && k > 0
            && gazetteer::place(toks[k - 1].text).is_none()
            && title == part_end
            && after_is_part;
        // (A head noun that opens the part and qualifies the next word is no head of it:
        // "Senate Legal and Constitutional Affairs References Committee".)
        let modifier_head = k >= start + 2
            && is_head(start)
            && (start + 1..k).all(|x| !is_head(x) && is_everyday_word(toks[x].text) && !is_connector(toks[x].text));
        // (Nor a one-word topic: "Securities and Exchange Commission", "Energy and Water
        // Development Agency".)
        // (Or a place's: "U.S. Securities and Exchange Commission", "Environment and Climate
        // Change Canada".)
        let topic_before = k > start
            && (is_business_head(toks[k - 1].text) || is_portfolio(toks[k - 1].text))
            && (start..k - 1).all(|x| {
                let t = toks[x].text;
                // ("U.S.", "U.K.": a country's initials.)
                let initials = t.contains('.') && t.chars().all(|c| c.is_ascii_uppercase() || c == '.');
                gazetteer::place(t).is_some() || initials || is_demonym(t) || fold(t) == "the"
            });
        let head_before = head(start, k) && !modifier_head && !topic_before;
        // ("Environment and Climate Change Canada": a department named by its topics and
        // its country.)
        let country_body = topic_before && part_end > k + 2 && gazetteer::is_country(toks[part_end - 1].text);
        // ("The Fire Service and Civil Defence": a body with a second field of everyday
        // words and no head of its own, where nothing follows the run.)
        let second_field = head_before
            && part_end == b
            && part_end == k + 3
            && (k + 1..part_end).all(|x| {
                let t = toks[x].text;
                is_everyday_word(t)
                    && !is_connector(t)
                    && !is_given_name(t)
                    && gazetteer::place(t).is_none()
                    && !is_place_head(t)
            });
        let joins = !before_connector
            && ((!head_before && head(k + 1, title)) || in_complement || country_body || second_field);
        if !joins {
            parts.push((start, k));
            start = k + 1;
        }
    }
    parts.push((start, b));
    parts
}

/// A transcript turn's label in capitals ("SECRETARY JANET NAPOLITANO:"): a person, with
/// the title as role. Returns the index of the first token after the label.
fn speaker_label(text: &str, toks: &[Tok<'_>], out: &mut Vec<Candidate>) -> usize {
    let Some(colon) = text.find(':') else { return 0 };
    let label = &text[..colon];
    let is_label = (2..=60).contains(&label.len())
        && label.chars().any(char::is_uppercase)
        && label.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | ',' | '.' | '\'' | '’' | '-'));
    if !is_label {
        return 0;
    }
    let name_part = label.split(',').next().unwrap_or(label);
    // "CLAIM:", "RATING:", "EDITOR'S NOTE:": a fact-check's or an editor's label, no voice.
    if name_part.split_whitespace().all(|w| EDITORIAL_LABELS.contains(&fold(w).as_str())) {
        return toks.iter().take_while(|t| t.start < colon).count();
    }
    // "HOST:", "ANCHOR:": a role, no name.
    if is_role_label(name_part) {
        return toks.iter().take_while(|t| t.start < colon).count();
    }
    // "UNIDENTIFIED PERSON:", "CROWD:": a voice, not a named person.
    if name_part.split_whitespace().any(is_unnamed_speaker) {
        return 0;
    }
    let in_label: Vec<&Tok<'_>> = toks.iter().take_while(|t| t.end <= name_part.len()).collect();
    let first_name = in_label.iter().position(|t| !is_title(t.text)).unwrap_or(in_label.len());
    let name = &in_label[first_name..];
    if let (Some(first), Some(last)) = (name.first(), name.last()) {
        let role = (first_name > 0)
            .then(|| title_case(&in_label[..first_name].iter().map(|t| t.text).collect::<Vec<_>>().join(" ")));
        out.push(Candidate {
            start: first.start,
            end: last.end,
            words: name.iter().map(|t| title_case(t.text)).collect(),
            guess: Guess::Person { cue: true },
            expands_to: None,
            acronym: None,
            role,
            opens_sentence: false,
            clue: None,
        });
    }
    toks.iter().take_while(|t| t.start < colon).count()
}

/// Words of the labels fact-checks and editors print before a colon ("CLAIM:", "RATING:",
/// "EDITOR'S NOTE:", "PHOTO:"). Folded.
const EDITORIAL_LABELS: &[&str] = &[
    "claim",
    "claims",
    "rating",
    "verdict",
    "photo",
    "photos",
    "image",
    "video",
    "note",
    "editors",
    "editor",
    "update",
    "updated",
    "correction",
    "clarification",
    "fact",
    "facts",
    "context",
    "source",
    "sources",
    "background",
    "conclusion",
    "caption",
    "credit",
    "disclaimer",
    "summary",
    "analysis",
    "the",
    "what",
    "we",
    "found",
    "our",
    "why",
    "this",
    "matters",
    "read",
    "more",
    "watch",
    "listen",
    "related",
    "also",
];

fn title_case(word: &str) -> String {
    word.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Classifies one run of capitalised words, pushing zero or more candidates; `people`
/// false for the part of a role before its title, which names a body, never a person.
fn classify_run(text: &str, toks: &[Tok<'_>], mut a: usize, b: usize, people: bool, out: &mut Vec<Candidate>) {
    // "Primary School No. 24": the name before the number says the kind; the number stays.
    if b >= a + 3 && toks[b - 2].text == "No" && is_label_number(toks[b - 1].text) {
        let mut named = Vec::new();
        classify_run(text, toks, a, b - 2, people, &mut named);
        if let [c] = named.as_mut_slice() {
            if c.start == toks[a].start && matches!(c.guess, Guess::Kind(_)) {
                c.end = toks[b - 1].end;
                c.words.extend([format!("{}.", toks[b - 2].text), toks[b - 1].text.to_string()]);
                c.acronym = acronym_after(text, c.end);
            }
        }
        out.extend(named);
        return;
    }
    // Words that only open the sentence ("In Brownsville", "The Trump administration",
    // "Headliners Paper Lanterns": a plural common noun).
    // (Not a word that opens a place's name: "New York", "New Zealand", "Los Angeles".)
    let opens_place = |a: usize| {
        (a + 1 < b && fold(toks[a].text) == "new" && fold(toks[a + 1].text) != "year")
            || (a + 2..=b.min(a + 4)).any(|k| {
                let words: Vec<&str> = toks[a..k].iter().map(|t| t.text).collect();
                gazetteer::place(&words.join(" ")).is_some()
            })
    };
    // (A Romance article opens a name: "Los Zetas", "El Capitán", "La Familia".)
    let english_connector = |t: &Tok<'_>| matches!(fold(t.text).as_str(), "and" | "of" | "for" | "on" | "the");
    while a < b
        && ((is_not_name(toks[a].text) && !opens_place(a))
            || (is_connector(toks[a].text) && (english_connector(&toks[a]) || !toks[a].capitalised))
            || (a + 2 < b
                && toks[a].opens_sentence
                && is_plural_common_noun(toks[a].text)
                && &text[toks[a].end..toks[a + 1].start] == " ")
            || opening_participle(text, toks, a))
    {
        a += 1;
    }
    let mut b = b;
    while b > a && is_connector(toks[b - 1].text) {
        b -= 1;
    }
    // Honours and silks after a name say it is a person's: "Sean Mallon KC".
    let mut post_nominal = false;
    let unstripped_end = b;
    while b > a + 1 && is_post_nominal(toks[b - 1].text) {
        b -= 1;
        post_nominal = true;
    }
    while b > a && is_connector(toks[b - 1].text) {
        b -= 1;
    }
    if a >= b {
        return;
    }
    // Words as the text writes them, with the full stop of "U.S." or "Gov.".
    // (A possessive inside the name keeps its 's: "Attorney General's Office".)
    let words = |x: usize, y: usize| {
        (x..y)
            .map(|k| {
                let t = toks[k];
                let end = if t.possessive && k + 1 < y { text[..toks[k + 1].start].trim_end().len() } else { t.end };
                // A firm's ampersand stays with the partner before it ("Pell &", "Achterberg").
                // … and a list's comma ("Ministry of Trade,", "Industry and Energy").
                match (k + 1 < y).then(|| text.get(t.end..toks[k + 1].start)).flatten() {
                    Some(" & ") => format!("{} &", &text[t.start..end]),
                    Some(", ") => format!("{},", &text[t.start..end]),
                    _ => text[t.start..end].to_string(),
                }
            })
            .collect::<Vec<_>>()
    };
    let make = |x: usize, y: usize, guess: Guess| Candidate {
        start: toks[x].start,
        end: toks[y - 1].end,
        words: words(x, y),
        guess,
        expands_to: None,
        acronym: acronym_after(text, toks[y - 1].end),
        role: None,
        opens_sentence: toks[x].opens_sentence,
        clue: None,
    };
    // "Labour MP", "Senior Research Fellow", "the Commissioner said": a role with no name
    // after it names no one; the words before it may be a name of their own ("Labour").
    // (Not in a body's name: "Office of the Prime Minister".)
    // (A firm's head is an everyday word in a rank too: "Senior Research Fellow".)
    let head_inside = (a..b).any(|k| {
        (is_organisation_head(toks[k].text) && !is_business_head(toks[k].text)) || is_other_head(toks[k].text)
    });
    // (A given name, then a surname that is also a title, is a person: "John Constable".)
    let surname_title = b - a == 2 && is_given_name(toks[a].text) && !is_title(toks[a].text);
    if surname_title && is_title(toks[b - 1].text) && people {
        out.push(make(a, b, Guess::Person { cue: false }));
        return;
    }
    if (is_title(toks[b - 1].text) || is_office_holder(toks[b - 1].text)) && !head_inside && !surname_title {
        let mut end = b - 1;
        while end > a && (is_title(toks[end - 1].text) || is_connector(toks[end - 1].text)) {
            end -= 1;
        }
        // (Not a rank of everyday words: "Senior Research".)
        let rank = end - a >= 2 && (a..end).all(|k| is_everyday_word(toks[k].text) || is_connector(toks[k].text));
        if end > a && !rank {
            classify_run(text, toks, a, end, people, out);
        }
        return;
    }

    // "US-Mexico Cross Border …": the place before the hyphen's partner stands alone.
    if b - a > 1 && text[..toks[a].start].ends_with('-') && gazetteer::place(toks[a].text).is_some() {
        out.push(make(a, a + 1, Guess::Kind(EntityKind::Place)));
        a += 1;
    }

    // A place head, then "on", ends a name: "Morowali Industrial Park on Sulawesi".
    if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| is_place_head(toks[k].text) && toks[k + 1].text == "on") {
        classify_run(text, toks, a, k + 1, people, out);
        classify_run(text, toks, k + 2, b, people, out);
        return;
    }
    // A title inside the run splits it into a role and a person ("Homeland Security
    // Secretary Janet Napolitano", "Gov. Mitt Romney").
    // (An abbreviated title only with its full stop: "Hon. Kehinde …", not "Hon Hai".)
    // ("St." is Saint or Street as often as a title: "Fort St. John".)
    // (A possessive title owns a name, it does not open one: "Queen's Medical Centre".)
    // (So does a member's office: "Labour MP Jess Phillips".)
    // (A party's member only before a given name: "Democrat Henry Cuellar", not the
    // "Republican National Committee".)
    let member_before = |k: usize| {
        is_office_holder(toks[k].text)
            && (matches!(toks[k].text, "MP" | "MEP" | "MLA" | "MSP" | "MPP")
                || toks.get(k + 1).is_some_and(|n| is_given_name(n.text)))
    };
    let titled = |k: usize| {
        let t = &toks[k];
        !t.possessive
            && (is_title(t.text)
                || member_before(k)
                || (matches!(t.text, "Hon" | "Rt") && t.end > t.start + t.text.len()))
    };
    if let Some(k) = (a..b - 1).rev().find(|&k| titled(k)) {
        let name_start = k + 1;
        // A title right after a head noun, then a connector, qualifies the body: "Fiscalía
        // General de la República", "Procuraduría General de la Nación".
        if k > a && is_organisation_head(toks[k - 1].text) && is_connector(toks[name_start].text) {
            out.push(make(a, b, Guess::Kind(EntityKind::Organisation)));
            return;
        }
        // (No person starts with a head noun: "Executive Office of the President"; nor ends
        // with one: "General Data Protection Regulation".)
        // ("Gov. Nathan Deal", "Dr. Jonathan Law": a given name opens a person's name.)
        let head_first = is_organisation_head(toks[name_start].text)
            || is_other_head(toks[name_start].text)
            || (b - name_start >= 2
                && !is_given_name(toks[name_start].text)
                && (is_other_head(toks[b - 1].text) || is_business_head(toks[b - 1].text)));
        // (Nor is a title a name: "Office of the Prime Minister".)
        let untitled =
            |x: usize| !is_organisation_head(toks[x].text) && !is_other_head(toks[x].text) && !is_title(toks[x].text);
        if !head_first && (name_start..b).any(untitled) {
            let role_text = text[toks[a].start..toks[k].end].to_string();
            // An organisation inside the role ("Department of Homeland Security Secretary").
            let mut first_title = (a..=k).find(|&x| is_title(toks[x].text) || member_before(x)).unwrap_or(k);
            // (A court's kind belongs to the title: "U.S. District Judge", "Circuit Judge".)
            while first_title > a
                && matches!(
                    fold(toks[first_title - 1].text).as_str(),
                    "district" | "circuit" | "magistrate" | "bankruptcy" | "appeals" | "superior" | "crown" | "family"
                )
            {
                first_title -= 1;
            }
            if first_title > a {
                classify_run(text, toks, a, first_title, false, out);
            }
            let starts_with_connector = is_connector(toks[name_start].text);
            // "Judge Theodore K. Vance III of the Northern District of Ohio": the name ends
            // before "of"; the court is a name of its own.
            let of_at = (name_start + 2..b.saturating_sub(1)).find(|&x| toks[x].text == "of");
            let b = match of_at {
                Some(x) if !starts_with_connector && (name_start..x).all(untitled) => {
                    let after = if toks[x + 1].text == "the" { x + 2 } else { x + 1 };
                    if after < b {
                        classify_run(text, toks, after, b, false, out);
                    }
                    x
                }
                _ => b,
            };
            let guess = if starts_with_connector { Guess::PersonAtEnd } else { Guess::Person { cue: true } };
            let mut c = make(name_start, b, guess);
            // A bare honorific ("Dr. Amara Nwosu, a paediatrician") yields to the role after the name.
            // (A rank is a role: "Cpl. Dana Whitford", "Cllr Bethan Morgan-Jones".)
            let honorific_only = (a..=k).all(|x| is_honorific(toks[x].text));
            // (An honorific alone is no role: "Mrs Funmilayo Ogunsanya, the commissioner …".)
            c.role = if honorific_only {
                role_after(&text[toks[b - 1].end..])
                    .or_else(|| role_before(&text[..toks[a].start]))
                    .or_else(|| role_premodifier(&text[..toks[a].start]))
            } else {
                Some(role_text)
            };
            c.opens_sentence = false;
            out.push(c);
            return;
        }
    }

    // Before a lower-case programme noun, a name is that programme ("Merida initiative").
    if let Some(next) = toks.get(b) {
        let run_text = text[toks[a].start..toks[b - 1].end].to_string();
        // (Only programme nouns: "Medicaid program", "Merida initiative"; not "Cardiff law"
        // or "Welsh Premiership games".)
        let programme = matches!(
            fold(next.text).as_str(),
            "initiative" | "program" | "programme" | "plan" | "strategy" | "reform" | "doctrine" | "pact" | "accord"
        );
        // (A country before it is the country: "his Iraq strategy".)
        let names_a_body = !programme
            || gazetteer::is_country(&run_text)
            || abbreviation(&run_text).is_some()
            || (a..b).any(|k| is_organisation_head(toks[k].text));
        if !names_a_body
            && !next.capitalised
            && is_other_head(next.text)
            && &text[toks[b - 1].end..next.start] == " "
            && !toks[b - 1].possessive
        {
            let mut c = make(a, b, Guess::Kind(framescope_core::EntityKind::Other));
            c.words.push(title_case(next.text));
            c.end = next.end;
            out.push(c);
            return;
        }
    }

    let all: String = words(a, b).join(" ");
    // A head noun that ends the name, or that only connectors and names follow
    // ("Department of Homeland Security", "Center for Scholars").
    let head_at = |is_head: fn(&str) -> bool| {
        let number = |k: usize| is_label_number(toks[k].text);
        (a..b).any(|k| {
            is_head(toks[k].text) && (k + 1 == b || is_connector(toks[k + 1].text) || (k + 2 == b && number(k + 1)))
        })
    };
    // A head noun alone names nothing ("the Department"), except a legislature or a
    // cabinet named as such mid-sentence ("the Senate voted").
    if b - a == 1 && (is_organisation_head(toks[a].text) || is_other_head(toks[a].text)) {
        if is_institution(toks[a].text) && !toks[a].opens_sentence {
            out.push(make(a, b, Guess::Kind(EntityKind::Organisation)));
        }
        return;
    }
    // A numbered ward or route: "Ward 12", "Interstate 26", "State Highway 2", "Federal
    // Highway 145D".
    if b - a >= 2 && b - a <= 3 && is_numbered_place(toks[b - 2].text) && is_label_number(toks[b - 1].text) {
        out.push(make(a, b, Guess::Kind(EntityKind::Place)));
        return;
    }
    // A whole name the gazetteer knows is that place, whatever head it holds
    // ("District of Columbia", "Dominican Republic").
    if b - a >= 2 {
        if let Some(place) = gazetteer::place(&all) {
            let mut c = make(a, b, Guess::Kind(EntityKind::Place));
            c.expands_to = Some(place.to_string());
            out.push(c);
            return;
        }
    }
    // Partners joined by "&" are a firm: "Pell & Achterberg", "Lloyd, Beynon & Rowe".
    if b - a >= 2 && (a..b - 1).any(|k| &text[toks[k].end..toks[k + 1].start] == " & ") {
        out.push(make(a, b, Guess::Kind(EntityKind::Organisation)));
        return;
    }
    // A named storm, operation or project: "Hurricane Odalys", "Operation Aspides",
    // "Project Kestrel", "Severe Tropical Cyclone Gabrielle".
    let lead = (a..b).take_while(|&k| is_storm_grade(toks[k].text)).count() + a;
    if b - lead >= 2 && is_event_lead(toks[lead].text) && person_shaped(&toks[lead + 1..b]) {
        out.push(make(a, b, Guess::Kind(EntityKind::Other)));
        return;
    }
    // A nationality adjective before the head stays in the name: "African Union",
    // "British Council", "Mexican Federal Police" (merged with "Federal Police").
    // A head noun then a place is a body named after it: "Police Scotland", "Arts Council England".
    // A venue named "… Convention Center" or "… Leisure Centre" is a place.
    let venue = b - a >= 2
        && matches!(fold(toks[b - 1].text).as_str(), "center" | "centre")
        && is_venue_centre_modifier(toks[b - 2].text);
    if venue {
        out.push(make(a, b, Guess::Kind(EntityKind::Place)));
        return;
    }
    // A numbered bill, resolution or order: "Proposition 13", "Title 42", "UN Security
    // Council Resolution 1970" (not the council).
    if b - a >= 2 && is_numbered_head(toks[b - 2].text) && is_label_number(toks[b - 1].text) {
        out.push(make(a, b, Guess::Kind(EntityKind::Other)));
        return;
    }
    let head_then_place =
        b - a >= 2 && is_organisation_head(toks[b - 2].text) && gazetteer::place(toks[b - 1].text).is_some();
    // A department named by its portfolio and its place: "Environment Canada", "Alberta
    // Education", "Environment and Climate Change Canada".
    // ("Elections Nova Scotia", "Statistics Canada": the place may have two words.)
    let portfolio_place = (b - a >= 2
        && ((is_portfolio(toks[a].text) && gazetteer::place(&words(a + 1, b).join(" ")).is_some())
            || (b - a == 2 && gazetteer::place(toks[a].text).is_some() && is_portfolio(toks[a + 1].text))))
        || (b - a >= 4
            && is_portfolio(toks[a].text)
            && toks[a + 1].text == "and"
            && gazetteer::is_country(toks[b - 1].text));
    if portfolio_place {
        out.push(make(a, b, Guess::Kind(EntityKind::Organisation)));
        return;
    }
    // A fund that pays out for a cause is a programme ("Mayoral Relief Fund", "Basin
    // Communities Transition Fund"); one that invests or lends is a body ("International
    // Monetary Fund", "Kaveri Growth Fund").
    if b - a >= 2 && fold(toks[b - 1].text) == "fund" && !is_investing_word(toks[b - 2].text) {
        out.push(make(a, b, Guess::Kind(EntityKind::Other)));
        return;
    }
    // (And a club's "United" ends one, "Parramatta United", though it opens "United
    // Transport and Logistics Union".)
    let opened = b - a >= 2 && (is_organisation_opener(toks[a].text) || fold(toks[b - 1].text) == "united");
    // (Everyday words before a minister's title are a portfolio: "Emergency Management
    // Minister Mereana Tipene", not a body; "Border Patrol Chief" keeps its body.)
    // (Only the heads a portfolio shares with bodies: "Department of Homeland Security
    // Secretary" keeps its department.)
    let portfolio = toks.get(b).is_some_and(|t| matches!(fold(t.text).as_str(), "minister" | "secretary"))
        && matches!(fold(toks[b - 1].text).as_str(), "management" | "services")
        && toks[a..b].iter().all(|t| is_everyday_word(t.text) || is_connector(t.text));
    if portfolio {
        return;
    }
    // "Tsilhqot'in National Government", "Northern Territory Government": a level of
    // government before it makes "Government" a body's head (but "the Albanese Government"
    // is a leader's).
    let government = b - a >= 2
        && fold(toks[b - 1].text) == "government"
        && matches!(
            fold(toks[b - 2].text).as_str(),
            "national"
                | "federal"
                | "state"
                | "territory"
                | "provincial"
                | "regional"
                | "municipal"
                | "local"
                | "city"
                | "county"
                | "tribal"
                | "central"
                | "union"
                | "autonomous"
        );
    if head_at(is_organisation_head) || head_then_place || opened || government {
        out.push(make(a, b, Guess::Kind(EntityKind::Organisation)));
        return;
    }
    if head_at(is_other_head) {
        out.push(make(a, b, Guess::Kind(EntityKind::Other)));
        return;
    }
    // (A word in capitals mid-text is an acronym, not a place written so: "NICE will
    // decide", not Nice; a dateline's place opens its paragraph: "LIMA, June 8".)
    let acronym_not_place = b - a == 1 && toks[a].all_caps && toks[a].text.chars().count() >= 4 && {
        let rest = &text[toks[a].end..];
        // ("JAKARTA/SEOUL, Nov 17", "ROTTERDAM — Not a single train …", "BERLIN - …",
        // "LIMA (Reuters) -"; not "NICE, the drugs watchdog,".)
        let trimmed = rest.trim_start();
        let agency = trimmed.strip_prefix('(').and_then(|r| r.split_once(')')).is_some_and(|(inside, after)| {
            inside.starts_with(char::is_uppercase) && after.trim_start().starts_with(['-', '—', '–'])
        });
        let dateline = !text[..toks[a].start].contains(char::is_lowercase)
            && (rest.strip_prefix(", ").is_some_and(|r| r.starts_with(char::is_uppercase))
                || trimmed.starts_with(['/', '—', '–', '-'])
                || agency);
        !dateline
    };
    if let Some(place) =
        gazetteer::place(&all).or_else(|| is_region(&fold_words(&all)).then_some("")).filter(|_| !acronym_not_place)
    {
        let mut c = make(a, b, Guess::Kind(EntityKind::Place));
        if !place.is_empty() {
            c.expands_to = Some(place.to_string());
        }
        out.push(c);
        return;
    }
    // "Gatun Lake", "Alaska Highway", "Fort Nelson", "Mount Rainier".
    // (A mountain pass, not a product's: "Salvador Pass", not "Xbox Game Pass".)
    let game_pass = b - a >= 2 && fold(toks[b - 1].text) == "pass" && is_everyday_word(toks[b - 2].text);
    let first_or_last_place_head = (is_place_head(toks[b - 1].text) && !game_pass)
        || (is_surname_place_head(toks[b - 1].text) && !is_given_name(toks[a].text))
        // (An opener that is also a given name only after "the": "the River Mersey", not
        // "River Phoenix".)
        // (Nor a firm named after the place: "Loch Sunart Salmon".)
        || (b - a >= 2
            && is_place_opener(toks[a].text)
            && (!is_given_name(toks[a].text) || after_the(text, toks, a))
            && (b - a == 2 || !is_everyday_word(toks[b - 1].text)))
        // "Gulf of Mexico", "Strait of Magellan", "Democratic Republic of the Congo".
        || (a..b - 1).any(|k| is_place_head(toks[k].text) && toks[k + 1].text == "of");
    // (Unless a given name opens it and a person's role or a verb of speech follows: "Mina
    // Park, Seoul's deputy mayor, said", not "Victoria Park".)
    let person_cued = b - a == 2 && is_given_name(toks[a].text) && {
        let after = &text[toks[b - 1].end..];
        role_after(after).is_some_and(|r| r.split(' ').next_back().is_some_and(super::roles::person_noun))
            || after.strip_prefix(' ').and_then(|r| r.split_whitespace().next()).is_some_and(is_speech_verb)
    };
    if b - a >= 2 && first_or_last_place_head && !person_cued {
        out.push(make(a, b, Guess::Kind(EntityKind::Place)));
        return;
    }
    if b - a == 2 && is_direction(toks[a].text) && gazetteer::place(toks[a + 1].text).is_some() {
        out.push(make(a, b, Guess::Kind(EntityKind::Place)));
        return;
    }
    if b - a == 1 {
        let t = toks[a];
        if let Some((full, kind)) = abbreviation(&text[t.start..t.end]) {
            let mut c =
                make(a, b, Guess::Kind(if kind == "place" { EntityKind::Place } else { EntityKind::Organisation }));
            c.words = vec![text[t.start..t.end].to_string()];
            c.expands_to = Some(full.to_string());
            out.push(c);
            return;
        }
        // (Nor is "I'd" or "I'll" a name, whatever verb stands beside it.)
        let contraction = t.text.starts_with("I'") || t.text.starts_with("I\u{2019}");
        if is_demonym(t.text) || is_title(t.text) || is_holiday(t.text) || contraction {
            return;
        }
        // (An everyday word in a line written all in capitals is a label or a heading:
        // "RATING: FALSE", "THE FACTS", "VERDICT".)
        if t.all_caps && is_everyday_word(t.text) && !text.contains(char::is_lowercase) {
            return;
        }
        if t.all_caps && !t.text.contains('.') {
            // An acronym that a name before it defines is that name's alias, not a new name.
            let defined = text[..t.start].trim_end().ends_with('(');
            if !defined {
                out.push(make(a, b, Guess::Kind(EntityKind::Organisation)));
            }
            return;
        }
        if !people {
            return;
        }
        // (A comma between closes an appositive the name ends when a preposition takes the
        // name: "a lineman for the Arizona Cardinals, said …" is the lineman speaking; "His
        // lawyer, Okonkwo, told reporters" is Okonkwo.)
        let next_word = toks
            .get(b)
            .filter(|n| &text[toks[b - 1].end..n.start] == " " || !object_of_preposition(text, toks, a))
            .map_or("", |n| n.text);
        let prev_word = if a > 0 { toks[a - 1].text } else { "" };
        // "Matamoros, Tamaulipas" / "in Matamoros, Mexico": a word beside a place, after a
        // comma, is a place too.
        let beside_place = (text[t.end..].starts_with(", ")
            && toks.get(b).is_some_and(|n| gazetteer::place(n.text).is_some()))
            || (a > 0 && &text[toks[a - 1].end..t.start] == ", " && gazetteer::place(prev_word).is_some());
        if beside_place && !t.opens_sentence {
            out.push(make(a, b, Guess::Kind(EntityKind::Place)));
            return;
        }
        // A town the gazetteer knows, where the text puts something in it ("in Perry").
        if let Some(town) = gazetteer::town(t.text) {
            // … or lists it with another place ("Geelong, Ballarat and Bendigo").
            let gap_before = if a > 0 { &text[toks[a - 1].end..t.start] } else { "" };
            let before_list = if prev_word == "and" && a > 1 { toks[a - 2].text } else { prev_word };
            let listed = (gap_before == ", " || prev_word == "and")
                && (gazetteer::place(before_list).is_some() || gazetteer::town(before_list).is_some());
            if (matches!(prev_word, "in" | "near" | "outside") || listed) && !t.opens_sentence {
                let mut c = make(a, b, Guess::Kind(EntityKind::Place));
                c.expands_to = Some(town.to_string());
                out.push(c);
                return;
            }
        }
        // (Not after a preposition of place: "a research firm in Yaba, said".)
        let placed = matches!(prev_word, "in" | "near" | "outside" | "from" | "at" | "of");
        let cue = (is_speech_verb(next_word) && !placed)
            || is_leader_noun(next_word)
            || (is_speech_verb(prev_word) && !t.opens_sentence && !opens_clause(next_word))
            || introduced(text, toks, a);
        // (A camel-cased word is a brand's, not a person's: "MetService said".)
        if cue && name_word_shaped(t.text) {
            out.push(make(a, b, Guess::Person { cue: true }));
        } else if uncued_name(text, toks, a, b) {
            out.push(make(a, b, Guess::Uncued));
        }
        return;
    }
    // A place name, then a name: "Ambassador to Mexico Anthony Wayne".
    // (Not a capitalised particle that opens a name: "Van der Meulen-Bakker", "De Wit".)
    let particle_first = is_name_particle(&toks[a].text.to_lowercase());
    // (Only before a given name: "Porto Indoor Challenger" and "Madison County Courthouse"
    // are one name each.)
    if b - a >= 3
        && !particle_first
        && gazetteer::place(toks[a].text).is_some()
        && is_given_name(toks[a + 1].text)
        && person_shaped(&toks[a + 1..b])
    {
        out.push(make(a, a + 1, Guess::Kind(EntityKind::Place)));
        a += 1;
    }
    // A sentence opened by a trade, then a name: "Meteorologist Georgia Pennington-Rau
    // said", "Retiree Goh Swee Lan, 71, …". The trade is the role.
    // (Not a given name that looks like a trade: "Jordan", "Carter".)
    let mut opening_role = None;
    if people
        && b - a >= 3
        && toks[a].opens_sentence
        && is_everyday_word(toks[a].text)
        && !is_given_name(toks[a].text)
        && super::roles::person_noun(toks[a].text)
        && !is_title(toks[a].text)
        && person_shaped(&toks[a + 1..b])
    {
        opening_role = Some(toks[a].text.to_string());
        a += 1;
    }
    if people && person_shaped(&toks[a..b]) {
        // (A comma between closes an appositive the name ends when a preposition takes the
        // name: "a lineman for the Arizona Cardinals, said …" is the lineman speaking; "His
        // lawyer, Okonkwo, told reporters" is Okonkwo.)
        let next_word = toks
            .get(b)
            .filter(|n| &text[toks[b - 1].end..n.start] == " " || !object_of_preposition(text, toks, a))
            .map_or("", |n| n.text);
        let prev_word = if a > 0 { toks[a - 1].text } else { "" };
        // (After any honours: "Ruth Ames OBE, the charity's founder".)
        let after = &text[toks[unstripped_end - 1].end..];
        let set_off = after.starts_with(", ") && text[..toks[a].start].ends_with(", ");
        let appositive = role_after(after)
            .or_else(|| role_before(&text[..toks[a].start]))
            .or_else(|| set_off.then(|| role_before_set_off(&text[..toks[a].start])).flatten());
        let premodifier = role_premodifier(&text[..toks[a].start]);
        // (A role before the name vouches for it too: "referee Dean Little", whose surname
        // is also an everyday word.)
        // (So does a generational suffix: "Beauregard Lamar Kingsley III", "Doug Sandquist Sr.")
        let suffix = b - a >= 3 && matches!(toks[b - 1].text, "Jr" | "Sr" | "II" | "III" | "IV");
        // (Not after a preposition of place: "Officials in Lajas Blancas said".)
        let placed = matches!(prev_word, "in" | "near" | "outside" | "from" | "at" | "of");
        let cue = (is_speech_verb(next_word) && !placed)
            || (is_speech_verb(prev_word) && !opens_clause(next_word))
            || introduced(text, toks, a)
            || opening_role.is_some()
            || post_nominal
            || appositive.is_some()
            || premodifier.is_some()
            || suffix;
        let appositive = appositive.or(premodifier).or(opening_role);
        // Everyday words with no cue are more likely a place's or a thing's name than a
        // person's ("the Red Line", "in Forest Lawn", "its Pioneer Award").
        let everyday = toks[a..b].iter().all(|t| is_everyday_word(t.text) || is_connector(t.text));
        // … and so are words one of which is everyday, unless a given name opens them
        // ("Cynon Valley Harlequins", but "Karim Valley").
        let some_everyday = toks[a..b].iter().any(|t| is_everyday_word(t.text));
        // (Any listed given name, "Mark" or "Rose" too, or an initial: "J. Smith".)
        // (Or an initial, written "J." or "J"; "J. Paul Getty".)
        let initial = toks[a].text.len() == 1 && toks[a].text.chars().all(|c| c.is_ascii_uppercase());
        let given = is_given_name(toks[a].text)
            || (name_word_shaped(toks[a].text) && toks[a].text.len() == 2)
            || (initial && b - a >= 2 && toks[a].end > toks[a].start + 1);
        // … and so are words a city or a country opens ("Rotterdam Centraal", "Alberta
        // Education").
        let place_first = gazetteer::place(toks[a].text).is_some();
        if !cue && !given && (everyday || some_everyday || place_first) {
            if uncued_name(text, toks, a, b) {
                out.push(make(a, b, Guess::Uncued));
            }
            return;
        }
        let mut c = make(a, b, Guess::Person { cue });
        c.role = appositive;
        out.push(c);
    } else if people && uncued_name(text, toks, a, b) {
        out.push(make(a, b, Guess::Uncued));
    }
}

/// A participle opening a sentence, a lower-case word after it: "Reading from a statement,
/// …", "Speaking to reporters, …" (not the town of Reading).
fn opening_participle(text: &str, toks: &[Tok<'_>], a: usize) -> bool {
    let t = &toks[a];
    t.opens_sentence
        && t.text.len() > 5
        && t.text.ends_with("ing")
        && is_everyday_word(t.text)
        && text[t.end..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_lowercase))
}

/// A verb that makes the name before it the subject of a reported clause, not the one
/// speaking: "said Mawaru was the strongest typhoon" (but "said Mawaru, a farmer").
fn opens_clause(next_word: &str) -> bool {
    matches!(
        next_word,
        "was"
            | "is"
            | "are"
            | "were"
            | "had"
            | "has"
            | "have"
            | "would"
            | "will"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "did"
            | "does"
    )
}

/// A number that labels a bill, a ward or a route: digits, then at most two capitals
/// ("2871", "145D").
fn is_label_number(word: &str) -> bool {
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && word.len() - digits <= 2 && word[digits..].chars().all(|c| c.is_ascii_uppercase())
}

/// Whether a preposition takes the name at `toks[a]`, with or without "the": "for the
/// Arizona Cardinals", "of Parallax".
fn object_of_preposition(text: &str, toks: &[Tok<'_>], a: usize) -> bool {
    const PREPOSITIONS: &[&str] = &["for", "of", "at", "with", "from", "by", "to", "in", "on", "include", "includes"];
    let taken = |k: usize| {
        let before = text[..toks[k].start].trim_end();
        let before = before.strip_suffix("the").map_or(before, str::trim_end);
        PREPOSITIONS.iter().any(|p| before.strip_suffix(p).is_some_and(|rest| rest.is_empty() || rest.ends_with(' ')))
    };
    // (Or the last of a list it takes: "whose members include Talentry and Parallax,".)
    let listed = a >= 2 && matches!(toks[a - 1].text, "and" | "or") && toks[a - 2].capitalised && {
        let mut k = a - 2;
        while k > 0 && toks[k - 1].capitalised && &text[toks[k - 1].end..toks[k].start] == " " {
            k -= 1;
        }
        taken(k)
    };
    taken(a) || listed
}

/// Whether someone introduces themselves by the name at `toks[a]`: "I'm Farah Idris" (not
/// "The ship's name is Ever Given").
fn introduced(text: &str, toks: &[Tok<'_>], a: usize) -> bool {
    let before = &text[..toks[a].start];
    ["I'm ", "I’m ", "I am "].iter().any(|p| before.ends_with(p))
}

/// Whether `toks[a]` follows "the" (or "The").
fn after_the(text: &str, toks: &[Tok<'_>], a: usize) -> bool {
    a > 0 && toks[a - 1].text.eq_ignore_ascii_case("the") && &text[toks[a - 1].end..toks[a].start] == " "
}

/// Whether capitalised words with no cue of their kind may still be a name: not a
/// compound's part ("X-ray", "anti-American"), not a numbered label ("Category 3"), not
/// only nationality or direction words ("Latin American"), not only everyday
/// words ("Steady Hands", "Salt"), and not a piece that the words around it join to a
/// longer name this step could not read ("Allocation" of "… by Intermediaries Act").
fn uncued_name(text: &str, toks: &[Tok<'_>], a: usize, b: usize) -> bool {
    let before = &text[..toks[a].start];
    let after = &text[toks[b - 1].end..];
    let compound = after.starts_with('-') || before.ends_with('-');
    let numbered = after.strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let run = &toks[a..b];
    // "Alzheimer's disease": an eponym.
    let eponym = toks[b - 1].possessive
        && after
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| matches!(w.trim_end_matches([',', '.']), "disease" | "syndrome" | "law" | "principle"));
    // "IEPs": a plural acronym is a common noun; capitals throughout over several words are
    // a label or a shout ("RENTER IN FOOTSCRAY"), not a name.
    let plural_acronym = b - a == 1
        && toks[a].text.len() >= 3
        && toks[a].text.ends_with('s')
        && toks[a].text[..toks[a].text.len() - 1].chars().all(|c| c.is_uppercase());
    let shouted = b - a >= 2 && run.iter().all(|t| t.all_caps || is_connector(&t.text.to_lowercase()));
    let no_name_word = run.iter().all(|t| {
        is_demonym(t.text)
            || is_direction(t.text)
            || is_connector(t.text)
            || is_title(t.text)
            || (b - a == 1 && is_everyday_word(t.text))
    });
    let money_or_code = run.iter().any(|t| t.text.contains(|c: char| c.is_ascii_digit()));
    // "the Housing Minister said": a role with no name after it.
    let role_only = is_title(toks[b - 1].text);
    // A connector and another capitalised word on either side: part of a longer name.
    let linked = |gap: &str| {
        matches!(gap.trim(), "of" | "for" | "on" | "with" | "by" | "na" | "da" | "de" | "del" | "du" | "y" | "&")
    };
    // (A day or a month is no part of a name: "from Banagher on Tuesday".)
    // (Nor is an everyday word opening the sentence: "Fans of Cynon Valley Harlequins".)
    // (And only through a word that could head or start a longer name, not a person's
    // name: "Paula Elizondo of Brevant" is two names.)
    let name_word = |t: &Tok<'_>| {
        t.capitalised
            && !is_not_name(t.text)
            && !(t.opens_sentence && is_everyday_word(t.text))
            && (is_everyday_word(t.text)
                || is_organisation_head(t.text)
                || is_other_head(t.text)
                || is_place_head(t.text)
                || t.all_caps)
    };
    // (A place head then "on" or "in" ends the name before: "… Industrial Park on Sulawesi".)
    let linked_before = a >= 2
        && name_word(&toks[a - 2])
        && linked(&text[toks[a - 2].end..toks[a].start])
        && !(is_place_head(toks[a - 2].text) && toks[a - 1].text == "on");
    let linked_after =
        b + 1 < toks.len() && name_word(&toks[b + 1]) && linked(&text[toks[b - 1].end..toks[b + 1].start]);
    !(compound
        || numbered
        || eponym
        || plural_acronym
        || shouted
        || no_name_word
        || money_or_code
        || role_only
        || linked_before
        || linked_after)
}

/// An everyday plural noun ("Analysts", "Headliners", "Residents"), never a given name.
fn is_plural_common_noun(word: &str) -> bool {
    word.len() > 3 && word.ends_with('s') && is_everyday_word(word) && !is_given_name(word)
}

/// Words that look like a person's name: each capitalised, letters only (with name
/// punctuation), not in capitals throughout, not camel-cased.
fn person_shaped(toks: &[Tok<'_>]) -> bool {
    // (A generational suffix may end it: "Beauregard Lamar Kingsley III".)
    let toks = match toks.split_last() {
        Some((last, rest)) if rest.len() >= 2 && matches!(last.text, "II" | "III" | "IV") => rest,
        _ => toks,
    };
    toks.iter().all(|t| {
        (name_word_shaped(t.text)
            && !is_organisation_head(t.text)
            && !is_other_head(t.text)
            && !is_not_name(t.text)
            && !is_title(t.text)
            && (!is_demonym(t.text) || (std::ptr::eq(t, &toks[0]) && is_given_name(t.text))))
            || is_connector(t.text)
            || is_name_particle(t.text)
    }) && !is_connector(toks[0].text)
}

/// A word shaped like a part of a name: a capital then lower case, in each part of a
/// hyphenated or apostrophed name ("Achebe-Lund", "O'Brien"), after a Gaelic or Romance
/// prefix ("McBride", "MacLeod", "DeLuca"), or a middle initial ("M.").
fn name_word_shaped(word: &str) -> bool {
    if word.len() == 2 && word.ends_with('.') && word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return true;
    }
    let part = |p: &str| {
        let p = ["Mc", "Mac", "De", "Di", "Le", "La", "Fitz"]
            .iter()
            .find_map(|prefix| p.strip_prefix(prefix).filter(|rest| rest.starts_with(char::is_uppercase)))
            .unwrap_or(p);
        let mut chars = p.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(|c| c.is_lowercase() || matches!(c, '.'))
    };
    let mut parts = word.split(['-', '\u{2010}', '\u{2011}', '\'', '’']);
    // "al-Qahtani": a lower-case particle before the hyphen.
    let first = parts.next().unwrap_or("");
    // ("Park Ji-hoon", "Ahn Jae-won": a given name's second syllable is lower case.)
    let syllable = |p: &str| (1..=5).contains(&p.chars().count()) && p.chars().all(char::is_lowercase);
    (part(first) || matches!(first, "al" | "el" | "bin" | "ibn" | "abu" | "ben" | "ould" | "O" | "D"))
        && parts.all(|p| part(p) || p.is_empty() || (part(first) && syllable(p)))
}

/// A nationality adjective or plural ("Mexican", "Mexicans", "American"): from a country
/// in the gazetteer with its ending changed, or one of the irregular ones.
pub fn is_demonym(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "american", "british", "dutch", "french", "greek", "irish", "scottish", "spanish", "swiss", "welsh", "thai",
        "filipino", "latino", "hispanic", "arab", "european", "latin",
    ];
    let w = fold(word);
    if IRREGULAR.contains(&w.as_str()) || is_listed_demonym(word) {
        return true;
    }
    let w = w.strip_suffix('s').unwrap_or(&w);
    for ending in ["an", "ian", "ese", "ish", "i", "ean"] {
        if let Some(stem) = w.strip_suffix(ending) {
            if stem.len() < 3 {
                continue;
            }
            for country_end in ["", "a", "o", "e", "y", "ia"] {
                let candidate = format!("{stem}{country_end}");
                if gazetteer::place(&candidate).is_some() {
                    return true;
                }
            }
        }
    }
    false
}

fn fold_words(s: &str) -> String {
    s.split_whitespace().map(fold).collect::<Vec<_>>().join(" ")
}

/// The longest name from `toks[i]` that reaches past the run `i..end` (through commas,
/// "and" and other connectors) and is followed by an acronym its capitalised words spell:
/// "Philippine Atmospheric, Geophysical and Astronomical Services Administration
/// (PAGASA)", "Department of Climate Change, Energy, the Environment and Water, or
/// DCCEEW,". Returns its tokens (less a leading "The") and the acronym.
fn acronym_spelled(text: &str, toks: &[Tok<'_>], i: usize, end: usize) -> Option<(usize, usize, String)> {
    const MAX_WORDS: usize = 16;
    let a = if toks[i].text == "The" { i + 1 } else { i };
    let mut best = None;
    let mut k = a;
    while k < toks.len() && k < a + MAX_WORDS {
        let t = &toks[k];
        // (Small prepositions too: "Kidney Outcomes with Glenaflozin in Asia (KOGA)".)
        let small = matches!(t.text, "with" | "in" | "at" | "to" | "from" | "by" | "against" | "into");
        if !t.capitalised && !is_connector(t.text) && !small {
            break;
        }
        if t.capitalised && k + 1 > end {
            if let Some(acronym) = acronym_after(text, t.end) {
                let letters: String = acronym.chars().filter(char::is_ascii_uppercase).collect();
                let words = || toks[a..=k].iter().filter(|t| t.capitalised);
                // (A hyphenated word gives one letter or one per part: "Asia-Pacific".)
                let whole: String = words().filter_map(|t| t.text.chars().next()).collect();
                let parts: String = words().flat_map(|t| t.text.split('-').filter_map(|p| p.chars().next())).collect();
                // (Not a list of peoples: "Cubans, Haitians, Nicaraguans and Venezuelans
                // (CHNV)" names a programme elsewhere.)
                let peoples = words().all(|t| is_demonym(t.text) || is_demonym(t.text.trim_end_matches('s')));
                if (whole == letters || parts == letters) && letters.len() >= 3 && !peoples {
                    best = Some((a, k + 1, acronym));
                }
            }
        }
        let gap = toks.get(k + 1).map_or("", |n| &text[t.end..n.start]);
        // (Places joined by a hyphen stay two words: "Asia-Pacific Economic Cooperation".)
        if !matches!(gap, " " | ", " | "-") {
            break;
        }
        k += 1;
    }
    best
}

/// `" (EPIC)"` right after a name, or `", the BNPB, says"` set off by commas: the acronym
/// the text defines for it.
fn acronym_after(text: &str, end: usize) -> Option<String> {
    let is_acronym = |s: &str| {
        (2..=10).contains(&s.len()) && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')
    };
    // "…, or DCCEEW, says", "…, or FATF."
    if let Some(rest) = text[end..].strip_prefix(", or ") {
        let acronym = rest.split([',', '.', ' ', ')']).next().unwrap_or("");
        let letters = acronym.chars().filter(char::is_ascii_uppercase).count();
        return (is_acronym(acronym) && letters >= 3).then(|| acronym.to_string());
    }
    if let Some(rest) = text[end..].strip_prefix(", the ") {
        // (Not one of a list: "the Justice Department, the FBI, the DEA and …".)
        let (acronym, after) = rest.split_once(", ")?;
        let next = after.split(' ').next().unwrap_or("");
        let clause = next.starts_with(char::is_lowercase) && !matches!(next, "the" | "and" | "or" | "a" | "an" | "nor");
        return (is_acronym(acronym) && acronym.chars().filter(char::is_ascii_uppercase).count() >= 2 && clause)
            .then(|| acronym.to_string());
    }
    let rest = text[end..].strip_prefix(" (")?;
    let close = rest.find(')')?;
    let inner = &rest[..close];
    // (After the name in its own language: "the National Migration Institute (Instituto
    // Nacional de Migración, INM)".)
    let inner = match inner.rsplit_once(", ") {
        Some((native, acronym)) if native.starts_with(char::is_uppercase) && !native.contains([',', ';']) => acronym,
        _ => inner,
    };
    is_acronym(inner).then(|| inner.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, Guess, Option<String>)> {
        candidates(text).into_iter().map(|c| (c.text(), c.guess, c.role)).collect()
    }

    fn names(text: &str) -> Vec<String> {
        candidates(text).into_iter().map(|c| c.text()).collect()
    }

    #[test]
    fn titles_become_roles() {
        let f = found("Homeland Security Secretary Janet Napolitano is in Mexico City.");
        assert_eq!(
            f[0],
            ("Janet Napolitano".into(), Guess::Person { cue: true }, Some("Homeland Security Secretary".into()))
        );
        assert_eq!(f[1].0, "Mexico City");
        let f = found("He met former Massachusetts Gov. Mitt Romney.");
        assert!(f.iter().any(|c| c.0 == "Mitt Romney" && c.2.as_deref() == Some("Massachusetts Gov.")), "{f:?}");
    }

    #[test]
    fn organisations_inside_roles_are_found_too() {
        let n = names("Department of Homeland Security Secretary Janet Napolitano spoke.");
        assert_eq!(n, ["Department of Homeland Security", "Janet Napolitano"]);
        let n = names("DHS Secretary Janet Napolitano said so.");
        assert_eq!(n, ["DHS", "Janet Napolitano"]);
    }

    #[test]
    fn speaker_labels_are_people() {
        let f = found("REPRESENTATIVE HENRY CUELLAR: The U.S. has been providing intelligence.");
        assert_eq!(f[0], ("Henry Cuellar".into(), Guess::Person { cue: true }, Some("Representative".into())));
        assert!(f.iter().any(|c| c.0 == "U.S."));
        assert_eq!(names("CARRIE KAHN, BYLINE: Standing at the port")[0], "Carrie Kahn");
    }

    #[test]
    fn heads_decide_organisations_and_programmes() {
        let f = found("Andrew Selee, director of the Mexico Institute at the Woodrow Wilson International Center for Scholars, spoke.");
        assert_eq!(f[0].0, "Andrew Selee");
        assert_eq!(
            f[0].2.as_deref(),
            Some("director of the Mexico Institute at the Woodrow Wilson International Center for Scholars")
        );
        assert!(f.iter().any(|c| c.0 == "Mexico Institute" && c.1 == Guess::Kind(EntityKind::Organisation)));
        assert!(f.iter().any(|c| c.0 == "Woodrow Wilson International Center for Scholars"));
        let f = found("It refocuses its Merida initiative priorities.");
        assert_eq!(f[0], ("Merida Initiative".into(), Guess::Kind(EntityKind::Other), None));
    }

    #[test]
    fn names_with_particles_hyphens_initials_and_prefixes() {
        let n = names("The analyst Lucía de la Fuente Ortega met Joost van der Meer in Viña del Mar.");
        assert!(n.contains(&"Lucía de la Fuente Ortega".to_string()), "{n:?}");
        assert!(n.contains(&"Joost van der Meer".to_string()), "{n:?}");
        assert!(n.contains(&"Viña del Mar".to_string()), "{n:?}");
        let f = found("Judge Eleanor M. Ashby told Simone Achebe-Lund and Alan McBride to wait.");
        assert!(f.iter().any(|c| c.0 == "Eleanor M. Ashby" && c.2.as_deref() == Some("Judge")), "{f:?}");
        assert!(f.iter().any(|c| c.0 == "Simone Achebe-Lund"), "{f:?}");
        assert!(f.iter().any(|c| c.0 == "Alan McBride" && matches!(c.1, Guess::Person { .. })), "{f:?}");
    }

    #[test]
    fn every_and_is_judged() {
        let org = |n: &str| Guess::Kind(EntityKind::Organisation) == found(n)[0].1;
        let n = names("the Department of Social and Health Services said");
        assert_eq!(n, ["Department of Social and Health Services"]);
        assert!(org("the Department of Social and Health Services said"));
        let n = names("by the U.S. Food and Drug Administration and the European Medicines Agency.");
        assert_eq!(n, ["U.S. Food and Drug Administration", "European Medicines Agency"]);
        let n = names("from the Berlin Institute for Maritime and Security Studies, which");
        assert_eq!(n, ["Berlin Institute for Maritime and Security Studies"]);
    }

    #[test]
    fn possessives_and_ampersands_inside_organisations() {
        let n = names("The Washington State Attorney General's Office charged them.");
        assert_eq!(n, ["Washington State Attorney General's Office"]);
        let n = names("lawyers at Pell & Achterberg said");
        assert_eq!(n, ["Pell & Achterberg"]);
        let f = found("a letter from Lloyd, Beynon & Rowe, the club's solicitors");
        assert_eq!(f[0], ("Lloyd, Beynon & Rowe".into(), Guess::Kind(EntityKind::Organisation), None));
        // A possessive before a name that is not an organisation still ends the run.
        let n = names("It was Mexico's Federal Police that came.");
        assert_eq!(n, ["Mexico", "Federal Police"]);
        assert_eq!(names("at Riverside Children's Hospital today"), ["Riverside Children's Hospital"]);
    }

    #[test]
    fn nationality_words_and_places_in_organisations_names() {
        assert_eq!(names("the African Union sent troops"), ["African Union"]);
        assert_eq!(found("a rate set by Bank Indonesia, which")[0].1, Guess::Kind(EntityKind::Organisation));
        assert_eq!(names("a rate set by Bank Indonesia, which"), ["Bank Indonesia"]);
    }

    #[test]
    fn places_named_of_something_firms_of_a_city_and_numbered_bills() {
        let f = found("runoff that reaches the Gulf of Mexico each spring");
        assert_eq!(f[0], ("Gulf of Mexico".into(), Guess::Kind(EntityKind::Place), None));
        let n = names("bought by Parallax Workforce Systems of Austin last year");
        assert_eq!(n, ["Parallax Workforce Systems", "Austin"]);
        assert_eq!(names("the vote on Senate Bill 2871 was close"), ["Senate Bill 2871"]);
    }

    #[test]
    fn executives_and_leaders_are_titles_but_not_before_a_head() {
        let f = found("said Qorvane Chief Executive Dana Whitlock and NDP Leader Jaspreet Sidhu.");
        assert!(f.iter().any(|c| c.0 == "Dana Whitlock" && matches!(c.1, Guess::Person { cue: true })), "{f:?}");
        assert!(f.iter().any(|c| c.0 == "Jaspreet Sidhu" && c.2.as_deref() == Some("NDP Leader")), "{f:?}");
        let f = found("the Executive Office of the President said");
        assert!(!f.iter().any(|c| matches!(c.1, Guess::Person { .. })), "{f:?}");
    }

    #[test]
    fn lists_and_ands_that_are_separate_names() {
        assert_eq!(names("shares of Bank of America and Goldman Sachs rose"), ["Bank of America", "Goldman Sachs"]);
        assert_eq!(
            names("at the University of Texas and Stanford University"),
            ["University of Texas", "Stanford University"]
        );
        let f = found("said the Department of Justice and Mayor Jane Smith on Friday");
        assert!(f.iter().any(|c| c.0 == "Jane Smith" && c.2.as_deref() == Some("Mayor")), "{f:?}");
        assert!(f.iter().any(|c| c.0 == "Department of Justice"), "{f:?}");
        // A country before a programme noun is the country.
        assert_eq!(found("his Iraq strategy failed")[0].1, Guess::Kind(EntityKind::Place));
    }

    #[test]
    fn roles_written_before_and_after_a_name() {
        let role = |text: &str, name: &str| found(text).into_iter().find(|c| c.0 == name).and_then(|c| c.2);
        assert_eq!(role("The penalty was given by referee Alan McBride.", "Alan McBride").as_deref(), Some("referee"));
        assert_eq!(
            role("said retired nurse Marie-Claire Paul.", "Marie-Claire Paul").as_deref(),
            Some("retired nurse")
        );
        assert_eq!(
            role("Then soil microbiologist Naomi Greene spoke.", "Naomi Greene").as_deref(),
            Some("soil microbiologist")
        );
        // A verb before a name is no role.
        assert_eq!(role("She met Alan McBride there.", "Alan McBride"), None);
        assert_eq!(role("They talked over dinner Alan McBride said.", "Alan McBride"), None);
        // A role after the name stops at its first clause.
        assert_eq!(
            role("said Einar Jonsson, a fisherman who has lived there all his life.", "Einar Jonsson").as_deref(),
            Some("a fisherman")
        );
        // A bare honorific yields to the role after the name (where they work is no part of it).
        assert_eq!(
            role("Dr. Amara Nwosu, a paediatrician in Lagos, said so.", "Amara Nwosu").as_deref(),
            Some("a paediatrician")
        );
        // A rank is a role, an honorific is not.
        assert_eq!(role("said Cpl. Dana Whitford of the RCMP.", "Dana Whitford").as_deref(), Some("Cpl."));
        assert_eq!(role("Cllr Bethan Morgan-Jones said so.", "Bethan Morgan-Jones").as_deref(), Some("Cllr"));
        assert_eq!(role("Mr. Bethan Morgan-Jones said so.", "Bethan Morgan-Jones"), None);
        assert_eq!(
            role("Chief Financial Officer Marcus Oyelaran said", "Marcus Oyelaran").as_deref(),
            Some("Chief Financial Officer")
        );
        // An honorific alone is no role; lower-case roles before a name are roles.
        assert_eq!(role("said Mrs Funmilayo Ogunsanya on Monday.", "Funmilayo Ogunsanya"), None);
        assert_eq!(role("the chief executive Priya Raman said", "Priya Raman").as_deref(), Some("chief executive"));
        assert_eq!(
            role("in six weeks Local president Janine Kowalczyk said", "Janine Kowalczyk").as_deref(),
            Some("Local president")
        );
    }

    #[test]
    fn contractions_pronouns_and_suffixes() {
        assert!(names("\"I'm not leaving,\" she said. Nobody asked.").is_empty());
        let f =
            found("traffic on the Arthur Ravenel Jr. Bridge was light, said Plant Manager Roland P. Beaudry Jr. today");
        assert!(f.iter().any(|c| c.0 == "Arthur Ravenel Jr. Bridge" && c.1 == Guess::Kind(EntityKind::Place)), "{f:?}");
        assert!(f.iter().any(|c| c.0 == "Roland P. Beaudry Jr." && c.2.as_deref() == Some("Plant Manager")), "{f:?}");
    }

    #[test]
    fn lists_in_a_complement_storms_and_whole_gazetteer_names() {
        assert_eq!(
            names("said the Ministry of Trade, Industry and Energy in Seoul"),
            ["Ministry of Trade, Industry and Energy", "Seoul"]
        );
        // A list of separate names stays separate.
        assert_eq!(names("in Texas, Arizona and Ohio"), ["Texas", "Arizona", "Ohio"]);
        assert_eq!(found("as Hurricane Odalys neared")[0].1, Guess::Kind(EntityKind::Other));
        assert_eq!(found("from the Dominican Republic today")[0].1, Guess::Kind(EntityKind::Place));
        assert_eq!(names("farms in Geelong, Ballarat and Bendigo"), ["Geelong", "Ballarat", "Bendigo"]);
    }

    #[test]
    fn legislatures_wards_events_and_plural_possessives() {
        assert_eq!(
            found("a bill the Senate passed")[0],
            ("Senate".into(), Guess::Kind(EntityKind::Organisation), None)
        );
        assert!(names("Department officials said").is_empty(), "a head noun alone names nothing");
        assert_eq!(found("homes in Ward 12 and Ward 2")[0], ("Ward 12".into(), Guess::Kind(EntityKind::Place), None));
        assert_eq!(found("she won the Australian Open twice")[0].1, Guess::Kind(EntityKind::Other));
        assert_eq!(names("the Hamilton Tenants' Alliance said"), ["Hamilton Tenants' Alliance"]);
    }

    #[test]
    fn unnamed_voices_in_transcripts_are_no_one() {
        let n = names("UNIDENTIFIED PERSON: The road is closed near Grindavik.");
        assert!(!n.iter().any(|n| n.contains("Unidentified") || n.contains("UNIDENTIFIED")), "{n:?}");
    }

    #[test]
    fn acronyms_defined_in_the_text() {
        let c = candidates("with the El Paso Intelligence Center (EPIC) slated to become a node");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].acronym.as_deref(), Some("EPIC"));
    }

    #[test]
    fn two_people_joined_by_and_are_two() {
        let f = found("a meeting with Secretary of State Hillary Clinton and Attorney General Eric Holder.");
        assert_eq!(f[0], ("of State Hillary Clinton".into(), Guess::PersonAtEnd, Some("Secretary".into())));
        assert_eq!(f[1], ("Eric Holder".into(), Guess::Person { cue: true }, Some("Attorney General".into())));
        let n = names("the U.S. Customs and Border Protection agency");
        assert!(n.iter().any(|x| x == "U.S. Customs and Border Protection"), "{n:?}");
    }

    #[test]
    fn sentence_openers_and_nationalities_are_not_names() {
        assert!(names("Despite ongoing violence, Mexicans voted.").is_empty());
        assert_eq!(found("Mexican officials met.").len(), 0);
        assert!(
            is_demonym("Mexican") && is_demonym("Canadians") && is_demonym("American") && !is_demonym("Napolitano")
        );
    }

    #[test]
    fn possessives_are_trimmed() {
        assert_eq!(names("Mexico's IMCO think-tank"), ["Mexico", "IMCO"]);
    }

    #[test]
    fn leaders_named_by_their_administration() {
        assert_eq!(found("The Trump administration has threatened")[0].1, Guess::Person { cue: true });
    }
}
