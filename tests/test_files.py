"""kg.files: a build folder replaced as one unit (staging, manifest, swap, lock, recovery), and killed mid-way."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kg import files, manifest
from kg.errors import KgError

ROOT = Path(__file__).resolve().parents[1]
OLD = {"policy.ttl": b"old graph\n", "graph.html": b"<p>old</p>", "views/document-a.html": b"a", "views/document-gone.html": b"gone"}
NEW = {"policy.ttl": b"new graph\n", "graph.html": b"<p>new</p>", "views/document-a.html": b"A", "views/document-b.html": b"B"}


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder by relative path (the manifest included)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def beside(folder: Path) -> list[str]:
    """What sits next to folder besides itself and its lock: leftovers of a run."""
    return sorted(p.name for p in folder.parent.iterdir() if p.name not in (folder.name, f".{folder.name}.lock"))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    files.write_tree(folder, OLD)
    (folder / "README.md").write_bytes(b"kept by the user")
    (folder / "report.md").write_bytes(b"kg analyze wrote this")
    return folder


def test_a_new_build_replaces_the_old_and_keeps_what_it_does_not_own(out: Path) -> None:
    written = files.write_tree(out, NEW)
    got = tree(out)
    assert {k: v for k, v in got.items() if k != files.MANIFEST} == {**NEW, "README.md": b"kept by the user", "report.md": b"kg analyze wrote this"}
    assert "views/document-gone.html" not in got  # a document no longer in the corpus
    assert sorted(files.manifest(out)) == sorted(NEW)
    assert written == [out / name for name in sorted(NEW)]
    assert files.manifest(out)["policy.ttl"]["sha256"] == hashlib.sha256(NEW["policy.ttl"]).hexdigest()
    assert beside(out) == []


def test_a_fill_callback_writes_folders_of_files(out: Path) -> None:
    def store(staging: Path) -> None:
        (staging / "store").mkdir()
        (staging / "store" / "000001.sst").write_bytes(b"rocks")

    files.write_tree(out, NEW, fill=store)
    assert (out / "store" / "000001.sst").read_bytes() == b"rocks"
    assert "store/000001.sst" in files.manifest(out)
    files.write_tree(out, NEW)  # the next build writes no store: the old one goes
    assert not (out / "store").exists() or not any((out / "store").iterdir())


def test_a_failing_build_leaves_the_old_folder_and_no_staging(out: Path) -> None:
    before = tree(out)

    def broken(staging: Path) -> None:
        raise KgError("store", "broken on purpose")

    with pytest.raises(KgError, match="broken on purpose"):
        files.write_tree(out, NEW, fill=broken)
    assert tree(out) == before
    assert beside(out) == []


def test_a_full_disk_is_one_line_and_changes_nothing(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = tree(out)

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(KgError) as raised:
        files.write_tree(out, NEW)
    monkeypatch.undo()
    assert str(raised.value) == f"{out}: cannot be written (No space left on device); the previous build is unchanged"
    assert tree(out) == before
    assert beside(out) == []


def test_a_second_build_into_the_same_folder_is_refused(out: Path) -> None:
    before = tree(out)
    with files.lock(out), pytest.raises(KgError) as raised:
        files.write_tree(out, NEW)
    assert str(raised.value) == f"{out}: in use by another kg build (process {os.getpid()}, lock .exports.lock); run again when it has finished"
    assert tree(out) == before
    files.write_tree(out, NEW)  # released: the next build goes ahead


def test_without_rename_exchange_the_aside_pattern_is_used(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "_exchange", lambda a, b: False)
    files.write_tree(out, NEW)
    assert tree(out)["policy.ttl"] == NEW["policy.ttl"] and tree(out)["README.md"] == b"kept by the user"
    assert beside(out) == []


def test_the_next_run_repairs_a_killed_one(out: Path) -> None:
    before = tree(out)
    aside = out.parent / ".exports.old-99999"
    os.rename(out, aside)  # killed between the two renames of the fallback
    (out.parent / ".exports.staging-99998").mkdir()
    (out.parent / ".exports.staging-99998" / "policy.ttl").write_bytes(b"half")
    with files.lock(out):
        files.recover(out)
    assert tree(out) == before
    assert beside(out) == []


def test_a_file_where_the_folder_should_be_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "exports").write_bytes(b"")
    with pytest.raises(KgError, match="is a file, not a folder"):
        files.write_tree(tmp_path / "exports", NEW)


def test_a_symlinked_folder_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real"
    files.write_tree(real, OLD)
    (tmp_path / "link").symlink_to(real)
    files.write_tree(tmp_path / "link", NEW)
    assert (tmp_path / "link").is_symlink() and (real / "policy.ttl").read_bytes() == NEW["policy.ttl"]


def test_a_manifest_path_in_the_build_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="the build's own record"):
        files.write_tree(tmp_path / "out", {files.MANIFEST: b"{}"})
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", ["/etc/passwd", "../x", "a/../../x", "."])
def test_paths_outside_the_folder_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError):
        files.write_tree(tmp_path / "out", {name: b""})


def test_a_damaged_manifest_owns_nothing(out: Path) -> None:
    (out / files.MANIFEST).write_bytes(b"{not json")
    files.write_tree(out, NEW)
    assert (out / "views" / "document-gone.html").exists()  # unknown owner: kept, never deleted


DRIVER = """
import os, signal, sys
from pathlib import Path
kill_at = int(sys.argv[2]); seen = [0]
def hook(event, args):
    if event in ("open", "os.rename", "os.link", "os.remove", "os.rmdir", "os.mkdir", "shutil.rmtree", "kg.files.swap"):
        if event == "open":
            mode, flags = args[1], args[2]
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))
            if not writes:
                return
        seen[0] += 1
        if seen[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
sys.addaudithook(hook)
from kg import files
files.write_tree(Path(sys.argv[1]), {k: (k * 50).encode() for k in ("policy.ttl", "graph.html", "views/document-a.html", "views/document-b.html")})
print(seen[0])
"""


def test_killed_at_every_step_the_folder_is_the_old_build_or_the_new(out: Path) -> None:
    """SIGKILL before each write, rename, link, removal and the swap of a small build (the
    benchmark benchmarks/kill_safety.py does the same for real `kg build` outputs)."""
    before = tree(out)
    run = [sys.executable, "-c", DRIVER, str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    total = int(subprocess.run([*run, "0"], env=env, capture_output=True, text=True, check=True, cwd=ROOT).stdout)
    after = tree(out)
    files.write_tree(out, OLD)
    (out / "report.md").write_bytes(b"kg analyze wrote this")
    assert tree(out) == before
    outcomes = []
    for kill_at in range(1, total + 1):
        done = subprocess.run([*run, str(kill_at)], env=env, capture_output=True, cwd=ROOT, check=False)
        assert done.returncode == -signal.SIGKILL, done.stderr
        now = tree(out)
        assert now in (before, after), kill_at
        assert not any(p.name.startswith(".") and p.name != files.MANIFEST for p in out.rglob("*"))
        outcomes.append(now == after)
        with files.lock(out):
            files.recover(out)
        assert beside(out) == []
        if now == after:
            files.write_tree(out, OLD)
            (out / "report.md").write_bytes(b"kg analyze wrote this")
    assert total >= 10 and outcomes[0] is False and outcomes[-1] is True


def test_a_file_linked_again_keeps_its_manifest_entry_and_a_replaced_one_is_hashed(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = out.parent / "cache"
    cache.mkdir()
    files.write_atomic(cache / "a.txt", b"first text")
    files.write_atomic(cache / "b.txt", b"second text")

    def fill(staging: Path) -> None:
        for name in ("a.txt", "b.txt"):
            files.link(cache / name, staging / "text" / name)

    files.write_tree(out, {"policy.ttl": b"g"}, fill)
    hashed: list[str] = []
    describe = manifest.describe
    monkeypatch.setattr(manifest, "describe", lambda path: hashed.append(path.name) or describe(path))
    files.write_atomic(cache / "b.txt", b"changed text")  # a new file (inode) under the same name
    files.write_tree(out, {"policy.ttl": b"g"}, fill)
    assert sorted(hashed) == ["b.txt", "policy.ttl"]  # a.txt is the very file the manifest described
    listed = files.manifest(out)
    for name, data in (("text/a.txt", b"first text"), ("text/b.txt", b"changed text")):
        assert listed[name] == {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
