// The engines' options and query adapters, shared by Node (building the JS engines'
// indexes, lib/build-js.mjs) and the browser (loading them and searching, page/bench.mjs).
// Every function takes the library it drives as an argument, so this module imports
// nothing and runs in both places unchanged.
//
// Comparable settings, as far as each engine allows:
// - fields: title (weight 2 where the engine has field weights) and body;
// - a query is sent as typed, without a trailing space: words must all match (AND),
//   the last word also matches as a prefix (search as you type);
// - words of 5 letters or more also match at edit distance 1 (typos) where the engine
//   has fuzzy matching (MiniSearch, Lunr, Framescope); FlexSearch has no query-time
//   fuzziness, its "LatinBalance" encoder is its closest tolerant setting; Pagefind has none;
// - quoted phrases are phrases for the engines that have phrase search (Framescope,
//   Pagefind) and plain words (AND) for the others;
// - 20 results wanted; MiniSearch and Lunr have no limit option and rank every match.

export const LIMIT = 20;
export const TITLE_BOOST = 2;

/** The words of a query, lower-cased; quotes and punctuation dropped. */
export function queryWords(q) {
  return q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Edit distance allowed for a query word (0: exact only). */
export function fuzzyDistance(word) {
  return [...word].length >= 5 ? 1 : 0;
}

// --------------------------------------------------------------------------- MiniSearch

export const miniSearchOptions = {
  idField: "i",
  fields: ["title", "body"],
  storeFields: [],
};

export function miniSearchBuild(MiniSearch, docs) {
  const ms = new MiniSearch(miniSearchOptions);
  ms.addAll(docs.map((d, i) => ({ i, title: d.title, body: d.body })));
  return ms;
}

export function miniSearchLoad(MiniSearch, json) {
  return MiniSearch.loadJSON(json, miniSearchOptions);
}

export function miniSearchSearch(ms, q, limit = LIMIT) {
  const words = queryWords(q);
  if (words.length === 0) return [];
  const results = ms.search(words.join(" "), {
    combineWith: "AND",
    boost: { title: TITLE_BOOST },
    prefix: (_term, i, terms) => i === terms.length - 1,
    fuzzy: (term) => (fuzzyDistance(term) > 0 ? 1 : false),
  });
  const out = new Array(Math.min(limit, results.length));
  for (let i = 0; i < out.length; i++) out[i] = results[i].id;
  return out;
}

// --------------------------------------------------------------------------------- Lunr
// Lunr stems (its default pipeline) and has no "one of these" clause that is required,
// so each query word is expanded to the index terms it may match (its stem, plus
// edit-distance-1 and, for the last word, prefix expansions: what Lunr's own wildcard
// and fuzzy clauses do), all expansions are searched, and a result must match every
// word (AND), checked on Lunr's match data.

export function lunrBuild(lunr, docs) {
  return lunr(function () {
    this.ref("i");
    this.field("title", { boost: TITLE_BOOST });
    this.field("body");
    this.metadataWhitelist = [];
    docs.forEach((d, i) => this.add({ i, title: d.title, body: d.body }));
  });
}

export function lunrLoad(lunr, json) {
  return lunr.Index.load(JSON.parse(json));
}

export function lunrSearch(lunr, idx, q, limit = LIMIT) {
  // Stop words are not indexed: drop them, but for the last word, which may be the
  // start of a longer word ("for" → "foreign").
  const all = queryWords(q);
  const words = all.filter((w, i) => i === all.length - 1 || lunr.stopWordFilter(w) !== undefined);
  if (words.length === 0) return [];
  const sets = words.map((w, i) => {
    const last = i === words.length - 1;
    const stem = lunr.stemmer(new lunr.Token(w)).toString();
    const terms = new Set();
    const add = (tokenSet) => {
      for (const t of idx.tokenSet.intersect(tokenSet).toArray()) terms.add(t);
    };
    add(lunr.TokenSet.fromString(stem));
    if (stem !== w) add(lunr.TokenSet.fromString(w));
    if (fuzzyDistance(w) > 0) add(lunr.TokenSet.fromFuzzyString(stem, 1));
    if (last) {
      add(lunr.TokenSet.fromString(w + "*"));
      if (stem !== w) add(lunr.TokenSet.fromString(stem + "*"));
    }
    return terms;
  });
  if (sets.some((s) => s.size === 0)) return [];
  const results = idx.query((query) => {
    for (const set of sets) for (const t of set) query.term(t, { usePipeline: false });
  });
  const out = [];
  for (const r of results) {
    const matched = Object.keys(r.matchData.metadata);
    if (sets.every((set) => matched.some((t) => set.has(t)))) {
      out.push(Number(r.ref));
      if (out.length === limit) break;
    }
  }
  return out;
}

// --------------------------------------------------------------------------- FlexSearch

export function flexOptions() {
  return {
    tokenize: "forward",
    encoder: "LatinBalance",
    resolution: 9,
    cache: false,
    document: { id: "i", index: ["title", "body"] },
  };
}

export function flexBuild(FlexSearch, docs) {
  const idx = new FlexSearch.Document(flexOptions());
  docs.forEach((d, i) => idx.add({ i, title: d.title, body: d.body }));
  return idx;
}

export async function flexExport(idx) {
  const out = {};
  await idx.export((key, data) => {
    out[key] = data;
  });
  return JSON.stringify(out);
}

export function flexLoad(FlexSearch, json) {
  const idx = new FlexSearch.Document(flexOptions());
  const parts = JSON.parse(json);
  for (const key of Object.keys(parts)) idx.import(key, parts[key]);
  return idx;
}

export function flexSearch(idx, q, limit = LIMIT) {
  const words = queryWords(q);
  if (words.length === 0) return [];
  // The limit applies per field; merged, up to twice as many come back.
  const results = idx.search(words.join(" "), { limit, merge: true });
  const out = new Array(Math.min(limit, results.length));
  for (let i = 0; i < results.length; i++) out[i] = Number(results[i].id);
  return out;
}

// ----------------------------------------------------------------------------- Pagefind

/** The HTML page Pagefind indexes for a document: the title as its heading, paragraphs. */
export function pagefindHtml(d) {
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const paragraphs = d.body
    .split("\n\n")
    .map((p) => `<p>${esc(p)}</p>`)
    .join("");
  return `<!doctype html><html lang="en"><head><title>${esc(d.title)}</title></head><body><h1>${esc(d.title)}</h1>${paragraphs}</body></html>`;
}

/** The URL of document `i` in the Pagefind index; `pagefindDoc` reads it back. */
export const pagefindUrl = (i) => `/doc/${i}/`;
export const pagefindDoc = (url) => Number(url.match(/\/doc\/(\d+)\//)?.[1] ?? -1);

// ---------------------------------------------------------------------------- snippets

/** The JS engines return ids only: a plain snippet (the first line holding a query word). */
export function plainSnippet(body, words, width = 160) {
  const lower = body.toLowerCase();
  let at = -1;
  for (const w of words) {
    const i = lower.indexOf(w);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return body.slice(0, width);
  const start = Math.max(0, at - width / 2);
  return (start > 0 ? "…" : "") + body.slice(start, start + width) + "…";
}
