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

Everything is keyed by IRI but shown by `dcterms:source` (the file name) and `dcterms:title`,
never by parsing an IRI. Every node and edge is inserted in sorted order, so the same graph gives
the same numbers (networkx Louvain depends on insertion order even with a seed).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
import numpy as np
from scipy import sparse

from kg.analyze.source import Source, select

RELATIONS = ("mentions", "supports", "targets", "funds")

# Evidence quotes and offsets are W3C Web Annotation selector terms.
_QUOTE = "oa:exact"
_START = "oa:start"

_DOCUMENTS = """
SELECT ?doc ?source ?title ?jurisdiction ?issued WHERE {
  ?doc a kg:PolicyDocument ; dcterms:source ?source .
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc dcterms:issued ?issued }
  OPTIONAL { ?doc kg:jurisdiction ?region . OPTIONAL { ?region skos:prefLabel ?regionLabel } }
  BIND(COALESCE(?regionLabel, "") AS ?jurisdiction)
}"""

# Links and names are two queries, joined here: one query joining both took twice as long.
_LINKS = """
SELECT ?doc ?relation ?entity WHERE {
  { ?doc kg:mentions ?entity . BIND("mentions" AS ?relation) }
  UNION { ?doc kg:supports ?entity . BIND("supports" AS ?relation) }
  UNION { ?doc kg:targets/kg:entity ?entity . BIND("targets" AS ?relation) }
  UNION { ?doc kg:funds/kg:entity ?entity . BIND("funds" AS ?relation) }
}"""

_NAMES = """
SELECT ?entity ?label ?type WHERE {
  ?entity skos:prefLabel ?label ; a ?type .
  FILTER(STRSTARTS(STR(?type), STR(kg:)))
}"""

_MENTION_QUOTES = f"""
SELECT ?doc ?entity ?quote ?start WHERE {{
  ?mention a kg:Mention ; kg:inDocument ?doc ; kg:entity ?entity ; kg:evidence ?evidence .
  ?evidence {_QUOTE} ?quote .
  OPTIONAL {{ ?evidence {_START} ?start }}
}}"""


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
    quotes: dict[tuple[str, str], str] = field(default_factory=dict)  # (doc IRI, entity IRI) → first quote
    incidence: sparse.csr_matrix | None = None  # documents (in `docs` order) × entities (sorted IRIs)
    entities: tuple[str, ...] = ()  # the incidence matrix's columns


def project(source: Source) -> Projection:
    """Selects documents, entities and their links with SPARQL and builds both NetworkX graphs."""
    docs = _documents(select(source, _DOCUMENTS))
    names: dict[str, tuple[str, str]] = {}  # entity IRI → (label, type), the least if several
    for row in select(source, _NAMES):
        named = (row["label"], _local(row["type"]))
        names[row["entity"]] = min(names.get(row["entity"], named), named)
    entities: dict[str, tuple[str, str]] = {}
    relations: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in select(source, _LINKS):
        if row["doc"] in docs and row["entity"] in names:
            entities[row["entity"]] = names[row["entity"]]
            relations[(row["doc"], row["entity"])].add(row["relation"])

    bipartite = nx.Graph()
    for iri, doc in sorted(docs.items()):
        bipartite.add_node(iri, kind="document", source=doc.source, title=doc.title)
    for iri, (label, type_) in sorted(entities.items()):
        bipartite.add_node(iri, kind="entity", label=label, type=type_)
    for (doc_iri, entity), rels in sorted(relations.items()):
        bipartite.add_edge(doc_iri, entity, relations=tuple(r for r in RELATIONS if r in rels))

    quotes: dict[tuple[str, str], tuple[int, str]] = {}
    for row in select(source, _MENTION_QUOTES):
        key = (row["doc"], row["entity"])
        candidate = (int(row.get("start") or 0), row["quote"])
        if key not in quotes or candidate < quotes[key]:
            quotes[key] = candidate
    columns = tuple(sorted(entities))
    matrix = incidence(list(docs), columns, relations)
    graph = cooccurrence(bipartite, matrix, columns)
    return Projection(docs, bipartite, graph, {k: v[1] for k, v in sorted(quotes.items())}, matrix, columns)


def _documents(rows: list[dict]) -> dict[str, Doc]:
    jurisdictions: dict[str, set[str]] = defaultdict(set)
    years: dict[str, int] = {}
    for row in rows:
        if row["jurisdiction"]:
            jurisdictions[row["doc"]].add(row["jurisdiction"])
        issued = str(row.get("issued") or "")
        if issued[:4].isdigit():
            years[row["doc"]] = min(int(issued[:4]), years.get(row["doc"], 9999))
    last: dict[str, dict] = {}  # one row per document, in file-name order
    for row in sorted(rows, key=lambda r: (r["source"], r["doc"], r.get("title") or "")):
        last[row["doc"]] = row
    return {iri: Doc(iri, row["source"], row.get("title") or "", tuple(sorted(jurisdictions[iri])), years.get(iri)) for iri, row in last.items()}


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def incidence(docs: list[str], entities: tuple[str, ...], links: dict[tuple[str, str], set[str]]) -> sparse.csr_matrix:
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
