"""The data flow written down once: read → normalise → segment → extract → graph."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg import ingest
from kg.extract import extract
from kg.rdf.graph import to_graph
from kg.model import Document, Fact
from kg.normalize import normalize
from kg.segment import segment
from kg.vocab import Vocab


@dataclass(frozen=True)
class Build:
    docs: tuple[Document, ...]
    facts: tuple[Fact, ...]
    graph: Graph | None
    failed: tuple[tuple[Path, str], ...] = ()  # files not read under keep_going, with the problem


def prepare(doc: Document, vocab: Vocab) -> Document:
    """Normalise and segment a document as read."""
    return segment(normalize(doc, vocab), vocab)


def from_text(text: str, vocab: Vocab, doc_id: str = "doc") -> Document:
    """A document from a string (for tests and the library user): as if read from doc_id.txt."""
    return prepare(Document(id=doc_id, name=f"{doc_id}.txt", original=text, text=text, starts=(), ends=()), vocab)


def build(
    paths: Iterable[Path],
    vocab: Vocab,
    with_graph: bool = True,
    progress: Callable[[Path], None] = lambda path: None,
    keep_going: bool = False,
) -> Build:
    """Every document read before any is processed, so a bad file fails the build before work
    (with keep_going, bad files are left out and listed in Build.failed)."""
    read, failed = ingest.read_all(ingest.find(paths), keep_going)
    docs = []
    for doc in read:
        docs.append(prepare(doc, vocab))
        progress(Path(doc.name))
    facts = tuple(fact for doc in docs for fact in extract(doc, vocab))
    graph = to_graph(docs, facts, vocab) if with_graph else None
    return Build(docs=tuple(docs), facts=facts, graph=graph, failed=tuple(failed))
