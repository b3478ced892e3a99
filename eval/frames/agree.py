#!/usr/bin/env python3
"""Agreement between Framescope's frame scoring and hand-coded gold (Policy Frames Codebook).

Standard library only. From the repository root:

    python3 eval/frames/agree.py                       # both gold sets, runs the cargo export
    python3 eval/frames/agree.py --gold eval/frames/gold/heldout.json
    python3 eval/frames/agree.py --gold eval/frames/gold/seeds.json --export seeds_export.json
    python3 eval/frames/agree.py --gold eval/frames/gold/seeds.json --inter-coder other_coder.json

Gold: {"corpus": DIR, "coder": ..., "items": [{"doc", "line", "primary", "frames", "note"}]}
("none" as primary means the paragraph has no framing content; it is never a frame label).

Export (from `framescope-cli export --format json`): the part read here is
    {"documents": [{"id": ...}, ...],
     "frames": [{"doc": ID or index, "scores": {frame: share}, "evidence":
                 [{"line": N, "frame": KEY, "cues": [...]}, ...]}]}
One evidence entry per (sentence, frame) hit. Engine paragraph frames = the set of frames of
the evidence on that doc+line; engine primary = the frame with most evidence entries on the
line (ties: more cues in total, then alphabetical); "none" when the line has no evidence.
"""

import argparse
import json
import math
import os
import subprocess
import sys
from collections import Counter, defaultdict

FRAMES = [
    "economic",
    "capacity_and_resources",
    "morality",
    "fairness_and_equality",
    "legality_constitutionality_jurisprudence",
    "policy_prescription_and_evaluation",
    "crime_and_punishment",
    "security_and_defense",
    "health_and_safety",
    "quality_of_life",
    "cultural_identity",
    "public_opinion",
    "political",
    "external_regulation_and_reputation",
    "other",
]
NONE = "none"
PRIMARY_LABELS = FRAMES + [NONE]

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_GOLDS = [os.path.join(HERE, "gold", "seeds.json"), os.path.join(HERE, "gold", "heldout.json")]
DEFAULT_RESULTS = os.path.join(HERE, "results.md")


class NoFrames(Exception):
    """The export has no "frames" array (the engine does not score frames yet)."""


# ---------------------------------------------------------------- loading


def load_gold(path):
    """Gold file -> (corpus, coder, ordered list of paragraphs).

    Each paragraph: {"doc", "line", "primary", "frames" (set, without "none")}.
    Raises ValueError on unknown frame keys, duplicates or a primary missing from frames.
    """
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    paras, seen, problems = [], set(), []
    for i, it in enumerate(data["items"]):
        key = (it["doc"], int(it["line"]))
        if key in seen:
            problems.append(f"item {i}: duplicate {key}")
        seen.add(key)
        primary = it["primary"]
        frames = list(it.get("frames", [primary]))
        for fr in [primary] + frames:
            if fr not in PRIMARY_LABELS:
                problems.append(f"item {i} {key}: unknown frame {fr!r}")
        if primary not in frames:
            problems.append(f"item {i} {key}: primary {primary!r} not in frames")
        fs = {fr for fr in frames if fr != NONE}
        if primary == NONE and fs:
            problems.append(f"item {i} {key}: primary 'none' but frames {sorted(fs)}")
        if primary != NONE and not fs:
            problems.append(f"item {i} {key}: no frames")
        paras.append({"doc": it["doc"], "line": int(it["line"]), "primary": primary, "frames": fs})
    if problems:
        raise ValueError(f"{path}: " + "; ".join(problems))
    return data.get("corpus"), data.get("coder", ""), paras


def run_export(corpus, debug_build=False):
    cmd = ["cargo", "run", "-q"] + ([] if debug_build else ["--release"])
    cmd += ["-p", "framescope-cli", "--", "export", "--corpus", corpus, "--format", "json"]
    print("running: " + " ".join(cmd), file=sys.stderr)
    out = subprocess.run(cmd, cwd=REPO, stdout=subprocess.PIPE, check=True)
    return json.loads(out.stdout.decode("utf-8"))


def engine_paragraphs(export):
    """Export -> ({(doc, line): {"frames": set, "primary": label, "n": evidence count}},
    {doc: scores dict}). Raises NoFrames when the export has no "frames" array."""
    if "frames" not in export:
        raise NoFrames()
    ids = [d.get("id") for d in export.get("documents", [])]
    hits = defaultdict(lambda: defaultdict(lambda: [0, 0]))  # (doc,line) -> frame -> [entries, cues]
    scores = {}
    for entry in export["frames"]:
        doc = entry.get("doc")
        if isinstance(doc, int) and not isinstance(doc, bool) and 0 <= doc < len(ids):
            doc = ids[doc]
        scores[doc] = dict(entry.get("scores") or {})
        for ev in entry.get("evidence") or []:
            c = hits[(doc, int(ev["line"]))][ev["frame"]]
            c[0] += 1
            c[1] += len(ev.get("cues") or [])
    paras = {}
    for key, per_frame in hits.items():
        primary = sorted(per_frame.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))[0][0]
        paras[key] = {"frames": set(per_frame), "primary": primary,
                      "n": sum(v[0] for v in per_frame.values())}
    return paras, scores


def predictions_for(gold_paras, eng):
    """Engine's (primary, frame set) for each gold paragraph, in gold order."""
    out = []
    for p in gold_paras:
        e = eng.get((p["doc"], p["line"]))
        out.append((e["primary"], set(e["frames"])) if e else (NONE, set()))
    return out


# ---------------------------------------------------------------- statistics


def cohen_kappa(a, b):
    """Cohen's kappa of two equal-length label lists; None for empty input. When chance
    agreement is 1 (both raters use one and the same label throughout) kappa is taken as 1.0."""
    n = len(a)
    if n == 0:
        return None
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if pe >= 1.0:
        return 1.0 if po >= 1.0 else 0.0
    return (po - pe) / (1 - pe)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def multilabel(gold_sets, pred_sets):
    """Micro and macro P/R/F1 over (paragraph, frame) pairs, and the per-frame table.

    Macro averages over the frames that occur in the gold or the predictions of these
    paragraphs (a frame nobody used is left out); an undefined P or R counts as 0."""
    per = {}
    for fr in FRAMES + sorted({f for s in gold_sets + pred_sets for f in s} - set(FRAMES)):
        tp = sum(1 for g, p in zip(gold_sets, pred_sets) if fr in g and fr in p)
        fp = sum(1 for g, p in zip(gold_sets, pred_sets) if fr not in g and fr in p)
        fn = sum(1 for g, p in zip(gold_sets, pred_sets) if fr in g and fr not in p)
        per[fr] = {"tp": tp, "fp": fp, "fn": fn, "gold": tp + fn, "pred": tp + fp}
        per[fr]["p"], per[fr]["r"], per[fr]["f1"] = prf(tp, fp, fn)
    tp = sum(v["tp"] for v in per.values())
    fp = sum(v["fp"] for v in per.values())
    fn = sum(v["fn"] for v in per.values())
    micro = dict(zip(("p", "r", "f1"), prf(tp, fp, fn)), tp=tp, fp=fp, fn=fn)
    used = [fr for fr, v in per.items() if v["gold"] or v["pred"]]
    if used:
        macro = {k: sum(per[fr][k] for fr in used) / len(used) for k in ("p", "r", "f1")}
    else:
        macro = {"p": 1.0, "r": 1.0, "f1": 1.0}
    macro["frames"] = len(used)
    return micro, macro, per


def cosine(u, v):
    nu = math.sqrt(sum(x * x for x in u))
    nv = math.sqrt(sum(x * x for x in v))
    if nu == 0 or nv == 0:
        return None
    return sum(x * y for x, y in zip(u, v)) / (nu * nv)


def ranks(xs):
    """Average ranks (1-based) with ties sharing the mean of their positions."""
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def spearman(u, v):
    """Spearman's rho as Pearson correlation of average ranks; None when a side is constant."""
    ru, rv = ranks(u), ranks(v)
    n = len(u)
    mu, mv = sum(ru) / n, sum(rv) / n
    su = math.sqrt(sum((x - mu) ** 2 for x in ru))
    sv = math.sqrt(sum((x - mv) ** 2 for x in rv))
    if su == 0 or sv == 0:
        return None
    return sum((x - mu) * (y - mv) for x, y in zip(ru, rv)) / (su * sv)


def profile(sets):
    n = len(sets)
    return [sum(1 for s in sets if fr in s) / n if n else 0.0 for fr in FRAMES]


def mean(xs):
    xs = [x for x in xs if x is not None]
    return sum(xs) / len(xs) if xs else None


# ---------------------------------------------------------------- evaluation


def evaluate(gold_paras, export):
    """All numbers for one gold set against one export (a dict, see the module doc)."""
    eng, scores = engine_paragraphs(export)
    preds = predictions_for(gold_paras, eng)
    g_prim = [p["primary"] for p in gold_paras]
    e_prim = [p for p, _ in preds]
    g_sets = [p["frames"] for p in gold_paras]
    e_sets = [s for _, s in preds]
    docs = list(dict.fromkeys(p["doc"] for p in gold_paras))

    res = {"paragraphs": len(gold_paras), "docs": {}}
    res["primary"] = {"accuracy": sum(a == b for a, b in zip(g_prim, e_prim)) / len(g_prim),
                      "kappa": cohen_kappa(g_prim, e_prim)}
    micro, macro, per = multilabel(g_sets, e_sets)
    res["presence"] = {"micro": micro, "macro": macro, "per_frame": per}

    # baselines
    counts = Counter(g_prim)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    base_prim = [top] * len(g_prim)
    freq = Counter(fr for s in g_sets for fr in s)
    top2 = [fr for fr, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
    b_micro, b_macro, _ = multilabel(g_sets, [set(top2) for _ in g_sets])
    res["baselines"] = {
        "majority_primary": {"label": top,
                             "accuracy": sum(a == b for a, b in zip(g_prim, base_prim)) / len(g_prim),
                             "kappa": cohen_kappa(g_prim, base_prim)},
        "top2_frames": {"labels": top2, "micro": b_micro, "macro": b_macro},
    }

    # per article, with frame profiles
    cos_l, rho_l, cos_s_l = [], [], []
    for doc in docs:
        idx = [i for i, p in enumerate(gold_paras) if p["doc"] == doc]
        gp, ep = [g_prim[i] for i in idx], [e_prim[i] for i in idx]
        gs, es = [g_sets[i] for i in idx], [e_sets[i] for i in idx]
        dmicro, dmacro, _ = multilabel(gs, es)
        gprof, eprof = profile(gs), profile(es)
        sc = scores.get(doc)
        sprof = [float(sc.get(fr, 0.0)) for fr in FRAMES] if sc else None
        d = {"paragraphs": len(idx),
             "accuracy": sum(a == b for a, b in zip(gp, ep)) / len(idx),
             "kappa": cohen_kappa(gp, ep),
             "micro": dmicro, "macro": dmacro,
             "gold_profile": gprof, "engine_profile": eprof,
             "cosine": cosine(gprof, eprof), "spearman": spearman(gprof, eprof),
             "cosine_scores": cosine(gprof, sprof) if sprof else None,
             "in_export": doc in scores}
        cos_l.append(d["cosine"]); rho_l.append(d["spearman"]); cos_s_l.append(d["cosine_scores"])
        res["docs"][doc] = d
    res["profiles"] = {"mean_cosine": mean(cos_l), "mean_spearman": mean(rho_l),
                       "mean_cosine_scores": mean(cos_s_l)}

    # primary confusions and engine evidence outside the gold paragraphs
    res["confusions"] = Counter((g, e) for g, e in zip(g_prim, e_prim) if g != e).most_common(12)
    gold_keys = {(p["doc"], p["line"]) for p in gold_paras}
    outside = Counter(doc for (doc, line) in eng if doc in res["docs"] and (doc, line) not in gold_keys)
    res["lines_outside_gold"] = dict(outside)
    res["docs_missing_from_export"] = [d for d in docs if d not in scores]
    return res


def inter_coder(paras_a, paras_b):
    a = {(p["doc"], p["line"]): p for p in paras_a}
    b = {(p["doc"], p["line"]): p for p in paras_b}
    common = [k for k in a if k in b]
    res = {"common": len(common), "only_a": len([k for k in a if k not in b]),
           "only_b": len([k for k in b if k not in a])}
    if not common:
        return res
    pa, pb = [a[k]["primary"] for k in common], [b[k]["primary"] for k in common]
    res["primary_accuracy"] = sum(x == y for x, y in zip(pa, pb)) / len(common)
    res["primary_kappa"] = cohen_kappa(pa, pb)
    per = {}
    for fr in FRAMES:
        xa = [fr in a[k]["frames"] for k in common]
        xb = [fr in b[k]["frames"] for k in common]
        if not any(xa) and not any(xb):
            continue
        per[fr] = {"a": sum(xa), "b": sum(xb), "both": sum(x and y for x, y in zip(xa, xb)),
                   "kappa": cohen_kappa(xa, xb)}
    res["per_frame"] = per
    res["mean_frame_kappa"] = mean([v["kappa"] for v in per.values()])
    micro, macro, _ = multilabel([a[k]["frames"] for k in common], [b[k]["frames"] for k in common])
    res["presence_micro_f1"] = micro["f1"]
    res["presence_macro_f1"] = macro["f1"]
    return res


# ---------------------------------------------------------------- markdown


def f3(x):
    return "n/a" if x is None else f"{x:.3f}"


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def render(label, gold_path, coder, res):
    pr, pm = res["presence"]["micro"], res["presence"]["macro"]
    bm, bt = res["baselines"]["majority_primary"], res["baselines"]["top2_frames"]
    L = [f"## {label}", "",
         f"Gold: `{gold_path}` ({res['paragraphs']} paragraphs in {len(res['docs'])} articles; coder: {coder}).", ""]
    L += ["### Overall", "",
          table(["method", "primary accuracy", "primary kappa", "presence micro P", "micro R", "micro F1", "macro F1"], [
              ["Framescope", f3(res["primary"]["accuracy"]), f3(res["primary"]["kappa"]),
               f3(pr["p"]), f3(pr["r"]), f3(pr["f1"]), f3(pm["f1"])],
              [f"baseline: always `{bm['label']}`", f3(bm["accuracy"]), f3(bm["kappa"]), "—", "—", "—", "—"],
              ["baseline: every paragraph gets " + " + ".join(f"`{x}`" for x in bt["labels"]), "—", "—",
               f3(bt["micro"]["p"]), f3(bt["micro"]["r"]), f3(bt["micro"]["f1"]), f3(bt["macro"]["f1"])],
          ]), "",
          f"Presence: micro over (paragraph, frame) pairs, TP {pr['tp']}, FP {pr['fp']}, FN {pr['fn']}; "
          f"macro P {f3(pm['p'])}, R {f3(pm['r'])} over the {pm['frames']} frames used by gold or engine. "
          f"Article profiles: mean cosine {f3(res['profiles']['mean_cosine'])}, "
          f"mean Spearman {f3(res['profiles']['mean_spearman'])} "
          f"(engine `scores` vs gold shares: mean cosine {f3(res['profiles']['mean_cosine_scores'])}).", ""]
    rows = []
    for doc, d in res["docs"].items():
        rows.append([f"`{doc}`", d["paragraphs"], f3(d["accuracy"]), f3(d["kappa"]), f3(d["micro"]["p"]),
                     f3(d["micro"]["r"]), f3(d["micro"]["f1"]), f3(d["macro"]["f1"]), f3(d["cosine"]),
                     f3(d["spearman"]), f3(d["cosine_scores"])])
    L += ["### Per article", "",
          table(["article", "paras", "primary acc", "kappa", "micro P", "micro R", "micro F1", "macro F1",
                 "profile cosine", "profile Spearman", "cosine vs scores"], rows), ""]
    rows = []
    for fr, v in res["presence"]["per_frame"].items():
        if v["gold"] or v["pred"]:
            rows.append([f"`{fr}`", v["gold"], v["pred"], v["tp"], f3(v["p"]), f3(v["r"]), f3(v["f1"])])
    L += ["### Per frame (presence in a paragraph)", "",
          table(["frame", "gold paras", "engine paras", "both", "P", "R", "F1"], rows), ""]
    rows = []
    for doc, d in res["docs"].items():
        gp, ep = d["gold_profile"], d["engine_profile"]
        parts = [f"{fr.split('_')[0]} {g:.2f}/{e:.2f}" for fr, g, e in zip(FRAMES, gp, ep) if g or e]
        rows.append([f"`{doc}`", "; ".join(parts) or "—"])
    L += ["### Frame profiles (share of the article's paragraphs with the frame, gold/engine)", "",
          table(["article", "frame gold/engine"], rows), ""]
    if res["confusions"]:
        L += ["### Most common primary disagreements", "",
              table(["gold primary", "engine primary", "paragraphs"],
                    [[f"`{g}`", f"`{e}`", n] for (g, e), n in res["confusions"]]), ""]
    notes = []
    if res["docs_missing_from_export"]:
        notes.append("articles with no entry in the export's frames (scored as all `none`): "
                     + ", ".join(f"`{d}`" for d in res["docs_missing_from_export"]))
    if res["lines_outside_gold"]:
        notes.append("lines with engine evidence that the gold does not code (not scored): "
                     + ", ".join(f"`{d}` {n}" for d, n in res["lines_outside_gold"].items()))
    if notes:
        L += ["Notes: " + "; ".join(notes) + ".", ""]
    return "\n".join(L)


def render_inter(label, path_a, path_b, r):
    L = [f"## {label}", "", f"Coder A: `{path_a}`; coder B: `{path_b}`. Paragraphs coded by both: {r['common']} "
         f"(only A: {r['only_a']}, only B: {r['only_b']}).", ""]
    if not r["common"]:
        return "\n".join(L)
    L += [table(["measure", "value"], [["primary agreement", f3(r["primary_accuracy"])],
                                      ["primary Cohen's kappa", f3(r["primary_kappa"])],
                                      ["mean per-frame kappa", f3(r["mean_frame_kappa"])],
                                      ["presence micro F1 (B against A)", f3(r["presence_micro_f1"])],
                                      ["presence macro F1 (B against A)", f3(r["presence_macro_f1"])]]), ""]
    L += [table(["frame", "A paras", "B paras", "both", "kappa"],
                [[f"`{fr}`", v["a"], v["b"], v["both"], f3(v["kappa"])] for fr, v in r["per_frame"].items()]), ""]
    return "\n".join(L)


def write_section(path, label, text):
    """Replace (or append) the section for `label` in the results file."""
    start, end = f"<!-- section: {label} -->", f"<!-- end section: {label} -->"
    head = ("# Frame agreement results\n\nWritten by `eval/frames/agree.py`; one section per gold set, "
            "replaced when rerun. See `eval/frames/README.md` for what the numbers mean.\n")
    body = head
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            body = f.read()
    block = f"{start}\n{text.rstrip()}\n{end}\n"
    if start in body and end in body:
        a = body.index(start)
        b = body.index(end) + len(end)
        body = body[:a] + block.rstrip("\n") + body[b:]
    else:
        body = body.rstrip("\n") + "\n\n" + block
    with open(path, "w", encoding="utf-8") as f:
        f.write(body if body.endswith("\n") else body + "\n")


# ---------------------------------------------------------------- main


def label_for(path):
    return os.path.splitext(os.path.basename(path))[0]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", action="append", help="gold JSON (repeatable; default: seeds and heldout)")
    ap.add_argument("--export", help="read this saved export JSON instead of running cargo (one --gold only)")
    ap.add_argument("--inter-coder", metavar="FILE", help="compare FILE (second coder) with the gold instead")
    ap.add_argument("--debug-build", action="store_true", help="run the export without --release")
    ap.add_argument("--results", default=DEFAULT_RESULTS, help="markdown file to update")
    ap.add_argument("--no-results", action="store_true", help="only print")
    ap.add_argument("--label", help="section name in the results (default: gold file name)")
    ap.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    args = ap.parse_args(argv)

    golds = args.gold or DEFAULT_GOLDS
    if (args.export or args.inter_coder or args.label) and len(golds) != 1:
        ap.error("--export, --inter-coder and --label need exactly one --gold")

    all_json = {}
    for gpath in golds:
        corpus, coder, paras = load_gold(gpath)
        if args.inter_coder:
            _, coder_b, paras_b = load_gold(args.inter_coder)
            r = inter_coder(paras, paras_b)
            label = args.label or f"inter-coder: {label_for(gpath)} vs {label_for(args.inter_coder)}"
            text = render_inter(label, os.path.relpath(gpath, REPO), os.path.relpath(args.inter_coder, REPO), r)
            all_json[label] = r
        else:
            if args.export:
                with open(args.export, encoding="utf-8") as f:
                    export = json.load(f)
            else:
                export = run_export(corpus, args.debug_build)
            try:
                r = evaluate(paras, export)
            except NoFrames:
                print(f"{gpath}: the export has no \"frames\" yet; nothing to score "
                      "(test the script with eval/frames/testdata/).", file=sys.stderr)
                return 2
            label = args.label or label_for(gpath)
            text = render(label, os.path.relpath(gpath, REPO), coder, r)
            all_json[label] = r
        print(text)
        print()
        if not args.no_results:
            write_section(args.results, label, text)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(all_json, f, indent=1, default=lambda o: sorted(o) if isinstance(o, set) else str(o))
    return 0


if __name__ == "__main__":
    sys.exit(main())
