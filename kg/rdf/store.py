"""Step 5 (store): the built graph on disk in pyoxigraph's Store (RocksDB), one named graph per document.

`kg build` keeps the store up to date (`sync`): a fresh store is bulk-loaded from the shards; a
store that a finished build left behind (its manifest says which shard each named graph holds) has
only the changed documents' graphs replaced, and the default graph (what documents share) when it
changed. `kg query`, `kg analyze` and `kg serve` open it read-only (`open_read_only`) instead of
parsing Turtle. `push` copies it into a SPARQL server over the Graph Store Protocol (kg.rdf.push).

A build that fails half-way leaves no manifest, so the next build loads a fresh store: a store
without its manifest is never trusted (RELIABILITY.md §1.3: no transactions across a bulk load).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg import files
from kg.errors import KgError

if TYPE_CHECKING:
    pass

# beside the store folder, .store.json: {graph IRI: shard key, "": digest of the default graph}
ONTOLOGY = "https://w3id.org/policy-kg/ontology"  # kg.rdf.graph.ONTOLOGY, without loading rdflib


def manifest_path(folder: Path) -> Path:
    return folder.parent / f".{folder.name}.json"


def open_read_only(folder: Path) -> ox.Store:
    """The built store, for queries; a KgError naming the folder if there is none."""
    if not (folder / "CURRENT").is_file():
        raise KgError(folder, "no built store; run `kg build` first")
    try:
        return ox.Store.read_only(str(folder))
    except OSError as error:
        raise KgError(folder, f"cannot be opened ({' '.join(str(error).split())[:200]})") from error


def open_writable(folder: Path) -> ox.Store:
    try:
        return ox.Store(str(folder))
    except OSError as error:
        if "lock" in str(error).lower():
            raise KgError(folder, "store in use by another process (a running build or `kg serve`?); stop it and retry") from error
        raise KgError(folder, f"cannot be opened ({' '.join(str(error).split())[:200]})") from error


def digest(chunks: Iterable[bytes]) -> str:
    sha = hashlib.sha256()
    for chunk in chunks:
        sha.update(chunk)
    return sha.hexdigest()


def sync(folder: Path, graphs: Mapping[str, str], body: Callable[[str], bytes], default: bytes, threads: int = 1) -> tuple[int, int]:
    """Make the store at folder hold exactly `graphs` (named-graph IRI → shard key; body(IRI) gives
    that graph's Turtle statements, our prefixes undeclared) and the default graph `default` (Turtle
    statements likewise), a fresh store loaded on up to `threads` threads. The ontology is not in
    it: queries read the store as the union of its graphs, which the ontology would join (query
    policy.ttl for GRAPH <ONTOLOGY>). Returns (graphs loaded, graphs removed).
    """
    from kg.rdf.formats import trig_block, turtle_header

    header = turtle_header()
    wanted = {**graphs, "": digest([default])}
    manifest = _read_manifest(folder)
    if manifest is not None and sum(manifest.get(iri) != key for iri, key in graphs.items()) > len(graphs) // 4:
        manifest = None  # most documents changed (a new extractor): one bulk load beats replacing graph by graph
    if manifest is None:
        if folder.exists():
            if any(folder.iterdir()) and not (folder / "CURRENT").is_file():
                raise KgError(folder, "exists and is not a store kg build made; remove it or choose another --out")
            files.remove(manifest_path(folder))  # a crash from here on leaves a store the next build reloads
            shutil.rmtree(folder)
        store = open_writable(folder)
        _bulk_load(store, folder, [header, default], sorted(graphs), lambda iri: trig_block(iri, body(iri)), threads)
        loaded, removed = len(graphs), 0
    else:
        files.remove(manifest_path(folder))  # a crash from here on leaves a store the next build reloads
        store = open_writable(folder)
        stale = sorted(iri for iri, key in manifest.items() if iri and graphs.get(iri) != key)
        fresh = sorted(iri for iri, key in graphs.items() if manifest.get(iri) != key)
        for iri in stale:
            store.remove_graph(ox.NamedNode(iri))
        if manifest.get("") != wanted[""]:
            store.clear_graph(ox.DefaultGraph())
            store.load(input=header + default, format=ox.RdfFormat.TURTLE)
        for iri in fresh:
            store.load(input=header + body(iri), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(iri))
        loaded, removed = len(fresh), len([iri for iri in stale if iri not in graphs])
    store.flush()
    del store  # closes RocksDB before the manifest says the store is whole
    files.write_atomic(manifest_path(folder), json.dumps(wanted, ensure_ascii=False, sort_keys=True, indent=0).encode("utf-8"))
    return loaded, removed


def _bulk_load(store: ox.Store, folder: Path, head: list[bytes], names: list[str], block: Callable[[str], bytes], threads: int) -> None:
    """Load head, then each name's TriG block, into a new store. The blocks go through scratch TriG
    files, one per thread, each bulk-loaded side by side: read from a path, pyoxigraph's parser
    never waits on Python (10,000 documents: 80 s against 105 s from a Python stream), and one load
    parses on one core while RocksDB takes several at once (1,000 documents: 8.2 s on one thread,
    4.8 s on two; 10,000: 55 s and 48 s, at a peak of 2.0 and 3.5 GiB)."""
    count = max(1, min(threads, len(names)))
    slices = [names[len(names) * n // count : len(names) * (n + 1) // count] for n in range(count)]
    scratch = [folder.parent / f".{folder.name}.load-{n}.trig" for n in range(count)]

    def load(n: int) -> None:
        with open(scratch[n], "wb") as file:  # a scratch file: no fsync
            file.writelines(itertools.chain(head if n == 0 else head[:1], map(block, slices[n])))
        store.bulk_load(path=str(scratch[n]), format=ox.RdfFormat.TRIG)

    try:
        with ThreadPoolExecutor(max_workers=count) as pool:
            for done in [pool.submit(load, n) for n in range(count)]:
                done.result()
    except OSError as error:
        raise KgError(scratch[0].parent, f"the store cannot be loaded ({error.strerror or ' '.join(str(error).split())[:200]})") from error
    finally:
        for path in scratch:
            files.remove(path)


def checkpoint(folder: Path, target: Path) -> None:
    """A copy of the store at folder in the new folder target that stays whole whatever later
    happens to folder: RocksDB's checkpoint, hard links to its immutable files (no bytes copied)."""
    try:
        ox.Store(str(folder)).backup(str(target))  # the Store is closed when this line ends
    except OSError as error:
        raise KgError(target, f"cannot be written ({' '.join(str(error).split())[:200]})") from error


def dataset(store: ox.Store) -> dict[str, Any]:
    """How to query a Store so it answers as policy.ttl does: a store kg build wrote keeps each
    document in a named graph of its own, read as one default graph with what documents share
    (the union; listing 10,000 graphs as the default graph instead made a query minutes slower).
    A store loaded from Turtle holds the data in its default graph (and ontology.ttl in the named
    graph ONTOLOGY, which stays apart)."""
    documents = any(isinstance(graph, ox.NamedNode) and graph.value != ONTOLOGY for graph in itertools.islice(store.named_graphs(), 2))
    return {"use_default_graph_as_union": True} if documents else {}


def _read_manifest(folder: Path) -> dict[str, str] | None:
    try:
        data = json.loads(manifest_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and folder.is_dir() else None


# ---- reading the store back --------------------------------------------------------------------


def graph_names(store: ox.Store) -> list[str]:
    """The documents' graphs, in IRI order (not the ontology's: see `dataset`)."""
    return sorted(node.value for node in store.named_graphs() if isinstance(node, ox.NamedNode) and node.value != ONTOLOGY)


def triples(store: ox.Store, graph: str | None) -> list[ox.Triple]:
    """One graph of the store (None: the default graph) as triples."""
    name = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
    return [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, name)]
