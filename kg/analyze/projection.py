"""Step 7b (projection): rows of the built graph → the document–entity matrix and the co-occurrence matrix.

Two projections are selected with SPARQL (`kg:mentions`, `kg:supports`, `kg:targets/kg:entity`,
`kg:funds/kg:entity`, `skos:prefLabel`, `rdf:type`) through `kg.analyze.source.select`:

* the **document–entity links** (bipartite): a documents × entities matrix whose cell says in which
  ways a document names an entity (`mentions`, `supports`, `targets`, `funds`), and its 0/1 form,
  the incidence matrix B;
* the **co-occurrence** of entities: two are joined when one document names both, weighted by
  the number of documents that do (`shared_documents()` names them). It is one sparse product
  Bᵀ·B (scipy.sparse), not a loop over every pair of entities of every document.

The metrics work on these matrices. The same two as NetworkX graphs (`Projection.bipartite`:
documents with `kind="document"`, `source`, `title`, entities with `kind="entity"`, `label`,
`type`, edges with `relations`; `Projection.cooccurrence`: edges with `weight`) are built only when
asked for, in a notebook or a test: at 10,000 documents they held 740,000 edges and took 7 s to build.

Each entity keeps the quote of its first mention in the first QUOTED documents (by file name) that
name it: what the report shows, and all a store can answer quickly (see `kg.analyze.source`).

Everything is keyed by IRI but shown by `dcterms:source` (the file name) and `dcterms:title`,
never by parsing an IRI. Rows, columns, nodes and edges all come in sorted order, so the same graph
gives the same numbers."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property

import networkx as nx
import numpy as np
import pyoxigraph as ox
from scipy import sparse

from kg.analyze.source import Source, lookup, owned, select, value

RELATIONS = ("mentions", "supports", "targets", "funds")

# Evidence quotes and offsets are W3C Web Annotation selector terms.
_QUOTE = "oa:exact"
_START = "oa:start"

# One simple pattern per query, joined here: on the store (the union of 10,000 graphs) the one query
# with OPTIONALs and a UNION of four relations took 9 s of CPU, these 2.5 s.
# the documents and their sources as two patterns, joined in Python: 0.8 s of CPU at 10,000 documents, as one 1.4 s
_DOCUMENTS = "SELECT ?doc WHERE { ?doc a kg:PolicyDocument }"
_SOURCES = "SELECT ?doc ?source WHERE { ?doc dcterms:source ?source }"
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


@dataclass(frozen=True)
class Projection:
    """One RDF graph as matrices: which document names which entity and how, and how often two
    entities share a document; with what the report needs to point back to the text. The NetworkX
    views (`bipartite`, `cooccurrence`) are built only when asked for: the metrics use the matrices
    (at 10,000 documents the two graphs took 7 s of CPU to build)."""

    docs: dict[str, Doc]  # IRI → Doc, in file-name order: the rows of `incidence`
    entities: tuple[str, ...]  # sorted IRIs: the columns of the matrices
    names: dict[str, tuple[str, str]]  # entity IRI → (label, type)
    incidence: sparse.csr_matrix  # documents × entities, 0/1 (int32)
    relations: sparse.csc_matrix  # the same links, rows in `by_source` order; bit r set for RELATIONS[r]
    by_source: tuple[str, ...]  # document IRIs by (file name, IRI): the rows of `relations`
    weights: sparse.csr_matrix  # entities × entities: documents naming both (Bᵀ·B), zero diagonal
    quotes: dict[tuple[str, str], str] = field(default_factory=dict)  # (doc IRI, entity IRI) → first quote, for each entity's first QUOTED documents

    def named_by(self, column: int) -> list[str]:
        """The documents (IRIs, by file name) that name the entity of this column."""
        lo, hi = self.relations.indptr[column], self.relations.indptr[column + 1]
        return [self.by_source[r] for r in self.relations.indices[lo:hi].tolist()]

    def ways(self, column: int, first: int) -> list[tuple[str, ...]]:
        """How each of the `first` documents of `named_by(column)` names the entity (RELATIONS, in order)."""
        lo = self.relations.indptr[column]
        return [_relations(b) for b in self.relations.data[lo:min(lo + first, self.relations.indptr[column + 1])].tolist()]

    @cached_property
    def column(self) -> dict[str, int]:
        """Entity IRI → its column."""
        return {e: j for j, e in enumerate(self.entities)}

    @cached_property
    def bipartite(self) -> nx.Graph:
        """Documents (`kind="document"`, `source`, `title`) joined to the entities (`kind="entity"`,
        `label`, `type`) they name, each edge with its sorted `relations`."""
        graph = nx.Graph()
        for iri, doc in sorted(self.docs.items()):
            graph.add_node(iri, kind="document", source=doc.source, title=doc.title)
        for iri in self.entities:
            graph.add_node(iri, **_entity_attributes(self.names[iri]))
        for j, entity in enumerate(self.entities):
            graph.add_edges_from((doc, entity, {"relations": how}) for doc, how in zip(self.named_by(j), self.ways(j, len(self.docs))))
        return graph

    @cached_property
    def cooccurrence(self) -> nx.Graph:
        """Entities joined when a document names both; `weight` = the number of such documents."""
        return cooccurrence_graph(self.weights, self.entities, self.names)


def project(source: Source) -> Projection:
    """Selects documents, entities and their links with SPARQL, builds the matrices and looks up
    the quotes the report shows."""
    p = links(source)
    return replace(p, quotes=quotes(source, p))


def links(source: Source) -> Projection:
    """The projection without its quotes: documents, entities and their links as matrices."""
    docs = _documents(source)
    names: dict[str, tuple[str, str]] = {}  # entity IRI → (label, type), the least if several
    for row in select(source, _NAMES):
        named = (row["label"], _local(row["type"]))
        names[row["entity"]] = min(names.get(row["entity"], named), named)
    row_of = {iri: i for i, iri in enumerate(docs)}
    rows: list[int] = []
    linked: list[str] = []
    bits: list[int] = []
    for bit, query in enumerate(_LINKS.values()):
        for row in select(source, query):
            i = row_of.get(row["doc"])
            if i is not None:
                found = [e for e in row["entities"].split(" ") if e in names]
                rows += [i] * len(found)
                linked += found
                bits += [bit] * len(found)
    entities = tuple(sorted(set(linked)))
    col_of = {e: j for j, e in enumerate(entities)}
    relations = link_matrix(len(docs), len(entities), rows, [col_of[e] for e in linked], bits)
    by_source = _by_source(docs)
    iris = list(docs)
    incidence = sparse.csr_matrix((np.ones(relations.nnz, dtype=np.int32), relations.indices, relations.indptr), shape=relations.shape)
    return Projection(
        docs, entities, {e: names[e] for e in entities}, incidence,
        relations[by_source].tocsc(), tuple(iris[i] for i in by_source), cooccurrence(incidence),
    )


def quotes(source: Source, p: Projection) -> dict[tuple[str, str], str]:
    """(document, entity) → the quote of the entity's first mention there, for each entity's first
    QUOTED documents by file name."""
    wanted = {(d, e) for j, e in enumerate(p.entities) for d in p.named_by(j)[:QUOTED]}
    found = _quotes_by_lookup(source, wanted) if isinstance(source, ox.Store) else _quotes_by_query(source, wanted)
    return {k: v[1] for k, v in sorted(found.items())}


def _by_source(docs: dict[str, Doc]) -> list[int]:
    """The documents' positions in `docs` ordered by (file name, IRI)."""
    keys = [(doc.source, iri) for iri, doc in docs.items()]
    return sorted(range(len(keys)), key=keys.__getitem__)


def _relations(bits: int) -> tuple[str, ...]:
    return tuple(r for i, r in enumerate(RELATIONS) if bits >> i & 1)


def _entity_attributes(named: tuple[str, str]) -> dict[str, str]:
    return {"kind": "entity", "label": named[0], "type": named[1]}


def _documents(source: Source) -> dict[str, Doc]:
    """Every kg:PolicyDocument with a dcterms:source, in file-name order; with several values, the
    greatest source and title, the earliest issued year and every jurisdiction's label."""
    typed = {row["doc"] for row in select(source, _DOCUMENTS)}
    sources: dict[str, list[str]] = defaultdict(list)
    for row in select(source, _SOURCES):
        if row["doc"] in typed:
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
    """The same, looked up in each document wanted: its nodes, the entity each names, the evidence
    of its mentions of the entities wanted there. Each value is its own lookup: the store makes a
    Python object of every quad it returns (about 15 µs each), so the evidence's other four
    properties are not fetched."""
    mention = ox.NamedNode(f"{_KG}Mention")
    entities: dict[str, set[str]] = defaultdict(set)
    for doc, entity in wanted:
        entities[doc].add(entity)
    quotes: dict[tuple[str, str], tuple[int, str]] = {}
    for doc in sorted(entities):
        for node in owned(store, doc):
            for named in lookup(store, node, f"{_KG}entity"):
                key = (doc, named.object.value)  # type: ignore[union-attr]
                if key[1] not in entities[doc] or not lookup(store, node, _RDF_TYPE, mention):
                    continue  # an entity not wanted here, or a target's or a funding measure's kg:entity
                for evidence in lookup(store, node, f"{_KG}evidence"):
                    said = evidence.object
                    starts = [int(value(q.object)) for q in lookup(store, said, f"{_OA}start")] or [0]  # type: ignore[arg-type]
                    for exact in lookup(store, said, f"{_OA}exact"):  # type: ignore[arg-type]
                        for candidate in ((start, value(exact.object)) for start in starts):
                            quotes[key] = min(quotes.get(key, candidate), candidate)
    return quotes


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def link_matrix(documents: int, entities: int, rows: list[int], columns: list[int], relations: list[int]) -> sparse.csr_matrix:
    """The documents × entities matrix of links: at (row, column), bit r set when a link by
    RELATIONS[r] was listed (a link listed twice counts once)."""
    key = np.unique((np.asarray(rows, dtype=np.int64) * max(entities, 1) + np.asarray(columns, dtype=np.int64)) * len(RELATIONS) + np.asarray(relations, dtype=np.int64))
    cell, bit = np.divmod(key, len(RELATIONS))
    matrix = sparse.csr_matrix((np.left_shift(1, bit).astype(np.int8), np.divmod(cell, max(entities, 1))), shape=(documents, entities))
    matrix.sum_duplicates()  # distinct bits of one cell: their sum is their union
    return matrix


def cooccurrence(incidence: sparse.csr_matrix) -> sparse.csr_matrix:
    """Entities × entities: how many documents name both (Bᵀ·B without its diagonal), sorted indices."""
    counts = (incidence.T @ incidence).tocsr()
    counts.setdiag(0)
    counts.eliminate_zeros()
    counts.sort_indices()
    return counts


def cooccurrence_graph(weights: sparse.csr_matrix, entities: tuple[str, ...], names: dict[str, tuple[str, str]]) -> nx.Graph:
    """The co-occurrence matrix as a NetworkX graph: nodes and edges inserted in sorted order."""
    upper = sparse.triu(weights, k=1).tocsr()
    upper.sort_indices()
    rows = np.repeat(np.arange(upper.shape[0]), np.diff(upper.indptr)).tolist()
    graph = nx.Graph()
    for node in entities:
        graph.add_node(node, **_entity_attributes(names[node]))
    graph.add_weighted_edges_from(zip([entities[i] for i in rows], [entities[j] for j in upper.indices.tolist()], upper.data.tolist()))
    return graph


def documents_of(p: Projection, entity: str) -> list[str]:
    """File names of the documents that name an entity, sorted."""
    return [p.docs[d].source for d in p.named_by(p.column[entity])]


def shared_documents(p: Projection, a: str, b: str) -> list[str]:
    """File names of the documents that name both entities: what a co-occurrence edge's weight counts."""
    both = set(p.named_by(p.column[b]))
    return [p.docs[d].source for d in p.named_by(p.column[a]) if d in both]
