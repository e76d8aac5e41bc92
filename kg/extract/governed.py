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
    """The zone the title governs when the gazetteer does not know it (苏州市促进|金鸡湖科创园|发展条例), else None."""
    name = title_zone(title, vocab)
    return name if name and _unknown(name, vocab) else None


def title_zone(title: str | None, vocab: Vocab) -> str | None:
    """The zone the title governs, known or not (成都东部新区条例), or None: its name ends with a zone word (cue lists
    zone_suffix, governed_zone_suffix) after the title's places and lead words, and only tail words follow it."""
    rest = _after_leads(_after_places(_after_leads(YEARS.sub("", title or "").strip()), vocab))
    for found in reversed(list(_zone_word().finditer(rest))):
        name = rest[: found.end()]
        if _tail().fullmatch(rest, found.end()) and len(name) - len(found[0]) >= MIN_NAME and _one_zone(name, vocab):
            return name
    return None


COMMITTEE = re.compile(r"^(?P<zone>[\u4e00-\u9fff]{1,8}?)(?P<kind>管委会|管理委员会|执行委员会)$")


def committee(name: str, zone_: str | None, committees: set[str]) -> str | None:
    """高新区管理委员会, 新区管委会, 示范区执行委员会 in a regulation of the zone its title governs (保定国家高新技术产业开发区
    条例, 成都东部新区条例): that zone's committee, as the document names it in full (宁波杭州湾新区开发建设管理委员会) or else
    the zone's name and the committee's kind (保定国家高新技术产业开发区管理委员会); only for a committee named by the zone's
    kind alone (cue lists zone_suffix, governed_zone_suffix, zone_full_form), not one named by the zone's own words
    (雄安新区管理委员会 stays as written). None otherwise."""
    found = COMMITTEE.match(name)
    forms = cues.full_forms("zone_full_form")
    if found is None or zone_ is None or found["zone"] not in {*_kinds(), *forms.values()}:
        return None
    short = found["zone"]
    whole = forms.get(short, short)
    if not (zone_.endswith(short) or zone_.endswith(whole)):
        return None
    written = sorted(c for c in committees if zone_ in c and c != name)  # 江西赣江新区管理委员会 of 赣江新区条例
    return written[0] if len(written) == 1 else zone_ + ("执行委员会" if found["kind"] == "执行委员会" else "管理委员会")


def zone_committee_named(name: str, vocab: Vocab) -> str | None:
    """东湖高新区管委会 → 武汉东湖新技术开发区管理委员会, 南昌高新区管委会 → 南昌高新技术产业开发区管理委员会: a zone's committee
    named by its short form 管委会, the zone by the gazetteer's name (or its kind written in full, cue list zone_full_form)
    and 管委会 in full, as the annotators name committees; None where nothing changes."""
    found = COMMITTEE.match(name)
    if found is None or found["kind"] != "管委会" or found["zone"] in _kinds():
        return None  # 河北雄安新区管理委员会, written in full, stays
    zone_, forms = found["zone"], cues.full_forms("zone_full_form")
    concept = vocab.by_surface.get(zone_)
    short = next((s for s in forms if zone_.endswith(s) and len(zone_) > len(s)), None)
    full = concept.label if concept is not None and concept.type == "Region" else zone_[: -len(short)] + forms[short] if short else zone_
    return full + "管理委员会"


def kind_committee(name: str) -> bool:
    """开发区管理委员会, 高新区管委会 left unresolved: every zone's of that kind, no one body."""
    found = COMMITTEE.match(name)
    return found is not None and found["zone"] in _kinds()


DISTRICT = re.compile(r"(?P<district>[\u4e00-\u9fff]{1,4}?[区县])(?:人民政府|政府|委员会|委|党工委)")


def district(issuer: str | None, jurisdiction: str | None, vocab: Vocab) -> str | None:
    """南山区 of an issuer 深圳市南山区人民政府办公室 in a document the gazetteer files under 深圳市: the district written
    right after the city, before its government, when the gazetteer does not know it (else it is the jurisdiction)."""
    if not issuer or not jurisdiction or not issuer.startswith(jurisdiction):
        return None
    found = DISTRICT.match(issuer, len(jurisdiction))
    return found["district"] if found and vocab.by_label(found["district"]) is None else None


TITLED_DISTRICT = re.compile(r"(?P<district>[\u4e00-\u9fff]{1,3}?[区县])")


def titled_district(title: str | None, jurisdiction: str | None, vocab: Vocab) -> str | None:
    """南山区 of a title 深圳市南山区促进科技创新若干措施 with no issuer to read it from: the district written right after
    the city the gazetteer files the document under, when the gazetteer does not know it alone (a name two cities share,
    南山区, 鼓楼区, 朝阳区); not a zone written there (深圳市|高新区…: a zone's kind, cue list zone_suffix, is no district)."""
    if not title or not jurisdiction or not title.startswith(jurisdiction):
        return None
    found = TITLED_DISTRICT.match(title, len(jurisdiction))
    if found is None or vocab.by_label(found["district"]) is not None:
        return None
    zone = found["district"].endswith(tuple(w for w in cues.words("zone_suffix") if w != "新区")) or found["district"].endswith("高新区")
    return None if zone else found["district"]


def district_body(name: str, city: str, district_: str) -> str | None:
    """区科技创新局 → 深圳市南山区科技创新局, 区政府 → 深圳市南山区人民政府: a body named after the district's level in
    a document the district issued, named in full after the city and the district (the annotators' form; 区委组织部 →
    中共深圳市南山区委组织部); None for another level's body (市科技局) and a 党工委 (a zone's, not a district's)."""
    if not name.startswith(district_[-1]) or name[1:].startswith("党"):
        return None
    rest = name[1:]
    if rest.startswith("委") and not rest.startswith("委员会"):
        return f"中共{city}{district_}{rest}"  # 区委组织部: the district's party committee, as 市委 is the city's
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


def _one_zone(name: str, vocab: Vocab) -> bool:
    """A name of one zone: no kind of zone (经济开发区, cue list zone_kind_name; 大学科技园, a kind the vocabulary knows),
    no list of two."""
    concept = vocab.by_surface.get(name)
    return (concept is None or concept.type == "Region") and name not in cues.word_set("zone_kind_name") and not JOINED.search(name)


def _unknown(name: str, vocab: Vocab) -> bool:
    """A zone the gazetteer does not know, nor knows with its city before it (天津滨海新区: 滨海新区): the known ones are found
    as such."""
    return vocab.by_surface.get(name) is None and not any(c.type == "Region" and end == len(name) for _, end, c in vocab.find(name))


@cache
def _kinds() -> tuple[str, ...]:
    return tuple(sorted({*cues.words("zone_suffix"), *cues.words("governed_zone_suffix")}, key=lambda w: (-len(w), w)))


@cache
def _zone_word() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _kinds())))


@cache
def _tail() -> re.Pattern[str]:
    return re.compile(rf"(?:{cues.alternation('governed_zone_tail')})*")
