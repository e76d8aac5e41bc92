"""The `kg` command: one small function per command over the library; errors become one line."""

from __future__ import annotations

import contextlib
import importlib.resources
import importlib.util
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import click

from kg import __version__
from kg.errors import KgError
from kg.model import Entity
from kg.pages import views  # light (the view model); its types fill the choices of kg viz --type
from kg.rdf import formats, sparql  # rdflib and pyoxigraph, which kg query needs anyway


def _lazy(name: str) -> ModuleType:
    """A module that is imported when first used (importlib.util.LazyLoader): `kg query` and
    `kg serve` then start without loading jieba, numpy, matplotlib and the rest of the build."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.loader is not None, name
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


if TYPE_CHECKING:
    from kg import files, pipeline
    from kg import vocab as vocabulary
    from kg.analyze import metrics as analytics
    from kg.analyze import report, source
    from kg.evaluate import contract
    from kg.evaluate import report as scores
    from kg.evaluate import score as scoring
    from kg.pages import html as viz
    from kg.rdf import reference
    from kg.rdf import shapes as shacl
else:
    files, pipeline, vocabulary = _lazy("kg.files"), _lazy("kg.pipeline"), _lazy("kg.vocab")
    analytics, report, source = _lazy("kg.analyze.metrics"), _lazy("kg.analyze.report"), _lazy("kg.analyze.source")
    contract, scores, scoring = _lazy("kg.evaluate.contract"), _lazy("kg.evaluate.report"), _lazy("kg.evaluate.score")
    viz, reference, shacl = _lazy("kg.pages.html"), _lazy("kg.rdf.reference"), _lazy("kg.rdf.shapes")


class KgGroup(click.Group):
    """Turns a KgError anywhere below into `Error: <file>: <problem>` and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """policy-kg: Chinese science-and-innovation policy documents as a knowledge graph.

    \b
    Start with:  kg build            (the bundled seeds → exports/)
    Then:        kg query 'SELECT ...'
    """


paths_argument = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))


@cli.command()
@paths_argument
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"), show_default=True, help="Folder for policy.ttl, the store and the pages.")
@click.option("--keep-going", is_flag=True, help="Build the files that can be read; name each bad one and exit 1.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Processes extracting documents  [default: every core]")
@click.option("--scheduler", metavar="ADDRESS", help="Run the per-document step on this Dask scheduler (tcp://host:8786); needs policy-kg[dask] and a --cache every worker can write.")
@click.option("--cache", type=click.Path(file_okay=False, path_type=Path), help="Folder of per-document shards reused by the next build  [default: .OUT.cache beside OUT]")
@click.option("--fresh", is_flag=True, help="Ignore the cache: process every document again.")
def build(paths: tuple[Path, ...], out: Path, keep_going: bool, jobs: int | None, scheduler: str | None, cache: Path | None, fresh: bool) -> None:
    """Build the graph from documents (default: ./seeds, else the seeds bundled with kg) into OUT.

    Each document is processed once, on every core (or a Dask cluster), into a shard under the
    cache; a later build re-processes only new or changed documents, then updates OUT/store (the
    on-disk store kg query, kg analyze and kg serve read) and rewrites OUT/policy.ttl.

    \b
    Example:
      kg build                       # seeds/ → exports/policy.ttl, exports/store, exports/graph.html
      kg build my-docs/ --out my-graph --jobs 2
      kg build mixed/ --keep-going   # .txt in any encoding, .html, .pdf, .docx
      kg build big/ --scheduler tcp://10.0.0.5:8786 --cache /shared/kg-cache
    """
    from kg import workers

    started = time.perf_counter()
    with _progress() as progress:
        result = pipeline.build(_inputs(paths), progress=progress, keep_going=keep_going, cache=cache or out.parent / f".{out.name}.cache",
                                jobs=jobs or workers.default_jobs(), scheduler=scheduler, fresh=fresh)
    for path, reason in result.skipped:
        click.echo(f"skipped    {path}: {reason}", err=True)
    _print_violations(result.violations)
    for record in result.shards:
        for warning in record.warnings:
            click.echo(f"warning: {record.name}: {warning}", err=True)
    result.write(out)
    click.echo(result.summary())
    if note := result.pages_left_out():
        click.echo(f"pages      {note}")
    click.echo(f"wrote      {out / 'policy.ttl'}, {out / 'store'}/ and the pages (open {out / 'index.html'}) in {time.perf_counter() - started:.2f} s")
    for path, problem in result.failed:
        click.echo(f"Error: {path}: {problem}", err=True)
    if result.failed:
        raise click.exceptions.Exit(1)


@cli.command()
@click.argument("url")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"), show_default=True, help="Folder written by kg build (its store/).")
@click.option("--all", "everything", is_flag=True, help="Send every graph, not only those changed since the last push.")
def push(url: str, out: Path, everything: bool) -> None:
    """Load the built graph into a SPARQL server through the Graph Store Protocol at URL.

    One named graph per document (named by its IRI), the ontology's named graph and the default
    graph (what documents share); a second push sends only what changed and deletes the graphs of
    removed documents.

    \b
    Example:
      oxigraph serve --location /tmp/ox --bind 127.0.0.1:7878 &
      kg push http://127.0.0.1:7878/store
      kg push http://localhost:3030/policy/data          # Fuseki
    """
    from kg.rdf import push as pusher

    started = time.perf_counter()
    with _progress() as progress:
        sent, deleted, unchanged = pusher.push(out / "store", url, everything, progress)
    click.echo(f"pushed {pipeline.plural(sent, 'graph')} to {url} ({deleted} deleted, {unchanged} unchanged) in {time.perf_counter() - started:.2f} s")


@cli.command("viz")
@paths_argument
@click.option("--focus", help="Label of the node to centre on (an ego view), e.g. 高新技术企业.")
@click.option("--depth", type=click.IntRange(0, 6), default=2, show_default=True, help="Links to follow from --focus.")
@click.option("--document", "doc_id", help="Only this document (its 文号, e.g. 京经信发〔2023〕30号, or its file stem) and what it names.")
@click.option("--type", "kind", type=click.Choice([k for k in views.NODE_COLOURS if k != views.DOCUMENT]), help="Only entities of this type and the documents naming them.")
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), help="The page to write [default: exports/views/<view>.html].")
def viz_command(paths: tuple[Path, ...], focus: str | None, depth: int, doc_id: str | None, kind: str | None, out: Path | None) -> None:
    """Write one interactive page: an ego view, one document, one type, or the overview.

    Filters combine: --document and --type narrow the graph first, --focus then walks from a node.

    \b
    Example:
      kg viz --focus 高新技术企业 --depth 2      # → exports/views/focus-….html
      kg viz --document 002_11ab0b061efeda41 -o tangshan.html
      kg viz --type Programme my-docs/
    """

    view = pipeline.build(_inputs(paths), check=False).overview()
    name = "overview"
    if doc_id is not None:
        view, name = views.document_view(view, doc_id), f"document-{doc_id}"
    if kind is not None:
        view, name = views.type_view(view, kind), f"{name}-type-{kind}".removeprefix("overview-")
    if focus is not None:
        view, name = views.ego_view(view, focus, depth), f"focus-{focus}-{depth}"
    target = out or Path("exports") / "views" / f"{views.slug(name)}.html"
    files.write_atomic(target, viz.page(view).encode("utf-8"))
    click.echo(f"wrote {target} ({len(view.nodes)} nodes, {len(view.edges)} edges)")


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
    from kg.rdf import store

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
@click.option("--graph", type=click.Path(dir_okay=False, path_type=Path), default=Path("exports/policy.ttl"), show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file (atomically) instead of standard output.")
def export_graph(format_: str, graph: Path, out: Path | None) -> None:
    """Write the built graph as Turtle, N-Triples, JSON-LD or TriG; the same bytes in every run.

    TriG puts each document, its mentions, facts and evidence in a named graph (the document's
    IRI) and the concepts the documents share in the default graph.

    \b
    Example:
      kg export --format nt --out exports/policy.nt
      kg export --format trig > policy.trig
    """

    data = formats.render(formats.read_graph(graph), format_)
    if out is None:
        click.echo(data, nl=False)
    else:
        files.write_atomic(out, data)
        click.echo(f"wrote {out}")


@cli.command()
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("docs/ontology.md"), show_default=True)
def docs(out: Path) -> None:
    """Write the ontology reference (classes, properties, vocabularies), generated from ontology/.

    \b
    Example:
      kg docs                          # → docs/ontology.md
      kg docs --out /tmp/ontology.md
    """
    from kg.rdf import reference

    files.write_atomic(out, reference.shipped_markdown().encode("utf-8"))
    click.echo(f"wrote {out}")


@cli.command()
@paths_argument
@click.option("--jsonl", "out", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder for the JSONL files.")
def extract(paths: tuple[Path, ...], out: Path) -> None:
    """Extract entities, targets, funding and supports as JSONL (the SCHEMA.md contract).

    \b
    Example:
      kg extract --jsonl pred/          # seeds/ → pred/entities.jsonl, targets.jsonl …
      kg evaluate --gold tests/data/gold-dev --pred pred/
    """
    from kg import pipeline
    from kg import vocab as vocabulary
    from kg.evaluate import contract
    from kg.model import Entity

    vocab = vocabulary.load()
    result = pipeline.build(_inputs(paths), vocab, check=False)
    regions = vocab.region_parents({f.name for f in result.facts if isinstance(f, Entity) and f.type == "Region"})
    written = contract.write(result.docs, result.facts, regions)
    files.write_all({out / name: data for name, data in written.items()})
    click.echo(f"wrote {', '.join(sorted(written))} for {len(result.docs)} documents to {out}/")


@cli.command()
@click.option("--gold", required=True, type=click.Path(path_type=Path), help="Folder of gold JSONL files.")
@click.option("--pred", required=True, type=click.Path(path_type=Path), help="Folder written by `kg extract --jsonl`.")
@click.option("--errors", "show_errors", default=10, show_default=True, help="How many misses and false positives to list per relation.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold: Path, pred: Path, show_errors: int, as_json: bool) -> None:
    """Score predictions against gold: precision, recall and F1 per file, relation and type.

    \b
    Example:
      kg extract --jsonl pred/ && kg evaluate --gold tests/data/gold-dev --pred pred/
    """
    from kg.evaluate import contract
    from kg.evaluate import report as scores
    from kg.evaluate import score as scoring

    report = scoring.evaluate(contract.load(gold), contract.load(pred))
    click.echo(scores.report_json(report) if as_json else scores.format_report(report, show_errors=show_errors))


@cli.command()
@click.argument("ttl", required=False, type=click.Path(dir_okay=False, path_type=Path), default=Path("exports/policy.ttl"))
def validate(ttl: Path) -> None:
    """Check a Turtle graph (default: exports/policy.ttl) against the SHACL shapes in ontology/shapes.ttl.

    Prints `conforms (N triples)`, or one line per violation and exits with status 1.
    `kg build` runs the same check before it writes anything.

    \b
    Example:
      kg validate                        # the graph kg build wrote to exports/
      kg validate my-graph/policy.ttl
    """
    from kg import pipeline
    from kg.rdf import shapes as shacl

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
    from kg.serve.app import is_loopback, run  # waitress and the worker pool only when serving

    if not is_loopback(host):
        click.echo(f"warning: listening on {host}: other machines can reach the pages and the endpoint (no authentication)", err=True)
    limits = _limits(timeout, max_rows, max_mb)
    run(out, host=host, port=port, timeout=limits.timeout, max_rows=limits.max_rows, max_bytes=limits.max_bytes, workers=workers, cors=cors,
        on_ready=lambda url: click.echo(f"serving {out}/ at {url} (SPARQL endpoint /sparql, query page /query); Ctrl-C stops"))


def _print_violations(violations: Sequence[shacl.Violation]) -> None:
    """SHACL violations to stderr, one per line (the build then refuses to write)."""
    if violations:
        click.echo(shacl.format_violations(list(violations)), err=True)


@contextlib.contextmanager
def _progress() -> Iterator[pipeline.Progress]:
    """A bar per phase of the build (read, extract, graph, validate) on a terminal; silence in a log or a pipe."""
    if not sys.stderr.isatty():
        yield lambda phase, done, total: None
        return
    bars: dict[str, Any] = {}

    def update(phase: str, done: int, total: int) -> None:
        if phase not in bars:
            for bar in bars.values():
                bar.render_finish()
            bars[phase] = click.progressbar(length=max(total, 1), label=f"{phase:<8}", file=sys.stderr)
        bar = bars[phase]
        bar.update(done - bar.pos)

    yield update
    for bar in bars.values():
        bar.render_finish()


def _built_graph() -> Path:
    """What `kg build` wrote: its store when there is one, else its Turtle."""
    return Path("exports/store") if Path("exports/store").is_dir() else Path("exports/policy.ttl")


def _inputs(paths: tuple[Path, ...]) -> list[Path]:
    """The paths given; else ./seeds in a checkout, or the seeds shipped inside the package (a wheel)."""
    if paths:
        return list(paths)
    if Path("seeds").is_dir():
        return [Path("seeds")]
    return [Path(str(importlib.resources.files("kg._seeds")))]


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KgError(path, f"cannot be read as UTF-8 text ({error})") from error
