"""The record of a build folder (`.kg-manifest.json`): each file the build wrote with its size and hash, and a stamp of what the build was made from.

kg.files writes it last into every new build folder; here it is read, to know which files a build
owns (the others are the user's, carried into the next build), and whether a folder already holds
a build (`current`), so that `kg build` with nothing changed writes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path, PurePosixPath

MANIFEST = ".kg-manifest.json"


def read(folder: Path) -> dict[str, dict[str, object]]:
    """The files the build in folder wrote ({relative path: {"sha256", "size"}}); {} if none or unreadable."""
    try:
        files = json.loads((folder / MANIFEST).read_bytes())["files"]
        return {str(relative(name)): value for name, value in files.items()} if isinstance(files, dict) else {}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def current(folder: Path, stamp: str) -> list[Path] | None:
    """The paths of the build in folder if it was written with stamp and every file its manifest lists is
    still there, at its size (as with make, a file changed in place at its size passes); else None."""
    listed = read(folder)
    if not stamp or _stamp(folder) != stamp or not listed or not all(_still_there(folder / name, entry) for name, entry in listed.items()):
        return None
    return [folder / name for name in sorted(listed)]


def entry(path: Path, previous: Path, before: dict[str, object] | None) -> dict[str, object]:
    """The manifest entry of path: before (the previous build's entry for previous) if path is the very
    file it described (same inode and size: a text linked again from the cache), so it is not hashed
    again (212 MB of texts at 10,000 documents); else path's own."""
    try:
        now, then = path.lstat(), previous.lstat()
    except OSError:
        return describe(path)
    if before and "sha256" in before and (now.st_dev, now.st_ino, now.st_size) == (then.st_dev, then.st_ino, before.get("size")):
        return before
    return describe(path)


def describe(path: Path) -> dict[str, object]:
    if path.is_symlink():
        return {"symlink": os.readlink(path)}
    if path.is_dir():
        return {"folder": True}
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return {"sha256": digest.hexdigest(), "size": path.stat().st_size}


def relative(name: str) -> PurePosixPath:
    """name as a path inside a build folder; a ValueError for one that leaves it."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts or str(path) == ".":
        raise ValueError(f"not a relative path inside the build folder: {name!r}")
    return path


def _stamp(folder: Path) -> object:
    try:
        return json.loads((folder / MANIFEST).read_bytes()).get("stamp")
    except (OSError, ValueError, AttributeError):
        return None


def _still_there(path: Path, entry: dict[str, object]) -> bool:
    """Whether path is what its manifest entry describes, as far as its size and kind tell."""
    try:
        if "symlink" in entry:
            return os.readlink(path) == entry["symlink"]
        if entry.get("folder"):
            return path.is_dir() and not path.is_symlink()
        return not path.is_symlink() and path.stat().st_size == entry.get("size")
    except OSError:
        return False
