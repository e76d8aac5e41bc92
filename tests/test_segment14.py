"""Item markers and the sentence splitter (seg14): a marker (1. 一、 (1) ① 第一,) stays with its item's words."""

from __future__ import annotations

import pytest

from kg import vocab as vocab_mod
from kg.extract import funding, targets
from kg.pipeline import from_text
from kg.segment import sentences


def _cut(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number and a point, at a line's start, with a title and without
        ("1.支持企业研发投入。对研发费用增长的企业给予奖励。\n2.对新认定的高新技术企业给予30万元奖励。",
         ["1.支持企业研发投入。", "对研发费用增长的企业给予奖励。", "2.对新认定的高新技术企业给予30万元奖励。"]),
        # indented, two digits
        ("  12.加强区域合作。全面推进。", ["12.加强区域合作。", "全面推进。"]),
        # inside a line, after a stop
        ("二、培育创新主体。1.到2025年,高新技术企业达到3000家。2.到2027年,科技型中小企业达到5000家。",
         ["二、培育创新主体。", "1.到2025年,高新技术企业达到3000家。", "2.到2027年,科技型中小企业达到5000家。"]),
        # after a colon
        ("要求如下:1.建立机制;2.完善制度。", ["要求如下:1.建立机制;", "2.完善制度。"]),
        # a marker alone on its line (a PDF's or a web page's layout): it joins the item on the next line
        ("5.\n对新认定的孵化器给予50万元奖励。\n(1)\n到2025年,孵化器达到100家。\n一、\n总体要求\n①\n支持研发。",
         ["5.\n对新认定的孵化器给予50万元奖励。", "(1)\n到2025年,孵化器达到100家。", "一、\n总体要求", "①\n支持研发。"]),
        # a number and a bracket, a bracketed number and a point
        ("1)支持研发。\n(2).对企业给予奖励。\n3)\n到2025年,企业达到100家。", ["1)支持研发。", "(2).对企业给予奖励。", "3)\n到2025年,企业达到100家。"]),
        # a Chinese numeral and a point; 第一, alone on its line
        ("一.总体要求\n第一,\n对新引进的机构给予支持。", ["一.总体要求", "第一,\n对新引进的机构给予支持。"]),
        # markers never cut anyway: (1) ① 一是 第一, 1、
        ("(1)高新技术企业达到2000家。②对获奖单位给予奖励;一是支持研发;第一,加强领导。1、对中心给予补助。",
         ["(1)高新技术企业达到2000家。", "②对获奖单位给予奖励;", "一是支持研发;", "第一,加强领导。", "1、对中心给予补助。"]),
    ],
)
def test_an_item_marker_stays_with_its_item(text: str, expected: list[str]) -> None:
    assert _cut(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # decimals, dates, section numbers and amounts: no point there ends a sentence, none is a marker
        ("研发投入占比达到3.5%。本办法自2024.1起施行。", ["研发投入占比达到3.5%。", "本办法自2024.1起施行。"]),
        ("1.1 总体要求\n对小微企业给予1.5万元补贴。", ["1.1 总体要求", "对小微企业给予1.5万元补贴。"]),
        # a sentence that ends in a number and a point is still a sentence: the point ends it
        ("详见附件2.下一条。", ["详见附件2.", "下一条。"]),
        ("in 2025. Next", ["in 2025.", "Next"]),
        # a Taiwan article's heading alone on its line is no item marker: it stays a sentence
        ("第1条\n为确立政府推动科学技术发展之方针,特制定本法。", ["第1条", "为确立政府推动科学技术发展之方针,特制定本法。"]),
        # a heading that is only words stays its own sentence
        ("第一章总则\n第一条为了鼓励发明创造,制定本条例。", ["第一章总则", "第一条为了鼓励发明创造,制定本条例。"]),
        # a number at the text's end: nothing to join
        ("支持研发。\n3.", ["支持研发。", "3."]),
    ],
)
def test_no_marker_no_join(text: str, expected: list[str]) -> None:
    assert _cut(text) == expected


def test_no_sentence_is_a_marker_alone_and_offsets_are_exact() -> None:
    text = "关于支持科技创新的若干措施\n一、支持企业研发\n1.支持企业研发投入。对企业给予奖励。\n  2.\n对新认定的企业给予30万元奖励。(3)\n到2025年,企业达到100家。"
    spans = sentences(text)
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in spans)
    assert not [text[s.start : s.end] for s in spans if len(text[s.start : s.end]) <= 4]
    assert [text[s.start : s.end] for s in spans][2:4] == ["1.支持企业研发投入。", "对企业给予奖励。"]


@pytest.fixture(scope="module")
def vocab() -> vocab_mod.Vocab:
    return vocab_mod.load()


def test_facts_under_numbered_items_keep_exact_quotes(vocab: vocab_mod.Vocab) -> None:
    text = ("某市支持科技创新若干措施\n1.支持创新平台建设。对新获批的国家重点实验室,给予500万元资助。\n"
            "2.\n对新认定的高新技术企业给予30万元一次性奖励。\n三、发展目标。1.到2025年,科技型中小企业达到5000家。")
    doc = from_text(text, vocab)
    found = [*funding.extract(doc, vocab), *targets.extract(doc, vocab)]
    assert {f.evidence.quote for f in found} >= {"对新获批的国家重点实验室,给予500万元资助", "对新认定的高新技术企业给予30万元一次性奖励"}
    assert all(doc.original[f.evidence.start : f.evidence.end] == f.evidence.quote for f in found)
    assert any(getattr(f, "year", None) == 2025 and f.value == 5000 for f in found)


def test_a_circled_number_is_written_out_as_an_item_marker(vocab: vocab_mod.Vocab) -> None:
    text = "①对新认定的高新技术企业给予30万元奖励。⑩新增5G基站1000座。❷到2025年,孵化器达到100家。"
    doc = from_text(text, vocab)
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "(1)对新认定的高新技术企业给予30万元奖励。", "(10)新增5G基站1000座。", "(2)到2025年,孵化器达到100家。"]
    assert [doc.evidence(s.start, s.end).quote for s in doc.sentences] == ["①对新认定的高新技术企业给予30万元奖励。", "⑩新增5G基站1000座。", "❷到2025年,孵化器达到100家。"]


def _goals(text: str, vocab: vocab_mod.Vocab) -> set[tuple[str, int, int | None]]:
    return {(t.subject, int(t.value), t.year) for t in targets.extract(from_text(text, vocab), vocab)}


@pytest.mark.parametrize("marker", ["1.", "  59.", "1、", "1)", "(1)", "(1)、", "(1).", "①", "一是", "第一,", "一、", "一)", "(一)", "——", "  ", ""])
def test_an_undated_goal_opened_by_its_verb_after_any_marker(marker: str, vocab: vocab_mod.Vocab) -> None:
    assert _goals(f"{marker}新增5G基站1000座,建设创新平台10个。", vocab) == {("5G基站", 1000, None), ("创新平台", 10, None)}


@pytest.mark.parametrize("marker", ["1.", "1)", "(1)", "(1).", "①", "一是", "第一,", "一)", "——", ""])
def test_the_condition_of_an_item_leaves_its_marker_out(marker: str, vocab: vocab_mod.Vocab) -> None:
    found = funding.extract(from_text(f"{marker}对新认定的高新技术企业给予30万元奖励。", vocab), vocab)
    assert [(f.recipient, f.amount_yuan, f.condition) for f in found] == [("高新技术企业", 300000, "新认定")]


def test_a_marker_led_goal_named_by_the_clause_before(vocab: vocab_mod.Vocab) -> None:
    text = "二、主要目标\n到2025年实现“三个倍增”:\n  1.高新技术企业数量倍增,达到2000家;\n  2.技术合同成交额倍增,达到100亿元。"
    assert _goals(text, vocab) == {("高新技术企业数量", 2000, 2025), ("技术合同成交额", 100, 2025)}


@pytest.mark.parametrize("text", [
    "沿革:\n1.中华民国一百十年五月二十八日总统华总一义字第11000050211号令\n  制定公布全文53条;并自公布日施行",
    "  修正发布全文22条;并自发布日施行",
])
def test_no_goal_in_a_law_history_counting_its_articles(text: str, vocab: vocab_mod.Vocab) -> None:
    assert _goals(text, vocab) == set()
