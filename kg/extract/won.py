"""Prizes and titles won, named alone in a condition: 对获得“中华技能大奖”的 / 获得“全国技术能手”称号的 / 获得浙江省专利金奖的
— the prize or title stands for its winners (the annotation convention: 中国专利金奖 is the recipient), not a body named
earlier in the paragraph; a programme entered, named alone (入选国家级人才计划的), stands for those it selected (国家级人才
计划入选者), and a certificate held names its holders (取得…技术经理人职业能力证书的人员: 技术经理人). For kg.extract.recipients."""

from __future__ import annotations

from kg import cues
from kg.extract.nouns import GRADE_LIST, Recipient

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
