"""Funding in regulations and policies (fund15a): money verbs in a series of deeds whose object is whom they pay
(kg/extract/helped.py: 輔導與補助…政府辦理…, 培養、輔導及獎勵…人員, 運用獎勵、補助…計畫協助事業…). Sentences of our own,
in the styles of Taiwan's regulations, mainland regulations and plans' items; negatives: money words as nouns (補助款,
獎勵辦法, 资助项目), informants, an employer's pay. Lines: (recipient, level, amount_yuan, cap, ratio, one_off, instrument)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text

Line = tuple[str, str | None, int | None, bool, Decimal | None, bool, str | None]


def lines(text: str, vocab: vocabulary.Vocab) -> list[Line]:
    doc = from_text(text, vocab)
    facts = funding.extract(doc, vocab)
    for fact in facts:
        assert doc.original[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
    return [(f.recipient, f.level, None if f.amount_yuan is None else int(f.amount_yuan), f.cap, f.ratio, f.one_off, f.instrument)
            for f in facts]


def unsized(recipient: str, instrument: str) -> Line:
    return (recipient, None, None, False, None, False, instrument)


SERIES: list[tuple[str, list[Line]]] = [
    ("一、補助商圈提升美學，營造優美環境。", [unsized("商圈", "补助")]),
    ("三、輔導與補助直轄市、縣（市）政府辦理既有未登記工廠群聚地區整體規劃。", [unsized("直辖市、县(市)政府", "补助")]),
    ("一、低碳化：運用獎勵、補助或輔導計畫協助事業導入碳盤查。", [unsized("事业", "奖励、补助")]),
    ("三、培養、輔導及獎勵女性科學技術人員。", [unsized("女性科学技术人员", "奖励")]),
    ("（三）補助地方政府辦理產業園區公共設施改善。", [unsized("地方政府", "补助")]),
    ("四、獎勵民間團體參與科學技術普及活動。", [unsized("民间团体", "奖励")]),
    ("二、培育及補助新創事業進行海外布局。", [unsized("新创事业", "补助")]),
    ("中央主管機關應輔導及補助中小企業從事研究發展。", [unsized("中小企业", "补助")]),
    ("本會得補助學研機構辦理人才培訓。", [unsized("学研机构", "补助")]),
    ("3.奖励在本市设立总部的跨国公司。", [unsized("跨国公司", "奖励")]),
    # money words as nouns, rules, informants: no promise
    ("補助款之使用範圍限於下列項目。", []),
    ("補助對象為依法設立之公司。", []),
    ("獎勵辦法由主管機關定之。", []),
    ("奖励举报违法行为的人员。", []),
    ("补助标准由市财政局另行制定。", []),
    ("资助项目结题后应当提交报告。", []),
    ("奖励和报酬的支出计入工资总额。", []),
    ("补贴资金实行专账管理。", []),
]


@pytest.mark.parametrize(("text", "expected"), SERIES)
def test_series(text: str, expected: list[Line], vocab: vocabulary.Vocab) -> None:
    assert lines(text, vocab) == expected
