"""Prizes and titles won, named alone in a condition: 对获得“中华技能大奖”的 / 获得“全国技术能手”称号的 / 获得浙江省专利金奖的
— the prize or title stands for its winners (the annotation convention: 中国专利金奖 is the recipient), not a body named
earlier in the paragraph; a programme entered, named alone (入选国家级人才计划的), stands for those it selected (国家级人才
计划入选者), and a certificate held names its holders (取得…技术经理人职业能力证书的人员: 技术经理人); prizes listed with an
amount each (获得中国专利金奖、银奖的单位,分别给予…) are each a line's recipient. For kg.extract.recipients and fundbuild."""

from __future__ import annotations

import re
from dataclasses import replace

from kg import cues
from kg.extract.nouns import GRADE_LIST, Recipient
from kg.model import Funding

# 获得|“全国技术能手”|称号, 荣获|浙江省专利金奖: the verb of winning, then the prize or title and nothing else
WON = cues.lazy(
    lambda: r"(?:首次|新)?(?:获得|荣获|获评|被授予|获授)(?:"
    r"“(?P<quoted>[^“”,。;、]{2,16})”(?:荣誉称号|称号|荣誉)?"
    rf"|(?P<prize>[^“”,。;、的]{{2,14}}?(?:{cues.alternation('prize_suffix')}))"
    r"|(?P<title>[^“”,。;、的]{2,14}?)(?:荣誉称号|称号))"
)


def won_alone(text: str, a: int, of: int) -> Recipient | None:
    """The prize or title a condition (text[a:of], before its 的) names as all it asks, or None."""
    won = WON.fullmatch(text, a, of)
    if won is None:
        return None
    key = next(k for k in ("quoted", "prize", "title") if won[k])
    if GRADE_LIST.fullmatch(won[key]):
        return None  # 获得二等奖的: a grade of the prize named before, its winner named there
    return Recipient(won[key], None, won.start(key), won.end(key))


# 入选|国家级人才计划|的: the programme entered and nothing else
SELECTED = cues.lazy(lambda: rf"(?:首次|新)?(?:入选|入围)(?P<programme>[^“”,。;、的]{{2,16}}?(?:{cues.alternation('selected_programme')}))")


def selected_alone(text: str, a: int, of: int) -> Recipient | None:
    """The programme a condition names as all it asks (入选国家级人才计划的): its selected (…入选者), or None."""
    found = SELECTED.fullmatch(text, a, of)
    return Recipient(found["programme"] + "入选者", None, found.start("programme"), found.end("programme")) if found else None


# 取得|中级以上|技术经理人|职业能力证书: the occupation a certificate names, after its grade
CERTIFIED = cues.lazy(
    lambda: r"(?:取得|获得|持有)(?:[^,。;、的]{1,6}?(?:及以上|以上))?(?P<who>[\u4e00-\u9fff]{2,8}?)"
    rf"(?:{cues.alternation('certificate')})$"
)


def certified(text: str, a: int, of: int) -> Recipient | None:
    """The occupation a certificate the condition asks for names (…、取得中级以上技术经理人职业能力证书的|人员): its holders."""
    found = CERTIFIED.search(text, a, of)
    return Recipient(found["who"], None, found.start("who"), found.end("who")) if found else None


# 获得中国专利金奖、中国专利银奖的单位, 新获评“中华技能大奖”“全国技术能手”的高技能人才: two prizes or more listed
SHORT_ITEM = 3  # characters: a grade written alone (银奖, 优秀奖) after a prize written whole
PRIZE_ITEM = cues.lazy(lambda: rf"“[^“”,。;]{{2,16}}”|[^“”,。;、的]{{1,14}}?(?:{cues.alternation('prize_suffix')})")
WON_LIST = cues.lazy(
    lambda: rf"(?:首次|新)?(?:获得|荣获|获评|被授予|获授)(?P<list>(?:{PRIZE_ITEM.pattern})(?:[、和及与]?(?:{PRIZE_ITEM.pattern}))+)(?:荣誉称号|称号)?的"
)


def prize_lines(text: str, a: int, of: int, facts: list[Funding]) -> list[Funding]:
    """Amounts given 分别 to the winners of prizes a condition lists (获得中国专利金奖、银奖的企业,分别给予50万元、20万元):
    one line per prize, the prize its recipient (中国专利金奖, 中国专利银奖), as the gold conventions name them."""
    names = prizes_listed(text, a, of)
    if len(names) < 2 or len(facts) != len(names) or len({f.amount_yuan for f in facts}) != len(facts):
        return facts
    return [replace(f, recipient=name) for f, name in zip(facts, names)]


def prizes_listed(text: str, a: int, of: int) -> list[str]:
    """The prizes a condition lists, in order; a later item written short (中国专利金奖、银奖) takes the first's stem."""
    found = WON_LIST.search(text, a, of)
    if not found:
        return []
    items = list(PRIZE_ITEM.finditer(found["list"]))
    names = [re.sub(r"\s|[“”]", "", m.group()) for m in items]
    if len(items) > 2 and items[0].end() == items[1].start() and names[0].endswith("奖") and names[1] in cues.word_set("fund18a_medal"):
        names = [names[0][:-1] + names[1], *names[2:]]  # 中国专利奖|金奖、银奖: the prize's grades (中国专利金奖), fund18a
    first = names[0]  # (中国专利金奖: its grade 金奖 the last two characters, the stem 中国专利 before them)
    return [first[:-2] + n if len(n) <= SHORT_ITEM and len(first) > len(n) + 1 and n != first else n for n in names]
