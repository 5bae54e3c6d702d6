#!/usr/bin/env python3
"""Relation scores per type, and with --list the missed and spurious triples, matched the way score.py matches them.

usage: reldiff.py GOLD_DIR PREDICTIONS.json [TYPE ...] [--list]
score.py is found in $GRAPHEXPLORER_BRIEFS, else in ../shared/briefs beside the repository.
"""
import json, os, sys
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
sys.path.insert(0, os.environ.get("GRAPHEXPLORER_BRIEFS") or os.path.join(ROOT, "..", "shared", "briefs"))
from score import TYPES, SYMMETRIC, norm, match_entities, resolve, f1

def main(argv):
    gold_dir, pred_path = argv[1], argv[2]
    show = "--list" in argv
    only = {a for a in argv[3:] if not a.startswith("--")}
    preds = {os.path.basename(p["brief"]): p for p in json.load(open(pred_path))}
    per = {}
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"): continue
        gold = json.load(open(os.path.join(gold_dir, name)))
        pred = preds.get(os.path.basename(gold["brief"]), {"entities": [], "relations": []})
        pents = [e for e in pred.get("entities", []) if e.get("type") in TYPES]
        gents = gold["entities"]
        mapping = match_entities(pents, gents)
        gi = {norm(e["name"]): j for j, e in enumerate(gents)}
        def key(s, ty, t):
            return (min(s, t), ty, max(s, t)) if ty in SYMMETRIC and isinstance(s, int) and isinstance(t, int) else (s, ty, t)
        g = {}
        for r in gold["relations"]:
            g[key(gi[norm(r["source"])], r["type"], gi[norm(r["target"])])] = r
        p = {}
        for r in pred.get("relations", []):
            if r.get("type") in ("MENTIONS", None): continue
            s = resolve(r["source"], pents, mapping); t = resolve(r["target"], pents, mapping)
            s = s if s is not None else ("?", r["source"]); t = t if t is not None else ("?", r["target"])
            p[key(s, r["type"], t)] = r
        def nm(x): return gents[x]["name"] if isinstance(x, int) else "?" + x[1]
        for k in set(g) | set(p):
            ty = k[1]
            c = per.setdefault(ty, [0, 0, 0, [], []])
            if k in g and k in p: c[0] += 1
            if k in p: c[1] += 1
            if k in g: c[2] += 1
            if k in g and k not in p: c[3].append(f"{name[:2]} {nm(k[0])} -> {nm(k[2])}" + (f"  [{g[k].get('claim','')}]" if g[k].get('claim') else ""))
            if k in p and k not in g: c[4].append(f"{name[:2]} {nm(k[0])} -> {nm(k[2])}")
    tot = [0, 0, 0]
    print(f"{'type':16} {'tp':>4} {'pred':>4} {'gold':>4}  P     R     F1")
    for ty in sorted(per):
        c = per[ty]; tot = [a + b for a, b in zip(tot, c[:3])]
        pp, rr, ff = f1(*c[:3])
        print(f"{ty:16} {c[0]:4} {c[1]:4} {c[2]:4}  {pp:.3f} {rr:.3f} {ff:.3f}")
    pp, rr, ff = f1(*tot)
    print(f"{'ALL':16} {tot[0]:4} {tot[1]:4} {tot[2]:4}  {pp:.3f} {rr:.3f} {ff:.3f}")
    if show:
        for ty in sorted(per):
            if only and ty not in only: continue
            print(f"\n== {ty} missed"); [print("  ", m) for m in sorted(per[ty][3])]
            print(f"== {ty} spurious"); [print("  ", m) for m in sorted(per[ty][4])]
main(sys.argv)
