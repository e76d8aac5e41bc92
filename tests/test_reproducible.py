"""Issue 15: the same documents give the same bytes: exports, pages, report and figures are identical
across PYTHONHASHSEED, TZ, LC_ALL, umask, working directory and input order (RELIABILITY.md §5.3).

Processes, not CliRunner: the hash seed and the locale are fixed when Python starts.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph

from conftest import ROOT, SEEDS


def available_locale() -> str:
    """A non-C locale whose rules differ from C's (Chinese first), else C.UTF-8."""
    found = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout.split() if shutil.which("locale") else []
    normal = {name.lower().replace("-", ""): name for name in found}
    for wanted in ("zh_CN.UTF-8", "tr_TR.UTF-8", "de_DE.UTF-8", "en_US.UTF-8"):
        if wanted.lower().replace("-", "") in normal:
            return normal[wanted.lower().replace("-", "")]
    return "C.UTF-8"


def run(args: list[str], cwd: Path, env: dict[str, str], umask: int) -> None:
    def child() -> None:
        os.umask(umask)

    env = {**{k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONHASHSEED", "TZ"))}, **env}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, env=env, capture_output=True, text=True, preexec_fn=child, check=False)
    assert done.returncode == 0, done.stderr


def everything(cwd: Path, out: str, env: dict[str, str], umask: int, inputs: list[str]) -> dict[str, str]:
    run(["build", *inputs, "--out", out], cwd, env, umask)
    run(["analyze", "--graph", f"{out}/policy.ttl", "--out", out], cwd, env, umask)
    for format_ in ("nt", "jsonld", "trig"):
        run(["export", "--graph", f"{out}/policy.ttl", "--format", format_, "--out", f"{out}/policy.{format_}"], cwd, env, umask)
    folder = cwd / out
    found = {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}
    # the store is a database (RocksDB's files differ from run to run): the same quads is what counts
    found = {name: digest for name, digest in found.items() if not name.startswith("store/")}
    quads = "\n".join(sorted(map(str, pyoxigraph.Store.read_only(str(folder / "store")))))
    return {**found, "store (its quads)": hashlib.sha256(quads.encode("utf-8")).hexdigest()}


def test_issue_15_the_same_bytes_whatever_the_environment(tmp_path: Path) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    first, second = tmp_path / "first", tmp_path / "second" / "deeper"
    first.mkdir()
    (second / "docs").mkdir(parents=True)
    for seed in reversed(seeds):  # the folder lists them in another order
        shutil.copy(seed, second / "docs" / seed.name)
    a = everything(first, "exports", {"PYTHONHASHSEED": "1", "TZ": "UTC", "LC_ALL": "C.UTF-8"}, 0o022,
                   [str(seed) for seed in reversed(seeds)])
    b = everything(second, "out", {"PYTHONHASHSEED": "4242", "TZ": "Asia/Shanghai", "LC_ALL": available_locale()}, 0o077,
                   ["docs"])
    assert sorted(a) == sorted(b)
    assert [name for name in a if a[name] != b[name]] == []
    assert any(name.endswith(".png") for name in a) and "policy.trig" in a and "views/type-Region.html" in a
    for path in (first / "exports").rglob("*"):  # no absolute path of the build in what it wrote
        if path.is_file():
            assert str(tmp_path).encode() not in path.read_bytes(), path
