"""Levels of support measures' rewards that the written level does not give (fund18a): a threshold (对省级以上众创空间:
any level at or above, so no level: the gold convention "市级以上 is no level"), an upgrade (对省级企业技术中心升级为国家
企业技术中心的: the level reached, not the one left) and the levels after 其中 (最高500万元,其中国家级…); for kg.extract.fundbuild."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from kg import cues
from kg.extract.levels import AMONG, LEVEL_LIST, LEVEL_RE, SHORT_LEVEL, amount_levels, clause_levels, level_of
from kg.extract.nouns import Recipient
from kg.extract.numbers import amounts
from kg.extract.promises import Offer
from kg.model import Funding

# 省级以上|众创空间, 市级及以上|“专精特新”企业: a threshold written right before the name
ABOVE = cues.lazy(lambda: rf"(?:{cues.alternation('level')})及?以上[“]?$")
# 升级为|国家级, 晋升为|国家: the level a body reaches, after the verb of moving up (cue list fund18a_upgrade_verb)
# 对…的,(分别)给予, 对…平台,给予: a clause of its own before the verb that names the payee
FOR_CONDITION = re.compile(r"对[^,;。]{2,40}[,;]\s*(?:市|区|县|省)?(?:财政)?(?:分别|一次性)?(?:给予|奖励|补助|资助)")
UPGRADED = cues.lazy(lambda: rf"(?:{cues.alternation('fund18a_upgrade_verb')})(?P<level>{LEVEL_RE.pattern}|国家|省|市)(?![、和及或与以])")


def thresholds(text: str, recipients: list[Recipient]) -> list[Recipient]:
    """A recipient whose level was read from a threshold (省级以上) has no level (one granted later keeps its own:
    …省级以上X的企业…;获批国家级的,再给予…)."""
    out: list[Recipient] = []
    for r in recipients:  # (省级以上X和Y: Y shares X's threshold, fund18d)
        shared = bool(out) and r.level is not None and _threshold(text, out[-1]) == r.level and LIST_JOIN.fullmatch(text, out[-1].end, r.start) is not None
        out.append(replace(r, level=None) if r.level and (shared or _threshold(text, r) == r.level) else r)
    return out


LIST_JOIN = re.compile(r"\s*(?:、|和|及|与|以及)\s*")  # the items of one list


def _threshold(text: str, r: Recipient) -> str | None:
    """The level of a threshold written right before the name (省级以上|X → 省级), or None."""
    above = ABOVE.search(text, max(0, r.start - 8), r.start)
    return level_of(LEVEL_RE.match(above.group()).group()) if above else None


def upgraded(text: str, a: int, of: int, recipients: list[Recipient]) -> list[Recipient]:
    """对省级X升级为国家级X的 (text[a:of] the condition): one recipient per name, at the level reached."""
    moved = UPGRADED.search(text, a, of)
    if moved is None or not recipients:
        return recipients
    level = SHORT_LEVEL.get(moved["level"]) or level_of(moved["level"])
    reached = [r for r in recipients if r.start >= moved.start()]  # (省级专精特新中小企业晋升为国家级…“小巨人”企业: the latter)
    out: dict[str, Recipient] = {}
    for r in reached or recipients:
        out.setdefault(r.name, replace(r, level=level))
    return list(out.values())


def among_levels(text: str, terms_start: int, terms_end: int, spans: list[tuple[Decimal, int, int]]) -> list[tuple[Decimal, int, int]]:
    """给予最高500万元支持,其中国家级重点实验室500万元,省级重点实验室100万元: the levels' amounts after 其中, not the
    most written first (it is the highest level's); payers' shares after 其中 (市财政300万元) keep the total."""
    among = text.find("其中", terms_start, terms_end)
    before = [s for s in spans if s[1] < among]
    after = [s for s in spans if s[1] > among]
    if among < 0 or len(before) != 1 or len(after) < 2 or before[0][0] < max(m for m, _, _ in after):
        return spans
    for _, start, _ in after:
        clause = max(text.rfind(mark, among, start) for mark in ",;")
        opening = AMONG.match(text, among) if clause < 0 else None
        if not LEVEL_RE.match(text, opening.end() if opening else clause + 1, start):
            return spans
    return after


def condition_levels(text: str, a: int, of: int, recipients: list[Recipient]) -> list[Recipient]:
    """对入选国家级、省级创新型产业集群的,分别给予|集群管理机构|100万元、50万元 (text[a:of] the condition and the verb, the
    payee after it): the payee once per level the condition lists, in order (kg.extract.levels.amount_for pairs them),
    at the level of what it had recognised (gold-synth2's convention) when the condition names one."""
    if not recipients or any(r.level or r.start < of for r in recipients) or not FOR_CONDITION.match(text, a, of):
        return recipients
    listed = LEVEL_LIST.search(text, a, of)
    levels = list(dict.fromkeys(level_of(m.group()) for m in LEVEL_RE.finditer(listed.group()))) if listed else []
    if not levels or "以上" in listed.group():
        return recipients
    return [replace(r, level=level) for r in recipients for level in levels]


def listed_levels(text: str, recipients: list[Recipient]) -> list[Recipient]:
    """通过|国家级、省级|知识产权示范企业认定的: a name read with only the last of the levels listed right before it (the
    list opened by a verb the list reader took in) → the name once per level, in order."""
    out: list[Recipient] = []
    for r in recipients:
        listed = LEVEL_LIST.search(text, max(0, r.start - 16), r.start) if r.level else None
        written = listed.group() if listed and listed.end() == r.start else ""
        levels = list(dict.fromkeys(level_of(m.group()) for m in LEVEL_RE.finditer(written)))
        if len(levels) > 1 and levels[-1] == r.level and "以上" not in written and not any(o.name == r.name and o.level == levels[0] for o in recipients):
            out += [replace(r, level=level) for level in levels]
        else:
            out.append(r)
    return out


PAYER_AFTER = re.compile(r"财政|政府|人民政府|部门")


def condition_amounts(text: str, spans: list[tuple[Decimal, int, int]], levels: list[str | None]) -> list[str] | None:
    """对新入选国家级人才计划的,给予100万元…,新入选省级人才计划的,给予50万元 (one promise read over two conditions):
    each amount after the first at the one level its own condition names (升级为国家级…的: the level reached), the first
    at the recipient's; None unless every amount has a level of its own."""
    if len(spans) < 2 or len(levels) != 1 or levels[0] is None:
        return None
    out = [levels[0]]
    for (_, _, before_end), (_, start, _) in zip(spans, spans[1:]):
        condition = text[before_end:start]
        moved = UPGRADED.search(condition)
        named = [m for m in LEVEL_RE.finditer(condition) if "以上" not in m.group() and not PAYER_AFTER.match(condition, m.end())]
        found = {level_of(m.group()) for m in named}
        if "的" not in condition or not (moved or len(found) == 1):
            return None
        out.append(SHORT_LEVEL.get(moved["level"]) or level_of(moved["level"]) if moved else found.pop())
    return out if len(set(out)) == len(out) else None


# 认定为|国家级|研发中心|者 (Taiwan's 要點: whoever is so recognised): the kind recognised, at its level
CHOSEN_AS = cues.lazy(lambda: rf"经?(?:{cues.alternation('chosen_verb')})为(?P<level>{LEVEL_RE.pattern})?(?P<who>[\u4e00-\u9fff]{{2,10}}?)者$")


def chosen_as(recipients: list[Recipient]) -> list[Recipient]:
    """认定为国家级研发中心者, 經核定為示範場域者: the kind recognised (at the level written), not the clause; a grade
    recognised (评选为优等者) is left as read."""
    out = []
    for r in recipients:
        found = CHOSEN_AS.fullmatch(r.name)
        if found and not found["who"].endswith(cues.words("fund18a_grade")) and not found["who"].endswith(("等", "优", "奖")):
            r = replace(r, name=found["who"], level=level_of(found["level"]) if found["level"] else r.level)
        out.append(r)
    return out


def after_unlevelled(text: str, start: int, spans: list[tuple[Decimal, int, int]], levels: list[str | None]) -> list[str | None] | None:
    """对新认定的市级以上X给予50万元奖励,其中国家级的给予100万元: the first amount at no level (a threshold, or none
    written), each later one at the level opening its clause (kg.extract.levels.clause_levels); None otherwise."""
    if levels != [None] or len(spans) < 2:
        return None
    for _, a, _ in spans[1:]:
        clause = max(text.rfind(mark, start, a) for mark in ",;") + 1
        among = AMONG.match(text, clause)
        level = LEVEL_RE.match(text, among.end() if among else clause, a) if clause > spans[0][2] else None
        if level is None or PAYER_AFTER.match(text, level.end()):
            return None  # (…的项目,省级财政分别给予100万元、50万元: the payer's level, one clause)
    later = clause_levels(text, start, spans[1:], None)
    return [None, *later] if later and len(later) == len(spans) - 1 else None


# 获国家科技进步奖的|项目完成单位: one prize won, of one government's level (国家, 省科学技术奖, 市级…奖)
PRIZE_WON = cues.lazy(lambda: rf"(?:获得|荣获|获)(?P<level>{LEVEL_RE.pattern}|国家|省|市)[\u4e00-\u9fff]{{0,12}}?奖(?![金励])")


# 获得|国家|知识产权示范企业|奖励的: a title's award won, its level (the award matched, not a prize's money)
AWARD_WON = cues.lazy(lambda: rf"(?:获得|荣获)(?P<level>{LEVEL_RE.pattern}|国家|省|市)(?P<what>[\u4e00-\u9fff“”]{{2,12}}?(?:企业|机构|中心|基地|平台|园区|空间|孵化器|单位))奖励的")


def prize_matched(text: str, offer: Offer, facts: list[Funding]) -> list[Funding]:
    """对获国家科技进步奖的项目完成单位,市财政按照奖金1:1给予配套奖励: prize money matched at a share, with no level read,
    is at the level of the one prize won (gold-synth3: prize money matched gives a line per level); a title's award
    matched (获得国家X奖励的企业,…配套) is paid to the title, as a grant matched is to its programme (gold-synth3)."""
    if not facts or any(f.level or f.ratio is None or f.amount_yuan is not None for f in facts):
        return facts
    award = AWARD_WON.search(text, offer.start, offer.terms.start) if "配套" in text[offer.start : offer.terms.end] else None
    if award and "以上" not in award["level"]:  # 对获得国家知识产权示范企业奖励的企业,…按照1:0.5的比例给予配套奖励: the title
        return [replace(facts[0], recipient=award["what"], level=SHORT_LEVEL.get(award["level"]) or level_of(award["level"]))]
    if "奖金" not in text[offer.start : offer.terms.end]:
        return facts
    won = [m for m in PRIZE_WON.finditer(text, offer.start, offer.terms.start) if "以上" not in m["level"]]
    levels = {SHORT_LEVEL.get(m["level"]) or level_of(m["level"]) for m in won}
    if len(levels) != 1:
        return facts
    (level,) = levels
    return [replace(f, level=level) for f in facts]


ABOVE_STANDARD = re.compile(r"(?:按照?|参照|依照)(?:上述|前述|以上|上列)(?:奖励|补助|资助|支持)?标准")


def standard_above(text: str, offer: Offer, facts: list[Funding]) -> list[Funding]:
    """奖励标准:国家级100万元,省级50万元。|对新认定的X按上述标准给予奖励: an unsized promise sized by the levels' amounts of
    the sentence before it → a line per level (the amounts there name no one, so they gave no line)."""
    if not facts or any(f.amount_yuan is not None or f.ratio is not None for f in facts) or not ABOVE_STANDARD.search(text, offer.start, offer.end):
        return facts
    sentence = max(text.rfind(mark, 0, offer.start) for mark in "。\n") + 1
    end = len(text[:sentence].rstrip("。\n "))
    before = max(text.rfind(mark, 0, end) for mark in "。\n") + 1
    spans = list(amounts(text, before, end))
    opening = [LEVEL_RE.match(text, max(text.rfind(mark, before, a) for mark in "、,;:") + 1, a) for _, a, _ in spans]
    levels = amount_levels(text, spans) or [level_of(m.group()) for m in opening if m]  # (国家级100万元 / 国家级重点实验室200万元)
    if len(spans) < 2 or len(levels) != len(spans) or len(set(levels)) != len(levels):
        return facts
    return [replace(f, level=level, amount_yuan=yuan) for f in dict.fromkeys(facts) for (yuan, _, _), level in zip(spans, levels)]


KEY_LEVEL = re.compile(r"(?<![全我本该各城])(?P<level>国家|省|市)级?重点“?$")  # 国家重点|农业产业化龙头企业


def key_level(text: str, recipients: list[Recipient]) -> list[Recipient]:
    """对新认定的国家重点农业产业化龙头企业: a kind after a level and 重点 (the level's key list of it) is at that level."""
    out = []
    for r in recipients:
        found = KEY_LEVEL.search(text, max(0, r.start - 6), r.start) if r.level is None and r.start else None
        out.append(replace(r, level=SHORT_LEVEL[found["level"]]) if found else r)
    return out
