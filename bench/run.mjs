#!/usr/bin/env node
// Framescope's side-by-side search benchmark, in one run:
//
//   cd bench && npm ci && node run.mjs
//
// 1. builds the corpus tools (bench/generate) and Framescope's search as wasm
//    (bench/wasm: cargo, wasm-bindgen, wasm-opt), waiting while another cargo runs;
// 2. makes the corpora: the five seeds (../corpus) and synthetic ones of 1,000 and
//    10,000 articles (bench/generate), and compiles each with Framescope's engine into
//    the app's postcard blob and a JSON of documents for the JS engines;
// 3. prebuilds MiniSearch, Lunr, FlexSearch and Pagefind indexes in Node (cached);
// 4. serves bench/ on 127.0.0.1 and, in one headless Chromium, opens a fresh context
//    per engine and corpus to measure start-up, query latency, the results-view update
//    and (seeds) the rankings of the labelled queries;
// 5. writes out/results.json and out/results.md (the tables for BENCHMARKS.md).
//
// Options: --sizes 5,1000,10000  --engines framescope,framescope-app,minisearch,lunr,flexsearch,pagefind
//          (framescope-app: the wasm built as the app ships it, opt-level "z")
//          --no-build (use the tools and wasm already built)  --budget-ms 6000 (per
//          engine and size, for the latency loop)  --seed N (the generator's)

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { buildJsIndexes, gzipSize } from "./lib/build-js.mjs";
import { serve } from "./lib/server.mjs";
import { report } from "./lib/report.mjs";

const BENCH = resolve(new URL(".", import.meta.url).pathname);
const ROOT = resolve(BENCH, "..");
const OUT = join(BENCH, "out");
const ENGINES = ["framescope", "framescope-app", "minisearch", "lunr", "flexsearch", "pagefind"];

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const sizes = option("sizes", "5,1000,10000").split(",").map(Number);
const engines = option("engines", ENGINES.join(",")).split(",");
const noBuild = process.argv.includes("--no-build");
const budgetMs = Number(option("budget-ms", "6000"));
const seed = option("seed", "20130703");
const log = (...a) => console.error(...a);

// ------------------------------------------------------------------------------ build

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

/** Waits while another cargo or rustc runs on the machine (it has two cores, shared). */
async function waitForCargo() {
  for (let waited = 0; ; waited += 10) {
    const busy = spawnSync("pgrep", ["-x", "cargo|rustc"], { encoding: "utf8" }).stdout.trim();
    if (!busy) return;
    if (waited % 60 === 0) log(`  waiting for another cargo build to finish (pids ${busy.split("\n").join(" ")})`);
    await sleep(10_000);
  }
}

async function cargo(dir, args) {
  await waitForCargo();
  log(`  cargo ${args.join(" ")} (${dir})`);
  try {
    execFileSync("cargo", args, { cwd: join(BENCH, dir), stdio: ["ignore", "inherit", "inherit"] });
  } catch {
    throw new Error(`cargo ${args.join(" ")} failed in bench/${dir}: the workspace's crates must compile (see above)`);
  }
}

const WASM_OPT_FLAGS = [
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-reference-types",
  "--enable-multivalue",
  "--enable-mutable-globals",
  "-Oz",
];

/** Framescope's two wasm builds: for speed (the benchmark's) and as the app ships. */
const WASM_BUILDS = {
  framescope: { pkg: "pkg", target: "target", cargo: [] },
  "framescope-app": { pkg: "pkg-app", target: "target-app", cargo: ["--config", 'profile.release.opt-level="z"'] },
};

async function buildTools(wanted) {
  log("Building the corpus tools and Framescope's wasm search…");
  await cargo("generate", ["build", "--release", "--quiet"]);
  const status = {};
  for (const [engine, b] of Object.entries(WASM_BUILDS)) {
    if (!wanted.includes(engine)) continue;
    try {
      await waitForCargo();
      const args = ["build", "--release", "--quiet", "--target", "wasm32-unknown-unknown", ...b.cargo];
      log(`  cargo ${args.join(" ")} (wasm, target/${b.target})`);
      execFileSync("cargo", args, {
        cwd: join(BENCH, "wasm"),
        stdio: ["ignore", "inherit", "inherit"],
        env: { ...process.env, CARGO_TARGET_DIR: join(BENCH, "wasm", b.target) },
      });
      const pkg = join(OUT, b.pkg);
      mkdirSync(pkg, { recursive: true });
      execFileSync("wasm-bindgen", [
        "--target", "web", "--out-dir", pkg,
        join(BENCH, "wasm", b.target, "wasm32-unknown-unknown/release/framescope_bench_wasm.wasm"),
      ]);
      const wasm = join(pkg, "framescope_bench_wasm_bg.wasm");
      execFileSync(join(ROOT, "e2e/node_modules/.bin/wasm-opt"), [...WASM_OPT_FLAGS, wasm, "-o", wasm]);
      status[engine] = { available: true };
    } catch (e) {
      log(`  Framescope's wasm search (${engine}) did not build: ${e.message.split("\n")[0]}`);
      status[engine] = { available: false, reason: "the wasm search did not build (see the log)" };
    }
  }
  // Once more, in case the workspace changed while the wasm built: the blob the tools
  // write and the wasm that decodes it must come from the same source.
  await cargo("generate", ["build", "--release", "--quiet"]);
  return status;
}

// ---------------------------------------------------------------------------- corpora

function corpusFor(size) {
  if (size === 5) return join(ROOT, "corpus");
  const dir = join(OUT, `corpus-${size}`);
  log(`Generating ${size} articles…`);
  execFileSync(join(BENCH, "generate/target/release/generate"), [
    "--seeds", join(ROOT, "corpus"), "--out", dir, "--articles", String(size), "--seed", seed,
  ], { stdio: ["ignore", "ignore", "inherit"] });
  return dir;
}

function compile(size, corpusDir) {
  const dir = join(OUT, `compiled-${size}`);
  log(`Compiling ${size} articles with Framescope's engine…`);
  const stdout = execFileSync(join(BENCH, "generate/target/release/compile"), ["--corpus", corpusDir, "--out", dir], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 20,
  });
  return { dir, stats: JSON.parse(stdout) };
}

const fileSize = (p) => statSync(p).size;
const fileGzip = (p) => gzipSize(readFileSync(p));

// ----------------------------------------------------------------------------- browser

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--enable-precise-memory-info",
];

function urlsFor(engine, size) {
  const js = `/out/js-${size}`;
  const docs = `/out/compiled-${size}/docs.json`;
  switch (engine) {
    case "framescope":
    case "framescope-app":
      return {
        js: `/out/${WASM_BUILDS[engine].pkg}/framescope_bench_wasm.js`,
        wasm: `/out/${WASM_BUILDS[engine].pkg}/framescope_bench_wasm_bg.wasm`,
        blob: `/out/compiled-${size}/corpus.postcard`,
      };
    case "minisearch":
      return { lib: "/node_modules/minisearch/dist/es/index.js", index: `${js}/minisearch.json`, docs };
    case "lunr":
      return { lib: "/node_modules/lunr/lunr.min.js", index: `${js}/lunr.json`, docs };
    case "flexsearch":
      return { lib: "/node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs", index: `${js}/flexsearch.json`, docs };
    case "pagefind":
      return { lib: `${js}/pagefind/pagefind.js`, base: `${js}/pagefind/` };
  }
  throw new Error(engine);
}

function runtimeFiles(engine, size) {
  const m = {
    framescope: ["out/pkg/framescope_bench_wasm.js", "out/pkg/framescope_bench_wasm_bg.wasm"],
    "framescope-app": ["out/pkg-app/framescope_bench_wasm.js", "out/pkg-app/framescope_bench_wasm_bg.wasm"],
    minisearch: ["node_modules/minisearch/dist/es/index.js"],
    lunr: ["node_modules/lunr/lunr.min.js"],
    flexsearch: ["node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs"],
    pagefind: [`out/js-${size}/pagefind/pagefind.js`, `out/js-${size}/pagefind/wasm.en.pagefind`, `out/js-${size}/pagefind/pagefind-worker.js`],
  }[engine];
  const files = m.map((f) => join(BENCH, f)).filter(existsSync);
  return { bytes: files.reduce((n, f) => n + fileSize(f), 0), gzip: files.reduce((n, f) => n + fileGzip(f), 0) };
}

// -------------------------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  const loadBefore = loadavg()[0];
  mkdirSync(OUT, { recursive: true });
  let framescope = {};
  if (!noBuild) framescope = await buildTools(engines);
  else {
    for (const [engine, b] of Object.entries(WASM_BUILDS)) {
      framescope[engine] = existsSync(join(OUT, b.pkg, "framescope_bench_wasm_bg.wasm")) ? { available: true } : { available: false, reason: "not built" };
    }
  }

  const perf = JSON.parse(readFileSync(join(BENCH, "queries/perf.json"), "utf8")).queries;
  const seeds = JSON.parse(readFileSync(join(BENCH, "queries/seeds.json"), "utf8"));

  const corpora = {};
  for (const size of sizes) {
    const dir = corpusFor(size);
    const { dir: compiled, stats } = compile(size, dir);
    const docs = JSON.parse(readFileSync(join(compiled, "docs.json"), "utf8"));
    log(`Building the JS engines' indexes for ${size} articles…`);
    const js = await buildJsIndexes(compiled, join(OUT, `js-${size}`), log);
    const blob = join(compiled, "corpus.postcard");
    const index = join(compiled, "index.postcard");
    corpora[size] = {
      documents: docs.length,
      body_words: stats.body_words,
      ids: docs.map((d) => d.id),
      docs_json_bytes: fileSize(join(compiled, "docs.json")),
      build: {
        framescope: {
          build_ms: stats.load_and_index_ms + stats.encode_ms,
          index_bytes: fileSize(index),
          index_gzip: fileGzip(index),
          // The blob is the app's whole compiled corpus: documents (every block of every
          // capture, chrome included, with metadata and evidence) plus the index.
          total_bytes: fileSize(blob),
          total_gzip: fileGzip(blob),
        },
        ...Object.fromEntries(
          Object.entries(js).map(([k, v]) => [k, { ...v, total_bytes: v.index_bytes + v.docs_bytes, total_gzip: v.index_gzip + v.docs_gzip }]),
        ),
      },
    };
    corpora[size].build["framescope-app"] = corpora[size].build.framescope;
    for (const engine of engines) {
      corpora[size].build[engine] = { ...corpora[size].build[engine], runtime: runtimeFiles(engine, size) };
    }
  }

  log("Serving bench/ on 127.0.0.1 and starting headless Chromium…");
  const { server, url } = await serve(BENCH);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const size of sizes) {
      for (const engine of engines) {
        if (WASM_BUILDS[engine] && !framescope[engine]?.available) {
          results.push({ engine, size, unavailable: framescope[engine]?.reason ?? "not built" });
          continue;
        }
        log(`  ${engine} × ${size}…`);
        const context = await browser.newContext();
        const page = await context.newPage();
        const errors = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
        await page.goto(`${url}/page/index.html`);
        await page.waitForFunction(() => typeof window.bench === "function");
        let r;
        try {
          r = await page.evaluate((config) => window.bench(config), {
            size,
            engine: WASM_BUILDS[engine] ? "framescope" : engine,
            name: engine,
            urls: urlsFor(engine, size),
            queries: perf,
            labelled: size === 5 ? seeds.queries : null,
            budgetMs,
          });
        } catch (e) {
          r = { engine, size, error: String(e).split("\n")[0], errors };
          log(`    failed: ${r.error}`);
        }
        if (r.rankings) r.rankings = r.rankings.map((ranked) => ranked.map((i) => corpora[size].ids[i] ?? `#${i}`));
        results.push(r);
        if (!r.error) {
          log(`    ready ${r.ready_view_ms.toFixed(1)} ms · p50 ${r.latency.p50.toFixed(3)} ms · p95 ${r.latency.p95.toFixed(3)} ms · view p95 ${r.view.p95.toFixed(2)} ms`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const chromiumVersion = execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  const lock = JSON.parse(readFileSync(join(BENCH, "package-lock.json"), "utf8")).packages;
  const version = (p) => lock[`node_modules/${p}`]?.version;
  const rustc = execFileSync("rustc", ["--version"], { encoding: "utf8" }).trim();
  const git = spawnSync("git", ["describe", "--always", "--dirty"], { cwd: ROOT, encoding: "utf8" }).stdout.trim();
  const out = {
    date: new Date().toISOString(),
    seconds: (Date.now() - started) / 1e3,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memory_gib: Math.round(totalmem() / 2 ** 30), load_before: loadBefore, load_after: loadavg()[0], node: process.version, chromium: chromiumVersion, rustc },
    versions: { minisearch: version("minisearch"), lunr: version("lunr"), flexsearch: version("flexsearch"), pagefind: version("pagefind"), "playwright-core": version("playwright-core") },
    framescope,
    git,
    options: { sizes, engines, budgetMs, seed, wasmOpt: WASM_OPT_FLAGS.join(" ") },
    queries: perf,
    labelled: seeds,
    corpora,
    results,
  };
  writeFileSync(join(OUT, "results.json"), JSON.stringify(out, null, 1));
  const md = report(out);
  writeFileSync(join(OUT, "results.md"), md);
  process.stdout.write(md);
  log(`Done in ${out.seconds.toFixed(0)} s: out/results.json, out/results.md`);
}

main().catch((e) => {
  console.error(`run.mjs: ${e.message}`);
  process.exit(1);
});
