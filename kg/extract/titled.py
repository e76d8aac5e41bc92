"""Money tables headed by a title, not a promise (附表:创新平台奖励标准, then 级别 | 奖励金额, 国家级 | 500): whom the rows
pay and the unit the title gives them; for kg.extract.fundrows.

Support measures put their standards in an annex table whose title names the recipients and the money
(附表1 科技企业孵化器补助标准(单位:万元)); a row naming only a level or a grade is then the title's recipients' money.
A title naming no money standard (统计表, 预算表) pays no one.
"""

from __future__ import annotations


from kg import cues

# 附表1:科技企业孵化器补助标准(单位:万元), 众创空间资助标准(万元): the recipients, the money word, the unit
TITLE = cues.lazy(
    lambda: r"^\s*(?:(?:附表|附件|表)\s*\d*\s*[:.]?\s*)?(?P<who>[\u4e00-\u9fff“”]{2,20}?)"
    rf"(?P<money>{cues.alternation('money_word')})(?:资金)?(?:标准|金额|额度)(?:一览表|表)?"
    r"(?:\(\s*(?:单位\s*:\s*)?(?P<unit>[千万亿]?元)\s*\))?\s*$"
)


def title_recipient(line: str, heads: tuple[str, ...]) -> tuple[str, str] | None:
    """The recipients a table's title names and its money word, or None (no title of a money standard)."""
    found = TITLE.match(line)
    if found is None or not found["who"].endswith(heads):
        return None
    return found["who"], found["money"]


def title_unit(line: str) -> str | None:
    """The unit a money standard's title gives its table (…补助标准(单位:万元)), or None."""
    found = TITLE.match(line)
    return found["unit"] if found else None
