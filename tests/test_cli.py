from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import unquote

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


def test_build_writes_turtle_pages_and_an_index(built: Path) -> None:
    assert sorted(p.name for p in built.iterdir()) == [".kg-manifest.json", "assets", "graph.html", "index.html", "ontology.ttl", "policy.ttl", "store", "text", "views"]
    pages = sorted(p.name for p in (built / "views").iterdir())
    assert [p for p in pages if p.startswith("document-")] == [f"document-{p.stem}.html" for p in sorted(SEEDS.glob("*.txt"))]
    assert "type-Programme.html" in pages and "type-EnterpriseType.html" in pages
    index = (built / "index.html").read_text(encoding="utf-8")
    assert all(f'href="views/{page}"' in index for page in pages) and 'href="graph.html"' in index


def test_build_prunes_its_own_cache_but_not_a_given_one(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:2]:
        (docs / path.name).write_bytes(path.read_bytes())
    keys = {}
    for cache in (None, tmp_path / "given"):
        out = tmp_path / f"out-{cache is None}"
        option = ["--cache", str(cache)] if cache else []
        assert CliRunner().invoke(cli, ["build", str(docs), "--out", str(out), "--jobs", "1", *option]).exit_code == 0
        folder = cache or tmp_path / f".{out.name}.cache"
        before = {p.name.split(".")[0] for p in folder.glob("??/*")}
        removed = docs / sorted(p.name for p in docs.iterdir())[-1]
        text = removed.read_bytes()
        removed.unlink()
        assert CliRunner().invoke(cli, ["build", str(docs), "--out", str(out), "--jobs", "1", *option]).exit_code == 0
        keys[cache is None] = (len(before), len({p.name.split(".")[0] for p in folder.glob("??/*")}))
        removed.write_bytes(text)
    assert keys == {True: (2, 1), False: (2, 2)}


def test_building_the_same_documents_again_writes_nothing(built: Path) -> None:
    manifest = (built / ".kg-manifest.json").stat()
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(built)])
    assert result.exit_code == 0, result.output
    assert f"up to date {built}/ already holds this build" in result.output and "wrote" not in result.output
    assert (built / ".kg-manifest.json").stat().st_mtime_ns == manifest.st_mtime_ns


def test_build_gzip_writes_policy_ttl_gz_that_every_command_reads(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(SEEDS), "--gzip"])
    assert result.exit_code == 0 and "wrote      exports/policy.ttl.gz, exports/store/" in result.output, result.output
    assert not Path("exports/policy.ttl").exists() and "--gzip" not in result.output
    assert runner.invoke(cli, ["validate"]).output.startswith("conforms (")
    assert runner.invoke(cli, ["export"]).output.encode("utf-8") == (built / "policy.ttl").read_bytes()
    assert runner.invoke(cli, ["build", str(SEEDS), "--gzip"]).output.count("up to date") == 1
    assert "wrote      exports/policy.ttl," in runner.invoke(cli, ["build", str(SEEDS)]).output  # and back, swapped in whole
    assert Path("exports/policy.ttl").is_file() and not Path("exports/policy.ttl.gz").exists()


def test_viz_writes_an_ego_view(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "ego.html"
    result = CliRunner().invoke(cli, ["viz", str(SEEDS), "--focus", "高新技术企业", "--depth", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    # depth 1: the entity and the three documents naming it
    assert result.output.startswith(f"wrote {out} (4 nodes, ")
    assert "高新技术企业 (depth 1)" in out.read_text(encoding="utf-8")


def test_viz_narrows_to_a_document_and_a_type(tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    doc = sorted(SEEDS.glob("*.txt"))[2].stem
    result = CliRunner().invoke(cli, ["viz", str(SEEDS), "--document", doc, "--type", "Programme", "-o", str(out)])
    assert result.exit_code == 0, result.output
    nodes, edges = map(int, re.findall(r"\((\d+) nodes, (\d+) edges\)", result.output)[0])
    assert edges >= nodes - 1 > 5  # one document and its programmes, each linked to it


def test_viz_of_an_unknown_focus_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["viz", str(SEEDS), "--focus", "高新技术", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: --focus: no node labelled '高新技术'; did you mean ")
    assert "高新技术企业" in result.output.split("did you mean ", 1)[1].rstrip("?\n").split(", ")
    assert len(result.output.splitlines()) == 1 and not (tmp_path / "x.html").exists()


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
        (b"PK\x03\x04\x00\x00", "damaged Word file, not a readable zip (File is not a zip file); save it again as .docx"),
        # GBK (高新) is read since issue 12; bytes in no encoding still stop the build, naming the candidates tried
        (b"\x80\x81\xfe\xff\x80", "not valid UTF-8 (byte 0x80 at 0) and no Chinese encoding gives plausible text ("),
    ],
)
def test_a_bad_file_fails_the_build_and_leaves_exports_untouched(built: Path, tmp_path: Path, content: bytes, problem: str) -> None:
    before = digests(built)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = CliRunner().invoke(cli, ["build", str(SEEDS), str(bad), "--out", str(built)])
    assert one_line_error(result).startswith(f"Error: {bad}: {problem}")
    assert digests(built) == before


def digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "no/such/dir"], "Error: no/such/dir: no such file or folder"),
        (["query", "SELECT ?x WHERE {", "--graph", "{graph}"], "Error: query: SPARQL syntax error: "),
        (["query", "SELECT * {}", "--graph", "missing.ttl"], "Error: missing.ttl: no such graph file; build one first (kg build writes policy.ttl)"),
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


def test_issue_14_build_view_writes_the_views_named_or_nothing(tmp_path: Path) -> None:
    out, runner = tmp_path / "out", CliRunner()
    result = runner.invoke(cli, ["build", str(SEEDS), "--out", str(out), "--view", "document/x"])
    assert result.exit_code == 2 and "Invalid value for '--view': 'document/x': no such view; ask for doc/<id>" in result.output
    result = runner.invoke(cli, ["build", str(SEEDS), "--out", str(out), "--view", "doc/nope"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == "Error: view doc/nope: 'nope' is not a document of the graph (give its file stem or 文号)"
    assert not (out / "index.html").exists()
    result = runner.invoke(cli, ["build", str(SEEDS), "--out", str(out), "--view", "entity/EnterpriseType/高新技术企业", "--view", "doc/京经信发〔2023〕30号"])
    assert result.exit_code == 0, result.output
    index = (out / "index.html").read_text(encoding="utf-8")
    for page in ("views/entity-EnterpriseType-高新技术企业.html", "views/document-京经信发〔2023〕30号.html"):
        assert (out / page).is_file() and page in unquote(index)
    assert "EnterpriseType · 高新技术企业" in (out / "views/entity-EnterpriseType-高新技术企业.html").read_text(encoding="utf-8")
