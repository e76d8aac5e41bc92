"""The data flow written down once: per document (read → normalise → segment → extract → triples → check), then the corpus (shared part → store → exports → pages).

`build()` is what `kg build`, the benchmarks and notebooks run. The per-document part, `process()`,
is a pure function of one file and the vocabulary; `kg.shard.make` runs it and writes the
document's shard, on every core (kg.workers) or a Dask cluster, and a shard already made for the
same bytes and code is reused. The corpus steps read the shards as a stream: `Build.write()` writes
policy.ttl part by part and brings the on-disk store (kg.rdf.store) up to date, replacing only the
documents that changed; `Build.outputs()` renders every file as bytes (small corpora).
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import json
import os
import shutil
import tempfile
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib.util import from_n3

from kg import corpus, files, governs, ingest, shard, workers
from kg.corpus import Corpus
from kg.errors import KgError
from kg.extract import extract
from kg.model import Document, Fact, document_ids, printable
from kg.normalize import normalize
from kg.rdf import formats
from kg.segment import segment
from kg.vocab import Vocab

if TYPE_CHECKING:  # the heavy parts load when first used, so `import kg` stays instant
    import networkx
    import pyoxigraph as ox
    import pyvis.network

    from kg.pages.views import View
    from kg.rdf.shapes import Violation

Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
_WRITERS = ("pyoxigraph", "rdflib", "pyshacl", "pyvis", "networkx", "scipy", "numpy")  # libraries whose output a build folder holds
Progress = Callable[[str, int, int], None]  # (phase, done, total)


def _quiet(phase: str, done: int, total: int) -> None:
    """The default progress callback: says nothing."""


@dataclass(frozen=True)
class Build(Corpus):
    """One build: a shard per document (on disk), the graph they make and its SHACL violations.

    The documents, facts and the rdflib graph are read back from the shards when first asked
    for; they hold the whole corpus in memory, so past a few hundred documents use `write()`
    (which streams) and the store it writes (`kg.rdf.store.open_read_only(out / "store")`).

    Example:
        >>> import kg
        >>> b = kg.build(["seeds"])          # doctest: +SKIP
        >>> b.query("SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:PolicyDocument }")  # doctest: +SKIP
        (('n',), [('5',)])
    """

    corpus_violations: tuple[Violation, ...] = ()
    vocab: Vocab | None = field(default=None, repr=False, compare=False)
    skipped: tuple[tuple[Path, str], ...] = ()  # files in the folders of a kind not read, with the reason
    failed: tuple[tuple[Path, str], ...] = ()  # files not read under keep_going, with the problem
    fresh: bool = False  # built with fresh=True: write() writes its folder again even if it holds this build
    jobs: int = 1  # the cores it may use: write() loads a new store on as many threads

    @property
    def violations(self) -> tuple[Violation, ...]:
        if "violations" not in self._cache:
            from kg.rdf import shapes

            found = {v.key(): v for v in self.corpus_violations}
            for record in self.shards:
                for focus, path, message, value in record.violations:
                    violation = shapes.Violation(focus, path, message, from_n3(value) if value else None)  # type: ignore[arg-type]
                    found.setdefault(violation.key(), violation)
            self._cache["violations"] = tuple(found[k] for k in sorted(found))
        return self._cache["violations"]

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

    def pages(self, store: Callable[[], ox.Store] | None = None, wanted: Sequence[str] = ()) -> dict[str, bytes]:
        """The HTML pages `kg build` writes (kg.pages.site): today's up to 1,500 drawn nodes, a
        bounded overview drawn from the store above, and the views asked for by name (doc/<id>,
        entity/<type>/<name>, type/<type>) at any size. store gives the built graph (default: this
        build's graph in memory; `write()` passes the on-disk store it has just synced)."""
        from kg.pages import site

        return site.pages(store or self._store, self.overview, wanted=wanted)

    def outputs(self) -> dict[str, bytes]:
        """Every file `kg build` writes, by path relative to the exports folder, as bytes (small
        corpora and tests; `write()` streams the big ones). The store, a folder, is not among them."""
        return {**self._small_outputs(), "policy.ttl": b"".join(self.turtle()), **dict(self._texts())}

    def _small_outputs(self, store: Callable[[], ox.Store] | None = None, wanted: Sequence[str] = ()) -> dict[str, bytes]:
        from kg.rdf.graph import ontology_turtle

        return {**self.pages(store, wanted), "ontology.ttl": ontology_turtle()}  # what policy.ttl owl:imports

    def _texts(self) -> Iterator[tuple[str, bytes]]:  # write() links the same files instead
        """text/<doc>.txt: the text each document was read as (for HTML, PDF, DOCX the extracted
        text): every quote of the graph is at its offsets (oa:start, oa:end) in this file."""
        for record in self.shards:
            yield f"text/{record.doc}.txt", record.path(self.folder, ".txt").read_bytes()

    def write(self, out: str | os.PathLike[str] = "exports", wanted: Sequence[str] = (), gzipped: bool = False) -> list[Path]:
        """Write the pages, policy.ttl and the texts (streamed) and the store into the folder out,
        swapped in as a whole (kg.files.write_tree); refused, with nothing written, if the graph does
        not conform, and nothing to do if out holds this build already (`up_to_date`). policy.ttl
        is made in the cache (`Corpus.turtle_file`) and linked in, as the texts are; the store is
        brought up to date in the cache from its bytes (only changed documents are reloaded) and
        checkpointed into out/store (hard links). gzipped: policy.ttl.gz instead of policy.ttl
        (`kg build --gzip`)."""
        from kg.rdf import store

        folder = Path(out)
        if self.violations:
            raise KgError(folder / "policy.ttl", f"graph does not conform to ontology/shapes.ttl ({plural(len(self.violations), 'violation')}); nothing written")

        folder = files.writable(folder)
        graphs = self.graph_sources()
        stamp = self._stamp(graphs, wanted, gzipped)
        unchanged = None if self.fresh else files.up_to_date(folder, stamp)
        if unchanged is not None:
            return unchanged
        live, default = self.folder / "store", formats.turtle_body(self.default)
        name = formats.turtle_name(gzipped)
        unpack = gzip.decompress if gzipped else (lambda data: data)
        with files.lock(live):  # two builds sharing a cache take turns at its policy.ttl and store
            where = self.turtle_file(default, gzipped)  # the store is loaded from the same bytes
            with open(self.folder / name, "rb") as turtle:
                store.sync(live, graphs, lambda iri: unpack(os.pread(turtle.fileno(), where[iri][1], where[iri][0])), default, self.jobs, self.fresh)
            pages = self._pages_from(live, wanted)

            def fill(staging: Path) -> None:
                files.link(self.folder / name, staging / name)
                for record in self.shards:
                    files.link(record.path(self.folder, ".txt"), staging / "text" / f"{record.doc}.txt")
                store.checkpoint(live, staging / "store")

            return files.write_tree(folder, pages, fill, whole=("store",), stamp=stamp)

    def up_to_date(self, out: str | os.PathLike[str] = "exports", wanted: Sequence[str] = (), gzipped: bool = False) -> bool:
        """Whether folder out holds this very build already (the same documents, code and views,
        every file in place), so that `write()` has nothing to do; never after a fresh build."""
        return not self.fresh and files.up_to_date(files.writable(Path(out)), self._stamp(self.graph_sources(), wanted, gzipped)) is not None

    def _stamp(self, graphs: Mapping[str, str], wanted: Sequence[str], gzipped: bool) -> str:
        """What a build folder is made from: every file of the kg package (the pages' code and
        templates too, which the shard keys leave out), the libraries writing it, ontology.ttl, the
        documents' shards under their IRIs and the views asked for."""
        from kg.rdf.graph import ontology_turtle

        digest = hashlib.sha256(shard.code_digest(("",), _WRITERS).encode())
        digest.update(ontology_turtle())
        digest.update(json.dumps([sorted(graphs.items()), sorted(wanted), gzipped], ensure_ascii=False).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _pages_from(self, folder: Path, wanted: Sequence[str] = ()) -> dict[str, bytes]:
        """The pages and ontology.ttl drawn from the on-disk store at folder (closed on return, before
        the checkpoint opens it to write)."""
        from kg.rdf import store

        opened = store.open_read_only(folder)
        return self._small_outputs(lambda: opened, wanted)

    def _store(self) -> ox.Store:
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
        counts: Counter[str] = Counter()
        for record in self.shards:
            counts.update(dict(record.counts))
        entities = sorted((k.removeprefix("Entity:"), n) for k, n in counts.items() if k.startswith("Entity:"))
        facts = sorted((k, n) for k, n in counts.items() if not k.startswith("Entity:"))
        return "\n".join([
            f"documents  {len(self.shards)}",
            "entities   " + ", ".join(f"{t} {n}" for t, n in entities),
            "facts      " + ", ".join(f"{t} {n}" for t, n in facts),
            f"triples    {self.triple_count()}",
            f"read       {ingest.describe(record.source for record in self.shards)}",
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
    with _collector_paused():
        prepared = prepare(doc, vocab)
        facts = tuple(extract(prepared, vocab))  # extraction reads bodies by the city; the record names the zone it governs
        return replace(prepared, meta=governs.finer(prepared, vocab)), facts


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while one document is processed: extraction makes and
    drops a million small objects (words, matches, mentions), freed by their counts, and a collection every
    700 of them rescanned what stays alive (jieba's dictionary, the vocabulary, the caches): 7 % of the CPU
    time over corpus-dev. What cycles a document leaves are collected after it. The collector is left as
    found when something else (a caller, another thread's document) already holds it off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def as_paths(paths: Paths) -> list[Path]:
    """A path or many, as strings or Paths, into a list of Paths."""
    if isinstance(paths, (str, os.PathLike)):
        return [Path(paths)]
    return [Path(path) for path in paths]


def build(paths: Paths = ("seeds",), vocab: Vocab | None = None, check: bool = True, progress: Progress = _quiet,
          keep_going: bool = False, *, cache: str | os.PathLike[str] | None = None, jobs: int = 1,
          scheduler: str | None = None, fresh: bool = False, prune: bool = False) -> Build:
    """Build the graph of the documents under paths (files or folders; strings or Paths).

    Each document becomes a shard in the folder cache (a temporary folder when None), made by
    `kg.shard.make` on jobs processes or on the Dask scheduler at the given address; a document
    whose shard is already there (same bytes, id, name and code) is not processed again unless
    fresh, and not even read when its size, mtime and inode are those of the last build. A file
    that cannot be read stops the build (the shards made so far stay in the cache); with
    `keep_going` it is left out and listed in `Build.failed`. Files in the folders of a kind we do
    not read are listed in `Build.skipped`. `check=False` skips SHACL (for views and extraction,
    where no graph is written). `prune` removes the shards of the cache this build does not use
    (for a cache that serves one corpus: `kg build`'s own, beside its OUT).
    """
    from kg import vocab as vocabulary
    from kg.rdf import shapes

    given = vocab
    vocab = vocab if vocab is not None else vocabulary.load()
    found = ingest.survey(as_paths(paths))
    ids = document_ids(found.files)  # a/x.txt and b/x.txt are two documents
    rules = shapes.shapes_graph() if check else None
    code = shard.version(vocab, formats.ntriples(rules) if rules is not None else b"unchecked")
    folder = Path(cache) if cache is not None else Path(tempfile.mkdtemp(prefix="kg-build-"))
    known = {} if fresh else shard.read_index(folder, code)
    keys: dict[Path, str] = {}
    headers: dict[str, tuple[shard.Shard, str] | None] = {}  # shard key → its record and shared triples, read once
    tasks, index, failed = [], {}, []
    for n, path in enumerate(found.files, start=1):
        try:
            stat = corpus.file_stat(path)
            name = printable(path.name)
            keys[path] = known[stat] if stat in known else shard.key(corpus.read_bytes(path), ids[path], name, code)
        except KgError as error:
            if not keep_going:
                raise
            failed.append((path, error.problem))
            continue
        index[stat] = keys[path]
        if not fresh and keys[path] not in headers:
            headers[keys[path]] = shard.read_header(shard.header_path(folder, keys[path]))
        if fresh or headers[keys[path]] is None:
            tasks.append(workers.Task(str(path.resolve()), keys[path], ids[path], name))
        progress("read", n, len(found.files))
    for n, outcome in enumerate(workers.run(tasks, given, folder, rules, jobs, scheduler), start=1):
        if isinstance(outcome, workers.Failed):
            path = next(p for p in keys if str(p.resolve()) == outcome.path)
            if not keep_going:
                raise KgError(path, outcome.problem)
            failed.append((path, outcome.problem))
            del keys[path]
        progress("extract", n, len(tasks))
    if failed and not keys:
        path, problem = failed[0]
        raise KgError(path, f"{problem} (and no other file could be read either: {len(failed)} failed)")
    progress("graph", 0, 1)
    made = {task.key for task in tasks}
    shards = [shard.read_header(shard.header_path(folder, key)) if key in made else headers[key] for key in keys.values()]
    if any(header is None for header in shards):
        raise KgError(folder, "a shard went missing during the build; run `kg build --fresh`")
    records = [header[0] for header in shards if header is not None]
    kept = set(keys.values())
    if tasks:
        files.sync_disk()  # the new shards, before the index names them
    shard.write_index(folder, code, {stat: key for stat, key in index.items() if key in kept})
    if prune:
        shard.prune(folder, kept)
    default = corpus.default_graph([header[1] for header in shards if header is not None], vocab)
    progress("graph", 1, 1)
    corpus_violations: Sequence[Violation] = ()
    if rules is not None:
        progress("validate", 0, 1)
        corpus_violations = shapes.check(corpus.rdflib_graph(default), rules)
        progress("validate", 1, 1)
    built = Build(shards=tuple(records), folder=folder, iris=corpus.document_iris(records), default=default, corpus_violations=tuple(corpus_violations),
                  vocab=vocab, skipped=found.skipped, failed=tuple(sorted(failed)), fresh=fresh, jobs=jobs)
    if cache is None:
        weakref.finalize(built, shutil.rmtree, folder, True)
    return built



def plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
