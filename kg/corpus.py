"""Step 5 (corpus): the shards of a build joined: document IRIs, the shared default graph, and every export streamed in one fixed order.

A `Corpus` is what the per-document step left on disk (a shard per document, kg.shard) plus the
few things decided across documents: each document's IRI (the 文号 one unless two documents share
the 文号) and the default graph (what documents share, with the vocabulary's context of every
concept named). Its exports are the shards' Turtle bodies joined in the order of kg.rdf.formats,
one document at a time, so writing a corpus of any size needs the memory of one document.
`kg.pipeline.Build` is a Corpus with its checks, pages and outputs.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import pyoxigraph as ox

from kg import shard
from kg.errors import KgError
from kg.model import Document, Fact, printable
from kg.rdf import formats
from kg.shard import Shard
from kg.vocab import Vocab

if TYPE_CHECKING:
    from rdflib import Graph


@dataclass(frozen=True)
class Corpus:
    """The shards of a build (in document order), where they are, each document's IRI and the default graph."""

    shards: tuple[Shard, ...]
    folder: Path  # where the shards are
    iris: Mapping[str, str]  # document id → its IRI in this build
    default: tuple[ox.Triple, ...]  # the default graph: what documents share, and the concepts' context
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False, kw_only=True)

    @property
    def docs(self) -> tuple[Document, ...]:
        return self._bodies()[0]

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self._bodies()[1]

    def _bodies(self) -> tuple[tuple[Document, ...], tuple[Fact, ...]]:
        if "bodies" not in self._cache:
            docs, facts = [], []
            for record in self.shards:
                doc, found = shard.read_body(record.path(self.folder, ".jsonl.gz"))
                docs.append(doc)
                facts.extend(found)
            self._cache["bodies"] = (tuple(docs), tuple(facts))
        return self._cache["bodies"]

    @property
    def graph(self) -> Graph:
        """The whole graph in rdflib (documents and shared part): for notebooks and small corpora."""
        if "graph" not in self._cache:
            from rdflib import Graph

            from kg.rdf.namespaces import PREFIXES

            graph = Graph(bind_namespaces="none")
            for prefix, namespace in PREFIXES.items():
                graph.bind(prefix, namespace)
            graph.parse(data=b"".join(self.ntriples()), format="nt")
            self._cache["graph"] = graph
        return self._cache["graph"]

    def triple_count(self) -> int:
        return len(self.default) + sum(record.triples for record in self.shards)

    # ---- the graph as streams of serialised parts (see kg.rdf.formats for the order) ----------

    def parts(self) -> list[tuple[str | None, Shard | None]]:
        """(graph IRI, its shard) in export order: the default graph, then documents by IRI."""
        return [(None, None), *sorted(((self.iris[r.doc], r) for r in self.shards), key=lambda p: p[0])]

    def _own(self, record: Shard) -> list[ox.Triple] | None:
        """A document's triples renamed to its IRI in this build; None when the shard's IRI is it."""
        new = self.iris[record.doc]
        if new == record.iri:
            return None
        old = record.iri

        def rename(term: Any) -> Any:
            if isinstance(term, ox.NamedNode) and (term.value == old or term.value.startswith(old + "/")):
                return ox.NamedNode(new + term.value[len(old):])
            return term

        return [ox.Triple(rename(t.subject), t.predicate, rename(t.object)) for t in self._triples(record)]

    def _triples(self, record: Shard) -> list[ox.Triple]:
        data = formats.turtle_header() + shard.read_turtle(record.path(self.folder, shard.TURTLE))
        return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=ox.RdfFormat.TURTLE)]

    def _by_iri(self) -> dict[str, Shard]:
        if "by_iri" not in self._cache:
            self._cache["by_iri"] = {self.iris[r.doc]: r for r in self.shards}
        return self._cache["by_iri"]

    def turtle(self) -> Iterator[bytes]:
        """policy.ttl, part by part."""
        yield formats.turtle_header()
        for iri, record in self.parts():
            yield self._body(record, True, formats.turtle_body)

    def graph_sources(self) -> dict[str, str]:
        """Each document's graph IRI → what the graph is made from: its shard, and the IRI the
        shard's triples are renamed to when the shard was written with another."""
        return {iri: record.key + ("" if record.iri == iri else f" as {iri}") for iri, record in self._by_iri().items()}

    def turtle_file(self, default: bytes, gzipped: bool = False) -> dict[str, tuple[int, int]]:
        """Write policy.ttl into the shards' folder (a build links it into its exports) and say where
        each part is in it: {graph IRI, "" for the shared part (default, its Turtle body): (offset,
        length)}. A document's part whose shard is the one the last build wrote there is copied
        from that file (one document added copies 10,000 parts instead of re-reading 10,000 shards
        and re-naming the documents whose IRI moved); `.policy.ttl.json` beside it says what each
        part was made from, and is trusted only for the very file it describes.

        gzipped: write policy.ttl.gz instead, each part a gzip member of its own, so that a
        document's part is its shard's `.ttl.gz` as it is, copied without inflating it."""
        from kg import files

        name = formats.turtle_name(gzipped)
        path, index = self.folder / name, self.folder / f".{name}.json"
        before = _parts(index, path)
        part = self._gzipped_part if gzipped else lambda record: self._body(record, True, formats.turtle_body)
        pack = shard.gzip_bytes if gzipped else (lambda data: data)
        made = self.graph_sources()
        where: dict[str, tuple[int, int]] = {}

        def chunks(previous: BinaryIO | None) -> Iterator[bytes]:
            header = pack(formats.turtle_header())
            yield header
            offset = len(header)
            for iri, record in self.parts():
                if record is None or iri is None:  # the shared part
                    data = pack(default)
                else:
                    kept = before.get(iri) if previous is not None else None
                    copied = _read(previous, kept[1], kept[2]) if kept is not None and kept[0] == made[iri] else None
                    data = copied if copied is not None else part(record)
                where[iri or ""] = (offset, len(data))
                offset += len(data)
                yield data

        with open(path, "rb") if before else contextlib.nullcontext() as previous:
            files.write_chunks(path, chunks(previous))
        parts = {iri: [made.get(iri, ""), *where[iri]] for iri in sorted(where)}
        files.write_atomic(index, json.dumps({"file": _identity(path), "parts": parts}, ensure_ascii=False).encode("utf-8"))
        return where

    def _gzipped_part(self, record: Shard) -> bytes:
        own = self._own(record)
        if own is not None:
            return shard.gzip_bytes(formats.turtle_body(own))
        return shard.read_file(record.path(self.folder, shard.TURTLE))

    def trig(self) -> Iterator[bytes]:
        yield formats.turtle_header()
        for iri, record in self.parts():
            yield formats.trig_block(iri, self._body(record, True, formats.turtle_body))

    def ntriples(self) -> Iterator[bytes]:
        for iri, record in self.parts():
            yield self._body(record, False, formats.ntriples_lines)

    def _body(self, record: Shard | None, turtle: bool, write: Callable[[list[ox.Triple]], bytes]) -> bytes:
        """A part of an export: the shared triples (record None), or a document's, written by write
        unless it is Turtle as its shard holds it."""
        if record is None:
            return write(list(self.default))
        own = self._own(record)
        if own is not None:
            return write(own)
        if turtle:
            return shard.read_turtle(record.path(self.folder, shard.TURTLE))
        return write(self._triples(record))



def _read(file: BinaryIO | None, offset: int, length: int) -> bytes | None:
    """length bytes of file at offset, or None if it has fewer."""
    data = os.pread(file.fileno(), length, offset) if file is not None else b""
    return data if len(data) == length else None


def _identity(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns]


def _parts(index: Path, path: Path) -> dict[str, list[Any]]:
    """The parts of the policy.ttl at path as the index beside it lists them ({IRI: [made from,
    offset, length]}), or {} unless the index describes that very file (a build stopped between
    the two writes leaves an index of the file before)."""
    try:
        data = json.loads(index.read_bytes())
        return dict(data["parts"]) if data["file"] == _identity(path) else {}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def document_iris(records: Sequence[Shard]) -> dict[str, str]:
    """Document id → IRI: the 文号 one (as the shard was written) unless another document of the
    build shares the 文号, then the file stem's (kg.rdf.terms.doc_iris, decided per corpus)."""
    from kg.rdf.namespaces import ID
    from kg.rdf.terms import mint

    numbers = Counter(r.number for r in records if r.number)
    return {r.doc: (str(ID[f"doc/{mint(r.doc)}"]) if r.number and numbers[r.number] > 1 else r.iri) for r in records}


def default_graph(shared: Iterable[str], vocab: Vocab) -> tuple[ox.Triple, ...]:
    """The union of the documents' shared triples and the vocabulary's context of their concepts."""
    from kg.rdf.graph import add_concept_context

    # Each shard wrote its shared triples as canonical N-Triples lines, so the union is that of the
    # lines (parsing 10,000 documents' lines one by one first took 2.3 s of every build).
    lines = sorted({line for text in shared for line in text.splitlines() if line})
    graph = rdflib_graph(ox.parse("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    add_concept_context(graph, vocab)
    return tuple(sorted((ox.Triple(*(formats.to_ox(term) for term in triple)) for triple in graph), key=str))  # type: ignore[arg-type]


def rdflib_graph(triples: Iterable[ox.Triple]) -> Graph:
    """An rdflib graph of these triples, for SHACL and the vocabulary's context (pyoxigraph parses
    and rdflib's plain store holds them: 10,000 documents' shared triples in 0.7 s against 1.4 s
    through rdflib's own N-Triples parser)."""
    from kg.rdf.shapes import data_graph

    return data_graph((formats.to_rdflib(t.subject), formats.to_rdflib(t.predicate), formats.to_rdflib(t.object)) for t in triples)  # type: ignore[arg-type]


def file_stat(path: Path) -> tuple[str, int, int, int]:
    """What says a file is unchanged without reading it: its path, size, mtime (ns) and inode."""
    try:
        stat = path.stat()
    except OSError as error:
        raise KgError(path, f"cannot be read ({error.strerror or error})") from error
    return (printable(str(path.resolve())), stat.st_size, stat.st_mtime_ns, stat.st_ino)  # printable: the index is JSON


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise KgError(path, f"cannot be read ({error.strerror or error})") from error

