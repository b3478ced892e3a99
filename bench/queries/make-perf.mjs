// Writes perf.json: the latency query set, ~30 queries per kind, drawn from the seed
// articles' body vocabulary (the synthetic corpora are built from the same vocabulary,
// so every query has hits at every size). Deterministic; perf.json is committed and
// this script only documents how it was made:
//   node queries/make-perf.mjs out/compiled-5/docs.json > queries/perf.json
import { readFileSync } from "node:fs";

const docs = JSON.parse(readFileSync(process.argv[2] ?? "out/compiled-5/docs.json", "utf8"));
const STOP = new Set("a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each even few for from further had has have having he her here hers him his how i if in into is it its itself just last like many may more most much must my new no nor not now of off on once only or other our out over own per said same says she should since so some such than that the their them then there these they this those through to too under until up upon very was we were what when where whether which while who whom why will with would yet you your".split(" "));

let state = 20130703;
const rand = () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; };
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const sentences = docs.flatMap((d) => d.body.split(/(?<=[.?!”])\s+(?=[A-Z“"])/));
const words = (s) => s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
const content = (w) => w.length >= 4 && !STOP.has(w.toLowerCase()) && !/^\d+$/.test(w) && !/['’]/.test(w);

const freq = new Map();
for (const s of sentences) for (const w of words(s)) if (content(w)) freq.set(w.toLowerCase(), (freq.get(w.toLowerCase()) ?? 0) + 1);
const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);

function take(n, make) {
  const out = new Set();
  for (let tries = 0; out.size < n && tries < 10000; tries++) { const q = make(); if (q) out.add(q); }
  return [...out];
}

// Single words: spread over the frequency ranks (common, middling and rare words).
const single = take(30, () => byFreq[Math.floor(rand() ** 2 * byFreq.length)]);
// Prefixes: the first 3–5 letters of a word of 6 or more.
const prefix = take(30, () => {
  const w = pick(byFreq.filter((w) => w.length >= 6));
  return w.slice(0, 3 + Math.floor(rand() * 3));
});
// Phrases: two or three adjacent words of one sentence, the first and last not stop words.
const phrase = take(30, () => {
  const ws = words(pick(sentences));
  const len = 2 + Math.floor(rand() * 2);
  if (ws.length < len) return null;
  const at = Math.floor(rand() * (ws.length - len + 1));
  const p = ws.slice(at, at + len);
  if (!content(p[0]) || !content(p[p.length - 1])) return null;
  return `"${p.join(" ").toLowerCase()}"`;
});
// Typos: a word of 5+ letters with one edit (drop, swap, replace, insert).
const typo = take(30, () => {
  const w = pick(byFreq.filter((w) => w.length >= 5 && /^[a-z]+$/.test(w)));
  const i = 1 + Math.floor(rand() * (w.length - 2));
  const c = "etaoinshrdlu"[Math.floor(rand() * 12)];
  switch (Math.floor(rand() * 4)) {
    case 0: return w.slice(0, i) + w.slice(i + 1);
    case 1: return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    case 2: return w[i] === c ? null : w.slice(0, i) + c + w.slice(i + 1);
    default: return w.slice(0, i) + c + w.slice(i);
  }
});
// Multi-word: two or three content words from one sentence, in any order, not adjacent.
const multi = take(30, () => {
  const ws = [...new Set(words(pick(sentences)).filter(content).map((w) => w.toLowerCase()))];
  const n = 2 + Math.floor(rand() * 2);
  if (ws.length < n + 2) return null;
  const chosen = [];
  while (chosen.length < n) { const w = pick(ws); if (!chosen.includes(w)) chosen.push(w); }
  return chosen.join(" ");
});

const queries = [
  ...single.map((q) => ({ q, kind: "word" })),
  ...prefix.map((q) => ({ q, kind: "prefix" })),
  ...phrase.map((q) => ({ q, kind: "phrase" })),
  ...typo.map((q) => ({ q, kind: "typo" })),
  ...multi.map((q) => ({ q, kind: "multi" })),
];
process.stdout.write(JSON.stringify({ about: "Latency query set, made by make-perf.mjs from the seed articles' bodies; sent as typed (no trailing space).", queries }, null, 1) + "\n");
