//! The query language, parsed forgivingly: any input gives a query and, where the input
//! was not what it seemed to mean, short hints that say where and what.
//!
//! `word word` (all must match) · `"exact phrase"` · `a OR b` · `-word`, `-"phrase"` ·
//! `outlet:NPR`, `author:"Carrie Kahn"`, `year:2013`, `year:2012..2014`,
//! `date:2013-07`, `date:2012-09..2013` · the last word matches as a prefix while it is
//! being typed (no space after it).

use crate::date::PartialDate;
use crate::text::{fold, is_stop_word, words};

/// Longest query read, in characters; the rest is ignored with a hint.
pub const MAX_QUERY_CHARS: usize = 500;
/// Most search terms used; the rest are ignored with a hint.
pub const MAX_TERMS: usize = 24;

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Query {
    /// Groups that must all match (each group: any of its alternatives).
    pub required: Vec<Group>,
    /// Groups that add to the score but need not match (stop words among other words).
    pub optional: Vec<Group>,
    /// Alternatives no result may match.
    pub excluded: Vec<Alternative>,
    /// Metadata filters, all of which must hold.
    pub filters: Vec<Filter>,
    /// What was not understood or was changed, with where.
    pub hints: Vec<Hint>,
}

impl Query {
    /// True when there is nothing to search or filter by.
    pub fn is_empty(&self) -> bool {
        self.required.is_empty() && self.optional.is_empty() && self.filters.is_empty()
    }
}

/// Alternatives joined by OR.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// At least one must match.
    pub alternatives: Vec<Alternative>,
}

/// One thing to look for.
#[derive(Debug, Clone, PartialEq)]
pub enum Alternative {
    /// A word, by its key; `prefix` when it is the word being typed.
    Word {
        /// The folded key.
        key: String,
        /// Also match longer words that start with it.
        prefix: bool,
    },
    /// Words in this order, next to each other.
    Phrase(Vec<String>),
}

/// A metadata filter.
#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    /// The outlet (or original publisher) contains these words.
    Outlet(String),
    /// The author contains these words.
    Author(String),
    /// Mentions the entity with this id (a chip).
    Entity(String),
    /// Published within these bounds (inclusive), compared at the precision both dates have.
    Date {
        /// Earliest.
        from: Option<PartialDate>,
        /// Latest.
        to: Option<PartialDate>,
    },
}

/// A note on how the query was read, at a character position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    /// 0-based character position in the query the hint is about.
    pub at: usize,
    /// What happened, in plain words.
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Word { text: String, at: usize, negated: bool, complete: bool },
    Phrase { text: String, at: usize, negated: bool },
    Field { name: String, value: String, at: usize, negated: bool },
    Or { at: usize },
}

/// Parses a query. Never fails: the worst input gives an empty query and a hint.
pub fn parse(input: &str) -> Query {
    let mut q = Query::default();
    let chars: Vec<char> = input.chars().collect();
    let chars = if chars.len() > MAX_QUERY_CHARS {
        q.hints.push(Hint {
            at: MAX_QUERY_CHARS,
            message: format!("The query is long; only its first {MAX_QUERY_CHARS} characters were used."),
        });
        &chars[..MAX_QUERY_CHARS]
    } else {
        &chars[..]
    };
    let typing_last = chars.last().is_some_and(|c| !c.is_whitespace() && *c != '"');
    let pieces = lex(chars, &mut q.hints);
    build(pieces, typing_last, &mut q);
    q
}

/// Splits the characters into words, phrases, fields and ORs.
fn lex(chars: &[char], hints: &mut Vec<Hint>) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let at = i;
        let negated = c == '-' && chars.get(i + 1).is_some_and(|n| !n.is_whitespace());
        if negated {
            i += 1;
        }
        if is_quote(chars[i]) {
            let (text, end, closed) = quoted(chars, i);
            if !closed {
                hints.push(Hint { at: i, message: "This quote is not closed; the rest was read as a phrase.".into() });
            }
            pieces.push(Piece::Phrase { text, at, negated });
            i = end;
            continue;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_whitespace() && !is_quote(chars[i]) {
            i += 1;
        }
        let token: String = chars[start..i].iter().collect();
        if !negated && token == "OR" {
            pieces.push(Piece::Or { at });
            continue;
        }
        if let Some((name, value)) = token.split_once(':') {
            let name = name.to_lowercase();
            if FIELDS.contains(&name.as_str()) {
                let (value, end) = if value.is_empty() && i < chars.len() && is_quote(chars[i]) {
                    let (text, end, closed) = quoted(chars, i);
                    if !closed {
                        hints.push(Hint {
                            at: i,
                            message: "This quote is not closed; the rest was read as the filter's value.".into(),
                        });
                    }
                    (text, end)
                } else {
                    (value.to_string(), i)
                };
                i = end;
                if value.trim().is_empty() {
                    hints.push(Hint {
                        at, message: format!("“{name}:” needs a value, such as {}.", example(&name))
                    });
                } else {
                    pieces.push(Piece::Field { name, value, at, negated });
                }
                continue;
            }
            if !name.is_empty() && name.chars().all(char::is_alphabetic) && !value.is_empty() {
                hints.push(Hint {
                    at,
                    message: format!("“{name}:” is not a filter, so it was searched as words. Filters: outlet:, author:, year:, date:, entity:."),
                });
            }
        }
        let complete = i < chars.len();
        pieces.push(Piece::Word { text: token, at, negated, complete });
    }
    pieces
}

const FIELDS: [&str; 5] = ["outlet", "author", "year", "date", "entity"];

fn example(field: &str) -> &'static str {
    match field {
        "outlet" => "outlet:NPR",
        "author" => "author:\"Carrie Kahn\"",
        "year" => "year:2013 or year:2012..2014",
        "entity" => "entity:person-janet-napolitano (click a chip)",
        _ => "date:2013-07 or date:2012..2013-06",
    }
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// The text inside a quote starting at `open`; returns it, the index after the closing
/// quote (or the end), and whether it was closed.
fn quoted(chars: &[char], open: usize) -> (String, usize, bool) {
    let mut j = open + 1;
    while j < chars.len() && !is_quote(chars[j]) {
        j += 1;
    }
    let text = chars[open + 1..j].iter().collect();
    if j < chars.len() {
        (text, j + 1, true)
    } else {
        (text, j, false)
    }
}

/// Turns pieces into groups, joining ORs and reading filters.
fn build(pieces: Vec<Piece>, typing_last: bool, q: &mut Query) {
    let last_word = pieces.iter().rposition(|p| matches!(p, Piece::Word { .. }));
    let mut groups: Vec<(Vec<Alternative>, bool)> = Vec::new(); // (alternatives, all stop words)
    let mut join_next = false;
    let mut terms = 0usize;
    let mut dropped_at = None;
    for (index, piece) in pieces.into_iter().enumerate() {
        let (alternative, stop, negated) = match piece {
            Piece::Or { at } => {
                if groups.is_empty() || join_next {
                    q.hints.push(Hint { at, message: "OR needs words on both sides; this one was ignored.".into() });
                } else {
                    join_next = true;
                }
                continue;
            }
            Piece::Field { name, value, at, negated } => {
                if negated {
                    q.hints.push(Hint {
                        at,
                        message: "Filters cannot be negated; this one was applied as written without the minus.".into(),
                    });
                }
                match filter(&name, &value) {
                    Ok(f) => q.filters.push(f),
                    Err(message) => q.hints.push(Hint { at, message }),
                }
                continue;
            }
            Piece::Word { text, at, negated, complete } => {
                let keys: Vec<String> = words(&text).map(|w| fold(w.text)).filter(|k| !k.is_empty()).collect();
                let prefix = typing_last && !complete && Some(index) == last_word && !negated;
                match keys.len() {
                    0 => {
                        if text.chars().any(|c| !c.is_whitespace()) && text != "-" {
                            q.hints.push(Hint {
                                at,
                                message: format!("“{text}” has no letters or digits to search for; it was skipped."),
                            });
                        }
                        continue;
                    }
                    // "U.S.-Mexico" or "think-tank": the parts as a phrase.
                    1 => {
                        let key = keys.into_iter().next().expect("one key");
                        let stop = is_stop_word(&key) && !prefix;
                        (Alternative::Word { key, prefix }, stop, negated)
                    }
                    _ => (Alternative::Phrase(keys), false, negated),
                }
            }
            Piece::Phrase { text, at, negated } => {
                let keys: Vec<String> = words(&text).map(|w| fold(w.text)).filter(|k| !k.is_empty()).collect();
                match keys.len() {
                    0 => {
                        q.hints.push(Hint { at, message: "This quote holds no words; it was skipped.".into() });
                        continue;
                    }
                    1 => {
                        let key = keys.into_iter().next().expect("one key");
                        (Alternative::Word { key, prefix: false }, false, negated)
                    }
                    _ => (Alternative::Phrase(keys), false, negated),
                }
            }
        };
        terms += 1;
        if terms > MAX_TERMS {
            dropped_at.get_or_insert(index);
            continue;
        }
        if negated {
            q.excluded.push(alternative);
            join_next = false;
            continue;
        }
        match (join_next, groups.last_mut()) {
            (true, Some((alts, all_stop))) => {
                alts.push(alternative);
                *all_stop &= stop;
            }
            _ => groups.push((vec![alternative], stop)),
        }
        join_next = false;
    }
    if join_next {
        q.hints.push(Hint { at: 0, message: "The query ends with OR; it was ignored.".into() });
    }
    if dropped_at.is_some() {
        q.hints.push(Hint { at: 0, message: format!("Only the first {MAX_TERMS} search terms were used.") });
    }
    let only_stop = !groups.is_empty() && groups.iter().all(|(_, stop)| *stop);
    if only_stop {
        q.hints.push(Hint {
            at: 0,
            message: "The query has only very common words, so it matches almost everything; add a more specific word."
                .into(),
        });
    }
    for (alternatives, stop) in groups {
        if stop && !only_stop {
            q.optional.push(Group { alternatives });
        } else {
            q.required.push(Group { alternatives });
        }
    }
    if q.required.is_empty() && q.optional.is_empty() && !q.excluded.is_empty() && q.filters.is_empty() {
        q.hints.push(Hint {
            at: 0,
            message: "A query of exclusions alone matches nothing; add a word to search for.".into(),
        });
    }
}

/// Reads a filter's value.
fn filter(name: &str, value: &str) -> Result<Filter, String> {
    match name {
        "outlet" => Ok(Filter::Outlet(value.to_string())),
        "author" => Ok(Filter::Author(value.to_string())),
        "entity" => Ok(Filter::Entity(value.to_string())),
        _ => {
            let (from, to) = match value.split_once("..") {
                Some((a, b)) => (a, b),
                None => (value, value),
            };
            let date = |s: &str| -> Result<Option<PartialDate>, String> {
                if s.is_empty() {
                    return Ok(None);
                }
                if name == "year" && s.len() != 4 {
                    return Err(format!("“year:{value}” is not a year; write year:2013 or year:2012..2014."));
                }
                PartialDate::parse(s).map(Some).map_err(|e| format!("“{name}:{value}”: {e}."))
            };
            let (from, to) = (date(from)?, date(to)?);
            if from.is_none() && to.is_none() {
                return Err(format!("“{name}:{value}” has no date in it."));
            }
            Ok(Filter::Date { from, to })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(key: &str) -> Alternative {
        Alternative::Word { key: key.into(), prefix: false }
    }

    #[test]
    fn words_are_all_required_and_the_last_is_a_prefix_while_typing() {
        let q = parse("border secur");
        assert_eq!(q.required.len(), 2);
        assert_eq!(q.required[1].alternatives[0], Alternative::Word { key: "secur".into(), prefix: true });
        let q = parse("border secur ");
        assert_eq!(q.required[1].alternatives[0], word("secur"));
    }

    #[test]
    fn phrases_or_and_exclusion() {
        let q = parse("\"border security\" Matamoros OR Brownsville -Trump");
        assert_eq!(q.required[0].alternatives[0], Alternative::Phrase(vec!["border".into(), "security".into()]));
        assert_eq!(q.required[1].alternatives, vec![word("matamoros"), word("brownsville")]);
        assert_eq!(q.excluded, vec![word("trump")]);
        assert!(q.hints.is_empty(), "{:?}", q.hints);
    }

    #[test]
    fn filters_are_read() {
        let q = parse("outlet:NPR author:\"Carrie Kahn\" year:2012..2014 date:2013-07 cartel ");
        assert_eq!(q.filters.len(), 4);
        assert_eq!(q.filters[1], Filter::Author("Carrie Kahn".into()));
        assert!(matches!(q.filters[2], Filter::Date { from: Some(_), to: Some(_) }));
        assert_eq!(q.required.len(), 1);
    }

    #[test]
    fn accents_and_case_fold() {
        assert_eq!(parse("Peña ").required[0].alternatives[0], word("pena"));
        assert_eq!(parse("MÉRIDA ").required[0].alternatives[0], word("merida"));
    }

    #[test]
    fn hyphenated_words_become_phrases() {
        let q = parse("U.S.-Mexico ");
        assert_eq!(q.required[0].alternatives[0], Alternative::Phrase(vec!["us".into(), "mexico".into()]));
    }

    #[test]
    fn stop_words_are_optional_unless_alone() {
        let q = parse("the border ");
        assert_eq!(q.required.len(), 1);
        assert_eq!(q.optional.len(), 1);
        let q = parse("the of ");
        assert_eq!(q.required.len(), 2);
        assert!(q.hints.iter().any(|h| h.message.contains("very common words")));
    }

    #[test]
    fn malformed_queries_get_hints_with_positions() {
        let q = parse("cartel \"border secu");
        assert_eq!(q.hints[0].at, 7);
        assert!(q.hints[0].message.contains("not closed"));
        assert_eq!(q.required.len(), 2);

        let q = parse("OR cartel");
        assert_eq!(q.hints[0].at, 0);
        assert_eq!(q.required.len(), 1);

        let q = parse("year:20x3 cartel");
        assert_eq!(q.hints[0].at, 0);
        assert!(q.hints[0].message.contains("year:20x3"), "{:?}", q.hints);

        let q = parse("colour:red");
        assert!(q.hints[0].message.contains("not a filter"));
        assert_eq!(q.required.len(), 1, "searched as words: {q:?}");

        let q = parse("-trump");
        assert!(q.hints.iter().any(|h| h.message.contains("exclusions alone")));

        let q = parse(&"a".repeat(2000));
        assert!(q.hints.iter().any(|h| h.at == MAX_QUERY_CHARS));

        let q = parse("!!! ??? ");
        assert!(q.is_empty());
        assert_eq!(q.hints.len(), 2);
    }

    #[test]
    fn too_many_terms_are_capped() {
        let text = (0..40).map(|i| format!("w{i}")).collect::<Vec<_>>().join(" ");
        let q = parse(&text);
        assert_eq!(q.required.len(), MAX_TERMS);
        assert!(q.hints.iter().any(|h| h.message.contains("first 24")));
    }
}
