"""Benchmark: `kg query` on pyoxigraph against the rdflib `kg query` it replaced, medians in one run.

Run:  python benchmarks/bench_query.py [FOLDER …] [--runs 7]      (default FOLDER: seeds)
e.g.  python benchmarks/bench_query.py seeds /path/to/more/docs --runs 5

Each folder of documents is built once (policy.ttl and ontology.ttl in a temporary folder); a folder
that already holds a policy.ttl (what `kg build` wrote) is queried as it is. Then, per bundled query
(kg/queries/*.rq, which both engines run unchanged), in alternating order so that a busy machine
slows both alike:

- new: the command `python -m kg query -f Q.rq --graph policy.ttl --format csv` as users run it
  (start-up, pyoxigraph loads the Turtle, rdflib's parse checks the query, a child process answers);
- old: a process doing exactly what `kg query` did before (commit 96f4211): import the CLI, parse the
  Turtle with rdflib, `Graph.query` with our prefixes, print CSV;
- in-process, graph already loaded: rdflib's `Graph.query` against `kg.rdf.sparql.run` (the check
  and a child process included) and `kg.rdf.sparql.execute` (no child).

Prints one table per folder: medians in ms and the ratio old / new. Row counts of the two engines
are compared; a difference is printed, not hidden.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What `kg query -f FILE --format csv` ran before it moved to pyoxigraph: what the CLI imported then,
# rdflib's Turtle parse of the graph, rdflib's engine, CSV out.
OLD = """
import csv, sys
import click, kg.files, kg.pipeline, kg.vocab, kg.analyze.metrics, kg.analyze.report, kg.evaluate.contract
import kg.evaluate.report, kg.evaluate.score, kg.model, kg.pages.html, kg.pages.views, kg.rdf.reference, kg.rdf.shapes
from kg.rdf import formats
from kg.rdf.namespaces import PREFIXES
from pathlib import Path
graph = formats.read_graph(Path(sys.argv[1]))
result = graph.query(Path(sys.argv[2]).read_text(encoding="utf-8"), initNs=PREFIXES)
writer = csv.writer(sys.stdout, lineterminator="\\n")
writer.writerow([str(v) for v in result.vars])
writer.writerows([["" if t is None else str(t) for t in row] for row in result])
"""


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def command(args: list[str]) -> Callable[[], str]:
    def run() -> str:
        done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    return run


def build(folder: Path, out: Path) -> float:
    """policy.ttl and ontology.ttl of the folder's documents, as `kg build` writes them; without the
    SHACL check and the pages (what is timed here is querying, and a corpus may have violations)."""
    from kg import pipeline
    from kg.rdf import formats
    from kg.rdf.graph import ontology_turtle

    started = time.perf_counter()
    built = pipeline.build([folder], check=False)
    (out / "policy.ttl").write_bytes(formats.turtle(built.graph))
    (out / "ontology.ttl").write_bytes(ontology_turtle())
    return time.perf_counter() - started


def bench_folder(folder: Path, runs: int) -> None:
    from kg.rdf import formats, sparql
    from kg.rdf.namespaces import PREFIXES

    with tempfile.TemporaryDirectory(prefix="bench-query-") as temp:
        out = folder if (folder / "policy.ttl").is_file() else Path(temp)
        seconds = 0.0 if out == folder else build(folder, out)
        ttl = out / "policy.ttl"
        graph = formats.read_graph(ttl)
        store = sparql.load(ttl)
        print(f"\n{folder}: {len(graph)} triples ({ttl.stat().st_size / 1e6:.1f} MB of Turtle; built in {seconds:.0f} s), "
              f"{runs} runs per query, medians in ms")
        print(f"{'query':<28} {'rows':>5} | {'old kg query':>12} {'new kg query':>12} {'ratio':>6} | "
              f"{'rdflib query':>12} {'run':>8} {'execute':>8}")
        totals = [0.0, 0.0]
        for path in sorted((ROOT / "kg" / "queries").glob("*.rq")):
            text = path.read_text(encoding="utf-8")
            old = command([sys.executable, "-c", OLD, str(ttl), str(path)])
            new = command([sys.executable, "-m", "kg", "query", "-f", str(path), "--graph", str(ttl), "--format", "csv"])
            walls: dict[str, list[float]] = {"old": [], "new": []}
            outputs: dict[str, str] = {}
            for i in range(runs):
                for name, work in (("old", old), ("new", new)) if i % 2 == 0 else (("new", new), ("old", old)):
                    started = time.perf_counter()
                    outputs[name] = work()
                    walls[name].append(time.perf_counter() - started)
            old_rows, new_rows = (len(outputs[name].splitlines()) - 1 for name in ("old", "new"))
            old_ms, new_ms = (statistics.median(walls[name]) * 1000 for name in ("old", "new"))
            rdflib_ms = statistics.median(timed(lambda: list(graph.query(text, initNs=PREFIXES))) for _ in range(runs)) * 1000
            run_ms = statistics.median(timed(lambda: sparql.run(store, text)) for _ in range(runs)) * 1000
            execute_ms = statistics.median(timed(lambda: sparql.execute(store, text)) for _ in range(runs)) * 1000
            totals[0] += old_ms
            totals[1] += new_ms
            rows = f"{new_rows}" if new_rows == old_rows else f"{new_rows}≠{old_rows}"
            print(f"{path.stem:<28} {rows:>5} | {old_ms:>12.0f} {new_ms:>12.0f} {old_ms / new_ms:>5.1f}× | "
                  f"{rdflib_ms:>12.1f} {run_ms:>8.1f} {execute_ms:>8.1f}")
        print(f"{'sum of medians':<28} {'':>5} | {totals[0]:>12.0f} {totals[1]:>12.0f} {totals[0] / totals[1]:>5.1f}×")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "seeds"])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    for folder in args.folders:
        bench_folder(folder.resolve(), args.runs)


if __name__ == "__main__":
    main()
