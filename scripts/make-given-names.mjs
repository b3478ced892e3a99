#!/usr/bin/env node
// Writes crates/framescope-engine/data/given-names.txt: given names from many languages.
//
// Entity extraction takes two or more capitalised words with no cue (no title, no verb of
// speech, no role) as a person only when the first is a given name ("Karim El Idrissi");
// otherwise they are some other name ("Maasstad Openbaar Vervoer", "Cynon Valley
// Harlequins").
//
// Source: the `person.first_name` lists of every locale of the npm package
// @faker-js/faker 10.6.0 (MIT licence, data/FAKER-LICENSE.txt). Names written in Latin
// letters only, one capital then lower case.
// Run:
//   (cd /tmp && npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz)
//   node scripts/make-given-names.mjs /tmp/package
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const pkg = resolve(process.argv[2] ?? "/tmp/package");
const { allFakers } = await import(pathToFileURL(join(pkg, "dist/index.js")).href);
const names = new Set();
for (const faker of Object.values(allFakers)) {
  const lists = faker.rawDefinitions?.person?.first_name ?? {};
  for (const list of Object.values(lists)) {
    for (const n of list) if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(n) && /^[\p{Script=Latin}'’-]+$/u.test(n)) names.add(n);
  }
}
// A place's name is no evidence of a person ("Dallas Cowboys", "Florida Keys"): drop every
// name the gazetteer holds as a country, region or city (towns stay: many are surnames).
const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const places = new Set(
  readFileSync("crates/framescope-engine/data/places.tsv", "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t"))
    .filter(([, kind]) => kind !== "town")
    .map(([name]) => fold(name)),
);
for (const n of [...names]) if (places.has(fold(n))) names.delete(n);
const sorted = [...names].sort((a, b) => a.localeCompare(b, "en"));
const header =
  "# Given names from every locale of @faker-js/faker 10.6.0 (MIT, see FAKER-LICENSE.txt); made by scripts/make-given-names.mjs.\n";
writeFileSync("crates/framescope-engine/data/given-names.txt", header + sorted.join("\n") + "\n");
copyFileSync(join(pkg, "LICENSE"), "crates/framescope-engine/data/FAKER-LICENSE.txt");
console.log(`crates/framescope-engine/data/given-names.txt: ${sorted.length} names`);
