//! What the words around a name say about its kind: "in Elvas" and "the fishermen of
//! Mértola" make a place, "Olivenza, a Spanish town" too; "the drugmaker Sorrel Pharma",
//! "Tallgrass Grills, a rival maker" and "Pinecrest's shares" make an organisation; "its
//! AirCrisp Pro fryer" does not say, but "the app YardPilot" makes a thing; "Darren
//! Whitlock, 54," makes a person.
//!
//! A name with no cue in its own words (no head noun, no title, not in the gazetteer) is
//! typed by these clues, pooled over every mention of it in its document and then in the
//! corpus (see `Votes`), since one clear mention ("signed in Elvas") settles the kind of
//! the bare ones ("Elvas settles an old quarrel").

use super::lexicon;
use super::tokens::Tok;
use framescope_core::EntityKind;
use std::collections::HashMap;

/// A clue to a name's kind and how much it weighs: 3 for a noun that says what the name
/// is ("a Spanish town"), 2 for a construction that rarely fits another kind ("in X",
/// "the residents of X"), 1 for one several kinds follow ("from X", "into X").
pub type Clue = (EntityKind, u8);

/// Nouns for places: after "the … of" ("the town of Chivay"), as an appositive's head
/// ("Olivenza, a Spanish town") or right before the name ("the river Guadiana").
const PLACE_NOUNS: &[&str] = &[
    "archipelago",
    "atoll",
    "basin",
    "bay",
    "borough",
    "canton",
    "capital",
    "city",
    "commune",
    "country",
    "county",
    "crossing",
    "district",
    "enclave",
    "estuary",
    "hamlet",
    "harbour",
    "harbor",
    "island",
    "municipality",
    "neighborhood",
    "neighbourhood",
    "parish",
    "peninsula",
    "port",
    "prefecture",
    "province",
    "region",
    "reservoir",
    "resort",
    "river",
    "settlement",
    "suburb",
    "territory",
    "town",
    "township",
    "tributary",
    "valley",
    "village",
    "volcano",
];

/// Nouns before "of" that only a place follows: "the residents of Mértola", "north of
/// Wairoa", "the outskirts of Findlay".
const OF_PLACE: &[&str] = &[
    "citizens",
    "coast",
    "east",
    "edge",
    "fishermen",
    "heart",
    "inhabitants",
    "mayor",
    "north",
    "northeast",
    "northwest",
    "outskirts",
    "people",
    "residents",
    "shores",
    "south",
    "southeast",
    "southwest",
    "streets",
    "suburbs",
    "west",
];

/// Nouns for organisations, as an appositive's head ("Sorrel Pharma, the Danish
/// drugmaker") or right before the name ("the regulator Osinergmin").
const ORGANISATION_NOUNS: &[&str] = &[
    "agency",
    "airline",
    "alliance",
    "band",
    "automaker",
    "bank",
    "broadcaster",
    "chain",
    "carmaker",
    "charity",
    "chipmaker",
    "coalition",
    "company",
    "conglomerate",
    "consultancy",
    "cooperative",
    "corporation",
    "developer",
    "distributor",
    "drugmaker",
    "federation",
    "exchange",
    "firm",
    "grower",
    "group",
    "insurer",
    "inspectorate",
    "label",
    "lender",
    "manufacturer",
    "miner",
    "network",
    "movement",
    "nonprofit",
    "non-profit",
    "operator",
    "party",
    "orchestra",
    "publisher",
    "regulator",
    "retailer",
    "startup",
    "start-up",
    "subsidiary",
    "supplier",
    "utility",
    "watchdog",
];

/// Nouns for organisations that also name a person's trade in front of a name
/// ("policy maker Ana Ruiz"): organisations only as an appositive's head ("a rival maker").
const ORGANISATION_HEADS_ONLY: &[&str] =
    &["maker", "producer", "business", "club", "team", "union", "association", "campaign", "administrator"];

/// Trades written "<word> maker" or "<word> producer" that are a person's: "policy maker
/// Ana Ruiz", "film producer Tom Reyes"; other makers are firms ("cathode maker Hanbit").
const PERSONAL_MAKERS: &[&str] =
    &["decision", "deal", "film", "law", "match", "movie", "music", "peace", "policy", "record", "rule", "trouble"];

/// People who work for an organisation: "an analyst at Brightline Research", "drivers for
/// Maasstad Openbaar Vervoer", "a spokesperson for Alberta Education".
const STAFF: &[&str] = &[
    "analyst",
    "director",
    "drivers",
    "economist",
    "employee",
    "employees",
    "engineer",
    "engineers",
    "executive",
    "executives",
    "researcher",
    "researchers",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staff",
    "strategist",
    "workers",
];

/// Nouns for other named things (products, programmes, works, events), as an appositive's
/// head ("Renvasta, the drug") or right before the name ("the app YardPilot").
const OTHER_NOUNS: &[&str] = &[
    // Products: "its YardPilot scheduling software", "the app YardPilot".
    "application",
    "dashboard",
    "device",
    "machine",
    "product",
    "rocket",
    "satellite",
    "album",
    "app",
    "award",
    "brand",
    "chatbot",
    "documentary",
    "drug",
    "festival",
    "film",
    "medicine",
    "memoir",
    "novel",
    "podcast",
    "prize",
    "programme",
    "program",
    "scheme",
    "smartphone",
    "software",
    "treatment",
    "vaccine",
];

/// Businesses a place's name qualifies: "the Bellevue startup", "the Cambridge drugmaker".
/// (Not those a firm's name qualifies too: "a Boeing supplier", "the Morgan company", "the
/// Adani group".)
const QUALIFIED_BUSINESSES: &[&str] =
    &["automaker", "carmaker", "chipmaker", "drugmaker", "insurer", "lender", "retailer", "startup", "start-up"];

/// Words a possessive name owns that only an organisation has: "Pinecrest's shares".
/// (Not "shares", "customers" or "website": a person has those too — "Elon Musk's shares".)
const OWNED_BY_ORGANISATIONS: &[&str] = &[
    "employees",
    "headquarters",
    "profit",
    "revenue",
    "shareholders",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "subsidiary",
];

/// Words a possessive name owns that only a place has: "Fremantle's mayor".
const OWNED_BY_PLACES: &[&str] = &[
    "airport",
    "beaches",
    "coast",
    "coastline",
    "councillors",
    "downtown",
    "harbour",
    "harbor",
    "inhabitants",
    "mayor",
    "neighbourhoods",
    "neighborhoods",
    "outskirts",
    "population",
    "residents",
    "streets",
    "suburbs",
    "waterfront",
];

/// Words a possessive name owns that only a person has: "Lennie's widower".
const OWNED_BY_PEOPLE: &[&str] = &[
    "brother",
    "children",
    "daughter",
    "father",
    "funeral",
    "granddaughter",
    "grandson",
    "husband",
    "mother",
    "sister",
    "son",
    "widow",
    "widower",
    "wife",
];

/// Prepositions after which a name is a place ("in Elvas", "near Dadar").
const PLACE_PREPOSITIONS: &[&str] =
    &["in", "near", "outside", "across", "around", "throughout", "toward", "towards", "into", "nearby", "downtown"];

/// Words before "in" that make it no place's preposition: "a stake in Pinecrest".
const NOT_PLACE_IN: &[&str] = &[
    "belief",
    "confidence",
    "faith",
    "interest",
    "invest",
    "invested",
    "investing",
    "investment",
    "investors",
    "jobs",
    "member",
    "members",
    "role",
    "shares",
    "stake",
    "stakes",
];

/// A noun of `list`, singular or plural ("towns", "companies").
fn noun_in(list: &[&str], word: &str) -> bool {
    let w = word.to_lowercase();
    list.contains(&w.as_str())
        || w.strip_suffix('s').is_some_and(|s| list.contains(&s))
        || w.strip_suffix("ies").is_some_and(|s| list.contains(&format!("{s}y").as_str()))
}

/// The kind a noun names, if it is a kind noun (as an appositive's head: "maker" counts).
fn noun_kind(word: &str, heads_too: bool) -> Option<EntityKind> {
    if noun_in(PLACE_NOUNS, word) {
        Some(EntityKind::Place)
    } else if noun_in(ORGANISATION_NOUNS, word) || (heads_too && noun_in(ORGANISATION_HEADS_ONLY, word)) {
        Some(EntityKind::Organisation)
    } else if noun_in(OTHER_NOUNS, word) {
        Some(EntityKind::Other)
    } else {
        None
    }
}

/// A noun that names an organisation, a place or a thing when it stands right before a
/// name ("the drugmaker Sorrel Pharma", "the town Chivay"), not a person's trade.
pub fn names_a_thing(word: &str) -> bool {
    noun_kind(word, false).is_some()
}

/// Whether `words` end in a maker of goods, a firm ("cathode maker", "chip producers"), not
/// a person who makes decisions, films or policy ("policy maker", "film producer").
pub fn is_firm_maker(words: &[&str]) -> bool {
    match words {
        [.., made, last] => {
            matches!(last.to_lowercase().as_str(), "maker" | "makers" | "producer" | "producers")
                && !PERSONAL_MAKERS.contains(&made.to_lowercase().as_str())
        }
        _ => false,
    }
}

/// The kind the head of an appositive after a name gives it: `", a Spanish town that …"`
/// is a place, `", the Danish drugmaker behind …"` an organisation. The head is the last
/// word before the phrase's first break ("that", "of", "in", a comma…), and the phrase must
/// open with a determiner.
pub fn appositive_kind(after: &str) -> Option<EntityKind> {
    let rest = after.strip_prefix(", ")?;
    let mut words = rest.split_whitespace();
    // (Or with a place's or a body's possessive: ", South Korea's second-largest battery
    // maker".)
    let possessive = |w: &str| w.ends_with("'s") || w.ends_with("\u{2019}s");
    match words.next()? {
        "a" | "an" | "the" | "its" | "their" | "one" => {}
        first if first.starts_with(char::is_uppercase) => {
            let mut w = first;
            for _ in 0..3 {
                if possessive(w) {
                    break;
                }
                w = words.next().filter(|n| n.starts_with(char::is_uppercase))?;
            }
            if !possessive(w) {
                return None;
            }
        }
        _ => return None,
    }
    let mut head = None;
    for w in words.take(6) {
        let bare = w.trim_end_matches([',', '.', ';', ':', '—']);
        // A participle after the head ends the phrase: "an app made by …", "a firm
        // headquartered in …".
        let participle = head.is_some()
            && (bare.ends_with("ed") || bare.ends_with("ing") || matches!(bare, "made" | "built" | "run" | "known"));
        if participle {
            break;
        }
        // ("the Double-A expansion team the Southern League awarded …": a determiner after
        // the head opens a relative clause.)
        if head.is_some() && matches!(bare, "the" | "a" | "an") {
            break;
        }
        if matches!(
            bare,
            "that"
                | "which"
                | "who"
                | "whose"
                | "where"
                | "with"
                | "in"
                | "on"
                | "at"
                | "of"
                | "for"
                | "from"
                | "by"
                | "and"
                | "or"
                | "to"
                | "behind"
        ) {
            // "Mark Jensen, the city and its police chief": a list, not an appositive.
            if matches!(bare, "and" | "or") {
                return None;
            }
            break;
        }
        // ("a Spanish town (pop. 5,000)": a bracket ends the phrase.)
        if w.starts_with('(') {
            break;
        }
        head = Some(bare);
        if bare.len() != w.len() {
            break;
        }
    }
    let head = head?;
    // (A capitalised last word is a name inside the phrase, not its head.)
    if head.starts_with(char::is_uppercase) {
        return None;
    }
    noun_kind(head, true)
}

/// The clue the words around `toks[a..b]` give to its kind.
pub fn around(text: &str, toks: &[Tok<'_>], a: usize, b: usize) -> Option<Clue> {
    let before = &text[..toks[a].start];
    let after = &text[toks[b - 1].end..];
    let lower = |i: usize| toks[i].text.to_lowercase();
    // The word right before, with one space between.
    let prev = (a > 0 && &text[toks[a - 1].end..toks[a].start] == " ").then(|| lower(a - 1));
    let prev2 = (a > 1 && &text[toks[a - 2].end..toks[a - 1].start] == " ").then(|| lower(a - 2));

    // A person: "Darren Whitlock, 54,".
    if let Some(age) = after.strip_prefix(", ") {
        let digits: String = age.chars().take_while(char::is_ascii_digit).collect();
        if (1..=3).contains(&digits.len()) && age[digits.len()..].starts_with(',') {
            return Some((EntityKind::Person, 3));
        }
    }
    // A personal relative pronoun with a singular verb: "P. Enkhtuya, who heads the
    // union,", "Kowalski, who had run the mill," (not "Kirkhaven Thistle, who meet on
    // Sunday", a team; nor after a preposition, where "who" is someone else's: "a
    // supervisor at Shapla Knit, who asked not to be named").
    if let Some(rest) = after.strip_prefix(", who ") {
        let verb = rest.split(' ').next().unwrap_or("");
        let object = prev.as_deref().is_some_and(|p| {
            matches!(p, "at" | "in" | "from" | "of" | "for" | "with" | "near" | "by" | "to" | "on" | "into" | "outside")
        });
        if !object && singular_verb(verb) {
            return Some((EntityKind::Person, 2));
        }
    }
    // An appositive: "Olivenza, a Spanish town", "Sorrel Pharma, the drugmaker".
    if let Some(kind) = appositive_kind(after) {
        return Some((kind, 3));
    }
    // An appositive before: "The mining regulator, Osinergmin, said", "Peru's labour
    // inspection agency, Sunafil,".
    if let Some(kind) = before_appositive_kind(before, after) {
        return Some((kind, 3));
    }
    // Owned things: "Pinecrest's shares", "Fremantle's mayor", "Lennie's widower".
    if toks[b - 1].possessive {
        // "Dover's Labour MP", "Hereford's MP": a member for a constituency.
        if toks[b..].iter().take(3).any(|t| super::lexicon::is_office_holder(t.text) && t.text.starts_with("MP")) {
            return Some((EntityKind::Place, 2));
        }
        if let Some(next) = toks.get(b).filter(|t| !t.capitalised).map(|t| t.text.to_lowercase()) {
            let next = next.as_str();
            if OWNED_BY_ORGANISATIONS.contains(&next) {
                return Some((EntityKind::Organisation, 2));
            }
            if OWNED_BY_PLACES.contains(&next) {
                return Some((EntityKind::Place, 2));
            }
            if OWNED_BY_PEOPLE.contains(&next) {
                return Some((EntityKind::Person, 2));
            }
        }
    }
    if after.starts_with("-based ") {
        return Some((EntityKind::Place, 2));
    }
    // A place noun after the name: "the Tagus river", "in Sudan's Darfur region", "the
    // Doraleh port". (Not after a possessive, which owns it: "Vietnam's capital".)
    let next_word = toks.get(b).filter(|t| !t.capitalised && &text[toks[b - 1].end..t.start] == " ");
    if let Some(next) = next_word.filter(|_| !toks[b - 1].possessive) {
        // (Not "the Hamas enclave": a group holds an enclave.)
        let place_noun = noun_in(PLACE_NOUNS, next.text) && !matches!(next.text, "enclave" | "enclaves");
        if place_noun || matches!(next.text, "hill" | "hills" | "desert" | "mountains") {
            return Some((EntityKind::Place, 2));
        }
    }
    // A body's kind after its name: "the centre-left Unidad Andina party", "the Renace Perú
    // alliance".
    if let Some(next) = next_word.filter(|_| !toks[b - 1].possessive) {
        if matches!(next.text, "party" | "alliance" | "coalition" | "movement" | "militia" | "faction" | "bloc") {
            return Some((EntityKind::Organisation, 2));
        }
        // What a platform or a firm has, its name before: "an Instagram account", "Amtrak
        // employees" (a weak clue: "a Lagos customer" is a place's).
        if matches!(
            next.text,
            "account"
                | "accounts"
                | "feed"
                | "post"
                | "posts"
                | "user"
                | "users"
                | "subscribers"
                | "customers"
                | "employees"
                | "executives"
                | "shareholders"
                | "spokesperson"
                | "spokesman"
                | "spokeswoman"
        ) {
            return Some((EntityKind::Organisation, 1));
        }
    }
    // A product before what it is: "its YardPilot scheduling software", "the Brewline
    // espresso machine", "a Kestrel 9 rocket" (weakly after "a": "a Samsung phone" is a
    // brand's).
    if !toks[b - 1].possessive {
        let lower_after: Vec<&str> = toks[b..]
            .iter()
            .take(2)
            .take_while(|t| !t.capitalised)
            .scan(toks[b - 1].end, |end, t| {
                let spaced = &text[*end..t.start] == " ";
                *end = t.end;
                spaced.then_some(t.text)
            })
            .collect();
        if lower_after.iter().any(|w| noun_in(OTHER_NOUNS, w) && !matches!(*w, "award" | "prize" | "festival")) {
            let definite = matches!(
                prev_article(text, toks, a)
                    .or(prev.as_deref().filter(|p| matches!(*p, "its" | "their" | "his" | "her")).map(|_| "the")),
                Some("the")
            );
            return Some((EntityKind::Other, if definite { 2 } else { 1 }));
        }
    }
    // A programme, as its host names it: "welcome to The Long Monsoon", "you're listening
    // to The Lakeland Line", "This is Capitol Docket. I'm June Halloran", "For Capitol
    // Docket, I'm …", "Support for Counterparty comes from …".
    if let Some(clue) = programme_clue(text, toks, a, after) {
        return Some(clue);
    }
    // "a product called Coinvale Earn", "a dashboard called Glassbox": the noun says.
    // (Or set off by commas: "The study, called Kidney Outcomes …, found".)
    if matches!(prev.as_deref(), Some("called" | "named" | "dubbed")) {
        let noun = match prev2.as_deref() {
            Some(w) => Some(w.to_string()),
            None if a > 1 && &text[toks[a - 2].end..toks[a - 1].start] == ", " => Some(lower(a - 2)),
            None => None,
        };
        // (Works and undertakings are named things only after "called": "a Harvard study"
        // is Harvard's.)
        let undertaking = |w: &str| {
            matches!(
                w,
                "study" | "trial" | "survey" | "report" | "project" | "campaign" | "operation" | "mission" | "exercise"
            )
        };
        let kind = noun.as_deref().and_then(|w| noun_kind(w, false).or(undertaking(w).then_some(EntityKind::Other)));
        if let Some(kind) = kind {
            return Some((kind, 3));
        }
    }
    // One word that qualifies a business: "the Bellevue startup", "a Cambridge drugmaker"
    // (the firm's own name follows the noun instead: "the drugmaker Sorrel Pharma").
    if let (Some(next), Some("the" | "a" | "an")) = (next_word, prev_article(text, toks, a)) {
        let acronym = toks[a].text.chars().all(|c| !c.is_lowercase());
        if b - a == 1 && !acronym && noun_in(QUALIFIED_BUSINESSES, next.text) {
            return Some((EntityKind::Place, 2));
        }
    }
    // "at Pomarão, where …".
    if prev.as_deref() == Some("at") && after.starts_with(", where ") {
        return Some((EntityKind::Place, 2));
    }
    // A preposition of movement through land or water, then "the": "across the Visayas",
    // "through the Pyrenees", "along the Danube", "from the Tagus to Murcia". (Not "in the"
    // or "at the", which take bodies as often: "in the Guardian", "at the Treasury".)
    if prev.as_deref() == Some("the") {
        let motion = matches!(prev2.as_deref(), Some("across" | "along" | "through" | "past" | "beyond"));
        let span = prev2.as_deref() == Some("from") && after.starts_with(" to ");
        if motion || span {
            return Some((EntityKind::Place, 2));
        }
    }
    if let Some(prev) = prev.as_deref() {
        // "the drugmaker Sorrel Pharma", "the town Chivay", "the app YardPilot".
        // "cathode maker Hanbit Chemical", not "policy maker Ana Ruiz".
        let maker =
            matches!(prev, "maker" | "producer") && prev2.as_deref().is_some_and(|w| !PERSONAL_MAKERS.contains(&w));
        if maker {
            return Some((EntityKind::Organisation, 2));
        }
        // "an analyst at Brightline Research", "a spokesperson for Alberta Education".
        if matches!(prev, "at" | "for") && prev2.as_deref().is_some_and(|w| STAFF.contains(&w)) {
            return Some((EntityKind::Organisation, 2));
        }
        if let Some(kind) = noun_kind(prev, false) {
            // (After any lower-case word: "the cross-border coalition Plataforma Guadiana
            // Viva", "the irrigators' federation Feregua".)
            let determined = a >= 2 && !toks[a - 2].capitalised;
            if determined || a == 1 {
                return Some((kind, 3));
            }
        }
        // "the residents of Mértola", "north of Wairoa", "the town of Chivay".
        if prev == "of" {
            if let Some(p2) = prev2.as_deref() {
                if noun_in(OF_PLACE, p2) || noun_in(PLACE_NOUNS, p2) {
                    return Some((EntityKind::Place, 2));
                }
                if matches!(p2, "shares" | "stake") {
                    return Some((EntityKind::Organisation, 2));
                }
            }
        }
        if PLACE_PREPOSITIONS.contains(&prev) {
            // "Shares in Nordhav", "a stake in Pinecrest": a firm.
            if prev == "in" && prev2.as_deref().is_some_and(|w| matches!(w, "shares" | "stake" | "stakes")) {
                return Some((EntityKind::Organisation, 2));
            }
            let stake = prev == "in" && prev2.as_deref().is_some_and(|w| NOT_PLACE_IN.contains(&w));
            if !stake {
                return Some((
                    EntityKind::Place,
                    if matches!(prev, "into" | "across" | "toward" | "towards") { 1 } else { 2 },
                ));
            }
        }
        // "from Alqueva to Spanish towns", "from Cairns to Albany".
        if prev == "to" {
            let mut k = a.saturating_sub(2);
            while k > 0 && toks[k].capitalised {
                k -= 1;
            }
            if k + 2 < a && toks[k].text == "from" {
                return Some((EntityKind::Place, 2));
            }
        }
        if prev == "through" {
            return Some((EntityKind::Place, 1));
        }
        // "crossed at Paso Canoas", "won at Kingsmead"; not "worked at Nordhav", "a job at
        // Glassbox" (a weak clue: "at" takes organisations too).
        // (Nor "a supervisor at Shapla Knit", "forecasters at Environment Canada".)
        let at_work = |w: &str| {
            noun_in(STAFF, w)
                || super::roles::person_noun(w)
                || w.strip_suffix('s').is_some_and(super::roles::person_noun)
                || matches!(w, "work" | "works" | "worked" | "working" | "job" | "jobs" | "role" | "career" | "stint")
        };
        // (Two words at least: "studied at Harvard", "cut at Kroger" are bodies.)
        if prev == "at" && b - a >= 2 && !prev2.as_deref().is_some_and(at_work) {
            return Some((EntityKind::Place, 1));
        }
        if matches!(prev, "from" | "between") {
            let to_follows = after.starts_with(" to ") || after.starts_with(" and ");
            return Some((EntityKind::Place, if to_follows && prev == "from" { 2 } else { 1 }));
        }
    }
    // "Pinecrest shares rose".
    if toks.get(b).is_some_and(|t| matches!(t.text, "shares" | "stock")) && !toks[b - 1].possessive {
        return Some((EntityKind::Organisation, 1));
    }
    // Place names' endings in several languages: "Merrillville", "Fraserburgh",
    // "Aberdeenshire", "Waalhaven", "Witte de Withstraat" (a weak clue: "Greenburg" may be
    // a surname).
    if b - a == 1 {
        let w = toks[a].text.to_lowercase();
        let ends = PLACE_ENDINGS.iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e));
        if ends {
            return Some((EntityKind::Place, 1));
        }
    }
    None
}

/// A verb that agrees with one subject: "heads", "is", "had", "asked" (not "meet", "are").
fn singular_verb(word: &str) -> bool {
    // Irregular pasts and singular presents ("has", "is", "does").
    const IRREGULAR: &[&str] = &[
        "had", "was", "said", "told", "ran", "led", "won", "lost", "took", "made", "became", "left", "spent", "grew",
        "fled", "wrote", "began", "gave", "came", "went", "met", "saw", "did", "knew", "sold", "built", "held", "kept",
        "found", "fought", "taught", "brought", "bought", "spoke", "broke", "has", "is", "does",
    ];
    let w = word.to_lowercase();
    IRREGULAR.contains(&w.as_str())
        || (w.len() > 3 && w.ends_with("ed"))
        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
}

/// The clue that `toks[a..]` names a broadcast or a podcast, from its host's formulas.
fn programme_clue(text: &str, toks: &[Tok<'_>], a: usize, after: &str) -> Option<Clue> {
    // The three words before the name, past a leading "The" and single spaces only.
    let mut k = a;
    if prev_article(text, toks, k) == Some("the") {
        k -= 1;
    }
    let word = |back: usize| {
        let i = k.checked_sub(back)?;
        (&text[toks[i].end..toks[i + 1].start] == " ").then(|| toks[i].text.to_lowercase())
    };
    let (p1, p2, p3) = (word(1), word(2), word(3));
    // "… I'm June Halloran": the host names themself next.
    let introduces = [". I'm ", ", I'm ", ". I’m ", ", I’m "]
        .iter()
        .any(|p| after.strip_prefix(p).is_some_and(|rest| rest.starts_with(char::is_uppercase)));
    // (A sign-off opens its sentence, "For Capitol Docket, I'm …"; not "good for the
    // Murray, I'm not saying …".)
    let opens_with_for = k.checked_sub(1).is_some_and(|i| toks[i].text == "For");
    // ("welcome back to", but not "if the shad come back to Mértola".)
    let greeting = p1.as_deref() == Some("to")
        && (matches!(p2.as_deref(), Some("welcome" | "listening"))
            || (p2.as_deref() == Some("back") && p3.as_deref() == Some("welcome")));
    let this_is = p1.as_deref() == Some("is") && p2.as_deref() == Some("this") && introduces;
    let signs_off = opens_with_for && introduces;
    let sponsored = p1.as_deref() == Some("for") && p2.as_deref() == Some("support");
    let produced = after.starts_with(" is produced by ");
    (greeting || this_is || signs_off || sponsored || produced).then_some((EntityKind::Other, 3))
}

/// The article right before `toks[a]`, lower-cased, with one space between.
fn prev_article(text: &str, toks: &[Tok<'_>], a: usize) -> Option<&'static str> {
    let prev = toks.get(a.checked_sub(1)?)?;
    if &text[prev.end..toks[a].start] != " " {
        return None;
    }
    ["the", "a", "an"].into_iter().find(|w| prev.text.eq_ignore_ascii_case(w))
}

/// Endings of place names: English, Dutch, German, Scandinavian, Slavic, Persian and Indian.
const PLACE_ENDINGS: &[&str] = &[
    "ville", "burgh", "borough", "shire", "haven", "straat", "strasse", "straße", "gracht", "plein", "dorf", "stadt",
    "grad", "abad", "pur", "pura", "polis", "fjord",
];

/// The kind an appositive before a name gives it: `"The mining regulator, "` then the name
/// and a comma ("…, Osinergmin, said"). The phrase must open the sentence or follow a
/// break, open with a determiner or a possessive, and end in a kind noun.
fn before_appositive_kind(before: &str, after: &str) -> Option<EntityKind> {
    let phrase = before.strip_suffix(", ")?;
    if !after.starts_with(',') {
        return None;
    }
    let start = phrase
        .char_indices()
        .rfind(|&(_, c)| matches!(c, '.' | ',' | ';' | ':' | '“' | '"'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let words: Vec<&str> = phrase[start..].split_whitespace().collect();
    // "with her son, Danylo, then 11,": a relative is a person.
    if let [.., owner, noun] = words.as_slice() {
        let owned = matches!(owner.to_lowercase().as_str(), "his" | "her" | "their" | "my" | "our" | "whose");
        if owned && OWNED_BY_PEOPLE.contains(&noun.to_lowercase().as_str()) {
            return Some(EntityKind::Person);
        }
    }
    let first = words.first()?;
    let determined = matches!(first.to_lowercase().as_str(), "the" | "a" | "an" | "its" | "their")
        || first.ends_with("'s")
        || first.ends_with("’s");
    if !determined || words.len() > 6 {
        return None;
    }
    // (The head comes before any preposition: "The owner of the bakery chain, John
    // Harris," is the owner, a person.)
    let cut =
        words.iter().position(|w| matches!(*w, "of" | "for" | "at" | "in" | "with" | "from")).unwrap_or(words.len());
    let head = words[..cut].last()?;
    if head.starts_with(char::is_uppercase) {
        return None;
    }
    noun_kind(head, true)
}

const KINDS: [EntityKind; 4] = [EntityKind::Person, EntityKind::Organisation, EntityKind::Place, EntityKind::Other];

fn slot(kind: EntityKind) -> usize {
    KINDS.iter().position(|&k| k == kind).unwrap_or(0)
}

/// The weight of the clues for each kind, in [`KINDS`] order, and how many of them were
/// nouns that say what the name is (weight 3).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally([u32; 4], [u32; 4]);

impl Tally {
    /// Adds a clue.
    pub fn add(&mut self, (kind, weight): Clue) {
        self.0[slot(kind)] += u32::from(weight);
        if weight >= 3 {
            self.1[slot(kind)] += 1;
        }
    }

    /// Whether a noun says the name is a `kind` ("a Spanish town", "the drugmaker …").
    pub fn named_as(&self, kind: EntityKind) -> bool {
        self.1[slot(kind)] > 0
    }

    /// The weight of the clues for `kind`.
    pub fn of(&self, kind: EntityKind) -> u32 {
        self.0[slot(kind)]
    }

    /// The kind with the heaviest clues, if one outweighs every other.
    pub fn winner(&self) -> Option<EntityKind> {
        let best = *self.0.iter().max()?;
        let mut top = KINDS.iter().zip(self.0).filter(|&(_, w)| w == best);
        match (top.next(), top.next()) {
            (Some((&kind, w)), None) if w > 0 => Some(kind),
            _ => None,
        }
    }

    /// The heaviest kind other than a person, with its weight, if one outweighs the others.
    pub fn thing(&self) -> Option<(EntityKind, u32)> {
        let mut t = *self;
        t.0[slot(EntityKind::Person)] = 0;
        t.winner().map(|k| (k, t.of(k)))
    }

    fn is_empty(&self) -> bool {
        self.0 == [0; 4]
    }
}

/// Clues pooled per name (folded words): over the corpus and per document. Keyed by the
/// name alone so that a look-up borrows its key (one per mention, in corpora of tens of
/// thousands of articles).
#[derive(Debug, Default)]
pub struct Votes {
    names: HashMap<Vec<String>, NameVotes>,
}

/// The clues of one name: all of them, and each document's.
#[derive(Debug, Default)]
struct NameVotes {
    corpus: Tally,
    by_doc: HashMap<u32, Tally>,
}

impl Votes {
    /// Adds a clue to the name `key` in document `doc`.
    pub fn add(&mut self, doc: u32, key: &[String], clue: Clue) {
        let name = match self.names.get_mut(key) {
            Some(name) => name,
            None => self.names.entry(key.to_vec()).or_default(),
        };
        name.corpus.add(clue);
        name.by_doc.entry(doc).or_default().add(clue);
    }

    /// The clues for `key`: its document's when there are any (a name may be a town in
    /// one article and a firm in another), else the corpus's.
    pub fn tally(&self, doc: u32, key: &[String]) -> Tally {
        let Some(name) = self.names.get(key) else { return Tally::default() };
        match name.by_doc.get(&doc) {
            Some(t) if !t.is_empty() => *t,
            _ => name.corpus,
        }
    }
}

/// The words that name the place a local body serves: "Pittington" of "Pittington Parish
/// Council", "Durham" of "Durham County Council", "Gazipur" of "Gazipur City Corporation".
/// Folded words in, the number of leading words that name the place out.
pub fn served_place(words: &[String]) -> Option<usize> {
    // (Longest first: "Parish Council" before "Council".)
    const TAILS: &[&[&str]] = &[
        &["city", "council"],
        &["county", "council"],
        &["parish", "council"],
        &["borough", "council"],
        &["district", "council"],
        &["town", "council"],
        &["shire", "council"],
        &["regional", "council"],
        &["city", "corporation"],
        &["municipal", "corporation"],
        &["municipality"],
        &["police"],
        &["constabulary"],
        &["council"],
    ];
    TAILS.iter().filter(|t| words.len() > t.len()).find_map(|t| {
        let lead = words.len() - t.len();
        let place_words = &words[..lead];
        (words[lead..].iter().zip(t.iter()).all(|(w, t)| w == t)
            && place_words.iter().all(|w| !lexicon::is_connector(w) && !lexicon::is_organisation_head(w)))
        .then_some(lead)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tokens::tokens;

    /// The clue for the first occurrence of `name` in `text`.
    fn clue(text: &str, name: &str) -> Option<Clue> {
        let toks = tokens(text);
        let start = text.find(name).unwrap();
        let end = start + name.len();
        let a = toks.iter().position(|t| t.start == start).unwrap();
        let b = toks.iter().position(|t| t.end == end || (t.possessive && t.start + t.text.len() == end)).unwrap() + 1;
        around(text, &toks, a, b)
    }

    const PLACE: Option<EntityKind> = Some(EntityKind::Place);
    const ORG: Option<EntityKind> = Some(EntityKind::Organisation);

    #[test]
    fn prepositions_and_nouns_of_place() {
        assert_eq!(clue("The deal was signed in Elvas on Friday.", "Elvas"), Some((EntityKind::Place, 2)));
        assert_eq!(clue("It will not help the fishermen of Mértola this winter.", "Mértola").map(|c| c.0), PLACE);
        assert_eq!(clue("Slips closed the road north of Wairoa until 9pm.", "Wairoa").map(|c| c.0), PLACE);
        assert_eq!(clue("Water would flow from Alqueva to Spanish towns.", "Alqueva"), Some((EntityKind::Place, 2)));
        assert_eq!(clue("Posts run from Cairns to Albany now.", "Albany").map(|c| c.0), PLACE);
        assert_eq!(clue("The flow measured at Pomarão, where the river turns.", "Pomarão").map(|c| c.0), PLACE);
        assert_eq!(clue("a Columbus-based maker of fryers", "Columbus").map(|c| c.0), PLACE);
    }

    #[test]
    fn place_nouns_after_and_businesses_a_place_qualifies() {
        assert_eq!(clue("The Tagus river is low this year.", "Tagus"), Some((EntityKind::Place, 2)));
        assert_eq!(clue("He fled El Fasher, in Sudan's Darfur region, in May.", "Darfur").map(|c| c.0), PLACE);
        // (A possessive owns the noun: the clue comes from what it owns, if anything.)
        assert_eq!(clue("Vietnam's capital was quiet.", "Vietnam"), None);
        assert_eq!(clue("The Bellevue startup raised money.", "Bellevue"), Some((EntityKind::Place, 2)));
        assert_eq!(clue("a Cambridge drugmaker said", "Cambridge").map(|c| c.0), PLACE);
        // (Not a group a person's name qualifies, nor an acronym's firm.)
        assert_eq!(clue("The Adani group denied it.", "Adani"), None);
        assert_eq!(clue("The BHP miner denied it.", "BHP"), None);
    }

    #[test]
    fn at_is_a_weak_clue_of_place_unless_someone_works_there() {
        assert_eq!(clue("Migrants crossed at Paso Canoas on Tuesday.", "Paso Canoas"), Some((EntityKind::Place, 1)));
        assert_eq!(clue("She worked at Glassbox for years.", "Glassbox"), None);
        assert_eq!(clue("A production supervisor at Shapla Knit said so.", "Shapla Knit"), None);
        assert_eq!(clue("Forecasters at Environment Canada expect rain.", "Environment Canada"), None);
        assert_eq!(clue("an analyst at Brightline Research", "Brightline Research").map(|c| c.0), ORG);
    }

    #[test]
    fn a_stake_in_a_firm_is_no_place() {
        assert_eq!(clue("The fund bought a stake in Pinecrest last year.", "Pinecrest").map(|c| c.0), ORG);
        assert_eq!(clue("It has confidence in Pinecrest now.", "Pinecrest"), None);
    }

    #[test]
    fn appositives_say_what_a_name_is() {
        assert_eq!(appositive_kind(", a Spanish town that Lisbon claims"), PLACE);
        assert_eq!(appositive_kind(", the Danish drugmaker behind the trial,"), ORG);
        assert_eq!(appositive_kind(", a rival maker of outdoor cookers,"), ORG);
        assert_eq!(appositive_kind(", an app made by the start-up Crateworks"), Some(EntityKind::Other));
        assert_eq!(appositive_kind(", a listed company headquartered in Oslo"), ORG);
        assert_eq!(appositive_kind(", the drug at the heart of the trial"), Some(EntityKind::Other));
        // A person's role is no kind noun; neither is a name inside the phrase.
        assert_eq!(appositive_kind(", a fisherman who has lived there"), None);
        assert_eq!(appositive_kind(", the head of Osinergmin,"), None);
        assert_eq!(appositive_kind(", a Spanish Town"), None);
        assert_eq!(appositive_kind(", a Spanish town (pop. 5,000),"), PLACE);
        assert_eq!(appositive_kind(", the city and its police chief as defendants"), None);
        assert_eq!(appositive_kind(" said the town"), None);
    }

    #[test]
    fn a_kind_noun_before_the_name() {
        assert_eq!(clue("Shares of the drugmaker Sorrel Pharma fell.", "Sorrel Pharma").map(|c| c.0), ORG);
        assert_eq!(clue("It approved the app YardPilot for sale.", "YardPilot").map(|c| c.0), Some(EntityKind::Other));
        // A trade before a person's name is no firm: "policy maker Ana Ruiz".
        assert_eq!(clue("The veteran policy maker Ana Ruiz spoke.", "Ana Ruiz"), None);
    }

    #[test]
    fn appositives_before_the_name() {
        assert_eq!(clue("The mining regulator, Osinergmin, said so.", "Osinergmin").map(|c| c.0), ORG);
        assert_eq!(clue("Peru's labour inspection agency, Sunafil, said so.", "Sunafil").map(|c| c.0), ORG);
        // The head comes before a preposition: the owner is a person.
        assert_eq!(clue("The owner of the bakery chain, John Harris, declined.", "John Harris"), None);
        // A list is no appositive; a quotation mark before it is a break.
        assert_eq!(clue("“The Salt Wives” runs, Harbourlight, said.", "Harbourlight"), None);
        assert_eq!(clue("He met the minister, Osinergmin and others.", "Osinergmin"), None);
    }

    #[test]
    fn staff_and_makers_belong_to_firms() {
        assert_eq!(clue("said an analyst at Brightline Research in Boston", "Brightline Research").map(|c| c.0), ORG);
        assert_eq!(clue("A spokesperson for Alberta Education said", "Alberta Education").map(|c| c.0), ORG);
        assert_eq!(clue("and cathode maker Hanbit Chemical lost 2.7%", "Hanbit Chemical").map(|c| c.0), ORG);
        assert_eq!(clue("Shares in Nordhav closed down", "Nordhav").map(|c| c.0), ORG);
    }

    #[test]
    fn place_endings_are_a_weak_clue() {
        assert_eq!(clue("Crowds cheered Merrillville on Friday.", "Merrillville"), Some((EntityKind::Place, 1)));
        assert_eq!(clue("Crowds cheered Halvorsen on Friday.", "Halvorsen"), None);
    }

    #[test]
    fn what_a_possessive_name_owns() {
        assert_eq!(clue("Pinecrest's revenue rose 11%.", "Pinecrest").map(|c| c.0), ORG);
        assert_eq!(clue("Elon Musk's shares fell.", "Elon Musk"), None);
        assert_eq!(clue("Then Fremantle's mayor spoke.", "Fremantle").map(|c| c.0), PLACE);
        assert_eq!(clue("Sarah Whitfield-Ng, Dover's Labour MP, spoke.", "Dover").map(|c| c.0), PLACE);
        let words = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(served_place(&words("pittington parish council")), Some(1));
        assert_eq!(served_place(&words("rhondda cynon taf council")), Some(3));
        assert_eq!(served_place(&words("council of europe")), None);
        assert_eq!(clue("Then Lennie's widower spoke.", "Lennie").map(|c| c.0), Some(EntityKind::Person));
    }

    #[test]
    fn votes_prefer_the_document_then_the_corpus() {
        let key = vec!["elvas".to_string()];
        let mut votes = Votes::default();
        votes.add(0, &key, (EntityKind::Place, 2));
        votes.add(0, &key, (EntityKind::Place, 1));
        votes.add(1, &key, (EntityKind::Organisation, 3));
        assert_eq!(votes.tally(0, &key).winner(), PLACE);
        assert_eq!(votes.tally(1, &key).winner(), ORG);
        // A document with no clue of its own takes the corpus's: 3 for a place, 3 for a body.
        assert_eq!(votes.tally(2, &key).winner(), None);
        votes.add(3, &key, (EntityKind::Place, 1));
        assert_eq!(votes.tally(2, &key).winner(), PLACE);
        assert_eq!(votes.tally(2, &key).thing(), Some((EntityKind::Place, 4)));
    }

    #[test]
    fn an_age_makes_a_person() {
        assert_eq!(
            clue("Darren Whitlock, 54, of Bramhall Lane admitted it.", "Darren Whitlock").map(|c| c.0),
            Some(EntityKind::Person)
        );
    }
}
