"""Names Taiwan writes after their owner, for kg.extract.entities (twn20): science parks named by their place (屏東科學園區,
新竹科學工業園區, 南部科學園區, 屏東農業生物技術園區) → a Region each; the Executive Yuan's funds named after it
(行政院國家發展基金, 行政院國家科學技術發展基金) → a Programme each, named without the Yuan; a centre a city or county
names after itself (屏東縣產業創新輔導中心, 嘉義市青年創業基地) → a Platform; a plan written with its Latin short form
(地方產業創新研發推動計畫（SBIR）) → a Programme.

A park the Science Park Act sets up is a zone with its own bureau (管理局), as a mainland 高新区 is; the annotators
name it a Region (gold-synth7 s042), its kind alone (科學園區) a PlatformType. The name finders read place + kind as
a Platform, or miss a kind the vocabulary does not hold (農業生物技術園區); this finder names the zone, and the
longest-name rule of kg.extract.entities prefers a Region on the same span. A fund the Yuan owns is cited with the Yuan
before it and no verb that sets it up (在行政院國家科學技術發展基金…內指撥專款, 行政院國家發展基金之撥款): the fund's
own name follows the Yuan (國家發展基金), as the laws that set it up write it (行政院應設置國家科學技術發展基金)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import Name
from kg.extract.words import Word

PLACE_TAGS = frozenset({"@Region", "ns"})  # 屏东 (the vocabulary's), 新竹 (a city and a county: jieba's place)
PARK_WORDS = 5  # 農業|生物|技術|園區: at most this many words after the place, up to the park's kind


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """The parks, the Yuan's funds, the centres and the lettered plans of one sentence's words (each read only where its
    sentence holds the word it needs: the sentence's own characters are scanned, never the document's)."""
    if not ws:
        return
    sentence = text[ws[0].start : ws[-1].end]
    if "园区" in sentence:
        yield from parks(text, ws)
    if "基金" in sentence:
        yield from yuan_funds(text, ws)
    if cues.pattern("twn20_centre_kind").search(sentence):
        yield from centres(text, ws)
    if "(" in sentence:
        yield from lettered_plans(text, ws)


ACRONYM = re.compile(r"\([\u4e00-\u9fff]{0,3}[A-Za-z][A-Za-z+\-]{1,9}\)")  # (SBIR), (地方型SBIR): the plan's Latin short form
PLAN_KINDS = ("计划", "计画")
PLAN_WORDS = 7  # 地方|产业|创新|研发|推动|计划: at most this many words back from the kind
PLAN_STOP_TAGS = frozenset({"x", "u", "uj", "p", "r", "k", "@Agency", "@Region", "m"})  # a mark, 之, a body before the name


def lettered_plans(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """爭取中央|地方產業創新研發推動計畫（SBIR）, 經濟部|小型企業創新研發計畫（SBIR）: a plan Taiwan writes with its
    Latin short form in brackets after it; its name runs back from 計畫 to a mark, a body or a verb that takes a plan
    (cue list twn20_plan_taker: 爭取, 推動 unless it closes the name), past a level the name does not hold (cue list
    twn20_plan_level: 中央)."""
    takers = cues.word_set("twn20_plan_taker")
    levels = cues.word_set("twn20_plan_level")
    for k, word in enumerate(ws):
        if word.text not in PLAN_KINDS or not ACRONYM.match(text, word.end):
            continue
        i = k
        while i > 0 and k - i < PLAN_WORDS and ws[i - 1].tag not in PLAN_STOP_TAGS and not (ws[i - 1].text in takers and i - 1 < k - 1):
            i -= 1
        opening = i
        while i < k and (ws[i].text in levels or ws[i].text in takers):  # (申請|計畫（SBIR）: no name opens with the taker)
            i += 1
        if i < k:  # (the span keeps the level, so the name read here wins over one read with it: 中央产业…计划)
            yield Name(ws[opening].start, word.end, "Programme", text[ws[i].start : word.end])


CENTRE_WORDS = 4  # 产业|创新|辅导|中心, 青年|创业|基地: at most this many words after the place
CENTRE_WORD_TAGS = frozenset({"n", "vn", "nz", "v", "j", "b", "a", "an", "t"})  # 辅导 (v), 新创 (j), 青年 (t): inside the name


def centres(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """屏東縣|產業|創新|輔導|中心, 新北市|創業|創新|中心, 嘉義市|青年|創業|基地, 林口|新創|園: a centre a Taiwan city or
    county (cue list twn20_city) names after itself, an innovation word inside (cue list twn20_centre_word), a kind closing it (cue list
    twn20_centre_kind), with no mark between: one Platform, the place part of its name."""
    kinds = cues.words("twn20_centre_kind")
    inner = cues.words("twn20_centre_word")
    cities = cues.word_set("twn20_city")
    for i, word in enumerate(ws):
        if word.text not in cities:
            continue  # (北京|国际科技创新中心: a mainland city's centre is a status its plans aim at, no platform the annotators name)
        for j in range(i + 1, min(i + 1 + CENTRE_WORDS, len(ws))):
            if ws[j].tag not in CENTRE_WORD_TAGS and not ws[j].text.endswith(kinds):
                break
            if ws[j].text.endswith(kinds):
                own = text[word.end : ws[j].end]
                if j > i + 1 and any(w in own for w in inner):
                    yield Name(word.start, ws[j].end, "Platform", text[word.start : ws[j].end])
                break


FUND_WORDS = 4  # 国家|科学技术|发展|基金: at most this many words after the Yuan, up to 基金
FUND_WORD_TAGS = frozenset({"n", "vn", "nz"})  # the fund's name: nouns and verbal nouns (发展) only


def yuan_funds(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """行政院|国家|发展|基金 (not 行政院国家发展基金管理会, the body the vocabulary holds as one word): a Programme named
    from the word after the Yuan (cue list twn20_fund_owner) to 基金, its words nouns only."""
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
