"""People paid per head: 对…工作的全日制博士研究生、硕士研究生…,分别按每人每月3000元、1500元发放生活补贴 → the two classes (分别
maps the amounts); 企业新引进全职博士的,按每人每月3000元给予生活补贴,硕士研究生按每人每月1500元 → the people, not the employer,
and a class named with its own amount after a comma; 对入选省“万人计划”科技创业领军人才的,给予每人50万元 → the talents, at the
programme's level. With 每人 in the terms, people replace a programme or thing read as the recipient; with an allowance
people live on (生活补贴), they replace the body they work for too. For kg.extract.fundbuild."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg import cues
from kg.extract.levels import SHORT_LEVEL, level_of
from kg.extract.nouns import PERSON, Recipient, recipient_heads
from kg.extract.numbers import amounts
from kg.model import Document, Funding
from kg.vocab import Vocab

if TYPE_CHECKING:
    from kg.extract.promises import Offer

PER_HEAD = re.compile(r"每人|每名")
CLASS = cues.lazy(lambda: rf"(?:{cues.alternation('person_class')})")
ALLOWANCE = cues.lazy(lambda: cues.alternation("personal_allowance"))
# the list of classes, after a 的, a verb of bringing in or entering, a closing quote, or the phrase's start
CLASSES = cues.lazy(
    lambda: rf"(?:(?<=[的”])|(?<=引进|招收|招聘|入选|聘用|录用))(?P<list>[\u4e00-\u9fff]{{0,10}}?{CLASS.pattern}(?:[、和及][\u4e00-\u9fff]{{0,10}}?{CLASS.pattern})*)(?=的|[^\u4e00-\u9fff]|$)"
)
# ,硕士研究生按每人每月1500元: another class with its own amount
CLASS_AFTER = cues.lazy(lambda: rf",\s*(?P<who>[\u4e00-\u9fff]{{0,6}}?{CLASS.pattern})(?=按|按照|每人)")
# …生活补贴,最长3年;|全职硕士每人每月1000元(,最长2年): another class at its own rate, the money word not repeated
CLASS_RATE_NEXT = cues.lazy(
    lambda: rf"(?:[,;]\s*(?:最长|连续|期限)[^,。;]{{1,10}})?[,;]\s*(?P<who>[\u4e00-\u9fff]{{0,4}}?{CLASS.pattern})每人每(?:月|年)\s*(?P<amount>[\d.]+\s*[千万]?元)(?=[,。;]|$)"
)
PROGRAMME_LEVEL = cues.lazy(lambda: rf"(?:入选|列入|获评)(?P<level>{cues.alternation('level')}|国家|省|市)?“")  # 入选|省|“万人计划”


def people_instead(text: str, vocab: Vocab, offer: Offer, recipients: list[Recipient]) -> list[Recipient]:
    """The classes of people named in the phrase (and after it in the terms), when the money is paid per head and the
    recipients read are not people: a programme or thing, or, for an allowance people live on, the body they work for.
    A phrase naming no people (未入住人才公寓的, or none: 同时给予每人…): the people named last before in the paragraph."""
    phrase, terms = offer.phrase, offer.terms
    said = text[terms.start : terms.end]
    end = phrase.end if phrase else offer.start
    if not PER_HEAD.search(said) or (recipients and all(_person(text, r, end) for r in recipients)):
        return recipients
    recipients = [r for r in recipients if _whole(text, r, end)]
    heads = recipient_heads(vocab)
    if any(r.name.endswith(heads) for r in recipients) and not re.search(ALLOWANCE.pattern, said):
        return recipients  # 人力资源服务机构|为企业引进…人才的,按每人20万元给予引才奖励: the body is rewarded
    found = CLASSES.search(text, phrase.start, phrase.end) if phrase else None
    if found is None and (phrase is None or text[phrase.end - 1] == "的" or not recipients) and not any(r.name.endswith(heads) for r in recipients):
        found = next(reversed([*CLASSES.finditer(text, offer.paragraph, phrase.start if phrase else offer.start)]), None)
    if found is None:
        return recipients
    level = PROGRAMME_LEVEL.search(text, phrase.start if phrase else offer.paragraph, found.start())
    lv = (SHORT_LEVEL.get(level["level"]) or level_of(level["level"])) if level and level["level"] else None
    people, at = [], found.start("list")
    for name in re.split(r"[、和及]", found["list"]):
        own = name.rfind("的") + 1  # 经认定的|高层次人才
        people.append(Recipient(name[own:], lv, at + own, at + len(name)))
        at += len(name) + 1
    more = CLASS_AFTER.search(text, terms.start, terms.end)
    if more:
        people.append(Recipient(more["who"], None, more.start("who"), more.end("who")))
    return people


def _person(text: str, r: Recipient, end: int) -> bool:
    """A person or a class of people, not the modifier of a longer noun (未入住|人才|公寓的: the flats)."""
    return _whole(text, r, end) and bool(PERSON.search(r.name) or re.search(f"(?:{CLASS.pattern})$", r.name))


def _whole(text: str, r: Recipient, end: int) -> bool:
    """Whether a class of people read ends where its noun does, inside the phrase ending at end (not 未入住|人才|公寓: cut from a longer noun)."""
    cut = r.end < end and re.match(r"[\u4e00-\u9fff]", text[r.end]) and text[r.end] not in "的和及与或到在来"  # (毕业生|到…就业: a verb)
    graded = re.match(r"[A-Z一二三四五六七八九十]类", r.name)  # D类人才|首次购买…的: a talent class, whole before its condition
    return not (cut and not graded and re.search(f"(?:{CLASS.pattern})$", r.name))


def class_rate_next(doc: Document, start: int, end: int, built: list[Funding]) -> list[Funding]:
    """Another class of people right after a promise per head, at its own rate with the money word left out
    (企业新引进的全职博士,每人每月给予2000元生活补贴,最长3年;全职硕士每人每月1000元): a line of its own, the same instrument."""
    found = CLASS_RATE_NEXT.match(doc.text, end) if built and PER_HEAD.search(doc.text, start, end) else None
    money = next(amounts(doc.text, found.start("amount"), found.end("amount")), None) if found else None
    if found is None or money is None:
        return []
    return [replace(built[0], recipient=found["who"], level=None, amount_yuan=money[0], cap=False, ratio=None, condition=None,
                    evidence=doc.evidence(found.start("who"), found.end()))]

