"""Benchmark: the pages of a large build, from a pyoxigraph store: sizes, times, and time to a stable picture.

For each size, makes a store and reports
- the bounded overview (kg.pages.overview): seconds to compute it from the store, nodes, edges,
  the page's size (vis-network loaded from assets/, as `kg build` writes it), and the median
  milliseconds from navigation to `window.kgStable` in headless Chromium (Playwright, no GPU);
- all pages `kg build` would write (kg.pages.site): seconds and total bytes;
- the views `kg serve` draws on demand (kg.pages.ondemand): median seconds for a document view,
  an entity view and a type view, including the page's HTML.

The stores are either a built graph copied N times (`--ttl exports/policy.ttl --copies 2 9 44`:
each copy's document IRIs, file names and 文号 renamed, and 40 % of its named entities other than
regions renamed too, so entities grow with documents as in real corpora; each document's triples
in its own named graph, as the sharded build keeps them), or made up (`--synthetic 500 2000
10000`, tests/synthetic_store.py: no quotes, so no document views).

Run:  python benchmarks/bench_pages.py --ttl /tmp/cd/policy.ttl --copies 2 9 44 [--runs 3] [--screenshot docs/overview-10k.png]
      python benchmarks/bench_pages.py --synthetic 500 2000 10000
"""

from __future__ import annotations

import argparse
import hashlib
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from playwright.sync_api import sync_playwright

from kg import files
from kg.analyze.source import select
from kg.pages import html, ondemand, overview, site

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from synthetic_store import store as synthetic  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
ID = "https://w3id.org/policy-kg/id/"
_DOC = re.compile(r"^<" + re.escape(ID) + r"doc/([^/>]+)")
_ENTITY = re.compile("<" + re.escape(ID) + r"(?!doc/|Region/)([^>/]+)/([^>]+)>")
_SOURCE = re.compile(r'(<http://purl.org/dc/terms/(?:source|identifier)> ")')
_LABEL = re.compile(r'^(<[^>]+>) (<http://www.w3.org/2004/02/skos/core#(?:pref|alt)Label>) "(.*)"(@zh)? \.$')


def copies(ttl: Path, count: int) -> ox.Store:
    """The graph at `ttl` copied `count` times, renamed as the module docstring says, in named graphs."""
    text = ox.serialize(ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    lines = text.splitlines()
    store = ox.Store()
    for k in range(count):
        out = []
        renamed: set[str] = set()

        def entity(match: re.Match, k: int = k) -> str:
            key = match.group(0)
            if k and int(hashlib.sha1(f"{key}{k}".encode()).hexdigest()[:4], 16) % 100 < 40:
                renamed.add(f"<{ID}{match.group(1)}/{match.group(2)}·{k}>")
                return f"<{ID}{match.group(1)}/{match.group(2)}·{k}>"
            return key

        for line in lines:
            line = line.replace(f"<{ID}doc/", f"<{ID}doc/c{k}-")
            line = _SOURCE.sub(rf"\g<1>c{k}-", line)
            line = _ENTITY.sub(entity, line)
            label = _LABEL.match(line)
            if label and label.group(1) in renamed:
                line = f'{label.group(1)} {label.group(2)} "{label.group(3)}·{k}"{label.group(4) or ""} .'
            doc = _DOC.match(line)
            out.append(line[:-1] + f"<{ID}doc/{doc.group(1)}> .\n" if doc else line + "\n")
        store.bulk_load("".join(out).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return store


def settle_ms(browser, path: Path, runs: int) -> tuple[float, list[str]]:
    times, errors = [], []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(path.as_uri())
        deadline = time.monotonic() + 120
        while not page.evaluate("() => window.kgStable === true") and time.monotonic() < deadline:
            time.sleep(0.02)
        times.append(page.evaluate("() => window.kgStableAt"))
        page.close()
    return statistics.median(times), errors


def timed(function, runs: int = 3) -> float:
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ttl", type=Path, help="a built policy.ttl to copy")
    parser.add_argument("--copies", type=int, nargs="*", default=[])
    parser.add_argument("--synthetic", type=int, nargs="*", default=[])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screenshot", type=Path, help="a PNG of the largest overview")
    args = parser.parse_args()
    cases = [(f"{n}×{args.ttl.name}", lambda n=n: copies(args.ttl, n)) for n in args.copies] if args.ttl else []
    cases += [(f"synthetic {n}", lambda n=n: synthetic(n, named=True)) for n in args.synthetic]
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-pages-"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        print(f"{'store':22} {'docs':>6} {'quads':>9} {'overview':>9} {'nodes':>6} {'edges':>6} {'page':>8} {'stable':>8} "
              f"{'all pages':>10} {'doc view':>9} {'entity':>8} {'type':>8}")
        shot = None
        for name, make in cases:
            started = time.perf_counter()
            store = make()
            made = time.perf_counter() - started
            docs = [row["doc"] for row in select(store, "SELECT ?doc WHERE { ?doc a kg:PolicyDocument } ORDER BY STR(?doc)")]
            started = time.perf_counter()
            view, index = overview.bounded(store)
            bounded_s = time.perf_counter() - started
            out = site.pages(lambda store=store: store, None)
            all_s = timed(lambda store=store: site.pages(lambda: store, None), 1)
            target = folder / name.replace(" ", "-").replace("×", "x")
            files.write_tree(target, out)
            stable, errors = settle_ms(browser, target / "graph.html", args.runs)
            shot = target / "graph.html"
            doc_s = entity_s = type_s = float("nan")
            sources = [row["source"] for row in select(store, "SELECT ?source WHERE { ?doc a kg:PolicyDocument ; dcterms:source ?source } ORDER BY ?source LIMIT 5")]
            try:
                keys = [s.rsplit(".", 1)[0] for s in sources]
                doc_s = timed(lambda: [html.page(ondemand.document_view(store, key), assets="/assets/") for key in keys]) / len(keys)
            except Exception as error:  # made-up stores hold no quotes
                print(f"  (no document views: {type(error).__name__}: {error})")
            top = max((n for n in view.nodes if n["kind"] != "DocumentGroup"), key=lambda n: n["info"]["documents"])
            entity_s = timed(lambda: html.page(ondemand.entity_view(store, top["kind"], top["label"]), assets="/assets/"))
            type_s = timed(lambda: html.page(ondemand.type_view(store, top["kind"]), assets="/assets/"), 1)
            print(f"{name:22} {len(docs):>6} {len(store):>9} {bounded_s:>8.1f}s {len(view.nodes):>6} {len(view.edges):>6} "
                  f"{len(out['graph.html']) / 1e6:>6.2f}MB {stable:>6.0f}ms {all_s:>9.1f}s {doc_s:>8.2f}s {entity_s:>7.2f}s {type_s:>7.2f}s"
                  f"   (store made in {made:.0f} s; pages {sum(map(len, out.values())) / 1e6:.1f} MB{'; JS errors: ' + str(errors) if errors else ''})")
        if args.screenshot and shot:
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.goto(shot.as_uri())
            while not page.evaluate("() => window.kgStable === true"):
                time.sleep(0.05)
            page.screenshot(path=str(args.screenshot))
            print(f"screenshot: {args.screenshot}")
        browser.close()


if __name__ == "__main__":
    main()
