"""Step 5 (query): the one SPARQL runner: checked on rdflib's parse, answered by pyoxigraph in a killable process.

`kg query`, `Build.query` and `kg serve` all go through here, under the same rules:

1. `check`: rdflib parses the query (a real parse, not a look at the text) and refuses what a
   read-only local graph must not run: updates, SERVICE anywhere in the algebra (pyoxigraph would
   make the HTTP call) and FROM / FROM NAMED (rdflib would read the file or URL; there is one graph).
2. `execute`: pyoxigraph answers over a `pyoxigraph.Store`, with our prefixes predeclared; more than
   `max_rows` rows (or triples) or `max_bytes` of values is refused, never a silently shorter answer.
3. `run`: 1 and 2 in a child process under a time limit and a memory cap: pyoxigraph's Python API
   cannot be interrupted (oxigraph/oxigraph#1926), so on timeout the child is killed.

`load` reads policy.ttl (and the ontology.ttl written beside it, as the named graph ONTOLOGY) into an
in-memory Store; any other Store, such as an on-disk one, runs the same way: `load` is the one call
that `kg query` (`answer`) and `kg serve`'s workers make to get their Store. Answers are plain,
picklable `Result`s; `render` writes them for people (table) and tools (CSV, JSON, Turtle, N-Triples,
JSON-LD), `serialize` in the SPARQL protocol's formats. Nothing here changes rdflib's globals: the
runner never evaluates with rdflib, so its FROM loading (SPARQL_LOAD_GRAPHS) is never reached.
"""

from __future__ import annotations

import functools
import multiprocessing
import sys
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import Any, cast

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from kg.errors import KgError
from kg.rdf.answers import FORMATS, GRAPH_FORMATS, ROW_FORMATS, Result, Rows, default_format, plain, render, serialize
from kg.rdf.graph import ONTOLOGY as ONTOLOGY_IRI
from kg.rdf.namespaces import PREFIX_IRIS, PREFIXES
from kg.rdf.store import dataset

__all__ = ["FORMATS", "GRAPH_FORMATS", "ROW_FORMATS", "Result", "Rows", "render", "serialize"]  # the runner's answers

ONTOLOGY = str(ONTOLOGY_IRI)  # the named graph of ontology.ttl: its owl:Ontology IRI
MIN_ROWS = 10_000  # the row cap is the graph's size, and never below this
MAX_BYTES = 128 * 1024**2  # the answer's values; more is refused
MEMORY = 2 * 1024**3  # address space a query may add; a runaway join grows by about 200 MB/s
_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class Refused(Exception):
    """A query the runner will not answer: an HTTP status (for the endpoint) and one line saying why."""

    def __init__(self, status: int, message: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers


@dataclass(frozen=True)
class Limits:
    """What one query may take. max_rows None: the number of triples in the store (at least MIN_ROWS)."""

    timeout: float = 30.0
    max_rows: int | None = None
    max_bytes: int = MAX_BYTES
    memory: int = MEMORY


# ---- loading ------------------------------------------------------------------------------------


def load(path: Path) -> ox.Store:
    """An in-memory Store of a built graph: policy.ttl in the default graph and, when `kg build` wrote
    one beside it, ontology.ttl in the named graph ONTOLOGY; or, for a folder, the on-disk store
    `kg build` wrote (exports/store), opened read-only (kg.rdf.store.dataset: the same graphs)."""
    if path.is_dir():
        from kg.rdf import store as on_disk

        return on_disk.open_read_only(path)
    if not path.is_file():
        raise KgError(path, "no such graph file; build one first (kg build writes policy.ttl)")
    store = ox.Store()
    _load(store, path, ox.DefaultGraph())
    ontology = path.with_name("ontology.ttl")
    if ontology.is_file():
        _load(store, ontology, ox.NamedNode(ONTOLOGY))
    return store


def _load(store: ox.Store, path: Path, graph: ox.DefaultGraph | ox.NamedNode) -> None:
    from kg.rdf.formats import turtle_source

    try:
        with turtle_source(path) as source:
            store.load(**source, to_graph=graph)
    except SyntaxError as error:
        raise KgError(path, f"not valid Turtle ({one_line(str(error), 200)})") from error
    except (OSError, EOFError) as error:
        raise KgError(path, f"cannot be read ({getattr(error, 'strerror', None) or error})") from error


def from_graph(graph: Graph) -> ox.Store:
    """An in-memory Store holding an rdflib graph's triples (for `Build.query`)."""
    store = ox.Store()
    store.extend([ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o)) for s, p, o in graph])  # type: ignore[arg-type]
    return store


def _ox_term(term: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    assert isinstance(term, Literal)
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or _XSD_STRING)))


def examples() -> dict[str, str]:
    """The bundled queries of kg/queries, by name (file stem), in name order."""
    folder = resources.files("kg") / "queries"
    entries = sorted((entry for entry in folder.iterdir() if entry.name.endswith(".rq")), key=lambda e: e.name)
    return {entry.name.removesuffix(".rq"): entry.read_text(encoding="utf-8") for entry in entries}


# ---- 1. the safety check, on rdflib's parse -----------------------------------------------------


@functools.lru_cache(maxsize=256)
def check(query: str) -> str:
    """The query's form (SELECT, ASK, CONSTRUCT or DESCRIBE) if it may run; else Refused.

    Cached: rdflib's parse takes 13–40 ms, often more than pyoxigraph's whole answer, and the
    endpoint's clients repeat queries. Refusals raise, so they are not cached.
    """
    if not query.strip():
        raise Refused(400, "no query (the text is empty)")
    try:
        parsed = parseQuery(query)
    except RecursionError:
        raise Refused(400, "SPARQL syntax error: the query is nested too deeply") from None
    except Exception as error:  # pyparsing's ParseException, or whatever else rdflib's parser raises
        if _is_update(query):
            raise Refused(403, "SPARQL Update (INSERT, DELETE, LOAD, CLEAR …) is refused: the graph is read-only") from None
        raise Refused(400, f"SPARQL syntax error: {one_line(str(error), 200)}") from None
    if _contains(parsed, "ServiceGraphPattern"):
        raise Refused(403, "SERVICE is refused: queries make no outbound requests")
    try:
        algebra = translateQuery(parsed, initNs=PREFIXES).algebra
    except RecursionError:
        raise Refused(400, "SPARQL error: the query is nested too deeply") from None
    except Exception as error:  # rdflib raises plain Exception for an unknown prefix and the like
        raise Refused(400, f"SPARQL error: {one_line(str(error), 200)}") from None
    if _contains(algebra, "ServiceGraphPattern"):
        raise Refused(403, "SERVICE is refused: queries make no outbound requests")
    if algebra.get("datasetClause"):
        raise Refused(400, f"FROM and FROM NAMED are refused: queries read the one graph loaded (the ontology is GRAPH <{ONTOLOGY}>)")
    if algebra.name not in _FORMS:
        raise Refused(400, f"SPARQL error: unknown query form {algebra.name}")
    return _FORMS[algebra.name]


def _is_update(query: str) -> bool:
    try:
        update = parseUpdate(query)
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


# ---- 2. evaluation ------------------------------------------------------------------------------


def row_cap(store: ox.Store, max_rows: int | None) -> int:
    """The row cap: as given, or one that fits the whole graph (len() scans an on-disk store, so
    `execute` asks only for an answer longer than MIN_ROWS)."""
    return max_rows if max_rows is not None else max(len(store), MIN_ROWS)


def execute(store: ox.Store, query: str, max_rows: int | None = None, max_bytes: int = MAX_BYTES) -> Result:
    """check, then pyoxigraph's answer as a Result, in this process (callers bound its time)."""
    form = check(query)
    cap = max_rows if max_rows is not None else MIN_ROWS
    try:
        answer = store.query(query, prefixes=PREFIX_IRIS, **dataset(store))
    except SyntaxError as error:  # the rare query rdflib accepts and pyoxigraph does not
        raise Refused(400, f"SPARQL syntax error: {one_line(str(error), 200)}") from None
    if isinstance(answer, ox.QueryBoolean):
        return Result(form, boolean=bool(answer))
    items = list(islice(answer, cap + 1))  # lazy: a huge answer stops here, not in memory
    if max_rows is None and len(items) > cap:  # a long answer: the cap is the graph's size
        cap = row_cap(store, None)
        items += islice(answer, cap + 1 - len(items))
    if len(items) > cap:
        noun = "triples" if isinstance(answer, ox.QueryTriples) else "rows"
        raise Refused(422, f"more than {cap} {noun}; add LIMIT or raise the row cap")
    if isinstance(answer, ox.QueryTriples):
        triples = sorted({(plain(t.subject), plain(t.predicate), plain(t.object)) for t in items})
        result = Result(form, triples=tuple(triples))  # type: ignore[arg-type]
    else:
        variables = tuple(variable.value for variable in answer.variables)
        result = Result(form, variables, tuple(tuple(plain(term) for term in row) for row in items))
    size = sum(len(cell[1]) for row in (*result.rows, *result.triples) for cell in row if cell is not None)
    check_size(size, max_bytes)
    return result


def check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise Refused(422, f"answer larger than {max_bytes / 1024**2:.3g} MB; add LIMIT or select less")


# ---- 3. in a child process, under the limits ----------------------------------------------------


def run(store: ox.Store, query: str, limits: Limits = Limits(), source: str = "query") -> Result:
    """`execute` in a child process killed after limits.timeout; any refusal is a one-line KgError naming source."""
    try:
        return isolated(store, query, limits)
    except Refused as refused:
        raise KgError(source, str(refused)) from None


def answer(graph: Path, query: str, format_: str | None = None, limits: Limits = Limits(), source: str = "query") -> bytes:
    """What `kg query` prints: the query run over the built graph, rendered (table or Turtle by
    default); every refusal and error is a one-line KgError naming source (or the graph)."""
    store = load(graph)
    result = run(store, query, limits, source)
    try:
        body = render(result, format_ or default_format(result.form))
        check_size(len(body), limits.max_bytes)
    except (ValueError, Refused) as error:
        raise KgError(source, str(error)) from None
    return body


def isolated(store: ox.Store, query: str, limits: Limits) -> Result:
    """`execute` in a child: forked where the platform forks (the child shares the loaded store at
    no cost), else spawned with the store's N-Quads. Refused on timeout (503) or a crash (500).

    Tested with in-memory Stores only. An on-disk (RocksDB) Store runs threads of its own; a
    forked child reading it is untested, and opening it read-only in the child is the safe change.
    """
    fork = "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"
    context: Any = multiprocessing.get_context("fork" if fork else "spawn")
    payload = store if fork else cast(bytes, store.dump(format=ox.RdfFormat.N_QUADS))
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, payload, query, limits), name="kg-query", daemon=True)
    with warnings.catch_warnings():
        # Python ≥ 3.12 warns when a process with threads forks. The child touches only the store,
        # which no other thread uses, and the pipe; it never returns into the parent's code.
        warnings.filterwarnings("ignore", r"This process .* is multi-threaded", DeprecationWarning)
        process.start()
    sender.close()
    try:
        if not receiver.poll(limits.timeout):
            raise Refused(503, f"query stopped after {limits.timeout:g} s (the time limit); narrow it down or add LIMIT")
        outcome = receiver.recv()
    except (EOFError, OSError):
        raise Refused(500, f"the query ran out of memory ({limits.memory // 1024**2} MB) or crashed; narrow it down or add LIMIT") from None
    finally:
        if process.is_alive():
            process.kill()  # SIGKILL: pyoxigraph's evaluation loop never looks at signals
        process.join()
        receiver.close()
    if outcome[0] == "refused":
        raise Refused(outcome[1], outcome[2])
    return outcome[1]


def _child(sender: Any, payload: ox.Store | bytes, query: str, limits: Limits) -> None:
    limit_memory(limits.memory)
    try:
        if isinstance(payload, bytes):
            store = ox.Store()
            store.load(payload, format=ox.RdfFormat.N_QUADS)
        else:
            store = payload
        sender.send(("ok", execute(store, query, limits.max_rows, limits.max_bytes)))
    except Refused as refused:
        sender.send(("refused", refused.status, str(refused)))
    except Exception as error:  # pyoxigraph evaluation errors and anything unforeseen: one line
        sender.send(("refused", 500, f"query failed: {type(error).__name__}: {one_line(str(error), 200)}"))


def limit_memory(extra: int) -> None:
    """Cap this process's address space at what it has now plus `extra` (POSIX; elsewhere only the
    time limit bounds a query). A query past it dies, and its parent reports that in one line."""
    try:
        import resource
    except ImportError:
        return
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            now = int(statm.read().split()[0]) * resource.getpagesize()
    except OSError:
        now = 0
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = now + extra
    resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))


def one_line(message: str, limit: int = 300) -> str:
    return " ".join(message.split())[:limit]


