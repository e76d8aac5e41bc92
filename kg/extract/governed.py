"""Governed places the gazetteer lacks: the zone or park a document's title names it for (天津市促进天开高教科创园发展条例 →
天开高教科创园; no place the gazetteer knows opens its name, as kg.extract.zones needs) and the district its issuer names
after the city (深圳市|南山区|人民政府办公室: a name two cities' districts bear, left out of the gazetteer), each a Region
wherever the text writes it; the district's bodies (区科技创新局) are named after it.

The annotators name the zone a regulation or a support measure governs as a Region (dev9's 天开高教科创园; zones and parks
a regulation names are Regions under its city). Pure functions over the title and one sentence; kg.extract.entities
adds the mentions.
"""

from __future__ import annotations

import re
from functools import cache

from kg import cues
from kg.vocab import Vocab

YEARS = re.compile(r"[(（][^()（）]*[)）]$")  # …行动计划(2025—2027年)
LEVEL_END = "省市区县"  # a place written in full before the zone (天津市|…), not one that is part of its name (宁波|大榭开发区)
MIN_NAME = 2  # characters before the zone word: 开发区 alone (山东省开发区条例) is a kind of zone
JOINED = re.compile(r"[、和与及,]")  # two zones in one title: neither is the document's own


def zone(title: str | None, vocab: Vocab) -> str | None:
    """The zone the title governs (苏州市促进|金鸡湖科创园|发展条例), or None: its name ends with a zone word (cue lists
    zone_suffix, governed_zone_suffix) after the title's places and lead words, and only tail words follow it."""
    rest = _after_leads(_after_places(_after_leads(YEARS.sub("", title or "").strip()), vocab))
    for found in reversed(list(_zone_word().finditer(rest))):
        name = rest[: found.end()]
        if _tail().fullmatch(rest, found.end()) and len(name) - len(found[0]) >= MIN_NAME and _own_name(name, vocab):
            return name
    return None


DISTRICT = re.compile(r"(?P<district>[\u4e00-\u9fff]{1,4}?[区县])(?:人民政府|政府|委员会|委|党工委)")


def district(issuer: str | None, jurisdiction: str | None, vocab: Vocab) -> str | None:
    """南山区 of an issuer 深圳市南山区人民政府办公室 in a document the gazetteer files under 深圳市: the district written
    right after the city, before its government, when the gazetteer does not know it (else it is the jurisdiction)."""
    if not issuer or not jurisdiction or not issuer.startswith(jurisdiction):
        return None
    found = DISTRICT.match(issuer, len(jurisdiction))
    return found["district"] if found and vocab.by_label(found["district"]) is None else None


def district_body(name: str, city: str, district_: str) -> str | None:
    """区科技创新局 → 深圳市南山区科技创新局, 区政府 → 深圳市南山区人民政府: a body named after the district's level in
    a document the district issued, named in full after the city and the district (the annotators' form); None for
    another level's body (市科技局) and a party committee (区委, whose full name the text does not give)."""
    if not name.startswith(district_[-1]) or name[1:].startswith(("委", "党")):
        return None
    rest = name[1:]
    return f"{city}{district_}{'人民政府' if rest in ('政府', '人民政府') else rest}"


def spans(text: str, start: int, end: int, name: str) -> list[tuple[int, int]]:
    """Where one sentence (text[start:end]) writes the zone's name."""
    out, at = [], text.find(name, start, end)
    while at >= 0:
        out.append((at, at + len(name)))
        at = text.find(name, at + len(name), end)
    return out


def _after_places(title: str, vocab: Vocab) -> str:
    """The title after the places written in full that open it (山东省|青岛前湾保税港区条例)."""
    start, end, concept = next(iter(vocab.find(title)), (-1, 0, None))
    if start == 0 and concept is not None and concept.type == "Region" and concept.label == title[:end] and title[end - 1] in LEVEL_END:
        return _after_places(title[end:], vocab)
    return title


def _after_leads(title: str) -> str:
    leads = cues.words("governed_zone_lead")
    while title.startswith(leads):
        title = title[len(next(lead for lead in leads if title.startswith(lead))) :]
    return title


def _own_name(name: str, vocab: Vocab) -> bool:
    """A name of one zone the vocabulary does not know: no kind of zone (经济开发区), no list of two, not a known zone
    with its city before it (天津滨海新区: 滨海新区)."""
    concept = vocab.by_surface.get(name)
    if concept is not None or name in cues.word_set("zone_kind_name") or JOINED.search(name):
        return False  # a zone the vocabulary knows is found as such; 经济开发区 is a kind (cue list zone_kind_name)
    return not any(c.type == "Region" and end == len(name) for _, end, c in vocab.find(name))  # 天津|滨海新区: the known zone


@cache
def _zone_word() -> re.Pattern[str]:
    kinds = sorted({*cues.words("zone_suffix"), *cues.words("governed_zone_suffix")}, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, kinds)))


@cache
def _tail() -> re.Pattern[str]:
    return re.compile(rf"(?:{cues.alternation('governed_zone_tail')})*")
