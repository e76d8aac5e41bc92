"""Benchmark: the competency queries through `kg serve` (median of N runs) against rdflib in-process.

Run:  kg build && python benchmarks/bench_serve.py [FOLDER, default exports] [--runs 20]

Starts `python -m kg serve --out FOLDER --port 0 --timeout 2` and POSTs each kg/queries/*.rq to
/sparql (application/sparql-query, Accept: SPARQL JSON) over a fresh loopback connection, N times.
Per query it prints the median wall time the client sees; the server's own split from its
Server-Timing header (`check`: rdflib's parse and safety check, `query`: pyoxigraph's evaluation and
serialisation); the median of rdflib's `Graph.query` (its parser and engine, in this process, on the same
policy.ttl; what `kg query` ran before it moved to pyoxigraph) as the baseline; and `kg.rdf.sparql.check`
timed in this process without its cache (what a
query the worker has not seen before pays on top; repeated queries hit the worker's cache). Last, how long a runaway
cross join takes to be answered 503 (timeout 2 s, worker killed and replaced) and the query after it.
"""

from __future__ import annotations

import argparse
import http.client
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from kg.rdf import formats, sparql
from kg.rdf.namespaces import PREFIXES

ROOT = Path(__file__).resolve().parents[1]
BOMB = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def post(port: int, text: str) -> tuple[int, dict[str, float], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("POST", "/sparql", text.encode("utf-8"),
                           {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
        response = connection.getresponse()
        body = response.read()
        timing = {name: float(ms) for name, ms in re.findall(r"(\w+);dur=([\d.]+)", response.headers.get("Server-Timing", ""))}
        return response.status, timing, body
    finally:
        connection.close()


def median_ms(work, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("exports"))
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    graph = formats.read_graph(args.folder / "policy.ttl")
    server = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--out", str(args.folder), "--port", "0", "--timeout", "2"],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        banner = server.stdout.readline()  # type: ignore[union-attr]
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", banner)
        if not match:
            sys.exit(f"kg serve did not start: {banner!r}")
        port = int(match.group(1))

        print(f"{len(graph)} triples, {args.runs} runs per query, medians in ms")
        print(f"{'query':<28} {'rows':>5}  {'endpoint':>8}  {'check':>6}  {'query':>6}  {'rdflib':>7}  {'uncached check':>14}")
        totals = {"endpoint": 0.0, "check": 0.0, "query": 0.0, "rdflib": 0.0}
        for path in sorted((ROOT / "kg" / "queries").glob("*.rq")):
            text = path.read_text(encoding="utf-8")
            status, _, body = post(port, text)  # one warm-up, and the row count
            assert status == 200, body
            rows = len(json.loads(body)["results"]["bindings"])
            walls, checks, queries = [], [], []
            for _ in range(args.runs):
                started = time.perf_counter()
                status, timing, _ = post(port, text)
                walls.append(time.perf_counter() - started)
                checks.append(timing["check"])
                queries.append(timing["query"])
            figures = {
                "endpoint": statistics.median(walls) * 1000,
                "check": statistics.median(checks),
                "query": statistics.median(queries),
                "rdflib": median_ms(lambda: list(graph.query(text, initNs=PREFIXES)), args.runs),
            }
            here = median_ms(lambda: sparql.check.__wrapped__(text), args.runs)  # uncached: a new query's cost
            for name, value in figures.items():
                totals[name] += value
            print(f"{path.stem:<28} {rows:>5}  {figures['endpoint']:>8.1f}  {figures['check']:>6.1f}  {figures['query']:>6.1f}  "
                  f"{figures['rdflib']:>7.1f}  {here:>14.1f}")
        print(f"{'sum of medians':<28} {'':>5}  {totals['endpoint']:>8.1f}  {totals['check']:>6.1f}  {totals['query']:>6.1f}  {totals['rdflib']:>7.1f}")

        started = time.perf_counter()
        status, _, body = post(port, BOMB)
        stopped = time.perf_counter() - started
        started = time.perf_counter()
        after, _, _ = post(port, "ASK { ?d a kg:PolicyDocument }")
        print(f"runaway cross join: {status} after {stopped:.2f} s ({body.decode().strip()}); the next query: {after} in {(time.perf_counter() - started) * 1000:.0f} ms")
    finally:
        server.terminate()
        server.communicate(timeout=20)


if __name__ == "__main__":
    main()
