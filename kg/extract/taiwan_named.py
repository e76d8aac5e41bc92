"""Names Taiwan writes after their owner, for kg.extract.entities (twn20): science parks named by their place (屏東科學園區,
新竹科學工業園區, 南部科學園區, 屏東農業生物技術園區) → a Region each; the Executive Yuan's funds named after it
(行政院國家發展基金, 行政院國家科學技術發展基金) → a Programme each, named without the Yuan.

A park the Science Park Act sets up is a zone with its own bureau (管理局), as a mainland 高新区 is; the annotators
name it a Region (gold-synth7 s042), its kind alone (科學園區) a PlatformType. The name finders read place + kind as
a Platform, or miss a kind the vocabulary does not hold (農業生物技術園區); this finder names the zone, and the
longest-name rule of kg.extract.entities prefers a Region on the same span. A fund the Yuan owns is cited with the Yuan
before it and no verb that sets it up (在行政院國家科學技術發展基金…內指撥專款, 行政院國家發展基金之撥款): the fund's
own name follows the Yuan (國家發展基金), as the laws that set it up write it (行政院應設置國家科學技術發展基金)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import Name
from kg.extract.words import Word

PLACE_TAGS = frozenset({"@Region", "ns"})  # 屏东 (the vocabulary's), 新竹 (a city and a county: jieba's place)
PARK_WORDS = 5  # 農業|生物|技術|園區: at most this many words after the place, up to the park's kind


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """The parks and the Yuan's funds of one sentence's words."""
    yield from parks(text, ws)
    yield from yuan_funds(text, ws)


FUND_WORDS = 4  # 国家|科学技术|发展|基金: at most this many words after the Yuan, up to 基金
FUND_WORD_TAGS = frozenset({"n", "vn", "nz"})  # the fund's name: nouns and verbal nouns (发展) only


def yuan_funds(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """行政院|国家|发展|基金 (not 行政院国家发展基金管理会, the body the vocabulary holds as one word): a Programme named
    from the word after the Yuan (cue list twn20_fund_owner) to 基金, its words nouns only."""
    if "基金" not in text:
        return
    owners = cues.word_set("twn20_fund_owner")
    for i, word in enumerate(ws):
        if word.text not in owners:
            continue
        for j in range(i + 1, min(i + 1 + FUND_WORDS, len(ws))):
            if ws[j].tag not in FUND_WORD_TAGS:
                break
            if ws[j].text.endswith("基金"):
                if j > i + 1:  # (行政院|基金: no name)
                    yield Name(ws[i + 1].start, ws[j].end, "Programme", text[ws[i + 1].start : ws[j].end])
                break


def parks(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """A place the vocabulary knows (屏东) or jieba tags (新竹) or a part of the island (cue list twn20_park_place: 南部), then words ending
    in a park's kind (cue list twn20_park_kind: 科学园区, 科学工业园区, 生物技术园区), with no mark between."""
    if "园区" not in text:
        return
    kinds = cues.words("twn20_park_kind")
    places = cues.word_set("twn20_park_place")
    for i, word in enumerate(ws):
        if word.tag not in PLACE_TAGS and word.text not in places:
            continue
        for j in range(i + 1, min(i + 1 + PARK_WORDS, len(ws))):
            if ws[j].tag == "x":
                break
            if ws[j].text.endswith("园区"):
                if text[word.end : ws[j].end].endswith(kinds):
                    yield Name(word.start, ws[j].end, "Region", text[word.start : ws[j].end])
                break
