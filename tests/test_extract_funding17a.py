"""Funding, session 17 (fund17a): support measures' amounts and ratios, sentences of our own in the styles of city,
district and province 若干措施, 实施细则, 管理办法 and 行动方案 (pasted from PDFs and web pages) and Taiwan 要點:
a rate per area under a recipient's ceiling (the rate is the line; gold-synth4's convention), stages paid out of a
total written first, a floor (最低补助) no amount, a cap over several items written after them, the matched grant's level.
Rows: (recipient, level, amount_yuan, cap, ratio), read with the shipped vocabulary.
"""

from __future__ import annotations

import pytest
from test_extract_funding11 import Row, rows, shipped  # noqa: F401 (the same rows and the shipped vocabulary as fund11)

from kg import vocab as vocabulary


CASES: list[tuple[str, list[Row]]] = [
    # a rate per area, then a recipient's ceiling in a clause of its own: the rate is the line (the ceiling a note)
    ('对租用孵化载体办公用房的初创企业，按每平方米每月20元的标准给予租金补贴，每家企业每年最高不超过10万元。',
     [('初创企业', None, 20, False, None)]),
    ('对在孵企业租用孵化器场地的，给予房租补贴，每月每平方米不超过15元，单个企业每年最高不超过10万元。',
     [('在孵企业', None, 15, True, None)]),
    ('对入驻孵化器的在孵企业，前两年按每平方米每月30元给予房租补贴，第三年减半。', [('在孵企业', None, 30, False, None)]),
    # … not a rate per head or per item, nor a total that is no ceiling
    ('对企业引进的博士研究生，按每人每月3000元标准给予生活补贴，最长补贴3年。', [('博士研究生', None, 3000, False, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fund17a(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert sorted(rows(text, shipped), key=str) == sorted(expected, key=str)
