"""A made-up built graph of any size, as N-Quads, for the bounded overview and the views from a store.

Shaped like `kg build`'s graph where the pages read it: `kg:PolicyDocument`s with a title, a source
file and (for most) a `kg:jurisdiction` in a three-level region hierarchy (`kg:partOf`: province →
city → district); entities of every type with a `skos:prefLabel`, named by the documents through
`kg:mentions` with Zipf-like popularity (a few named by most documents, most by one or two), about
two entities per document in all, as in real corpora. With `named=True` each document's triples are
in its own named graph (the document's IRI), as the on-disk store of earlier builds kept them, and
the concepts (types, labels, regions) in the default graph. Fixed seed: the same size, the same bytes.
"""

from __future__ import annotations

import numpy as np

from kg.model import ENTITY_TYPES

ID = "https://w3id.org/policy-kg/id/"
KG = "https://w3id.org/policy-kg/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
TITLE = "<http://purl.org/dc/terms/title>"
SOURCE = "<http://purl.org/dc/terms/source>"
WORDS = ("科技", "创新", "产业", "数字", "智能", "绿色", "人才", "平台", "企业", "园区", "研发", "成果")


def _lit(text: str, lang: str | None = "zh") -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def quads(documents: int, seed: int = 14, named: bool = False, per_document: int = 40) -> str:
    """N-Quads (N-Triples when not `named`) of a graph with this many documents."""
    rng = np.random.default_rng(seed)
    lines: list[str] = []

    def add(s: str, p: str, o: str, graph: str | None = None) -> None:
        lines.append(f"{s} {p} {o} <{graph}> .\n" if graph and named else f"{s} {p} {o} .\n")

    provinces = [f"省{i:02d}" for i in range(31)]
    regions: list[tuple[str, str | None, int]] = [(p, None, 0) for p in provinces]
    for p in provinces:
        for c in range(10):
            city = f"{p}市{c}"
            regions.append((city, p, 1))
            regions.extend((f"{city}区{d}", city, 2) for d in range(5))
    for name, parent, _ in regions:
        iri = f"<{ID}Region/{name}>"
        add(iri, RDF_TYPE, f"<{KG}Region>")
        add(iri, LABEL, _lit(name))
        if parent:
            add(iri, f"<{KG}partOf>", f"<{ID}Region/{parent}>")
    by_level = [[n for n, _, level in regions if level == k] for k in range(3)]

    count = max(2 * documents, 50)
    kinds = [ENTITY_TYPES[i % len(ENTITY_TYPES)] for i in range(count)]
    names = [f"{WORDS[i % len(WORDS)]}{WORDS[(i // len(WORDS)) % len(WORDS)]}{kinds[i]}{i}" for i in range(count)]
    for kind, name in zip(kinds, names):
        iri = f"<{ID}{kind}/{name}>"
        add(iri, RDF_TYPE, f"<{KG}{kind}>")
        add(iri, LABEL, _lit(name))
    weights = 1.0 / np.arange(1, count + 1) ** 1.1
    weights /= weights.sum()
    for d in range(documents):
        doc = f"{ID}doc/s{d:05d}"
        iri = f"<{doc}>"
        add(iri, RDF_TYPE, f"<{KG}PolicyDocument>", doc)
        add(iri, TITLE, _lit(f"关于推动{WORDS[d % len(WORDS)]}发展的实施方案 第{d}号"), doc)
        add(iri, SOURCE, _lit(f"s{d:05d}.txt", None), doc)
        level = rng.choice(4, p=[0.3, 0.4, 0.15, 0.15])
        if level < 3:
            pool = by_level[level]
            add(iri, f"<{KG}jurisdiction>", f"<{ID}Region/{pool[int(rng.integers(len(pool)))]}>", doc)
        size = int(rng.integers(per_document // 2, per_document * 3 // 2))
        picked = set(rng.choice(count, size=size, p=weights).tolist())
        picked.add(int(rng.integers(count)))  # one rarely named entity in every document
        for e in sorted(picked):
            add(iri, f"<{KG}mentions>", f"<{ID}{kinds[e]}/{names[e]}>", doc)
    return "".join(lines)


def store(documents: int, seed: int = 14, named: bool = False):  # -> pyoxigraph.Store
    """An in-memory pyoxigraph Store holding `quads(documents, seed, named)`."""
    import pyoxigraph as ox

    result = ox.Store()
    result.bulk_load(quads(documents, seed, named).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return result
