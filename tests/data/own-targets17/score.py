"""Score own target texts (S/T/A format, tests/data/own-targets17/README.md): per file P/R/F1, errors listed with -v.
usage: python score.py [-v] batch*.txt (with the project's venv)"""
import sys
from dataclasses import replace
from kg import vocab as vmod
from kg.pipeline import from_text
from kg.extract import targets
from kg.evaluate.score import similarity, same
import opencc
cc = opencc.OpenCC("t2s")
v = vmod.load()
verbose = "-v" in sys.argv

def parse(path):
    items = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("S "):
            items.append([line[2:].replace("\\n", "\n").replace("\\t", "\t"), [], []])
        elif line.startswith("T "):
            s, val, vmax, unit, year, py = line[2:].split("|")
            items[-1][1].append(dict(subject=cc.convert(s), value=val, value_max=vmax or None, unit=cc.convert(unit),
                                     year=None if year == "None" else int(year), per_year=py == "1"))
        elif line.startswith("A "):
            items[-1][2].append(line[2:])
    return items

def ok(g, p):
    if not (same(g["value"], p.value) and same(g["value_max"], p.value_max)):
        return None
    if cc.convert(p.unit or "") != g["unit"]:
        return None
    years = {g["year"]} | ({None} if g["per_year"] else set())
    if p.year not in years:
        return None
    return similarity(g["subject"], cc.convert(p.subject))

tot = [0, 0, 0]
for path in [a for a in sys.argv[1:] if not a.startswith("-")]:
    tp = fp = fn = 0
    for text, gold, amb in parse(path):
        pred = [replace(p, value=float(p.value), value_max=None if p.value_max is None else float(p.value_max)) for p in targets.extract(from_text(text, v), v)]
        used = set()
        missed = []
        for g in gold:
            cands = sorted(((s, i) for i, p in enumerate(pred) if i not in used and (s := ok(g, p)) is not None), reverse=True)
            if cands:
                used.add(cands[0][1]); tp += 1
            else:
                missed.append(g); fn += 1
        false = []
        for i, p in enumerate(pred):
            if i in used:
                continue
            if any(a == "翻一番" and "翻" in p.subject or same(a, p.value) for a in amb):
                continue
            false.append(p); fp += 1
        if verbose and (missed or false):
            print("==", text.replace("\n", "\\n"))
            for g in missed:
                print("   MISS", g["subject"], g["value"], g["value_max"], g["unit"], g["year"], "per_year" if g["per_year"] else "")
            for p in false:
                print("   FALSE", p.subject, p.value, p.value_max, p.unit, p.year, "per_year" if p.per_year else "")
    P = tp / (tp + fp) if tp + fp else 1; R = tp / (tp + fn) if tp + fn else 1
    print(f"{path.split('/')[-1]}: tp {tp} fp {fp} fn {fn}  P {P:.3f} R {R:.3f} F1 {2*P*R/(P+R) if P+R else 0:.3f}")
    tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
tp, fp, fn = tot
P = tp / (tp + fp); R = tp / (tp + fn)
print(f"ALL: tp {tp} fp {fp} fn {fn}  P {P:.3f} R {R:.3f} F1 {2*P*R/(P+R):.3f}")
