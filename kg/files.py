"""The last step: bytes onto disk, each file replaced atomically (the only writer of files)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from kg.errors import KgError


def write_atomic(path: Path, data: bytes) -> None:
    """Replace path with data; readers see the old file or the new one, never half."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError as error:
        raise KgError(path, f"cannot be written ({error.strerror or error})") from error
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600 files
        os.replace(tmp, path)
    except BaseException as error:
        os.unlink(tmp)
        if isinstance(error, OSError):
            raise KgError(path, f"cannot be written ({error.strerror or error})") from error
        raise


def write_all(files: Mapping[Path, bytes]) -> None:
    """Everything is rendered before the first write, so a failing render leaves old exports whole."""
    for path, data in sorted(files.items()):
        write_atomic(path, data)


def write_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """Like write_atomic, for a file too big to hold in memory: the chunks are written as they come."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError as error:
        raise KgError(path, f"cannot be written ({error.strerror or error})") from error
    try:
        with os.fdopen(fd, "wb") as file:
            for chunk in chunks:
                file.write(chunk)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as error:
        os.unlink(tmp)
        if isinstance(error, OSError):
            raise KgError(path, f"cannot be written ({error.strerror or error})") from error
        raise


def remove(path: Path) -> None:
    """Remove a file if it is there (a build's stale page or marker)."""
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise KgError(path, f"cannot be removed ({error.strerror or error})") from error
