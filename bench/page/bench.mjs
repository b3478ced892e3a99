// Runs in the benchmark page: loads one engine over one corpus, the way it would ship
// to a browser (its runtime and its prebuilt index fetched from the server), then
// measures start-up, query latency, the results-view update and, for the seeds, the
// rankings of the labelled queries. run.mjs calls `window.bench(config)` once per page.

import * as E from "./engines.mjs";

const now = () => performance.now();

async function fetchOk(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r;
}
const fetchText = async (url) => (await fetchOk(url)).text();
const fetchBytes = async (url) => new Uint8Array(await (await fetchOk(url)).arrayBuffer());

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(s);
  });
}

/** The JS engines return ids: the results view takes titles and a plain snippet from the docs. */
function jsView(docs, ids, q) {
  const words = E.queryWords(q);
  return ids.map((i) => ({ title: docs[i].title, snippet: E.plainSnippet(docs[i].body, words) }));
}

// Each loader returns { phases (ms), search(q, limit) → ids, view(q, limit) → [{title, snippet}],
// rank(q, k) → ids (for quality), async (search returns a promise), heap (bytes or null) }.
const loaders = {
  async framescope(c) {
    const t0 = now();
    const mod = await import(c.js);
    const wasm = await mod.default({ module_or_path: c.wasm });
    const t1 = now();
    const bytes = await fetchBytes(c.blob);
    const t2 = now();
    const fs = new mod.FramescopeSearch(bytes);
    const t3 = now();
    return {
      phases: { runtime: t1 - t0, index_fetch: t2 - t1, index_load: t3 - t2, docs: 0 },
      ready_index: t3 - t0,
      ready_view: t3 - t0,
      search: (q, limit) => fs.search(q, limit),
      view: (q, limit) => {
        const flat = fs.results_view(q, limit);
        const out = [];
        for (let i = 0; i + 1 < flat.length; i += 2) out.push({ title: flat[i], snippet: flat[i + 1] });
        return out;
      },
      rank: (q, k) => Array.from(fs.search(q, k)),
      wasmMemory: () => wasm.memory.buffer.byteLength,
    };
  },
  async minisearch(c) {
    const t0 = now();
    const { default: MiniSearch } = await import(c.lib);
    const t1 = now();
    const json = await fetchText(c.index);
    const t2 = now();
    const ms = E.miniSearchLoad(MiniSearch, json);
    const t3 = now();
    const docs = JSON.parse(await fetchText(c.docs));
    const t4 = now();
    return {
      phases: { runtime: t1 - t0, index_fetch: t2 - t1, index_load: t3 - t2, docs: t4 - t3 },
      ready_index: t3 - t0,
      ready_view: t4 - t0,
      search: (q, limit) => E.miniSearchSearch(ms, q, limit),
      view: (q, limit) => jsView(docs, E.miniSearchSearch(ms, q, limit), q),
      rank: (q, k) => E.miniSearchSearch(ms, q, k),
    };
  },
  async lunr(c) {
    const t0 = now();
    await loadScript(c.lib);
    const lunr = window.lunr;
    const t1 = now();
    const json = await fetchText(c.index);
    const t2 = now();
    const idx = E.lunrLoad(lunr, json);
    const t3 = now();
    const docs = JSON.parse(await fetchText(c.docs));
    const t4 = now();
    return {
      phases: { runtime: t1 - t0, index_fetch: t2 - t1, index_load: t3 - t2, docs: t4 - t3 },
      ready_index: t3 - t0,
      ready_view: t4 - t0,
      search: (q, limit) => E.lunrSearch(lunr, idx, q, limit),
      view: (q, limit) => jsView(docs, E.lunrSearch(lunr, idx, q, limit), q),
      rank: (q, k) => E.lunrSearch(lunr, idx, q, k),
    };
  },
  async flexsearch(c) {
    const t0 = now();
    const { default: FlexSearch } = await import(c.lib);
    const t1 = now();
    const json = await fetchText(c.index);
    const t2 = now();
    const idx = E.flexLoad(FlexSearch, json);
    const t3 = now();
    const docs = JSON.parse(await fetchText(c.docs));
    const t4 = now();
    return {
      phases: { runtime: t1 - t0, index_fetch: t2 - t1, index_load: t3 - t2, docs: t4 - t3 },
      ready_index: t3 - t0,
      ready_view: t4 - t0,
      search: (q, limit) => E.flexSearch(idx, q, limit),
      view: (q, limit) => jsView(docs, E.flexSearch(idx, q, limit), q),
      rank: (q, k) => E.flexSearch(idx, q, k),
    };
  },
  async pagefind(c) {
    const t0 = now();
    const pf = await import(c.lib);
    await pf.options({ basePath: c.base, excerptLength: 30 });
    await pf.init();
    const t1 = now();
    const data = async (results, k) => Promise.all(results.slice(0, k).map((r) => r.data()));
    return {
      // Pagefind fetches its index chunks lazily, at the first query that needs them.
      phases: { runtime: t1 - t0, index_fetch: 0, index_load: 0, docs: 0 },
      ready_index: t1 - t0,
      ready_view: t1 - t0,
      async: true,
      search: async (q, limit) => (await pf.search(q)).results.slice(0, limit),
      view: async (q, limit) =>
        (await data((await pf.search(q)).results, limit)).map((d) => ({ title: d.meta?.title ?? d.url, snippet: d.excerpt })),
      rank: async (q, k) => (await data((await pf.search(q)).results, k)).map((d) => E.pagefindDoc(d.url)),
    };
  },
};

function render(list, items) {
  const frag = document.createDocumentFragment();
  for (const it of items) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = "#";
    a.textContent = it.title;
    const p = document.createElement("p");
    p.textContent = it.snippet;
    li.append(a, p);
    frag.append(li);
  }
  list.replaceChildren(frag);
  return list.offsetHeight; // style and layout now, inside the measured time
}

function quantile(sorted, p) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i];
}
function summary(samples) {
  const s = Float64Array.from(samples).sort();
  let sum = 0;
  for (const x of s) sum += x;
  return { n: s.length, p50: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1] ?? null, mean: s.length ? sum / s.length : null };
}

let sink = 0;

window.bench = async function bench(config) {
  const status = document.getElementById("status");
  const list = document.getElementById("results");
  status.textContent = `${config.name} over ${config.size} articles`;
  const resourcesBefore = performance.getEntriesByType("resource").length;
  const engine = await loaders[config.engine](config.urls);
  const bytesFetched = () =>
    performance.getEntriesByType("resource").reduce((n, e) => n + (e.encodedBodySize || 0), 0);
  const startupBytes = bytesFetched();
  const out = {
    engine: config.name,
    size: config.size,
    phases: engine.phases,
    ready_index_ms: engine.ready_index,
    ready_view_ms: engine.ready_view,
    startup_fetched_bytes: startupBytes,
    startup_requests: performance.getEntriesByType("resource").length - resourcesBefore,
  };
  const queries = config.queries;
  const run = async (q, limit) => (await engine.search(q, limit)).length;

  // The first query, cold.
  {
    const t = now();
    sink += await run(queries[0].q, E.LIMIT);
    out.first_query_ms = now() - t;
  }

  // Warm-up: every query once; hit counts (top 20) per query.
  const hits = [];
  for (const q of queries) hits.push(await run(q.q, E.LIMIT));
  out.hits = hits;
  for (const q of queries) sink += await run(q.q, E.LIMIT);

  // Latency: round-robin over the query set. A sample is one query run K times in a
  // row, divided by K, with K chosen per query so a sample lasts at least 0.2 ms: the
  // timer's resolution is 5 µs (cross-origin isolated), too coarse for the fastest
  // engines' single calls. Slow queries (≥ 0.2 ms) are timed call by call (K = 1).
  const call = engine.async
    ? async (q) => (await engine.search(q, E.LIMIT)).length
    : (q) => engine.search(q, E.LIMIT).length;
  const batch = [];
  let pass = 0;
  for (const q of queries) {
    const t = now();
    for (let k = 0; k < 3; k++) sink += await call(q.q);
    const est = (now() - t) / 3;
    const k = Math.min(1000, Math.max(1, Math.ceil(0.2 / Math.max(est, 0.0005))));
    batch.push(k);
    pass += k * est;
  }
  const reps = Math.max(5, Math.min(config.maxReps ?? 30, Math.floor((config.budgetMs ?? 6000) / Math.max(pass, 0.01))));
  const samples = queries.map(() => []);
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < queries.length; i++) {
      const q = queries[i].q;
      const k = batch[i];
      let n = 0;
      const t = now();
      if (engine.async) for (let j = 0; j < k; j++) n += (await engine.search(q, E.LIMIT)).length;
      else for (let j = 0; j < k; j++) n += engine.search(q, E.LIMIT).length;
      samples[i].push((now() - t) / k);
      sink += n;
    }
  }
  out.batch = batch;
  out.reps = reps;
  out.latency = summary(samples.flat());
  out.latency_by_kind = {};
  for (const kind of [...new Set(queries.map((q) => q.kind))]) {
    out.latency_by_kind[kind] = summary(samples.filter((_, i) => queries[i].kind === kind).flat());
  }
  out.per_query_median = samples.map((s) => summary(s).p50);

  // The results view: search, top 20 with title and snippet, 20 list items, style and layout.
  const viewSamples = [];
  const viewReps = config.viewReps ?? 5;
  for (const q of queries) await engine.view(q.q, E.LIMIT); // warm (Pagefind: fragments)
  for (let r = 0; r < viewReps; r++) {
    for (const q of queries) {
      const t = now();
      const items = await engine.view(q.q, E.LIMIT);
      sink += render(list, items);
      viewSamples.push(now() - t);
    }
  }
  out.view = summary(viewSamples);
  out.view_within_16ms = viewSamples.filter((x) => x <= 16).length / viewSamples.length;
  out.total_fetched_bytes = bytesFetched();

  // Quality: the labelled queries' top 10.
  if (config.labelled) {
    out.rankings = [];
    for (const q of config.labelled) out.rankings.push(await engine.rank(q.q, 10));
  }
  if (engine.wasmMemory) out.wasm_memory_bytes = engine.wasmMemory();
  if (performance.memory) out.js_heap_bytes = performance.memory.usedJSHeapSize;
  out.timer_resolution_isolated = self.crossOriginIsolated;
  out.sink = sink;
  status.textContent = "done";
  return out;
};
