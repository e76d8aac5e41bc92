"""Governed place: the zone or district a document governs when the gazetteer files it under the city around it, for
kg.pipeline once the facts are extracted (meta20).

The annotators' jurisdiction is the place a document governs: a zone's committee's support measure governs the zone
(长沙高新技术产业开发区管理委员会 → 长沙高新技术产业开发区), a congress's regulation titled by a zone alone governs the zone
(宁波杭州湾新区条例, as 横琴粤澳深度合作区条例), a district's government's notice the district (深圳市|南山区|人民政府办公室, a
name two cities' districts bear, left out of the gazetteer). The gazetteer knows none of these, so segmentation leaves the
city: extraction needs it there (市科技局 is that city's), and only the document's own record moves to the finer place,
named as kg.extract.entities names it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg import cues
from kg.extract import governed
from kg.model import Document, DocumentMeta
from kg.vocab import Vocab

COMMITTEE = re.compile(r"^(?P<zone>[\u4e00-\u9fff()]{2,24}?)(?:管理委员会|管委会)$")  # a zone's committee as the issuer
CONGRESS = "人民代表大会"
COUNTRY = "中国"
LOCAL = re.compile(r"本(?:省|市|自治区|自治州|县)")  # a local regulation's scope (本市行政区域内): no law of the state


def finer(doc: Document, vocab: Vocab) -> DocumentMeta:
    """The document's record with the zone or district it governs as its jurisdiction, when finer than the gazetteer's;
    the country for a law or regulation of the state whose header was lost."""
    meta = doc.meta
    place = committee_zone(meta.issuer, vocab) or titled_zone(meta, vocab) or district(meta, vocab)
    place = place or (COUNTRY if not doc.traditional and state_law(meta, vocab) and not LOCAL.search(doc.text) else None)
    return replace(meta, jurisdiction=place) if place and place != meta.jurisdiction else meta


def state_law(meta: DocumentMeta, vocab: Vocab) -> bool:
    """A 条例 or 法 whose title names no place, with no issuer or place read from its header (网络数据安全管理条例 copied
    without its 国务院令): a law or regulation of the state, as a province's or a city's is titled by its place (cue list
    state_law_kind) and says 本省 or 本市. Not in Traditional text: Taiwan's laws are titled so too."""
    if meta.jurisdiction or meta.issuer or not meta.title or meta.doc_type not in cues.word_set("state_law_kind"):
        return False
    return not any(c.type == "Region" for _, _, c in vocab.find(meta.title))


def committee_zone(issuer: str | None, vocab: Vocab) -> str | None:
    """长沙高新技术产业开发区 of its committee: a zone's name (ending in a zone word, cue lists zone_suffix and
    governed_zone_suffix) the gazetteer does not know; not a kind of zone alone (开发区管理委员会, every zone's)."""
    found = COMMITTEE.match(issuer or "")
    if found is None or governed.kind_committee(issuer or ""):
        return None
    zone = found["zone"]
    ends = (*cues.words("zone_suffix"), *cues.words("governed_zone_suffix"), *cues.full_forms("zone_full_form").values())
    if not zone.endswith(ends) or zone in ends or zone in cues.word_set("zone_kind_name"):
        return None
    known = vocab.by_surface.get(zone) is not None or any(c.type == "Region" and end == len(zone) for _, end, c in vocab.find(zone))
    return None if known else zone  # a zone the gazetteer knows is the jurisdiction already (武汉东湖新技术开发区)


def titled_zone(meta: DocumentMeta, vocab: Vocab) -> str | None:
    """郑州航空港经济综合实验区 of a province's congress's 郑州航空港经济综合实验区条例: the title is the zone and the kind
    alone, after its places (山东省|青岛前湾保税港区条例); not a regulation that promotes a park (天津市促进天开高教科创园发展条例)
    nor a city's congress's (保定国家高新技术产业开发区条例: 保定市, as the annotators record it)."""
    if CONGRESS not in (meta.issuer or "") or not meta.title or not meta.doc_type:
        return None
    places = [c for _, _, c in vocab.find(meta.issuer or "") if c.type == "Region"]
    if not places or places[-1].level != "Province":  # a city's congress's zone regulation is the city's (gold-more dev4 0052)
        return None
    zone = governed.zone(meta.title, vocab)
    return zone if zone and meta.title.endswith(zone + meta.doc_type) else None


def district(meta: DocumentMeta, vocab: Vocab) -> str | None:
    """南山区 of 深圳市南山区人民政府办公室 (or of a title 深圳市南山区…, no issuer to read): the district kg.extract.entities
    names as a Region after the city the gazetteer files the document under."""
    return governed.district(meta.issuer, meta.jurisdiction, vocab) or (
        None if meta.issuer else governed.titled_district(meta.title, meta.jurisdiction, vocab)
    )


def resolving_place(meta: DocumentMeta, vocab: Vocab) -> str | None:
    """The place a document's local names resolve by in the graph: its jurisdiction, or, when that is a district whose
    name other cities' districts bear (南山区, recorded alone as annotated), the city its issuer or title names (深圳市),
    so that the jurisdiction and the mentions are that city's district, never one node for two cities'."""
    place = meta.jurisdiction
    if not place or len(vocab.local.get(place, ())) < 2:
        return place
    for text in (meta.issuer, meta.title):
        for _, _, concept in vocab.find(text or ""):
            if concept.type == "Region" and vocab.local_region(place, concept.label) is not None:
                return concept.label
    return place
