#!/usr/bin/env python3
"""Writes crates/framescope-engine/data/demonyms.txt: words for nationalities, peoples,
languages and religions ("Danish", "Norwegians", "Mandarin", "Catholic"). Such words are
capitalised in English but name no entity (eval/entities/GUIDELINES.md, "Not entities"), so
entity extraction must know them when a capitalised word has no other cue.

Sources:
- the `demonym` field of every country in the PyPI package `countryinfo` (MIT licence,
  copyright 2018 Porimol Chandro);
- the list EXTRA below, written for Framescope: languages, religions, peoples and regional
  adjectives that countryinfo lacks (it has one demonym per country, so not "English" or
  "Korean").
Each single word is kept with its plural; multi-word demonyms ("Costa Rican") are kept whole.
Run:
    pip download --no-deps -d /tmp/ci countryinfo==1.0.1
    python3 scripts/make-demonyms.py /tmp/ci/countryinfo-1.0.1-py3-none-any.whl
"""
import json
import sys
import zipfile

EXTRA = """
English Korean Argentine Argentinian Soviet Latin Catalan Basque Kurdish Kurd Scandinavian Nordic
Balkan Asian African European Caribbean Arab Arabic Hindi Urdu Mandarin Cantonese Persian Pashto
Swahili Yoruba Igbo Hausa Zulu Xhosa Afrikaans Afrikaner Maori Māori Aboriginal Hispanic Latino Latina
Latinx Jewish Muslim Christian Catholic Protestant Evangelical Hindu Sikh Buddhist Islamic Orthodox
Anglican Methodist Baptist Lutheran Mormon Shia Shiite Sunni Bengali Tamil Telugu Marathi Gujarati
Punjabi Kannada Malayalam Sinhala Sinhalese Tagalog Malay Javanese Balinese Berber Amazigh Bedouin
Pashtun Tajik Uzbek Uighur Uyghur Tibetan Han Slavic Celtic Gaelic Flemish Walloon Frisian Sami
Inuit Cherokee Navajo Mayan Aztec Quechua Aymara Guarani Mapuche Creole Cajun Texan Californian
Floridian Bavarian Sicilian Corsican Breton Cornish Yorkshire Scots Brit Britons Yankee Anglo
Francophone Anglophone Hispanophone Lusophone Venezuelan Peruvian Iranian Iraqi Saudi Yemeni
Emirati Qatari Kuwaiti Omani Bahraini Israeli Palestinian Lebanese Syrian Jordanian Egyptian
Libyan Tunisian Algerian Moroccan Sahrawi Somali Somalilander Eritrean Ethiopian Kenyan Ugandan
Rwandan Congolese Nigerian Ghanaian Senegalese Malian Ivorian Cameroonian Sudanese Chadian
Quebecer Québécois Quebecois Ontarian Albertan Manitoban Newfoundlander Tasmanian Queenslander
Victorian Kiwi Aussie Ulster Ulsterman Chechen Crimean Tatar Cossack Roma Romani Gypsy Sephardic
Ashkenazi Coptic Maronite Druze Alawite Yazidi Rohingya Hmong Karen Kachin Shan Bamar Khmer Lao
Thai Vietnamese Filipino Filipina Polynesian Melanesian Micronesian Hawaiian Samoan Tongan Fijian
Greenlandic Faroese Icelandic Sardinian Neapolitan Venetian Tuscan Andalusian Galician Valencian
Occitan Provençal Alsatian Prussian Saxon Viking Norse Hellenic Byzantine Ottoman Roman Greco
Persianate Mughal Victorian Edwardian Georgian Elizabethan Jacobean Tudor Stuart Napoleonic
Gregorian Julian Lunar Western Eastern Northern Southern Midwestern Southwestern Northeastern
"""


def main(wheel):
    words = set()
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            if not name.endswith(".json") or "/data" not in name:
                continue
            try:
                data = json.loads(z.read(name))
            except ValueError:
                continue
            d = data.get("demonym") if isinstance(data, dict) else None
            if not d:
                continue
            for part in d.replace("/", ",").split(","):
                part = part.strip()
                # (Some countries give their own name: "Djibouti", "Gibraltar".)
                if part and part != data.get("name") and not part.endswith(" Island"):
                    words.add(part)
    words.update(EXTRA.split())
    # Directions are demonym-like only as adjectives, and the engine has its own list; some
    # words are also given names, surnames or places ("Karen", "Stuart", "Ulster"), which a
    # cue must decide.
    words -= {"Western", "Eastern", "Northern", "Southern", "Karen", "Stuart", "Han", "Shan", "Roman", "Tudor",
              "Julian", "Saxon", "Yorkshire", "Ulster", "Georgian", "Victorian"}
    # The last word of a demonym of several words is one too ("East Timorese", "Costa Rican").
    words |= {w.split()[-1] for w in list(words) if " " in w and w.split()[-1][0].isupper()}
    out = set()
    for w in words:
        out.add(w)
        if " " not in w and not w.endswith(("s", "sh", "ch", "ese", "i", "ic")):
            out.add(w + "s")
    lines = [
        "# Nationalities, peoples, languages and religions: capitalised words that name no entity.",
        "# From the `demonym` of every country in the countryinfo package (MIT, (c) 2018 Porimol",
        "# Chandro; see COUNTRYINFO-LICENSE.txt) and a list written for Framescope; made by",
        "# scripts/make-demonyms.py.",
    ]
    lines += sorted(out, key=lambda w: (w.lower(), w))
    path = "crates/framescope-engine/data/demonyms.txt"
    with zipfile.ZipFile(wheel) as z:
        licence = next(n for n in z.namelist() if n.endswith("licenses/LICENSE"))
        with open("crates/framescope-engine/data/COUNTRYINFO-LICENSE.txt", "wb") as f:
            f.write(z.read(licence))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{path}: {len(out)} words")


if __name__ == "__main__":
    main(sys.argv[1])
