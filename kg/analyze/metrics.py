"""Step 6a: the built graph → NetworkX projections → cross-document metrics as plain rows.

Two projections are selected from the RDF graph with SPARQL, run by kg.rdf.sparql (rdflib's check,
pyoxigraph's answer; an rdflib Graph is copied into a pyoxigraph Store once) (`kg:mentions`, `kg:supports`,
`kg:targets/kg:entity`, `kg:funds/kg:entity`, `skos:prefLabel`, `rdf:type`):

* the **document–entity graph** (bipartite): one node per `kg:PolicyDocument` (attributes
  `kind="document"`, `source`, `title`) and per entity (`kind="entity"`, `label`, `type`); an
  edge joins a document to an entity it names, with `relations`, the sorted tuple of the ways it
  names it (`mentions`, `supports`, `targets`, `funds`);
* the **co-occurrence graph**: entities only; two entities are joined when one document names
  both, with `weight` the number of documents that do (`documents` lists their file names).

Everything is keyed by IRI but shown by `dcterms:source` (the file name) and `dcterms:title`,
never by parsing an IRI. Every node and edge is inserted in sorted order and every randomised
algorithm is seeded, so the same graph gives the same numbers (networkx Louvain depends on
insertion order even with a seed). Functions return values; `kg.analyze.report` renders them and
`kg.rdf.formats` writes them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph

from kg.rdf import sparql

Source = Graph | ox.Store  # the built graph, read by rdflib or loaded by kg.rdf.sparql.load

RELATIONS = ("mentions", "supports", "targets", "funds")
LOUVAIN_SEED = 1

# Evidence quotes and offsets are W3C Web Annotation selector terms.
_QUOTE = "oa:exact"
_START = "oa:start"

_DOCUMENTS = """
SELECT ?doc ?source ?title ?jurisdiction WHERE {
  ?doc a kg:PolicyDocument ; dcterms:source ?source .
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc kg:jurisdiction ?region . OPTIONAL { ?region skos:prefLabel ?regionLabel } }
  BIND(COALESCE(?regionLabel, "") AS ?jurisdiction)
}"""

_EDGES = """
SELECT DISTINCT ?doc ?relation ?entity ?label ?type WHERE {
  { ?doc kg:mentions ?entity . BIND("mentions" AS ?relation) }
  UNION { ?doc kg:supports ?entity . BIND("supports" AS ?relation) }
  UNION { ?doc kg:targets/kg:entity ?entity . BIND("targets" AS ?relation) }
  UNION { ?doc kg:funds/kg:entity ?entity . BIND("funds" AS ?relation) }
  ?doc a kg:PolicyDocument .
  ?entity skos:prefLabel ?label ; a ?type .
  FILTER(STRSTARTS(STR(?type), STR(kg:)))
}"""

_MENTION_QUOTES = f"""
SELECT ?doc ?entity ?quote ?start WHERE {{
  ?mention a kg:Mention ; kg:inDocument ?doc ; kg:entity ?entity ; kg:evidence ?evidence .
  ?evidence {_QUOTE} ?quote .
  OPTIONAL {{ ?evidence {_START} ?start }}
}}"""

_FUNDING = f"""
SELECT ?doc ?recipient ?level ?amount ?cap ?ratio ?quote WHERE {{
  ?doc kg:funds ?funding .
  ?funding kg:recipient ?recipient ; kg:evidence/{_QUOTE} ?quote .
  OPTIONAL {{ ?funding kg:level ?level }}
  OPTIONAL {{ ?funding kg:amountCNY ?amount }}
  OPTIONAL {{ ?funding kg:cap ?cap }}
  OPTIONAL {{ ?funding kg:ratio ?ratio }}
}}"""

_TARGETS = f"""
SELECT ?doc ?subject ?year ?value ?valueMax ?unit ?quote WHERE {{
  ?doc kg:targets ?target .
  ?target kg:subject ?subject ; kg:evidence/{_QUOTE} ?quote .
  OPTIONAL {{ ?target kg:year ?year }}
  OPTIONAL {{ ?target kg:value ?value }}
  OPTIONAL {{ ?target kg:valueMax ?valueMax }}
  OPTIONAL {{ ?target kg:unit ?unit }}
}}"""


@dataclass(frozen=True, slots=True)
class Doc:
    """A document as the report shows it: its file name, title and jurisdictions."""

    iri: str
    source: str
    title: str
    jurisdictions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Projection:
    """The two NetworkX views of one RDF graph, plus what the report needs to point back to the text."""

    docs: dict[str, Doc]
    bipartite: nx.Graph
    cooccurrence: nx.Graph
    quotes: dict[tuple[str, str], str] = field(default_factory=dict)  # (doc IRI, entity IRI) → first quote


def _select(store: ox.Store, query: str) -> list[dict[str, Any]]:
    """The rows of one of our SELECT queries, unbound variables left out, literals as Python values.

    In this process (`execute`, not `run`): these queries are ours, not a user's, so no time limit
    or row cap applies."""
    result = sparql.execute(store, query, max_rows=_ALL, max_bytes=_ALL)
    return [{name: _python(term) for name, term in zip(result.variables, row) if term is not None} for row in result.rows]


_ALL = 2**62
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {_XSD + name for name in ("integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger",
                                       "long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
_FLOATS = {_XSD + "decimal", _XSD + "double", _XSD + "float"}


def _python(term: tuple[Any, ...]) -> Any:
    """A term as the report shows it: numbers and booleans as such (decimals as floats), the rest as text."""
    if term[0] != "literal":
        return term[1]
    lexical, datatype = term[1], term[2]
    try:
        if datatype in _INTEGERS:
            return int(lexical)
        if datatype in _FLOATS:
            return float(lexical)
    except ValueError:  # an ill-typed literal stays text
        return lexical
    if datatype == _XSD + "boolean":
        return lexical in ("true", "1")
    return lexical


def _store(source: Source) -> ox.Store:
    return source if isinstance(source, ox.Store) else sparql.from_graph(source)


def project(source: Source) -> Projection:
    """Selects documents, entities and their links with SPARQL and builds both NetworkX graphs."""
    graph = _store(source)
    docs_rows = _select(graph, _DOCUMENTS)
    jurisdictions: dict[str, set[str]] = defaultdict(set)
    for row in docs_rows:
        if row["jurisdiction"]:
            jurisdictions[row["doc"]].add(row["jurisdiction"])
    docs = {
        row["doc"]: Doc(row["doc"], row["source"], row.get("title") or "", tuple(sorted(jurisdictions[row["doc"]])))
        for row in sorted(docs_rows, key=lambda r: (r["source"], r["doc"]))
    }
    entities: dict[str, tuple[str, str]] = {}
    relations: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in _select(graph, _EDGES):
        if row["doc"] not in docs:
            continue
        entities[row["entity"]] = min(entities.get(row["entity"], (row["label"], _local(row["type"]))), (row["label"], _local(row["type"])))
        relations[(row["doc"], row["entity"])].add(row["relation"])

    bipartite = nx.Graph()
    for iri, doc in sorted(docs.items()):
        bipartite.add_node(iri, kind="document", source=doc.source, title=doc.title)
    for iri, (label, type_) in sorted(entities.items()):
        bipartite.add_node(iri, kind="entity", label=label, type=type_)
    for (doc_iri, entity), rels in sorted(relations.items()):
        bipartite.add_edge(doc_iri, entity, relations=tuple(r for r in RELATIONS if r in rels))

    quotes: dict[tuple[str, str], tuple[int, str]] = {}
    for row in _select(graph, _MENTION_QUOTES):
        key = (row["doc"], row["entity"])
        candidate = (int(row.get("start") or 0), row["quote"])
        if key not in quotes or candidate < quotes[key]:
            quotes[key] = candidate
    return Projection(docs, bipartite, cooccurrence(bipartite), {k: v[1] for k, v in sorted(quotes.items())})


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def cooccurrence(bipartite: nx.Graph) -> nx.Graph:
    """Entities joined when a document names both; weight = number of such documents."""
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for doc in sorted(n for n, kind in bipartite.nodes(data="kind") if kind == "document"):
        for a, b in combinations(sorted(bipartite[doc]), 2):
            shared[(a, b)].append(bipartite.nodes[doc]["source"])
    graph = nx.Graph()
    for node in sorted(n for n, kind in bipartite.nodes(data="kind") if kind == "entity"):
        graph.add_node(node, **bipartite.nodes[node])
    for (a, b), sources in sorted(shared.items()):
        graph.add_edge(a, b, weight=len(sources), documents=tuple(sorted(sources)))
    return graph


def documents_of(p: Projection, entity: str) -> list[str]:
    """File names of the documents that name an entity, sorted."""
    return sorted(p.docs[d].source for d in p.bipartite[entity])


def _entity_row(p: Projection, entity: str) -> dict[str, Any]:
    node = p.bipartite.nodes[entity]
    return {"entity": node["label"], "type": node["type"], "iri": entity}


def cross_document(p: Projection) -> list[dict[str, Any]]:
    """Entities named by two or more documents, most documents first, with a quote from each."""
    rows = []
    for entity in p.cooccurrence:
        docs = sorted(p.bipartite[entity], key=lambda d: p.docs[d].source)
        if len(docs) < 2:
            continue
        evidence = [{"document": p.docs[d].source, "relations": list(p.bipartite.edges[d, entity]["relations"]), "quote": p.quotes.get((d, entity), "")} for d in docs]
        rows.append({**_entity_row(p, entity), "documents": len(docs), "evidence": evidence})
    return sorted(rows, key=lambda r: (-r["documents"], r["type"], r["entity"], r["iri"]))


MEASURES = {
    "degree": "how many other entities share a document with it (normalised to 0–1)",
    "weighted_degree": "the same, counting each shared document: the sum of co-occurrence weights",
    "betweenness": "how often it lies on the shortest path between two other entities (exact, normalised): a bridge between documents",
    "pagerank": "the chance a random walk along weighted co-occurrences stands on it: named alongside many well-connected entities",
}


def centrality(p: Projection) -> list[dict[str, Any]]:
    """Degree, weighted degree, exact betweenness and PageRank of every entity in the co-occurrence graph."""
    g = p.cooccurrence
    if not len(g):
        return []
    degree = nx.degree_centrality(g)
    weighted = dict(g.degree(weight="weight"))
    betweenness = nx.betweenness_centrality(g, normalized=True)  # exact: k=None visits every source
    pagerank = nx.pagerank(g, weight="weight") if g.number_of_edges() else {n: 1 / len(g) for n in g}
    rows = [
        {
            **_entity_row(p, n),
            "documents": documents_of(p, n),
            "degree": round(degree[n], 6),
            "weighted_degree": weighted[n],
            "betweenness": round(betweenness[n], 6),
            "pagerank": round(pagerank[n], 6),
        }
        for n in g
    ]
    return sorted(rows, key=lambda r: (-r["pagerank"], -r["weighted_degree"], r["type"], r["entity"], r["iri"]))


def communities(p: Projection) -> list[dict[str, Any]]:
    """Louvain communities (seed 1) of the weighted co-occurrence graph, largest first."""
    g = p.cooccurrence
    if not g.number_of_edges():
        return []
    found = nx.community.louvain_communities(g, weight="weight", seed=LOUVAIN_SEED)
    rows: list[dict[str, Any]] = []
    for members in found:
        ordered = sorted(members, key=lambda n: (-len(p.bipartite[n]), g.nodes[n]["type"], g.nodes[n]["label"], n))
        sources = sorted({p.docs[d].source for n in members for d in p.bipartite[n]})
        rows.append({"size": len(members), "members": [_entity_row(p, n) for n in ordered], "documents": sources})
    rows.sort(key=lambda r: (-r["size"], [m["iri"] for m in r["members"]]))
    return [{"community": i + 1, **row} for i, row in enumerate(rows)]


def similarity(p: Projection) -> dict[str, Any]:
    """Jaccard similarity of the documents' entity sets: |A ∩ B| / |A ∪ B| for every pair."""
    docs = sorted(p.docs, key=lambda d: p.docs[d].source)
    sets = {d: set(p.bipartite[d]) for d in docs}
    matrix = [[_jaccard(sets[a], sets[b]) for b in docs] for a in docs]
    pairs: list[dict[str, Any]] = [
        {"a": p.docs[a].source, "b": p.docs[b].source, "jaccard": _jaccard(sets[a], sets[b]), "shared": len(sets[a] & sets[b])}
        for a, b in combinations(docs, 2)
    ]
    pairs.sort(key=lambda r: (-r["jaccard"], r["a"], r["b"]))
    return {"documents": [p.docs[d].source for d in docs], "entities": [len(sets[d]) for d in docs], "matrix": matrix, "pairs": pairs}


def _jaccard(a: set[str], b: set[str]) -> float:
    union = a | b
    return round(len(a & b) / len(union), 6) if union else 0.0


def diffusion(p: Projection) -> list[dict[str, Any]]:
    """Each kg:Programme with the jurisdictions and documents that adopt it, most jurisdictions first."""
    rows = []
    for n, type_ in p.cooccurrence.nodes(data="type"):
        if type_ != "Programme":
            continue
        docs = [p.docs[d] for d in p.bipartite[n]]
        jurisdictions = sorted({j for d in docs for j in d.jurisdictions})
        evidence = [{"document": d.source, "quote": p.quotes.get((d.iri, n), "")} for d in sorted(docs, key=lambda d: d.source)]
        rows.append({**_entity_row(p, n), "jurisdictions": jurisdictions, "documents": [e["document"] for e in evidence], "evidence": evidence})
    return sorted(rows, key=lambda r: (-len(r["jurisdictions"]), -len(r["documents"]), r["entity"], r["iri"]))


def funding(graph: ox.Store, p: Projection) -> list[dict[str, Any]]:
    """Funding measures: recipient × level × jurisdiction with amount, cap, ratio and the quote."""
    rows: list[dict[str, Any]] = []
    for row in _select(graph, _FUNDING):
        doc = p.docs.get(row["doc"])
        if doc is None:
            continue
        rows.append(
            {
                "recipient": row["recipient"],
                "level": row.get("level") or "",
                "jurisdiction": "、".join(doc.jurisdictions),
                "amount_cny": row.get("amount"),
                "cap": row.get("cap"),
                "ratio": row.get("ratio"),
                "document": doc.source,
                "quote": row["quote"],
            }
        )
    key = lambda r: (r["recipient"], r["jurisdiction"], -(r["amount_cny"] or 0), r["level"], r["document"], str(r["ratio"]), r["quote"])  # noqa: E731
    return _unique(sorted(rows, key=key))


def targets(graph: ox.Store, p: Projection) -> list[dict[str, Any]]:
    """Targets with their year, jurisdiction, value, unit and quote; yearless targets last."""
    rows: list[dict[str, Any]] = []
    for row in _select(graph, _TARGETS):
        doc = p.docs.get(row["doc"])
        if doc is None:
            continue
        rows.append(
            {
                "year": int(str(row["year"])[:4]) if row.get("year") else None,
                "jurisdiction": "、".join(doc.jurisdictions),
                "subject": row["subject"],
                "value": row.get("value"),
                "value_max": row.get("valueMax"),
                "unit": row.get("unit") or "",
                "document": doc.source,
                "quote": row["quote"],
            }
        )
    key = lambda r: (r["year"] is None, r["year"] or 0, r["jurisdiction"], r["subject"], r["value"] or 0, r["document"], r["quote"])  # noqa: E731
    return _unique(sorted(rows, key=key))


def _unique(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for row in rows:
        key = repr(sorted(row.items()))
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def analyze(source: Source) -> dict[str, Any]:
    """Every analysis of one graph as plain, JSON-ready values (the content of report.json)."""
    graph = _store(source)
    p = project(graph)
    return {
        "summary": {
            "documents": len(p.docs),
            "entities": p.cooccurrence.number_of_nodes(),
            "document_entity_edges": p.bipartite.number_of_edges(),
            "cooccurrence_edges": p.cooccurrence.number_of_edges(),
        },
        "documents": [{"document": d.source, "title": d.title, "jurisdictions": list(d.jurisdictions)} for d in p.docs.values()],
        "cross_document_entities": cross_document(p),
        "measures": MEASURES,
        "centrality": centrality(p),
        "communities": communities(p),
        "similarity": similarity(p),
        "programme_diffusion": diffusion(p),
        "funding": funding(graph, p),
        "targets": targets(graph, p),
    }
