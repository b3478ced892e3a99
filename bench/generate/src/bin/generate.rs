//! Writes a synthetic Framescope corpus folder for the search benchmark.
//!
//! ```text
//! generate --seeds ../../corpus --out DIR --articles N [--seed S]
//! ```
//!
//! The folder holds the five seed articles (copied as they are, with their manifest
//! entries) plus `N - 5` synthetic captures and a `corpus.toml` whose every known field
//! has evidence quoting its capture, so `framescope check` accepts it.
//!
//! How the text is made, deterministically from `--seed`:
//! - the seed corpus is loaded with the real engine, and only the cleaned article
//!   bodies are used for training: an order-2 word Markov chain over whitespace tokens
//!   (punctuation stays on its word), backing off to order 1 now and then so sentences
//!   recombine instead of replaying the seeds;
//! - proper nouns that are rare in the seeds are swapped for names from a synthetic,
//!   Zipf-distributed pool of people, places and organisations (the long tail of names
//!   a real news corpus has); numbers get fresh digits of the same shape;
//! - each article gets an outlet (with that site's page chrome: navigation, copyright,
//!   "Leave a Reply", "Related Content", newsletter lines), a byline most of the time,
//!   a date 2010–2020, a dateline half the time, and a body of 300–1200 words in
//!   paragraphs of 1–5 sentences.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;
use std::process::exit;

/// SplitMix64: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn range(&mut self, lo: usize, hi_inclusive: usize) -> usize {
        lo + self.below(hi_inclusive - lo + 1)
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    /// An index into a list of `n`, skewed towards the front (rank-frequency like Zipf).
    fn zipf_index(&mut self, n: usize) -> usize {
        let u = self.unit();
        ((n as f64) * u * u * u).floor() as usize % n.max(1)
    }
}

const START: usize = 0;
const END: usize = 1;

/// The word model trained on the seeds' article bodies.
struct Model {
    tokens: Vec<String>,
    tri: HashMap<(usize, usize), Vec<usize>>,
    bi: HashMap<usize, Vec<usize>>,
    /// Capitalised words seen mid-sentence, with how often.
    proper: HashMap<String, usize>,
}

const ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Gov.", "Sen.", "Rep.", "Dec.", "Jan.", "Feb.", "Aug.", "Sept.",
    "Oct.", "Nov.", "Tex.", "D.C.", "U.S.", "St.", "Jr.", "Inc.", "Gen.", "Lt.",
];

fn ends_sentence(token: &str) -> bool {
    let t = token.trim_end_matches(['”', '"', '’', '\'', ')', '…']);
    (t.ends_with('.') || t.ends_with('?') || t.ends_with('!') || token.ends_with('…'))
        && !ABBREVIATIONS.contains(&t)
}

fn core_word(token: &str) -> &str {
    token.trim_matches(|c: char| !c.is_alphanumeric())
}

fn is_capitalised(token: &str) -> bool {
    let w = core_word(token);
    let mut chars = w.chars();
    matches!(chars.next(), Some(c) if c.is_uppercase()) && chars.any(|c| c.is_lowercase())
}

impl Model {
    fn train(bodies: &[String]) -> Model {
        let mut tokens = vec!["<s>".to_string(), "</s>".to_string()];
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut tri: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
        let mut bi: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut proper: HashMap<String, usize> = HashMap::new();
        for body in bodies {
            for paragraph in body.split("\n\n") {
                let mut w1 = START;
                let mut w2 = START;
                let mut at_start = true;
                for token in paragraph.split_whitespace() {
                    if !at_start && is_capitalised(token) {
                        *proper.entry(core_word(token).to_string()).or_default() += 1;
                    }
                    let id = *ids.entry(token.to_string()).or_insert_with(|| {
                        tokens.push(token.to_string());
                        tokens.len() - 1
                    });
                    tri.entry((w1, w2)).or_default().push(id);
                    bi.entry(w2).or_default().push(id);
                    w1 = w2;
                    w2 = id;
                    at_start = false;
                    if ends_sentence(token) {
                        tri.entry((w1, w2)).or_default().push(END);
                        bi.entry(w2).or_default().push(END);
                        w1 = START;
                        w2 = START;
                        at_start = true;
                    }
                }
                if w2 != START {
                    tri.entry((w1, w2)).or_default().push(END);
                    bi.entry(w2).or_default().push(END);
                }
            }
        }
        Model { tokens, tri, bi, proper }
    }

    /// One sentence as tokens.
    fn sentence(&self, rng: &mut Rng, max_tokens: usize) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let (mut w1, mut w2) = (START, START);
        loop {
            let tri = self.tri.get(&(w1, w2));
            let bi = self.bi.get(&w2);
            // Back off to the bigram now and then so sentences recombine.
            let next = match (tri, bi) {
                (Some(_), Some(b)) if w2 != START && rng.chance(0.35) => *rng.pick(b),
                (Some(t), _) => *rng.pick(t),
                (None, Some(b)) => *rng.pick(b),
                (None, None) => END,
            };
            if next == END || out.len() >= max_tokens {
                break;
            }
            out.push(self.tokens[next].clone());
            w1 = w2;
            w2 = next;
        }
        if let Some(last) = out.last_mut() {
            if !ends_sentence(last) {
                let trimmed = last.trim_end_matches([',', ';', ':', '-', '—']).to_string();
                *last = format!("{trimmed}.");
            }
        }
        // Close a quotation the chain opened and never closed.
        let opens = out.iter().filter(|t| t.starts_with('“')).count();
        let closes = out.iter().filter(|t| t.contains('”')).count();
        if opens > closes {
            if let Some(last) = out.last_mut() {
                last.push('”');
            }
        }
        out
    }
}

/// Names for the long tail: syllables glued together.
fn make_name(rng: &mut Rng) -> String {
    const ONSETS: &[&str] = &[
        "b", "c", "d", "f", "g", "h", "j", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch",
        "br", "gr", "tr", "qu", "pl", "cr", "fl", "st", "k", "w", "sh",
    ];
    const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "a", "e", "o", "ia", "ue", "ei", "ou"];
    const CODAS: &[&str] = &["", "", "", "n", "r", "s", "l", "z", "nd", "rt", "x", "m"];
    let syllables = rng.range(2, 3);
    let mut s = String::new();
    for i in 0..syllables {
        if i > 0 || rng.chance(0.8) {
            s.push_str(*rng.pick(ONSETS));
        }
        s.push_str(*rng.pick(VOWELS));
        if i + 1 == syllables || rng.chance(0.3) {
            s.push_str(*rng.pick(CODAS));
        }
    }
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => "Ana".into(),
    }
}

struct Pools {
    first: Vec<String>,
    last: Vec<String>,
    places: Vec<String>,
    orgs: Vec<String>,
}

impl Pools {
    fn new(rng: &mut Rng) -> Pools {
        let gen = |n: usize, rng: &mut Rng| -> Vec<String> {
            let mut seen = std::collections::HashSet::new();
            let mut v = Vec::new();
            while v.len() < n {
                let name = make_name(rng);
                if seen.insert(name.clone()) {
                    v.push(name);
                }
            }
            v
        };
        let first = gen(400, rng);
        let last = gen(4000, rng);
        let places = gen(1200, rng);
        let org_words = gen(300, rng);
        const KINDS: &[&str] = &[
            "Institute", "Foundation", "Group", "Council", "Center", "Commission", "Agency",
            "Alliance", "Network", "Cartel",
        ];
        let orgs = (0..600)
            .map(|i| format!("{} {}", org_words[i % org_words.len()], KINDS[(i * 7 + i / 3) % KINDS.len()]))
            .collect();
        Pools { first, last, places, orgs }
    }
}

/// The cast of one article: the names its rare proper nouns are replaced with.
struct Cast {
    names: Vec<String>,
}

impl Cast {
    fn new(rng: &mut Rng, pools: &Pools) -> Cast {
        let mut names = Vec::new();
        for _ in 0..rng.range(3, 6) {
            let last = &pools.last[rng.zipf_index(pools.last.len())];
            if rng.chance(0.5) {
                let first = &pools.first[rng.zipf_index(pools.first.len())];
                names.push(format!("{first} {last}"));
            } else {
                names.push(last.clone());
            }
        }
        for _ in 0..rng.range(1, 3) {
            names.push(pools.places[rng.zipf_index(pools.places.len())].clone());
        }
        if rng.chance(0.5) {
            let org = &pools.orgs[rng.zipf_index(pools.orgs.len())];
            names.push(org.clone());
        }
        Cast { names }
    }
}

/// Renumbers numbers, and swaps runs of capitalised words that hold a name rare in the
/// seeds ("Alejandro Poire", "Demotecnia") for one of the article's cast, whole.
fn substitute(tokens: &mut Vec<String>, model: &Model, cast: &Cast, rng: &mut Rng) {
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].chars().any(|c| c.is_ascii_digit()) {
            out.push(renumber(&tokens[i], rng));
            i += 1;
            continue;
        }
        if i == 0 || !is_capitalised(&tokens[i]) {
            out.push(tokens[i].clone());
            i += 1;
            continue;
        }
        // A run of capitalised words, ending at the first one with punctuation after it.
        let mut j = i;
        while j < tokens.len() && is_capitalised(&tokens[j]) {
            j += 1;
            if tokens[j - 1].ends_with(|c: char| !c.is_alphanumeric()) {
                break;
            }
        }
        let rare = tokens[i..j]
            .iter()
            .any(|t| model.proper.get(core_word(t)).copied().unwrap_or(0) < 5);
        if rare && rng.chance(0.7) {
            let last = &tokens[j - 1];
            let word = core_word(last);
            let tail = &last[last.find(word).map_or(last.len(), |at| at + word.len())..];
            let head = &tokens[i][..tokens[i].find(core_word(&tokens[i])).unwrap_or(0)];
            out.push(format!("{head}{}{tail}", rng.pick(&cast.names)));
        } else {
            out.extend(tokens[i..j].iter().cloned());
        }
        i = j;
    }
    *tokens = out;
}

fn renumber(token: &str, rng: &mut Rng) -> String {
    let digits: String = token.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20")) && token.len() <= 6 {
        let year = 1990 + rng.below(31);
        return token.replacen(&digits, &year.to_string(), 1);
    }
    let mut first = true;
    token
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                let d = if first { rng.range(1, 9) } else { rng.below(10) };
                first = false;
                char::from(b'0' + d as u8)
            } else {
                c
            }
        })
        .collect()
}

struct Outlet {
    name: String,
    nav: String,
    chrome: Vec<&'static str>,
}

fn outlets(rng: &mut Rng, pools: &Pools) -> Vec<Outlet> {
    const SUFFIXES: &[&str] = &[
        "Tribune", "Ledger", "Herald", "Post", "Courier", "Observer", "Monitor", "Dispatch",
        "Review", "Times", "Journal", "Gazette", "Daily", "Report", "Watch",
    ];
    const NAVS: &[&str] = &[
        "World · Americas · Security",
        "Home | News | Latin America",
        "Politics",
        "HomeNewsAnalysis",
        "Border & Immigration",
        "Latin America",
        "World News | Mexico",
    ];
    const CHROMES: &[&[&str]] = &[
        &["copyright", "reply", "related"],
        &["related", "copyright"],
        &["share", "copyright", "newsletter", "related"],
        &["reply", "newsletter", "copyright"],
        &["copyright", "related", "reply"],
    ];
    let mut v: Vec<Outlet> = (0..24)
        .map(|i| Outlet {
            name: format!(
                "{}{} {}",
                if i % 3 == 0 { "The " } else { "" },
                pools.places[i * 13 % pools.places.len()],
                SUFFIXES[i % SUFFIXES.len()]
            ),
            nav: NAVS[i % NAVS.len()].to_string(),
            chrome: CHROMES[i % CHROMES.len()].to_vec(),
        })
        .collect();
    for name in ["NPR", "Miami Herald", "InSight Crime", "Reuters", "El Universal"] {
        v.push(Outlet {
            name: name.to_string(),
            nav: rng.pick(NAVS).to_string(),
            chrome: rng.pick(CHROMES).to_vec(),
        });
    }
    v
}

const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

fn days_in(month: usize, year: usize) -> usize {
    match month {
        2 if year % 4 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn title_from(tokens: Vec<String>) -> String {
    let mut words: Vec<String> = tokens
        .into_iter()
        .map(|t| t.replace(['“', '”', '"'], ""))
        .filter(|t| !t.is_empty())
        .collect();
    words.truncate(12);
    // Cut at the last clause boundary past five words, if any.
    if let Some(cut) = (5..words.len()).rev().find(|&i| words[i - 1].ends_with(',')) {
        words.truncate(cut);
    }
    let mut title = words.join(" ");
    title = title.trim_end_matches(|c: char| !c.is_alphanumeric()).to_string();
    let mut chars = title.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => "Security cooperation".into(),
    }
}

struct Args {
    seeds: PathBuf,
    out: PathBuf,
    articles: usize,
    seed: u64,
}

fn args() -> Args {
    let mut seeds = None;
    let mut out = None;
    let mut articles = None;
    let mut seed = 20_130_703u64;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| usage(&format!("{a} needs a value")));
        match a.as_str() {
            "--seeds" => seeds = Some(PathBuf::from(value())),
            "--out" => out = Some(PathBuf::from(value())),
            "--articles" => articles = Some(value().parse().unwrap_or_else(|_| usage("--articles N"))),
            "--seed" => seed = value().parse().unwrap_or_else(|_| usage("--seed S")),
            _ => usage(&format!("unknown argument {a}")),
        }
    }
    Args {
        seeds: seeds.unwrap_or_else(|| usage("--seeds DIR is required")),
        out: out.unwrap_or_else(|| usage("--out DIR is required")),
        articles: articles.unwrap_or_else(|| usage("--articles N is required")),
        seed,
    }
}

fn usage(msg: &str) -> ! {
    eprintln!("generate: {msg}\nusage: generate --seeds DIR --out DIR --articles N [--seed S]");
    exit(2)
}

fn main() {
    let args = args();
    let seeds = framescope_engine::load_corpus(&args.seeds).unwrap_or_else(|e| {
        eprintln!("generate: the seed corpus does not load:\n{e}");
        exit(1)
    });
    let seed_manifest = fs::read_to_string(args.seeds.join("corpus.toml")).unwrap_or_else(|e| {
        eprintln!("generate: {e}");
        exit(1)
    });
    let bodies: Vec<String> = seeds
        .documents
        .iter()
        .map(|d| d.body().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n\n"))
        .collect();
    let model = Model::train(&bodies);
    let mut rng = Rng(args.seed);
    let pools = Pools::new(&mut rng);
    let outlets = outlets(&mut rng, &pools);
    const CITIES: &[&str] = &[
        "MEXICO CITY", "WASHINGTON", "BROWNSVILLE, Texas", "EL PASO, Texas", "TIJUANA, Mexico",
        "SAN DIEGO", "MONTERREY, Mexico", "LAREDO, Texas", "NOGALES, Ariz.", "GUADALAJARA, Mexico",
    ];
    const FORMS: &[&str] = &["news story", "analysis", "brief", "wire story", "blog post"];

    if args.out.exists() {
        fs::remove_dir_all(&args.out).unwrap_or_else(|e| {
            eprintln!("generate: cannot clear {}: {e}", args.out.display());
            exit(1)
        });
    }
    fs::create_dir_all(&args.out).expect("create the output folder");

    let mut manifest = String::new();
    let _ = writeln!(
        manifest,
        "# Synthetic corpus for Framescope's search benchmark (bench/generate), seed {}.\n\
         # The five seed articles plus {} generated ones; never a source of facts.\n\n\
         [corpus]\ntitle = {}\ndescription = {}\n",
        args.seed,
        args.articles.saturating_sub(seeds.documents.len()),
        toml_str(&format!("Synthetic benchmark corpus, {} articles", args.articles)),
        toml_str("Generated from the seed articles' vocabulary for benchmarking search; the text is not real reporting."),
    );
    // The seeds, as they are.
    for doc in &seeds.documents {
        fs::copy(args.seeds.join(&doc.file), args.out.join(&doc.file)).expect("copy a seed capture");
    }
    if let Some(at) = seed_manifest.find("\n[[article]]") {
        manifest.push_str(&seed_manifest[at + 1..]);
        manifest.push('\n');
    }

    let mut total_words = 0usize;
    for n in seeds.documents.len()..args.articles {
        let id = format!("syn-{n:05}");
        let file = format!("{id}.txt");
        let outlet = &outlets[rng.zipf_index(outlets.len())];
        let cast = Cast::new(&mut rng, &pools);
        let year = rng.range(2010, 2020);
        let month = rng.range(1, 12);
        let day = rng.range(1, days_in(month, year));
        let date_text = format!("{} {day}, {year}", MONTHS[month - 1]);
        let author = if rng.chance(0.8) {
            Some(format!(
                "{} {}",
                pools.first[rng.zipf_index(pools.first.len())],
                pools.last[rng.zipf_index(pools.last.len())]
            ))
        } else {
            None
        };
        let mut title_tokens = model.sentence(&mut rng, 14);
        while title_tokens.len() < 5 {
            title_tokens = model.sentence(&mut rng, 14);
        }
        substitute(&mut title_tokens, &model, &cast, &mut rng);
        let title = title_from(title_tokens);

        // Body paragraphs.
        let target = 300 + (900.0 * rng.unit().powf(1.3)) as usize;
        let mut paragraphs: Vec<String> = Vec::new();
        let mut words = 0;
        while words < target {
            let mut sentences = Vec::new();
            for _ in 0..rng.range(1, 5) {
                let mut s = model.sentence(&mut rng, 48);
                substitute(&mut s, &model, &cast, &mut rng);
                words += s.len();
                sentences.push(s.join(" "));
            }
            paragraphs.push(sentences.join(" "));
        }
        total_words += words;
        if rng.chance(0.5) {
            paragraphs[0] = format!("{} — {}", rng.pick(CITIES), paragraphs[0]);
        }

        // The capture: lines, numbered as we go.
        let mut lines: Vec<String> = Vec::new();
        let push = |lines: &mut Vec<String>, s: String| -> u32 {
            lines.push(s);
            lines.push(String::new());
            (lines.len() - 1) as u32
        };
        push(&mut lines, outlet.nav.clone());
        let title_line = push(&mut lines, title.clone());
        let author_line = author.as_ref().map(|a| push(&mut lines, format!("By {a}")));
        let date_line = push(&mut lines, date_text.clone());
        for p in &paragraphs {
            push(&mut lines, p.clone());
        }
        let mut copyright_line = None;
        for part in &outlet.chrome {
            match *part {
                "copyright" => {
                    copyright_line = Some(push(
                        &mut lines,
                        format!("Copyright © {year} {}. All rights reserved.", outlet.name),
                    ))
                }
                "reply" => {
                    push(&mut lines, "Leave a Reply".into());
                    push(&mut lines, "Your email address will not be published. Required fields are marked *".into());
                }
                "newsletter" => {
                    push(&mut lines, "Subscribe to our newsletter!".into());
                }
                "share" => {
                    push(&mut lines, "Share this: Facebook Twitter Email Print".into());
                }
                "related" => {
                    push(&mut lines, "Related Content".into());
                    for _ in 0..3 {
                        let mut t = model.sentence(&mut rng, 12);
                        substitute(&mut t, &model, &cast, &mut rng);
                        push(&mut lines, title_from(t));
                    }
                }
                _ => {}
            }
        }
        let capture = lines.join("\n");
        fs::write(args.out.join(&file), capture).expect("write a capture");

        let outlet_field = match copyright_line {
            Some(l) => format!(
                "{{ value = {}, evidence = [{{ line = {l}, quote = {} }}] }}",
                toml_str(&outlet.name),
                toml_str(&format!("© {year} {}", outlet.name))
            ),
            None => "{ value = \"unknown\", evidence = [{ note = \"the capture names no site\" }] }".to_string(),
        };
        let publisher_field = match copyright_line {
            Some(_) => format!(
                "{{ value = {}, evidence = [{{ note = \"synthetic article; not a repost\" }}] }}",
                toml_str(&outlet.name)
            ),
            None => "{ value = \"unknown\", evidence = [{ note = \"nothing says who published it\" }] }".to_string(),
        };
        let author_field = match (&author, author_line) {
            (Some(a), Some(l)) => format!(
                "{{ value = {}, evidence = [{{ line = {l}, quote = {} }}] }}",
                toml_str(a),
                toml_str(&format!("By {a}"))
            ),
            _ => "{ value = \"unknown\", evidence = [{ note = \"unsigned\" }] }".to_string(),
        };
        let _ = writeln!(
            manifest,
            "[[article]]\nid = {}\nfile = {}\noutlet = {outlet_field}\npublisher = {publisher_field}\nauthor = {author_field}\n\
             date = {{ value = \"{year:04}-{month:02}-{day:02}\", evidence = [{{ line = {date_line}, quote = {} }}] }}\n\
             title = {{ value = {}, evidence = [{{ line = {title_line}, quote = {} }}] }}\n\
             form = {{ value = {}, evidence = [{{ note = \"synthetic benchmark article\" }}] }}\n",
            toml_str(&id),
            toml_str(&file),
            toml_str(&date_text),
            toml_str(&title),
            toml_str(&title),
            toml_str(FORMS[n % FORMS.len()]),
        );
    }
    fs::write(args.out.join("corpus.toml"), manifest).expect("write corpus.toml");
    let synthetic = args.articles.saturating_sub(seeds.documents.len());
    eprintln!(
        "generate: {} articles in {} ({} synthetic, {} body words, {} mean)",
        args.articles,
        args.out.display(),
        synthetic,
        total_words,
        if synthetic > 0 { total_words / synthetic } else { 0 }
    );
}
