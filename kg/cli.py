"""The `kg` command: one small function per command over the library; errors become one line."""

from __future__ import annotations

import contextlib
import importlib.resources
import importlib.util
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import click

from kg import __version__
from kg.errors import KgError
from kg.model import Entity
from kg.pages import views  # light (the view model); its types fill the choices of kg viz --type


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
@click.option("--cache", type=click.Path(file_okay=False, path_type=Path), help="Folder of per-document shards reused by the next build, never pruned  [default: .OUT.cache beside OUT, keeping only this build's shards]")
@click.option("--fresh", is_flag=True, help="Ignore the cache: process every document again, and write OUT again even if it holds this build.")
@click.option("--gzip", "gzipped", is_flag=True, help="Write policy.ttl.gz instead of policy.ttl: a sixth of the size, read as it is by kg, Jena's riot, GraphDB, rdflib and pyoxigraph.")
@click.option("--view", "wanted", metavar="SPEC", multiple=True, callback=lambda ctx, param, specs: _view_specs(specs),
              help="Also write this view as a page, at any size: doc/<id> (file stem or 文号), entity/<type>/<name> or type/<type>, "
                   "the paths of kg serve's /view/; repeatable. Above 1,500 drawn nodes a build writes the overview, the type views and these only.")
def build(paths: tuple[Path, ...], out: Path, keep_going: bool, jobs: int | None, scheduler: str | None, cache: Path | None, fresh: bool,
          gzipped: bool, wanted: tuple[str, ...]) -> None:
    """Build the graph from documents (default: ./seeds, else the seeds bundled with kg) into OUT.

    Each document is processed once, on every core (or a Dask cluster), into a shard under the
    cache; a later build re-processes only new or changed documents, then updates OUT/store (the
    on-disk store kg query, kg analyze and kg serve read) and rewrites OUT/policy.ttl.

    A large corpus's build writes the bounded overview and the type views, not a page per document
    or entity (kg serve draws those on demand); --view writes the ones named, to views/ (listed in
    index.html). A view that names nothing in the graph is an error, and nothing is written.

    \b
    Example:
      kg build                       # seeds/ → exports/policy.ttl, exports/store, exports/graph.html
      kg build my-docs/ --out my-graph --jobs 2
      kg build big/ --view doc/0001_notice --view entity/Programme/揭榜挂帅   # → views/document-….html, views/entity-….html
      kg build mixed/ --keep-going   # .txt in any encoding, .html, .pdf, .docx
      kg build big/ --gzip           # exports/policy.ttl.gz beside the store
      kg build big/ --scheduler tcp://10.0.0.5:8786 --cache /shared/kg-cache
    """
    from kg import workers
    from kg.rdf import formats

    started = time.perf_counter()
    files.writable(out)  # a bad --out or a running build fails now, not after the documents
    with _progress() as progress:
        result = pipeline.build(_inputs(paths), progress=progress, keep_going=keep_going, cache=cache or out.parent / f".{out.name}.cache",
                                jobs=jobs or workers.default_jobs(), scheduler=scheduler, fresh=fresh, prune=cache is None)
    for path, reason in result.skipped:
        click.echo(f"skipped    {path}: {reason}", err=True)
    _print_violations(result.violations)
    for record in result.shards:
        for warning in record.warnings:
            click.echo(f"warning: {record.name}: {warning}", err=True)
    unchanged = result.up_to_date(out, wanted, gzipped)
    if not unchanged:
        result.write(out, wanted, gzipped)
    click.echo(result.summary())
    if unchanged:
        click.echo(f"up to date {out}/ already holds this build (the same documents, code and views): nothing written, {time.perf_counter() - started:.2f} s")
    else:
        click.echo(f"wrote      {out / formats.turtle_name(gzipped)}, {out / 'store'}/ and the pages (open {out / 'index.html'}) in {time.perf_counter() - started:.2f} s")
    for path, problem in result.failed:
        click.echo(f"Error: {path}: {problem}", err=True)
    if result.failed:
        raise click.exceptions.Exit(1)


def _view_specs(specs: tuple[str, ...]) -> tuple[str, ...]:
    """--view's values, checked for their form before the build (whether they name something, after)."""
    if not specs:
        return specs
    from kg.pages import ondemand

    for spec in specs:
        try:
            ondemand.parse(spec)
        except KgError as error:
            raise click.BadParameter(f"{spec!r}: {error.problem}", param_hint="'--view'") from error
    return specs


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


from kg import cli_graph  # noqa: E402, F401  (the commands over a built graph register on cli)
