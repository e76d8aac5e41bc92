"""Vocabularies: the SKOS schemes in ontology/vocab/ → concepts, alias lookup and variant table.

The extractors never name a platform, an enterprise type or a region themselves: every term they
recognise comes from here, so adding a term to the Turtle is all it takes to find it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Union

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from kg import shipped
from kg.errors import KgError
from kg.model import ENTITY_TYPES
from kg.rdf.namespaces import KG


@dataclass(frozen=True, slots=True)
class Concept:
    iri: str
    type: str  # one of ENTITY_TYPES
    label: str  # skos:prefLabel in Chinese (Simplified)
    aliases: tuple[str, ...] = ()  # skos:altLabel in Chinese, as they read after t2s
    broader: tuple[str, ...] = ()
    part_of: tuple[str, ...] = ()  # regions only
    level: str | None = None  # regions only: province, city, district …
    code: str | None = None  # regions only: skos:notation, the GB/T 2260 code


DIVISIONS = frozenset({"Country", "Province", "City", "District", "County"})  # kg:regionLevel of the administrative divisions


@dataclass(frozen=True)
class Vocab:
    concepts: Mapping[str, Concept]  # by IRI
    by_surface: Mapping[str, Concept]
    variants: tuple[tuple[str, str], ...]  # (Taiwan form after t2s, mainland form)
    local: Mapping[str, tuple[Concept, ...]] = field(default_factory=dict)  # hidden label → the local regions it names (ent18c)

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, Concept]]:
        """Leftmost-longest vocabulary hits in text[start:end] as (start, end, concept)."""
        if self._surfaces:
            for index, hit_start, hit_end in self._matcher.find_matches_as_indexes(text[start:end]):
                yield start + hit_start, start + hit_end, self.by_surface[self._surfaces[index]]

    @cached_property
    def _surfaces(self) -> tuple[str, ...]:
        return tuple(sorted(self.by_surface))

    @cached_property
    def _matcher(self) -> Any:
        """Aho-Corasick over every surface (ahocorasick-rs): one pass over the text whatever the
        vocabulary's size, where an alternation of 1,700 surfaces tried each at every character
        (a twentieth of the extraction time)."""
        import ahocorasick_rs

        return ahocorasick_rs.AhoCorasick(self._surfaces, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (to a worker) without the automaton, which cannot be: each process builds its own."""
        return {name: value for name, value in self.__dict__.items() if name != "_matcher"}

    def of_type(self, type_: str) -> list[Concept]:
        return [c for c in self.concepts.values() if c.type == type_]

    def by_label(self, label: str) -> Concept | None:
        return self.by_surface.get(label)

    def place_inside(self, name: str) -> Concept | None:
        """The division a zone's name places it in: the innermost it writes (中国(山东)自由贸易试验区济南片区 → 济南市),
        the first of two side by side (宁波杭州湾新区 → 宁波市: 杭州湾 is a bay); None where it names none. Divisions
        only: a zone it also names is no parent the gazetteer can vouch for."""
        inside = [c for start, end, c in self.find(name) if c.type == "Region" and c.level in DIVISIONS and (start, end) != (0, len(name))]
        inner = [c for c in inside if not any(c.iri in self.ancestors(o) for o in inside)]  # 山东省 holds 济南市
        return inner[0] if inner else None

    def ancestors(self, concept: Concept) -> set[str]:
        """The IRIs of every region a region lies in (中国 for 杭州市, through 浙江省)."""
        seen: set[str] = set()
        todo = list(concept.part_of)
        while todo:
            iri = todo.pop()
            if iri not in seen and iri in self.concepts:
                seen.add(iri)
                todo.extend(self.concepts[iri].part_of)
        return seen

    def own_scope(self, place: str | None) -> frozenset[str]:
        """The regions a document of place lets a local name fall under: the place and, for a district or county, its
        city (a 南山区 document naming 福田区); empty for the country or an unknown place."""
        concept = self.by_label(place) if place else None
        if concept is None or concept.type != "Region" or not concept.part_of:
            return frozenset()
        return frozenset({concept.iri, *(concept.part_of if concept.level in ("District", "County") else ())})

    def local_region(self, name: str, place: str | None) -> Concept | None:
        """The one local region a bare name (鼓楼区, 东区) names in a document of place (南京市, 嘉义市), or None; a
        name only one region bears (攸县) names it anywhere."""
        named = self.local.get(name, ())
        scope = self.own_scope(place) if len(named) > 1 else frozenset()
        fits = named if len(named) == 1 else [c for c in named if c.part_of and c.part_of[0] in scope]
        return fits[0] if len(fits) == 1 else None

    def _local_parents(self, name: str, names: set[str]) -> list[Concept]:
        """The parent of a local region's name (kg.extract.localplaces): its one region's, or the one the named places hold."""
        parents = [self.concepts[c.part_of[0]] for c in self.local.get(name, ()) if c.part_of and c.part_of[0] in self.concepts]
        return parents if len(parents) == 1 else [p for p in parents if p.label in names]

    def region_parents(self, names: set[str]) -> list[tuple[str, str | None]]:
        """(child, parent) for the named regions and all their ancestors, parent None at the top."""
        pairs: set[tuple[str, str | None]] = set()
        todo = [c for c in map(self.by_label, names) if c is not None and c.type == "Region"]
        for name in names:
            local = self._local_parents(name, names)
            if self.by_label(name) is None and len(local) == 1:
                todo.append(local[0])  # 攸县 → 株洲市; 鼓楼区 → 南京市 where 南京市 is named and 福州市 is not (ent18c)
                pairs.add((name, local[0].label))
            elif self.by_label(name) is None and (place := self.place_inside(name)) is not None:
                pairs.add((name, place.label))  # 济南新旧动能转换起步区 → 济南市: a zone found by its grammar (ent16c)
                todo.append(place)
        while todo:
            concept = todo.pop()
            parents = [self.concepts[p] for p in concept.part_of if p in self.concepts]
            found: list[tuple[str, str | None]] = [(concept.label, p.label) for p in parents]
            for pair in found or [(concept.label, None)]:
                if pair not in pairs:
                    pairs.add(pair)
                    todo.extend(parents)
        return sorted(pairs, key=lambda pair: (pair[0], pair[1] or ""))


VARIANTS_SCHEME = URIRef("https://w3id.org/policy-kg/vocab/variants")
CUES_SCHEME = URIRef("https://w3id.org/policy-kg/vocab/cues")


def cue_words(data: bytes | None = None) -> dict[str, tuple[str, ...]]:
    """The cue words of ontology/cues.ttl by list name (skos:notation): {"level": ("国家级", …)}.

    RDF keeps no order, so each list is longest first, then by code point: an alternation built
    from it prefers the longer word (国家级 before 国家, 不少于 before 不少).
    """
    return cue_data(data)[0]


def cue_data(data: bytes | None = None) -> tuple[dict[str, tuple[str, ...]], dict[str, dict[str, str]]]:
    """ontology/cues.ttl parsed once: the word lists (see `cue_words`), and the rewrites of the lists
    whose concepts carry a skos:prefLabel, each short form (altLabel) → its full form (prefLabel):
    {"agency_full_form": {"科技局": "科学技术局", …}}. Concepts sharing a notation make one list."""
    if data is None:
        data = shipped.ontology().joinpath("cues.ttl").read_bytes()
    graph = _statements(_parse("ontology/cues.ttl", data))
    found: dict[str, set[str]] = {}
    pairs: dict[str, dict[str, str]] = {}
    for concept in _subjects(graph, _IN_SCHEME, str(CUES_SCHEME)):
        notations = sorted(term.value for term in _objects(graph, concept, _NOTATION))
        if not notations:
            raise KgError("ontology/cues.ttl", f"<{concept}> has no skos:notation (the list it belongs to)")
        name = notations[0]
        words = {term.value for term in _objects(graph, concept, _ALT_LABEL) if _is_zh(term)}
        found.setdefault(name, set()).update(words)
        full = [term.value for term in _objects(graph, concept, _PREF_LABEL) if _is_zh(term)]
        if full:
            pairs.setdefault(name, {}).update({word: full[0] for word in words})
    lists = {name: tuple(sorted(words, key=lambda w: (-len(w), w))) for name, words in found.items()}
    return lists, pairs


def load(files: Mapping[str, bytes] | None = None) -> Vocab:
    """Read the vocabularies (default: the ones shipped with the code, kg.shipped)."""
    triples = [t for name, data in sorted((files if files is not None else shipped_files()).items()) for t in _parse(name, data)]
    return _vocab(_statements(triples))


def shipped_files() -> dict[str, bytes]:
    folder = shipped.ontology().joinpath("vocab")
    return {f"ontology/vocab/{p.name}": p.read_bytes() for p in folder.iterdir() if p.name.endswith(".ttl")}


def from_graph(graph: Graph) -> Vocab:
    """The vocabulary an rdflib graph holds (tests write small ones in Turtle)."""
    from kg.rdf.formats import to_ox

    return _vocab(_statements(ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph))  # type: ignore[arg-type]


# ---- reading the Turtle: pyoxigraph, then plain dicts -----------------------------------------------
# 3,600 concepts: rdflib took 1.5 s to parse and index them, in the build and again in every worker.

_Term = Union[ox.NamedNode, ox.BlankNode, ox.Literal]
_Statements = dict[str, dict[str, dict[_Term, None]]]  # subject → predicate → objects (a set, in order)
_TYPE, _IN_SCHEME, _NOTATION = str(RDF.type), str(SKOS.inScheme), str(SKOS.notation)
_PREF_LABEL, _ALT_LABEL, _BROADER = str(SKOS.prefLabel), str(SKOS.altLabel), str(SKOS.broader)
_HIDDEN_LABEL = str(SKOS.hiddenLabel)


def _parse(name: str, data: bytes) -> list[ox.Triple]:
    try:
        return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=ox.RdfFormat.TURTLE)]
    except (SyntaxError, ValueError) as error:
        raise KgError(name, f"not valid Turtle ({str(error).splitlines()[0]})") from error


def _statements(triples: Iterable[ox.Triple]) -> _Statements:
    graph: _Statements = {}
    for triple in triples:
        if isinstance(triple.subject, ox.NamedNode) and not isinstance(triple.object, ox.Triple):
            graph.setdefault(triple.subject.value, {}).setdefault(triple.predicate.value, {})[triple.object] = None
    return graph


def _objects(graph: _Statements, subject: str, predicate: str) -> list[_Term]:
    return list(graph.get(subject, {}).get(predicate, ()))


def _subjects(graph: _Statements, predicate: str, value: str) -> list[str]:
    return sorted(s for s, properties in graph.items() if any(o.value == value and isinstance(o, ox.NamedNode) for o in properties.get(predicate, ())))


def _vocab(graph: _Statements) -> Vocab:
    concepts: dict[str, Concept] = {}
    for type_ in ENTITY_TYPES:
        for iri in _subjects(graph, _TYPE, str(KG[type_])):
            concepts[iri] = _concept(graph, iri, type_)
    by_surface: dict[str, Concept] = {}
    local: dict[str, tuple[Concept, ...]] = {}
    for concept in sorted(concepts.values(), key=lambda c: c.iri):
        if hidden := [h.value for h in _objects(graph, concept.iri, _HIDDEN_LABEL) if _is_zh(h)]:
            for name in hidden:  # 南京市鼓楼区: matched by its name alone only where the document's place resolves it
                local[name] = (*local.get(name, ()), concept)
            continue
        for surface in (concept.label, *concept.aliases):
            other = by_surface.setdefault(surface, concept)
            if other is not concept:
                raise KgError("ontology/vocab", f"'{surface}' names both <{other.iri}> and <{concept.iri}>")
    variants = tuple(
        sorted(
            (alt.value, _zh(graph, concept, _PREF_LABEL))
            for concept in _subjects(graph, _IN_SCHEME, str(VARIANTS_SCHEME))
            for alt in _objects(graph, concept, _ALT_LABEL)
        )
    )
    return Vocab(concepts=concepts, by_surface=by_surface, variants=variants, local=local)


def _concept(graph: _Statements, iri: str, type_: str) -> Concept:
    level = _objects(graph, iri, str(KG.regionLevel))
    return Concept(
        iri=iri,
        type=type_,
        label=_zh(graph, iri, _PREF_LABEL),
        aliases=tuple(sorted(a.value for a in _objects(graph, iri, _ALT_LABEL) if _is_zh(a))),
        broader=tuple(sorted(b.value for b in _objects(graph, iri, _BROADER))),
        part_of=tuple(sorted(p.value for p in _objects(graph, iri, str(KG.partOf)))),
        level=min(term.value for term in level).rsplit("#", 1)[-1] if level else None,
        code=min((n.value for n in _objects(graph, iri, _NOTATION)), default=None),
    )


def _zh(graph: _Statements, iri: str, predicate: str) -> str:
    labels = sorted(label.value for label in _objects(graph, iri, predicate) if _is_zh(label))
    if not labels:
        raise KgError("ontology/vocab", f"<{iri}> has no Chinese <{predicate}>")
    return labels[0]


def _is_zh(label: object) -> bool:
    return isinstance(label, ox.Literal) and (label.language or "").lower().startswith("zh")
