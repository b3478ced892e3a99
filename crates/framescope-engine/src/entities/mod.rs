//! Named entities: people, organisations, places and other named things (laws,
//! programmes, agreements, strategies, events), found in article titles and bodies —
//! never in page chrome — and merged within and across articles.
//!
//! 1. [`candidates`]: capitalised runs, split by titles into role and name, typed by head
//!    nouns, the gazetteer, abbreviations and acronyms, with the cues around them.
//! 2. Resolution here: people need a cue (a title, a verb of speech, a speaker label, an
//!    appositive role) or a name whose words the corpus never writes in lower case (so
//!    "Border Security Cooperation" in a headline is not a person); single words and
//!    sentence openers are kept only when they are a known person's surname, a place or
//!    an acronym; a title's long tail ends in the known name it holds.
//! 3. Merging: people by full name and by surname (a name that ends another is the
//!    same person, if only one person fits); organisations by acronym (defined in the
//!    text, or the initials of a name) and by a name that is a shorter form of another
//!    with the same head; places by their gazetteer spelling.

mod candidates;
mod evidence;
mod gazetteer;
mod lexicon;
mod quotes;
mod roles;
mod tokens;

pub use quotes::{category_of, extract_quotes};

use candidates::{candidates, Candidate, Guess};
use framescope_core::text::fold;
use framescope_core::{BlockRole, Document, Entity, EntityKind, Mention};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Known full names of people, indexed by each word so that a surname finds its person
/// without a scan of every name (corpora of tens of thousands of articles).
struct People {
    names: Vec<Vec<String>>,
    by_word: HashMap<String, Vec<usize>>,
    /// Names written family name first, which their first word shortens ("Park" of Park
    /// Ji-hoon).
    family_first: HashSet<Vec<String>>,
}

/// Whether a name is written family name first, as Korean names are in English: two
/// words, the second a given name of syllables joined by a hyphen, the later ones in lower
/// case ("Park Ji-hoon", "Han Seo-yeon"; not "Sarah Whitfield-Ng").
fn family_name_first(words: &[String]) -> bool {
    let [_, given] = words else { return false };
    let mut syllables = given.split('-');
    let first = syllables.next().unwrap_or("");
    let short = |s: &str| (1..=5).contains(&s.chars().count());
    let rest: Vec<&str> = syllables.collect();
    short(first)
        && first.starts_with(char::is_uppercase)
        && !rest.is_empty()
        && rest.iter().all(|s| short(s) && s.chars().all(char::is_lowercase))
}

impl People {
    fn new(mut names: Vec<Vec<String>>, family_first: HashSet<Vec<String>>) -> Self {
        names.sort();
        names.dedup();
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, n) in names.iter().enumerate() {
            for w in n {
                let list = by_word.entry(w.clone()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        People { names, by_word, family_first }
    }

    /// Full names that are `words`, end with them, or hold them after the first name.
    fn fitting(&self, words: &[String]) -> Vec<&Vec<String>> {
        let Some(last) = words.last() else { return Vec::new() };
        self.by_word
            .get(last)
            .into_iter()
            .flatten()
            .map(|&i| &self.names[i])
            .filter(|p| {
                **p == words
                    || ends_with(p, words)
                    || contains_run(p, words)
                    || shortens(p, words)
                    || (words.len() == 1 && p[0] == words[0] && self.family_first.contains(*p))
            })
            .collect()
    }

    fn contains(&self, words: &[String]) -> bool {
        self.names.binary_search_by(|n| n.as_slice().cmp(words)).is_ok()
    }
}

/// Whether `short` is the full name `full` less middle names, initials or a second
/// surname: "Josué Cálix" of Josué Fernando Cálix, "Gonzalo de la Puente" of Gonzalo de la
/// Puente Arce. The first name must be the same and the short form keep at least one other
/// word; a generational suffix is never dropped ("Donald Trump" is not Donald Trump Jr.).
fn shortens(full: &[String], short: &[String]) -> bool {
    if short.len() < 2 || short.len() >= full.len() || short[0] != full[0] {
        return false;
    }
    let suffix = |w: &String| matches!(w.trim_end_matches('.'), "jr" | "sr" | "ii" | "iii" | "iv");
    // (In order: each word of the short form found after the previous one.)
    let mut at = 1;
    for w in &short[1..] {
        match full[at..].iter().position(|f| f == w) {
            Some(k) => at += k + 1,
            None => return false,
        }
    }
    // What is left after the short form's last word: nothing, one surname, or a
    // patronymic ("Nurul Huda" of Nurul Huda binti Ahmad, "Anwar" … "bin Ibrahim").
    let rest = &full[at..];
    let patronymic = rest.first().is_some_and(|w| matches!(w.as_str(), "bin" | "binti" | "binte" | "bint" | "ibn"));
    !full.iter().any(suffix) && (rest.len() <= 1 || patronymic)
}

/// A resolved mention before merging.
#[derive(Debug, Clone)]
struct Found {
    mention: Mention,
    kind: EntityKind,
    /// Words of the name as written.
    words: Vec<String>,
    /// The canonical form when the written form abbreviates it.
    expands_to: Option<String>,
    acronym: Option<String>,
    role: Option<String>,
    /// Kept only because capitals mark it as a name (no cue of its kind): a short form
    /// that may belong to a longer name of its document.
    uncued: bool,
    /// A noun says what it is, and it is no person ("Amina, the Nairobi start-up"): it
    /// never joins a person's name, whatever given name it shares.
    thing: bool,
}

/// Finds and merges the entities of the documents' titles and bodies.
pub fn extract_entities(docs: &[Document]) -> Vec<Entity> {
    let lowercase_words = lowercase_vocabulary(docs);
    // Pass 1: candidates per block.
    let mut all: Vec<(Mention, Candidate, bool)> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for (b, block) in doc.blocks.iter().enumerate() {
            let is_title = block.role == BlockRole::Title;
            if !(is_title || block.role.is_article_text()) {
                continue;
            }
            for c in candidates(&block.text) {
                let mention = Mention { doc: d as u32, block: b as u32, start: c.start as u32, end: c.end as u32 };
                // Headlines capitalise every word: only names the body confirms count there.
                let weak = is_title || block.role == BlockRole::Heading;
                all.push((mention, c, weak));
            }
        }
    }
    // Clues to each name's kind from the words around its mentions.
    let votes = kind_votes(docs, &all);
    // A person-shaped name its clues make a thing: "Sorrel Pharma, the Danish drugmaker",
    // "the regulator Osinergmin … Osinergmin said". A title or a role keeps a person.
    let non_person_kind = |doc: u32, c: &Candidate| -> Option<EntityKind> {
        // (One clue is enough against a name with no cue that no given name opens: "in
        // Nowa Dęba", "the Kapitan Andreevo crossing".)
        let given = c.words.first().is_some_and(|w| lexicon::is_given_name(w));
        let needed = match c.guess {
            Guess::Person { cue: false } if !given => 1,
            Guess::Person { cue: false } => 2,
            Guess::Person { cue: true } if c.role.is_none() => 3,
            _ => return None,
        };
        let tally = votes.tally(doc, &folded(&c.words));
        let (kind, weight) = tally.thing()?;
        // (A given name opening it yields only to a noun saying what it is: "a letter from
        // Jane Doherty" keeps a person.)
        let strong_enough = !given || tally.named_as(kind);
        (tally.of(EntityKind::Person) == 0 && weight >= needed && strong_enough).then_some(kind)
    };
    // The first words of the organisations each document names with two words or more:
    // such words alone, even before "said", are the organisation's short name, not a
    // person's ("Halvorsen Labs … Halvorsen said", "Halden Bell Therapeutics … Halden Bell
    // said"), unless a person they fit is known.
    let mut firm_openers: HashMap<(u32, Vec<String>), HashSet<Vec<String>>> = HashMap::new();
    for (m, c, weak) in &all {
        if !weak && c.words.len() >= 2 && c.guess == Guess::Kind(EntityKind::Organisation) {
            let name = folded(&c.words);
            // (Only short forms of one or two words are looked up.)
            for n in 1..name.len().min(3) {
                firm_openers.entry((m.doc, name[..n].to_vec())).or_default().insert(name.clone());
            }
        }
    }
    // (Not a person's name that a body is named after: "Tony Blair Institute … Tony Blair said".)
    let firm_opener = |doc: u32, key: &[String]| {
        (key.len() == 1 || (key.len() == 2 && !lexicon::is_folded_given_name(&key[0])))
            && firm_openers.get(&(doc, key.to_vec())).is_some_and(|names| names.len() == 1)
    };
    // Pass 2: the people the text vouches for.
    let mut people: Vec<Vec<String>> = Vec::new();
    let mut family_first: HashSet<Vec<String>> = HashSet::new();
    for (m, c, weak) in &all {
        if *weak || non_person_kind(m.doc, c).is_some() || firm_opener(m.doc, &folded(&c.words)) {
            continue;
        }
        let vouched = match c.guess {
            Guess::Person { cue } => {
                // (A surname the text also writes as a word, "Tobias Frank, 44," beside "a
                // frank statement", is vouched for by a clue that it is a person's.)
                let clued = || {
                    c.words.first().is_some_and(|w| lexicon::is_given_name(w))
                        && votes.tally(m.doc, &folded(&c.words)).of(EntityKind::Person) > 0
                };
                cue || (c.words.len() >= 2 && (c.words.iter().all(|w| !lowercase_words.contains(&fold(w))) || clued()))
            }
            _ => false,
        };
        if vouched && c.words.len() >= 2 {
            people.push(folded(&c.words));
            if family_name_first(&c.words) {
                family_first.insert(folded(&c.words));
            }
        }
    }
    // The surnames of the people each document names in full: a one-word region that is
    // one of them, in that document, is the person ("Herrera", not Panama's province;
    // "Washington" stays a place in an article that names no Washington).
    let surnames_here: HashSet<(u32, String)> = all
        .iter()
        .filter(|(_, c, weak)| !weak && c.words.len() >= 2 && matches!(c.guess, Guess::Person { .. }))
        .filter_map(|(m, c, _)| c.words.last().map(|w| (m.doc, fold(w))))
        .collect();
    // … of those a cue or a given name vouches for ("Tomás Ibarra", not "Luas Cork").
    let vouched_surnames_here: HashSet<(u32, String)> = all
        .iter()
        .filter(|(_, c, weak)| {
            !weak
                && c.words.len() >= 2
                && matches!(c.guess, Guess::Person { .. })
                && (lexicon::is_given_name(&c.words[0])
                    // (A role must name a person's trade: "Luas Cork, the planned light-rail
                    // line" is no one.)
                    || (c.guess == (Guess::Person { cue: true })
                        && c.role.as_deref().is_none_or(|r| r.split(' ').next_back().is_some_and(roles::person_noun))))
        })
        .filter_map(|(m, c, _)| c.words.last().map(|w| (m.doc, fold(w))))
        .collect();
    // … and their given names.
    let given_here: HashSet<(u32, String)> = all
        .iter()
        .filter(|(_, c, weak)| !weak && c.words.len() >= 2 && c.guess == (Guess::Person { cue: true }))
        .map(|(m, c, _)| (m.doc, fold(&c.words[0])))
        .collect();
    let people = People::new(people, family_first);
    // The one-word names each document makes the subject of a verb of speech.
    let speakers_here: HashSet<(u32, String)> = all
        .iter()
        .filter(|(m, c, _)| c.words.len() == 1 && speaks(docs, m))
        .map(|(m, c, _)| (m.doc, fold(&c.words[0])))
        .collect();
    // … and those it says a person's things of: "Ferreira was arrested".
    let people_here: HashSet<(u32, String)> = all
        .iter()
        .filter(|(m, c, _)| c.words.len() == 1 && has_personal_predicate(docs, m))
        .map(|(m, c, _)| (m.doc, fold(&c.words[0])))
        .collect();
    // The first words of the bodies' names each document writes in full.
    let opens_body: HashSet<(u32, String)> = all
        .iter()
        .filter(|(_, c, _)| {
            c.words.len() >= 2 && matches!(c.guess, Guess::Kind(EntityKind::Organisation | EntityKind::Other))
        })
        .map(|(m, c, _)| (m.doc, fold(&c.words[0])))
        .collect();

    // Names each document writes mid-sentence, where capitals mark a name: the same words
    // opening a sentence are that name too ("MetService said" after "a MetService warning").
    let named_mid_sentence: HashSet<(u32, Vec<String>)> = all
        .iter()
        .filter(|(_, c, weak)| !weak && !c.opens_sentence && matches!(c.guess, Guess::Uncued | Guess::Kind(_)))
        .map(|(m, c, _)| (m.doc, folded(&c.words)))
        .collect();
    // One-word names a cue makes a person, per document (elsewhere the word may be another's).
    let single_people: HashSet<(u32, String)> = all
        .iter()
        .filter(|(m, c, weak)| {
            !weak
                && c.words.len() == 1
                && c.guess == Guess::Person { cue: true }
                && !firm_opener(m.doc, &folded(&c.words))
                // (Not one its clues make a thing: "told Tidewatch that" after "welcome to
                // Tidewatch".)
                && non_person_kind(m.doc, c).is_none()
        })
        .map(|(m, c, _)| (m.doc, fold(&c.words[0])))
        .collect();

    // Names headed as programmes or events that speak in their document are bodies: "The
    // Cork Business Forum, which represents 1,200 firms, said" (a forum, a network or an
    // initiative may be either; only a body says things).
    let speaking_things: HashSet<(u32, Vec<String>)> = all
        .iter()
        .filter(|(m, c, weak)| !weak && c.guess == Guess::Kind(EntityKind::Other) && speaks_through_clause(docs, m))
        .map(|(m, c, _)| (m.doc, folded(&c.words)))
        .collect();

    // Firms named with their legal form somewhere ("Qorvane Inc."): the bare name is the
    // firm too, not a person ("Qorvane said", "Halvorsen Freight shares").
    // (Whatever the first guess: a legal form makes a firm, "Minera Cóndor Blanco S.A.A.")
    // (A person-shaped one too, its form capitalised and no given name: "Pohjoisvoima Oy
    // said".)
    let firms: HashSet<Vec<String>> = all
        .iter()
        .filter(|(_, c, _)| match c.guess {
            Guess::Kind(EntityKind::Organisation) | Guess::Uncued => true,
            Guess::Person { .. } => {
                c.words.last().is_some_and(|w| w.starts_with(char::is_uppercase) && !lexicon::is_given_name(w))
            }
            _ => false,
        })
        .filter_map(|(_, c, _)| without_legal_form(&folded(&c.words)).map(<[String]>::to_vec))
        .collect();

    // Acronyms the text defines for a lower-case phrase name no entity ("respiratory
    // syncytial virus (RSV)", "individualised education programs (IEPs)").
    let common_acronyms = common_acronyms(docs);

    // Pass 3: resolve every candidate to a kind, or drop it.
    let mut found: Vec<Found> = Vec::new();
    for (mention, c, weak) in all {
        let key = folded(&c.words);
        let known_person = |words: &[String]| !people.fitting(words).is_empty();
        let mut uncued = false;
        let mut thing = false;
        let guess = match non_person_kind(mention.doc, &c) {
            Some(kind) if !known_person(&key) => Guess::Kind(kind),
            // (Kept as a short form, to join its organisation.)
            _ if matches!(c.guess, Guess::Person { .. }) && firm_opener(mention.doc, &key) && !known_person(&key) => {
                uncued = true;
                Guess::Kind(EntityKind::Organisation)
            }

            _ => c.guess.clone(),
        };
        let resolved: Option<(EntityKind, Vec<String>, Mention)> = match &guess {
            // A one-word place that is a known person's surname is that person ("Herrera"
            // the surname, not the Panamanian province); one the corpus writes as an
            // everyday word is no place ("Delta", "Chin").
            // (A city's name too where no preposition of place takes it: "Tomás Ibarra …
            // Ibarra broke early", not "in Ibarra".)
            Guess::Kind(EntityKind::Place)
                if c.words.len() == 1
                    && ((gazetteer::is_region(&c.words[0])
                        && surnames_here.contains(&(mention.doc, key[0].clone())))
                        || (!gazetteer::is_country(&c.words[0])
                            && !placed(docs, &mention)
                            && vouched_surnames_here.contains(&(mention.doc, key[0].clone())))) =>
            {
                (!weak).then(|| (EntityKind::Person, c.words.clone(), mention))
            }
            // … and one that is the given name of a person named in full in its document
            // is that person too where it speaks or owns ("Mary Kilbride … Mary said", not
            // Mary in Turkmenistan; "in Florence" stays a place), unless it names a country
            // ("Georgia").
            Guess::Kind(EntityKind::Place)
                if c.words.len() == 1
                    && !gazetteer::is_country(&c.words[0])
                    && given_here.contains(&(mention.doc, key[0].clone()))
                    && speaks_or_owns(docs, &mention) =>
            {
                uncued = true;
                (!weak).then(|| (EntityKind::Person, c.words.clone(), mention))
            }
            Guess::Kind(EntityKind::Other) if speaking_things.contains(&(mention.doc, key.clone())) => {
                Some((EntityKind::Organisation, c.words.clone(), mention))
            }
            Guess::Kind(EntityKind::Place)
                if c.words.len() == 1 && gazetteer::is_region(&c.words[0]) && lowercase_words.contains(&key[0]) =>
            {
                None
            }
            Guess::Kind(_) if c.words.len() == 1 && common_acronyms.contains(&(mention.doc, c.words[0].clone())) => {
                None
            }
            Guess::Kind(kind) => {
                let acronym_only = c.words.len() == 1 && c.words[0].chars().all(|ch| ch.is_uppercase());
                (!weak || *kind == EntityKind::Place || acronym_only || !c.opens_sentence)
                    .then(|| (*kind, c.words.clone(), mention))
            }
            Guess::Person { .. } | Guess::Uncued
                if firms.contains(&key) || without_legal_form(&key).is_some_and(|k| firms.contains(k)) =>
            {
                Some((EntityKind::Organisation, c.words.clone(), mention))
            }
            Guess::Person { cue } => {
                let ok = if weak {
                    known_person(&key)
                } else if c.words.len() == 1 {
                    // "Analysts said …": a word the corpus writes in lower case, opening a
                    // sentence, is a common noun even before a verb of speech.
                    let common_noun = c.opens_sentence
                        && (lowercase_words.contains(&key[0]) || lexicon::is_everyday_word(&c.words[0]));
                    (*cue && !common_noun) || known_person(&key)
                } else {
                    *cue || people.contains(&key) || known_person(&key)
                };
                ok.then(|| (EntityKind::Person, c.words.clone(), mention))
            }
            Guess::PersonAtEnd => {
                // The longest tail that is a known person, else the last two words if they
                // look like no everyday words ("Secretary of Homeland Security" has no name).
                let n = c.words.len();
                let known = (1..n).find(|&k| people.contains(&key[k..]));
                let tail = known.unwrap_or(n.saturating_sub(2).max(1));
                // (Nor does "Minister of Emergency Management": a tail of everyday words
                // is a portfolio unless a given name opens it.)
                let plausible = known.is_some()
                    || (key[tail..].iter().all(|w| !lowercase_words.contains(w))
                        && c.words.get(tail).is_some_and(|first| {
                            lexicon::is_given_name(first)
                                || !c.words[tail..].iter().any(|w| lexicon::is_everyday_word(w))
                        }));
                let words: Vec<String> = c.words[tail..].to_vec();
                let skipped: usize = c.words[..tail].iter().map(|w| w.len() + 1).sum();
                let m = Mention { start: mention.start + skipped as u32, ..mention };
                (plausible && !words.is_empty() && !weak).then_some((EntityKind::Person, words, m))
            }
            Guess::Uncued => {
                if known_person(&key) || (key.len() == 1 && single_people.contains(&(mention.doc, key[0].clone()))) {
                    Some((EntityKind::Person, c.words.clone(), mention))
                } else {
                    // Mid-sentence capitals mark a name, unless the corpus writes the
                    // word in lower case too (a heading's or a slogan's capitals).
                    let everyday = key.len() == 1 && lowercase_words.contains(&key[0]);
                    uncued = true;
                    // The kind its clues in the document, else the corpus, favour; else a
                    // given name used alone is a person ("Ruth"), else a body.
                    let tally = votes.tally(mention.doc, &key);
                    let given = key.len() == 1
                        && lexicon::is_given_name(&c.words[0])
                        && !lexicon::is_everyday_word(&c.words[0]);
                    // (One word with no clue at all is more often a place than a body, unless
                    // it opens a body's name in its document, "Lenwood" of Lenwood Fruit
                    // Farms, or is the given name of someone named there in full.)
                    // (Nor does a word with capitals inside, a brand's ("MetService"), nor one
                    // that speaks in its document: places do not say things.)
                    let single_word = key.len() == 1
                        && !c.words[0].chars().skip(1).any(char::is_uppercase)
                        // (A plural is a team's or a band's: "the Proteas", "the Ironhorses".)
                        && (!key[0].ends_with('s') || key[0].ends_with("ss"))
                        && !opens_body.contains(&(mention.doc, key[0].clone()))
                        && !speakers_here.contains(&(mention.doc, key[0].clone()));
                    let given = given
                        || (key.len() == 1
                            && (given_here.contains(&(mention.doc, key[0].clone()))
                                || people_here.contains(&(mention.doc, key[0].clone()))));
                    let kind = tally.winner().unwrap_or(if given {
                        EntityKind::Person
                    } else if single_word {
                        EntityKind::Place
                    } else {
                        EntityKind::Organisation
                    });
                    thing = kind != EntityKind::Person && tally.named_as(kind);
                    // (A sentence's first word is a name too when clues elsewhere say what it
                    // names: "Elvas settles an old quarrel" after "signed in Elvas".)
                    let vouched = tally.winner().is_some_and(|k| tally.of(k) >= 2)
                        || named_mid_sentence.contains(&(mention.doc, key.clone()));
                    (!weak && (!c.opens_sentence || vouched) && !everyday).then(|| (kind, c.words.clone(), mention))
                }
            }
        };
        if let Some((kind, words, mention)) = resolved {
            // A role that ran into the name's tail ("Secretary" + "of State") takes the tail.
            let role = match (&c.guess, &c.role) {
                (Guess::PersonAtEnd, Some(r)) => {
                    let extra = c.words.len() - words.len();
                    Some(
                        std::iter::once(r.clone())
                            .chain(c.words[..extra].iter().cloned())
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
                }
                _ => c.role.clone(),
            };
            let mention = Mention { end: mention.start + words.join(" ").len() as u32, ..mention };
            let end = if c.words.len() == words.len() { c.end as u32 } else { mention.end };
            found.push(Found {
                mention: Mention { end: end.max(mention.start), ..mention },
                kind,
                words,
                // (A person goes by their own name, never a gazetteer spelling.)
                expands_to: if kind == EntityKind::Person { None } else { c.expands_to.clone() },
                acronym: c.acronym.clone(),
                role,
                uncued,
                thing,
            });
        }
    }
    outlet_mentions(docs, &mut found);
    merge(docs, found, &people)
}

/// The outlet naming itself in its own article: in full ("Hub City News 8") or by the last
/// word of its name after "the" ("told the Echo" in The Valleys Echo, "the Tribune said").
/// Such a mention is the outlet, whatever else the words looked like: the names found
/// over it are dropped (in one pass, so a large corpus is not rescanned per mention).
fn outlet_mentions(docs: &[Document], found: &mut Vec<Found>) {
    let mut outlets: Vec<Found> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let Some(outlet) = doc.outlet.value.as_deref() else { continue };
        let name = outlet.strip_prefix("The ").unwrap_or(outlet);
        let words: Vec<String> = name.split_whitespace().map(str::to_string).collect();
        let Some(last) = words.last().filter(|w| words.len() >= 2 && w.starts_with(char::is_uppercase)) else {
            continue;
        };
        let short = format!("the {last}");
        for (b, block) in doc.blocks.iter().enumerate().filter(|(_, b)| b.role.is_article_text()) {
            let text = block.text.as_str();
            let whole = |at: usize, len: usize| {
                let before = text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let after = text[at + len..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                before && after
            };
            let mut spans: Vec<(usize, usize)> = text
                .match_indices(name)
                .filter(|(at, _)| whole(*at, name.len()))
                .map(|(at, _)| (at, at + name.len()))
                .collect();
            // ("the Echo", not "The Echo" opening a sentence, which may be any echo.)
            for (at, _) in text.match_indices(&short).filter(|(at, _)| whole(*at, short.len())) {
                let start = at + "the ".len();
                if !spans.iter().any(|&(s, e)| s <= start && start < e) {
                    spans.push((start, start + last.len()));
                }
            }
            outlets.extend(spans.into_iter().map(|(start, end)| Found {
                mention: Mention { doc: d as u32, block: b as u32, start: start as u32, end: end as u32 },
                kind: EntityKind::Organisation,
                words: words.clone(),
                expands_to: None,
                acronym: None,
                role: None,
                uncued: false,
                thing: false,
            }));
        }
    }
    if outlets.is_empty() {
        return;
    }
    let mut by_block: HashMap<(u32, u32), Vec<(u32, u32)>> = HashMap::new();
    for o in &outlets {
        by_block.entry((o.mention.doc, o.mention.block)).or_default().push((o.mention.start, o.mention.end));
    }
    found.retain(|f| {
        let m = &f.mention;
        by_block.get(&(m.doc, m.block)).is_none_or(|spans| spans.iter().all(|&(s, e)| m.end <= s || e <= m.start))
    });
    found.extend(outlets);
}

/// The clues to each name's kind: those of its mentions' surroundings, the kind its own
/// words give it elsewhere ("Elvas" the gazetteer knows), and, for names listed together
/// ("Mértola and Alcoutim", "Dadar, Parel and Thane"), a place's clue to the names beside
/// it that have none.
fn kind_votes(docs: &[Document], all: &[(Mention, Candidate, bool)]) -> evidence::Votes {
    let mut votes = evidence::Votes::default();
    for (m, c, weak) in all {
        let key = folded(&c.words);
        if let Some(clue) = c.clue {
            votes.add(m.doc, &key, clue);
        }
        if let Guess::Kind(kind) = c.guess {
            if !weak {
                votes.add(m.doc, &key, (kind, 3));
            }
            // "Pittington Parish Council": Pittington is a place.
            if let Some(lead) = (kind == EntityKind::Organisation).then(|| evidence::served_place(&key)).flatten() {
                votes.add(m.doc, &key[..lead], (EntityKind::Place, 2));
            }
        }
    }
    // Names side by side in a list, in reading order: joined by "and" or "or", or by
    // commas in a list that ends with one ("Dadar, Parel and Thane"; not a sign-off's
    // "David Okafor, Radio Boreal News, Fort St. John").
    let gap = |pair: &[(Mention, Candidate, bool)]| -> Option<&str> {
        let (a, b) = (&pair[0].0, &pair[1].0);
        if a.doc != b.doc || a.block != b.block {
            return None;
        }
        let text = docs.get(a.doc as usize)?.blocks.get(a.block as usize)?.text.as_str();
        text.get(a.end as usize..b.start as usize)
    };
    let gaps: Vec<Option<&str>> = all.windows(2).map(gap).collect();
    let mut listed: Vec<(u32, Vec<String>, Vec<String>)> = Vec::new();
    for (i, pair) in all.windows(2).enumerate() {
        let ends_list = |g: Option<&str>| matches!(g, Some(" and " | ", and " | " or " | ", or "));
        // (The first gap after the run of commas must end the list.)
        let commas_after = gaps[i + 1..].iter().take_while(|g| **g == Some(", ")).count();
        let comma_list = gaps[i] == Some(", ") && gaps.get(i + 1 + commas_after).copied().is_some_and(ends_list);
        // (Not into a clause of its own: "in Lisbon and Ferreira was arrested".)
        let second = &pair[1].0;
        let then_verb = docs
            .get(second.doc as usize)
            .and_then(|d| d.blocks.get(second.block as usize))
            .and_then(|b| b.text.get(second.end as usize..))
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|w| {
                matches!(w, "was" | "were" | "is" | "are" | "has" | "had" | "will" | "would" | "said" | "says")
            });
        if (ends_list(gaps[i]) || comma_list) && !then_verb {
            listed.push((pair[0].0.doc, folded(&pair[0].1.words), folded(&pair[1].1.words)));
        }
    }
    // (Forwards, then backwards, so that a clue runs the length of a list.)
    for pairs in [listed.iter().collect::<Vec<_>>(), listed.iter().rev().collect()] {
        for (doc, a, b) in pairs {
            for (from, to) in [(a, b), (b, a)] {
                let place = votes.tally(*doc, from).winner() == Some(EntityKind::Place);
                if place && votes.tally(*doc, to).winner().is_none() {
                    votes.add(*doc, to, (EntityKind::Place, 1));
                }
            }
        }
    }
    votes
}

/// Acronyms written in brackets right after lower-case words whose initials they are:
/// "respiratory syncytial virus (RSV)". A name's acronym follows capitals instead.
/// Kept per document: another article may spell the same letters as a name's acronym.
fn common_acronyms(docs: &[Document]) -> HashSet<(u32, String)> {
    let mut out = HashSet::new();
    let blocks = docs.iter().enumerate().flat_map(|(d, doc)| doc.blocks.iter().map(move |b| (d as u32, b)));
    for (d, block) in blocks.filter(|(_, b)| b.role.is_article_text()) {
        let text = block.text.as_str();
        for (open, _) in text.match_indices('(') {
            // (An acronym is short: look no further than a few characters.)
            let Some(close) = text[open..].char_indices().take(10).find(|&(_, c)| c == ')').map(|(c, _)| open + c)
            else {
                continue;
            };
            let acronym = &text[open + 1..close];
            let letters: Vec<char> = acronym.trim_end_matches('s').chars().collect();
            if letters.len() < 2 || letters.len() > 6 || !letters.iter().all(|c| c.is_ascii_uppercase()) {
                continue;
            }
            let before: Vec<&str> = text[..open].split_whitespace().rev().take(letters.len() + 2).collect();
            let content: Vec<&str> =
                before.into_iter().rev().filter(|w| !matches!(*w, "of" | "and" | "the" | "for")).collect();
            let tail = &content[content.len().saturating_sub(letters.len())..];
            let matches = tail.len() == letters.len()
                && tail.iter().zip(&letters).all(|(w, l)| w.starts_with(|c: char| c.to_ascii_uppercase() == *l))
                && tail.iter().all(|w| w.starts_with(char::is_lowercase));
            if matches {
                out.insert((d, acronym.to_string()));
            }
        }
    }
    out
}

fn folded(words: &[String]) -> Vec<String> {
    words.iter().map(|w| fold(w)).filter(|w| !w.is_empty()).collect()
}

/// `whole` ends with `part` ("Miguel Angel Osorio Chong" ends with "Osorio Chong").
fn ends_with(whole: &[String], part: &[String]) -> bool {
    !part.is_empty() && whole.len() >= part.len() && whole[whole.len() - part.len()..] == *part
}

/// `part` stands in `whole` after its first word ("Pena" in "Enrique Pena Nieto"): a
/// surname, never a first name.
fn contains_run(whole: &[String], part: &[String]) -> bool {
    whole.len() > part.len() && (1..=whole.len() - part.len()).any(|i| whole[i..i + part.len()] == *part)
}

/// Every word the article text writes in lower case somewhere: such words are everyday
/// words, so a capitalised run made of them is no one's name.
fn lowercase_vocabulary(docs: &[Document]) -> HashSet<String> {
    let mut out = HashSet::new();
    for doc in docs {
        for block in doc.body() {
            for w in framescope_core::text::words(&block.text) {
                if w.text.chars().next().is_some_and(char::is_lowercase) {
                    out.insert(fold(w.text));
                }
            }
        }
    }
    out
}

/// What only a person undergoes or does, right after a name: "Ferreira was arrested".
const PERSONAL_PREDICATES: &[&str] = &[
    " was arrested",
    " was charged",
    " was born",
    " was sentenced",
    " was jailed",
    " was convicted",
    " was acquitted",
    " was killed",
    " was injured",
    " pleaded",
    " died",
    " resigned",
];

/// Whether a mention is followed by a [`PERSONAL_PREDICATES`] entry.
fn has_personal_predicate(docs: &[Document], m: &Mention) -> bool {
    let rest = text_after(docs, m);
    PERSONAL_PREDICATES.iter().any(|p| rest.starts_with(p))
}

/// The text of a mention's block after the mention.
fn text_after<'a>(docs: &'a [Document], m: &Mention) -> &'a str {
    block_text(docs, m).get(m.end as usize..).unwrap_or("")
}

/// The text of the block a mention stands in.
fn block_text<'a>(docs: &'a [Document], m: &Mention) -> &'a str {
    docs.get(m.doc as usize).and_then(|d| d.blocks.get(m.block as usize)).map_or("", |b| b.text.as_str())
}

/// Whether a mention is a verb of speech's subject, "MetService said", or a source cited
/// with "according to": "According to Pemex, illegal taps rose".
fn speaks(docs: &[Document], m: &Mention) -> bool {
    let rest = text_after(docs, m);
    let next = rest.split_whitespace().next().unwrap_or("").trim_end_matches(|c: char| !c.is_alphabetic());
    let before = block_text(docs, m).get(..m.start as usize).unwrap_or("");
    let cited = ["according to ", "According to "].iter().any(|a| before.ends_with(a)) && rest.starts_with(',');
    (rest.starts_with(' ') && lexicon::is_speech_verb(next)) || cited
}

/// Whether a mention is a verb of speech's subject, directly or past a relative clause set
/// off by commas: "the Forum said", "The Forum, which represents 1,200 firms, said".
fn speaks_through_clause(docs: &[Document], m: &Mention) -> bool {
    let rest = text_after(docs, m);
    let past_clause = [", which ", ", who "].iter().any(|p| rest.starts_with(p))
        && rest[2..].find(", ").is_some_and(|i| {
            let clause = &rest[2..2 + i];
            let after = &rest[2 + i + 2..];
            !clause.contains(['.', ';', '"', '“'])
                && after.split_whitespace().next().is_some_and(|w| lexicon::is_speech_verb(w.trim_end_matches(',')))
        });
    speaks(docs, m) || past_clause
}

/// Whether a mention is a verb of speech's subject, a possessive or someone thanked ("Mary
/// said", "Mary's brother", "Thanks, Madison"): a person's use of a given name, not a
/// place's ("in Florence", "Gary, Indiana").
fn speaks_or_owns(docs: &[Document], m: &Mention) -> bool {
    let rest = text_after(docs, m);
    let before = block_text(docs, m).get(..m.start as usize).unwrap_or("");
    let thanked = ["Thanks, ", "Thank you, ", "thanks, ", "thank you, "].iter().any(|t| before.ends_with(t));
    rest.starts_with("'s ") || rest.starts_with("’s ") || speaks(docs, m) || thanked
}

/// Whether a preposition of place takes a mention: "in Ibarra", "from Madison".
fn placed(docs: &[Document], m: &Mention) -> bool {
    let before = block_text(docs, m).get(..m.start as usize).unwrap_or("");
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    before.ends_with(' ')
        && matches!(word.to_lowercase().as_str(), "in" | "near" | "from" | "at" | "outside" | "to" | "of" | "across")
}

/// Groups resolved mentions into entities.
fn merge(docs: &[Document], found: Vec<Found>, people: &People) -> Vec<Entity> {
    // Canonical key of each mention.
    let acronyms: HashMap<String, (Vec<String>, EntityKind)> =
        found.iter().filter_map(|f| f.acronym.as_ref().map(|a| (fold(a), (folded(&f.words), f.kind)))).collect();
    // Names in their own language that a definition gives with the acronym: "the National
    // Migration Institute (Instituto Nacional de Migración, INM)" names one body thrice.
    let natives: HashMap<Vec<String>, (Vec<String>, EntityKind)> = found
        .iter()
        .filter(|f| f.kind == EntityKind::Organisation || f.acronym.is_some())
        .filter_map(|f| {
            let block = docs.get(f.mention.doc as usize)?.blocks.get(f.mention.block as usize)?;
            let rest = block.text.get(f.mention.end as usize..)?.strip_prefix(" (")?;
            let inside = &rest[..rest.find(')')?];
            // (Or a body's native name alone: "the Stuttgart Regional Court (Landgericht
            // Stuttgart)"; capitalised words, with a particle or two between.)
            let native = match (inside.rsplit_once(", "), &f.acronym) {
                (Some((native, _)), Some(_)) => native,
                (_, None) => {
                    let words: Vec<&str> = inside.split(' ').collect();
                    let named = words.len() >= 2
                        && words.first().zip(words.last()).is_some_and(|(a, z)| {
                            a.starts_with(char::is_uppercase) && z.starts_with(char::is_uppercase)
                        })
                        && words.iter().all(|w| {
                            w.chars().all(char::is_alphabetic)
                                && (w.starts_with(char::is_uppercase) || w.chars().count() <= 3)
                        });
                    named.then_some(inside)?
                }
                _ => return None,
            };
            let native: Vec<String> = native.split_whitespace().map(fold).collect();
            Some((native, (folded(&f.words), f.kind)))
        })
        .collect();
    // Names of bodies and of other named things (a scheme's acronym: "the RESS, the
    // Renewable Electricity Support Scheme"), with their kinds.
    let (organisations, organisation_kinds): (Vec<Vec<String>>, Vec<EntityKind>) = {
        let mut v: Vec<(Vec<String>, EntityKind)> = found
            .iter()
            .filter(|f| matches!(f.kind, EntityKind::Organisation | EntityKind::Other) && f.words.len() > 1)
            .map(|f| (folded(&f.words), f.kind))
            .collect();
        v.sort();
        v.dedup_by(|a, b| a.0 == b.0);
        v.into_iter().unzip()
    };
    // The one-word places each document names.
    let places_named: HashSet<(u32, String)> = found
        .iter()
        .filter(|f| f.kind == EntityKind::Place && f.words.len() == 1)
        .map(|f| (f.mention.doc, fold(&f.words[0])))
        .collect();
    // The documents that name each of them.
    let mut organisation_docs: HashMap<Vec<String>, HashSet<u32>> = HashMap::new();
    for f in found.iter().filter(|f| matches!(f.kind, EntityKind::Organisation | EntityKind::Other)) {
        organisation_docs.entry(folded(&f.words)).or_default().insert(f.mention.doc);
    }
    // Indexes over the organisation names: by initials (for acronyms) and by last word.
    let mut by_initials: HashMap<String, usize> = HashMap::new();
    let mut by_head: HashMap<Option<String>, Vec<usize>> = HashMap::new();
    for (i, o) in organisations.iter().enumerate() {
        by_initials.entry(initials(o)).or_insert(i);
        by_initials.entry(initials_with_connectors(o)).or_insert(i);
        by_initials.entry(initials(&dash_parts(o))).or_insert(i);
        by_head.entry(head_of(o)).or_default().push(i);
    }
    // Where each full name (two words or more) of a person stands.
    // … and every place it stands there, in reading order.
    let mut full_names_in: HashSet<(u32, Vec<String>)> = HashSet::new();
    let mut full_name_places: HashMap<(u32, Vec<String>), Vec<Position>> = HashMap::new();
    for f in found.iter().filter(|f| f.kind == EntityKind::Person && f.words.len() >= 2) {
        let key = folded(&f.words);
        if people.contains(&key) {
            full_name_places.entry((f.mention.doc, key.clone())).or_default().push((f.mention.block, f.mention.start));
            full_names_in.insert((f.mention.doc, key));
        }
    }
    for places in full_name_places.values_mut() {
        places.sort_unstable();
    }
    // Full names of each article by their first word: a one-word name that opens exactly
    // one of them, and ends none, is that person, whether the word is a given name ("Paula"
    // of Paula Elizondo) or a family name written first ("Tan Hui Min" is later "Prof
    // Tan", "Takeda Hiroshi" is "Takeda").
    let mut family_first: HashMap<(u32, &str), Vec<&Vec<String>>> = HashMap::new();
    for (doc, name) in &full_names_in {
        family_first.entry((*doc, name[0].as_str())).or_default().push(name);
    }
    // A surname that two people named in full in its article share ("Holloway" with
    // Patrice and Gerald Holloway) is, as news writes, the one named in full earlier in
    // its paragraph, else the one the article named first; never one named only later.
    let by_position = |doc: u32, at: (u32, u32), fits: &[&Vec<String>]| -> Option<Vec<String>> {
        let places = |p: &Vec<String>| full_name_places.get(&(doc, p.clone()));
        let same_paragraph = fits
            .iter()
            .filter_map(|p| {
                let last = places(p)?.iter().filter(|&&(b, s)| b == at.0 && s < at.1).max()?;
                Some((*last, *p))
            })
            .max()
            .map(|(_, p)| p.clone());
        same_paragraph.or_else(|| {
            fits.iter()
                .filter_map(|p| Some((*places(p)?.first()?, *p)))
                .min()
                .filter(|(first, _)| *first < at)
                .map(|(_, p)| p.clone())
        })
    };
    let mut groups: BTreeMap<(EntityKind, Vec<String>), Vec<Found>> = BTreeMap::new();
    for f in found {
        let key = folded(&f.words);
        let (kind, canonical) = match f.kind {
            EntityKind::Person => {
                // The longest known full name that this one ends or holds, if only one does.
                // A name joins a full name from its own article first, so two Youngs named in
                // full in two articles stay two people; only when its article names no one
                // it fits does it look across the corpus, and then only a single fit counts.
                let all_fits: Vec<&Vec<String>> = people.fitting(&key);
                let here: Vec<&Vec<String>> = all_fits
                    .iter()
                    .copied()
                    .filter(|p| full_names_in.contains(&(f.mention.doc, (*p).clone())))
                    .collect();
                let fits = if here.is_empty() { all_fits } else { here.clone() };
                let longest = fits.iter().map(|p| p.len()).max().unwrap_or(0);
                // (Longest first: "De Wit" is a full name of its own and the end of "Jeroen de Wit".)
                let mut best: Vec<&&Vec<String>> = fits
                    .iter()
                    .filter(|p| (p.len() == longest && (ends_with(p, &key) || shortens(p, &key))) || **p == &key)
                    .collect();
                best.sort_by_key(|p| std::cmp::Reverse(p.len()));
                let family = (key.len() == 1 && fits.iter().all(|p| **p == key))
                    .then(|| family_first.get(&(f.mention.doc, key[0].as_str())))
                    .flatten()
                    .filter(|names| names.len() == 1)
                    .map(|names| names[0].clone());
                match (fits.len(), best.first()) {
                    _ if family.is_some() => (EntityKind::Person, family.unwrap_or_default()),
                    (1, _) => (EntityKind::Person, fits[0].clone()),
                    (_, Some(p))
                        if fits
                            .iter()
                            .all(|q| ends_with(p, q) || contains_run(p, q) || shortens(p, q) || *q == **p) =>
                    {
                        (EntityKind::Person, (**p).clone())
                    }
                    _ if !here.is_empty() && key.len() == 1 => {
                        let at = (f.mention.block, f.mention.start);
                        (EntityKind::Person, by_position(f.mention.doc, at, &here).unwrap_or(key))
                    }
                    _ => (EntityKind::Person, key),
                }
            }
            EntityKind::Organisation | EntityKind::Other => {
                let key = without_legal_form(&key).map_or(key.clone(), <[String]>::to_vec);
                let single = key.len() == 1;
                if let Some((expansion, kind)) = single.then(|| acronyms.get(&key[0])).flatten() {
                    (*kind, expansion.clone())
                } else if let Some((expansion, kind)) = natives.get(&key) {
                    (*kind, expansion.clone())
                } else if let Some(&i) = single.then(|| by_initials.get(&key[0])).flatten() {
                    (organisation_kinds[i], organisations[i].clone())
                } else if let Some(i) = by_head
                    .get(&head_of(&key))
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&i| organisation_kinds[i] == f.kind && is_short_form(&key, &organisations[i]))
                    // (From another article, only when the short form's article names the
                    // place that qualifies the body: "City Council" in a story on Lancaster
                    // is not Jackson City Council; "Border Patrol" beside "U.S." is.)
                    .filter(|&i| {
                        // (Nor by dropping one of a list: "Senate Natural Resources Committee"
                        // of one state is not the "Senate Natural Resources and Energy
                        // Committee" of another.)
                        let mut dropped = organisations[i].iter().filter(|w| !key.contains(w));
                        organisation_docs.get(&organisations[i]).is_some_and(|d| d.contains(&f.mention.doc))
                            || dropped.all(|w| {
                                w != "and"
                                    && (gazetteer::place(w).is_none()
                                        || places_named.contains(&(f.mention.doc, w.clone())))
                            })
                    })
                    .max_by_key(|&i| organisations[i].len())
                {
                    (f.kind, organisations[i].clone())
                } else {
                    (f.kind, key)
                }
            }
            EntityKind::Place => match &f.expands_to {
                Some(e) => (EntityKind::Place, e.split_whitespace().map(fold).collect()),
                None => (EntityKind::Place, key),
            },
        };
        groups.entry((kind, canonical)).or_default().push(f);
    }
    join_short_forms(docs, &mut groups);
    join_nicknames(docs, &mut groups);
    join_qualified_places(&mut groups);

    let mut entities: Vec<Entity> = Vec::new();
    let mut used_ids: HashSet<String> = HashSet::new();
    for ((kind, canonical), mut mentions) in groups {
        mentions.sort_by_key(|f| (f.mention.doc, f.mention.block, f.mention.start));
        // The fullest canonical form ("Washington, D.C." over "Washington").
        // (A name written in its own language too goes by the article's: the one the
        // acronym's definition follows.)
        let defining = mentions.iter().find(|f| f.acronym.is_some() && folded(&f.words) == canonical);
        let name = mentions.iter().filter_map(|f| f.expands_to.clone()).max_by_key(|e| e.len()).unwrap_or_else(|| {
            defining.map(|f| f.words.join(" ")).unwrap_or_else(|| {
                mentions
                    .iter()
                    .map(|f| f.words.join(" "))
                    .max_by_key(|n| (n.split(' ').count(), n.len()))
                    .unwrap_or_default()
            })
        });
        let mut aliases: Vec<String> =
            mentions.iter().map(|f| readable(&mention_text(docs, &f.mention), kind)).filter(|a| *a != name).collect();
        aliases.sort();
        aliases.dedup();
        let role = mentions.iter().filter_map(|f| f.role.clone()).max_by_key(|r| r.len().min(60));
        let base = format!("{}-{}", kind.as_str(), slug(&name));
        let mut id = base.clone();
        let mut n = 2;
        while !used_ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        entities.push(Entity {
            id,
            name,
            kind,
            role: if kind == EntityKind::Person { role } else { None },
            aliases,
            mentions: mentions.into_iter().map(|f| f.mention).collect(),
        });
    }
    entities.sort_by(|a, b| b.mentions.len().cmp(&a.mentions.len()).then_with(|| a.name.cmp(&b.name)));
    entities
}

/// Where a mention stands in its document: block, then byte offset.
type Position = (u32, u32);

/// A group of mentions: the entity's kind and canonical key.
type GroupKey = (EntityKind, Vec<String>);

/// A one-word name with no cue of its own that is a word of exactly one longer name in its
/// document belongs to it: a first name used alone ("Paula" for Paula Elizondo, whom
/// surnames never reach), a firm's or a storm's short name ("Brevant" for Brevant
/// Biologics, "Odalys" for Hurricane Odalys). Where two longer names share the word, it
/// stays apart: guessing would merge look-alikes.
fn join_short_forms(docs: &[Document], groups: &mut BTreeMap<GroupKey, Vec<Found>>) {
    // (document, word) → the longer names holding it there.
    let mut holders: HashMap<(u32, String), Vec<GroupKey>> = HashMap::new();
    for (key, mentions) in groups.iter() {
        for f in mentions.iter().filter(|f| f.words.len() >= 2) {
            let words = folded(&f.words);
            // A person's first name; any word of another name that is not its head noun.
            let usable: Vec<&String> = if key.0 == EntityKind::Person {
                words.first().into_iter().collect()
            } else {
                words
                    .iter()
                    .filter(|w| {
                        !lexicon::is_connector(w) && !lexicon::is_organisation_head(w) && !lexicon::is_other_head(w)
                    })
                    .collect()
            };
            for w in usable {
                let list = holders.entry((f.mention.doc, w.clone())).or_default();
                if !list.contains(key) {
                    list.push(key.clone());
                }
            }
        }
    }
    // (document, first words) → the longer names of bodies they open there: "Crescent
    // Moon" opens "Crescent Moon Records".
    for (key, mentions) in groups.iter().filter(|(k, _)| matches!(k.0, EntityKind::Organisation | EntityKind::Other)) {
        for f in mentions.iter().filter(|f| f.words.len() >= 3) {
            let words = folded(&f.words);
            for n in 2..words.len().min(3) {
                let list = holders.entry((f.mention.doc, words[..n].join(" "))).or_default();
                if !list.contains(key) {
                    list.push(key.clone());
                }
            }
        }
    }
    // (document, last word) → the longer names of events and programmes it ends there: a
    // word with no clue, taken for a place, that ends one is its short name ("Marama" of
    // Cyclone Marama), not a word inside it ("Tasman" of Tasman District Council), nor the
    // place a body's name ends with ("PT Rajawali Nikel Sulawesi", "Deportivo Utila").
    let mut ending: HashMap<(u32, String), Vec<GroupKey>> = HashMap::new();
    for (key, mentions) in groups.iter().filter(|(k, _)| k.0 == EntityKind::Other) {
        for f in mentions.iter().filter(|f| f.words.len() >= 2) {
            let last = fold(&f.words[f.words.len() - 1]);
            if !lexicon::is_organisation_head(&last) && !lexicon::is_other_head(&last) {
                let list = ending.entry((f.mention.doc, last)).or_default();
                if !list.contains(key) {
                    list.push(key.clone());
                }
            }
        }
    }
    // (document, first word) → the places it opens there with a feature's head after it: a
    // word with no clue is the feature's short name ("the Lamoille" of the Lamoille River,
    // "Ipo" of Ipo Dam).
    // (A river, a dam or a gap: "the Jamuna" is not the Jamuna Bridge.)
    let feature = |w: &str| matches!(fold(w).as_str(), "river" | "dam" | "gap" | "reservoir" | "canal");
    let mut features: HashMap<(u32, String), Vec<GroupKey>> = HashMap::new();
    for (key, mentions) in groups.iter().filter(|(k, _)| k.0 == EntityKind::Place && k.1.len() == 2) {
        for f in mentions.iter().filter(|f| f.words.len() == 2 && feature(&f.words[1])) {
            let list = features.entry((f.mention.doc, fold(&f.words[0]))).or_default();
            if !list.contains(key) {
                list.push(key.clone());
            }
        }
    }
    let short: Vec<GroupKey> = groups
        .iter()
        .filter(|(k, ms)| {
            (k.1.len() == 1 || (k.1.len() == 2 && !matches!(k.0, EntityKind::Person | EntityKind::Place)))
                && ms.iter().any(|f| f.uncued)
        })
        .map(|(k, _)| k.clone())
        .collect();
    for key in short {
        let Some(mentions) = groups.remove(&key) else { continue };
        let mut kept = Vec::new();
        for f in mentions {
            // (Decided per mention: a cued one stays where its cue put it.)
            if !f.uncued {
                kept.push(f);
                continue;
            }
            let names = if key.0 == EntityKind::Place { &ending } else { &holders };
            let at = (f.mention.doc, key.1.join(" "));
            // (Only after "the": "the Hậu", but "in Motueka" is the town by the Motueka
            // River, "Cebu" the province of Cebu City.)
            let after_the = || {
                let before = block_text(docs, &f.mention).get(..f.mention.start as usize).unwrap_or("");
                before.ends_with("the ") || before.ends_with("The ")
            };
            let feature = || match features.get(&at).map(Vec::as_slice) {
                Some([target]) if key.0 == EntityKind::Place && after_the() => Some(target),
                _ => None,
            };
            let target = match names.get(&at).map(Vec::as_slice) {
                Some([target]) if f.thing && target.0 == EntityKind::Person => None,
                Some([target]) => groups.get_mut(target),
                None => feature().and_then(|t| groups.get_mut(t)),
                _ => None,
            };
            match target {
                Some(group) => group.push(f),
                None => kept.push(f),
            }
        }
        if !kept.is_empty() {
            groups.insert(key, kept);
        }
    }
}

/// "Jorge Eduardo Costilla Sanchez, known as “El Coss”": the second name is another name
/// for the first, wherever it is used. Only names of one kind, written next to each other
/// with nothing but the link between them, are joined.
fn join_nicknames(docs: &[Document], groups: &mut BTreeMap<GroupKey, Vec<Found>>) {
    let mut located: Vec<(Mention, &GroupKey)> =
        groups.iter().flat_map(|(key, found)| found.iter().map(move |f| (f.mention, key))).collect();
    located.sort_by_key(|(m, _)| (m.doc, m.block, m.start));
    let mut renames: Vec<(GroupKey, GroupKey)> = Vec::new();
    for pair in located.windows(2) {
        let ((a, key_a), (b, key_b)) = (pair[0], pair[1]);
        if a.doc != b.doc || a.block != b.block || key_a == key_b || key_a.0 != key_b.0 || key_a.0 == EntityKind::Place
        {
            continue;
        }
        let text =
            docs.get(a.doc as usize).and_then(|d| d.blocks.get(a.block as usize)).map_or("", |b| b.text.as_str());
        let between = text.get(a.end as usize..b.start as usize).unwrap_or("");
        if is_nickname_link(between) && !renames.iter().any(|(from, _)| from == key_b) {
            renames.push((key_b.clone(), key_a.clone()));
        }
    }
    for (from, to) in renames {
        if let Some(found) = groups.remove(&from) {
            groups.entry(to).or_default().extend(found);
        }
    }
}

/// The words between two names that make the second a nickname or alias of the first.
fn is_nickname_link(between: &str) -> bool {
    // Only punctuation and the link's words: ", known as “", " (alias ", ", a.k.a. ".
    if between.len() > 40 || between.contains(['.', ';']) && !between.to_lowercase().contains("a.k.a") {
        return false;
    }
    let words: Vec<String> = framescope_core::text::words(between).map(|w| fold(w.text)).collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    // ", also called the ", ", which Ghanaians also call the ", ", which locals call ".
    let called = {
        let w = words.strip_suffix(&["the"]).unwrap_or(&words);
        w.len() <= 5
            && matches!(w.first(), Some(&("which" | "also")))
            && matches!(w.last(), Some(&("call" | "calls" | "called")))
    };
    called
        || matches!(
            words.as_slice(),
            ["known", "as"]
                | ["also", "known", "as"]
                | ["better", "known", "as"]
                | ["popularly", "known", "as"]
                | ["nicknamed"]
                | ["alias"]
                | ["aka"]
                | ["a", "k", "a"]
        )
}

/// A place written bare ("Washington") is the place the corpus also writes with its
/// region after a comma ("Washington, D.C."), when it writes only one such place of that
/// name. A city and the country it is named after ("Mexico City", "Mexico") stay apart:
/// "Mexico City" has no comma.
fn join_qualified_places(groups: &mut BTreeMap<GroupKey, Vec<Found>>) {
    // … or with the kind of region it is: "Osun State", "Lviv Oblast" (not "Jackson County"
    // or "Mexico City", which are other places than "Jackson" and "Mexico").
    let region_head = |w: &str| {
        matches!(
            w,
            "state" | "province" | "region" | "oblast" | "governorate" | "voivodeship" | "prefecture" | "emirate"
        )
    };
    // (The bare name must be a region the gazetteer knows, "Kyiv" and "Kano" being cities
    // too, and not a US state: there "Washington State" tells the state from the capital.)
    let named_with_kind = |key: &[String]| {
        key.len() == 2
            && region_head(&key[1])
            && gazetteer::region_country(&key[0]).is_some_and(|c| c != "US" || key[1] != "state")
    };
    let qualified: Vec<GroupKey> = groups
        .iter()
        .filter(|(key, found)| {
            key.0 == EntityKind::Place
                && key.1.len() >= 2
                && (found.iter().any(|f| f.expands_to.as_deref().is_some_and(|e| e.contains(',')))
                    || named_with_kind(&key.1))
        })
        .map(|(key, _)| key.clone())
        .collect();
    let bare: Vec<GroupKey> =
        groups.keys().filter(|key| key.0 == EntityKind::Place && key.1.len() == 1).cloned().collect();
    for key in bare {
        let fits: Vec<&GroupKey> = qualified.iter().filter(|q| q.1[0] == key.1[0]).collect();
        if let [target] = fits.as_slice() {
            if let Some(found) = groups.remove(&key) {
                groups.entry((*target).clone()).or_default().extend(found);
            }
        }
    }
}

/// The text of a mention as the article writes it.
fn mention_text(docs: &[Document], m: &Mention) -> String {
    let text = &docs[m.doc as usize].blocks[m.block as usize].text;
    text.get(m.start as usize..m.end as usize).unwrap_or_default().to_string()
}

/// A transcript label's "JANET NAPOLITANO" reads as "Janet Napolitano"; acronyms stay.
fn readable(text: &str, kind: EntityKind) -> String {
    let shouting = text.split_whitespace().count() > 1 || kind == EntityKind::Person;
    if shouting && text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase) {
        text.split_whitespace()
            .map(|w| {
                let mut c = w.chars();
                c.next().map_or(String::new(), |f| f.to_string() + &c.as_str().to_lowercase())
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        text.to_string()
    }
}

/// The initials of an organisation's words, skipping connectors: "department of homeland
/// security" → "dhs".
fn initials(words: &[String]) -> String {
    words.iter().filter(|w| !lexicon::is_connector(w)).filter_map(|w| w.chars().next()).collect()
}

/// The words with each dashed compound split into its parts: "Murray–Darling Basin
/// Authority" is the MDBA, "Bristol-Myers Squibb" BMS.
fn dash_parts(words: &[String]) -> Vec<String> {
    words.iter().flat_map(|w| w.split(['–', '-']).filter(|p| !p.is_empty())).map(str::to_string).collect()
}

/// Initials with "of" and "and" kept ("SCDOT" for "South Carolina Department of
/// Transportation"), the other way acronyms are made.
fn initials_with_connectors(words: &[String]) -> String {
    words.iter().filter(|w| !matches!(w.as_str(), "the" | "for")).filter_map(|w| w.chars().next()).collect()
}

/// A firm's name without its legal form ("Qorvane" of "Qorvane Inc", "Halvorsen Freight"
/// of "Halvorsen Freight Ltd"), when it has one. Folded words.
fn without_legal_form(words: &[String]) -> Option<&[String]> {
    const LEGAL_FORMS: &[&str] = &[
        "ab", "ag", "asa", "bhd", "bv", "co", "corp", "gmbh", "inc", "kgaa", "kk", "lda", "limited", "llc", "llp",
        "lp", "ltd", "ltda", "nv", "oy", "oyj", "plc", "pte", "pty", "pvt", "sa", "saa", "sab", "sac", "sas", "se",
        "spa", "srl",
    ];
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() && LEGAL_FORMS.contains(&last.replace('.', "").as_str()) => Some(rest),
        _ => None,
    }
}

/// The head noun of a name (its last organisation or programme word), else its last word.
fn head_of(words: &[String]) -> Option<String> {
    words.iter().rev().find(|w| lexicon::is_organisation_head(w) || lexicon::is_other_head(w)).or(words.last()).cloned()
}

/// `short` is a shorter form of `long`: its words stand in `long` in order, with the same
/// head noun ("Woodrow Wilson Center" of "Woodrow Wilson International Center for
/// Scholars"), starting where `long` starts, one word later ("Border Patrol" of "US
/// Border Patrol") or after a place's name.
fn is_short_form(short: &[String], long: &[String]) -> bool {
    let head = |words: &[String]| {
        words
            .iter()
            .rev()
            .find(|w| lexicon::is_organisation_head(w) || lexicon::is_other_head(w))
            .or(words.last())
            .cloned()
    };
    if short.len() >= long.len() || short.len() < 2 || head(short) != head(long) {
        return false;
    }
    let mut it = long.iter();
    let in_order = short.iter().all(|w| it.any(|l| l == w));
    // (Or after the place that names the body: "Defence Force" of "New Zealand Defence Force".)
    let same_start = short[0] == long[0]
        || long
            .iter()
            .position(|w| *w == short[0])
            .is_some_and(|i| i <= 1 || gazetteer::place(&long[..i].join(" ")).is_some());
    in_order && same_start
}

fn slug(name: &str) -> String {
    let mut out = String::new();
    for w in framescope_core::text::words(name) {
        let f = fold(w.text);
        if f.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.extend(f.chars().filter(|c| c.is_ascii_alphanumeric()));
    }
    out.truncate(60);
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests;
