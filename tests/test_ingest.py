from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from kg import ingest
from kg.errors import KgError

TEXT = "到2025年,高新技术企业达到1800家。"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file (no text)"),
        (b"  \n\t\n", "empty file (no text)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text (NUL byte at 8)"),
        ("高新技术企业".encode("utf-8")[:-1], "not valid UTF-8 (byte 0xe4 at 15); save it as UTF-8"),
        ("高新技术企业".encode("gbk"), "not valid UTF-8 (byte 0xb8 at 0); save it as UTF-8"),
        (b"\xff\xfe" + b"\x00\xd8", "not valid UTF-16 (byte 0x00 at 2); save it as UTF-8"),
    ],
)
def test_bad_files_give_one_line_naming_the_file(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(KgError) as caught:
        ingest.read(path)
    assert str(caught.value) == f"{path}: {problem}"
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
)
def test_unicode_encodings_decode_to_the_same_text(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "ok.txt"
    path.write_bytes(data)
    assert ingest.read(path).original == TEXT


def test_find_sorts_folders_and_files_and_refuses_missing_paths(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "notes.md"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    assert [p.name for p in ingest.find([tmp_path, tmp_path / "a.txt"])] == ["a.txt", "b.txt"]
    with pytest.raises(KgError, match="missing.txt: no such file or folder"):
        ingest.find([tmp_path / "missing.txt"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(KgError, match=r"no documents \(.txt files\) found"):
        ingest.find([empty])


def test_document_id_is_the_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "007_policy.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = ingest.read(path)
    assert (doc.id, doc.name) == ("007_policy", "007_policy.txt")
