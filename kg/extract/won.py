"""Prizes and titles won, named alone in a condition: 对获得“中华技能大奖”的 / 获得“全国技术能手”称号的 / 获得浙江省专利金奖的
— the prize or title stands for its winners (the annotation convention: 中国专利金奖 is the recipient), not a body named
earlier in the paragraph. For kg.extract.recipients."""

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
