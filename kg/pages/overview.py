"""Step 6b (bounded overview): a pyoxigraph Store → an overview whose size does not grow with the corpus.

Above `LIMIT` drawn nodes the overview (kg.pages.views.overview draws every document and entity)
stops being readable and stops drawing: 10,062 nodes and 396k edges at 5,000 documents. The bounded
overview draws instead
- groups of documents (kg.pages.groups: by jurisdiction, rolled up the region hierarchy, or by
  community), as hubs sized by how many documents they stand for;
- the entities named by the most documents (top-N by document count, `kg:mentions`), sized by it;
- an edge from a group to an entity its documents name, weighted by how many of them do, for the
  `EDGES_PER_ENTITY` groups naming each entity most;
never more than `limit` nodes whatever the corpus. Every count is a SPARQL aggregate (GROUP BY,
COUNT) over the store (kg.rdf.store.dataset says how to read its graphs), so the on-disk
store of a 10,000-document build is never loaded into Python objects.

`search_index` lists every entity and document, drawn or not, for the page's search box.
"""

from __future__ import annotations

import math
from collections import defaultdict

import pyoxigraph as ox

from kg.analyze.source import select
from kg.pages import groups as grouping
from kg.pages.views import GROUP, GROUP_COLOUR, NODE_COLOURS, NODE_SHAPES, OTHER, RELATIONS, View, node_id

LIMIT = 1500  # drawn nodes; above it kg build draws the bounded overview
MAX_GROUPS = 40
EDGES_PER_ENTITY = 3  # the groups an entity is most characteristic of (the share of their documents naming it)
GROUPS_LISTED = 8  # in an entity's panel
MAX_TITLE = 60  # characters of a document title in the search index

_SIZE = """
SELECT (COUNT(DISTINCT ?doc) AS ?docs) (COUNT(DISTINCT ?entity) AS ?entities) WHERE {
  ?doc a kg:PolicyDocument . OPTIONAL { ?doc kg:mentions ?entity }
}"""

_DOCUMENT_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?doc a kg:PolicyDocument }"

_TOP = """
SELECT ?entity (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?doc kg:mentions ?entity . %s }
GROUP BY ?entity ORDER BY DESC(?n) STR(?entity) LIMIT %d"""

_NAMES = """
SELECT ?entity (MIN(STR(?name)) AS ?label) (MIN(STR(?class)) AS ?type) WHERE {
  VALUES ?entity { %s }
  OPTIONAL { ?entity skos:prefLabel ?name }
  OPTIONAL { ?entity a ?class FILTER(STRSTARTS(STR(?class), STR(kg:))) }
} GROUP BY ?entity"""

# Documents are counted in their group: by their region for the regions, by themselves for
# communities. Every entity is counted and the top ones kept in Python: restricting ?entity with a
# VALUES block of 1,400 IRIs made pyoxigraph's plan 50x slower (62 s against 1.2 s at 10k documents).
_BY_REGION = """
SELECT ?group ?entity (COUNT(DISTINCT ?doc) AS ?n) WHERE {
  VALUES (?region ?group) { %s }
  ?doc kg:jurisdiction ?region ; kg:mentions ?entity .
} GROUP BY ?group ?entity"""

_BY_DOCUMENT = """
SELECT ?group ?entity (COUNT(DISTINCT ?doc) AS ?n) WHERE {
  VALUES (?doc ?group) { %s }
  ?doc kg:mentions ?entity .
} GROUP BY ?group ?entity"""

# Every entity named, then the names and types of everything labelled, joined here: with the two
# OPTIONALs in the first query, pyoxigraph took 38 s at 10,000 documents, apart 10 s. One document
# per entity is a SAMPLE, not MIN(STR(?doc)): STR spells out every document IRI of 325,000 mentions
# (6.5 s against 0.3 s at 10,000 documents). pyoxigraph samples the first in its index order, which
# the quads alone decide, so the same graph gives the same page.
_EVERY_ENTITY = """
SELECT ?entity (COUNT(DISTINCT ?doc) AS ?n) (SAMPLE(?doc) AS ?sample) WHERE {
  ?doc kg:mentions ?entity .
} GROUP BY ?entity"""
_EVERY_LABEL = """
SELECT ?entity (MIN(STR(?name)) AS ?label) (MIN(STR(?class)) AS ?type) WHERE {
  ?entity skos:prefLabel ?name .
  OPTIONAL { ?entity a ?class FILTER(STRSTARTS(STR(?class), STR(kg:))) }
} GROUP BY ?entity"""


def size(store: ox.Store) -> int:
    """How many nodes the full overview would draw: documents plus the entities they name."""
    (row,) = select(store, _SIZE)
    return int(row.get("docs", 0)) + int(row.get("entities", 0))


def fits(store: ox.Store, limit: int = LIMIT) -> bool:
    """Whether the full overview draws at most limit nodes. The documents alone are counted first: a
    large build is settled by them (0.01 s at 10,000 documents, counting the entities took 1–4 s)."""
    (row,) = select(store, _DOCUMENT_COUNT)
    return int(row.get("n", 0)) <= limit and size(store) <= limit


def bounded_overview(store: ox.Store, limit: int = LIMIT, title: str = "policy-kg", kind: str | None = None) -> View:
    """Groups of documents and the entities most shared across them (of one type if `kind`): at most `limit` nodes."""
    return Bounded(store, groups_for(limit)).view(limit, title, kind)


def bounded(store: ox.Store, limit: int = LIMIT, title: str = "policy-kg") -> tuple[View, dict]:
    """The bounded overview and its search index (`search_index`), grouping the documents once."""
    drawn = Bounded(store, groups_for(limit))
    return drawn.view(limit, title), drawn.index()


def groups_for(limit: int) -> int:
    """Groups drawn in a view of `limit` nodes: at most MAX_GROUPS, so that each can carry a label one
    can read when the whole ring is on one screen: boxes side by side on a ring shrink on screen as
    their number grows, whatever their font (150 made a ring 7,000 px across of unreadable boxes)."""
    return max(1, min(MAX_GROUPS, limit // 25))


class Bounded:
    """The documents of a store grouped once (kg.pages.groups), and the bounded views drawn from that:
    the overview, a type's view, the search index; the counts per group are selected once for all."""

    def __init__(self, store: ox.Store, max_groups: int = MAX_GROUPS) -> None:
        self.store = store
        self.found = grouping.group(store, max_groups)
        self._counts: dict[str, dict[str, int]] | None = None

    def counts(self) -> dict[str, dict[str, int]]:
        if self._counts is None:
            self._counts = _group_counts(self.store, self.found)
        return self._counts

    def view(self, limit: int = LIMIT, title: str = "policy-kg", kind: str | None = None) -> View:
        return _view(self.store, self.found, limit, title, kind, self.counts())

    def index(self) -> dict:
        return search_index(self.store, self.found)


def _view(store: ox.Store, found: grouping.Grouping, limit: int, title: str, kind: str | None, counts: dict[str, dict[str, int]]) -> View:
    budget = max(0, limit - len(found.groups))
    typed = f"?entity a kg:{kind} ." if kind in NODE_COLOURS else ""
    top = {row["entity"]: int(row["n"]) for row in select(store, _TOP % (typed, budget))} if budget else {}
    names = _names(store, sorted(top))
    # The ring follows the region hierarchy (a province's cities side by side), communities last.
    ring = {g.key: i for i, g in enumerate(sorted(found.groups, key=lambda g: (g.path, g.key)))}
    group_nodes = [{**_group_node(g, found), "ring": ring[g.key]} for g in found.groups]
    labels = {g.key: g.label for g in found.groups}
    sizes = {g.key: len(g.docs) for g in found.groups}
    entity_nodes, edges, linked = [], [], set()
    biggest = max(top.values(), default=1)
    for entity in sorted(top):
        label, type_ = names.get(entity, (entity.rsplit("/", 1)[-1], OTHER))
        per_group = sorted(counts.get(entity, {}).items(), key=lambda kv: (-kv[1], kv[0]))
        entity_nodes.append(_entity_node(type_, label, top[entity], biggest, [(labels[g], n) for g, n in per_group]))
        # Linked where it is characteristic, not merely where the documents are many: by share,
        # among groups where at least two documents name it (one when none has two).
        floor = 2 if any(n >= 2 for _, n in per_group) else 1
        linked_to = sorted(((k, n) for k, n in per_group if n >= floor), key=lambda kv: (-kv[1] / sizes[kv[0]], -kv[1], kv[0]))
        for key, n in linked_to[:EDGES_PER_ENTITY]:
            edges.append(_edge(key, labels[key], type_, label, n, sizes[key]))
            linked.add(node_id(GROUP, key))
    if typed:  # a type's view: only the groups naming its entities
        group_nodes = [n for n in group_nodes if n["id"] in linked]
    nodes = sorted(group_nodes + entity_nodes, key=lambda n: (n["kind"] != GROUP, n["id"]))
    edges.sort(key=lambda e: (e["from"], e["to"]))
    shown = f"{len(found.docs)} documents in {len(found.groups)} groups"
    return View(f"{title} · {shown}", tuple(nodes), tuple(edges), shown)


def search_index(store: ox.Store, found: grouping.Grouping) -> dict:
    """Every entity and document, drawn or not, compactly: what the page's search falls back on.

    {"types": [type…], "groups": [[label, node id]…], "documents": [[title, stem, group]…],
    "entities": [[label, type, documents, [document…]]…]}; type, group and document are positions
    in their lists, and an entity names one of its documents.
    """
    group_ids = [g.key for g in found.groups]
    group_at = {key: i for i, key in enumerate(group_ids)}
    documents = sorted(found.docs.values(), key=lambda d: d.stem)
    doc_at = {d.iri: i for i, d in enumerate(documents)}
    labels = {row["entity"]: row for row in select(store, _EVERY_LABEL)}
    rows = [{**labels.get(row["entity"], {}), **row} for row in select(store, _EVERY_ENTITY)]
    types = sorted({_local(str(row.get("type") or OTHER)) for row in rows})
    type_at = {t: i for i, t in enumerate(types)}
    ranked: list[tuple[int, str, int, list[int]]] = sorted(
        (-int(row["n"]), str(row.get("label") or row["entity"].rsplit("/", 1)[-1]), type_at[_local(str(row.get("type") or OTHER))],
         [doc_at[row["sample"]]] if row["sample"] in doc_at else []) for row in rows)
    entities = [[label, kind, -minus_n, docs] for minus_n, label, kind, docs in ranked]
    return {
        "types": types,
        "groups": [[g.label, node_id(GROUP, g.key)] for g in found.groups],
        "documents": [[_short(d.title), d.stem, group_at.get(found.group_of.get(d.iri, ""), -1)] for d in documents],
        "entities": entities,
    }


def _names(store: ox.Store, entities: list[str]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(entities, 2000):
        for row in select(store, _NAMES % " ".join(_iri(e) for e in chunk)):
            kind = _local(str(row.get("type") or OTHER))
            out[row["entity"]] = (str(row.get("label") or row["entity"].rsplit("/", 1)[-1]), kind if kind in NODE_COLOURS else OTHER)
    return out


def _group_counts(store: ox.Store, found: grouping.Grouping) -> dict[str, dict[str, int]]:
    """{entity: {group key: documents of the group naming it}}, by two aggregate queries."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    regions = [(iri, g.key) for g in found.groups if g.kind != "community" for iri in g.region_iris]
    unplaced = [(doc, g.key) for g in found.groups if g.kind == "community" for doc in g.docs]
    for query, pairs in ((_BY_REGION, regions), (_BY_DOCUMENT, unplaced)):
        for chunk in _chunks(pairs, 5000):
            if not chunk:
                continue
            table = " ".join(f"({_iri(a)} {_string(b)})" for a, b in chunk)
            for row in select(store, query % table):
                counts[row["entity"]][row["group"]] = counts[row["entity"]].get(row["group"], 0) + int(row["n"])
    return counts


def _group_node(group: grouping.Group, found: grouping.Grouping) -> dict:
    n = len(group.docs)
    titles = sorted(found.docs[d].title for d in group.docs)
    lines = [f"documents: {n}"]
    if len(group.regions) > 1:
        lines.append("regions: " + " · ".join(group.regions[:20]) + (" …" if len(group.regions) > 20 else ""))
    lines += [f"  {t}" for t in titles[:8]] + ([f"  … and {n - 8} more"] if n > 8 else [])
    label = f"{group.label}\n{n}"
    # Big enough to read when the whole picture is fitted to a screen (the ring is ~5,000 px across).
    scale = 24 + round(10 * math.log2(n + 1))
    return {
        "id": node_id(GROUP, group.key),
        "kind": GROUP,
        "label": label,
        "title": "\n".join([f"{group.kind} · {group.label}", *lines]),
        "info": {"heading": group.label, "kind": f"{GROUP} · {group.kind}", "lines": lines, "evidence": [], "documents": n},
        "shape": "box",
        "color": {"background": GROUP_COLOUR, "border": GROUP_COLOUR,
                  "highlight": {"background": "#2e5aa8", "border": "#000000"},
                  "hover": {"background": "#2e5aa8", "border": "#000000"}},
        "font": {"color": "#ffffff", "size": scale},
        "margin": 6 + scale // 3,
        "widthConstraint": {"maximum": 8 * scale},
        "borderWidth": 2,
    }


def _entity_node(kind: str, label: str, n: int, biggest: int, per_group: list[tuple[str, int]]) -> dict:
    colour = NODE_COLOURS.get(kind, NODE_COLOURS[OTHER])
    weight = math.sqrt(n / biggest)
    lines = [f"documents: {n}", "by group:"] + [f"  {g}: {k}" for g, k in per_group[:GROUPS_LISTED]]
    if len(per_group) > GROUPS_LISTED:
        lines.append(f"  … and {len(per_group) - GROUPS_LISTED} more groups")
    return {
        "id": node_id(kind, label),
        "kind": kind,
        "label": label,
        "title": f"{kind} · {label}\n{lines[0]}\n(click for its groups)",
        "info": {"heading": f"{kind} · {label}", "kind": kind, "lines": lines, "evidence": [], "documents": n},
        "shape": NODE_SHAPES.get(kind, "dot"),
        "size": round(8 + 40 * weight),
        "borderWidth": 3 if n >= 2 else 1,
        "color": {"background": colour, "border": "#222222",
                  "highlight": {"background": colour, "border": "#000000"},
                  "hover": {"background": colour, "border": "#000000"}},
        "font": {"size": round(14 + 80 * weight), "color": "#111111", "strokeWidth": 4, "strokeColor": "#ffffff"},
        "shared": n >= 2,
    }


def _edge(group: str, group_label: str, kind: str, label: str, n: int, members: int) -> dict:
    colour = RELATIONS["mentions"]
    heading = f"{group_label} → {label}"
    source, target = node_id(GROUP, group), node_id(kind, label)
    # Lean: 5,000 edges; no tooltip (the panel says it on a click), no arrows (always group → entity).
    return {
        "id": "e" + node_id("edge", f"{source}\x1f{target}")[1:],
        "from": source,
        "to": target,
        "relation": "mentions",
        "info": {"heading": heading, "kind": "mentions", "lines": [f"{n} / {members} documents"], "evidence": [], "facts": []},
        "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.6},
        "width": min(1 + round(math.log2(n)), 8),
    }


def _iri(value: str) -> str:
    return "<" + "".join(c if c not in '<>"{}|^`\\ ' and ord(c) > 0x20 else f"%{ord(c):02X}" for c in value) + ">"


def _string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def _local(type_iri: str) -> str:
    return type_iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _short(text: str) -> str:
    return text if len(text) <= MAX_TITLE else text[: MAX_TITLE - 1] + "…"


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]
