from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

from conftest import GOLD, SEEDS

HIGH_TECH = 'SELECT ?source WHERE { ?doc kg:mentions ?e ; dcterms:source ?source . ?e skos:prefLabel "高新技术企业"@zh } ORDER BY ?source'


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("exports")
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("documents  5\nentities   ")
    assert "triples    " in result.output
    return out


def test_build_writes_turtle_and_page(built: Path) -> None:
    assert sorted(p.name for p in built.iterdir()) == ["graph.html", "policy.ttl"]


@pytest.mark.parametrize("format_", ["table", "csv", "json"])
def test_query_answers_which_documents_mention_high_tech_enterprises(built: Path, format_: str) -> None:
    result = CliRunner().invoke(cli, ["query", HIGH_TECH, "--graph", str(built / "policy.ttl"), "--format", format_])
    assert result.exit_code == 0, result.output
    found = sorted(set(re.findall(r"\b(\d{3})_[0-9a-f]{16}\.txt", result.output)))
    assert found == ["002", "003", "004"]
    if format_ == "json":
        assert len(json.loads(result.output)) == 3


def test_query_from_a_file(built: Path) -> None:
    queries = Path(__file__).resolve().parents[1] / "kg" / "queries"
    result = CliRunner().invoke(cli, ["query", "-f", str(queries / "documents.rq"), "--graph", str(built / "policy.ttl")])
    assert result.exit_code == 0, result.output
    assert "京经信发〔2023〕30号" in result.output and "(5 rows)" in result.output


def test_extract_and_evaluate(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(SEEDS), "--jsonl", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert {p.name for p in tmp_path.iterdir()} >= {"entities.jsonl", "targets.jsonl", "funding.jsonl", "documents.jsonl"}
    first = json.loads((tmp_path / "entities.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert set(first) >= {"doc", "type", "name", "surface", "quote"}
    result = runner.invoke(cli, ["evaluate", "--gold", str(GOLD), "--pred", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for word in ("entities", "targets", "funding", "000", "002"):
        assert word in result.output


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file (no text)"),
        (b"PK\x03\x04\x00\x00", "binary file, not text (NUL byte at 4)"),
        (b"\xb8\xdf\xd0\xc2", "not valid UTF-8 (byte 0xb8 at 0); save it as UTF-8"),
    ],
)
def test_a_bad_file_fails_the_build_and_leaves_exports_untouched(built: Path, tmp_path: Path, content: bytes, problem: str) -> None:
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in built.iterdir()}
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = CliRunner().invoke(cli, ["build", str(SEEDS), str(bad), "--out", str(built)])
    assert one_line_error(result) == f"Error: {bad}: {problem}"
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in built.iterdir()} == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "no/such/dir"], "Error: no/such/dir: no such file or folder"),
        (["query", "SELECT ?x WHERE {", "--graph", "{graph}"], "Error: query: SPARQL error: "),
        (["query", "SELECT * {}", "--graph", "missing.ttl"], "Error: missing.ttl: no such graph; run `kg build` first or pass --graph"),
        (["evaluate", "--gold", "no-gold", "--pred", "no-pred"], "Error: no-gold"),
    ],
)
def test_data_errors_are_one_line(built: Path, args: list[str], message: str) -> None:
    args = [a.replace("{graph}", str(built / "policy.ttl")) for a in args]
    assert one_line_error(CliRunner().invoke(cli, args)).startswith(message)


@pytest.mark.parametrize(
    "args", [["query"], ["query", "ASK {}", "-f", "x.rq"], ["build", "--out"], ["query", "ASK {}", "--format", "xml"], ["nope"]]
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and "Traceback" not in result.output
