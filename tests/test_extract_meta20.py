"""Document fields that hold on real documents (meta20): heads of our own (tests/data/meta20, annotated before the
extractor ran on them) for zones, districts, congress 公告, Taiwan 生效 lines, 文号 and date forms, and the rules' hard and
negative cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import governs
from kg.evaluate.score import same
from kg.model import Document, DocumentMeta
from kg.pipeline import from_text, process
from kg.validity import stated_period

DATA = Path(__file__).parent / "data" / "meta20"
FIELDS = ("title", "number", "issuer", "issued", "jurisdiction", "period_start", "period_end", "doc_type")
SETS = ("", "2", "3", "4", "5")  # z01–z10 after the first rules (main's first look 73/80); y01–y10 (77/80), x01–x10 (76/80),
# w01–w06 (46/48) each written before the next rules; v01–v05 (39/40 before a gold fix, no rule) as a check
TEXTS = {
    block.split(None, 1)[0]: block.partition("\n")[2]
    for name in SETS
    for block in (DATA / f"heads{name}.txt").read_text(encoding="utf-8").split("#### ")[1:]
}
GOLD = [json.loads(line) for name in SETS for line in (DATA / f"gold{name}.jsonl").read_text(encoding="utf-8").splitlines()]
KNOWN_MISSES: set[tuple[str, str]] = set()


def meta_of(text: str, vocab) -> DocumentMeta:
    """The document's record as the build writes it (after kg.governs)."""
    return process(Document(id="doc", name="doc.txt", original=text, text=text, starts=(), ends=()), vocab)[0].meta


@pytest.mark.parametrize("gold", GOLD, ids=[g["doc"] for g in GOLD])
def test_own_heads(vocab, gold: dict) -> None:
    meta = meta_of(TEXTS[gold["doc"]], vocab)
    wrong = [f for f in FIELDS if (gold["doc"], f) not in KNOWN_MISSES and not same(gold[f], getattr(meta, f))]
    assert not wrong, [(f, gold[f], getattr(meta, f)) for f in wrong]


@pytest.mark.parametrize(
    ("issuer", "zone"),
    [
        ("长沙高新技术产业开发区管理委员会", "长沙高新技术产业开发区"),
        ("某州经济技术开发区管理委员会", "某州经济技术开发区"),
        ("某港综合保税区管委会", "某港综合保税区"),
        # negative: a kind of zone alone (every zone's committee), a zone the gazetteer knows (the jurisdiction already),
        # a committee that is no zone's, a government
        ("开发区管理委员会", None),
        ("高新区管委会", None),
        ("武汉东湖新技术开发区管理委员会", None),
        ("某市科学技术委员会", None),
        ("某市人民政府", None),
        (None, None),
    ],
)
def test_a_zone_committee_governs_its_zone(vocab, issuer: str | None, zone: str | None) -> None:
    assert governs.committee_zone(issuer, vocab) == zone


@pytest.mark.parametrize(
    ("title", "issuer", "zone"),
    [
        ("某省临江新区条例", "某省人民代表大会常务委员会", None),  # no province the gazetteer knows: no level to read
        ("山东省青山港保税区条例", "山东省人民代表大会常务委员会", "青山港保税区"),
        ("河南省龙湖航空经济综合实验区条例", "河南省人民代表大会常务委员会", "龙湖航空经济综合实验区"),
        # negative: a city's congress (its zone regulation is the city's), a regulation that promotes a park, a government's
        # order on a zone, a zone's rule of another kind than the title's alone
        ("保定市青山高新技术产业开发区条例", "保定市人民代表大会常务委员会", None),
        ("山东省促进青山科创园发展条例", "山东省人民代表大会常务委员会", None),
        ("山东省青山港保税区管理办法", "山东省人民政府", None),
    ],
)
def test_a_province_congress_zone_regulation_governs_its_zone(vocab, title: str, issuer: str, zone: str | None) -> None:
    meta = from_text(f"{title}\n2024年5月30日 {issuer.removesuffix('常务委员会')}常务委员会第九次会议通过\n第一条 为了…，制定本条例。\n", vocab).meta
    assert governs.titled_zone(DocumentMeta(title=title, issuer=issuer, jurisdiction=meta.jurisdiction, doc_type=meta.doc_type), vocab) == zone


def test_a_district_that_two_cities_share(vocab) -> None:
    text = "深圳市南山区人民政府办公室关于印发南山区促进数字经济发展若干措施的通知\n深南府办〔2025〕3号\n深圳市南山区人民政府办公室\n2025年3月1日\n"
    assert from_text(text, vocab).meta.jurisdiction == "深圳市"  # extraction reads the city's bodies by it
    assert meta_of(text, vocab).jurisdiction == "南山区"  # the record names the district
    # negative: the city's own government writing about a district
    text = "深圳市人民政府办公厅关于印发南山区科技园区建设方案的通知\n深府办〔2025〕3号\n深圳市人民政府办公厅\n2025年3月1日\n"
    assert meta_of(text, vocab).jurisdiction == "深圳市"


def test_the_record_moves_but_not_the_facts(vocab) -> None:
    """A zone committee's notice: the extraction sees the city (市科技局 is the city's), the record the zone."""
    text = ("青山高新技术产业开发区管理委员会关于印发青山高新区科技创新若干措施的通知\n青高管发〔2025〕2号\n"
            "青山高新技术产业开发区管理委员会\n2025年3月1日\n一、由区科技局会同区财政局给予每家企业最高50万元奖励。\n")
    doc, facts = process(Document(id="doc", name="doc.txt", original=text, text=text, starts=(), ends=()), vocab)
    assert doc.meta.jurisdiction == "青山高新技术产业开发区"
    assert from_text(text, vocab).meta.jurisdiction != doc.meta.jurisdiction


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("某要點\n中華民國一百十三年四月一日生效\n一、…", (2024, None)),
        ("十二、本要點自中華民國一百十四年三月一日生效。", (2025, None)),
        ("第十二條 本辦法自中華民國一百十三年三月一日施行至一百十六年十二月三十一日止。", (2024, 2027)),
        ("本要点自中华民国113年7月1日生效，有效期三年。", None),  # a 有效期 in years from a date of the Republic: not read
        # negative: a database's 修正日期 above its 生效状态 label; a mainland rule's 施行 date alone
        ("修正日期：民國 113 年 05 月 08 日\n生效狀態：※本法規部分或全部條文尚未生效", None),
        ("本办法自2025年4月1日起施行。", None),
    ],
)
def test_a_taiwan_rules_entry_into_force_starts_its_period(text: str, period: tuple | None) -> None:
    from kg.normalize import simplified

    found = stated_period(simplified(text), None)
    assert (tuple(found) if found else None) == period


def test_a_law_or_ministry_order_keeps_no_period() -> None:
    text = "本办法自中华民国一百十二年一月一日施行至一百十八年十二月三十一日止。"
    assert stated_period(text, None, republic=False) is None
    assert tuple(stated_period(text, None) or ()) == (2023, 2029)


@pytest.mark.parametrize(
    ("history", "issued"),
    [
        # a city's regulation: the province's approval, not the 公告 that publishes it
        ("2023年8月30日 某州市第十六届人民代表大会常务委员会第十三次会议通过\n2023年9月27日 某省第十四届人民代表大会常务委员会第四次会议批准\n"
         "2023年10月12日 某州市人民代表大会常务委员会公告第9号公布\n2024年1月1日 施行", "2023-09-27"),
        # a State Council regulation: its 国务院令's date, not the meeting's
        ("2019年10月8日 国务院第66次常务会议通过\n2019年10月22日 中华人民共和国国务院令第722号公布", "2019-10-22"),
        # a 公告 alone: its date
        ("2024年3月1日 某省人民代表大会常务委员会公告第5号公布\n2024年5月1日 施行", "2024-03-01"),
    ],
)
def test_a_congress_notice_publishes_what_was_adopted(vocab, history: str, issued: str) -> None:
    assert from_text(f"某州市数字经济促进条例\n{history}\n第一章 总则\n第一条 为了…，制定本条例。\n", vocab).meta.issued == issued


@pytest.mark.parametrize(
    ("lines", "issued"),
    [
        (["某州人民政府", "二〇二五年三月十八日"], "2025-03-18"),
        (["某州人民政府", "二○二四年十二月三十一日"], "2024-12-31"),  # a circle for the zero
        (["(二〇二五年一月五日)"], "2025-01-05"),
        # negative: no month thirteen; a year of two numerals; a date inside a sentence
        (["二〇二五年十三月一日"], None),
        (["二五年三月一日"], None),
        (["本办法于二〇二五年三月一日起施行。"], None),
    ],
)
def test_a_signature_date_in_chinese_numerals(lines: list[str], issued: str | None) -> None:
    from kg.issuers import numeral_date

    assert numeral_date(lines) == issued


@pytest.mark.parametrize(
    ("head", "number"),
    [
        ("科学技术部 财政部公告\n2025年第3号\n", "科学技术部 财政部公告2025年第3号"),
        ("某省科学技术厅公告\n2024年第12号\n", "某省科学技术厅公告2024年第12号"),
        ("某市人民政府令\n第45号\n", "某市人民政府令第45号"),
        # negative: a year with no 第…号 is no number; a notice's 文号 beats a 公告's own number only when written
        ("某市科学技术局公告\n2025年3月1日\n", None),
    ],
)
def test_a_notice_numbered_within_its_year(vocab, head: str, number: str | None) -> None:
    assert same(from_text(head + "一、为…，现将有关事项公告如下。\n", vocab).meta.number, number)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("经济部产业发展署产业创新研发补助作业要点", "经济部产业发展署"),
        ("某县政府农业处青年农民创业补助要点", "某县政府农业处"),
        # negative: a title with no body before its words; a 办法 whose 办 ends no body; too short a rest
        ("青年创业补助作业要点", None),
        ("产业创新补助办法", None),
        ("经济部产业发展署要点", "经济部"),  # the 署 leaves under six characters: the ministry is all the title shows
    ],
)
def test_a_taiwan_rule_titled_by_its_body(title: str, body: str | None) -> None:
    from kg.issuers import titled_body

    assert titled_body(title) == body


def test_a_title_body_only_for_taiwan_rules(vocab) -> None:
    """A mainland title that opens with a body and names no issuer elsewhere gets none from it."""
    assert from_text("某市科学技术局科技计划项目管理办法\n第一条 为了…，制定本办法。\n", vocab).meta.issuer is None
    taiwan = "某县政府农业处青年农民创业补助要点\n中华民国一百十四年一月五日农字第1140000001号函订定\n一、…\n"
    assert from_text(taiwan, vocab).meta.issuer == "某县政府农业处"


@pytest.mark.parametrize(
    ("text", "jurisdiction"),
    [
        ("数据要素流通管理条例\n第一章 总则\n第一条 为了规范数据要素流通，制定本条例。\n", "中国"),
        ("科技成果评价法\n第一章 总则\n第一条 为了…，制定本法。\n", "中国"),
        # negative: a place in the title; a kind a ministry or a city also writes placeless; Taiwan's law in Traditional text
        ("某州市数据要素流通管理条例\n第一条 为了…，制定本条例。\n第二条 本市行政区域内的数据要素流通，适用本条例。\n", None),
        ("科研项目经费管理办法\n第一条 为了…，制定本办法。\n", None),
        ("數據要素流通管理條例\n第一條 為規範數據要素流通，特制定本條例。\n", None),
    ],
)
def test_a_placeless_law_of_the_state(vocab, text: str, jurisdiction: str | None) -> None:
    from kg.ingest import from_bytes

    doc = from_bytes(text.encode("utf-8"), Path("doc.txt"))
    assert process(doc, vocab)[0].meta.jurisdiction == jurisdiction


@pytest.mark.parametrize(
    ("issuer", "expected"),
    [
        ("中共某市委组织部、某市科学技术局、某市财政局", "中共某市委组织部"),
        ("某省科学技术厅、某省财政厅", "某省科学技术厅"),
        # negative: a list whose first item ends no body (a place's list of levels) stays for the rules after
        ("省、市、县人民政府", "省、市、县人民政府"),
    ],
)
def test_a_joint_list_written_out(vocab, issuer: str, expected: str) -> None:
    from kg import issuers

    assert issuers.one(issuer, vocab) == expected


@pytest.mark.parametrize(
    ("header", "number"),
    [
        (["中华民国一百十四年四月十日", "府产业字第1140054321号令订定"], "府产业字第1140054321号"),
        (["中华民国一百十四年四月十日府产业字第1140054321号令订定"], "府产业字第1140054321号"),
        # the latest of two letters, each on the line under its date
        (["中华民国一百十二年一月五日", "府产业字第1120000001号令订定", "中华民国一百十四年二月六日", "府产业字第1140000002号令修正"],
         "府产业字第1140000002号"),
        # negative: a date of the Republic with no letter after it
        (["中华民国一百十四年四月十日", "一、为协助青年创业，特订定本办法。"], None),
    ],
)
def test_a_taiwan_letter_under_its_date(header: list[str], number: str | None) -> None:
    from kg.taiwanheader import taiwan_letter

    assert taiwan_letter(header) == number


@pytest.mark.parametrize(
    ("tail", "issued"),
    [
        ("某省工业和信息化厅\n2025.5.8\n", "2025-05-08"),
        ("某省工业和信息化厅\n2025.12.30\n", "2025-12-30"),
        # negative: a year and month alone (a version), a dotted date inside a sentence
        ("某省工业和信息化厅\n2025.5\n", None),
        ("某省工业和信息化厅\n本办法2025.5.8起施行。\n", None),
    ],
)
def test_a_signature_date_written_with_points(vocab, tail: str, issued: str | None) -> None:
    assert from_text("某省专精特新企业培育实施办法\n第一条 为了…，制定本办法。\n" + tail, vocab).meta.issued == issued


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("某市科技创新发展规划2025-2030年", ("规划", 2025, 2030)),
        ("某市科技创新行动计划（2025—2027年）", ("行动计划", 2025, 2027)),
        # negative: one year after the kind is no period (nor a title the kind ends)
        ("某市科技创新工作要点2025年", (None, None, None)),
    ],
)
def test_a_plans_years_after_its_kind_without_brackets(vocab, title: str, expected: tuple) -> None:
    meta = from_text(f"{title}\n一、总体要求\n", vocab).meta
    assert (meta.doc_type, meta.period_start, meta.period_end) == expected
