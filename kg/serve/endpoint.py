"""Step 7b: SPARQL queries for `kg serve`: checked on rdflib's parse, answered by pyoxigraph in killable worker processes.

A query goes through three stages, all inside one of `--workers` long-lived worker processes, each
holding policy.ttl in its own in-memory pyoxigraph Store:

1. `check`: rdflib parses the query (a real parse, not a look at the text) and refuses what a
   local read-only endpoint must not run: updates (403), SERVICE anywhere in the algebra (403; pyoxigraph
   would make the HTTP call) and FROM / FROM NAMED (400; there is one graph).
2. `negotiate`: the media type of the answer, from the query form, the `format`/`output`/`results`
   parameters and the Accept header (406 when nothing fits).
3. `evaluate`: pyoxigraph runs the query with our prefixes predeclared and serialises the answer;
   more than `max_rows` rows (or triples) is an error (422), never a silently shorter answer.

The parent (`Pool.run`) waits at most `timeout` seconds. pyoxigraph's Python API has no timeout and
rdflib's parser cannot be interrupted either, so on timeout the parent kills the worker, starts a
replacement and answers 503: never a 200 with a truncated body. A worker also has a memory cap
(WORKER_MEMORY, on POSIX); one that dies of it is replaced too and the answer is 500. When every
worker is busy the answer is 503 with Retry-After at once; requests do not queue.
"""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, cast

import pyoxigraph as ox
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.errors import KgError
from kg.rdf.namespaces import PREFIX_IRIS, PREFIXES

TEXT = "text/plain; charset=utf-8"

# SELECT and ASK answers, then CONSTRUCT and DESCRIBE answers: media type → pyoxigraph format.
# The first of each is the default (no Accept header, or */*).
RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPHS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
# Other names clients use for the same media types (Accept values and `format=` words).
_ALIASES = {
    "results": {"application/json": "application/sparql-results+json", "json": "application/sparql-results+json",
                "xml": "application/sparql-results+xml", "csv": "text/csv", "tsv": "text/tab-separated-values"},
    "graph": {"application/turtle": "text/turtle", "application/x-turtle": "text/turtle", "turtle": "text/turtle",
              "ttl": "text/turtle", "application/x-json+ld": "application/ld+json", "json-ld": "application/ld+json",
              "jsonld": "application/ld+json", "json": "application/ld+json", "n-triples": "application/n-triples",
              "ntriples": "application/n-triples", "nt": "application/n-triples", "rdf+xml": "application/rdf+xml",
              "xml": "application/rdf+xml", "rdf": "application/rdf+xml"},
}
# Address space per worker. A runaway join (DISTINCT, GROUP BY, ORDER BY) grows by about 200 MB/s,
# so within a 30 s timeout it could take 6 GB per worker; at this cap it dies instead (500, replaced).
WORKER_MEMORY = 2 * 1024**3
_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}


@dataclass(frozen=True)
class Answer:
    """What the HTTP layer sends back: status, Content-Type, body, extra headers."""

    status: int
    body: bytes
    content_type: str = TEXT
    headers: tuple[tuple[str, str], ...] = ()


class Refused(Exception):
    """A query this endpoint will not answer: an HTTP status and one line saying why."""

    def __init__(self, status: int, message: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers

    def answer(self) -> Answer:
        return refusal(self.status, str(self), self.headers)


def refusal(status: int, message: str, headers: tuple[tuple[str, str], ...] = ()) -> Answer:
    return Answer(status, (one_line(message) + "\n").encode("utf-8"), TEXT, headers)


def one_line(text: str, limit: int = 300) -> str:
    return " ".join(text.split())[:limit]


@dataclass(frozen=True)
class Job:
    """One query as the HTTP layer received it; picklable, sent to a worker."""

    query: str
    accept: str = ""
    formats: tuple[str, ...] = ()  # the values of `format`, `output` and `results`, in order
    max_rows: int = 10_000


# ---- 1. the safety check, on rdflib's parse ------------------------------------------------------


@functools.lru_cache(maxsize=256)
def check(text: str) -> str:
    """The query's form (SELECT, ASK, CONSTRUCT or DESCRIBE) if this endpoint may evaluate it; else Refused.

    Cached per worker: rdflib's parse takes 13–40 ms, five times pyoxigraph's whole answer, and
    clients repeat queries (the query page, dashboards). Refusals raise, so they are not cached.
    """
    try:
        parsed = parseQuery(text)
    except RecursionError:
        raise Refused(400, "SPARQL syntax error: the query is nested too deeply") from None
    except Exception as error:  # pyparsing's ParseException, or whatever else rdflib's parser raises
        if _is_update(text):
            raise Refused(403, "read-only endpoint: SPARQL Update (INSERT, DELETE, LOAD, CLEAR …) is refused") from None
        raise Refused(400, f"SPARQL syntax error: {one_line(str(error), 200)}") from None
    if _contains(parsed, "ServiceGraphPattern"):
        raise Refused(403, "SERVICE is refused: this endpoint makes no outbound requests")
    try:
        algebra = translateQuery(parsed, initNs=PREFIXES).algebra
    except RecursionError:
        raise Refused(400, "SPARQL error: the query is nested too deeply") from None
    except Exception as error:  # rdflib raises plain Exception for an unknown prefix and the like
        raise Refused(400, f"SPARQL error: {one_line(str(error), 200)}") from None
    if _contains(algebra, "ServiceGraphPattern"):
        raise Refused(403, "SERVICE is refused: this endpoint makes no outbound requests")
    if algebra.get("datasetClause"):
        raise Refused(400, "FROM and FROM NAMED are refused: this endpoint has one graph, the default graph")
    if algebra.name not in _FORMS:
        raise Refused(400, f"SPARQL error: unknown query form {algebra.name}")
    return _FORMS[algebra.name]


def _is_update(text: str) -> bool:
    try:
        update = parseUpdate(text)
    except Exception:  # not an update either (RecursionError included)
        return False
    return bool(update.get("request"))  # an empty update (only PREFIX lines) is not one


def _contains(tree: object, name: str) -> bool:
    """Whether a CompValue called `name` occurs anywhere in a parse tree or algebra: in
    subqueries, OPTIONAL/UNION/MINUS, and the EXISTS patterns inside expressions alike."""
    stack, seen = [tree], set()
    while stack:
        node = stack.pop()
        if id(node) in seen or isinstance(node, (str, bytes, int, float)):
            continue  # rdflib terms are str
        seen.add(id(node))
        if isinstance(node, CompValue):
            if node.name == name:
                return True
            stack.extend(node.values())
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, Iterable):  # lists, tuples, pyparsing's ParseResults
            stack.extend(node)
    return False


# ---- 2. content negotiation ----------------------------------------------------------------------


def negotiate(form: str, accept: str, formats: tuple[str, ...] = ()) -> str:
    """The media type to answer with; `format`/`output`/`results` parameters win over Accept."""
    kind = "graph" if form in ("CONSTRUCT", "DESCRIBE") else "results"
    offers = list(GRAPHS if kind == "graph" else RESULTS)
    aliases = _ALIASES[kind]
    if formats:
        for value in formats:
            value = value.strip().lower().split(";")[0].strip()
            value = aliases.get(value, value)
            if value in offers:
                return value
        raise Refused(406, f"format {formats[0]!r} is not available for {form}; use one of {', '.join(offers)}")
    accepted = parse_accept_header(accept, MIMEAccept)
    if not accepted:
        return offers[0]
    best = accepted.best_match(offers + [a for a in aliases if "/" in a])
    if best is None:
        raise Refused(406, f"no acceptable media type for {form} (Accept: {accept}); this endpoint offers {', '.join(offers)}")
    return aliases.get(best, best)


# ---- 3. evaluation, inside a worker --------------------------------------------------------------


def evaluate(store: ox.Store, text: str, media_type: str, max_rows: int) -> bytes:
    """The answer in `media_type`, serialised by pyoxigraph; Refused (422) over max_rows."""
    try:
        # the default graph is every graph: kg build's store has one named graph per document
        result = store.query(text, prefixes=PREFIX_IRIS, use_default_graph_as_union=True)
    except SyntaxError as error:  # the rare query rdflib accepts and pyoxigraph does not
        raise Refused(400, f"SPARQL syntax error: {one_line(str(error), 200)}") from None
    if isinstance(result, ox.QueryBoolean):
        return cast(bytes, result.serialize(format=RESULTS[media_type]))
    items = list(islice(result, max_rows + 1))  # lazy: a huge result stops here, not in memory
    if len(items) > max_rows:
        noun = "triples" if isinstance(result, ox.QueryTriples) else "rows"
        raise Refused(422, f"more than {max_rows} {noun}; add LIMIT or raise --max-rows")
    if isinstance(result, ox.QueryTriples):
        return cast(bytes, ox.serialize(items, format=GRAPHS[media_type], prefixes=PREFIX_IRIS))
    # QuerySolutions serialise only from the live iterator, which we have counted, so the rows are
    # written as SPARQL JSON here and pyoxigraph's strict parser reads them back and writes the
    # requested format: every answer is pyoxigraph's own serialisation.
    variables = [variable.value for variable in result.variables]
    rows = [{name: _term(term) for name in variables if (term := row[name]) is not None} for row in items]
    document = {"head": {"vars": variables}, "results": {"bindings": rows}}
    solutions = ox.parse_query_results(_json(document), format=ox.QueryResultsFormat.JSON)
    return cast(bytes, solutions.serialize(format=RESULTS[media_type]))  # type: ignore[union-attr]


def _term(term: Any) -> dict[str, Any]:
    """One RDF term in the SPARQL 1.1 (and 1.2) Query Results JSON format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _term(term.subject), "predicate": _term(term.predicate), "object": _term(term.object)}}
    value: dict[str, Any] = {"type": "literal", "value": term.value}
    if term.language:
        value["xml:lang"] = term.language
        if term.direction is not None:
            value["its:dir"] = term.direction.value
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        value["datatype"] = term.datatype.value
    return value


def _json(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def answer(store: ox.Store, job: Job) -> Answer:
    """check → negotiate → evaluate; every failure becomes a one-line Answer, never a traceback."""
    try:
        started = time.perf_counter()
        form = check(job.query)
        media_type = negotiate(form, job.accept, job.formats)
        checked = time.perf_counter()
        body = evaluate(store, job.query, media_type, job.max_rows)
        done = time.perf_counter()
    except Refused as refused:
        return refused.answer()
    except Exception as error:  # pyoxigraph evaluation errors and anything unforeseen
        return refusal(500, f"query failed: {type(error).__name__}: {error}")
    timing = f"check;dur={(checked - started) * 1000:.1f}, query;dur={(done - checked) * 1000:.1f}"
    return Answer(200, body, f"{media_type}; charset=utf-8", (("Server-Timing", timing),))


def _work(connection: Connection, ttl: str, memory: int) -> None:
    """A worker process: load the graph once, then answer Jobs until the parent hangs up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the parent stops us
    _limit_memory(memory)
    try:
        if os.path.isdir(ttl):  # the store kg build wrote: opened read-only, nothing loaded (issue 13)
            store = ox.Store.read_only(ttl)
        else:
            store = ox.Store()  # in memory: nothing is written, and no LOCK is shared with anyone
            store.bulk_load(path=ttl, format=ox.RdfFormat.TURTLE)
    except Exception as error:
        connection.send(("failed", one_line(str(error), 200)))
        return
    check("SELECT ?s WHERE { ?s a kg:PolicyDocument OPTIONAL { ?s rdfs:label ?l } } LIMIT 1")  # pyparsing's first parse is slow: not in a user's query
    connection.send(("ready", len(store)))
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(answer(store, job))


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # not on Windows: there only the timeout bounds a query
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))


# ---- the pool, in the parent ---------------------------------------------------------------------


@dataclass(eq=False)
class _Worker:
    process: Any  # multiprocessing's SpawnProcess
    connection: Connection

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()  # SIGKILL: pyoxigraph's evaluation loop never looks at signals
        self.process.join(timeout=5)
        self.connection.close()


class Pool:
    """`workers` processes, each with the graph loaded; one query at a time per process."""

    def __init__(self, ttl: Path, workers: int = 2, timeout: float = 30.0, memory: int = WORKER_MEMORY) -> None:
        self.ttl, self.workers, self.timeout, self.memory = ttl, workers, timeout, memory
        # spawn, not fork: the parent runs waitress's threads, and forking a threaded process is unsafe
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._running: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [self._spawn() for _ in range(workers)]
        try:
            for worker in started:
                self._ready(worker)
        except BaseException:
            self.close()
            raise
        for worker in started:
            self._idle.put(worker)

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_work, args=(child, str(self.ttl), self.memory), name="kg-serve-worker", daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._running.add(worker)
        return worker

    def _ready(self, worker: _Worker) -> None:
        """Wait for the worker to load the graph; a worker that cannot is a KgError."""
        message: tuple[str, Any] = ("failed", "it did not start within 120 s")
        try:
            if worker.connection.poll(120):
                message = worker.connection.recv()
        except (EOFError, OSError):
            message = ("failed", f"the worker exited with status {worker.process.exitcode}")
        if message[0] != "ready":
            raise KgError(self.ttl, f"cannot be loaded for querying ({message[1]})")

    def run(self, job: Job) -> Answer:
        """The answer to one query: from an idle worker, or 503 at once when all are busy."""
        try:
            worker = self._idle.get_nowait()
        except queue.Empty:
            return refusal(503, f"all {self.workers} query workers are busy; retry in a second", (("Retry-After", "1"),))
        try:
            worker.connection.send(job)
            if worker.connection.poll(self.timeout):
                result: Answer = worker.connection.recv()
                self._idle.put(worker)
                return result
            outcome = refusal(503, f"query stopped after {self.timeout:g} s (--timeout); narrow it down or add LIMIT")
        except (EOFError, OSError):
            outcome = refusal(500, f"the query ran out of memory ({self.memory // 1024**2} MB per worker) or crashed; narrow it down or add LIMIT")
        self._replace(worker)
        return outcome

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker and start its successor before answering, so the next query finds it ready."""
        worker.stop()
        with self._lock:
            self._running.discard(worker)
            if self._closed:
                return
        successor = self._spawn()
        try:
            self._ready(successor)
        except KgError as error:
            print(f"warning: a query worker could not be restarted: {error}", file=sys.stderr, flush=True)
            self._retire(successor)
            return
        self._idle.put(successor)

    def _retire(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._running.discard(worker)

    def close(self) -> None:
        """Stop every worker, idle or busy (a busy one's request then gets a 500)."""
        with self._lock:
            self._closed = True
            workers = list(self._running)
            self._running.clear()
        for worker in workers:
            worker.stop()
