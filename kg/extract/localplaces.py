"""Local places: districts and counties the gazetteer cannot name alone (鼓楼区 of 南京 and of 福州, 攸县, 嘉义市's 东区), named where the document's own place or the place written right before picks one parent (ent18c).

The gazetteer holds them as local regions (scripts/make_regions.py: prefLabel 南京市鼓楼区, the name a skos:hiddenLabel;
kg.vocab.Vocab.local). A name counts only as jieba's words cut it (one word, or two for three characters and more:
南沙|区), never inside an ordinary word (和县 of 市和县人民政府); a Taiwan district's stem (五股 of 五股区) only in a list
of its city's places or right after 本市/本县. Finding only: kg.extract.entities adds these to a sentence's mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from kg.extract import taiwan_places
from kg.extract.words import Word
from kg.vocab import DIVISIONS, Concept, Vocab

OWN = ("本市", "本县")  # the document's own city or county, right before a Taiwan district's stem
LIST_GAP = re.compile(r"[\u4e00-\u9fff]{0,4}[、和及与或]")  # between two items of a list (鶯歌陶瓷、|三峽藍染: a product may follow)
_MATCHERS: dict[int, tuple[Vocab, Any]] = {}  # the automaton over a vocabulary's local names, by the vocabulary read
LEVELS = "省市区县镇乡"  # a level's character right before, no place's name: the name is a level word's tail


def scope(text: str, jurisdiction: str | None, vocab: Vocab) -> frozenset[str] | None:
    """The regions a document's own place lets a local name fall under: the place itself and, for a district or
    county, its city (a 南山区 document naming 福田区); empty for the country or an unknown place; None where the
    document writes no local name at all (one pass of an automaton: most documents write none)."""
    if not vocab.local or not _matcher(vocab).find_matches_as_indexes(text):
        return None
    return vocab.own_scope(jurisdiction)


def find(text: str, ws: Sequence[Word], own: frozenset[str] | None, vocab: Vocab, found: Sequence[tuple[int, int, str, str]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each local place of one sentence's words: the name the document writes (五股区 for 五股);
    found: the sentence's mentions (start, end, type, name): none may overlap, a Region right before may be the parent."""
    if own is None or not ws or not (own or any(type_ == "Region" for _, _, type_, _ in found)):
        return  # no place to pick a parent by
    if not _matcher(vocab).find_matches_as_indexes(text[ws[0].start : ws[-1].end]):
        return  # most sentences of a document that names one name no local place (the word loop costs)
    spots = list(_spots(text, ws, own, vocab, found))
    for k, (start, end, key, concept) in enumerate(spots):
        name = _name(vocab, concept)
        if key != name and not (text.endswith(OWN, 0, start) or _listed(text, spots, k)):
            continue  # 树林 alone is trees: a district's stem only in a list of its city's places (本市五股、新庄)
        yield start, end, name
    taken = [(s, e) for s, e, _, _ in found] + [(s, e) for s, e, _, _ in spots]  # 指頭份市, 及後龍鎮: full names the cutter split (twn19)
    for start, end, key in taiwan_places.cut_apart(text, ws[0].start, ws[-1].end, _matcher(vocab), vocab.local, taken):
        if (region := taiwan_places.one_of(vocab, vocab.local[key], own)) is not None:
            yield start, end, _name(vocab, region)


def _spots(text: str, ws: Sequence[Word], own: frozenset[str], vocab: Vocab, found: Sequence[tuple[int, int, str, str]]) -> Iterator[tuple[int, int, str, Concept]]:
    """Every word or word pair that names one local region under its parent: (start, end, the name written, region)."""
    taken = [(s, e) for s, e, _, _ in found]
    before = {e: name for _, e, type_, name in found if type_ == "Region"}
    i = 0
    while i < len(ws):
        for width in (2, 1):
            if i + width > len(ws) or (width == 2 and ws[i].end != ws[i + 1].start):
                continue
            start, end = ws[i].start, ws[i + width - 1].end
            key = text[start:end]
            if key not in vocab.local or (width == 2 and len(key) < 3) or any(s < end and start < e for s, e in taken):
                continue
            if text[start - 1 : start] in LEVELS and start not in before and not text.endswith(OWN, 0, start):
                continue  # 各市|和县人民政府: levels listed (市和县), no county; 本市东区, 株洲市攸县 are places
            concept = _one(vocab, vocab.local[key], before.get(start), own)
            if concept is not None:
                yield start, end, key, concept
                i += width - 1
                break
        i += 1


def _one(vocab: Vocab, concepts: Sequence[Concept], before: str | None, own: frozenset[str]) -> Concept | None:
    """The one local region the place written right before (南京市|鼓楼区) or else the document's own place holds."""
    parent = vocab.by_label(before) if before else None
    if parent is not None and parent.type == "Region" and parent.level in DIVISIONS:
        fits = [c for c in concepts if parent.iri in vocab.ancestors(c)]
    else:
        fits = [c for c in concepts if own & vocab.ancestors(c)]
    return fits[0] if len(fits) == 1 else None


def _name(vocab: Vocab, concept: Concept) -> str:
    """The name a local region bears after its parent's (东区 of 嘉义市东区, 五股区 of 新北市五股区)."""
    parent = vocab.concepts.get(concept.part_of[0]) if concept.part_of else None
    return concept.label[len(parent.label) :] if parent is not None and concept.label.startswith(parent.label) else concept.label


def _listed(text: str, spots: list[tuple[int, int, str, Concept]], k: int) -> bool:
    """A stem joined by a list mark (、和及与或) to another local place of the same parent (五股、新莊; 鶯歌陶瓷、三峽藍染)."""
    start, end, _, concept = spots[k]
    near = [spots[j] for j in (k - 1, k + 1) if 0 <= j < len(spots)]
    return any(o.part_of == concept.part_of and (LIST_GAP.fullmatch(text, e, start) or LIST_GAP.fullmatch(text, end, s)) for s, e, _, o in near)


def _matcher(vocab: Vocab) -> Any:
    """Aho-Corasick over the local names (ahocorasick-rs), built once per vocabulary and process."""
    cached = _MATCHERS.get(id(vocab))
    if cached is None or cached[0] is not vocab:
        import ahocorasick_rs

        cached = _MATCHERS[id(vocab)] = (vocab, ahocorasick_rs.AhoCorasick(sorted(vocab.local), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest))
    return cached[1]
