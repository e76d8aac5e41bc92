"""Cues: the cue words of ontology/cues.ttl (levels, comparators, money words, verbs, suffixes) as
alternations and compiled patterns, built on first use, for `normalize`, `segment` and every extractor.

Adding a cue is one line in ontology/cues.ttl. Grammars that are not word lists (how a deadline,
an amount or a number is written) live here or in kg.extract.numbers, once.

Example:
    >>> pattern("level").match("省级重点实验室").group()
    '省级'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

# A deadline: 到2025年, 目标:2025年X达… (a plan's line of goals; 目标:2024年,… heads a list by year), 力争在2025年, 力争2025年, 2025年底前, 2025年目标, 十四五期间 (the plan's last year). The one
# grammar for targets (the year in force) and segment (the period a document runs to).
# A year of the Republic in words, as Taiwan's rules write it: 一百十五年, 一百一十五年, 一百零九年, 一一五年
ROC_WORDS = r"一百(?:[一二]?十[一二三四五六七八九]?|零[一二三四五六七八九])|一[〇零○一二][〇零○一二三四五六七八九]"
DEADLINE = re.compile(
    r"(?:(?<![截止])到|(?<!截)至|展望|(?:力争|争取|计划|预计|预期)(?:在|到|于|至)?|目标(?:为|是)?(?:在|到|于|至|\s*:(?=\s*(?:19|20)\d{2}\s*年(?![,;至到\-—–~]))))\s*(?P<year>(?:19|20)\d{2})\s*年"  # 展望2035年: a plan's far goal; 截至2023年: a date
    r"|(?P<before>(?:19|20)\d{2})\s*年(?:底|末)?(?:前|以前)"
    r"|(?P<goal>(?:19|20)\d{2})\s*年的?(?:主要|工作|发展|总体|具体)?(?:预期)?目标"  # (一)2025年目标, 2024年主要预期目标是: (tgt19)
    r"|(?<![比较在])(?<![比较在]“)“?(?P<plan>十[一二三四五六七八九]|(?<![一二三四五六七八九十百千第\d])[八九十])五”?(?:期间|末|时期末|期末)(?!的?基础上)"  # 比“十三五”末, 在“十三五”末基础上: a base; “九五”期末 (2000), “十五”期末 (2005) in older laws
    # Taiwan's years of the Republic (至115年, 預計115年, 民國115年前, 目標為115年: 1911 + 115), only after 至/到/预计/目标/民国: 100年前 is a century
    r"|(?:(?<!年)(?:到|至|(?:预计|预定|预期)(?:于|在)?|目标(?:为|是|\s*:)(?=[^,;。]{0,8}年(?![,;至到\-—–~])))\s*(?:民国)?|民国)(?P<roc>1[0-2]\d|{w})\s*年(?:底|末)?(?:前|以前)?(?![代\d])(?!\s*[\d一二三四五六七八九十]{1,3}\s*月)"  # (施行至一百二十年十二月: a date)
    r"|(?<![\d.〇零○一二三四五六七八九十百千])(?P<rocby>1[0-2]\d|{w})\s*年底(?:前|以前)"  # 預計114年底前: a year of the Republic, its end a deadline
    r"|(?<![\d.〇零○一二三四五六七八九十百千])(?P<rocwords>{w})\s*年(?:前|以前)"  # 一百十七年前,…: in words, a year of the Republic (100年前: a century; twn18)
    r"|(?<![\d.〇零○一二三四五六七八九十百千])(?P<rocdate>1[0-2]\d|{w})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月底?(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?\s*(?:前|以前)"  # 於中華民國一百十五年十二月三十一日前, 於一百十五年十二月底前 (twn18)
    r"|于\s*(?P<rocpre>1[0-2]\d|{w})\s*年(?:底|末)?(?:前|以前)"  # 於115年前: before a year of the Republic
    r"|(?:到|至)(?P<written>[一二][〇零○一二三四五六七八九]{3})年"  # 到二〇三五年, as central documents write it
    r"|(?<![〇零○一二三四五六七八九])(?P<writtenby>[一二][〇零○][〇零○一二三四五六七八九]{2})\s*年(?:底|末)?(?:前|以前)"  # 於二○三○年前 (twn16)
    .replace("{w}", ROC_WORDS)
)
DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def roc_number(text: str) -> int:
    """115 from 115, 一百十五, 一百一十五 or 一一五; 109 from 一百零九 (ROC_WORDS)."""
    if text.isdigit():
        return int(text)
    if not text.startswith("一百"):
        return int(text.translate(DIGITS))
    rest = text[2:].lstrip("零")
    if "十" not in rest:
        return 100 + int(rest.translate(DIGITS) or 0)
    tens, _, units = rest.partition("十")
    return 100 + 10 * int(tens.translate(DIGITS) or 1) + int(units.translate(DIGITS) or 0)


def deadline_year(match: re.Match[str]) -> int | None:
    """The year a DEADLINE match names (the plan's last year for 十四五; 1911 + n for a year of the Republic)."""
    if match["plan"]:
        return None
    roc = match["roc"] or match["rocby"] or match["rocpre"] or match["rocdate"] or match["rocwords"]
    if roc:
        return 1911 + roc_number(roc)
    if match["written"] or match["writtenby"]:
        return int((match["written"] or match["writtenby"]).translate(DIGITS))
    return int(match["year"] or match["before"] or match["goal"])


@cache
def _data() -> tuple[dict[str, tuple[str, ...]], dict[str, dict[str, str]]]:
    """ontology/cues.ttl, read once per process (parsing it for each of its 32 lists cost ~1 s)."""
    from kg.vocab import cue_data  # reads ontology/ on first use, never at import

    return cue_data()


def _lists() -> dict[str, tuple[str, ...]]:
    return _data()[0]


def full_forms(name: str) -> dict[str, str]:
    """A list of rewrites, each short form to its full form: full_forms("agency_full_form")["科技局"]."""
    pairs = _data()[1]
    if name not in pairs:
        raise KeyError(f"ontology/cues.ttl has no list of full forms {name!r}")
    return pairs[name]


@cache
def words(name: str) -> tuple[str, ...]:
    """The words of one cue list, longest first."""
    lists = _lists()
    if name not in lists:
        raise KeyError(f"ontology/cues.ttl has no cue list {name!r}")
    return lists[name]


@cache
def word_set(name: str) -> frozenset[str]:
    """The words of one cue list as a set, for `word in …` once per word of a sentence."""
    return frozenset(words(name))


@cache
def alternation(name: str) -> str:
    """The list as a regex alternation, longest first: 国家级|省部级|…|国家|省."""
    return "|".join(map(re.escape, words(name)))


@cache
def pattern(name: str) -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(name)})")


class Lazy:
    """A compiled pattern built from the cue lists on first use: module constants stay constants
    (LEVEL_RE.finditer(…)) while ontology/ is read only when an extractor first runs."""

    def __init__(self, build: Callable[[], str], flags: int = 0) -> None:
        self._build, self._flags = build, flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._build(), self._flags)
        return self._compiled

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def __getattr__(self, name: str) -> Any:
        value = getattr(self.compiled, name)
        setattr(self, name, value)  # bound once: later lookups skip __getattr__
        return value


def lazy(build: Callable[[], str], flags: int = 0) -> Any:
    """Lazy(build) typed as a pattern for the callers."""
    return Lazy(build, flags)
