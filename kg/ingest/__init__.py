"""Step 1: a file on disk → a Document holding its text exactly as written (the only corpus reader)."""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from pathlib import Path

from kg.errors import KgError
from kg.model import Document

SUFFIXES = (".txt",)
MAX_BYTES = 20 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def find(paths: Iterable[Path]) -> list[Path]:
    """The documents named by paths (files, or folders of .txt files), sorted, each once."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.iterdir() if p.suffix in SUFFIXES and p.is_file())
        elif path.is_file():
            found.add(path)
        elif path.exists():
            raise KgError(path, "not a regular file or folder")
        else:
            raise KgError(path, "no such file or folder")
    if not found:
        raise KgError(", ".join(map(str, paths)) or ".", f"no documents ({'/'.join(SUFFIXES)} files) found")
    return sorted(found, key=lambda p: (p.name, str(p)))


def read(path: Path) -> Document:
    """Read and decode one document; the normalised text is filled in by the next step."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise KgError(path, f"cannot be read ({error.strerror or error})") from error
    text = decode(data, path)
    return Document(id=path.stem, name=path.name, original=text, text=text, starts=(), ends=())


def decode(data: bytes, path: Path) -> str:
    """UTF-8 (or a BOM-marked UTF-16/32); binary, empty and undecodable files are refused."""
    if len(data) > MAX_BYTES:
        raise KgError(path, f"larger than {MAX_BYTES // 2**20} MiB; split it or raise the limit")
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    nul = data.find(b"\x00")
    if encoding == "utf-8" and nul >= 0:
        raise KgError(path, f"binary file, not text (NUL byte at {nul})")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise KgError(
            path, f"not valid {encoding.upper()} (byte 0x{data[error.start]:02x} at {error.start}); save it as UTF-8"
        ) from error
    if not text.strip():
        raise KgError(path, "empty file (no text)")
    return text
