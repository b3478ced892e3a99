// Builds the JS engines' indexes in Node, the way a site would prebuild them to ship:
// MiniSearch, Lunr and FlexSearch serialized to JSON, Pagefind written to its folder.
// Records build time and sizes. Cached by the hash of docs.json and of the adapters.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import MiniSearch from "minisearch";
import lunr from "lunr";
import FlexSearch from "flexsearch";
import * as pagefind from "pagefind";
import * as E from "../page/engines.mjs";

const HERE = new URL(".", import.meta.url).pathname;

export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

function sha(...parts) {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex").slice(0, 16);
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** Pagefind's folder, split into what a search needs (index) and the stored text (fragments). */
export function pagefindSizes(dir) {
  const sizes = { index: 0, fragments: 0, runtime: 0, ui: 0, files: 0 };
  for (const p of walk(dir)) {
    const rel = relative(dir, p);
    const n = statSync(p).size;
    if (/ui|playground|highlight/.test(rel)) sizes.ui += n;
    else if (rel.endsWith(".pf_fragment")) sizes.fragments += n;
    else if (rel.endsWith(".pf_index") || rel.endsWith(".pf_meta") || rel.endsWith(".pf_filter") || rel.endsWith("pagefind-entry.json")) sizes.index += n;
    else sizes.runtime += n;
    if (!/ui|playground|highlight/.test(rel)) sizes.files++;
  }
  return sizes;
}

/**
 * Builds every JS engine's index for `compiledDir/docs.json` into `outDir`, or reuses
 * the last build when nothing changed. Returns build times (ms) and sizes (bytes).
 */
export async function buildJsIndexes(compiledDir, outDir, log = () => {}) {
  const docsText = readFileSync(join(compiledDir, "docs.json"));
  const key = sha(
    docsText,
    readFileSync(join(HERE, "../page/engines.mjs")),
    readFileSync(join(HERE, "build-js.mjs")),
    readFileSync(join(HERE, "../package-lock.json")),
  );
  const stampPath = join(outDir, "build.json");
  if (existsSync(stampPath)) {
    const stamp = JSON.parse(readFileSync(stampPath, "utf8"));
    if (stamp.key === key) {
      log(`  JS indexes up to date in ${outDir}`);
      return stamp.engines;
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const docs = JSON.parse(docsText);
  const engines = {};
  const docsGzip = gzipSize(docsText);

  const timed = async (name, build, serialize) => {
    const t0 = performance.now();
    const idx = await build();
    const t1 = performance.now();
    const json = await serialize(idx);
    const t2 = performance.now();
    const bytes = Buffer.from(json);
    writeFileSync(join(outDir, `${name}.json`), bytes);
    engines[name] = {
      build_ms: t1 - t0,
      serialize_ms: t2 - t1,
      index_bytes: bytes.length,
      index_gzip: gzipSize(bytes),
      docs_bytes: docsText.length,
      docs_gzip: docsGzip,
    };
    log(`  ${name}: built in ${((t1 - t0) / 1e3).toFixed(1)} s, ${(bytes.length / 1e6).toFixed(2)} MB`);
    if (global.gc) global.gc();
  };

  await timed("minisearch", () => E.miniSearchBuild(MiniSearch, docs), (ms) => JSON.stringify(ms));
  await timed("lunr", () => E.lunrBuild(lunr, docs), (idx) => JSON.stringify(idx));
  await timed("flexsearch", () => E.flexBuild(FlexSearch, docs), (idx) => E.flexExport(idx));

  // Pagefind: its own binary, driven through the Node API.
  {
    const dir = join(outDir, "pagefind");
    const t0 = performance.now();
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (errors.length) throw new Error(`pagefind: ${errors.join("; ")}`);
    const batch = 200;
    for (let i = 0; i < docs.length; i += batch) {
      const added = await Promise.all(
        docs.slice(i, i + batch).map((d, j) => index.addHTMLFile({ url: E.pagefindUrl(i + j), content: E.pagefindHtml(d) })),
      );
      for (const a of added) if (a.errors?.length) throw new Error(`pagefind: ${a.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors?.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    await pagefind.close();
    const t1 = performance.now();
    const s = pagefindSizes(dir);
    engines.pagefind = {
      build_ms: t1 - t0,
      serialize_ms: 0,
      // Pagefind's files are gzip-compressed already: their size is the transfer size.
      index_bytes: s.index,
      index_gzip: s.index,
      docs_bytes: s.fragments,
      docs_gzip: s.fragments,
      runtime_bytes: s.runtime,
      files: s.files,
    };
    log(`  pagefind: built in ${((t1 - t0) / 1e3).toFixed(1)} s, index ${(s.index / 1e6).toFixed(2)} MB, fragments ${(s.fragments / 1e6).toFixed(2)} MB`);
  }
  writeFileSync(stampPath, JSON.stringify({ key, engines }, null, 1));
  return engines;
}
