"""Steps 1–5 for one document: a file → its shard on disk (triples, Turtle, facts), cached by content.

`make()` is the per-document work of a build and a pure function of the file's bytes, its name,
the vocabulary and the code (`version()`): read → normalise → segment → extract → that document's
triples → SHACL on them. It writes the shard and returns a small `Shard` record, so a process pool
or a Dask cluster sends back a few hundred bytes per document, never graphs.

A shard is four files under `folder/<key[:2]>/<key>.*`, the key hashing all of the above:

- `.ttl.gz`   the document's own triples (the document, its mentions, facts, evidence) as sorted
              Turtle statements without the prefix lines, gzipped (a sixth of the size; policy.ttl
              holds them plain): the exports and the store's documents are these bodies joined
              (kg.rdf.formats, kg.rdf.store);
- `.json`     the `Shard` record and the shared triples (what other documents may also say: a
              concept's type and label) as N-Triples; the corpus step writes their union once, in
              the default graph;
- `.jsonl.gz` the prepared document, then one fact per line (for pages, `kg extract`, notebooks);
- `.txt`      the text as read, which the build links into exports/text/ (quotes are at its offsets).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Collection, Iterator, Sequence
from dataclasses import asdict, dataclass, fields, replace
from decimal import Decimal
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import KgError
from kg.model import Document, DocumentMeta, Entity, Evidence, Fact, Funding, Source, Span, Support, Target
from kg.vocab import Vocab

if TYPE_CHECKING:
    from rdflib import Graph

FORMAT = 5  # the shard layout; part of every key
TURTLE = ".ttl.gz"  # a shard's Turtle body
SHARD_FILE = re.compile(r"([0-9a-f]{64})\.")  # a shard's files: <key>.ttl, .json …; not a write's temporary file


@dataclass(frozen=True, slots=True)
class Shard:
    """What the corpus step needs to know of one document without reading its shard."""

    key: str
    doc: str  # document id (the file stem)
    name: str  # file name
    number: str | None  # 文号: decides the document's IRI (see kg.rdf.terms.doc_iris)
    iri: str  # the IRI the shard was written with: the 文号 one when there is a 文号
    triples: int
    counts: tuple[tuple[str, int], ...]  # ("Entity:Region", 3), ("Target", 2) …
    violations: tuple[tuple[str, str, str, str], ...]  # (focus, path, message, value as N-Triples or "")
    source: Source = Source()  # how it was read (format, encoding, hash, pages)
    warnings: tuple[str, ...] = ()  # what the build says about it (no title found …)

    def path(self, folder: Path, suffix: str) -> Path:
        return folder / self.key[:2] / f"{self.key}{suffix}"


# ---- the key: what a shard depends on ----------------------------------------------------------

# Every module whose code decides a shard's content (tests/test_shard_code.py checks none is missing): a change to
# one must rebuild the shards it made, or an upgraded kg would reuse a document's old metadata or facts.
_CODE = ("ingest", "normalize.py", "cellgaps.py", "lonecells.py", "segment.py", "issuers.py", "doctypes.py", "pagefields.py",
         "taiwanheader.py", "validity.py", "cues.py", "extract", "governs.py", "pipeline.py", "model.py", "vocab.py",
         "shard.py", "rdf/graph.py", "rdf/terms.py", "rdf/triples.py", "rdf/namespaces.py", "rdf/shapes.py", "rdf/formats.py")
_LIBRARIES = ("jieba", "rjieba", "ahocorasick-rs", "opencc", "cn2an", "rdflib", "pyshacl", "pyoxigraph")


def version(vocab: Vocab, shapes: bytes = b"") -> str:
    """The extractor's version: its code, the libraries it calls, the vocabulary and the SHACL
    shapes the documents are checked against (shapes: their N-Triples, sorted)."""
    digest = hashlib.sha256(f"shard format {FORMAT}\n".encode())
    digest.update(code_digest(_CODE, _LIBRARIES, "*.py").encode())
    digest.update(shapes)
    for concept in sorted(vocab.concepts.values(), key=lambda c: c.iri):
        digest.update(repr(concept).encode("utf-8"))
    digest.update(repr(vocab.variants).encode("utf-8"))
    return digest.hexdigest()


def code_digest(names: Sequence[str], libraries: Sequence[str], pattern: str = "*") -> str:
    """A hash of the files of the kg package at names (files, or folders whose files matching
    pattern count) and of the installed versions of libraries."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for name in names:
        for path in sorted(_sources(package / name, pattern)):
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for library in libraries:
        try:
            digest.update(f"{library} {metadata.version(library)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library} -\n".encode())
    return digest.hexdigest()


def _sources(path: Path, pattern: str) -> Iterator[Path]:
    if path.is_file():
        yield path
    elif path.is_dir():
        yield from (p for p in path.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts)


def key(data: bytes, doc: str, name: str, code: str) -> str:
    """A shard's key: the file's bytes, its document id and name (the IRI comes from them) and the code."""
    return hashlib.sha256(b"\0".join([code.encode(), doc.encode("utf-8", "surrogatepass"), name.encode("utf-8", "surrogatepass"), data])).hexdigest()


def read_index(folder: Path, code: str) -> dict[tuple[str, int, int, int], str]:
    """(path, size, mtime_ns, inode) → shard key, as the last build with this code left it."""
    try:
        data = json.loads((folder / "index.json").read_bytes())
        if data.get("code") != code:
            return {}
        return {(path, size, mtime, inode): key for path, size, mtime, inode, key in data["files"]}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def write_index(folder: Path, code: str, index: dict[tuple[str, int, int, int], str]) -> None:
    from kg import files

    rows = sorted([*stat, key] for stat, key in index.items())
    files.write_atomic(folder / "index.json", json.dumps({"code": code, "files": rows}, ensure_ascii=False).encode("utf-8"))


def prune(folder: Path, keep: Collection[str]) -> int:
    """Remove the shards under folder whose keys are not in keep: other documents', or any made by
    another version of the extractor (the key names both, so this build can never use them again).
    Returns how many files went."""
    removed = 0
    for sub in folder.iterdir():
        if len(sub.name) == 2 and sub.is_dir():
            for path in sub.iterdir():
                key = SHARD_FILE.match(path.name)
                if key and key[1] not in keep:
                    path.unlink(missing_ok=True)
                    removed += 1
    return removed


# ---- making a shard (the per-document work) --------------------------------------------------


def make(path: Path, shard_key: str, doc: str, name: str, vocab: Vocab, folder: Path, shapes: Graph | None = None) -> Shard:
    """Process the document at path (whose bytes, id, name and code give shard_key) as document doc
    named name, check its triples against shapes (None: no check) and write its shard under folder;
    returns the shard's record. A file that cannot be read is a KgError naming it."""
    from kg import files, ingest, pipeline
    from kg.rdf import formats
    from kg.rdf import shapes as shacl
    from kg.rdf.graph import triples

    prepared, facts = pipeline.process(replace(ingest.read(path), id=doc, name=name), vocab)
    made = triples([prepared], facts, vocab)
    violations = shacl.check_triples(made.triples, shapes) if shapes is not None else []
    own, shared, iri = made.split()
    record = Shard(
        key=shard_key,
        doc=prepared.id,
        name=prepared.name,
        number=prepared.meta.number,
        iri=iri,
        triples=len(own),
        counts=_counts(facts),
        violations=tuple(v.key() for v in violations),
        source=prepared.source,
        warnings=prepared.warnings,
    )
    body = "".join(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n" for line in [document_json(prepared), *map(fact_json, facts)])
    parts = {
        TURTLE: gzip_bytes(formats.turtle_body(own)),
        ".txt": prepared.original.encode("utf-8"),
        ".jsonl.gz": gzip_bytes(body.encode("utf-8")),
    }
    header = {**asdict(record), "shared": formats.ntriples_lines(shared).decode("utf-8"), "sizes": {suffix: len(data) for suffix, data in parts.items()}}
    # Not fsynced one by one (8 fsyncs a document were 3.8 ms of its wall time): the header is written
    # last and names the other files' sizes, which read_header checks, so a shard that a crash
    # left torn is made again; a build syncs the disk once before its index names the shards.
    files.write_all({record.path(folder, suffix): data for suffix, data in parts.items()}, durable=False)
    files.write_atomic(record.path(folder, ".json"), json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8"), durable=False)
    return record


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=1, mtime=0)  # 0.8 ms a document against 1.8 at 6, 23 % larger; no time: the same bytes


def _counts(facts: Sequence[Fact]) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {}
    entities = {(f.type, f.name) for f in facts if isinstance(f, Entity)}
    for type_, _ in entities:
        counts[f"Entity:{type_}"] = counts.get(f"Entity:{type_}", 0) + 1
    for fact in facts:
        if not isinstance(fact, Entity):
            counts[type(fact).__name__] = counts.get(type(fact).__name__, 0) + 1
    return tuple(sorted(counts.items()))


# ---- reading a shard back ---------------------------------------------------------------------


def header_path(folder: Path, shard_key: str) -> Path:
    return folder / shard_key[:2] / f"{shard_key}.json"


def read_header(path: Path) -> tuple[Shard, str] | None:
    """A cached shard's record and its shared triples (N-Triples), or None when it is not there
    whole (its other files at the sizes the header names)."""
    try:
        header = json.loads(path.read_bytes())
        shared = header.pop("shared")
        if any(path.with_suffix(suffix).stat().st_size != size for suffix, size in header.pop("sizes").items()):
            return None
        header["counts"] = tuple(tuple(c) for c in header["counts"])
        header["violations"] = tuple(tuple(v) for v in header["violations"])
        header["source"] = _source(header["source"])
        header["warnings"] = tuple(header["warnings"])
        record = Shard(**header)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return record, shared


def read_turtle(path: Path) -> bytes:
    """A shard's Turtle body (its `.ttl.gz`) as written by `make`."""
    try:
        return gzip.decompress(read_file(path))
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        raise KgError(path, f"damaged build cache ({error}); run `kg build --fresh`") from error


def read_file(path: Path) -> bytes:
    """A shard's file as it is on disk."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise KgError(path, f"damaged build cache ({error}); run `kg build --fresh`") from error


def read_body(path: Path) -> tuple[Document, list[Fact]]:
    """The prepared document and its facts from a shard's .jsonl.gz."""
    try:
        lines = gzip.decompress(path.read_bytes()).decode("utf-8").split("\n")  # JSON escapes every line break
        return document_from_json(json.loads(lines[0])), [fact_from_json(json.loads(line)) for line in lines[1:] if line]
    except (OSError, ValueError, EOFError, IndexError, KeyError, TypeError) as error:
        raise KgError(path, f"damaged build cache ({error}); run `kg build --fresh`") from error


# ---- records ↔ JSON -------------------------------------------------------------------------

_FACTS = {cls.__name__: cls for cls in (Entity, Target, Funding, Support)}
_DECIMALS = {"value", "value_max", "amount_yuan", "ratio"}


def fact_json(fact: Fact) -> dict[str, object]:
    out: dict[str, object] = {"kind": type(fact).__name__}
    for f in fields(fact):
        value = getattr(fact, f.name)
        if isinstance(value, Evidence):
            value = [value.doc, value.quote, value.start, value.end, value.page]
        elif isinstance(value, Decimal):
            value = str(value)  # Decimal(str(d)) == d, exponent and all
        out[f.name] = value
    return out


def fact_from_json(data: dict[str, object]) -> Fact:
    data = dict(data)
    cls = _FACTS[str(data.pop("kind"))]
    evidence = data.pop("evidence")
    values = {k: (Decimal(v) if k in _DECIMALS and v is not None else v) for k, v in data.items()}  # type: ignore[arg-type]
    return cls(evidence=Evidence(*evidence), **values)  # type: ignore[misc, arg-type]


def document_json(doc: Document) -> dict[str, object]:
    """A prepared document; its offset maps as runs of (index, offset − index), mostly one run."""
    return {
        "id": doc.id, "name": doc.name, "original": doc.original, "text": None if doc.text == doc.original else doc.text,
        "starts": _runs(doc.starts), "ends": _runs(doc.ends), "traditional": doc.traditional,
        "meta": asdict(doc.meta), "sentences": [[s.start, s.end] for s in doc.sentences],
        "source": asdict(doc.source), "warnings": list(doc.warnings),
    }


def document_from_json(data: dict) -> Document:  # type: ignore[type-arg]
    text = data["original"] if data["text"] is None else data["text"]
    n = len(text)
    return Document(
        id=data["id"], name=data["name"], original=data["original"], text=text,
        starts=_unruns(data["starts"], n), ends=_unruns(data["ends"], n), traditional=data["traditional"],
        meta=DocumentMeta(**data["meta"]), sentences=tuple(Span(s, e) for s, e in data["sentences"]),
        source=_source(data["source"]), warnings=tuple(data["warnings"]),
    )


def _source(data: dict) -> Source:  # type: ignore[type-arg]
    return Source(data["format"], data["encoding"], data["sha256"], tuple(data["pages"]), tuple((k, v) for k, v in data["fields"]))


def _runs(values: tuple[int, ...]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i, value in enumerate(values):
        if not runs or runs[-1][1] != value - i:
            runs.append([i, value - i])
    return runs


def _unruns(runs: list[list[int]], n: int) -> tuple[int, ...]:
    out: list[int] = []
    for (start, delta), following in zip(runs, [*(r[0] for r in runs[1:]), n]):
        out.extend(range(start + delta, following + delta))
    return tuple(out)
