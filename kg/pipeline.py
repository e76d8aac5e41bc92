"""The data flow written down once: read → normalise → segment → extract → graph → check → outputs → write.

`build()` is what `kg build`, the benchmarks and notebooks run; `Build.outputs()` renders every file
`kg build` writes, as bytes, and `Build.write()` puts them on disk. The per-document part,
`process()`, is a pure function of one file and the vocabulary.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg import files, ingest
from kg.errors import KgError
from kg.extract import extract
from kg.model import Document, Entity, Fact, Funding, Support, Target, document_ids
from kg.normalize import normalize
from kg.segment import segment
from kg.vocab import Vocab

if TYPE_CHECKING:  # the heavy parts load when first used, so `import kg` stays instant
    import networkx
    import pyvis.network
    from rdflib import Graph

    from kg.pages.views import View
    from kg.rdf.shapes import Violation

Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
Progress = Callable[[str, int, int], None]  # (phase, done, total)


def _quiet(phase: str, done: int, total: int) -> None:
    """The default progress callback: says nothing."""


@dataclass(frozen=True)
class Build:
    """One build: the documents as read, the facts extracted, the RDF graph and its SHACL violations.

    Example:
        >>> import kg
        >>> b = kg.build(["seeds"])          # doctest: +SKIP
        >>> b.query("SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:PolicyDocument }")  # doctest: +SKIP
        (('n',), [('5',)])
    """

    docs: tuple[Document, ...]
    facts: tuple[Fact, ...]
    graph: Graph
    violations: tuple[Violation, ...] = ()
    vocab: Vocab | None = field(default=None, repr=False, compare=False)
    skipped: tuple[tuple[Path, str], ...] = ()  # files in the folders of a kind not read, with the reason
    failed: tuple[tuple[Path, str], ...] = ()  # files not read under keep_going, with the problem
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def conforms(self) -> bool:
        return not self.violations

    def overview(self) -> View:
        """The view model of every document and what it names (what graph.html draws)."""
        if "overview" not in self._cache:
            from kg.pages import views
            from kg.rdf.graph import resolve

            vocab = self.vocab

            def concept(name: str) -> tuple[str, str] | None:
                found = resolve(name, vocab) if vocab is not None else None
                return (found.type, found.label) if found else None

            self._cache["overview"] = views.overview(self.docs, self.facts, resolve=concept)
        return self._cache["overview"]

    def outputs(self) -> dict[str, bytes]:
        """Every file `kg build` writes, by path relative to the exports folder; nothing is written."""
        from kg.pages import site
        from kg.rdf import formats
        from kg.rdf.graph import ontology_turtle

        # the pages (issue 14): today's below 1,500 drawn nodes, a bounded overview from the store above
        out = site.pages(self._store, self.overview)
        out["policy.ttl"] = formats.turtle(self.graph)
        # the text each document was read as (for HTML, PDF, DOCX the extracted text): every quote
        # of the graph is at its offsets (oa:start, oa:end) in this file
        out.update({f"text/{doc.id}.txt": doc.original.encode("utf-8") for doc in self.docs})
        out["ontology.ttl"] = ontology_turtle()  # what policy.ttl owl:imports: the ontology and vocabularies
        return out

    def write(self, out: str | os.PathLike[str] = "exports") -> list[Path]:
        """Write `outputs()` into the folder out; refused, with nothing written, if the graph does not conform."""
        folder = Path(out)
        if self.violations:
            raise KgError(folder / "policy.ttl", f"graph does not conform to ontology/shapes.ttl ({plural(len(self.violations), 'violation')}); nothing written")
        return files.write_tree(folder, self.outputs())

    def _store(self) -> Any:
        """The graph as a pyoxigraph Store, made once (for queries and the bounded overview)."""
        from kg.rdf import sparql as runner

        if "store" not in self._cache:
            self._cache["store"] = runner.from_graph(self.graph)
        return self._cache["store"]

    def query(self, sparql: str, timeout: float = 30.0) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        """Run a query (our prefixes predeclared) under `kg query`'s rules: (column names, rows of strings).

        ASK answers one `ask` column; CONSTRUCT and DESCRIBE answer subject, predicate, object rows.
        """
        from kg.rdf import sparql as runner

        return runner.run(self._store(), sparql, runner.Limits(timeout=timeout)).text_rows()

    def to_networkx(self) -> networkx.MultiDiGraph:
        """Documents and entities as nodes, mentions/targets/funds/supports as edges, with the page's positions."""
        from kg.pages import notebook

        return notebook.to_networkx(self.overview())

    def to_pyvis(self) -> pyvis.network.Network:
        """A pyvis Network styled like our pages: positions precomputed, physics off, no CDN when written."""
        from kg.pages import notebook

        return notebook.to_pyvis(self.overview())

    def summary(self) -> str:
        """What was built, in a few lines for people."""
        entities = Counter(f.type for f in {(f.doc, f.type, f.name): f for f in self.facts if isinstance(f, Entity)}.values())
        facts = Counter(type(f).__name__ for f in self.facts if isinstance(f, (Target, Funding, Support)))
        return "\n".join([
            f"documents  {len(self.docs)}",
            "entities   " + ", ".join(f"{t} {n}" for t, n in sorted(entities.items())),
            "facts      " + ", ".join(f"{t} {n}" for t, n in sorted(facts.items())),
            f"triples    {len(self.graph)}",
            f"read       {ingest.describe(self.docs)}",
        ])

    def _repr_html_(self) -> str:
        """In Jupyter: the overview page, drawn offline inside an iframe."""
        from kg.pages import notebook

        return notebook.iframe(self.overview())


def prepare(doc: Document, vocab: Vocab) -> Document:
    """Normalise and segment a document as read."""
    return segment(normalize(doc, vocab), vocab)


def from_text(text: str, vocab: Vocab, doc_id: str = "doc") -> Document:
    """A document from a string (for tests and the library user): as if read from doc_id.txt."""
    return prepare(Document(id=doc_id, name=f"{doc_id}.txt", original=text, text=text, starts=(), ends=()), vocab)


def process(doc: Document, vocab: Vocab) -> tuple[Document, tuple[Fact, ...]]:
    """The per-document step: a document as read → (the prepared document, its facts). Pure."""
    prepared = prepare(doc, vocab)
    return prepared, tuple(extract(prepared, vocab))


def as_paths(paths: Paths) -> list[Path]:
    """A path or many, as strings or Paths, into a list of Paths."""
    if isinstance(paths, (str, os.PathLike)):
        return [Path(paths)]
    return [Path(path) for path in paths]


def build(paths: Paths = ("seeds",), vocab: Vocab | None = None, check: bool = True, progress: Progress = _quiet,
          keep_going: bool = False) -> Build:
    """Build the graph of the documents under paths (files or folders; strings or Paths).

    Every file is read before any is processed, so a bad file fails the build before work; with
    `keep_going` bad files are left out and listed in `Build.failed`. Files in the folders of a kind
    we do not read are listed in `Build.skipped`. `check=False` skips SHACL (for views and
    extraction, where no graph is written).
    """
    from kg import vocab as vocabulary
    from kg.rdf import shapes
    from kg.rdf.graph import to_graph

    vocab = vocab if vocab is not None else vocabulary.load()
    found = ingest.survey(as_paths(paths))
    progress("read", 0, len(found.files))
    read, failed = ingest.read_all(found.files, keep_going, ids=document_ids(found.files))  # a/x.txt and b/x.txt are two documents
    progress("read", len(found.files), len(found.files))
    docs: list[Document] = []
    facts: list[Fact] = []
    for n, doc in enumerate(read, start=1):
        prepared, extracted = process(doc, vocab)
        docs.append(prepared)
        facts.extend(extracted)
        progress("extract", n, len(read))
    progress("graph", 0, 1)
    graph = to_graph(docs, facts, vocab)
    progress("graph", 1, 1)
    violations: Sequence[Violation] = ()
    if check:
        progress("validate", 0, 1)
        violations = shapes.check(graph)
        progress("validate", 1, 1)
    return Build(docs=tuple(docs), facts=tuple(facts), graph=graph, violations=tuple(violations), vocab=vocab,
                 skipped=found.skipped, failed=tuple(failed))


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
