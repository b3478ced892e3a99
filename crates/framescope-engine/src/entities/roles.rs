//! The role a text gives a person, read from the words around the name: a bare noun
//! phrase before it ("referee Alan McBride"), an appositive before it ("MOV's chief
//! executive, Jeroen de Wit,") or after it ("Alejandro Hope, a security analyst at IMCO").
//!
//! A role is kept as written, minus its determiner and its owner: "MOV's chief executive"
//! gives "chief executive", since the owner is an organisation of its own and the card
//! shows the role beside the person's other mentions.

use super::evidence;
use super::lexicon::*;

/// Determiners that open an appositive role ("their project manager, Gráinne …").
const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "another"];

/// Words that may come before an appositive role in its clause ("They declined, but
/// their project manager, …").
const CLAUSE_OPENERS: &[&str] = &["but", "and", "while", "yet", "whereas", "meanwhile", "so"];

/// Prepositions that open a role's complement ("alderman for mobility", "director of …").
const COMPLEMENT_OPENERS: &[&str] = &["of", "for", "at", "to", "on", "with", "in"];

/// Whether a word ends a possessive: "MOV's", "B.C.'s", "the club’s", "the Smiths'".
fn possessive(word: &str) -> bool {
    word.len() > 2 && (word.ends_with("'s") || word.ends_with("’s") || word.ends_with("s'"))
}

/// The words of the clause that ends `text`, back to the last full stop, comma, colon,
/// semicolon, dash, bracket or quotation mark. (An abbreviation's stops are no boundary:
/// "the U.S. ambassador", "B.C.'s Minister".)
fn clause_tail(text: &str) -> Vec<&str> {
    let mut words: Vec<&str> = Vec::new();
    for w in text.rsplit(' ') {
        let opens = w.starts_with(['“', '"', '(', '‘', '—']);
        let closes =
            w.ends_with([',', ';', ':', '—', ')', '”', '"']) || (w.ends_with('.') && w.matches('.').count() == 1);
        if w.is_empty() || closes || words.len() == 14 {
            break;
        }
        words.push(w);
        if opens {
            break;
        }
    }
    words.reverse();
    words
}

/// Role words, checked: a head noun for a person (a title or a trade), modifiers before
/// it and at most a prepositional complement after it ("alderman for mobility", "Minister
/// of Emergency Management and Climate Readiness").
fn checked_role(words: &[&str]) -> Option<String> {
    if words.is_empty() || words.len() > 10 {
        return None;
    }
    let core_end =
        words.iter().position(|w| COMPLEMENT_OPENERS.contains(&w.to_lowercase().as_str())).unwrap_or(words.len());
    let core = &words[..core_end];
    let head = *core.last()?;
    let modifiers_ok = core.iter().all(|w| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        !bare.is_empty() && !possessive(w) && !DETERMINERS.contains(&bare.to_lowercase().as_str())
    });
    (modifiers_ok && (person_noun(head) || is_title(head)) && !evidence::names_a_thing(head) && core.len() <= 5)
        .then(|| words.join(" "))
}

/// `"The Mexican economy minister, "`, `"MOV's chief executive, "`, `"but their project
/// manager, "` before a name: the role, opened by a determiner or an owner in its clause.
/// ("When she met the president, Maria said" gives nothing: "When" opens no role.)
pub(super) fn role_before(before: &str) -> Option<String> {
    let rest = before.strip_suffix(", ").or_else(|| before.strip_suffix(",\u{a0}"))?;
    role_of_clause(&clause_tail(rest))
}

/// Like [`role_before`], for a name whose appositive a comma also closes ("to his coach,
/// Diego Ferrante, who …"): the role may then open anywhere in its clause, at its last
/// determiner or owner, since a name set off on both sides is the noun phrase's apposition.
pub(super) fn role_before_set_off(before: &str) -> Option<String> {
    let rest = before.strip_suffix(", ").or_else(|| before.strip_suffix(",\u{a0}"))?;
    let words = clause_tail(rest);
    let opens = |w: &&str| DETERMINERS.contains(&w.to_lowercase().as_str()) || possessive(w);
    let j = words.iter().rposition(opens)?;
    // (An owner opens after its own determiner: "the Opposition's housing spokesperson".)
    let j = if j > 0 && possessive(words[j]) && DETERMINERS.contains(&words[j - 1].to_lowercase().as_str()) {
        j - 1
    } else {
        j
    };
    role_of_clause(&words[j..])
}

/// The role a clause before a name gives, when a determiner, "former", a clause opener or
/// an owner opens it.
fn role_of_clause(words: &[&str]) -> Option<String> {
    let mut i = 0;
    if words.len() > 1 && CLAUSE_OPENERS.contains(&words[0].to_lowercase().as_str()) {
        i += 1;
    }
    let former = words.get(i).is_some_and(|w| w.eq_ignore_ascii_case("former"));
    let determiner = words.get(i).is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()));
    if determiner || former {
        i += 1;
    }
    // An owner of up to three words: "MOV's", "the city's", "The defence ministry's".
    let owner = (i..words.len().min(i + 3)).find(|&j| possessive(words[j]));
    let mut kept_owner: Option<String> = None;
    if let Some(j) = owner {
        kept_owner = telling_owner(&words[i..=j]);
        i = j + 1;
    } else if !determiner && !former {
        return None;
    }
    let role = checked_role(&words[i..])?;
    let role = kept_owner.map_or_else(|| role.clone(), |o| format!("{o} {role}"));
    Some(if former && owner.is_none() { format!("former {role}") } else { role })
}

/// Nouns for people that no agent ending marks.
const PEOPLE: &[&str] = &[
    "candidate",
    "captain",
    "chef",
    "coach",
    "colleague",
    "daughter",
    "father",
    "friend",
    "husband",
    "judge",
    "mother",
    "neighbour",
    "neighbor",
    "nurse",
    "official",
    "owner",
    "pastor",
    "president",
    "resident",
    "son",
    "student",
    "widow",
    "wife",
    "chair",
    "head",
    "minister",
    "spokesperson",
    "veteran",
    "midwife",
    "priest",
    "lead",
    "boss",
    "hero",
    "heroine",
    "plaintiff",
    "substitute",
    "mp",
];
/// Words with an agent ending that name no person.
const NOT_PEOPLE: &[&str] = &[
    "after",
    "current",
    "different",
    "either",
    "ever",
    "important",
    "later",
    "major",
    "minor",
    "neither",
    "never",
    "other",
    "over",
    "percent",
    "present",
    "rather",
    "recent",
    "significant",
    "together",
    "under",
    "urgent",
    "whether",
    "order",
    "number",
    "water",
    "border",
    "center",
    "centre",
    "sector",
    "matter",
    "summer",
    "winter",
    "corner",
    "quarter",
    "paper",
    "letter",
    "power",
    "agent",
    "event",
    "moment",
    "statement",
    "government",
    "department",
    "content",
    "account",
    "amount",
    "point",
];

/// Whether a lower-case word names a person by what they do: a listed noun, a title or an
/// agent ending ("referee", "microbiologist", "spokesperson"), never a listed look-alike
/// ("border", "statement").
pub(super) fn person_noun(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase();
    !NOT_PEOPLE.contains(&w.as_str())
        && (PEOPLE.contains(&w.as_str())
            || is_title(&w)
            || ["executive", "leader", "trustee", "counterpart", "advocate", "secretary-general"].contains(&w.as_str())
            || ["er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "person", "ologist"]
                .iter()
                .any(|end| w.len() > end.len() + 2 && w.ends_with(end)))
}

/// A role written as a bare noun phrase right before the name, newspaper style:
/// "referee Alan McBride", "retired nurse Marie-Claire Paul", "soil microbiologist Naomi
/// Greene", "PC candidate Colin Frost". The word next to the name must read as a noun for a
/// person (an agent ending or a listed noun), so "met Alan McBride" gives nothing.
pub(super) fn role_premodifier(before: &str) -> Option<String> {
    const STOP: &[&str] = &[
        "a",
        "about",
        "after",
        "also",
        "an",
        "and",
        "are",
        "as",
        "at",
        "before",
        "but",
        "by",
        "for",
        "from",
        "had",
        "beyond",
        "against",
        "under",
        "into",
        "through",
        "between",
        "behind",
        "past",
        "toward",
        "towards",
        "without",
        "within",
        "during",
        "despite",
        "like",
        "among",
        "around",
        "alongside",
        "near",
        "via",
        "upon",
        "onto",
        "off",
        "up",
        "down",
        "out",
        "back",
        "he",
        "i",
        "it",
        "she",
        "they",
        "we",
        "you",
        "has",
        "have",
        "her",
        "his",
        "in",
        "is",
        "its",
        "my",
        "not",
        "of",
        "on",
        "or",
        "our",
        "said",
        "says",
        "than",
        "that",
        "the",
        "their",
        "then",
        "to",
        "told",
        "was",
        "were",
        "when",
        "which",
        "while",
        "who",
        "will",
        "with",
        "would",
    ];
    let tail = before.strip_suffix(' ')?;
    let mut words: Vec<&str> = Vec::new();
    // The look-back must end on a stop word, punctuation or the start of the text: four
    // words running into a sentence ("They talked over dinner") are no role.
    let mut closed = true;
    for w in tail.rsplit(' ') {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let punctuated = bare.len() != w.len();
        // (Once a capitalised modifier is taken, a lower-case word before it belongs to
        // the sentence: "in six weeks | Local president Janine Kowalczyk".)
        let after_capital = words.last().is_some_and(|w: &&str| w.starts_with(char::is_uppercase));
        let lower = bare.starts_with(char::is_lowercase);
        if words.len() == 4 {
            closed = false;
            break;
        }
        if bare.is_empty() || STOP.contains(&bare.to_lowercase().as_str()) || (after_capital && lower) {
            // A pronoun before the words makes them a clause ("They talked over dinner").
            closed &= !matches!(bare.to_lowercase().as_str(), "he" | "i" | "it" | "she" | "they" | "we" | "you");
            break;
        }
        // A word that ends in a stop or a comma ends the clause before the role: "in
        // Perry. | Doctoral student Mei-Ling Chu", "In court, | special public prosecutor".
        // (And "the manager, Jane Doe" is an appositive, read by [`role_before`].)
        if w.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
        words.push(bare);
        if punctuated {
            break;
        }
    }
    words.reverse();
    let last = *words.last()?;
    // ("the drugmaker Sorrel Pharma": an agent noun for a firm, not a person's trade.)
    // (Nor "cathode maker Hanbit Chemical": a maker of goods is a firm.)
    let firm = evidence::names_a_thing(last) || evidence::is_firm_maker(&words);
    (closed && last.chars().next().is_some_and(char::is_lowercase) && person_noun(last) && !firm)
        .then(|| words.join(" "))
}

/// `", a security analyst at Mexico's IMCO think-tank,"` after a name: the role.
pub(super) fn role_after(after: &str) -> Option<String> {
    // "Olivenza, a Spanish town": a place's appositive, not a person's role.
    if evidence::appositive_kind(after).is_some() {
        return None;
    }
    // "Duncan Wood of the Woodrow Wilson Center": an affiliation.
    if let Some(of) = after.strip_prefix(" of the ") {
        let end = of.find([',', '.', ';']).unwrap_or(of.len());
        let org = of[..end].split(" in ").next().unwrap_or("");
        // (Up to the name's end: "of the Institute for Climate and Air Studies spoke".)
        let words: Vec<&str> = org.split_whitespace().collect();
        let mut n = words
            .iter()
            .position(|w| !w.starts_with(char::is_uppercase) && !super::lexicon::is_connector(w))
            .unwrap_or(words.len());
        while n > 0 && super::lexicon::is_connector(words[n - 1]) {
            n -= 1;
        }
        let org = words[..n].join(" ");
        if org.split_whitespace().any(is_organisation_head) {
            return Some(format!("of the {org}"));
        }
    }
    // ("Hendra Siregar is the director of Jaga Rawa": a predicate reads like an appositive.)
    let predicate = [" is ", " was "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .filter(|rest| ["the ", "a ", "an "].iter().any(|d| rest.starts_with(d)));
    let rest = match predicate {
        Some(rest) => rest,
        None => after.strip_prefix(", ")?,
    };
    // (After an age: "Oleksandr Boiko, 67, a retired physics teacher".)
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let rest = match rest[digits..].strip_prefix(", ") {
        Some(after_age) if (1..=3).contains(&digits) => after_age,
        _ => rest,
    };
    let first = rest.split_whitespace().next()?;
    // ", JAXA's instrument lead,", ", the club's manager,": the role after its owner.
    if let Some(role) = owned_role_after(rest) {
        return Some(role);
    }
    let starts_role = matches!(first, "a" | "an" | "the")
        || is_title(first)
        || [
            "director",
            "head",
            "chief",
            "founder",
            "author",
            "professor",
            "spokesman",
            "spokeswoman",
            "analyst",
            "expert",
            "researcher",
            "editor",
            "president",
            "leader",
            "member",
            "former",
        ]
        .contains(&first)
        // (Any trade with no article: "Guadalupe Salas Ochoa, coordinator of Colectivo …".)
        || person_noun(first);
    if !starts_role {
        return None;
    }
    let mut end = rest.find([',', '.', ';', '—', '(']).unwrap_or(rest.len());
    // "a fisherman who has lived there all his life", "the chair of X and granddaughter of Y":
    // the role is the first noun phrase.
    for stop in [" who ", " which ", " that ", " and ", " from "] {
        if let Some(i) = rest[..end].find(stop) {
            end = i;
        }
    }
    // "an analyst at Nanboku Securities in Tokyo", "a program scientist in the Heliophysics
    // Division": where they work is no part of the role ("a consultant in nephrology" is).
    let placed = |r: &str| r.starts_with(char::is_uppercase) || r.starts_with("the ") || r.starts_with("a ");
    if let Some(i) = rest[..end].find(" in ").filter(|&i| placed(&rest[i + 4..])) {
        end = i;
    }
    let role: Vec<&str> = rest[..end].split_whitespace().take(14).collect();
    // (A predicate is a role only when a noun for a person heads it: "is the director of
    // …", not "is the reason the team lost" or "was the first to arrive".)
    let head = role.iter().take_while(|w| !matches!(**w, "of" | "for" | "at" | "to" | "on" | "with")).last();
    let headed = predicate.is_none() || head.is_some_and(|h| person_noun(h));
    (role.len() >= 2 && headed).then(|| role.join(" "))
}

/// `"JAXA's instrument lead, watched …"`, `"the club's manager, said"` after a name's
/// comma: the role without its owner, when a noun for a person heads it.
fn owned_role_after(rest: &str) -> Option<String> {
    let end = rest.find([',', '.', ';', '—', '(', ')']).unwrap_or(rest.len());
    let words: Vec<&str> = rest[..end].split_whitespace().collect();
    let det = usize::from(words.first().is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str())));
    let j = (det..words.len().min(det + 3)).find(|&j| possessive(words[j]))?;
    let kept_owner = telling_owner(&words[det..=j]);
    let mut role = &words[j + 1..];
    // (Cut before a clause: "NASA's program scientist who …".)
    if let Some(k) = role.iter().position(|w| ["who", "which", "that", "and"].contains(w)) {
        role = &role[..k];
    }
    let role = checked_role(role)?;
    Some(kept_owner.map_or_else(|| role.clone(), |o| format!("{o} {role}")))
}

/// The owner a role keeps, when it says whom the speaker serves: a country's or a place's
/// ("Norway's fisheries minister") or a government body's ("The Department of Health's
/// chief medical officer"). Other owners are organisations of their own and are dropped.
fn telling_owner(owner: &[&str]) -> Option<String> {
    let telling = (owner.len() == 1 && owned_by_place(owner[0])) || government_owner(owner);
    telling.then(|| owner.join(" "))
}

/// Whether an owner is a government body ("the Department of Health's", "Interior
/// Ministry's"): whose role it is says whom the speaker serves.
fn government_owner(words: &[&str]) -> bool {
    words.iter().any(|w| {
        let bare = w.trim_end_matches("'s").trim_end_matches("’s").to_lowercase();
        matches!(bare.as_str(), "department" | "ministry" | "government" | "administration" | "agency" | "commission")
    })
}

/// Whether a possessive names a place: "Norway's", "Mexico’s".
fn owned_by_place(word: &str) -> bool {
    let bare = word.trim_end_matches("'s").trim_end_matches("’s").trim_end_matches('\'');
    super::gazetteer::place(bare).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_appositive_before_the_name_loses_its_determiner_and_owner() {
        assert_eq!(role_before("Lenwood's farm manager, ").as_deref(), Some("farm manager"));
        // A country's possession says whose government it is.
        assert_eq!(role_before("Norway's fisheries minister, ").as_deref(), Some("Norway's fisheries minister"));
        assert_eq!(role_after(", Mexico's interior minister, said").as_deref(), Some("Mexico's interior minister"));
        assert_eq!(role_before("They declined, but their project manager, ").as_deref(), Some("project manager"));
        assert_eq!(role_before("The city's alderman for mobility, ").as_deref(), Some("alderman for mobility"));
        assert_eq!(role_before("Its managing director, ").as_deref(), Some("managing director"));
        assert_eq!(role_before("The Mexican economy minister, ").as_deref(), Some("Mexican economy minister"));
        assert_eq!(role_before("said the former chief executive, ").as_deref(), None);
        assert_eq!(role_before("Former chief executive, ").as_deref(), Some("former chief executive"));
        // An abbreviation's full stops end no clause.
        assert_eq!(
            role_before("B.C.'s Minister of Emergency Management and Climate Readiness, ").as_deref(),
            Some("Minister of Emergency Management and Climate Readiness")
        );
        assert_eq!(role_before("the U.S. ambassador, ").as_deref(), Some("U.S. ambassador"));
    }

    #[test]
    fn a_clause_that_merely_ends_on_a_person_noun_gives_no_role() {
        // The noun belongs to another clause: "When she met the president, Maria said".
        assert_eq!(role_before("When she met the president, "), None);
        assert_eq!(role_before("He thanked the mayor, "), None);
        // No person heads the phrase.
        assert_eq!(role_before("The company's biggest market, "), None);
        assert_eq!(role_before("In the city's statement, "), None);
        // Nothing before a comma.
        assert_eq!(role_before("the mayor "), None);
    }

    #[test]
    fn an_owned_role_after_the_name() {
        assert_eq!(role_after(", JAXA's instrument lead, watched").as_deref(), Some("instrument lead"));
        assert_eq!(
            role_after(", NASA's program scientist for the mission, said").as_deref(),
            Some("program scientist for the mission")
        );
        assert_eq!(role_after(", the club's manager, said").as_deref(), Some("manager"));
        // A place's or a firm's appositive is no role.
        assert_eq!(role_after(", Mexico's largest city, is"), None);
        assert_eq!(role_after(", Brazil's biggest market, fell"), None);
    }

    #[test]
    fn where_someone_works_is_cut_from_the_role() {
        assert_eq!(
            role_after(", an analyst at Nanboku Securities in Tokyo, said").as_deref(),
            Some("an analyst at Nanboku Securities")
        );
        assert_eq!(
            role_after(", a member of the National Council from the canton of Zug, said").as_deref(),
            Some("a member of the National Council")
        );
    }

    #[test]
    fn a_comma_before_the_name_is_no_premodifier() {
        assert_eq!(role_premodifier("When I asked the manager, "), None);
        assert_eq!(role_premodifier("said retired nurse ").as_deref(), Some("retired nurse"));
    }
}
