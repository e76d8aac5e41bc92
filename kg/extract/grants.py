"""Grants matched: a promise sized on another government's grant or prize (按国拨经费的20%给予区级配套, 按照市级资助金额给予
1:1配套, 按所获奖金的50%给予配套奖励, 分别按1:1、1:0.5的比例给予配套资助) → the matched grant's level on each line and, for a
project's grant, the programme as recipient (gold-synth3's convention); for kg.extract.fundbuild.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from kg import cues
from kg.extract.levels import SHORT_LEVEL, level_of
from kg.extract.nouns import Recipient
from kg.extract.priorities import prize_level
from kg.extract.promises import Offer
from kg.model import Funding

# 按国拨经费的20%, 按照市级资助金额, 按省级资助标准: the grant matched, its level written as one (国拨: the nation's); gold-dev
# 002 and gold-synth3 give the line that level (gold-synth2's 按国家支持经费给予1:1配套, no level written, has none)
GRANT_BASE = re.compile(r"(?:按照?|依照?)(?:其)?(?:获得的)?(?:(?P<nation>国拨|中央财政拨付)|(?P<level>国家|省|市)(?:级(?:财政)?(?:资助|立项|补助|拨付|奖励)|奖金|奖励))(?:资金)?(?:金额|资金|经费|标准|额度)")  # (按照市级奖励金额的50%: fund17a; prize money without 级, 按国家奖金额度: fund18a)
# 对获得市级资助的项目,区财政按1:0.5比例给予配套: the grant matched named in whom the match is for (fund17a)
GRANT_WON = re.compile(r"(?:获得|获)(?P<level>国家|省|市)级(?:财政)?(?:资助|立项|补助|支持)(?:资金)?的")
PRIZE_BASE = re.compile(r"按照?(?:其)?所获奖金")
# 分别按1:1、1:0.5的比例 (分别给予1:1、1:0.5的配套奖励: fund18a): one ratio per level, in order
RATIO_RUN = re.compile(r"分别(?:按照?|给予)(?P<run>\d+(?:\.\d+)?:\d+(?:\.\d+)?(?:、\d+(?:\.\d+)?:\d+(?:\.\d+)?)+)")
RATIO = re.compile(r"(?P<a>\d+(?:\.\d+)?):(?P<b>\d+(?:\.\d+)?)")
# 入选国家、省级重点人才计划的, 获得国家、省科学技术奖的: the levels listed, then what was won or entered
LEVELS_WON = cues.lazy(
    lambda: rf"(?:承担|获得|荣获|入选|获批|获评)(?P<levels>(?:(?:{cues.alternation('level')}|国家|省|市)[、和及与])+(?:{cues.alternation('level')}|国家|省|市))"
    r"(?P<name>[\u4e00-\u9fff]{2,16}?)(?=的)"
)
# 牵头承担国家科技重大专项、国家重点研发计划项目的单位: the programmes whose grants are matched
PROGRAMMES = re.compile(r"(?:牵头)?(?:承担|获得|入选|新入选|获批)(?P<names>[^,。;的]{4,60}?(?:项目|计划|工程|专项))(?:立项)?(?:支持)?(?=的|,)")


GRANTED_THING = ("项目", "计划", "专项", "工程", "课题", "奖")  # what a grant or a prize is for: it has the grant's level
BODY_END = ("机构", "单位", "企业", "中心", "平台", "实验室", "基地", "高校", "院所", "团队")  # a body matched: its own level


def grant_level(text: str, offer: Offer) -> str | None:
    """The level of the grant a promise matches (按国拨经费的20%: 国家级), or None."""
    base = GRANT_BASE.search(text, offer.start, offer.terms.end)
    if not base and offer.instrument.endswith(tuple(cues.words("match_word"))):
        base = GRANT_WON.search(text, offer.start, offer.terms.start)
    if not base:
        return None
    if "nation" not in base.groupdict():
        return SHORT_LEVEL[base["level"]]
    return "国家级" if base["nation"] else SHORT_LEVEL[base["level"]]


def programmes(text: str, offer: Offer) -> list[Recipient]:
    """The programmes named in the condition of a promise that matches their grant, each a recipient with the grant's level."""
    level = grant_level(text, offer)
    a = max(text.rfind(mark, offer.paragraph, offer.start) for mark in "。;") + 1 or offer.paragraph  # (…立项支持的,区级按…: before the clause)
    found = PROGRAMMES.search(text, a, offer.terms.start) if level else None
    if not found:
        return []
    out, a = [], found.start("names")
    for piece in re.split(r"、", found["names"]):
        if len(piece) >= 4:
            out.append(Recipient(piece, level, a, a + len(piece)))
        a += len(piece) + 1
    return out


def leveled(text: str, offer: Offer, facts: list[Funding]) -> list[Funding]:
    """Each line with the level of what it matches: one grant's level (国拨 → 国家级), or one level per ratio (分别按1:1、1:0.5)
    or per prize won (获得国家、省科学技术奖的,按所获奖金的50%: a line per level, the prize its recipient)."""
    if not facts:
        return facts
    level = grant_level(text, offer) or prize_level(text, offer)  # (省…设立的科学技术奖: 省级)
    if level:  # (a body matched keeps its own level: 新型研发机构 under 按照市级补助资金1:1…配套, gold-synth5; fund17a)
        return [replace(f, level=level) if f.recipient.endswith(GRANTED_THING) or f.level is None and not f.recipient.endswith(BODY_END) else f for f in facts]
    won = LEVELS_WON.search(text, offer.start, offer.terms.start)
    if not won:
        return _listed(text, offer, facts)
    levels = [level_of(w) if w not in SHORT_LEVEL else SHORT_LEVEL[w] for w in re.split(r"[、和及与]", won["levels"])]
    run = RATIO_RUN.search(text, offer.start, offer.terms.end)
    ratios = [Decimal(m["b"]) / Decimal(m["a"]) for m in RATIO.finditer(run["run"])] if run else []
    if len(ratios) == len(levels) == len(facts):
        return [replace(f, level=lv, ratio=q) for f, lv, q in zip(facts, levels, ratios)]
    if PRIZE_BASE.search(text, offer.start, offer.terms.end) and len(facts) == 1:
        return [replace(facts[0], recipient=won["name"], level=lv) for lv in levels]
    return facts


# 对经认定的国家、省首台(套)重大技术装备,分别给予研制企业…: the levels of what was recognised, one per amount
LEVELS_RECOGNISED = cues.lazy(
    lambda: rf"认定(?:的|为)(?P<levels>(?:{cues.alternation('level')}|国家|省|市)(?:[、和及与](?:{cues.alternation('level')}|国家|省|市))+)"
)

PASSED_AFTER = cues.lazy(lambda: rf",\s*经(?P<level>{cues.alternation('level')})(?:认定|评定|备案|验收|评审)后")


def _listed(text: str, offer: Offer, facts: list[Funding]) -> list[Funding]:
    """Amounts given 分别 to whom is named after the verb (给予研制企业), the levels listed before it: one level per line, in order."""
    sentence = max(text.rfind(mark, offer.paragraph, offer.start) for mark in "。;") + 1 or offer.paragraph
    found = LEVELS_RECOGNISED.search(text, sentence, offer.terms.start)
    if any(f.level for f in facts):
        return facts
    passed = PASSED_AFTER.search(text, sentence, offer.terms.end)
    if passed:  # 首批次新材料、首版次软件产品,经省级认定后分别奖励…: the level of the recognition, for each
        return [replace(f, level=level_of(passed["level"])) for f in facts]
    if not found or "分别" not in text[sentence : offer.terms.end]:
        return facts
    levels = [SHORT_LEVEL.get(w) or level_of(w) for w in re.split(r"[、和及与]", found["levels"])]
    return [replace(f, level=lv) for f, lv in zip(facts, levels)] if len(levels) == len(facts) else facts
