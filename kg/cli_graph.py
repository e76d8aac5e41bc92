"""The `kg` commands over a built graph (its store or Turtle): query, analyze, export, validate, serve, push.

They register on `kg.cli.cli`, which imports this module last; like the build commands they parse
options, call one library function and print.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.cli import (
    _print_violations,
    _progress,
    _read_text,
    cli,
    files,
    pipeline,
    shacl,
    source,
)
from kg.errors import KgError
from kg.rdf import formats, sparql


@cli.command()
@click.argument("url")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"), show_default=True, help="Folder written by kg build (its policy.ttl).")
@click.option("--all", "everything", is_flag=True, help="Send every graph, not only those changed since the last push.")
def push(url: str, out: Path, everything: bool) -> None:
    """Load the built graph into a SPARQL server through the Graph Store Protocol at URL.

    One named graph per document (named by its IRI) and the default graph (what documents share),
    the literals as policy.ttl has them; a second push sends only what changed and deletes the
    graphs of removed documents.

    \b
    Example:
      oxigraph serve --location /tmp/ox --bind 127.0.0.1:7878 &
      kg push http://127.0.0.1:7878/store
      kg push http://localhost:3030/policy/data          # Fuseki
    """
    from kg.rdf import push as pusher

    started = time.perf_counter()
    with _progress() as progress:
        sent, deleted, unchanged = pusher.push(out, url, everything, progress)
    click.echo(f"pushed {pipeline.plural(sent, 'graph')} to {url} ({deleted} deleted, {unchanged} unchanged) in {time.perf_counter() - started:.2f} s")


def limit_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--timeout, --max-rows and --max-mb: the limits every query runs under (kg query, kg serve)."""
    options = [
        click.option("--timeout", type=click.FloatRange(min=0.01), default=30.0, show_default=True, help="Seconds a query may run; then it is stopped and answers with an error."),
        click.option("--max-rows", type=click.IntRange(min=1), help="Most rows (or triples) in an answer; more is an error, never a shorter answer.  [default: the number of triples in the graph, at least 10000]"),
        click.option("--max-mb", type=click.FloatRange(min=0.001), default=sparql.MAX_BYTES / 1024**2, show_default=True, help="Largest answer in MB; more is an error, never a shorter answer."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _limits(timeout: float, max_rows: int | None, max_mb: float) -> sparql.Limits:
    return sparql.Limits(timeout=timeout, max_rows=max_rows, max_bytes=int(max_mb * 1024**2))


@cli.command()
@click.argument("text", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), help="Read the query from a file; - reads standard input.")
@click.option("--example", metavar="NAME", help="Run a bundled query (kg/queries/NAME.rq), e.g. documents or funding.")
@click.option("--format", "format_", type=click.Choice(sparql.FORMATS), help="table, csv or json for SELECT and ASK [default: table]; turtle, nt or jsonld for CONSTRUCT and DESCRIBE [default: turtle].")
@click.option("--graph", type=click.Path(path_type=Path), help="The built store (a folder) or a Turtle file  [default: exports/store, else exports/policy.ttl]")
@limit_options
def query(text: str | None, query_file: Path | None, example: str | None, format_: str | None, graph: Path | None,
          timeout: float, max_rows: int | None, max_mb: float) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over the built graph.

    The prefixes kg:, id:, skos:, dcterms:, rdfs:, xsd:, oa:, prov:, org: and owl: are predeclared.
    The ontology (ontology.ttl beside the graph) is the named graph <https://w3id.org/policy-kg/ontology>.
    Read-only and local, as kg serve: updates, SERVICE and FROM are refused; a query is stopped
    after --timeout seconds; more than --max-rows rows or --max-mb MB is an error.

    \b
    Example:
      kg query 'SELECT ?doc WHERE { ?doc kg:mentions ?e . ?e skos:prefLabel "高新技术企业"@zh }'
      kg query --example documents --format csv
      kg query -f my.rq                 # or: kg query -f - < my.rq
      kg query 'DESCRIBE ?d WHERE { ?d dcterms:identifier "京经信发〔2023〕30号" }' --format nt
    """
    if sum(given is not None for given in (text, query_file, example)) != 1:
        raise click.UsageError("give one query: as an argument, with -f FILE (- for standard input) or with --example NAME")
    source, sparql_text = _query_text(text, query_file, example)
    click.echo(sparql.answer(graph or _built_graph(), sparql_text, format_, _limits(timeout, max_rows, max_mb), source), nl=False)


def _query_text(text: str | None, query_file: Path | None, example: str | None) -> tuple[str, str]:
    """(the name errors give the query by, its text)."""
    if example is not None:
        examples = sparql.examples()
        if example not in examples:
            raise click.BadParameter(f"no bundled query {example!r}; there are {', '.join(examples)}", param_hint="'--example'")
        return f"{example}.rq", examples[example]
    if query_file is not None and str(query_file) == "-":
        try:
            return "<stdin>", sys.stdin.buffer.read().decode("utf-8")
        except UnicodeDecodeError as error:
            raise KgError("<stdin>", f"not UTF-8 text ({error})") from error
    if query_file is not None:
        return str(query_file), _read_text(query_file)
    return "query", str(text)


@cli.command()
@click.option("--graph", type=click.Path(path_type=Path), help="The built store (a folder) or a Turtle file  [default: exports/store, else exports/policy.ttl]")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"), show_default=True, help="Folder for report.md, report.json, the CSV tables and the figures.")
def analyze(graph: Path | None, out: Path) -> None:
    """Cross-document analytics: shared entities, centrality, communities, similarity, funding, targets.

    Writes report.md and report.json (a summary whose size does not grow with the corpus), the full
    tables as CSV files and analytics-*.png/.svg; the same graph gives the same bytes. On a large
    co-occurrence graph betweenness is sampled and communities use the entities named by two or
    more documents; the report says which figures are approximate.

    \b
    Example:
      kg build && kg analyze            # exports/policy.ttl → exports/report.md …
      kg analyze --graph my-graph/policy.ttl --out my-graph
    """
    from kg.analyze import metrics as analytics
    from kg.analyze import report

    started = time.perf_counter()
    result = analytics.analyze(source.open_graph(graph or _built_graph()))
    rendered = report.render(result)
    with files.lock(out):  # not into a folder a build is swapping: the report would go with the old one
        files.write_all({out / name: data for name, data in rendered.items()})
    s = result["summary"]
    click.echo(f"{s['documents']} documents, {s['entities']} entities, {len(result['cross_document_entities'])} named by two or more documents, {len(result['communities'])} communities")
    click.echo(f"wrote {out / 'report.md'}, {out / 'report.json'}, {len(report.TABLES)} tables and {len(rendered) - 2 - len(report.TABLES)} figures in {time.perf_counter() - started:.2f} s")


@cli.command("export")
@click.option("--format", "format_", type=click.Choice(list(formats.RDF_FORMATS)), default="turtle", show_default=True)
@click.option("--graph", type=click.Path(dir_okay=False, path_type=Path), help="A Turtle file  [default: exports/policy.ttl, or exports/policy.ttl.gz]")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file (atomically) instead of standard output.")
def export_graph(format_: str, graph: Path | None, out: Path | None) -> None:
    """Write the built graph as Turtle, N-Triples, JSON-LD or TriG; the same bytes in every run.

    TriG puts each document, its mentions, facts and evidence in a named graph (the document's
    IRI) and the concepts the documents share in the default graph.

    \b
    Example:
      kg export --format nt --out exports/policy.nt
      kg export --format trig > policy.trig
    """
    graph = graph or formats.built_turtle(Path("exports"))
    streamed = formats.stream(graph, format_) if format_ in formats.STREAMED and graph.is_file() else None
    chunks = streamed if streamed is not None else [formats.render(formats.read_graph(graph), format_)]
    if out is None:
        for chunk in chunks:
            click.echo(chunk, nl=False)
    else:
        files.write_chunks(out, chunks)
        click.echo(f"wrote {out}")


@cli.command()
@click.argument("ttl", required=False, type=click.Path(dir_okay=False, path_type=Path))
def validate(ttl: Path | None) -> None:
    """Check a Turtle graph, gzipped or not (default: exports/policy.ttl, or policy.ttl.gz) against the SHACL shapes in ontology/shapes.ttl.

    Prints `conforms (N triples)`, or one line per violation and exits with status 1.
    `kg build` runs the same check before it writes anything.

    \b
    Example:
      kg validate                        # the graph kg build wrote to exports/
      kg validate my-graph/policy.ttl
    """
    ttl = ttl or formats.built_turtle(Path("exports"))
    if not ttl.is_file():
        raise KgError(ttl, "no such file; run `kg build` first or name a Turtle file")
    graph = formats.read_graph(ttl)
    if violations := shacl.check(graph):
        _print_violations(violations)
        raise KgError(ttl, pipeline.plural(len(violations), "SHACL violation"))
    click.echo(f"conforms ({len(graph)} triples)")


@cli.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"), show_default=True, help="Folder written by kg build.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; anything but loopback lets other machines in.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port; 0 picks a free one.")
@limit_options
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True, help="Query processes = queries at once; more get 503 + Retry-After.")
@click.option("--cors", metavar="ORIGIN", multiple=True, help="Let pages from ORIGIN (e.g. https://yasgui.triply.cc, or *) read /sparql's answers; repeatable. Default: no CORS.")
def serve(out: Path, host: str, port: int, timeout: float, max_rows: int | None, max_mb: float, workers: int, cors: tuple[str, ...]) -> None:
    """Serve OUT's pages and a read-only SPARQL 1.1 endpoint on this machine (Ctrl-C stops).

    /sparql takes GET ?query=, POST query= and POST application/sparql-query, with the prefixes of
    kg query predeclared; /query is a page to write and run queries; ontology.ttl is served too and
    is the named graph <https://w3id.org/policy-kg/ontology>. Updates, SERVICE and FROM are refused;
    each query runs in a worker process that is killed after --timeout seconds (503).

    \b
    Example:
      kg build && kg serve              # then open http://127.0.0.1:8000/query
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?doc WHERE { ?doc a kg:PolicyDocument }' http://127.0.0.1:8000/sparql
    """
    from kg.serve.app import (  # waitress and the worker pool only when serving
        is_loopback,
        run,
    )

    if not is_loopback(host):
        click.echo(f"warning: listening on {host}: other machines can reach the pages and the endpoint (no authentication)", err=True)
    limits = _limits(timeout, max_rows, max_mb)
    run(out, host=host, port=port, timeout=limits.timeout, max_rows=limits.max_rows, max_bytes=limits.max_bytes, workers=workers, cors=cors,
        on_ready=lambda url: click.echo(f"serving {out}/ at {url} (SPARQL endpoint /sparql, query page /query); Ctrl-C stops"))


def _built_graph() -> Path:
    """What `kg build` wrote: its store when there is one, else its Turtle."""
    return Path("exports/store") if Path("exports/store").is_dir() else formats.built_turtle(Path("exports"))
