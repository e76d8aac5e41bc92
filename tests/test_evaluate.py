"""kg.evaluate.score: hand-made cases, each small enough to count by eye."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.evaluate.contract import load
from kg.evaluate.report import format_report, report_json
from kg.evaluate.score import Scores, evaluate, match, similarity

GOLD_DEV = Path(__file__).parent / "data" / "gold-dev"


def ent(name: str, type_: str = "Region", surface: tuple[str, ...] = (), doc: str = "000", **extra: object) -> dict:
    return {"doc": doc, "type": type_, "name": name, "surface": list(surface), "quote": name, **extra}


def tgt(subject: str, value: float, year: int | None = 2025, value_max: float | None = None,
        doc: str = "000", **extra: object) -> dict:
    return {"doc": doc, "subject": subject, "value": value, "value_max": value_max, "unit": "家",
            "year": year, "quote": subject, **extra}


def fund(recipient: str, amount: int | None, level: str | None = None, ratio: float | None = None,
         doc: str = "000", **extra: object) -> dict:
    return {"doc": doc, "recipient": recipient, "level": level, "amount_yuan": amount, "ratio": ratio,
            "quote": recipient, **extra}


def counts(scores: Scores) -> tuple[int, int, int]:
    return scores.tp, scores.fp, scores.fn


# (id, relation, gold lines, predicted lines, expected (tp, fp, fn))
CASES = [
    # entities
    ("exact match", "entities", [ent("北京市")], [ent("北京市")], (1, 0, 0)),
    ("surface form match", "entities", [ent("北京市", surface=("北京",))], [ent("北京")], (1, 0, 0)),
    ("predicted surface is gold name", "entities", [ent("唐山高新区")],
     [ent("唐山高新技术产业开发区", surface=("唐山高新区",))], (1, 0, 0)),
    ("type differs", "entities", [ent("氢能", "Industry")], [ent("氢能", "Programme")], (0, 1, 1)),
    ("name differs", "entities", [ent("通州区")], [ent("通州")], (0, 1, 1)),
    ("full-width equals half-width", "entities", [ent("津冀(芦台)示范区")], [ent("津冀（芦台）示范区")], (1, 0, 0)),
    ("ambiguous absorbs", "entities", [ent("国防", "Industry", ambiguous=True)], [ent("国防", "Industry")], (0, 0, 0)),
    ("ambiguous not missed", "entities", [ent("国防", "Industry", ambiguous=True)], [], (0, 0, 0)),
    ("ambiguous never steals a hit", "entities", [ent("北京市", ambiguous=True), ent("北京市")],
     [ent("北京市")], (1, 0, 0)),
    ("duplicates: one hit, one false positive", "entities", [ent("北京市")], [ent("北京市"), ent("北京市")], (1, 1, 0)),
    ("doc key: leading digits", "entities", [ent("北京市", doc="000")], [ent("北京市", doc="000_ca89e4c7270803da")],
     (1, 0, 0)),
    ("doc key: other digits do not meet", "entities", [ent("北京市", doc="000"), ent("唐山市", doc="002")],
     [ent("北京市", doc="002_xyz")], (0, 1, 2)),
    ("doc key: whole stem without digits", "entities", [ent("北京市", doc="beijing_a")],
     [ent("北京市", doc="beijing_b")], (0, 0, 1)),
    ("documents gold lacks are ignored", "entities", [ent("北京市")], [ent("北京市"), ent("唐山市", doc="007_x")],
     (1, 0, 0)),
    # targets
    ("target exact", "targets", [tgt("企业技术中心", 500)], [tgt("企业技术中心", 500)], (1, 0, 0)),
    ("target value differs", "targets", [tgt("企业技术中心", 500)], [tgt("企业技术中心", 50)], (0, 1, 1)),
    ("target int equals float", "targets", [tgt("高新技术企业", 1800)], [tgt("高新技术企业", 1800.0)], (1, 0, 0)),
    ("target range matched", "targets", [tgt("中试基地", 3, value_max=5)], [tgt("中试基地", 3, value_max=5)], (1, 0, 0)),
    ("target range needs value_max", "targets", [tgt("中试基地", 3, value_max=5)], [tgt("中试基地", 3)], (0, 1, 1)),
    ("target year differs", "targets", [tgt("创新中心", 5)], [tgt("创新中心", 5, year=2030)], (0, 1, 1)),
    ("target year_alt accepted", "targets", [tgt("创新中心", 5, year_alt=2030)], [tgt("创新中心", 5, year=2030)],
     (1, 0, 0)),
    ("per_year: null year as given", "targets", [tgt("高校院所", 100, year=None, per_year=True)],
     [tgt("高校院所", 100, year=None)], (1, 0, 0)),
    ("subject contained", "targets", [tgt("科技型中小企业", 2000)], [tgt("科技型中小企业数量", 2000)], (1, 0, 0)),
    ("subject by bigram Dice", "targets", [tgt("高精尖产业优秀企业技术中心", 500)], [tgt("优秀企业技术中心创建", 500)],
     (1, 0, 0)),
    ("subject unrelated", "targets", [tgt("高新技术企业", 10)], [tgt("重点实验室", 10)], (0, 1, 1)),
    ("ambiguous target absorbs", "targets", [tgt("产业集群", 2, value_max=3, year=None, ambiguous=True)],
     [tgt("产业集群", 2, value_max=3, year=None)], (0, 0, 0)),
    # funding
    ("funding exact", "funding", [fund("重点实验室", 10_000_000, "国家级")], [fund("重点实验室", 10_000_000, "国家级")],
     (1, 0, 0)),
    ("funding null level vs level", "funding", [fund("重点实验室", 1_000_000)],
     [fund("重点实验室", 1_000_000, "省级")], (0, 1, 1)),
    ("funding level differs", "funding", [fund("重点实验室", 1_000_000, "省级")],
     [fund("重点实验室", 1_000_000, "市级")], (0, 1, 1)),
    ("funding amount differs", "funding", [fund("众创空间", 500_000)], [fund("众创空间", 50_000)], (0, 1, 1)),
    ("funding ratio numeric", "funding", [fund("设备投资", None, ratio=0.3)], [fund("设备投资", None, ratio=0.1 + 0.2)],
     (1, 0, 0)),
    ("funding ratio 1 equals 1.0", "funding", [fund("配套资金", None, ratio=1)], [fund("配套资金", None, ratio=1.0)],
     (1, 0, 0)),
    ("funding ratio differs", "funding", [fund("设备投资", None, ratio=0.3)], [fund("设备投资", None, ratio=0.03)],
     (0, 1, 1)),
    ("funding similar recipient", "funding", [fund("新认定的重点实验室", 100_000, "市级")],
     [fund("重点实验室", 100_000, "市级")], (1, 0, 0)),
    # regions: a set of pairs, scored for the places gold knows
    ("region pair", "regions", [{"child": "通州区", "parent": "北京市"}], [{"child": "通州区", "parent": "北京市"}],
     (1, 0, 0)),
    ("region wrong parent", "regions", [{"child": "通州区", "parent": "北京市"}],
     [{"child": "通州区", "parent": "中国"}], (0, 1, 1)),
    ("region duplicates count once", "regions", [{"child": "通州区", "parent": "北京市"}],
     [{"child": "通州区", "parent": "北京市"}] * 2, (1, 0, 0)),
    ("region null parent", "regions", [{"child": "京津冀", "parent": None}], [{"child": "京津冀", "parent": None}],
     (1, 0, 0)),
    ("region of a place gold never names is ignored", "regions", [{"child": "通州区", "parent": "北京市"}],
     [{"child": "通州区", "parent": "北京市"}, {"child": "黄浦区", "parent": "上海市"}], (1, 0, 0)),
]


@pytest.mark.parametrize(("relation", "gold", "pred", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_relation_counts(relation: str, gold: list[dict], pred: list[dict], expected: tuple[int, int, int]) -> None:
    report = evaluate({relation: gold}, {relation: pred})
    assert counts(report.relations[relation]) == expected


def test_other_documents_are_counted_as_ignored() -> None:
    report = evaluate({"entities": [ent("北京市")]}, {"entities": [ent("北京市"), ent("唐山市", doc="007_x")]})
    assert report.ignored["entities"] == 1
    assert report.docs == ("000",)


def test_most_similar_subject_is_matched_first() -> None:
    gold = [tgt("企业技术中心", 10), tgt("市级企业技术中心", 10)]
    pred = [tgt("市级企业技术中心", 10), tgt("企业技术中心", 10)]
    pairs, missed, wrong = match(gold, pred, lambda g, p: similarity(g["subject"], p["subject"]))
    assert [(g["subject"], p["subject"]) for g, p in pairs] == [("企业技术中心", "企业技术中心"),
                                                               ("市级企业技术中心", "市级企业技术中心")]
    assert missed == wrong == []


@pytest.mark.parametrize(("a", "b", "similar"), [
    ("高新技术企业", "高新技术企业", True),
    ("高新技术 企业", "高新技术企业", True),  # whitespace does not count
    ("科技型中小企业", "科技型中小企业数量", True),  # containment
    ("高精尖产业优秀企业技术中心", "优秀企业技术中心创建", True),  # Dice 14/21 = 0.67
    ("企", "企业技术中心", False),  # one character is too little to be contained
    ("重点实验室", "工程技术研究中心", False),
    ("", "重点实验室", False),
    (None, None, True),
])
def test_similarity(a: str | None, b: str | None, similar: bool) -> None:
    assert (similarity(a, b) is not None) is similar


def test_per_type_and_per_file_numbers() -> None:
    gold = [ent("北京市"), ent("通州区"), ent("氢能", "Industry"), ent("生物医药", "Industry"),
            ent("唐山市", doc="002"), ent("揭榜挂帅", "Programme", doc="002"),
            ent("赛马机制", "Programme", doc="002", ambiguous=True)]
    pred = [ent("北京"), ent("北京市"), ent("氢能", "Industry"), ent("新能源", "Industry"),
            ent("唐山市", doc="002_a"), ent("赛马机制", "Programme", doc="002_a"), ent("天津市", doc="009_z")]
    report = evaluate({"entities": gold}, {"entities": pred})
    # 北京 is no surface of 北京市 here, so it is a false positive; 赛马机制 is absorbed
    assert {t: counts(s) for t, s in report.by_type.items()} == {
        "Industry": (1, 1, 1), "Programme": (0, 0, 1), "Region": (2, 1, 1)}
    assert {d: counts(per["entities"]) for d, per in report.by_doc.items()} == {"000": (2, 2, 2), "002": (1, 0, 1)}
    assert counts(report.relations["entities"]) == (3, 2, 3)
    assert report.relations["entities"].precision == pytest.approx(3 / 5)
    assert report.relations["entities"].recall == pytest.approx(3 / 6)
    assert report.relations["entities"].f1 == pytest.approx(6 / 11)
    assert [e["name"] for e in report.misses["entities"]] == ["通州区", "生物医药", "揭榜挂帅"]
    assert [e["name"] for e in report.false_positives["entities"]] == ["北京", "新能源"]


def test_document_fields() -> None:
    gold = [{"doc": "000", "title": "实施方案", "number": "京经信发〔2023〕30号", "issued": "2023-06-19",
             "period_end": 2030}, {"doc": "002", "title": "唐山方案"}]
    pred = [{"doc": "000_x", "title": "实施方案", "number": "京经信发〔2023〕3号", "issued": "2023-06-19",
             "period_end": "2030"}]
    report = evaluate({"documents": gold}, {"documents": pred})
    assert {f: (a.correct, a.total) for f, a in report.fields.items() if a.correct < a.total} == {"number": (0, 1)}
    assert report.fields["period_end"].accuracy == 1.0
    assert [e["field"] for e in report.field_errors] == ["number"]
    assert [d["doc"] for d in report.misses["documents"]] == ["002"]


@pytest.mark.parametrize(("scores", "expected"), [
    (Scores(0, 0, 0), (1.0, 1.0, 1.0)),  # nothing to find, nothing said
    (Scores(0, 0, 3), (0.0, 0.0, 0.0)),  # said nothing: no credit for precision
    (Scores(0, 2, 0), (0.0, 0.0, 0.0)),  # nothing to find, yet said something
    (Scores(3, 1, 2), (0.75, 0.6, 2 / 3)),
])
def test_scores(scores: Scores, expected: tuple[float, float, float]) -> None:
    assert (scores.precision, scores.recall, scores.f1) == pytest.approx(expected)


def test_gold_against_itself_is_perfect() -> None:
    gold = load(GOLD_DEV)
    report = evaluate(gold, load(GOLD_DEV))
    assert {name: s.f1 for name, s in report.relations.items()} == dict.fromkeys(report.relations, 1.0)
    assert all(s.f1 == 1.0 for s in report.by_type.values())
    assert all(a.accuracy == 1.0 for a in report.fields.values())
    assert report.relations["entities"].tp == sum(1 for e in gold["entities"] if not e.get("ambiguous"))


def test_load_reads_present_files_only(tmp_path: Path) -> None:
    (tmp_path / "entities.jsonl").write_text(json.dumps(ent("北京市"), ensure_ascii=False) + "\n\n", encoding="utf-8")
    loaded = load(tmp_path)
    assert loaded["entities"] == [ent("北京市")]
    assert loaded["targets"] == loaded["funding"] == loaded["documents"] == loaded["regions"] == []


def test_load_keeps_a_line_separator_inside_a_string(tmp_path: Path) -> None:
    line = ent("北京市", quote="第一段\u2028第二段")
    (tmp_path / "entities.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    assert load(tmp_path)["entities"] == [line]


@pytest.mark.parametrize(("content", "problem"), [
    ('{"doc": "000", "type": "Region", "name": "北京市"}\n{"doc": "000", "type": \n', "line 2: not valid JSON ("),
    ('\n\n[1, 2]\n', "line 3: not a JSON object"),
    ('{"doc": "000", "name": "北京市"}\n', "line 1: missing key type"),
])
def test_load_rejects_bad_lines(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "entities.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KgError) as caught:
        load(tmp_path)
    assert caught.value.path == str(path)
    assert caught.value.problem.startswith(problem)
    assert "\n" not in str(caught.value)


def test_load_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="no such folder") as caught:
        load(tmp_path / "nowhere")
    assert caught.value.path == str(tmp_path / "nowhere")


def test_load_folder_without_jsonl(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(KgError, match="none of entities.jsonl") as caught:
        load(tmp_path)
    assert caught.value.path == str(tmp_path)


def _small_report():
    gold = {"entities": [ent("北京市"), ent("通州区")], "targets": [tgt("企业技术中心", 500)],
            "funding": [fund("重点实验室", 1_000_000, "省级")], "regions": [{"child": "通州区", "parent": "北京市"}]}
    pred = {"entities": [ent("北京市"), ent("天津市")], "targets": [tgt("企业技术中心", 50)],
            "funding": [fund("重点实验室", 1_000_000, "省级")], "regions": [{"child": "通州区", "parent": "北京市"}]}
    return evaluate(gold, pred)


def test_format_report_tables_and_errors() -> None:
    text = format_report(_small_report(), show_errors=1)
    lines = text.splitlines()
    assert lines[0].split() == ["relation", "tp", "fp", "fn", "prec", "recall", "f1"]
    assert lines[1].split() == ["entities", "1", "1", "1", "0.500", "0.500", "0.500"]
    assert "000 targets" in text
    assert "missed entities (1):" in text
    assert '[000] type="Region"  name="通州区"' in text
    assert 'false positive targets (1):' in text
    assert "«企业技术中心»" in text
    assert format_report(_small_report(), show_errors=1) == text  # deterministic
    assert "missed" not in format_report(_small_report())  # errors only on request


def test_format_report_limits_errors() -> None:
    report = evaluate({"entities": [ent(n) for n in ("甲市", "乙市", "丙市")]}, {"entities": []})
    text = format_report(report, show_errors=2)
    assert "missed entities (3, first 2):" in text
    assert "甲市" in text and "乙市" in text and "丙市" not in text


def test_report_json_is_sorted_and_complete() -> None:
    text = report_json(_small_report())
    data = json.loads(text)
    assert list(data) == sorted(data)
    assert data["relations"]["entities"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert [m["name"] for m in data["misses"]["entities"]] == ["通州区"]
    assert report_json(_small_report()) == text
