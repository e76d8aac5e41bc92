"""Step 5 (store): the built graph on disk in pyoxigraph's Store (RocksDB), in its default graph.

`kg build` keeps the store up to date (`sync`): a fresh store is bulk-loaded from the shards; a
store that a finished build left behind (its manifest says which shard each document's triples
came from) has only the changed documents' triples replaced, and the shared concepts' when they
changed. `kg query`, `kg analyze` and `kg serve` open it read-only (`open_read_only`) instead of
parsing Turtle. `push` copies it into a SPARQL server, one named graph per document (kg.rdf.push).

No named graphs: every triple of a document is about the document or about a node of its own
(mention, fact, evidence) that says it is `kg:inDocument` the document, so index lookups find a
document's triples (`document_triples`) and remove them. One named graph per document kept every
quad in six RocksDB indexes instead of three and made each query read the union of 10,000 graphs:
2,000 documents took 217 MB against 102 MB, and the bundled queries 1.0–1.5× as long.

A build that fails half-way leaves no manifest, so the next build loads a fresh store: a store
without its manifest is never trusted (RELIABILITY.md §1.3: no transactions across a bulk load).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import files
from kg.errors import KgError

# Beside the store folder: .store.json, {document IRI: shard key, "": digest of the shared triples},
# and .store.shared.ttl, the shared triples the store holds (to take out those a build no longer has).
ONTOLOGY = "https://w3id.org/policy-kg/ontology"  # kg.rdf.graph.ONTOLOGY, without loading rdflib
_KG = "https://w3id.org/policy-kg/ontology#"
IN_DOCUMENT = ox.NamedNode(f"{_KG}inDocument")
POLICY_DOCUMENT = ox.NamedNode(f"{_KG}PolicyDocument")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DEFAULT = ox.DefaultGraph()


def manifest_path(folder: Path) -> Path:
    return folder.parent / f".{folder.name}.json"


def shared_path(folder: Path) -> Path:
    return folder.parent / f".{folder.name}.shared.ttl"


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


def sync(folder: Path, graphs: Mapping[str, str], body: Callable[[str], bytes], shared: bytes, threads: int = 1, reload: bool = False) -> tuple[int, int]:
    """Make the store at folder hold exactly the documents `graphs` (document IRI → shard key;
    body(IRI) gives that document's Turtle statements, our prefixes undeclared) and the triples
    `shared` (Turtle statements likewise), all in its default graph; a fresh store is loaded on up
    to `threads` threads, and so is every store when `reload` (`kg build --fresh`). The ontology is not
    in it (query policy.ttl for GRAPH <ONTOLOGY>). Returns (documents loaded, documents removed).
    """
    from kg.rdf.formats import turtle_header

    header = turtle_header()
    wanted = {**graphs, "": digest([shared])}
    manifest = None if reload else _read_manifest(folder)
    if manifest is not None and sum(manifest.get(iri) != key for iri, key in graphs.items()) > len(graphs) // 4:
        manifest = None  # most documents changed (a new extractor): one bulk load beats replacing them one by one
    if manifest is None:
        if folder.exists():
            if any(folder.iterdir()) and not (folder / "CURRENT").is_file():
                raise KgError(folder, "exists and is not a store kg build made; remove it or choose another --out")
            files.remove(manifest_path(folder))  # a crash from here on leaves a store the next build reloads
            shutil.rmtree(folder)
        store = open_writable(folder)
        _bulk_load(store, folder, [header, shared], sorted(graphs), body, threads)
        loaded, removed = len(graphs), 0
    else:
        files.remove(manifest_path(folder))  # a crash from here on leaves a store the next build reloads
        store = open_writable(folder)
        stale = sorted(iri for iri, key in manifest.items() if iri and graphs.get(iri) != key)
        fresh = sorted(iri for iri, key in graphs.items() if manifest.get(iri) != key)
        for iri in stale:
            _remove(store, document_triples(store, iri))
        if manifest.get("") != wanted[""]:
            before, after = (set(ox.parse(header + data, format=ox.RdfFormat.TURTLE)) for data in (shared_path(folder).read_bytes(), shared))
            _remove(store, before - after)
            store.extend(after - before)
        for iri in fresh:
            store.load(input=header + body(iri), format=ox.RdfFormat.TURTLE)
        loaded, removed = len(fresh), len([iri for iri in stale if iri not in graphs])
    store.flush()
    del store  # closes RocksDB before the manifest says the store is whole
    files.write_atomic(shared_path(folder), shared)
    files.write_atomic(manifest_path(folder), json.dumps(wanted, ensure_ascii=False, sort_keys=True, indent=0).encode("utf-8"))
    return loaded, removed


def _remove(store: ox.Store, found: Iterable[ox.Triple | ox.Quad]) -> None:
    for item in found:
        store.remove(ox.Quad(item.subject, item.predicate, item.object, DEFAULT))


def _bulk_load(store: ox.Store, folder: Path, head: list[bytes], names: list[str], block: Callable[[str], bytes], threads: int) -> None:
    """Load head, then each name's Turtle block, into a new store. The blocks go through scratch
    Turtle files, one per thread, each bulk-loaded side by side: read from a path, pyoxigraph's parser
    never waits on Python (10,000 documents: 80 s against 105 s from a Python stream), and one load
    parses on one core while RocksDB takes several at once (1,000 documents: 8.2 s on one thread,
    4.8 s on two)."""
    count = max(1, min(threads, len(names)))
    slices = [names[len(names) * n // count : len(names) * (n + 1) // count] for n in range(count)]
    scratch = [folder.parent / f".{folder.name}.load-{n}.ttl" for n in range(count)]

    def load(n: int) -> None:
        with open(scratch[n], "wb") as file:  # a scratch file: no fsync
            file.writelines(itertools.chain(head if n == 0 else head[:1], map(block, slices[n])))
        store.bulk_load(path=str(scratch[n]), format=ox.RdfFormat.TURTLE)

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
    """How to query a Store so it answers as policy.ttl does: in its default graph, as kg build
    and a Turtle load leave it (the ontology, when loaded beside, in the named graph ONTOLOGY,
    which stays apart); a store with the documents in named graphs of their own (an earlier
    build's, or a TriG export loaded) as the union of its graphs."""
    documents = any(isinstance(graph, ox.NamedNode) and graph.value != ONTOLOGY for graph in itertools.islice(store.named_graphs(), 2))
    return {"use_default_graph_as_union": True} if documents else {}


def _read_manifest(folder: Path) -> dict[str, str] | None:
    """The manifest of a store a finished build left, or None (none, unreadable, or a store of an
    earlier layout: those kept no .store.shared.ttl)."""
    try:
        data = json.loads(manifest_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and folder.is_dir() and shared_path(folder).is_file() else None


# ---- reading the store back --------------------------------------------------------------------


def documents(store: ox.Store) -> list[str]:
    """The documents' IRIs, in order."""
    return sorted(q.subject.value for q in store.quads_for_pattern(None, RDF_TYPE, POLICY_DOCUMENT, DEFAULT) if isinstance(q.subject, ox.NamedNode))


def document_triples(store: ox.Store, iri: str) -> list[ox.Triple]:
    """A document's own triples: the document's and those of every node kg:inDocument it."""
    document = ox.NamedNode(iri)
    owned = [document, *(q.subject for q in store.quads_for_pattern(None, IN_DOCUMENT, document, DEFAULT))]
    return [ox.Triple(q.subject, q.predicate, q.object) for subject in owned for q in store.quads_for_pattern(subject, None, None, DEFAULT)]
