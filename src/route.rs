//! The URL hash is the whole view state: parsing it, printing it, and saying what is
//! wrong with a bad one.
//!
//! Forms: `#/` (library, optionally `?sort=date|outlet|title|words&order=asc|desc`),
//! `#/search?q=<query>`, and `#/article/<id>` (optionally `?view=captured`, `&line=N`,
//! `&q=<query>` to highlight a search's matches). Pure code, tested natively.

use std::fmt;

/// A view of the app, as a link names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The list of articles.
    Library(LibrarySort),
    /// Every person, organisation, place and other named thing, as chips.
    Entities,
    /// Who speaks in each article and what they say.
    Quotes,
    /// Search results for a query (possibly empty, while the user starts typing).
    Search {
        /// The query as typed.
        query: String,
    },
    /// One article.
    Article {
        /// The article's id (slug).
        id: String,
        /// Clean article or the page as captured.
        view: ArticleView,
        /// A source line to bring into view and mark (evidence links use it).
        line: Option<u32>,
        /// A search whose matches are highlighted.
        query: Option<String>,
    },
    /// Articles or outlets side by side: frames, voices, words, facts, tone, entities.
    Compare {
        /// The columns; empty means the default (one per outlet).
        sides: Vec<SideSpec>,
        /// The figure whose evidence is open, if any.
        show: Option<Trace>,
    },
    /// A link that names no view; says why.
    NotFound(RouteError),
}

/// A figure of the comparison whose sentences are listed: `show=<kind>:<column>[:<key>]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trace {
    /// Which panel's figure.
    pub kind: TraceKind,
    /// The column (0-based, in link order).
    pub side: usize,
    /// The frame key, word, speaker category or entity id; empty where the kind needs none.
    pub key: String,
}

/// The panels whose figures can be traced to sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TraceKind {
    /// Sentences in a frame (key: frame key).
    Frame,
    /// Sentences using a distinctive word (key: the word).
    Word,
    /// Quotes by a speaker category (key: category key).
    Voice,
    /// Quotes by one speaker (key: speaker name).
    Speaker,
    /// Positive sentences.
    Positive,
    /// Negative sentences.
    Negative,
    /// Sentences mentioning an entity (key: entity id).
    Entity,
    /// Sentences no other column reports.
    Unique,
}

impl TraceKind {
    const ALL: [TraceKind; 8] = [
        TraceKind::Frame,
        TraceKind::Word,
        TraceKind::Voice,
        TraceKind::Speaker,
        TraceKind::Positive,
        TraceKind::Negative,
        TraceKind::Entity,
        TraceKind::Unique,
    ];

    /// The name used in links.
    pub fn as_str(self) -> &'static str {
        match self {
            TraceKind::Frame => "frame",
            TraceKind::Word => "word",
            TraceKind::Voice => "voice",
            TraceKind::Speaker => "speaker",
            TraceKind::Positive => "positive",
            TraceKind::Negative => "negative",
            TraceKind::Entity => "entity",
            TraceKind::Unique => "unique",
        }
    }
}

pub use framescope_core::compare::SideSpec;

/// Which column the library is sorted by, and which way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LibrarySort {
    /// Column.
    pub key: SortKey,
    /// True for descending.
    pub descending: bool,
}

impl Default for LibrarySort {
    /// Newest first, the order a newsroom reads in.
    fn default() -> Self {
        LibrarySort { key: SortKey::Date, descending: true }
    }
}

/// A library column that can be sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// Publication date (unknown dates last).
    Date,
    /// Outlet name (unknown outlets last).
    Outlet,
    /// Title.
    Title,
    /// Length in words.
    Words,
}

impl SortKey {
    const ALL: [SortKey; 4] = [SortKey::Date, SortKey::Outlet, SortKey::Title, SortKey::Words];

    /// The name used in links.
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Outlet => "outlet",
            SortKey::Title => "title",
            SortKey::Words => "words",
        }
    }

    /// The direction a first click on the column sorts in.
    pub fn natural_descending(self) -> bool {
        matches!(self, SortKey::Date | SortKey::Words)
    }
}

/// How an article is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ArticleView {
    /// The article alone.
    #[default]
    Clean,
    /// Every line of the capture, with removed chrome marked and explained.
    Captured,
}

/// What is wrong with a link, naming the bad part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteError {
    /// The whole hash as given (decoded for display).
    pub hash: String,
    /// The part that could not be understood.
    pub bad_part: String,
    /// What was expected there.
    pub expected: String,
}

impl fmt::Display for RouteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "“{}” in this link is not understood: {}", self.bad_part, self.expected)
    }
}

impl Route {
    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let raw = hash.strip_prefix('#').unwrap_or(hash);
        let decoded = percent_decode(raw);
        // Query values are decoded one by one, so an encoded `&` or `=` in a search stays text.
        let (raw_path, raw_query) = raw.split_once('?').unwrap_or((raw, ""));
        let decoded_path = percent_decode(raw_path);
        let fail = |bad: &str, expected: &str| {
            Route::NotFound(RouteError {
                hash: decoded.clone(),
                bad_part: bad.to_string(),
                expected: expected.to_string(),
            })
        };
        let segments: Vec<&str> = decoded_path.trim_matches('/').split('/').filter(|s| !s.is_empty()).collect();
        let params = match parse_query(raw_query) {
            Ok(p) => p,
            Err(bad) => return fail(&bad, "options look like `?name=value&name=value`"),
        };
        match segments.as_slice() {
            [] => {
                let mut sort = LibrarySort::default();
                let mut order = None;
                for (name, value) in params {
                    match name.as_str() {
                        "sort" => match SortKey::ALL.iter().find(|k| k.as_str() == value) {
                            Some(&key) => sort = LibrarySort { key, descending: key.natural_descending() },
                            None => return fail(&format!("sort={value}"), "sort is one of date, outlet, title, words"),
                        },
                        "order" => match value.as_str() {
                            "asc" => order = Some(false),
                            "desc" => order = Some(true),
                            _ => return fail(&format!("order={value}"), "order is asc or desc"),
                        },
                        _ => return fail(&format!("{name}={value}"), "the library takes only sort and order"),
                    }
                }
                if let Some(descending) = order {
                    sort.descending = descending;
                }
                Route::Library(sort)
            }
            ["entities"] | ["quotes"] if !params.is_empty() => {
                fail(&format!("{}={}", params[0].0, params[0].1), "this view takes no options")
            }
            ["entities"] => Route::Entities,
            ["compare"] => {
                let mut sides = Vec::new();
                let mut show = None;
                for (name, value) in params {
                    match name.as_str() {
                        "side" => match value.split_once(':') {
                            Some(("article", id)) if !id.is_empty() => sides.push(SideSpec::Article(id.to_string())),
                            Some(("outlet", o)) if !o.is_empty() => sides.push(SideSpec::Outlet(o.to_string())),
                            _ => {
                                return fail(&format!("side={value}"), "side is article:<id> or outlet:<name>");
                            }
                        },
                        "show" => match parse_trace(&value) {
                            Some(t) => show = Some(t),
                            None => {
                                return fail(
                                    &format!("show={value}"),
                                    "show is <panel>:<column number>[:<key>], panel one of frame, word, voice, \
                                     speaker, positive, negative, entity, unique",
                                )
                            }
                        },
                        _ => return fail(&format!("{name}={value}"), "a comparison link takes only side and show"),
                    }
                }
                Route::Compare { sides, show }
            }
            ["quotes"] => Route::Quotes,
            ["search"] => {
                let mut query = String::new();
                for (name, value) in params {
                    match name.as_str() {
                        "q" => query = value,
                        _ => return fail(&format!("{name}={value}"), "a search link takes only q"),
                    }
                }
                Route::Search { query }
            }
            ["article", id] => {
                let mut view = ArticleView::Clean;
                let mut line = None;
                let mut query = None;
                for (name, value) in params {
                    match (name.as_str(), value.as_str()) {
                        ("view", "captured") => view = ArticleView::Captured,
                        ("view", "article") => view = ArticleView::Clean,
                        ("view", _) => return fail(&format!("view={value}"), "view is article or captured"),
                        ("line", v) => match v.parse::<u32>() {
                            Ok(n) if n > 0 => line = Some(n),
                            _ => return fail(&format!("line={value}"), "line is a line number, 1 or more"),
                        },
                        ("q", _) => query = Some(value).filter(|q| !q.trim().is_empty()),
                        _ => return fail(&format!("{name}={value}"), "an article link takes only view, line and q"),
                    }
                }
                Route::Article { id: id.to_string(), view, line, query }
            }
            ["article"] => fail("article/", "an article link names an article: #/article/<id>"),
            [first, ..] => fail(first, "links start with #/ (the library) or #/article/<id>"),
        }
    }

    /// The hash that reopens this view (with the leading `#`).
    pub fn to_hash(&self) -> String {
        match self {
            Route::Library(sort) => {
                if *sort == LibrarySort::default() {
                    "#/".to_string()
                } else {
                    let order = if sort.descending { "desc" } else { "asc" };
                    format!("#/?sort={}&order={order}", sort.key.as_str())
                }
            }
            Route::Entities => "#/entities".to_string(),
            Route::Quotes => "#/quotes".to_string(),
            Route::Search { query } => format!("#/search?q={}", percent_encode(query)),
            Route::Article { id, view, line, query } => {
                let mut hash = format!("#/article/{id}");
                let mut params = Vec::new();
                if *view == ArticleView::Captured {
                    params.push("view=captured".to_string());
                }
                if let Some(n) = line {
                    params.push(format!("line={n}"));
                }
                if let Some(q) = query {
                    params.push(format!("q={}", percent_encode(q)));
                }
                if !params.is_empty() {
                    hash.push('?');
                    hash.push_str(&params.join("&"));
                }
                hash
            }
            Route::Compare { sides, show } => {
                let mut params: Vec<String> = sides
                    .iter()
                    .map(|side| match side {
                        SideSpec::Article(id) => format!("side=article:{}", percent_encode(id)),
                        SideSpec::Outlet(o) => format!("side=outlet:{}", percent_encode(o)),
                    })
                    .collect();
                if let Some(t) = show {
                    let mut value = format!("{}:{}", t.kind.as_str(), t.side);
                    if !t.key.is_empty() {
                        value.push(':');
                        value.push_str(&t.key);
                    }
                    params.push(format!("show={}", percent_encode(&value)));
                }
                if params.is_empty() {
                    "#/compare".to_string()
                } else {
                    format!("#/compare?{}", params.join("&"))
                }
            }
            Route::NotFound(e) => format!("#{}", e.hash),
        }
    }
}

/// Reads `<kind>:<column>[:<key>]`.
fn parse_trace(value: &str) -> Option<Trace> {
    let mut parts = value.splitn(3, ':');
    let kind = parts.next()?;
    let kind = TraceKind::ALL.into_iter().find(|k| k.as_str() == kind)?;
    let side = parts.next()?.parse::<usize>().ok()?;
    let key = parts.next().unwrap_or("").to_string();
    let needs_key = !matches!(kind, TraceKind::Positive | TraceKind::Negative | TraceKind::Unique);
    (needs_key != key.is_empty()).then_some(Trace { kind, side, key })
}

/// Splits `a=1&b=2` and decodes each name and value; returns the bad pair when one has no `=`.
fn parse_query(query: &str) -> Result<Vec<(String, String)>, String> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((n, v)) if !n.is_empty() => Ok((percent_decode(n), percent_decode(&v.replace('+', " ")))),
            _ => Err(percent_decode(pair)),
        })
        .collect()
}

/// Encodes a value for a link: everything but unreserved characters (RFC 3986) as `%XX`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes (as browsers write them in `location.hash`); leaves bad ones as they are.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_root_are_the_library() {
        for h in ["", "#", "#/", "/"] {
            assert_eq!(Route::parse(h), Route::Library(LibrarySort::default()), "{h}");
        }
    }

    #[test]
    fn sort_round_trips() {
        let r = Route::parse("#/?sort=outlet");
        assert_eq!(r, Route::Library(LibrarySort { key: SortKey::Outlet, descending: false }));
        assert_eq!(r.to_hash(), "#/?sort=outlet&order=asc");
        assert_eq!(Route::parse(&r.to_hash()), r);
        assert_eq!(Route::parse("#/?sort=date&order=asc").to_hash(), "#/?sort=date&order=asc");
    }

    #[test]
    fn article_links_round_trip() {
        let r = Route::parse("#/article/npr-2013?view=captured");
        assert_eq!(r, Route::Article { id: "npr-2013".into(), view: ArticleView::Captured, line: None, query: None });
        assert_eq!(Route::parse(&r.to_hash()), r);
        let r = Route::parse("#/article/a?view=captured&line=39");
        assert_eq!(r.to_hash(), "#/article/a?view=captured&line=39");
        assert_eq!(Route::parse("#/article/a/").to_hash(), "#/article/a");
    }

    #[test]
    fn searches_round_trip_whatever_they_contain() {
        for q in ["", "border", "\"border security\" -Trump", "a&b=c?d#e", "Peña 100%", "outlet:\"InSight Crime\""] {
            let r = Route::Search { query: q.to_string() };
            assert_eq!(Route::parse(&r.to_hash()), r, "{q}");
        }
        let r = Route::Article {
            id: "a".into(),
            view: ArticleView::Clean,
            line: None,
            query: Some("cartel leaders".into()),
        };
        assert_eq!(r.to_hash(), "#/article/a?q=cartel%20leaders");
        assert_eq!(Route::parse(&r.to_hash()), r);
        assert_eq!(Route::parse("#/search?q=border+security"), Route::Search { query: "border security".into() });
        assert_eq!(Route::parse("#/search"), Route::Search { query: String::new() });
        assert_eq!(Route::parse(&Route::Entities.to_hash()), Route::Entities);
        assert_eq!(Route::parse(&Route::Quotes.to_hash()), Route::Quotes);
    }

    #[test]
    fn comparisons_round_trip() {
        let r = Route::Compare {
            sides: vec![SideSpec::Outlet("InSight Crime".into()), SideSpec::Article("npr-2013".into())],
            show: Some(Trace { kind: TraceKind::Word, side: 1, key: "peña:x".into() }),
        };
        let hash = r.to_hash();
        assert_eq!(Route::parse(&hash), r, "{hash}");
        assert_eq!(Route::parse("#/compare"), Route::Compare { sides: vec![], show: None });
        assert_eq!(Route::parse("#/compare").to_hash(), "#/compare");
        let unique = Route::parse("#/compare?show=unique:0");
        assert_eq!(
            unique,
            Route::Compare {
                sides: vec![],
                show: Some(Trace { kind: TraceKind::Unique, side: 0, key: String::new() })
            }
        );
    }

    #[test]
    fn bad_comparison_links_name_the_bad_part() {
        let bad = |h: &str| match Route::parse(h) {
            Route::NotFound(e) => e.bad_part,
            other => panic!("{h} parsed as {other:?}"),
        };
        assert_eq!(bad("#/compare?side=npr"), "side=npr");
        assert_eq!(bad("#/compare?side=outlet:"), "side=outlet:");
        assert_eq!(bad("#/compare?show=frame:x:economic"), "show=frame:x:economic");
        assert_eq!(bad("#/compare?show=frame:0"), "show=frame:0");
        assert_eq!(bad("#/compare?show=unique:0:x"), "show=unique:0:x");
        assert_eq!(bad("#/compare?show=colour:0"), "show=colour:0");
        assert_eq!(bad("#/compare?columns=2"), "columns=2");
    }

    #[test]
    fn bad_links_name_the_bad_part() {
        let bad = |h: &str| match Route::parse(h) {
            Route::NotFound(e) => e,
            other => panic!("{h} parsed as {other:?}"),
        };
        assert_eq!(bad("#/nonsense").bad_part, "nonsense");
        assert_eq!(bad("#/?sort=colour").bad_part, "sort=colour");
        assert_eq!(bad("#/article/x?view=raw").bad_part, "view=raw");
        assert_eq!(bad("#/article/x?line=0").bad_part, "line=0");
        assert_eq!(bad("#/article/x?line=ten").bad_part, "line=ten");
        assert_eq!(bad("#/search?query=x").bad_part, "query=x");
        assert_eq!(bad("#/article").bad_part, "article/");
        assert_eq!(bad("#/?oops").bad_part, "oops");
        assert_eq!(bad("#/article/a/b").bad_part, "article");
        assert_eq!(bad("#/%3Cscript%3E").bad_part, "<script>");
    }

    #[test]
    fn percent_decoding_is_lenient() {
        assert_eq!(percent_decode("a%20b"), "a b");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%C3%A9"), "é");
        assert_eq!(percent_decode("%4"), "%4");
    }
}
