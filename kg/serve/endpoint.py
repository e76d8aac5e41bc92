"""Step 8b: SPARQL queries for `kg serve`: kg.rdf.sparql's runner, in killable worker processes, over HTTP's media types.

A query goes through three stages, all inside one of `--workers` long-lived worker processes, each
holding the built graph in its own in-memory pyoxigraph Store (`kg.rdf.sparql.load`):

1. `sparql.check`: rdflib's parse of the query refuses updates (403), SERVICE (403) and
   FROM / FROM NAMED (400), as for `kg query`.
2. `negotiate`: the media type of the answer, from the query form, the `format`/`output`/`results`
   parameters and the Accept header (406 when nothing fits).
3. `sparql.execute` and `sparql.serialize`: pyoxigraph's answer, with our prefixes predeclared; more
   than `max_rows` rows (or triples) or `max_bytes` is an error (422), never a silently shorter answer.

The parent (`kg.serve.pool.Pool.run`) waits at most `timeout` seconds. pyoxigraph's Python API has no timeout and
rdflib's parser cannot be interrupted either, so on timeout the parent kills the worker, starts a
replacement and answers 503: never a 200 with a truncated body. A worker also has a memory cap
(`sparql.MEMORY`, on POSIX); one that dies of it is replaced too and the answer is 500. When every
worker is busy the answer is 503 with Retry-After at once; requests do not queue.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.rdf import sparql
from kg.rdf.namespaces import PREFIX_IRIS
from kg.rdf.sparql import Refused, one_line

__all__ = ["PREFIX_IRIS", "Answer", "Job", "Refused", "answer", "negotiate", "refusal"]

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
WORKER_MEMORY = sparql.MEMORY


@dataclass(frozen=True)
class Answer:
    """What the HTTP layer sends back: status, Content-Type, body, extra headers."""

    status: int
    body: bytes
    content_type: str = TEXT
    headers: tuple[tuple[str, str], ...] = ()


def refusal(status: int, message: str, headers: tuple[tuple[str, str], ...] = ()) -> Answer:
    return Answer(status, (one_line(message) + "\n").encode("utf-8"), TEXT, headers)


@dataclass(frozen=True)
class Job:
    """One query as the HTTP layer received it; picklable, sent to a worker."""

    query: str
    accept: str = ""
    formats: tuple[str, ...] = ()  # the values of `format`, `output` and `results`, in order
    max_rows: int | None = None  # None: the size of the graph
    max_bytes: int = sparql.MAX_BYTES


# ---- content negotiation ----------------------------------------------------------------------


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


# ---- inside a worker ---------------------------------------------------------------------------


def answer(store: ox.Store, job: Job) -> Answer:
    """check → negotiate → evaluate; every failure becomes a one-line Answer, never a traceback."""
    try:
        started = time.perf_counter()
        form = sparql.check(job.query)
        media_type = negotiate(form, job.accept, job.formats)
        checked = time.perf_counter()
        result = sparql.execute(store, job.query, job.max_rows, job.max_bytes)
        body = sparql.serialize(result, RESULTS[media_type] if media_type in RESULTS else GRAPHS[media_type])
        sparql.check_size(len(body), job.max_bytes)
        done = time.perf_counter()
    except Refused as refused:
        return refusal(refused.status, str(refused), refused.headers)
    except Exception as error:  # pyoxigraph evaluation errors and anything unforeseen
        return refusal(500, f"query failed: {type(error).__name__}: {error}")
    timing = f"check;dur={(checked - started) * 1000:.1f}, query;dur={(done - checked) * 1000:.1f}"
    return Answer(200, body, f"{media_type}; charset=utf-8", (("Server-Timing", timing),))
