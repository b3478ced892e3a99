"""Tests of eval/frames/agree.py.  Run from the repository root:

    python3 -m unittest eval/frames/test_agree.py

1. A perfect fake export, built from the real gold files, scores 1.0 everywhere.
2. testdata/fake_export_small.json against testdata/gold_small.json scores the figures
   worked out by hand below.
3. testdata/gold_small_coder_b.json against testdata/gold_small.json (--inter-coder).

Hand computation for 2 (gold_small vs fake_export_small)
--------------------------------------------------------
Gold paragraphs (primary; frames):
  a1 economic; {economic, political}      a3 political; {political}
  a5 crime; {crime, security}             a7 none; {}
  b2 economic; {economic}                 b4 health; {health, economic}
Engine evidence per line (entries, cues):
  a1 economic 1 entry/2 cues, political 1/1 -> tie on entries, more cues: primary economic
  a3 political 1/1, economic 1/1           -> full tie, alphabetical: primary economic
  a5 security 2/2                          -> primary security
  a7 no evidence                           -> none
  a9 economic (not in the gold: ignored, reported as 1 line outside the gold for doc-a)
  b2 economic 1/1 (doc given as index 1)   -> economic
  b4 economic 2 entries/2 cues, health 1 entry/2 cues -> more entries wins: economic
(a) primary. gold   = [eco, pol, crime, none, eco, health]
             engine = [eco, eco, sec,   none, eco, eco]
    accuracy = 3/6 = 0.5
    gold counts eco 2, pol 1, crime 1, none 1, health 1; engine eco 4, sec 1, none 1
    pe = (2*4 + 1*1)/36 = 9/36 = 0.25; kappa = (0.5 - 0.25)/(1 - 0.25) = 1/3
    doc-a: acc 2/4; pe = (1*2 + 1*1)/16 = 3/16; kappa = (0.5 - 0.1875)/0.8125 = 0.384615
    doc-b: acc 1/2; pe = (1*2)/4 = 0.5; kappa = 0
(b) presence. engine sets: a1 {eco,pol} a3 {eco,pol} a5 {sec} a7 {} b2 {eco} b4 {eco,health}
    economic  gold 3 pred 4 tp 3 fp 1 fn 0: P 0.75 R 1 F1 6/7 = 0.857143
    political gold 2 pred 2 tp 2: 1 1 1
    crime     gold 1 pred 0 tp 0 fn 1: 0 0 0
    security  gold 1 pred 1 tp 1: 1 1 1
    health    gold 1 pred 1 tp 1: 1 1 1
    micro: tp 7 fp 1 fn 1 -> P = R = F1 = 7/8 = 0.875
    macro over the 5 frames used: P 3.75/5 = 0.75, R 4/5 = 0.8, F1 (6/7 + 3)/5 = 0.771429
(d) baselines. majority primary = economic (2 of 6): acc 1/3, kappa 0 (po = pe = 1/3).
    top-2 gold frames: economic (3 paragraphs), political (2) -> {eco, pol} everywhere:
    economic tp 3 fp 3 -> P 0.5 R 1 F1 2/3; political tp 2 fp 4 -> P 1/3 R 1 F1 0.5;
    crime, security, health: tp 0 fn 1 each -> 0.
    micro tp 5 fp 7 fn 3: P 5/12 = 0.416667, R 5/8 = 0.625, F1 10/20 = 0.5
    macro F1 = (2/3 + 1/2)/5 = 0.233333
(c) profiles over the 15 frames in FRAMES order.
    doc-a gold   economic .25, crime .25, security .25, political .5, 11 zeros
          engine economic .5, security .25, political .5, 12 zeros
      cosine = (.25*.5 + .25*.25 + .5*.5) / (sqrt(.4375) * sqrt(.5625))
             = .4375 / (.661438 * .75) = 0.881917
      ranks gold:   zeros 6 (ranks 1..11), the three .25s 13, political 15
      ranks engine: zeros 6.5 (ranks 1..12), security 13, economic and political 14.5
      deviations from the mean rank 8: gold eco 5 crime 5 sec 5 pol 7 zeros -2;
                                       engine eco 6.5 crime -1.5 sec 5 pol 6.5 zeros -1.5
      sum of products = 32.5 - 7.5 + 25 + 45.5 + 11*3 = 128.5
      sums of squares: gold 3*25 + 49 + 11*4 = 168; engine 2*42.25 + 2.25 + 25 + 11*2.25 = 136.5
      rho = 128.5 / sqrt(168 * 136.5) = 128.5 / 151.4332 = 0.848558
    doc-b gold = engine (economic 1, health .5): cosine 1, rho 1
    means: cosine (0.881917 + 1)/2 = 0.940959, Spearman (0.848558 + 1)/2 = 0.924279
    engine scores vs gold shares, doc-b: (.6*1 + .4*.5)/(sqrt(1.25)*sqrt(.52)) = 0.992278

Hand computation for 3 (inter-coder, A = gold_small, B = gold_small_coder_b)
---------------------------------------------------------------------------
    6 common paragraphs, B has one extra (b6). Primary A [eco,pol,crime,none,eco,health],
    B [eco,pol,sec,none,eco,health]: agreement 5/6; pe = (2*2 + 1 + 1 + 1)/36 = 7/36;
    kappa = (30/36 - 7/36)/(29/36) = 23/29 = 0.793103.
    Per frame (presence): economic A [1,0,0,0,1,1] B [1,0,0,0,1,0]: po 5/6,
    pe = (3*2 + 3*4)/36 = 1/2, kappa 2/3; political A [1,1,0,0,0,0] B [0,1,0,0,0,0]: po 5/6,
    pe = (2*1 + 4*5)/36 = 22/36, kappa 8/14 = 0.571429; crime, security, health: 1.
    Mean per-frame kappa = (2/3 + 4/7 + 3)/5 = 0.847619.
"""

import contextlib
import io
import json
import os
import re
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import agree  # noqa: E402

TD = os.path.join(HERE, "testdata")


def perfect_export(paras):
    """An export whose evidence reproduces the gold: the primary gets two entries on the
    line, every secondary frame one; `none` paragraphs get no evidence."""
    by_doc = {}
    for p in paras:
        ev = by_doc.setdefault(p["doc"], [])
        if p["primary"] == agree.NONE:
            continue
        ev.append({"line": p["line"], "frame": p["primary"], "cues": ["x"]})
        for fr in sorted(p["frames"]):
            ev.append({"line": p["line"], "frame": fr, "cues": ["y"]})
    return {"documents": [{"id": d} for d in by_doc],
            "frames": [{"doc": d, "scores": {}, "evidence": ev} for d, ev in by_doc.items()]}


class Perfect(unittest.TestCase):
    def check(self, path):
        _, _, paras = agree.load_gold(path)
        r = agree.evaluate(paras, perfect_export(paras))
        self.assertEqual(r["primary"]["accuracy"], 1.0)
        self.assertAlmostEqual(r["primary"]["kappa"], 1.0)
        for k in ("p", "r", "f1"):
            self.assertEqual(r["presence"]["micro"][k], 1.0)
            self.assertAlmostEqual(r["presence"]["macro"][k], 1.0)
        for doc, d in r["docs"].items():
            self.assertEqual(d["accuracy"], 1.0, doc)
            self.assertAlmostEqual(d["cosine"], 1.0, msg=doc)
            if d["spearman"] is not None:
                self.assertAlmostEqual(d["spearman"], 1.0, msg=doc)
        self.assertAlmostEqual(r["profiles"]["mean_cosine"], 1.0)
        self.assertAlmostEqual(r["profiles"]["mean_spearman"], 1.0)
        self.assertEqual(r["confusions"], [])
        self.assertEqual(r["lines_outside_gold"], {})

    def test_seeds(self):
        self.check(os.path.join(HERE, "gold", "seeds.json"))

    def test_heldout(self):
        self.check(os.path.join(HERE, "gold", "heldout.json"))

    def test_small(self):
        self.check(os.path.join(TD, "gold_small.json"))

    def test_inter_coder_with_itself(self):
        _, _, paras = agree.load_gold(os.path.join(HERE, "gold", "heldout.json"))
        r = agree.inter_coder(paras, paras)
        self.assertAlmostEqual(r["primary_kappa"], 1.0)
        self.assertAlmostEqual(r["mean_frame_kappa"], 1.0)


class KnownMistakes(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        _, _, cls.paras = agree.load_gold(os.path.join(TD, "gold_small.json"))
        with open(os.path.join(TD, "fake_export_small.json"), encoding="utf-8") as f:
            cls.export = json.load(f)
        cls.r = agree.evaluate(cls.paras, cls.export)

    def test_engine_primary_rules(self):
        eng, _ = agree.engine_paragraphs(self.export)
        self.assertEqual(eng[("doc-a", 1)]["primary"], "economic")  # more cues
        self.assertEqual(eng[("doc-a", 3)]["primary"], "economic")  # alphabetical
        self.assertEqual(eng[("doc-b", 4)]["primary"], "economic")  # more entries beats cues
        self.assertNotIn(("doc-a", 7), eng)

    def test_primary(self):
        self.assertAlmostEqual(self.r["primary"]["accuracy"], 0.5)
        self.assertAlmostEqual(self.r["primary"]["kappa"], 1 / 3)
        self.assertAlmostEqual(self.r["docs"]["doc-a"]["kappa"], 0.3125 / 0.8125)
        self.assertAlmostEqual(self.r["docs"]["doc-b"]["kappa"], 0.0)

    def test_presence(self):
        m, M, per = (self.r["presence"][k] for k in ("micro", "macro", "per_frame"))
        self.assertEqual((m["tp"], m["fp"], m["fn"]), (7, 1, 1))
        for k in ("p", "r", "f1"):
            self.assertAlmostEqual(m[k], 0.875)
        self.assertEqual(M["frames"], 5)
        self.assertAlmostEqual(M["p"], 0.75)
        self.assertAlmostEqual(M["r"], 0.8)
        self.assertAlmostEqual(M["f1"], (6 / 7 + 3) / 5)
        self.assertAlmostEqual(per["economic"]["f1"], 6 / 7)
        self.assertEqual(per["crime_and_punishment"]["f1"], 0.0)

    def test_baselines(self):
        b = self.r["baselines"]
        self.assertEqual(b["majority_primary"]["label"], "economic")
        self.assertAlmostEqual(b["majority_primary"]["accuracy"], 1 / 3)
        self.assertAlmostEqual(b["majority_primary"]["kappa"], 0.0)
        self.assertEqual(b["top2_frames"]["labels"], ["economic", "political"])
        self.assertAlmostEqual(b["top2_frames"]["micro"]["p"], 5 / 12)
        self.assertAlmostEqual(b["top2_frames"]["micro"]["r"], 0.625)
        self.assertAlmostEqual(b["top2_frames"]["micro"]["f1"], 0.5)
        self.assertAlmostEqual(b["top2_frames"]["macro"]["f1"], (2 / 3 + 0.5) / 5)

    def test_profiles(self):
        a, b = self.r["docs"]["doc-a"], self.r["docs"]["doc-b"]
        self.assertAlmostEqual(a["cosine"], 0.4375 / (0.4375 ** 0.5 * 0.75))
        self.assertAlmostEqual(a["spearman"], 128.5 / (168 * 136.5) ** 0.5)
        self.assertAlmostEqual(b["cosine"], 1.0)
        self.assertAlmostEqual(b["spearman"], 1.0)
        self.assertAlmostEqual(self.r["profiles"]["mean_cosine"], 0.940959, places=5)
        self.assertAlmostEqual(self.r["profiles"]["mean_spearman"], 0.924279, places=5)
        self.assertAlmostEqual(b["cosine_scores"], 0.992278, places=5)

    def test_outside_and_confusions(self):
        self.assertEqual(self.r["lines_outside_gold"], {"doc-a": 1})
        self.assertEqual(dict(self.r["confusions"]), {
            ("political", "economic"): 1,
            ("crime_and_punishment", "security_and_defense"): 1,
            ("health_and_safety", "economic"): 1})

    def test_markdown_and_results_file(self):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "results.md")
            args = ["--gold", os.path.join(TD, "gold_small.json"),
                    "--export", os.path.join(TD, "fake_export_small.json"), "--results", out]
            with contextlib.redirect_stdout(io.StringIO()):
                self.assertEqual(agree.main(args), 0)
                self.assertEqual(agree.main(args), 0)  # rerun replaces the section
            with open(out, encoding="utf-8") as f:
                text = f.read()
            self.assertEqual(text.count("<!-- section: gold_small -->"), 1)
            self.assertIn("| Framescope | 0.500 | 0.333 | 0.875 | 0.875 | 0.875 | 0.771 |", text)

    def test_no_frames_in_export(self):
        with tempfile.TemporaryDirectory() as d:
            exp = os.path.join(d, "e.json")
            with open(exp, "w") as f:
                json.dump({"documents": [{"id": "doc-a"}]}, f)
            args = ["--gold", os.path.join(TD, "gold_small.json"), "--export", exp, "--no-results"]
            with contextlib.redirect_stderr(io.StringIO()) as err:
                self.assertEqual(agree.main(args), 2)
            self.assertIn('no "frames"', err.getvalue())


class InterCoder(unittest.TestCase):
    def test_small(self):
        _, _, a = agree.load_gold(os.path.join(TD, "gold_small.json"))
        _, _, b = agree.load_gold(os.path.join(TD, "gold_small_coder_b.json"))
        r = agree.inter_coder(a, b)
        self.assertEqual((r["common"], r["only_a"], r["only_b"]), (6, 0, 1))
        self.assertAlmostEqual(r["primary_accuracy"], 5 / 6)
        self.assertAlmostEqual(r["primary_kappa"], 23 / 29)
        self.assertAlmostEqual(r["per_frame"]["economic"]["kappa"], 2 / 3)
        self.assertAlmostEqual(r["per_frame"]["political"]["kappa"], 8 / 14)
        self.assertAlmostEqual(r["per_frame"]["security_and_defense"]["kappa"], 1.0)
        self.assertAlmostEqual(r["mean_frame_kappa"], (2 / 3 + 4 / 7 + 3) / 5)


class GoldFiles(unittest.TestCase):
    def test_gold_is_valid_and_lines_are_body_text(self):
        for name in ("seeds", "heldout"):
            path = os.path.join(HERE, "gold", name + ".json")
            corpus, _, paras = agree.load_gold(path)  # raises on bad keys
            self.assertTrue(paras)
            with open(os.path.join(agree.REPO, corpus, "corpus.toml"), encoding="utf-8") as f:
                manifest = f.read()
            ids = re.findall(r'^id = "([^"]+)"', manifest, re.M)
            names = re.findall(r'^file = "([^"]+)"', manifest, re.M)
            files = dict(zip(ids, names))
            for p in paras:
                with open(os.path.join(agree.REPO, corpus, files[p["doc"]]), encoding="utf-8") as f:
                    lines = f.read().split("\n")
                self.assertTrue(lines[p["line"] - 1].strip(), f"{name}: {p['doc']} line {p['line']} is blank")

    def test_load_gold_rejects_unknown_frame(self):
        with tempfile.TemporaryDirectory() as d:
            bad = os.path.join(d, "bad.json")
            with open(bad, "w") as f:
                json.dump({"corpus": "x", "items": [{"doc": "a", "line": 1, "primary": "economy",
                                                     "frames": ["economy"]}]}, f)
            with self.assertRaises(ValueError):
                agree.load_gold(bad)


if __name__ == "__main__":
    unittest.main()
