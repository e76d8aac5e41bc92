"""Step 7b (projection): rows of the built graph → the document–entity graph and the co-occurrence graph.

Two projections are selected with SPARQL (`kg:mentions`, `kg:supports`, `kg:targets/kg:entity`,
`kg:funds/kg:entity`, `skos:prefLabel`, `rdf:type`) through `kg.analyze.source.select`:

* the **document–entity graph** (bipartite): one node per `kg:PolicyDocument` (attributes
  `kind="document"`, `source`, `title`) and per entity (`kind="entity"`, `label`, `type`); an
  edge joins a document to an entity it names, with `relations`, the sorted tuple of the ways it
  names it (`mentions`, `supports`, `targets`, `funds`);
* the **co-occurrence graph**: entities only; two entities are joined when one document names
  both, with `weight` the number of documents that do (`shared_documents()` names them). It is
  one sparse product Bᵀ·B of the document × entity incidence matrix B (scipy.sparse), not a loop
  over every pair of entities of every document.

Each entity keeps the quote of its first mention in the first QUOTED documents (by file name) that
name it: what the report shows, and all a store can answer quickly (see `kg.analyze.source`).

Everything is keyed by IRI but shown by `dcterms:source` (the file name) and `dcterms:title`,
never by parsing an IRI. Every node and edge is inserted in sorted order, so the same graph gives
the same numbers (networkx Louvain depends on insertion order even with a seed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import numpy as np
import pyoxigraph as ox
from scipy import sparse

from kg.analyze.source import Source, document_graphs, in_graph, select, value

RELATIONS = ("mentions", "supports", "targets", "funds")

# Evidence quotes and offsets are W3C Web Annotation selector terms.
_QUOTE = "oa:exact"
_START = "oa:start"

# One simple pattern per query, joined here: on the store (the union of 10,000 graphs) the one query
# with OPTIONALs and a UNION of four relations took 9 s of CPU, these 2.5 s.
_DOCUMENTS = "SELECT ?doc ?source WHERE { ?doc a kg:PolicyDocument ; dcterms:source ?source }"
_TITLES = "SELECT ?doc ?title WHERE { ?doc dcterms:title ?title }"
_ISSUED = "SELECT ?doc ?issued WHERE { ?doc dcterms:issued ?issued }"
_JURISDICTIONS = "SELECT ?doc ?jurisdiction WHERE { ?doc kg:jurisdiction ?region . ?region skos:prefLabel ?jurisdiction }"
# A document's entities come as one string of IRIs (an IRI holds no space): pyoxigraph then builds a
# row per document, not per link (289,000 mentions at 10,000 documents: 1.2 s of CPU instead of 2.9 s).
_LINKS = {
    relation: f'SELECT ?doc (GROUP_CONCAT(STR(?entity); separator=" ") AS ?entities) WHERE {{ ?doc {path} ?entity }} GROUP BY ?doc'
    for relation, path in (("mentions", "kg:mentions"), ("supports", "kg:supports"), ("targets", "kg:targets/kg:entity"), ("funds", "kg:funds/kg:entity"))
}

_NAMES = """
SELECT ?entity ?label ?type WHERE {
  ?entity skos:prefLabel ?label ; a ?type .
  FILTER(STRSTARTS(STR(?type), STR(kg:)))
}"""

# Every mention's quote: what a graph without document graphs (Turtle, rdflib) is asked; a store's
# quotes are looked up in their documents' graphs instead (`_quotes_by_lookup`).
_MENTION_QUOTES = f"""
SELECT ?doc ?entity ?quote ?start WHERE {{
  ?mention a kg:Mention ; kg:inDocument ?doc ; kg:entity ?entity ; kg:evidence ?evidence .
  ?evidence {_QUOTE} ?quote .
  OPTIONAL {{ ?evidence {_START} ?start }}
}}"""

QUOTED = 5  # documents per entity whose quote is kept: the first by file name (the report shows no more)
_KG = "https://w3id.org/policy-kg/ontology#"
_OA = "http://www.w3.org/ns/oa#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass(frozen=True, slots=True)
class Doc:
    """A document as the report shows it: its file name, title, jurisdictions and issued year."""

    iri: str
    source: str
    title: str
    jurisdictions: tuple[str, ...]
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Projection:
    """The two NetworkX views of one RDF graph, the incidence matrix they come from, and what the
    report needs to point back to the text."""

    docs: dict[str, Doc]  # IRI → Doc, in file-name order
    bipartite: nx.Graph
    cooccurrence: nx.Graph
    quotes: dict[tuple[str, str], str] = field(default_factory=dict)  # (doc IRI, entity IRI) → first quote, for each entity's first QUOTED documents
    incidence: sparse.csr_matrix | None = None  # documents (in `docs` order) × entities (sorted IRIs)
    entities: tuple[str, ...] = ()  # the incidence matrix's columns


def project(source: Source) -> Projection:
    """Selects documents, entities and their links with SPARQL and builds both NetworkX graphs."""
    docs = _documents(source)
    names: dict[str, tuple[str, str]] = {}  # entity IRI → (label, type), the least if several
    for row in select(source, _NAMES):
        named = (row["label"], _local(row["type"]))
        names[row["entity"]] = min(names.get(row["entity"], named), named)
    entities: dict[str, tuple[str, str]] = {}
    links: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # document → entity → relations
    for relation, query in _LINKS.items():
        for row in select(source, query):
            if row["doc"] in docs:
                for entity in row["entities"].split(" "):
                    if entity in names:
                        entities[entity] = names[entity]
                        links[row["doc"]][entity].add(relation)

    bipartite = nx.Graph()
    for iri, doc in sorted(docs.items()):
        bipartite.add_node(iri, kind="document", source=doc.source, title=doc.title)
    for iri, (label, type_) in sorted(entities.items()):
        bipartite.add_node(iri, kind="entity", label=label, type=type_)
    bipartite.add_edges_from((doc_iri, entity, {"relations": tuple(r for r in RELATIONS if r in links[doc_iri][entity])})
                             for doc_iri in sorted(links) for entity in sorted(links[doc_iri]))

    wanted = {(d, e) for e in entities for d in sorted(bipartite[e], key=lambda d: docs[d].source)[:QUOTED]}
    with ThreadPoolExecutor(max_workers=1) as other_core:  # the store's lookups release the GIL: they overlap the products
        looked_up = other_core.submit(_quotes_by_lookup, source, wanted) if document_graphs(source) else None  # type: ignore[arg-type]
        columns = tuple(sorted(entities))
        matrix = incidence(list(docs), columns, [(d, e) for d, named in links.items() for e in named])
        graph = cooccurrence(bipartite, matrix, columns)
        quotes = looked_up.result() if looked_up is not None else _quotes_by_query(source, wanted)
    return Projection(docs, bipartite, graph, {k: v[1] for k, v in sorted(quotes.items())}, matrix, columns)


def _documents(source: Source) -> dict[str, Doc]:
    """Every kg:PolicyDocument with a dcterms:source, in file-name order; with several values, the
    greatest source and title, the earliest issued year and every jurisdiction's label."""
    sources: dict[str, list[str]] = defaultdict(list)
    for row in select(source, _DOCUMENTS):
        sources[row["doc"]].append(row["source"])
    titles: dict[str, str] = {}
    for row in select(source, _TITLES):
        if row["doc"] in sources:
            titles[row["doc"]] = max(titles.get(row["doc"], ""), str(row["title"]))
    years: dict[str, int] = {}
    for row in select(source, _ISSUED):
        issued = str(row["issued"])
        if row["doc"] in sources and issued[:4].isdigit():
            years[row["doc"]] = min(int(issued[:4]), years.get(row["doc"], 9999))
    jurisdictions: dict[str, set[str]] = defaultdict(set)
    for row in select(source, _JURISDICTIONS):
        if row["jurisdiction"]:
            jurisdictions[row["doc"]].add(row["jurisdiction"])
    order = sorted(sources, key=lambda iri: (min(sources[iri]), iri))
    return {iri: Doc(iri, max(sources[iri]), titles.get(iri, ""), tuple(sorted(jurisdictions[iri])), years.get(iri)) for iri in order}


def _quotes_by_query(source: Source, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], tuple[int, str]]:
    """(document, entity) → (offset, quote) of its first mention, from one query over every mention."""
    quotes: dict[tuple[str, str], tuple[int, str]] = {}
    for row in select(source, _MENTION_QUOTES):
        key = (row["doc"], row["entity"])
        if key in wanted:
            candidate = (int(row.get("start") or 0), row["quote"])
            quotes[key] = min(quotes.get(key, candidate), candidate)
    return quotes


def _quotes_by_lookup(store: ox.Store, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], tuple[int, str]]:
    """The same, looked up in each document's own graph: the entity's mentions there, their evidence."""
    mention = ox.NamedNode(f"{_KG}Mention")
    quotes: dict[tuple[str, str], tuple[int, str]] = {}
    for doc, entity in sorted(wanted):
        document = ox.NamedNode(doc)
        for found in in_graph(store, doc, None, f"{_KG}entity", ox.NamedNode(entity)):
            m = found.subject
            if not in_graph(store, doc, m, _RDF_TYPE, mention) or not in_graph(store, doc, m, f"{_KG}inDocument", document):
                continue  # a target's or a funding measure's kg:entity, not a mention
            for evidence in in_graph(store, doc, m, f"{_KG}evidence"):
                said: dict[str, list[Any]] = defaultdict(list)  # the evidence's properties, in one lookup
                for q in in_graph(store, doc, evidence.object, None):  # type: ignore[arg-type]
                    said[q.predicate.value].append(value(q.object))
                for candidate in ((int(start), exact) for exact in said[f"{_OA}exact"] for start in said[f"{_OA}start"] or [0]):
                    quotes[(doc, entity)] = min(quotes.get((doc, entity), candidate), candidate)
    return quotes


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def incidence(docs: list[str], entities: tuple[str, ...], links: Iterable[tuple[str, str]]) -> sparse.csr_matrix:
    """The 0/1 documents × entities matrix (int32), rows in `docs` order, columns in `entities` order."""
    row_of = {d: i for i, d in enumerate(docs)}
    col_of = {e: j for j, e in enumerate(entities)}
    pairs = [(row_of[d], col_of[e]) for d, e in links if d in row_of]
    rows = np.array([r for r, _ in pairs], dtype=np.int64)
    cols = np.array([c for _, c in pairs], dtype=np.int64)
    return sparse.csr_matrix((np.ones(len(pairs), dtype=np.int32), (rows, cols)), shape=(len(docs), len(entities)))


def cooccurrence(bipartite: nx.Graph, matrix: sparse.csr_matrix, entities: tuple[str, ...]) -> nx.Graph:
    """Entities joined when a document names both; weight = number of such documents (Bᵀ·B)."""
    counts = sparse.triu(matrix.T @ matrix, k=1).tocoo()
    order = np.lexsort((counts.col, counts.row))
    graph = nx.Graph()
    for node in entities:
        graph.add_node(node, **bipartite.nodes[node])
    graph.add_weighted_edges_from(zip([entities[i] for i in counts.row[order].tolist()], [entities[j] for j in counts.col[order].tolist()], counts.data[order].tolist()))
    return graph


def documents_of(p: Projection, entity: str) -> list[str]:
    """File names of the documents that name an entity, sorted."""
    return sorted(p.docs[d].source for d in p.bipartite[entity])


def shared_documents(p: Projection, a: str, b: str) -> list[str]:
    """File names of the documents that name both entities: what a co-occurrence edge's weight counts."""
    return sorted(p.docs[d].source for d in set(p.bipartite[a]) & set(p.bipartite[b]))
