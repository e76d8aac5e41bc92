"""Lead-in items: a promise whose lead-in ends its line (对新认定的孵化器给予奖励:) over item lines that each size it for a
level, a grade, a class or a condition (——国家级的,一次性奖励200万元; (1)营业收入…的,奖励10万元; 国家级50万元;) → a line per item.

Support measures size one promise line by line: the items name no recipient of their own, so each is the lead-in's
recipient at the item's level, or on the item's grade, class or condition. kg.extract.measures.tabled reads the bare rows
of a table (一等奖 50万元); items that name their own recipient (1.国家级企业技术中心,奖励500万元) are promises of their own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg import cues
from kg.extract.levels import level_of
from kg.extract.nouns import GRADE_LIST, recipient_heads
from kg.extract.numbers import amounts

if TYPE_CHECKING:
    from kg.extract.promises import Offer
    from kg.model import Document, Funding
    from kg.vocab import Vocab

LINE_ON = re.compile(r"[;,]\n")  # …的,按5%给予补助;|在…之间的,按3%…: the sentence goes on on the next line (分档 by lines)
LEAD_END = re.compile(r"[^。;\n]{0,16}?:[ \t]*\n")  # …给予奖励,奖励标准如下:| (其中:|, 具体如下:|)
MARK = r"(?:\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|[一二三四五六七八九十\d]{1,3}[.、]|[-—–·•]{1,2})"
ITEM_MARK = rf"{MARK}?"
# …给予奖励;|2.奖励金额最高不超过300万元: the next item goes on (a line after 。 without a marker is another paragraph)
NEXT_ITEM = re.compile(rf"[;,][ \t]*\n[ \t]*{ITEM_MARK}[ \t]*|。?[ \t]*\n[ \t]*{MARK}[ \t]*")
# one item on its own line: the marker, what it is for, the words of giving, the amount, the money word, a closing mark
ITEM_ROW = cues.lazy(
    lambda: rf"[ \t]*{ITEM_MARK}[ \t]*(?P<label>{GRADE_LIST.pattern}|(?:{cues.alternation('prize_grade')})|(?:{cues.alternation('level')})(?:及?以上)?|[A-E]类[\u4e00-\u9fff]{{0,4}}?|[^,;。:\n]{{2,40}}?的)"
    rf"的?[ \t]*[,:]?[ \t]*(?P<words>(?:{cues.alternation('one_off')}|每年度?|每月|每[家个项人件]|分别|{cues.alternation('give')}|{cues.alternation('money_word')}|{cues.alternation('cap')})*)"
    rf"[ \t]*(?P<amount>[\d.]+\s*[千万亿]?元)(?:的?(?:{cues.alternation('money_word')}))?[ \t]*[;。,]?[ \t]*(?:\n|$)"
)


def rows_after(text: str, offer: Offer, built: list[Funding], lead_end: re.Pattern[str], row: re.Pattern[str]) -> tuple[re.Match[str] | None, list[re.Match[str]], int]:
    """An unsized promise's lead-in ending its line, the rows right under it, and where they end (for itemised and
    kg.extract.measures.tabled)."""
    lead = lead_end.match(text, offer.end) if built and all(f.amount_yuan is None for f in built) else None
    rows, at = [], lead.end() if lead else len(text)
    while (line := row.match(text, at)) and line.end() > at:
        rows.append(line)
        at = line.end()
    return lead, rows, at


def itemised(doc: Document, offer: Offer, built: list[Funding]) -> tuple[list[Funding], int]:
    """The lead-in's facts, one per item line and recipient, and where the items end ([] and 0 when none)."""
    text = doc.text
    lead, rows, at = rows_after(text, offer, built, LEAD_END, ITEM_ROW.compiled)
    if len(rows) < 2 and not (rows and lead and at >= len(text.rstrip())):
        return [], 0  # (one sized line is a promise of its own, unless it is all the list)
    levels = cues.word_set("level")
    facts = []
    for row in rows:
        label = row["label"].removesuffix("的")
        level = level_of(label) if label.rstrip("及以上") in levels else None
        for f in built:
            if level and f.level not in (None, level):
                continue  # (对国家级、省级X: the item's level picks its recipient)
            fact = replace(f, amount_yuan=next(amounts(row["amount"]))[0], cap=bool(re.search(cues.alternation("cap"), row["words"])) or f.cap,
                           one_off=f.one_off or bool(re.search(cues.alternation("one_off"), row["words"])),
                           level=level or f.level, condition=f.condition if level else label, evidence=doc.evidence(offer.start, row.end("amount")))
            if fact not in facts:
                facts.append(fact)
    return facts, rows[-1].end() if facts else 0


def items_next(text: str, at: int) -> bool:
    """Whether item lines sizing the promise follow its lead-in at `at` (the items read here, not as promises of their own)."""
    lead = LEAD_END.match(text, at)
    first = ITEM_ROW.match(text, lead.end()) if lead else None
    return bool(first and (ITEM_ROW.match(text, first.end()) or first.end() >= len(text.rstrip())))  # (as itemised reads them)


HEADING = re.compile(r"[ \t]*(?:\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|[一二三四五六七八九十\d]{1,3}[.、]|第[一二三四五六七八九十百零\d]{1,4}[条條点點款][ \t\u3000]*)?[ \t]*对(?:于)?(?P<who>[^,;。:\n]{2,40}?)[ \t]*:")  # (its first item may follow on its line)
SIZED = re.compile(r"\d(?:\.\d+)?\s*[千万亿]?元")


def heading_recipient(text: str, start: int, lines: int = 6) -> tuple[int, int] | None:
    """对新认定的重点实验室:|——国家级的,奖励200万元 (对在我区工作的博士研究生:|每月发放生活补贴3000元): the recipient a heading
    line names for the sized lines under it, when the promise at `start` names none; only sized lines between them."""
    line = text.rfind("\n", 0, start) + 1
    for _ in range(lines):
        if line <= 0:
            return None
        above = text.rfind("\n", 0, line - 1) + 1
        heading = HEADING.match(text, above, line - 1)
        if heading:
            return heading.start("who"), heading.end("who")
        if not SIZED.search(text, above, line - 1):
            return None
        line = above
    return None


def item_terms(text: str, start: int) -> tuple[str | None, str | None]:
    """The level, or else the grade, class or condition, an item line at `start` opens with (——国家级的,奖励…: 国家级)."""
    line = text.rfind("\n", 0, start) + 1
    row = ITEM_ROW.match(text, line)
    if not row:
        return None, None
    label = row["label"].removesuffix("的")
    return (level_of(label), None) if label.rstrip("及以上") in cues.word_set("level") else (None, label)


def under_heading(text: str, start: int, built: list[Funding]) -> list[Funding]:
    """The heading's recipients at the level (or on the condition) the item line at `start` opens with."""
    level, condition = item_terms(text, start)
    return [replace(f, level=level or f.level, condition=condition or f.condition) for f in built]


# 单个项目补助最高不超过500万元, 每家企业每年奖励不超过50万元: the cap of one case, said after the share
CASE_CAP = cues.lazy(
    lambda: rf"[ \t]*{ITEM_MARK}[ \t]*(?:{cues.alternation('case_cap_owner')})[\u4e00-\u9fff]{{0,6}}?(?:每年度?)?(?:{cues.alternation('money_word')})?(?:金额|额度)?(?:{cues.alternation('cap')})+\s*\d"
)
BETWEEN = re.compile(r"[\s,;。]{0,3}")


def capped_after(text: str, previous: tuple[Offer, list[Funding]] | None, offer: Offer, built: list[Funding]) -> list[Funding]:
    """按设备投资额的10%给予补助;|单个项目补助最高不超过500万元: the share just promised, capped by the amount of the next
    clause or item ([] when the offer is no such cap, or the promise before it is sized or no share)."""
    if not previous or not previous[1] or not CASE_CAP.match(text, offer.start) or any(f.ratio is not None for f in built):
        return []
    if not BETWEEN.fullmatch(text, previous[0].end, offer.start) and not re.fullmatch(rf"[\s,;。]{{0,3}}{ITEM_MARK}", text[previous[0].end : offer.start]):
        return []
    sized = list(amounts(text, offer.start, offer.end))  # (单个产品补助最高200万元: no recipient of its own)
    if len(sized) != 1 or not all(f.ratio is not None and f.amount_yuan is None for f in previous[1]):
        return []
    return [replace(f, amount_yuan=sized[0][0], cap=True) for f in previous[1]]


def subject_first(text: str, offer: Offer, built: list[Funding]) -> bool:
    """企业|上年度研发费用在500万元以下的,按…5%给予补助;|在…之间的,按3%…: a condition opening its line or sentence with its
    recipients, who are then those of the conditions on the lines after it (as 对|企业|…的 in kg.extract.measures.names_inside)."""
    phrase = offer.phrase
    return phrase is not None and text[phrase.start - 1 : phrase.start] in ("\n", "", "。", ";") and all(text.startswith(f.recipient, phrase.start) for f in built)


def label_item(text: str, offer: Offer, vocab: Vocab) -> bool:
    """(一)国家级研发中心,补助1000万元 (二、直轄市級研發中心,補助新臺幣三百萬元): an item line opening with a recipient's name
    alone, a comma, the money after it; the name is the recipient, a vocabulary term or not (企业、事业单位给予…的奖励: the payers)."""
    phrase = offer.phrase
    if phrase is None or not text.startswith(",", phrase.end) or not re.fullmatch(rf"[ \t]*{ITEM_MARK}[ \t]*", text[text.rfind("\n", 0, phrase.start) + 1 : phrase.start]):
        return False
    name = text[phrase.start : phrase.end]
    return bool(re.fullmatch(r"[\u4e00-\u9fff、()]{2,16}", name)) and name.endswith(recipient_heads(vocab))


AMONG_NEXT = re.compile(r"[\s,;。]{0,3}其中[,:]?\s*")  # …给予50万元奖励;|其中,专业化众创空间再给予20万元奖励


def among_level(text: str, previous: tuple[Offer, list[Funding]] | None, offer: Offer, built: list[Funding]) -> list[Funding]:
    """对新认定为国家级众创空间的,给予50万元奖励;|其中,专业化众创空间再给予20万元奖励: a sub-item (其中) of a promise made
    for one level is of that level too (its facts unchanged when they name a level or the promise before names several)."""
    if not previous or not previous[1] or not AMONG_NEXT.fullmatch(text, previous[0].end, offer.phrase.start if offer.phrase else offer.start):
        return built
    levels = {f.level for f in previous[1]}
    if len(levels) != 1 or None in levels:
        return built
    return [replace(f, level=f.level or next(iter(levels))) for f in built]
