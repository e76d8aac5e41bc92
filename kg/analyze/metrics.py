"""Step 7c (metrics): the projections → cross-document metrics as plain rows, exact while small.

`analyze()` returns every row (the report keeps report.json a bounded summary and puts the full
tables in CSV files). What each measure costs decides how it is computed, and `method` in the
result says so, for the report to state:

* while exact betweenness is cheap (entities × co-occurrence edges, the steps of one Brandes pass
  per entity, at most SCALE_WORK: the seeds are at 5 M) everything is exact, as before;
* above it, betweenness is sampled (networkx's `k` pivots, seed BETWEENNESS_SEED) and, with
  Louvain, computed on the **core**: the entities named by two or more documents. An entity named
  by one document is never between two others (its neighbours all share that document, so they
  are joined directly): its betweenness is 0 either way, and it is left out of the communities;
* Jaccard similarity is sparse (scipy.sparse, in blocks of documents): every pair while there are
  at most ALL_PAIRS_MAX documents, else each document's NEIGHBOURS most similar, and a histogram
  of all pairs either way.

Degree, weighted degree and PageRank stay exact on the whole graph at any size.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

import networkx as nx
import numpy as np
import pyoxigraph as ox
from scipy import sparse

from kg.analyze import betweenness as brandes
from kg.analyze import louvain
from kg.analyze.facts import FUNDING, TARGETS, fetch, funding, targets
from kg.analyze.pagerank import pagerank
from kg.analyze.projection import QUOTED, Doc, Projection, cooccurrence, cooccurrence_graph, documents_of, links, project, quotes, shared_documents
from kg.analyze.source import Source

__all__ = ["Doc", "Projection", "analyze", "cooccurrence", "documents_of", "funding", "project", "shared_documents", "targets"]

LOUVAIN_SEED = 1
SCALE_WORK = 10_000_000  # entities × co-occurrence edges; above this, the costly measures are sampled or restricted
BETWEENNESS_PIVOTS = 100
BETWEENNESS_SEED = 1
ALL_PAIRS_MAX = 200  # documents; above this, each document's NEIGHBOURS nearest, not every pair
NEIGHBOURS = 5
EVIDENCE_MAX = QUOTED  # quotes kept per cross-document entity (its `sources` list has every document)
BLOCK = 512  # documents per block of the similarity product
FREQUENT = 32  # an entity named by more than 1/FREQUENT of the documents goes in the dense part of the product
BINS = tuple(round(i / 10, 1) for i in range(11))

MEASURES = {
    "degree": "how many other entities share a document with it (normalised to 0–1)",
    "weighted_degree": "the same, counting each shared document: the sum of co-occurrence weights",
    "betweenness": "how often it lies on the shortest path between two other entities (normalised): a bridge between documents",
    "pagerank": "the chance a random walk along weighted co-occurrences stands on it: named alongside many well-connected entities",
}


def at_scale(p: Projection) -> bool:
    return len(p.entities) * edges(p) > SCALE_WORK


def edges(p: Projection) -> int:
    """The co-occurrence graph's edges (its matrix holds each twice)."""
    return p.weights.nnz // 2


def core_columns(p: Projection) -> np.ndarray:
    """The columns of the entities named by two or more documents."""
    return np.flatnonzero(np.diff(p.relations.indptr) >= 2)


def core(p: Projection) -> nx.Graph:
    """The co-occurrence graph of the entities named by two or more documents, as a NetworkX graph."""
    keep = core_columns(p)
    return cooccurrence_graph(p.weights[keep][:, keep].tocsr(), tuple(p.entities[j] for j in keep.tolist()), p.names)


def method(p: Projection) -> dict[str, str]:
    """How each figure was computed, in words for the report (exact unless it says otherwise)."""
    n, m = len(p.entities), edges(p)
    scale = at_scale(p)
    core_text = "the entities named by two or more documents"
    return {
        "cooccurrence": f"{n} entities and {m} edges: exact" + (f"; entities × edges is above {SCALE_WORK:,}, so betweenness and communities below are sampled or restricted" if scale else ""),
        "degree, weighted degree, PageRank": "exact, on the whole co-occurrence graph",
        "betweenness": (
            f"approximate: sampled from {BETWEENNESS_PIVOTS} pivot entities (networkx k={BETWEENNESS_PIVOTS}, seed {BETWEENNESS_SEED}) on {core_text}; "
            "an entity named by one document lies between no two others and gets 0"
            if scale
            else "exact (every entity a source)"
        ),
        "communities": f"Louvain (seed {LOUVAIN_SEED}) on {core_text}; entities named by one document belong to no community" if scale else f"Louvain (seed {LOUVAIN_SEED}) on the whole co-occurrence graph",
        "similarity": (
            f"exact Jaccard of every pair, as sparse products; the table keeps each document's {NEIGHBOURS} most similar (the histogram counts every pair)"
            if len(p.docs) > ALL_PAIRS_MAX
            else "exact Jaccard of every pair"
        ),
    }


def _entity_row(p: Projection, entity: str) -> dict[str, Any]:
    label, type_ = p.names[entity]
    return {"entity": label, "type": type_, "iri": entity}


def cross_document(p: Projection) -> list[dict[str, Any]]:
    """Entities named by two or more documents, most documents first, with a quote from the first few."""
    rows = []
    for j in core_columns(p).tolist():
        entity = p.entities[j]
        docs = p.named_by(j)
        evidence = [{"document": p.docs[d].source, "relations": list(r), "quote": p.quotes.get((d, entity), "")} for d, r in zip(docs, p.ways(j, EVIDENCE_MAX))]
        rows.append({**_entity_row(p, entity), "documents": len(docs), "sources": [p.docs[d].source for d in docs], "evidence": evidence})
    return sorted(rows, key=lambda r: (-r["documents"], r["type"], r["entity"], r["iri"]))


def centrality(p: Projection) -> list[dict[str, Any]]:
    """Degree, weighted degree, betweenness (sampled at scale) and PageRank of every entity:
    networkx's numbers, computed from the co-occurrence matrix."""
    n = len(p.entities)
    if not n:
        return []
    scale = 1.0 / (n - 1.0) if n > 1 else None  # networkx's degree_centrality: 1 for a lone node
    degree = [d * scale if scale is not None else 1 for d in np.diff(p.weights.indptr).tolist()]
    weighted = np.asarray(p.weights.sum(axis=1)).ravel().tolist()
    between = _betweenness(p)
    ranks = pagerank(p.weights).tolist() if p.weights.nnz else [1 / n] * n
    rows = [
        {
            **_entity_row(p, entity),
            "documents": documents_of(p, entity),
            "degree": round(degree[j], 6),
            "weighted_degree": weighted[j],
            "betweenness": round(float(between[j]), 6),
            "pagerank": round(ranks[j], 6),
        }
        for j, entity in enumerate(p.entities)
    ]
    return sorted(rows, key=lambda r: (-r["pagerank"], -r["weighted_degree"], r["type"], r["entity"], r["iri"]))


def _betweenness(p: Projection) -> np.ndarray:
    """Exact while cheap; at scale sampled from BETWEENNESS_PIVOTS sources of the core (networkx's
    sources for the same seed), the rest 0. Computed by kg.analyze.betweenness, a batch of sources
    at a time, on the co-occurrence matrix."""
    keep = core_columns(p) if at_scale(p) else np.arange(len(p.entities))
    values = np.zeros(len(p.entities))
    if not len(keep):
        return values
    adjacency = p.weights[keep][:, keep].tocsr()
    adjacency.data[:] = 1
    sources = brandes.pivots(range(len(keep)), min(BETWEENNESS_PIVOTS, len(keep)), BETWEENNESS_SEED) if at_scale(p) else None
    values[keep] = brandes.betweenness(adjacency, sources)
    return values


def communities(p: Projection) -> list[dict[str, Any]]:
    """Louvain communities (seed 1) of the weighted co-occurrence graph (its core at scale), largest first."""
    keep = core_columns(p) if at_scale(p) else np.arange(len(p.entities))
    weights = p.weights[keep][:, keep]
    if not weights.nnz:
        return []
    counts = np.diff(p.relations.indptr)  # documents naming each entity
    rows: list[dict[str, Any]] = []
    for members in louvain.communities(weights, LOUVAIN_SEED):
        columns = keep[members].tolist()
        ordered = sorted(columns, key=lambda j: (-counts[j], p.names[p.entities[j]][1], p.names[p.entities[j]][0], p.entities[j]))
        sources = sorted({p.docs[d].source for j in columns for d in p.named_by(j)})
        rows.append({"size": len(columns), "members": [_entity_row(p, p.entities[j]) for j in ordered], "documents": sources})
    rows.sort(key=lambda r: (-r["size"], [m["iri"] for m in r["members"]]))
    return [{"community": i + 1, **row} for i, row in enumerate(rows)]


def similarity(p: Projection, shown: int = 24) -> dict[str, Any]:
    """Jaccard similarity of the documents' entity sets, |A ∩ B| / |A ∪ B|, from sparse products.

    Returns the `shown` documents with most entities and their matrix (the heatmap), the pairs
    (every pair, or each document's NEIGHBOURS most similar above ALL_PAIRS_MAX documents), and a
    histogram of every pair's Jaccard over BINS (the last bin holds exactly 1).
    """
    names = [d.source for d in p.docs.values()]
    n = len(names)
    matrix = p.incidence if p.incidence is not None else sparse.csr_matrix((n, 0), dtype=np.int32)
    sizes = np.asarray(matrix.sum(axis=1)).ravel().astype(np.int32)
    histogram = np.zeros(len(BINS), dtype=np.int64)
    sharing = 0
    pairs: dict[tuple[int, int], tuple[float, int]] = {}
    shared = intersections(matrix)
    for lo in range(0, n, BLOCK):
        hi = min(n, lo + BLOCK)
        inter = shared(lo, hi)
        union = np.maximum(sizes[lo:hi, None] + sizes[None, :] - inter, 1)  # 0 only where inter is 0
        millionths = np.rint(inter / union * 1e6)  # Jaccard rounded to 6 places, × 10⁶ (np.round's own steps)
        # Over all blocks the rows meet every pair twice and each document once: counted so, halved below.
        # The bin is floor(10·inter / union) in integers: the rounding above moves a Jaccard by < 5·10⁻⁷,
        # which crosses a bin edge only if the union has over 200,000 entities.
        bins = np.minimum(10 * inter // union, 10)
        itself = (np.arange(hi - lo), np.arange(lo, hi))
        histogram += np.bincount(bins.ravel(), minlength=len(BINS)) - np.bincount(bins[itself], minlength=len(BINS))
        sharing += int(np.count_nonzero(inter)) - int(np.count_nonzero(inter[itself]))
        for i, j in _chosen(millionths, lo, n):
            pairs[(min(i, j), max(i, j))] = (float(millionths[i - lo, j] / 1e6), int(inter[i - lo, j]))
    histogram //= 2
    sharing //= 2
    rows: list[dict[str, Any]] = [{"a": names[a], "b": names[b], "jaccard": jac, "shared": shared} for (a, b), (jac, shared) in pairs.items()]
    rows.sort(key=lambda r: (-r["jaccard"], r["a"], r["b"]))
    keep = sorted(sorted(range(n), key=lambda i: (-sizes[i], names[i]))[:shown])
    heat = _jaccard(matrix[keep], matrix[keep], sizes[keep], sizes[keep])[1] if keep else np.zeros((0, 0))
    return {
        "of": n,
        "documents": [names[i] for i in keep],
        "entities": [int(sizes[i]) for i in keep],
        "matrix": heat.tolist(),
        "pairs": rows,
        "histogram": {"bins": list(BINS), "pairs": histogram.tolist(), "sharing_nothing": n * (n - 1) // 2 - sharing},
    }


def _jaccard(rows: sparse.csr_matrix, columns: sparse.csr_matrix, row_sizes: np.ndarray, column_sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(|A ∩ B|, Jaccard rounded to 6 places) of every row set against every column set, dense."""
    inter = (rows @ columns.T).toarray().astype(np.int64)
    union = row_sizes[:, None] + column_sizes[None, :] - inter
    return inter, np.round(np.divide(inter, union, out=np.zeros(inter.shape), where=union > 0), 6)


def intersections(matrix: sparse.csr_matrix) -> Callable[[int, int], np.ndarray]:
    """|A ∩ B| for the entity sets of rows lo…hi against every row, as int32 (lo, hi → array).

    A sparse product costs the square of each column's documents: an entity that most documents
    name makes it dense work done slowly. So the columns that more than 1/FREQUENT of the rows
    name are multiplied as a dense float32 product (BLAS; exact below 2**24 shared entities), the
    others as a sparse one, and the two counts added (at 10,000 documents 2.4 s became 1.4 s).
    """
    named_by = np.diff(matrix.tocsc().indptr)
    frequent = named_by > matrix.shape[0] // FREQUENT
    dense = matrix[:, np.flatnonzero(frequent)].toarray().astype(np.float32)
    rare = matrix[:, np.flatnonzero(~frequent)].tocsr()
    rare_t = rare.T.tocsr()

    def block(lo: int, hi: int) -> np.ndarray:
        inter = (rare[lo:hi] @ rare_t).toarray().astype(np.int32)
        inter += (dense[lo:hi] @ dense.T).astype(np.int32)
        return inter

    return block


def _chosen(millionths: np.ndarray, lo: int, n: int) -> list[tuple[int, int]]:
    """Which pairs of one block (rows lo…, Jaccard in millionths) the table keeps: every pair while
    there are few documents, else each row's NEIGHBOURS best (ties to the earlier document)."""
    if n <= ALL_PAIRS_MAX:
        rows, cols = np.nonzero(np.arange(n)[None, :] > np.arange(lo, lo + millionths.shape[0])[:, None])
        return [(lo + i, j) for i, j in zip(rows.tolist(), cols.tolist())]
    k = min(NEIGHBOURS, n - 1)
    score = millionths.astype(np.int32)
    block = np.arange(millionths.shape[0])
    score[block, block + lo] = -1  # not itself
    kth = -np.partition(-score, k - 1, axis=1)[:, k - 1]  # each row's k-th best score
    rows, cols = np.nonzero(score >= np.maximum(kth, 1)[:, None])  # the k best, ties at the k-th included; none at 0
    order = np.lexsort((cols, -score[rows, cols], rows))  # per row: best first, then the earlier document
    rows, cols = rows[order], cols[order]
    first = np.searchsorted(rows, rows, side="left")
    keep = np.arange(len(rows)) - first < k
    return list(zip((lo + rows[keep]).tolist(), cols[keep].tolist()))


def diffusion(p: Projection) -> list[dict[str, Any]]:
    """Each kg:Programme with the jurisdictions and documents that adopt it, the first adopter (by
    issued year) and who followed, year by year; most jurisdictions first."""
    rows = []
    for j, n in enumerate(p.entities):
        if p.names[n][1] != "Programme":
            continue
        docs = [p.docs[d] for d in p.named_by(j)]
        jurisdictions = sorted({where for d in docs for where in d.jurisdictions})
        evidence = [{"document": d.source, "quote": p.quotes.get((d.iri, n), "")} for d in docs[:EVIDENCE_MAX]]
        rows.append({**_entity_row(p, n), "jurisdictions": jurisdictions, "documents": [d.source for d in docs], "evidence": evidence, **_adoption(docs)})
    return sorted(rows, key=lambda r: (-len(r["jurisdictions"]), -len(r["documents"]), r["entity"], r["iri"]))


def _adoption(docs: list[Doc]) -> dict[str, Any]:
    """First adopter and, per issued year, the documents and the jurisdictions new that year."""
    dated = sorted((d for d in docs if d.year is not None), key=lambda d: (d.year, d.source))
    if not dated:
        return {"first": None, "by_year": []}
    first = dated[0]
    seen: set[str] = set()
    by_year: dict[int, dict[str, Any]] = {}
    for d in dated:
        year = by_year.setdefault(d.year, {"year": d.year, "documents": 0, "new_jurisdictions": []})  # type: ignore[arg-type]
        year["documents"] += 1
        for j in d.jurisdictions:
            if j not in seen:
                seen.add(j)
                year["new_jurisdictions"].append(j)
    return {"first": {"document": first.source, "year": first.year, "jurisdictions": list(first.jurisdictions)}, "by_year": list(by_year.values())}


def analyze(source: Source) -> dict[str, Any]:
    """Every analysis of one graph as plain values: every row (the report summarises them).

    pyoxigraph answers a query or a lookup without holding the GIL, so on a Store the funding and
    target rows (which need no projection) are fetched in a second thread while the projection is
    built, and the quotes in a third while the centrality, the communities and the similarity are
    computed (numpy too lets go of the GIL in its large operations). rdflib is asked in turn, from
    this thread."""
    store = isinstance(source, ox.Store)
    with ThreadPoolExecutor(max_workers=2) as others:
        fetched = [others.submit(fetch, source, link, properties) for link, properties in (("kg:funds", FUNDING), ("kg:targets", TARGETS))] if store else None
        p = links(source)
        quoted = others.submit(quotes, source, p) if store else None
        measured = {"centrality": centrality(p), "communities": communities(p), "similarity": similarity(p)}
        p = replace(p, quotes=quoted.result() if quoted else quotes(source, p))
        funding_facts, target_facts = [f.result() for f in fetched] if fetched else (None, None)
    return {
        "summary": {
            "documents": len(p.docs),
            "entities": len(p.entities),
            "document_entity_edges": p.incidence.nnz,
            "cooccurrence_edges": edges(p),
        },
        "method": method(p),
        "documents": [{"document": d.source, "title": d.title, "jurisdictions": list(d.jurisdictions), "year": d.year} for d in p.docs.values()],
        "cross_document_entities": cross_document(p),
        "measures": MEASURES,
        **measured,
        "programme_diffusion": diffusion(p),
        "funding": funding(source, p, funding_facts),
        "targets": targets(source, p, target_facts),
    }
