"""Kill safety of the exports folder: SIGKILL a build's write at every step and at random moments,
on a full disk and on a read-only folder; the folder must always be one whole old or new build.

    python benchmarks/kill_safety.py                 # every step + 20 random moments + 8 real `kg build`s
    python benchmarks/kill_safety.py --random 40 --real 0

The old build is the seeds without their last document, the new one all five (so a document
leaves or joins the corpus between them). After each kill: the folder's files equal the old
build's or the new build's, byte for byte (README.md, which no build owns, untouched); no
hidden or temporary file inside it; policy.ttl parses in rapper and pyoxigraph; the next run
cleans what the killed one left beside the folder. The full-disk case needs root to mount a
small tmpfs (skipped, and said so, otherwise); the read-only case remounts it read-only.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import files, pipeline

EVENTS = ("open", "os.rename", "os.link", "os.remove", "os.rmdir", "os.mkdir", "shutil.rmtree", "kg.files.swap", "kg.files.replace")
DRIVER = f"""
import os, pickle, signal, sys
from pathlib import Path
kill_at = int(sys.argv[3]); seen = [0]
def hook(event, args):
    if event not in {EVENTS!r}:
        return
    if event == "open":
        mode, flags = args[1], args[2]
        if not ((isinstance(mode, str) and any(c in mode for c in "wax+")) or (isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))):
            return
    seen[0] += 1
    if seen[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
if sys.argv[2] == "--build":  # a real `kg build` of the files after --build
    from kg.cli import cli
    sys.addaudithook(hook)
    try:
        cli(["build", *sys.argv[4:], "--out", sys.argv[1]], standalone_mode=False)
    except Exception as error:
        print(error, file=sys.stderr); sys.exit(1)
    print(seen[0]); sys.exit(0)
outputs = pickle.loads(Path(sys.argv[2]).read_bytes())
sys.addaudithook(hook)
from kg import files
from kg.errors import KgError
try:
    files.write_tree(Path(sys.argv[1]), outputs)
except KgError as error:
    print(error, file=sys.stderr); sys.exit(1)
print(seen[0])
"""


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def expected(outputs: dict[str, bytes], extra: dict[str, str]) -> dict[str, str]:
    return {**{k: hashlib.sha256(v).hexdigest() for k, v in outputs.items()}, **extra}


def parses(ttl: Path) -> bool:
    import pyoxigraph

    rapper = subprocess.run(["rapper", "-q", "-c", "-i", "turtle", str(ttl)], capture_output=True, check=False)
    try:
        list(pyoxigraph.parse(ttl.read_bytes(), pyoxigraph.RdfFormat.TURTLE))
    except (SyntaxError, ValueError):
        return False
    return rapper.returncode == 0


class Trials:
    def __init__(self, out: Path, old: dict[str, bytes], new: dict[str, bytes], pickles: dict[str, Path]) -> None:
        self.out, self.old, self.new, self.pickles = out, old, new, pickles
        self.counts: dict[str, dict[str, int]] = {}

    def reset(self) -> None:
        """The folder holds the old build and a README.md no build owns."""
        files.write_tree(self.out, self.old)
        (self.out / "README.md").write_bytes(b"# kept\n")

    def states(self) -> tuple[dict[str, str], dict[str, str]]:
        manifest_of = {}
        for name, outputs in (("old", self.old), ("new", self.new)):
            scratch = Path(tempfile.mkdtemp()) / "x"
            files.write_tree(scratch, outputs)
            manifest_of[name] = hashlib.sha256((scratch / files.MANIFEST).read_bytes()).hexdigest()
            shutil.rmtree(scratch.parent)
        readme = {"README.md": hashlib.sha256(b"# kept\n").hexdigest()}
        return (expected(self.old, {**readme, files.MANIFEST: manifest_of["old"]}),
                expected(self.new, {**readme, files.MANIFEST: manifest_of["new"]}))

    def check(self, kind: str, old: dict[str, str], new: dict[str, str]) -> str:
        now = snapshot(self.out)
        state = "old" if now == old else "new" if now == new else "MIXED"
        hidden = [p for p in self.out.rglob("*") if p.name.startswith(".") and p.name != files.MANIFEST]
        ok = state != "MIXED" and not hidden and parses(self.out / "policy.ttl")
        with files.lock(self.out):
            files.recover(self.out)
        left = [p.name for p in self.out.parent.iterdir() if p.name not in (self.out.name, f".{self.out.name}.lock")]
        outcome = state if ok and not left else f"FAIL({state}, hidden={len(hidden)}, leftovers={left})"
        row = self.counts.setdefault(kind, {})
        row[outcome] = row.get(outcome, 0) + 1
        return outcome

    def driver(self, kill_at: int, build: list[Path] | None = None) -> subprocess.Popen[bytes]:
        what = ["--build", str(kill_at), *map(str, build)] if build else [str(self.pickles["new"]), str(kill_at)]
        return subprocess.Popen([sys.executable, "-c", DRIVER, str(self.out), *what],
                                cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def render(seeds: list[Path]) -> dict[str, bytes]:
    return pipeline.build(seeds).outputs()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--random", type=int, default=20, help="kills at random moments of the write")
    parser.add_argument("--real", type=int, default=8, help="kills of a real `kg build`, evenly spaced over its write events")
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="kg-kill-"))
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    old, new = render(seeds[:-1]), render(seeds)
    pickles = {"old": work / "old.pickle", "new": work / "new.pickle"}
    for name, outputs in (("old", old), ("new", new)):
        pickles[name].write_bytes(pickle.dumps(outputs))
    trials = Trials(work / "area" / "exports", old, new, pickles)
    trials.reset()
    old_state, new_state = trials.states()

    # 1. before every write, rename, link, removal and the swap
    done = trials.driver(0)
    stdout, _ = done.communicate()
    steps = int(stdout)
    trials.reset()
    for kill_at in range(1, steps + 1):
        trials.driver(kill_at).wait()
        if trials.check("every step", old_state, new_state) == "new":
            trials.reset()

    # 2. at random moments of the whole write (process start included)
    started = time.perf_counter()
    trials.driver(0).wait()
    span = time.perf_counter() - started
    trials.reset()
    for _ in range(args.random):
        process = trials.driver(0)
        time.sleep(rng.uniform(0, span))
        process.send_signal(signal.SIGKILL)
        process.wait()
        if trials.check("random moment", old_state, new_state) == "new":
            trials.reset()

    # 3. real `kg build` processes killed at evenly spaced write events (jieba's cache and the
    #    like included), so that the kills land in the write and not in the minutes before it
    if args.real:
        done = trials.driver(0, seeds)
        stdout, stderr = done.communicate()
        assert done.returncode == 0, stderr.decode()
        events = int(stdout.decode().split()[-1])
        trials.reset()
        for kill_at in sorted({max(1, round(events * (i + 1) / args.real)) for i in range(args.real)}):
            trials.driver(kill_at, seeds).wait()
            if trials.check("real kg build", old_state, new_state) == "new":
                trials.reset()

    full_disk_and_read_only(trials, old_state, work)
    print(f"{'trials':<16} outcomes")
    for kind, row in trials.counts.items():
        print(f"{kind:<16} {sum(row.values()):>3}  " + ", ".join(f"{k} {v}" for k, v in sorted(row.items())))
    print(f"{'total':<16} {sum(sum(r.values()) for r in trials.counts.values()):>3}  failures: "
          f"{sum(v for r in trials.counts.values() for k, v in r.items() if k.startswith('FAIL'))}")
    shutil.rmtree(work, ignore_errors=True)


def full_disk_and_read_only(trials: Trials, old_state: dict[str, str], work: Path) -> None:
    """A tmpfs with room for one build but not two; then the same tmpfs read-only."""
    mount = work / "small"
    mount.mkdir()
    size = sum(len(v) for v in trials.old.values()) + sum(len(v) for v in trials.new.values()) // 2
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)], capture_output=True, check=False).returncode:
        print("full disk, read-only: skipped (cannot mount a tmpfs; needs root)")
        return
    try:
        small = Trials(mount / "exports", trials.old, trials.new, trials.pickles)
        small.counts = trials.counts
        small.reset()
        for kind, remount in (("full disk", None), ("read-only", "remount,ro")):
            if remount:
                subprocess.run(["mount", "-o", remount, str(mount)], check=True)
            done = small.driver(0)
            _, stderr = done.communicate()
            line = stderr.decode().strip()
            one_line = done.returncode == 1 and "\n" not in line and "Traceback" not in line
            print(f"{kind}: exit {done.returncode}: {line}")
            if remount:  # recovery cannot write either; the folder is checked as it is
                now = snapshot(small.out)
                outcome = "old" if now == old_state and one_line else "FAIL"
                small.counts.setdefault(kind, {})[outcome] = small.counts.get(kind, {}).get(outcome, 0) + 1
            else:
                outcome = small.check(kind, old_state, {})
                if not one_line:
                    small.counts[kind]["FAIL(message)"] = small.counts[kind].pop(outcome)
    finally:
        subprocess.run(["umount", str(mount)], check=False)


if __name__ == "__main__":
    main()
