"""gold-more's and gold-synth's dev groups: F1 may not drop below a floor set just under the scores reached (recall5).

Only the dev groups (`dev/` … `dev10/`, gold-synth's … gold-synth6's `dev/`), whose errors may be read: the test groups are held out, and a
test that failed on them would make their errors read. Scored with `kg evaluate`'s own code, the
extractor run exactly as `kg extract --jsonl` runs it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import pipeline
from kg.evaluate import contract
from kg.evaluate.score import doc_key, evaluate
from kg.model import Entity

GOLD_MORE = Path(__file__).parent / "data" / "gold-more"
GOLD_SYNTH = Path(__file__).parent / "data" / "gold-synth"
GOLD_SYNTH2 = Path(__file__).parent / "data" / "gold-synth2"
GOLD_SYNTH3 = Path(__file__).parent / "data" / "gold-synth3"
GOLD_SYNTH4 = Path(__file__).parent / "data" / "gold-synth4"
GOLD_SYNTH5 = Path(__file__).parent / "data" / "gold-synth5"
GOLD_SYNTH6 = Path(__file__).parent / "data" / "gold-synth6"
GOLD_SYNTH7 = Path(__file__).parent / "data" / "gold-synth7"
GOLD_SYNTH8 = Path(__file__).parent / "data" / "gold-synth8"
# each group: its gold lines, and the folder of its documents
GROUPS = {group: (GOLD_MORE / group, GOLD_MORE / "docs") for group in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10")}
GROUPS["synth-dev"] = (GOLD_SYNTH / "dev", GOLD_SYNTH / "docs")
GROUPS["synth2-dev"] = (GOLD_SYNTH2 / "dev", GOLD_SYNTH2 / "docs")
GROUPS["synth3-dev"] = (GOLD_SYNTH3 / "dev", GOLD_SYNTH3 / "docs")
GROUPS["synth4-dev"] = (GOLD_SYNTH4 / "dev", GOLD_SYNTH4 / "docs")
GROUPS["synth5-dev"] = (GOLD_SYNTH5 / "dev", GOLD_SYNTH5 / "docs")
GROUPS["synth6-dev"] = (GOLD_SYNTH6 / "dev", GOLD_SYNTH6 / "docs")
GROUPS["synth7-dev"] = (GOLD_SYNTH7 / "dev", GOLD_SYNTH7 / "docs")  # held out in sessions 18–19, released in session 20
GROUPS["synth8-dev"] = (GOLD_SYNTH8 / "dev", GOLD_SYNTH8 / "docs")  # held out in sessions 19–20, released in session 20
# recall10 reached entities 0.868 / 0.864 / 0.833 (programmes by their grammar: funds allotted, plans carried out,
# prizes set up, short forms; national bodies by function); floors raised to just under.
# recall10 (session 10) added dev4 (0052, 0201, 0104; regulations), drawn and annotated before the extractor ran on them:
# first look entities 0.699, funding 0.563; reached entities 0.704, funding 0.944 (no unambiguous gold target).
# recall9 reached entities 0.865 / 0.848 / 0.817 (dev / dev2 / dev3; bodies named by function as the body holding
# the function, 天津市公安局); floors raised to just under.
# recall8 reached entities 0.805 / 0.830 / 0.794 (dev / dev2 / dev3); floors raised to just under.
# recall7 reached entities 0.77 / 0.80 / 0.78 (dev / dev2 / dev3; 0.83 / 0.82 with bodies named by function kept as
# written, 市公安部门, which would join two cities' in one node).
# reached at recall5's last commit: entities 0.75 / 0.73 / 0.73, targets — / — / 1.00, funding 0.77 / 0.91 / —
# (recall4: entities 0.71 / 0.66, funding 0.77 / 0.90; recall3: 0.70 / 0.64, funding 0.77 / 0.80)
# fund8 (session 8) reached funding 0.80 / 0.96 (dev / dev2): funding floors raised to just under.
# fund9 (session 9) reached funding 0.969 on dev2 (a policy for X, then the money aspects): floor raised to 0.96.
# dev3 has no unambiguous funding line (its documents promise none, or tax credits only): no funding floor there.
# recall10b (session 10) added dev5 (policy documents: 0079, 0019, 0229): entities 0.793 at first look, 0.937 reached;
# funding 0.000 → 0.667 (one of its two Taiwan rate caps read); no targets floor (no gold target).
# recall10c (session 10) reached dev4 entities 0.782 (0.704 at its start: the kind that closes a list of platform kinds,
# regulations' kinds of platform and enterprise, joint and innovation funds, named zones as places only); floor raised.
# recall10c (session 10) reached funding 0.909 on dev (rewards a unit owes its staff no longer promises): floor 0.90.
# session 11 (ind11: industries named for development; plat11: kinds of platform by their head word; fund11 and the
# lead's funding rules) reached entities 0.923 / 0.866 / 0.865 / 0.854 / 0.952, funding on dev4 0.955: floors just under.
# session 12 (ent12: bodies through a list of levels, plans drawn up, bilateral platforms) reached dev3 0.873, dev4 0.900;
# gold-synth's dev group (two support measures and a plan, written blind) scored at first look entities 0.895, targets
# 0.909, funding 0.867 (main) and 0.875 (the first round's rules), then 0.952 (syn12, its errors read).
# session 13: gold-synth2's dev group (five support measures and plans, written blind by two helpers) scored at first look
# entities 0.859, targets 0.943, funding 0.692, then 0.948 / 1.000 / 0.986 (ent13b, tgt13b, fund13b, fund13c); rules for
# innovation work set up by name and bodies joined by 和 (ent13c) took dev2 to 0.884 and dev4 to 0.928; floors just under.
# session 14: gold-synth3's dev group (five support measures, plans and a Taiwan rule, written blind by two more helpers)
# scored at first look entities 0.841, targets 0.932, funding 0.646, then 0.920 / 0.946 / 0.968 (fund14b, twn14, ent14c and
# the rest); programmes pushed on, fields named only as a means, bodies of zones and autonomous regions, and regulations'
# payers took dev2 to 0.891, dev3 to 0.889, dev4 to 0.944 / 0.977, synth-dev to 0.952, synth2-dev to 0.966; floors just under.
# session 15: dev6 (five regulations of the seventh draw, annotated blind) scored at first look entities 0.661, targets
# 0.667 (one of two lines), funding 0.814; then 0.760 / 1.000 / 0.969 (fund15c, ent15c: regulations' promises and
# entities). The session's other branches took dev to 0.934, dev2 funding to 0.990, dev3 to 0.897, synth-dev to 0.963,
# synth3-dev to 0.940 / 0.974 (ent15a, ent15b, fund15a, tgt15); floors just under. dev7 (four regulations of the
# eighth draw) at its first look, after those branches: entities 0.697, funding 0.611 (no unambiguous target); then
# 0.781 / 0.825 (ent15d: kinds of base, size classes of firm, vouchers; fund15d: support enjoyed by rule, trainees, a
# lead-in's subject over its items); dev6 0.765 with them; then dev6 0.780, dev7 0.792 / 0.850 (ent15e: 中华人民共和国境内
# as 中国, funds jieba glues to the word before; fund15e: bodies joined before their act, a partner no recipient, a prize
# a government sets up); floors just under.
# session 16: dev8 (four regulations of the ninth draw, annotated blind) at its first look (main 2a8daa2): entities
# 0.747, funding 0.750 (no unambiguous target); gold-synth4's dev group (three support measures and plans written blind)
# at its first look: 0.839 / 0.912 / 0.418. Then dev8 0.809 / 0.857 (ent16d: a 促进条例's own field's rules and firms;
# ent16e; fund16d: money means after what a clause sets up), synth4-dev 0.912 / 1.000 / 0.884 (ent16d, ent16e, tgt16,
# fund16c: stages, level tables, matching; fund16e: 分别 over titles and kinds, per head, loss shares); the other branches
# took dev3 to 0.915, dev6 to 0.795, dev7 to 0.815, synth3-dev to 0.948 / 0.987; floors just under.
# session 17: dev9 (four regulations of the tenth draw, annotated blind) at its first look (main 69ed7fc): entities
# 0.759, funding 0.727 (no unambiguous target); gold-synth5's dev group (a 新型研发机构 办法, a Taiwan 補助作業要點, a plan
# with an indicator table, written blind) at its first look: 0.840 / 0.933 / 0.576. Then dev9 0.809 / 0.776 (ent17c
# kinds, ent17d bodies, fund17b rewards without an amount), synth5-dev 0.895 / 0.991 / 0.825 (twn17 Taiwan rules, tgt17
# tables, fund17a amounts); the other branches took dev6 to 0.815, dev7 to 0.839, dev8 to 0.869 / 0.889, synth-dev to
# 0.974, synth4-dev to 0.973 / 1.000 / 0.895; floors just under.
# session 18: dev10 (four long regulations of the eleventh draw, annotated blind) at its first look (main 7fc090a): entities
# 0.864, funding 0.703 (no unambiguous target); gold-synth6's dev group (an IP 办法, an incubator 办法, a 科技特派员 plan,
# written blind) at its first look: 0.863 / 0.906 / 0.706. Then dev10 0.875 / 0.815 (fund18b: a fund's listed uses, a fund
# then whom it supports; ent18a/b), synth6-dev 0.873 / 0.906 / 0.895 (fund18c: rules on how promises combine, payers'
# levels, stages joined; fund18d: standards before whom they pay, caps per kind; fund18a: levels and grades); the other
# branches took dev7 to 0.858, dev9 to 0.818 / 0.794, synth3-dev to 0.972 / 0.987 / 0.971, synth4-dev to 0.981, synth5-dev
# to 0.930 / 0.991 / 0.923 (fund18a's evaluation grades, ent18a's vouchers, ent18c's local places); floors just under.
# session 19 (no new dev group; its blind set, gold-synth8, is held out whole): dev6 0.848 (ent19b kinds), dev9 0.834,
# dev10 0.892 / 0.857 (ent19a places' plans, fund19b support without an amount), synth6-dev 0.906 / 0.982 / 0.910 (tgt19,
# fund19a, ent19b), synth2-dev 0.973, synth5-dev 0.939; floors just under.
# session 20: gold-synth7 and gold-synth8, held out before, released as dev groups (their held-out scores are in their
# READMEs). dev6 0.857 / 1.000 (ent20a programmes, fund20b), dev7 0.864 / 0.877, dev9 0.837 / 0.935, dev10 0.897 / 1.000
# (fund20b: groups paid by name after their kinds, the encouraged paid, needs met, restated promises), synth3-dev 0.979,
# synth5-dev 0.947 (twn20), synth7-dev 0.941 / 1.000 / 0.848 (fund20a, twn20, tgt20, layout20), synth8-dev 0.883 / 0.934 /
# 0.703 (fund20c, ent20c, twn20b); floors just under.
FLOOR = {
    "dev": {"entities": 0.93, "funding": 0.90},
    "dev2": {"entities": 0.90, "funding": 0.98},
    "dev3": {"entities": 0.91, "targets": 0.99},
    "dev4": {"entities": 0.94, "funding": 0.97},
    "dev5": {"entities": 0.95, "funding": 0.66},
    "dev6": {"entities": 0.85, "targets": 0.99, "funding": 0.99},
    "dev7": {"entities": 0.86, "funding": 0.87},
    "dev8": {"entities": 0.86, "funding": 0.88},
    "dev9": {"entities": 0.83, "funding": 0.93},
    "dev10": {"entities": 0.89, "funding": 0.99},
    "synth-dev": {"entities": 0.97, "targets": 0.99, "funding": 0.99},
    "synth2-dev": {"entities": 0.97, "targets": 0.99, "funding": 0.98},
    "synth3-dev": {"entities": 0.97, "targets": 0.98, "funding": 0.97},
    "synth4-dev": {"entities": 0.98, "targets": 0.99, "funding": 0.89},
    "synth5-dev": {"entities": 0.94, "targets": 0.99, "funding": 0.92},
    "synth6-dev": {"entities": 0.90, "targets": 0.98, "funding": 0.90},
    "synth7-dev": {"entities": 0.94, "targets": 0.99, "funding": 0.84},
    "synth8-dev": {"entities": 0.88, "targets": 0.93, "funding": 0.70},
}


@pytest.fixture(scope="module")
def reports(vocab, tmp_path_factory) -> dict[str, object]:
    out = {}
    for group, (gold_folder, docs) in GROUPS.items():
        gold = contract.load(gold_folder)
        wanted = {doc_key(line["doc"]) for line in gold["documents"]}
        files = [f for f in sorted(docs.glob("*.txt")) if doc_key(f.stem) in wanted]
        built = pipeline.build(files, vocab, check=False)
        regions = vocab.region_parents({f.name for f in built.facts if isinstance(f, Entity) and f.type == "Region"})
        folder = tmp_path_factory.mktemp(f"pred-{group}")
        for name, data in contract.write(built.docs, built.facts, regions).items():
            (folder / name).write_bytes(data)
        out[group] = evaluate(gold, contract.load(folder))
    return out


@pytest.mark.parametrize(("group", "relation"), [(g, r) for g in GROUPS for r in sorted(FLOOR[g])])
def test_recall5_gold_more_dev_f1_holds(reports, group: str, relation: str) -> None:
    assert reports[group].relations[relation].f1 >= FLOOR[group][relation]
