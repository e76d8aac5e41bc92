"""Benchmark: `kg analyze` wall time and peak memory at N documents, this branch vs a baseline revision.

The graphs are made from real texts: every file of CORPUS is built once with `kg.pipeline.build`
(check=False) and its triples are replicated to N documents, each copy with its own document IRIs
and file name, a jurisdiction and an issued year varied deterministically (copy c of document k
gets region (k + 7c) mod R of the regions the corpus names and its year shifted by c mod 9, kept in
2012–2025). Shared concepts (entities, regions, agencies) are written once, so the copies share
them as real documents do. Each graph is written once per size as sorted N-Triples (valid Turtle)
into WORK and reused by later runs.

Each measurement is a whole process: `kg analyze --graph graph-N.ttl --out …`; `kg analyze --graph
store-N` (the same triples bulk-loaded once into an on-disk pyoxigraph Store in WORK, as the
parallel build will leave one in the exports folder: no Turtle parse); and, as the baseline in the
same run, the analyze of BASELINE_REV (`git show REV:kg/analyze/metrics.py` and `report.py`,
copied into WORK) reading the same file with rdflib. Wall time, CPU time (user + system: steadier
than wall time on a shared machine) and peak memory (the process's maximum resident set) come from
os.wait4. The baseline runs only at the sizes in --baseline-sizes, because it takes minutes at 500
documents.

With --store DIR instead of a corpus, the store a real build left (e.g. the 10,000-document build's
OUT/store) is measured as it is: this checkout's `kg analyze --graph DIR` and, as the baseline in
the same run, BASELINE_REV's whole package (a detached git worktree in WORK, put first on
PYTHONPATH), alternating, --runs times each; the two reports are compared byte for byte. kg
analyze only reads the store; copy it first if others are rebuilding it.

Run:  python benchmarks/bench_analyze.py /work/shared/corpus-dev/docs [--sizes 500 2000 10000]
          [--baseline-sizes 500] [--runs 1] [--work /tmp/bench-analyze]
      python benchmarks/bench_analyze.py --store /tmp/store10k [--baseline-rev 1a65ec9] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

DOC = "<https://w3id.org/policy-kg/id/doc/"
SOURCE = "<http://purl.org/dc/terms/source>"
ISSUED = "<http://purl.org/dc/terms/issued>"
JURISDICTION = "<https://w3id.org/policy-kg/ontology#jurisdiction>"
REPO = Path(__file__).resolve().parents[1]

OLD_RUNNER = '''
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
import old_metrics, old_report
from kg import files
from kg.rdf import formats
out = Path(sys.argv[2])
result = old_metrics.analyze(formats.read_graph(Path(sys.argv[1])))
files.write_all({out / name: data for name, data in old_report.render(result).items()})
'''


def base_triples(corpus: Path, work: Path) -> list[str]:
    """The corpus built once, as sorted N-Triples lines (cached in WORK/base.nt)."""
    cached = work / "base.nt"
    if not cached.is_file():
        from kg import pipeline

        started = time.perf_counter()
        build = pipeline.build([corpus], check=False)
        lines = sorted(set(build.graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()))
        cached.write_text("\n".join(line for line in lines if line.strip()) + "\n", encoding="utf-8")
        print(f"built {len(build.docs)} documents of {corpus} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return cached.read_text(encoding="utf-8").splitlines()


def _key(subject: str) -> str:
    rest = subject[len(DOC):-1]
    return rest.split("/", 1)[0]


def replicate(lines: list[str], n: int) -> str:
    """N documents' triples: the base documents, then renamed copies, until there are n."""
    shared, per_doc = [], {}
    for line in lines:
        subject = line.split(" ", 1)[0]
        if subject.startswith(DOC):
            per_doc.setdefault(_key(subject), []).append(line)
        else:
            shared.append(line)
    regions = sorted({line.split(" ", 2)[2].rsplit(" .", 1)[0] for line in lines if f" {JURISDICTION} " in line})
    keys = sorted(per_doc)
    out = list(shared)
    for i in range(n):
        copy, k = divmod(i, len(keys))
        key = keys[k]
        if copy == 0:
            out += per_doc[key]
            continue
        new = f"{key}-r{copy}"
        for line in per_doc[key]:
            line = line.replace(f"{DOC}{key}/", f"{DOC}{new}/").replace(f"{DOC}{key}>", f"{DOC}{new}>")
            s, p, o = line.split(" ", 2)
            if p == SOURCE:
                o = o.replace('.txt"', f'-r{copy}.txt"', 1)
            elif p == JURISDICTION:
                o = f"{regions[(k + 7 * copy) % len(regions)]} ."
            elif p == ISSUED and o.startswith('"') and o[1:5].isdigit():
                year = 2012 + (int(o[1:5]) - 2012 + copy % 9) % 14
                o = f'"{year}{o[5:]}'
            out.append(f"{s} {p} {o}")
    return "\n".join(out) + "\n"


def graph_file(lines: list[str], n: int, work: Path) -> Path:
    path = work / f"graph-{n}.ttl"
    if not path.is_file():
        path.write_text(replicate(lines, n), encoding="utf-8")
    return path


def baseline_dir(rev: str, work: Path) -> Path:
    """The baseline's analyze modules, copied out of git into WORK/old-<rev>."""
    folder = work / f"old-{rev.replace('/', '_')}"
    folder.mkdir(exist_ok=True)
    for name in ("metrics", "report"):
        source = subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:kg/analyze/{name}.py"], check=True, capture_output=True, text=True).stdout
        (folder / f"old_{name}.py").write_text(source, encoding="utf-8")
    (folder / "run.py").write_text(OLD_RUNNER, encoding="utf-8")
    return folder


def store_folder(ttl: Path, n: int, work: Path) -> Path:
    """The graph bulk-loaded once into an on-disk pyoxigraph Store (what the parallel build leaves)."""
    import pyoxigraph as ox

    folder = work / f"store-{n}"
    if not (folder / "CURRENT").is_file():
        store = ox.Store(str(folder))
        store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
        store.flush()
        store.optimize()
        del store
    return folder


def measure(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak resident MiB) of one process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if status:
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode()[-2000:] if process.stderr else status}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def baseline_tree(rev: str, work: Path) -> Path:
    """BASELINE_REV's checkout, detached, in WORK (made once)."""
    folder = work / f"tree-{rev.replace('/', '_')}"
    if not (folder / "kg").is_dir():
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(folder), rev], check=True, capture_output=True)
    return folder


def bench_store(store: Path, rev: str, runs: int, work: Path) -> None:
    """This checkout's and REV's kg analyze on one store, alternating; medians, and whether the reports match."""
    tree = baseline_tree(rev, work)
    kinds = {
        "this checkout": (work / "store-new", {**os.environ, "PYTHONPATH": str(REPO)}),
        f"baseline {rev}": (work / "store-old", {**os.environ, "PYTHONPATH": str(tree)}),
    }
    results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in kinds}
    for _ in range(runs):
        for name, (out, env) in kinds.items():
            results[name].append(measure([sys.executable, "-m", "kg", "analyze", "--graph", str(store), "--out", str(out)], env))
    print(f"kg analyze --graph {store} ({runs} runs each, alternating)")
    print("| analyze | wall s (median) | CPU s (median) | peak MiB (max) |")
    print("| --- | ---: | ---: | ---: |")
    for name, rows in results.items():
        print(f"| {name} | {statistics.median(w for w, _, _ in rows):.1f} | {statistics.median(c for _, c, _ in rows):.1f} | {max(m for _, _, m in rows):.0f} |")
    new, old = (sorted(p.name for p in out.iterdir()) for out, _ in kinds.values())
    same = new == old and all((kinds["this checkout"][0] / n).read_bytes() == (kinds[f"baseline {rev}"][0] / n).read_bytes() for n in new)
    print(f"reports byte-identical: {'yes' if same else 'no'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--store", type=Path, help="measure this built store as it is, against --baseline-rev")
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000])
    parser.add_argument("--baseline-sizes", type=int, nargs="*", default=[500])
    parser.add_argument("--baseline-rev", default="main")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-analyze"))
    parser.add_argument("--no-new", action="store_true", help="only make the graphs and time the baseline")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if args.store is not None:
        return bench_store(args.store, args.baseline_rev, args.runs, args.work)
    if args.corpus is None:
        parser.error("give a corpus folder, or --store")
    lines = base_triples(args.corpus, args.work)
    old = baseline_dir(args.baseline_rev, args.work) if args.baseline_sizes else None
    kg = [sys.executable, "-m", "kg"]
    print("| documents | triples | Turtle MB | analyze | wall s (median) | CPU s (median) | peak MiB | report.json KB |")
    print("| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |")
    for n in args.sizes:
        ttl = graph_file(lines, n, args.work)
        triples = sum(1 for _ in ttl.open(encoding="utf-8"))
        runs = {} if args.no_new else {
            "new, from Turtle": kg + ["analyze", "--graph", str(ttl), "--out", str(args.work / f"new-{n}")],
            "new, from a Store": kg + ["analyze", "--graph", str(store_folder(ttl, n, args.work)), "--out", str(args.work / f"store-out-{n}")],
        }
        if old and n in args.baseline_sizes:
            runs[f"baseline {args.baseline_rev}"] = [sys.executable, str(old / "run.py"), str(ttl), str(args.work / f"old-{n}"), str(old)]
        for name, command in runs.items():
            results = [measure(command) for _ in range(args.runs)]
            report = Path(command[command.index("--out") + 1] if "--out" in command else command[-2]) / "report.json"
            print(f"| {n} | {triples} | {ttl.stat().st_size / 2**20:.0f} | {name} | {statistics.median(w for w, _, _ in results):.1f} | "
                  f"{statistics.median(c for _, c, _ in results):.1f} | {max(m for _, _, m in results):.0f} | {report.stat().st_size / 1024:.0f} |", flush=True)


if __name__ == "__main__":
    main()
