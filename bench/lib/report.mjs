// Turns out/results.json into the Markdown tables of BENCHMARKS.md.

const NAMES = { framescope: "Framescope (wasm, opt-level 3)", "framescope-app": "Framescope (wasm as the app ships, opt-level z)", minisearch: "MiniSearch", lunr: "Lunr", flexsearch: "FlexSearch", pagefind: "Pagefind" };
const KINDS = ["word", "prefix", "phrase", "typo", "multi"];

const kb = (n) => (n == null ? "–" : n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} kB`);
const ms = (x, d = 2) => (x == null ? "–" : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(d));
const num = (x) => x.toLocaleString("en-US");
const pct = (x) => `${Math.round(x * 100)}%`;

function table(head, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n") + "\n";
}

/** Quality of one engine's rankings against the labelled set. */
export function quality(rankings, labelled) {
  const ids = labelled.ids;
  const per = labelled.queries.map((q, i) => {
    const rel = new Set(q.relevant.map((r) => ids[r]));
    const ranked = [...new Set(rankings[i])].slice(0, 10);
    const hit = (k) => ranked.slice(0, k).filter((d) => rel.has(d)).length;
    const first = ranked.findIndex((d) => rel.has(d));
    return {
      kind: q.kind,
      p1: hit(1),
      p3: hit(3) / 3,
      recall: hit(10) / rel.size,
      precision: ranked.length ? hit(10) / ranked.length : 0,
      mrr: first < 0 ? 0 : 1 / (first + 1),
      empty: ranked.length === 0,
    };
  });
  const mean = (xs, f) => (xs.length ? xs.reduce((s, x) => s + f(x), 0) / xs.length : 0);
  const summarise = (xs) => ({
    n: xs.length,
    p1: mean(xs, (x) => x.p1),
    p3: mean(xs, (x) => x.p3),
    recall: mean(xs, (x) => x.recall),
    precision: mean(xs, (x) => x.precision),
    mrr: mean(xs, (x) => x.mrr),
    empty: xs.filter((x) => x.empty).length,
  });
  return { all: summarise(per), byKind: Object.fromEntries(KINDS.map((k) => [k, summarise(per.filter((x) => x.kind === k))])), per };
}

export function report(out) {
  const { corpora, results, options } = out;
  const sizes = options.sizes;
  const engines = options.engines;
  const get = (engine, size) => results.find((r) => r.engine === engine && r.size === size);
  const ok = (r) => r && !r.error && !r.unavailable;
  const why = (r) => (!r ? "not run" : r.unavailable ? "not available" : r.error ? "failed" : "");
  let md = "";

  md += `Framescope at \`${out.git}\`. Measured ${out.date.slice(0, 10)} on ${out.machine.cpus} cores (${out.machine.cpu}), ${out.machine.memory_gib} GiB, ${out.machine.chromium} headless, Node ${out.machine.node}, ${out.machine.rustc}. `;
  md += `MiniSearch ${out.versions.minisearch}, Lunr ${out.versions.lunr}, FlexSearch ${out.versions.flexsearch}, Pagefind ${out.versions.pagefind}. Run took ${Math.round(out.seconds)} s; 1-minute load average ${out.machine.load_before?.toFixed(1)} before, ${out.machine.load_after?.toFixed(1)} after (other work on the machine shows as noise).\n\n`;

  md += "### Corpora\n\n";
  md += table(
    ["articles", "body words", "documents JSON (JS engines)"],
    sizes.map((s) => [num(corpora[s].documents), num(corpora[s].body_words), kb(corpora[s].docs_json_bytes)]),
  );

  md += "\n### Index size and build\n\n";
  md += "*index*: what the engine searches (Framescope: the search index alone; JS engines: their serialized index; Pagefind: its index and metadata files, already gzip-compressed). ";
  md += "*shipped*: everything needed to show a results page, gzipped: runtime code + index + the text results are shown from (Framescope: the whole compiled corpus, which also carries every capture's chrome, metadata and evidence for the reading view; JS engines: the documents JSON; Pagefind: its fragments). *build*: prebuilding the index in Node (Framescope: the native engine, cleaning included).\n\n";
  const sizeRows = [];
  for (const s of sizes) {
    for (const e of engines) {
      const b = corpora[s].build[e];
      if (!b) continue;
      const shippedGz = (e.startsWith("framescope") ? b.total_gzip : b.index_gzip + b.docs_gzip) + (b.runtime?.gzip ?? 0);
      sizeRows.push([`${num(s)}`, NAMES[e], kb(b.index_bytes), kb(b.index_gzip), kb(b.runtime?.gzip), kb(shippedGz), `${ms(b.build_ms / 1e3, 2)} s`]);
    }
  }
  md += table(["articles", "engine", "index raw", "index gz", "runtime gz", "shipped gz", "build"], sizeRows);

  md += "\n### Start-up (headless Chromium, fresh context, files from 127.0.0.1)\n\n";
  md += "*index ready*: runtime loaded and index fetched and deserialized, the first query can run. *view ready*: also the documents the results view shows (JS engines fetch and parse the documents JSON; Framescope's blob already holds them; Pagefind fetches fragments per result). *first query*: the first search, cold (Pagefind fetches index chunks then).\n\n";
  const startRows = [];
  for (const s of sizes) {
    for (const e of engines) {
      const r = get(e, s);
      if (!ok(r)) {
        startRows.push([num(s), NAMES[e], why(r), "", "", "", "", ""]);
        continue;
      }
      startRows.push([
        num(s), NAMES[e], ms(r.ready_index_ms), ms(r.ready_view_ms), ms(r.first_query_ms),
        `${ms(r.phases.runtime)} / ${ms(r.phases.index_fetch)} / ${ms(r.phases.index_load)} / ${ms(r.phases.docs)}`,
        kb(r.startup_fetched_bytes),
        r.js_heap_bytes != null ? kb(r.js_heap_bytes + (r.wasm_memory_bytes ?? 0)) : "–",
      ]);
    }
  }
  md += table(["articles", "engine", "index ready ms", "view ready ms", "first query ms", "runtime / fetch / deserialize / docs ms", "fetched", "memory after run"], startRows);

  md += "\n### Query latency (warm, round-robin over the query set)\n\n";
  md += `${out.queries.length} queries, ~30 each of single words, prefixes, phrases, typos and multi-word; top 20 wanted. A sample is one query run K times in a row divided by K (K = 1 for queries of 0.2 ms or more; more for faster ones, below the 5 µs timer resolution). p50 and p95 over all samples of all queries; per-kind columns are p50. *no hits*: queries with no result. *reps*: samples per query.\n\n`;
  const latRows = [];
  for (const s of sizes) {
    for (const e of engines) {
      const r = get(e, s);
      if (!ok(r)) {
        latRows.push([num(s), NAMES[e], why(r), "", "", ...KINDS.map(() => ""), "", ""]);
        continue;
      }
      const empty = r.hits.filter((h) => h === 0).length;
      latRows.push([
        num(s), NAMES[e], ms(r.latency.p50, 3), ms(r.latency.p95, 3), ms(r.latency.max, 2),
        ...KINDS.map((k) => ms(r.latency_by_kind[k]?.p50, 3)),
        String(empty), String(r.reps),
      ]);
    }
  }
  md += table(["articles", "engine", "p50 ms", "p95 ms", "max ms", ...KINDS.map((k) => `${k} p50`), "no hits", "reps"], latRows);

  md += "\n### Results view (search + top 20 with title and snippet + 20 list items + style and layout)\n\n";
  md += "Framescope: its own snippets (whole sentences around the best passage); MiniSearch, Lunr, FlexSearch: a plain JS snippet around the first query word; Pagefind: its excerpts (`data()`, fragments fetched on first use, then cached).\n\n";
  const viewRows = [];
  for (const s of sizes) {
    for (const e of engines) {
      const r = get(e, s);
      if (!ok(r)) {
        viewRows.push([num(s), NAMES[e], why(r), "", "", ""]);
        continue;
      }
      viewRows.push([num(s), NAMES[e], ms(r.view.p50), ms(r.view.p95), ms(r.view.max), pct(r.view_within_16ms)]);
    }
  }
  md += table(["articles", "engine", "p50 ms", "p95 ms", "max ms", "within 16 ms"], viewRows);

  const seedsRun = sizes.includes(5);
  if (seedsRun) {
    md += `\n### Result quality on the seeds (${out.labelled.queries.length} labelled queries, bench/queries/seeds.json)\n\n`;
    md += "P@1, P@3 (relevant among the top 3, divided by 3: a query with one relevant article scores at most 0.33), recall (relevant found in the top 10), precision (relevant share of the top 10 returned), MRR; *no results*: queries that returned nothing. The ideal row is a perfect ranking.\n\n";
    const qRows = [];
    const ideal = quality(out.labelled.queries.map((q) => q.relevant.map((r) => out.labelled.ids[r])), out.labelled);
    const row = (name, qq) => [name, qq.all.p1.toFixed(2), qq.all.p3.toFixed(2), qq.all.recall.toFixed(2), qq.all.precision.toFixed(2), qq.all.mrr.toFixed(2), ...KINDS.map((k) => qq.byKind[k].mrr.toFixed(2)), String(qq.all.empty)];
    for (const e of engines) {
      const r = get(e, 5);
      if (!ok(r) || !r.rankings) {
        qRows.push([NAMES[e], why(r), "", "", "", "", ...KINDS.map(() => ""), ""]);
        continue;
      }
      qRows.push(row(NAMES[e], quality(r.rankings, out.labelled)));
    }
    qRows.push(row("ideal", ideal));
    md += table(["engine", "P@1", "P@3", "recall", "precision", "MRR", ...KINDS.map((k) => `${k} MRR`), "no results"], qRows);

    md += "\n<details><summary>Per-query top 3 on the seeds</summary>\n\n";
    const short = Object.fromEntries(Object.entries(out.labelled.ids).map(([k, v]) => [v, k]));
    const perRows = out.labelled.queries.map((q, i) => [
      `\`${q.q.replace(/\|/g, "\\|")}\``,
      q.relevant.join(", "),
      ...engines.map((e) => {
        const r = get(e, 5);
        if (!ok(r) || !r.rankings) return "–";
        const top = r.rankings[i].slice(0, 3).map((d) => (q.relevant.includes(short[d]) ? `**${short[d]}**` : short[d] ?? d));
        return top.length ? top.join(", ") : "(none)";
      }),
    ]);
    md += table(["query", "relevant", ...engines.map((e) => NAMES[e])], perRows);
    md += "\n</details>\n";
  }

  // The goals, at the largest size, for each Framescope build measured.
  const big = Math.max(...sizes);
  const builds = ["framescope", "framescope-app"].filter((e) => ok(get(e, big)));
  if (builds.length) {
    md += `\n### Goals at ${num(big)} articles\n\n`;
    const verdict = (pass) => (pass ? "met" : "**not met**");
    const goals = [];
    for (const [engine, op] of [["minisearch", "<"], ["lunr", "<"], ["flexsearch", "<="]]) {
      const o = get(engine, big);
      if (!ok(o)) continue;
      goals.push([
        `p50 ${op === "<" ? "below" : "no worse than"} ${NAMES[engine]}'s (${ms(o.latency.p50, 3)} ms)`,
        (f) => `${ms(f.latency.p50, 3)} ms: ${verdict(op === "<" ? f.latency.p50 < o.latency.p50 : f.latency.p50 <= o.latency.p50)}`,
      ]);
    }
    goals.push(["p95 under 5 ms", (f) => `${ms(f.latency.p95, 3)} ms: ${verdict(f.latency.p95 < 5)}`]);
    goals.push([
      "results view within one 16 ms frame (p95)",
      (f) => `${ms(f.view.p95)} ms, ${pct(f.view_within_16ms)} of updates within 16 ms: ${verdict(f.view.p95 <= 16)}`,
    ]);
    md += table(["goal", ...builds.map((e) => NAMES[e])], goals.map(([g, cell]) => [g, ...builds.map((e) => cell(get(e, big)))]));
  }
  return md;
}
