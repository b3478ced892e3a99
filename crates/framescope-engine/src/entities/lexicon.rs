//! Word lists for entity extraction. Each list is general English news usage, not any
//! one site's: titles that precede names, head nouns that make a name an organisation or
//! a law/programme, words that are capitalised without being names.

use framescope_core::text::fold;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Words that, capitalised before a name, are a person's title ("Secretary Janet
/// Napolitano", "Gov. Mitt Romney"). Folded.
const TITLES: &[&str] = &[
    "acting",
    "cmdr",
    "cdr",
    "adm",
    "brig",
    "cpl",
    "capt",
    "cllr",
    "det",
    "fr",
    "insp",
    "maj",
    "rev",
    "sgt",
    "supt",
    "admiral",
    "ambassador",
    "assistant",
    "attorney",
    "captain",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "colonel",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "councillor",
    "councilor",
    "councilmember",
    "coun",
    "councilman",
    "councilwoman",
    "deputy",
    "director",
    "executive",
    "dr",
    "general",
    "gen",
    "gov",
    "governor",
    "manager",
    "leader",
    "judge",
    "justice",
    "king",
    "lieutenant",
    "lt",
    "madam",
    "mayor",
    "minister",
    "officer",
    "mr",
    "mrs",
    "ms",
    "pope",
    "premier",
    "president",
    "prime",
    "prince",
    "princess",
    "professor",
    "prof",
    "queen",
    "rep",
    "representative",
    "sen",
    "senator",
    "secretary",
    "undersecretary",
    "sheriff",
    "sir",
    "speaker",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "superintendent",
    "vice",
    // Occupations written before a name as a title ("Playwright Tomás Elizondo",
    // "Striker Kenji Abara-Walsh", "Economist Ana Ruiz").
    "activist",
    "actor",
    "actress",
    "analyst",
    "artist",
    "author",
    "columnist",
    "correspondent",
    "defender",
    "economist",
    "filmmaker",
    "goalkeeper",
    "historian",
    "lawyer",
    "midfielder",
    "novelist",
    "playwright",
    "poet",
    "prosecutor",
    "researcher",
    "scientist",
    "singer",
    "striker",
    // Plurals, for "Secretaries Napolitano and Chong".
    "ambassadors",
    "governors",
    "ministers",
    "presidents",
    "representatives",
    "secretaries",
    "senators",
    "sergeant",
    "constable",
    "inspector",
    "detective",
    "corporal",
    "marshal",
];

/// Titles written with a full stop that still run on into the name ("Gov. Mitt Romney").
const ABBREVIATED_TITLES: &[&str] = &[
    "dr", "gen", "gov", "lt", "mr", "mrs", "ms", "prof", "rep", "sen", "st", "col", "capt", "cllr", "det", "fr",
    "insp", "maj", "rev", "sgt", "supt", "hon", "rt", "cmdr", "cdr", "adm", "brig", "cpl", "coun",
];

/// Head nouns of organisation names ("Department of …", "… Institute", "… Cartel"). Folded.
/// (Firms' heads are in [`BUSINESS_HEADS`].)
const ORGANISATION_HEADS: &[&str] = &[
    "academy",
    "administration",
    "agency",
    "alliance",
    "army",
    "assembly",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "cabinet",
    "cartel",
    "center",
    "centers",
    "centre",
    "centres",
    "church",
    "coalition",
    "college",
    "command",
    "commission",
    "committee",
    "company",
    "congress",
    "corporation",
    "corps",
    "council",
    "court",
    "department",
    "district",
    "division",
    "enforcement",
    "exchange",
    "federation",
    "force",
    "forces",
    "foundation",
    "front",
    "fund",
    "group",
    "guard",
    "hospital",
    "house",
    "institute",
    "infirmary",
    "institution",
    "journal",
    "archives",
    "gallery",
    "museum",
    "lab",
    "laboratories",
    "laboratory",
    "labs",
    "legislature",
    "library",
    "league",
    // "Vermont Emergency Management", "Northland Asset Management".
    "management",
    "ministry",
    "movement",
    "navy",
    "markets",
    "network",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "project",
    "patrol",
    "police",
    "protection",
    "school",
    "schools",
    "radio",
    "senate",
    "service",
    "services",
    "society",
    "studies",
    "tribunal",
    "trust",
    "union",
    "university",
    // Units, ensembles and other bodies.
    "squadron",
    "unit",
    "regiment",
    "battalion",
    "brigade",
    "fleet",
    "wing",
    "collective",
    "cooperative",
    "co-operative",
    "consortium",
    "directorate",
    "inspectorate",
    "secretariat",
    "observatory",
    "conservatory",
    "orchestra",
    "choir",
    "ensemble",
    "band",
    "club",
    "team",
    "airline",
    "airlines",
    "railway",
    "railways",
    "bancorp",
    "caucus",
    "delegation",
    "embassy",
    "consulate",
    "times",
    "herald",
    "gazette",
    "tribune",
    "chronicle",
    "courier",
    "dispatch",
    "sentinel",
    "inquirer",
    "examiner",
    "telegraph",
    "rangers",
    "rovers",
    "wanderers",
    "athletic",
    "comision",
    "fiscalia",
    "ministerio",
    "observatorio",
    "direccion",
    "secretaria",
    "instituto",
    "policia",
    "procuraduria",
    "consejo",
    "servicio",
    "ejercito",
    "agencia",
    "oficina",
    "camara",
    "juzgado",
    "defensoria",
    "universidad",
    "asociacion",
    "fundacion",
    "sindicato",
    "federacion",
    "confederacion",
    "coordinadora",
    "movimiento",
    "ministere",
    "prefecture",
    "fundacao",
    // Irish: "Bord na Móna", "An Coimisiún Pleanála".
    "bord",
    "coimisiun",
    // French: "Sûreté du Québec", "Conseil des ministres".
    "surete",
    "conseil",
    "agence",
    "societe",
    "syndicat",
    "associacao",
];

/// Head nouns of laws, programmes, agreements, strategies and named events. Folded.
const OTHER_HEADS: &[&str] = &[
    "accord",
    "accords",
    "act",
    "agreement",
    "amendment",
    "awards",
    "bill",
    "code",
    "conference",
    "convention",
    "cup",
    "doctrine",
    "championship",
    "championships",
    "festival",
    "finals",
    "forum",
    "games",
    "initiative",
    "law",
    "pact",
    "olympics",
    "open",
    "order",
    "tournament",
    "plan",
    "prize",
    "program",
    "programme",
    "protocol",
    "reform",
    "strategy",
    "summit",
    "treaty",
    // Policies, schemes, fairs, wars and prizes.
    "award",
    "biennale",
    "carnival",
    "deal",
    "directive",
    "exhibition",
    "expo",
    "fair",
    "fringe",
    "gala",
    "marathon",
    "policy",
    "premiership",
    "regulation",
    "scheme",
    "trophy",
    "war",
    "understanding",
    // Rules, charges and lists: "Digital Credit Providers Regulations", "Land Use Charge",
    // "Community Ownership Pledge", "SDN List", "Global Peace Index".
    "charge",
    "charter",
    "guidelines",
    "index",
    "list",
    "pledge",
    "regulations",
    "rules",
    "statute",
    "tax",
    // Funds: "Border Management and Visa Instrument", "Asylum, Migration and Integration
    // Fund" (but "Fund" heads bodies too: the International Monetary Fund).
    "instrument",
];

/// Head nouns of place names ("Gatun Lake", "Alaska Highway", "Fort Nelson"). Folded.
const PLACE_HEADS: &[&str] = &[
    "airport",
    "arena",
    "avenue",
    "bay",
    "beach",
    "bridge",
    "canal",
    "canyon",
    "cape",
    "city",
    "coast",
    "county",
    "creek",
    "desert",
    "dock",
    "fort",
    "gulf",
    "harbour",
    "harbor",
    "highway",
    "hills",
    "horn",
    "island",
    "islands",
    "isle",
    "kingdom",
    "lagoon",
    "lake",
    "mount",
    "mountain",
    "mountains",
    "ocean",
    "park",
    "peninsula",
    "plaza",
    "port",
    "province",
    "republic",
    "river",
    "road",
    "sea",
    "square",
    "stadium",
    "strait",
    "street",
    "valley",
    "hotel",
    // Venues, buildings, works and routes: "Orpheum Theatre", "Kent Station", "Derrycashel Bog".
    "annex",
    "auditorium",
    "ballroom",
    "bog",
    "boulevard",
    "cemetery",
    "corridor",
    "crossing",
    "dam",
    "depot",
    "esplanade",
    "expressway",
    "falls",
    "freeway",
    "glacier",
    "heights",
    "junction",
    "marae",
    "marina",
    "motorway",
    "oval",
    "pass",
    "palace",
    "pavilion",
    "pier",
    "promenade",
    "quay",
    "racecourse",
    "reservoir",
    "stand",
    "station",
    "terminal",
    "theater",
    "theatre",
    "tunnel",
    "wharf",
    "basin",
    "lakes",
    "region",
    "saddle",
    "gorge",
    "plateau",
    // Prisons and picture houses: "Maghaberry Prison", "Eyre Square Picturehouse".
    "prison",
    "jail",
    "gaol",
    "penitentiary",
    "cinema",
    "picturehouse",
    // Land and water features and city districts: "Mekong Delta", "Darién Gap", "Deschutes
    // National Forest", "Victorian Quarter", "Great Barrier Reef".
    "archipelago",
    "atoll",
    "delta",
    "estuary",
    "forest",
    "gap",
    "quarter",
    "reef",
    "bluff",
    // Regions of other countries' states: "Lublin Voivodeship", "Kharkiv Oblast",
    // "Aichi Prefecture", "Giza Governorate", "Canton of Vaud".
    "canton",
    "governorate",
    "oblast",
    "voivodeship",
    // A room in a building: "the Gibraltar Room".
    "room",
    "farm",
];

/// Place heads that are also common surnames ("Dalrymple Hall" but "Stuart Hall"): a
/// place's head only after a word that is no given name. Folded.
const SURNAME_PLACE_HEADS: &[&str] = &["hall", "lane", "plant", "hill"];

/// A place head that is also a surname ("Hall", "Lane", "Plant").
pub fn is_surname_place_head(word: &str) -> bool {
    contains(SURNAME_PLACE_HEADS, word)
}

/// First words of place names in several languages: "Fort Nelson", "Mount Rainier",
/// "Cerro Alegre", "Vila Real de Santo António", "Bab el-Mandeb". Folded.
const PLACE_OPENERS: &[&str] = &[
    "bab", "bahia", "salar", "cabo", "cape", "cerro", "co", "county", "fort", "ile", "isla", "jabal", "jebel", "lac",
    "lago", "lake", "laguna", "loch", "lough", "mont", "monte", "mount", "playa", "pointe", "port", "porto", "puerto",
    "punta", "river", "vila", "wadi",
    // Spanish, Irish and Polish: "Sierra Madre", "Ciudad Juárez", "Inis Meáin", "Nowa Dęba".
    "sierra", "ciudad", "inis", "inish", "nowa", "nowy", "nueva", "nuevo",
    // Squares and streets: "Plaza San Martín", "Praça do Comércio", "Avenida Paulista".
    "plaza", "piazza", "praca", "avenida", "calle", "rua", "parc", "parque",
];

/// Head nouns that open bodies' names in Romance and Irish usage, the head first: "Club
/// Atlético Paraná", "Deportivo Utila", "Migración Colombia", "Grupo Bimbo". Folded.
const ORGANISATION_OPENERS: &[&str] = &[
    "alianza",
    "asamblea",
    "asociacion",
    "associacao",
    "centro",
    "colectivo",
    "coletivo",
    "consejo",
    "corporacion",
    "frente",
    "partido",
    "plataforma",
    "banco",
    "bord",
    "club",
    "coimisiun",
    "comision",
    "compania",
    "conseil",
    "confederacion",
    "deportivo",
    "direccion",
    "federacion",
    "fiscalia",
    "fundacao",
    "fundacion",
    "grupo",
    "instituto",
    "migracion",
    "ministere",
    "ministerio",
    "movimiento",
    "policia",
    "secretaria",
    "sindicato",
    "sporting",
    "surete",
    "universidad",
    // French and German: "Institut Halieutique et des Sciences Marines", "Fondation pour
    // les Aires Protégées", "Stiftung Warentest".
    "agence",
    "association",
    "banque",
    "caisse",
    "comite",
    "ecole",
    "fondation",
    "institut",
    "societe",
    "universite",
    "stiftung",
    "verband",
    "verein",
    "landgericht",
    "amtsgericht",
    "oberlandesgericht",
    "bundesgerichtshof",
    "staatsanwaltschaft",
];

/// A head noun that opens a body's name ("Club", "Deportivo", "Grupo").
pub fn is_organisation_opener(word: &str) -> bool {
    contains(ORGANISATION_OPENERS, word)
}

/// A word that opens place names ("Fort", "Cerro", "Vila").
pub fn is_place_opener(word: &str) -> bool {
    contains(PLACE_OPENERS, word)
}

/// Words before "Centre" or "Center" that make it a venue, not a body: "Genesis
/// Convention Center", "Aberdare Leisure Centre" (but "Woodrow Wilson Center"). Folded.
const VENUE_CENTRES: &[&str] = &[
    "aquatic",
    "arts",
    "civic",
    "community",
    "conference",
    "convention",
    "cultural",
    "detention",
    "distribution",
    "evacuation",
    "exhibition",
    "fitness",
    "operations",
    "garden",
    "leisure",
    "recreation",
    "shopping",
    "sports",
    "transit",
    "visitor",
    "visitors",
];

/// "Convention" in "Convention Center": the centre is a venue, a place.
pub fn is_venue_centre_modifier(word: &str) -> bool {
    contains(VENUE_CENTRES, word)
}

/// A head noun (first or last word) of place names.
pub fn is_place_head(word: &str) -> bool {
    contains(PLACE_HEADS, word)
}

/// Lower-case words that join the parts of one name ("Department of Homeland Security",
/// "Customs and Border Protection", "Secretary of the Interior").
const CONNECTORS: &[&str] = &[
    "and", "contra", "da", "das", "de", "del", "des", "do", "dos", "du", "el", "for", "la", "las", "los", "na", "of",
    "on", "para", "the", "y",
];

/// Capitalised words that are not names: days, months, pronouns and the words that
/// start sentences. Folded.
const NOT_NAMES: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "again",
    "all",
    "also",
    "although",
    "an",
    "and",
    "another",
    "any",
    "apr",
    "april",
    "are",
    "as",
    "at",
    "aug",
    "august",
    "because",
    "before",
    "both",
    "but",
    "by",
    "dec",
    "december",
    "despite",
    "during",
    "each",
    "even",
    "every",
    "feb",
    "february",
    "for",
    "friday",
    "from",
    "he",
    "her",
    "here",
    "his",
    "how",
    "i",
    // Time zones after a clock time.
    "cet",
    "cest",
    "edt",
    "est",
    "gmt",
    "pdt",
    "pst",
    "utc",
    // "I'm", "I've" (apostrophes fold away) and people no one can name.
    "im",
    "ive",
    "anybody",
    "anyone",
    "everybody",
    "everyone",
    "nobody",
    "somebody",
    "someone",
    "if",
    "in",
    "into",
    "it",
    "its",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "last",
    "mar",
    "march",
    "may",
    "meanwhile",
    "monday",
    "more",
    "most",
    "mr",
    "much",
    "my",
    "nearly",
    "new",
    "next",
    "no",
    "none",
    "nor",
    "not",
    "nov",
    "november",
    "now",
    "oct",
    "october",
    "of",
    "on",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "saturday",
    "saturdays",
    // Time zones.
    "gmt",
    "bst",
    "utc",
    "edt",
    "pst",
    "pdt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "ist",
    "aest",
    "aedt",
    "awst",
    "acst",
    "cet",
    "cest",
    "wat",
    "eat",
    "sast",
    "jst",
    "kst",
    "nzst",
    "nzdt",
    "sundays",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "sep",
    "sept",
    "september",
    "she",
    "since",
    "so",
    "some",
    "still",
    "such",
    "sunday",
    "than",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thursday",
    "to",
    "today",
    "tomorrow",
    "tuesday",
    "under",
    "unlike",
    "until",
    "we",
    "wednesday",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "with",
    "within",
    "without",
    "yes",
    "yesterday",
    "yet",
    "you",
];

/// Verbs of speech that mark the name beside them as a person ("Wood says", "said Selee").
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "argued",
    "argues",
    "asked",
    "asks",
    "explained",
    "explains",
    "noted",
    "notes",
    "stated",
    "states",
    "warned",
    "warns",
    "wrote",
    "writes",
    "acknowledged",
    "insisted",
    "insists",
    "recalled",
    "claimed",
    "claims",
    "announced",
    "announces",
    "believes",
    "believed",
    "thinks",
    "stressed",
    "spoke",
    "speaks",
    "testified",
    "replied",
    "replies",
    "responded",
    "conceded",
    "agreed",
    "agrees",
    "disagreed",
];

/// Nouns that, after a single name, make it a leader's name ("the Obama administration").
const LEADER_NOUNS: &[&str] = &["administration", "government", "presidency", "era", "campaign"];

/// Direction words that make a place of the place after them ("South Texas").
const DIRECTIONS: &[&str] = &[
    "central",
    "east",
    "eastern",
    "north",
    "northern",
    "south",
    "southern",
    "west",
    "western",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// World regions that no country list holds.
const REGIONS: &[&str] = &[
    "latin america",
    "central america",
    "the americas",
    "americas",
    "caribbean",
    "middle east",
    "southeast asia",
    "south asia",
    "east asia",
    "central asia",
    "sub-saharan africa",
    "north africa",
    "west africa",
    "east africa",
    "balkans",
    "scandinavia",
    "western europe",
    "eastern europe",
    "gulf of mexico",
    "persian gulf",
];

/// Whether folded words name a world region.
pub fn is_region(words: &str) -> bool {
    REGIONS.contains(&words)
}

/// Common abbreviations of places and bodies, to the full name and kind they stand for.
/// (US state abbreviations as wire style writes them, and the usual country forms.)
pub const ABBREVIATIONS: &[(&str, &str, &str)] = &[
    ("u.s.", "United States", "place"),
    ("us", "United States", "place"),
    ("usa", "United States", "place"),
    ("u.s.a.", "United States", "place"),
    ("u.k.", "United Kingdom", "place"),
    ("uk", "United Kingdom", "place"),
    ("d.c.", "Washington, D.C.", "place"),
    ("u.n.", "United Nations", "organisation"),
    ("un", "United Nations", "organisation"),
    ("e.u.", "European Union", "organisation"),
    ("eu", "European Union", "organisation"),
    ("tex.", "Texas", "place"),
    ("calif.", "California", "place"),
    ("ariz.", "Arizona", "place"),
    ("fla.", "Florida", "place"),
    ("n.m.", "New Mexico", "place"),
    ("n.y.", "New York", "place"),
    // The rest of the AP's state abbreviations that are not also everyday words.
    ("ala.", "Alabama", "place"),
    ("ark.", "Arkansas", "place"),
    ("colo.", "Colorado", "place"),
    ("conn.", "Connecticut", "place"),
    ("ga.", "Georgia", "place"),
    ("ill.", "Illinois", "place"),
    ("ind.", "Indiana", "place"),
    ("kan.", "Kansas", "place"),
    ("ky.", "Kentucky", "place"),
    ("md.", "Maryland", "place"),
    ("mass.", "Massachusetts", "place"),
    ("mich.", "Michigan", "place"),
    ("minn.", "Minnesota", "place"),
    ("miss.", "Mississippi", "place"),
    ("mont.", "Montana", "place"),
    ("neb.", "Nebraska", "place"),
    ("nev.", "Nevada", "place"),
    ("n.h.", "New Hampshire", "place"),
    ("n.j.", "New Jersey", "place"),
    ("n.c.", "North Carolina", "place"),
    ("n.d.", "North Dakota", "place"),
    ("okla.", "Oklahoma", "place"),
    ("ore.", "Oregon", "place"),
    ("pa.", "Pennsylvania", "place"),
    ("r.i.", "Rhode Island", "place"),
    ("s.c.", "South Carolina", "place"),
    ("s.d.", "South Dakota", "place"),
    ("tenn.", "Tennessee", "place"),
    ("vt.", "Vermont", "place"),
    ("va.", "Virginia", "place"),
    ("w.va.", "West Virginia", "place"),
    ("wis.", "Wisconsin", "place"),
    ("wyo.", "Wyoming", "place"),
];

fn contains(list: &[&str], word: &str) -> bool {
    list.contains(&fold(word).as_str())
}

/// Head nouns of firms' names: "of" after them starts no part of the name ("Parallax
/// Workforce Systems of Austin" is a firm, then a place). Folded.
const BUSINESS_HEADS: &[&str] = &[
    "advisory",
    "airlines",
    "analytics",
    "associates",
    "biologics",
    "biosciences",
    "brands",
    "capital",
    "consulting",
    "corp",
    "dynamics",
    "electronics",
    "enterprises",
    "farms",
    "foods",
    "holdings",
    "homes",
    "inc",
    "industries",
    "investments",
    "laboratories",
    "labs",
    "llc",
    "logistics",
    "ltd",
    "motors",
    "partners",
    "pharma",
    "pharmaceuticals",
    "properties",
    "realty",
    "records",
    "renewables",
    "research",
    "securities",
    "shipping",
    "solutions",
    "studios",
    "systems",
    "technologies",
    "therapeutics",
    "ventures",
    "underwriters",
];

/// A head noun of firms' names.
pub fn is_business_head(word: &str) -> bool {
    contains(BUSINESS_HEADS, word)
}

/// The last word of a ministry's portfolio ("… of Energy and Mineral Resources", "…
/// and Foreign Affairs", "… and Rural Development"). Folded.
pub fn is_portfolio(word: &str) -> bool {
    matches!(
        fold(word).as_str(),
        "affairs"
            | "agriculture"
            | "budget"
            | "communications"
            | "culture"
            | "development"
            | "economics"
            | "elections"
            | "education"
            | "engineering"
            | "energy"
            | "environment"
            | "finance"
            | "fisheries"
            | "forestry"
            | "health"
            | "heritage"
            | "housing"
            | "industry"
            | "infrastructure"
            | "innovation"
            | "justice"
            | "labor"
            | "labour"
            | "management"
            | "medicine"
            | "planning"
            | "resources"
            | "safety"
            | "science"
            | "sciences"
            | "security"
            | "sport"
            | "statistics"
            | "studies"
            | "technology"
            | "tourism"
            | "trade"
            | "transport"
            | "transportation"
            | "welfare"
            | "works"
    )
}

/// A legislature or a government body that a head noun alone names ("the Senate").
pub fn is_institution(word: &str) -> bool {
    matches!(fold(word).as_str(), "senate" | "congress" | "parliament" | "cabinet" | "bundestag" | "knesset" | "duma")
}

/// A place head that a number completes ("Ward 12", "Interstate 26", "Route 66").
pub fn is_numbered_place(word: &str) -> bool {
    matches!(fold(word).as_str(), "ward" | "precinct" | "interstate" | "route" | "highway")
}

/// A head noun that a number completes ("Senate Bill 2871", "Proposition 13").
pub fn is_numbered_head(word: &str) -> bool {
    matches!(
        fold(word).as_str(),
        "bill" | "resolution" | "proposition" | "measure" | "amendment" | "directive" | "order" | "title"
    )
}

/// A word that opens the name of a storm, an operation or a project ("Hurricane Odalys",
/// "Project Kestrel"). Folded.
pub fn is_event_lead(word: &str) -> bool {
    matches!(fold(word).as_str(), "hurricane" | "typhoon" | "cyclone" | "operation" | "storm" | "project")
}

/// A word that grades a storm before its kind: "Tropical Storm Ondoy", "Super Typhoon
/// Haiyan", "Severe Tropical Cyclone Gabrielle".
pub fn is_storm_grade(word: &str) -> bool {
    matches!(fold(word).as_str(), "tropical" | "super" | "severe")
}

/// A person's title.
pub fn is_title(word: &str) -> bool {
    // "Auditor-General", "Secretary-General", "Governor-General".
    contains(TITLES, word)
        || (word.contains('-')
            && (word.split('-').all(|p| contains(TITLES, p))
                || word.rsplit('-').next().is_some_and(|p| p.eq_ignore_ascii_case("general"))
                // "Sub-Inspector", "Vice-Chancellor", "Co-Chair", "Ex-President".
                || word.split_once('-').is_some_and(|(pre, rest)| {
                    matches!(fold(pre).as_str(), "sub" | "vice" | "co" | "ex" | "under" | "pro") && contains(TITLES, rest)
                })))
}

/// A title written with a full stop.
pub fn is_abbreviated_title(word: &str) -> bool {
    contains(ABBREVIATED_TITLES, word)
}

/// A member of an assembly, a party or a college written after the body, the place or
/// the rank that makes them one: "Labour MP", "a Texas Democrat", "Senior Research
/// Fellow". Like a title, no name.
pub fn is_office_holder(word: &str) -> bool {
    matches!(word, "MP" | "MPs" | "MEP" | "MEPs" | "MLA" | "MSP" | "MPP" | "Fellow" | "Democrat" | "Republican")
}

/// Honours and ranks written after a person's name: "Sean Mallon KC", "Ruth Ames OBE".
pub fn is_post_nominal(word: &str) -> bool {
    matches!(word, "KC" | "QC" | "SC" | "OBE" | "MBE" | "CBE" | "KBE" | "DBE" | "PhD" | "FRS")
}

/// A courtesy title that says nothing of what its bearer does ("Mr", "Dr.", "Hon."),
/// unlike a rank or an office ("Cpl.", "Gov.", "Cllr").
pub fn is_honorific(word: &str) -> bool {
    matches!(
        fold(word).as_str(),
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "mx"
            | "madam"
            | "madame"
            | "dr"
            | "prof"
            | "hon"
            | "rt"
            | "st"
            | "mme"
            | "mlle"
            | "mst"
            | "md"
    )
}

/// A head noun of organisation names.
pub fn is_organisation_head(word: &str) -> bool {
    contains(ORGANISATION_HEADS, word) || contains(BUSINESS_HEADS, word)
}

/// A word that makes the fund it qualifies an investor or a lender, a body rather than a
/// pot of money for a cause: "Monetary Fund", "Pension Fund", "Growth Fund".
pub fn is_investing_word(word: &str) -> bool {
    const INVESTING: &[&str] = &[
        "capital",
        "equity",
        "growth",
        "hedge",
        "income",
        "index",
        "investment",
        "investments",
        "monetary",
        "mutual",
        "opportunities",
        "opportunity",
        "pension",
        "pensions",
        "property",
        "provident",
        "sovereign",
        "value",
        "venture",
        "ventures",
        "wealth",
    ];
    INVESTING.contains(&fold(word).as_str())
}

/// A head noun of laws, programmes and events.
pub fn is_other_head(word: &str) -> bool {
    contains(OTHER_HEADS, word)
}

/// A word that joins the parts of a name.
pub fn is_connector(word: &str) -> bool {
    CONNECTORS.contains(&word)
}

/// Lower-case particles inside people's and places' names ("de la Fuente", "van der
/// Meer", "Viña del Mar", "bin Nasser").
const NAME_PARTICLES: &[&str] = &[
    "al", "ap", "bin", "binti", "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "es", "ibn",
    "la", "le", "ten", "ter", "van", "von",
];

/// A lower-case particle inside a person's or a place's name.
pub fn is_name_particle(word: &str) -> bool {
    NAME_PARTICLES.contains(&word)
}

/// Transcript labels for a voice that has no name ("UNIDENTIFIED PERSON:", "CROWD:"). Folded.
const UNNAMED_SPEAKERS: &[&str] =
    &["unidentified", "unknown", "crowd", "audience", "chorus", "group", "protesters", "voices", "caller", "vox"];

/// Transcript labels that are a role alone ("HOST:", "ANCHOR:"): the narrator, whose name,
/// if any, is given elsewhere. Folded.
const ROLE_LABELS: &[&str] =
    &["host", "anchor", "presenter", "interviewer", "moderator", "narrator", "reporter", "correspondent", "announcer"];

/// A transcript label that is only a role ("HOST").
pub fn is_role_label(label: &str) -> bool {
    contains(ROLE_LABELS, label.trim())
}

/// A word of a transcript label that names no one.
pub fn is_unnamed_speaker(word: &str) -> bool {
    contains(UNNAMED_SPEAKERS, word)
}

/// Nouns for groups of people that own an organisation's name in the possessive
/// ("Children's Hospital", "People's Party", "Veterans' Affairs"). Folded.
const GROUPS_OF_PEOPLE: &[&str] = &[
    "children", "citizens", "farmers", "men", "nurses", "people", "peoples", "sailors", "soldiers", "students",
    "teachers", "veterans", "women", "workers",
];

/// A noun for a group of people.
pub fn is_group_of_people(word: &str) -> bool {
    contains(GROUPS_OF_PEOPLE, word)
}

/// A capitalised word that is not a name.
pub fn is_not_name(word: &str) -> bool {
    contains(NOT_NAMES, word)
}

/// Verbs of speech after a plural subject: "officials say", "analysts warn". Not a cue
/// for a person's name ("the Proteas say" is a team), only for reported speech.
const PLURAL_SPEECH_VERBS: &[&str] = &["say", "argue", "warn", "note", "insist", "believe", "estimate", "explain"];

/// A verb of speech after a plural subject ("say", "warn").
pub fn is_plural_speech_verb(word: &str) -> bool {
    PLURAL_SPEECH_VERBS.contains(&word)
}

/// A verb of speech ("said", "told", "warns").
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word.to_lowercase().as_str())
}

/// A noun that makes the name before it a leader's.
pub fn is_leader_noun(word: &str) -> bool {
    LEADER_NOUNS.contains(&word.to_lowercase().as_str())
}

/// A compass direction.
pub fn is_direction(word: &str) -> bool {
    contains(DIRECTIONS, word)
}

/// The full name and kind an abbreviation stands for.
pub fn abbreviation(word: &str) -> Option<(&'static str, &'static str)> {
    let lower = word.to_lowercase();
    ABBREVIATIONS.iter().find(|(a, _, _)| *a == lower).map(|(_, full, kind)| (*full, *kind))
}

/// Holidays: dates, not named events; alone they name nothing ("over Christmas"), though
/// they open names ("Christmas Island").
const HOLIDAYS: &[&str] =
    &["christmas", "easter", "thanksgiving", "ramadan", "diwali", "hanukkah", "passover", "halloween", "eid"];

/// A holiday's name, alone.
pub fn is_holiday(word: &str) -> bool {
    contains(HOLIDAYS, word)
}

/// Nationalities, peoples, languages and religions (`data/demonyms.txt`, made by
/// `scripts/make-demonyms.py`), folded.
static DEMONYMS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    include_str!("../../data/demonyms.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(fold_name)
        .collect()
});

/// Folds each word of a name, joined by single spaces.
fn fold_name(s: &str) -> String {
    s.split_whitespace().map(fold).collect::<Vec<_>>().join(" ")
}

/// A word (or words) for a nationality, a people, a language or a religion: "Danish",
/// "Norwegians", "Costa Rican", "Mandarin", "Catholic".
pub fn is_listed_demonym(words: &str) -> bool {
    DEMONYMS.contains(&fold_name(words))
}

/// Everyday English words (`data/english-words.txt`, SCOWL's common sizes, made by
/// `scripts/make-wordlist.py`).
static EVERYDAY: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("../../data/english-words.txt").lines().filter(|l| !l.starts_with('#')).collect());

/// A word of everyday English ("salt", "category", "horses"): capitalised with no other
/// cue, it is more likely a heading's or a title's capital than a name.
pub fn is_everyday_word(word: &str) -> bool {
    EVERYDAY.contains(word.to_lowercase().as_str())
}

/// Given names of many languages (`data/given-names.txt`, from @faker-js/faker's locales,
/// made by `scripts/make-given-names.mjs`).
static GIVEN_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("../../data/given-names.txt").lines().filter(|l| !l.starts_with('#')).collect());

/// A listed given name, everyday word or not ("Karim", "Paula", "Will", "Grant").
pub fn is_given_name(word: &str) -> bool {
    GIVEN_NAMES.contains(word)
}

/// [`is_given_name`] for a folded (lower-case) word: "tony" as "Tony".
pub fn is_folded_given_name(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|first| is_given_name(&format!("{}{}", first.to_uppercase(), chars.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_folded_and_distinct() {
        for list in [TITLES, ORGANISATION_HEADS, BUSINESS_HEADS, OTHER_HEADS, NOT_NAMES, DIRECTIONS] {
            for w in list {
                assert_eq!(fold(w), *w, "{w} must be written folded");
            }
        }
        for w in ORGANISATION_HEADS {
            assert!(!OTHER_HEADS.contains(w) && !PLACE_HEADS.contains(w), "{w} is in two head lists");
        }
        for list in [PLACE_HEADS] {
            for w in list {
                assert_eq!(fold(w), *w);
            }
        }
    }

    #[test]
    fn lookups_fold_case_and_accents() {
        assert!(is_title("Secretary") && is_title("SECRETARY") && is_title("Gov"));
        assert!(is_organisation_head("Institute") && is_other_head("Initiative"));
        assert!(is_not_name("Tuesday") && !is_not_name("Napolitano"));
        assert_eq!(abbreviation("U.S."), Some(("United States", "place")));
    }
}
