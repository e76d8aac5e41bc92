"""Issue 15: bad inputs to every command, as a table (RELIABILITY.md §4).

Each case runs one `kg` command through CliRunner in a folder holding a built `exports/` (with a
README.md no build owns) and asserts: the exit status (1 for bad data, 2 for bad usage); exactly
one `Error:` line on stderr naming the file and the problem, and for exit 1 nothing else on
stderr; no traceback (CliRunner would hold the exception); `exports/` unchanged, byte for byte;
no temporary file left anywhere in the folder.

Left out until the work they depend on lands: GBK/Big5/UTF-16-without-BOM files and the PDF,
HTML and DOCX readers (kg.ingest becomes a package), and the endpoint's guards on `kg query`
(SERVICE, FROM <file:…>, a ReDoS REGEX, a cross-join bomb, a 1 MB query).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import GOLD, SEEDS

from kg import pipeline
from kg.cli import cli
from kg.vocab import Vocab

ONE_SEED = sorted(SEEDS.glob("*.txt"))[-1]
NON_UTF8 = os.fsdecode(b"bad\xff.txt")  # a file name that is not UTF-8: its bytes as surrogates
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 20
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56
SHAPE_BREAKER = "@prefix kg: <https://w3id.org/policy-kg/ontology#> .\n<https://w3id.org/policy-kg/id/doc/x> a kg:PolicyDocument .\n"


def put(name: str, data: bytes | str) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    return setup


def steps(*setups: Callable[[Path], object]) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        for step in setups:
            step(folder)

    return setup


def symlink(name: str, target: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).symlink_to(target)


def fifo(name: str) -> Callable[[Path], None]:
    return lambda folder: os.mkfifo(folder / name)


def folder_(name: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).mkdir(parents=True, exist_ok=True)


def gold(folder: Path) -> None:
    shutil.copytree(GOLD, folder / "gold", ignore=shutil.ignore_patterns("*.md"))


@dataclass(frozen=True)
class Case:
    id: str
    args: tuple[str, ...]
    file: str  # what the error line must name
    problem: str  # a piece of the error line's problem
    setup: Callable[[Path], None] = lambda folder: None
    code: int = 1
    more_lines: bool = field(default=False)  # validate lists the violations before its one Error line


def case(id_: str, args: str | tuple[str, ...], file: str, problem: str, *setups: Callable[[Path], None], code: int = 1, more_lines: bool = False) -> Case:
    return Case(id_, tuple(args.split()) if isinstance(args, str) else args, file, problem, steps(*setups), code, more_lines)


CASES = [
    # ---- kg build: files -------------------------------------------------------------------------
    case("build-missing-path", "build docs/nope.txt", "docs/nope.txt", "no such file or folder"),
    case("build-missing-folder", "build nowhere", "nowhere", "no such file or folder"),
    case("build-empty-file", "build docs", "docs/empty.txt", "empty file", put("docs/empty.txt", b"")),
    case("build-whitespace-file", "build docs", "docs/blank.txt", "empty file", put("docs/blank.txt", " \n\t\u3000\r\n")),
    case("build-bom-only", "build docs", "docs/bom.txt", "empty file", put("docs/bom.txt", b"\xef\xbb\xbf")),
    case("build-png-as-txt", "build docs", "docs/image.txt", "binary file", put("docs/image.txt", PNG)),
    case("build-zip-as-txt", "build docs", "docs/archive.txt", "damaged Word file", put("docs/archive.txt", ZIP)),  # a zip is told by its bytes
    case("build-elf-as-txt", "build docs", "docs/program.txt", "binary file", put("docs/program.txt", ELF)),
    case("build-nul-in-text", "build docs", "docs/nul.txt", "binary file", put("docs/nul.txt", "科技\x00创新".encode())),
    case("build-nul-only", "build docs", "docs/zeros.txt", "binary file", put("docs/zeros.txt", b"\x00" * 64)),
    case("build-cut-utf8", "build docs", "docs/cut.txt", "not valid UTF-8", put("docs/cut.txt", "科技创新".encode()[:-1])),
    case("build-utf16-odd-bytes", "build docs", "docs/u16.txt", "UTF-16", put("docs/u16.txt", b"\xff\xfe\x2d\x4e\x87")),
    case("build-one-bad-of-two", "build docs", "docs/zz.txt", "empty file", put("docs/aa.txt", ONE_SEED.read_bytes()), put("docs/zz.txt", b"")),
    case("build-empty-folder", "build docs", "docs", "no documents", folder_("docs")),
    case("build-no-txt-in-folder", "build docs", "docs", "no documents", put("docs/notes.md", "# not a policy"), put("docs/data.csv", "a,b")),
    case("build-dangling-symlink", "build docs/link.txt", "docs/link.txt", "no such file", folder_("docs"), symlink("docs/link.txt", "gone.txt")),
    case("build-symlink-loop", "build docs/loop.txt", "docs/loop.txt", "no such file", folder_("docs"), symlink("docs/loop.txt", "loop.txt")),
    case("build-fifo", "build docs/pipe.txt", "docs/pipe.txt", "not a regular file", folder_("docs"), fifo("docs/pipe.txt")),
    case("build-non-utf8-name", ("build", f"docs/{NON_UTF8}"), "docs/bad\\xff.txt", "empty file", put(f"docs/{NON_UTF8}", b"")),
    case("build-chinese-name", "build docs", "docs/空白文件.txt", "empty file", put("docs/空白文件.txt", b"\n\n")),
    case("build-too-large", "build docs", "docs/huge.txt", "larger than", put("docs/huge.txt", b"a" * (50 * 2**20 + 1))),
    # ---- kg build: the exports folder ------------------------------------------------------------
    case("build-out-is-a-file", "build docs --out taken", "taken", "is a file", put("docs/a.txt", ONE_SEED.read_bytes()), put("taken", b""), code=2),
    case("build-out-under-a-file", "build docs --out taken/exports", "taken/exports", "taken is a file, not a folder", put("docs/a.txt", ONE_SEED.read_bytes()), put("taken", b"")),
    case("build-out-in-proc", "build docs --out /proc/kg-exports", "/proc/kg-exports", "cannot be written", put("docs/a.txt", ONE_SEED.read_bytes())),
    case("build-in-use", "build docs", "exports", "in use by another kg build", put("docs/a.txt", ONE_SEED.read_bytes())),  # lock held: see below
    case("build-bad-option", "build --bogus", "--bogus", "No such option", code=2),
    # ---- kg extract ------------------------------------------------------------------------------
    case("extract-no-jsonl-option", "extract docs", "--jsonl", "Missing option", code=2),
    case("extract-missing-path", "extract nope.txt --jsonl pred", "nope.txt", "no such file or folder"),
    case("extract-empty-file", "extract docs --jsonl pred", "docs/empty.txt", "empty file", put("docs/empty.txt", b"")),
    case("extract-binary-file", "extract docs --jsonl pred", "docs/x.txt", "binary file", put("docs/x.txt", PNG)),
    case("extract-jsonl-is-a-file", "extract docs --jsonl taken", "taken", "is a file", put("docs/a.txt", ONE_SEED.read_bytes()), put("taken", b""), code=2),
    case("extract-jsonl-under-a-file", "extract docs --jsonl taken/pred", "taken/pred", "taken is a file, not a folder", put("docs/a.txt", ONE_SEED.read_bytes()), put("taken", b"")),
    # ---- kg evaluate -----------------------------------------------------------------------------
    case("evaluate-missing-gold", "evaluate --gold nope --pred pred", "nope", "no such folder", folder_("pred")),
    case("evaluate-missing-pred", "evaluate --gold gold --pred nope", "nope", "no such folder", gold),
    case("evaluate-empty-pred", "evaluate --gold gold --pred pred", "pred", "none of entities.jsonl", gold, folder_("pred")),
    case("evaluate-bad-json", "evaluate --gold gold --pred pred", "pred/entities.jsonl", "line 2: not valid JSON", gold, put("pred/entities.jsonl", '{"doc": "a", "type": "Region", "name": "北京市"}\n{"doc": \n')),
    case("evaluate-not-an-object", "evaluate --gold gold --pred pred", "pred/targets.jsonl", "line 1: not a JSON object", gold, put("pred/targets.jsonl", "[1, 2]\n")),
    case("evaluate-missing-key", "evaluate --gold gold --pred pred", "pred/entities.jsonl", "missing key", gold, put("pred/entities.jsonl", '{"type": "Region"}\n')),
    case("evaluate-not-utf8", "evaluate --gold gold --pred pred", "pred/entities.jsonl", "not UTF-8", gold, put("pred/entities.jsonl", b'{"doc": "\xff"}\n')),
    case("evaluate-binary-jsonl", "evaluate --gold gold --pred pred", "pred/funding.jsonl", "", gold, put("pred/funding.jsonl", PNG)),
    case("evaluate-bad-gold", "evaluate --gold gold --pred gold", "gold/regions.jsonl", "not valid JSON", gold, put("gold/regions.jsonl", "{]\n")),
    case("evaluate-errors-not-a-number", "evaluate --gold gold --pred gold --errors many", "--errors", "not a valid integer", code=2),
    # ---- kg query --------------------------------------------------------------------------------
    case("query-missing-graph", ("query", "--graph", "nope.ttl", "SELECT * WHERE { ?s ?p ?o }"), "nope.ttl", "no such graph"),
    case("query-bad-turtle", ("query", "--graph", "bad.ttl", "SELECT * WHERE { ?s ?p ?o }"), "bad.ttl", "not valid Turtle", put("bad.ttl", "<a> <b> .\n")),
    case("query-binary-graph", ("query", "--graph", "bin.ttl", "SELECT * WHERE { ?s ?p ?o }"), "bin.ttl", "not valid Turtle", put("bin.ttl", PNG)),
    case("query-graph-is-a-folder", ("query", "--graph", "exports", "ASK {}"), "exports", "no built store", code=1),
    case("query-syntax-error", ("query", "SELEC ?x"), "query", "SPARQL"),
    case("query-file-missing", "query -f nope.rq", "nope.rq", "cannot be read"),
    case("query-file-not-utf8", "query -f q.rq", "q.rq", "cannot be read as UTF-8", put("q.rq", b"SELECT \xff")),
    case("query-text-and-file", ("query", "-f", "q.rq", "ASK {}"), "query", "give one query", put("q.rq", "ASK {}"), code=2),
    case("query-bad-format", ("query", "--format", "xml", "ASK {}"), "--format", "Invalid value", code=2),
    # ---- kg validate -----------------------------------------------------------------------------
    case("validate-missing", "validate nope.ttl", "nope.ttl", "no such file"),
    case("validate-bad-turtle", "validate bad.ttl", "bad.ttl", "not valid Turtle", put("bad.ttl", "@prefix x: <http://x/> .\nx:a x:b \"open\n")),
    case("validate-invalid-iri", "validate iri.ttl", "iri.ttl", "Invalid IRI", put("iri.ttl", "<http://x/a b> <http://x/p> \"v\" .\n")),
    case("validate-not-utf8", "validate latin.ttl", "latin.ttl", "not valid Turtle", put("latin.ttl", b'<http://x/a> <http://x/p> "caf\xe9" .\n')),
    case("validate-binary", "validate bin.ttl", "bin.ttl", "not valid Turtle", put("bin.ttl", ELF)),
    case("validate-violations", "validate shapes.ttl", "shapes.ttl", "SHACL violation", put("shapes.ttl", SHAPE_BREAKER), more_lines=True),
    # ---- kg export -------------------------------------------------------------------------------
    case("export-invalid-iri", "export --graph iri.ttl --format nt", "iri.ttl", "Invalid IRI", put("iri.ttl", "<http://x/a b> <http://x/p> <http://x/{o}> .\n")),
    case("export-lone-surrogate", "export --graph sur.ttl --format jsonld", "sur.ttl", "not valid Turtle", put("sur.ttl", '<http://x/a> <http://x/p> "\\uD800" .\n')),
    case("export-missing-graph", "export --graph nope.ttl", "nope.ttl", "no such graph"),
    case("export-bad-turtle", "export --graph bad.ttl --format trig", "bad.ttl", "not valid Turtle", put("bad.ttl", "@prefix : <http://x/> \n:a :b :c .\n")),
    case("export-bad-format", "export --format rdfxml", "--format", "Invalid value", code=2),
    case("export-out-is-a-folder", "export --out exports", "exports", "is a directory", code=2),
    case("export-out-under-a-file", "export --out taken/policy.nt --format nt", "taken/policy.nt", "taken is a file, not a folder", put("taken", b"")),
    # ---- kg analyze ------------------------------------------------------------------------------
    case("analyze-missing-graph", "analyze --graph nope.ttl --out report", "nope.ttl", "no such graph"),
    case("analyze-bad-turtle", "analyze --graph bad.ttl --out report", "bad.ttl", "not valid Turtle", put("bad.ttl", "this is not turtle\n")),
    case("analyze-invalid-iri", "analyze --graph iri.ttl --out report", "iri.ttl", "Invalid IRI", put("iri.ttl", "<http://x/a> <http://x/p> <x y> .\n")),
    case("analyze-in-use", "analyze", "exports", "in use by another kg build"),  # lock held: see below
    case("analyze-out-is-a-file", "analyze --out taken", "taken", "is a file", put("taken", b""), code=2),
    case("analyze-out-under-a-file", "analyze --out taken/report", "taken/report", "taken is a file, not a folder", put("taken", b"")),
    # ---- kg viz ----------------------------------------------------------------------------------
    case("viz-missing-path", "viz nope.txt", "nope.txt", "no such file or folder"),
    case("viz-empty-file", "viz docs", "docs/empty.txt", "empty file", put("docs/empty.txt", b"")),
    case("viz-unknown-document", "viz docs --document nope", "--document", "no document 'nope'", put("docs/a.txt", ONE_SEED.read_bytes())),
    case("viz-unknown-focus", "viz docs --focus 不存在的节点", "--focus", "no node labelled", put("docs/a.txt", ONE_SEED.read_bytes())),
    case("viz-bad-type", "viz --type Planet", "--type", "Invalid value", code=2),
    case("viz-bad-depth", "viz --depth 99", "--depth", "Invalid value", code=2),
    case("viz-out-under-a-file", "viz docs -o taken/page.html", "taken/page.html", "taken is a file, not a folder", put("docs/a.txt", ONE_SEED.read_bytes()), put("taken", b"")),
    # ---- kg docs ---------------------------------------------------------------------------------
    case("docs-out-is-a-folder", "docs --out exports", "exports", "is a directory", code=2),
    case("docs-out-under-a-file", "docs --out taken/ontology.md", "taken/ontology.md", "taken is a file, not a folder", put("taken", b"")),
    case("docs-out-in-proc", "docs --out /proc/kg/ontology.md", "/proc/kg/ontology.md", "cannot be written"),
]


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built_exports(tmp_path_factory: pytest.TempPathFactory, vocab: Vocab) -> Path:
    """A real build of one seed, plus the README.md this repository keeps in exports/."""
    out = tmp_path_factory.mktemp("template") / "exports"
    pipeline.build([ONE_SEED], vocab).write(out)
    (out / "README.md").write_text("# exports\n", encoding="utf-8")
    return out


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_bad_input(case: Case, built_exports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(built_exports, tmp_path / "exports")
    case.setup(tmp_path)
    monkeypatch.chdir(tmp_path)
    before = fingerprint(tmp_path / "exports")
    lock = None
    if case.id.endswith("-in-use"):  # a build holds the lock of exports/
        lock = os.open(tmp_path / ".exports.lock", os.O_RDWR | os.O_CREAT)
        fcntl.flock(lock, fcntl.LOCK_EX)
        os.write(lock, b"4242\n")
    try:
        result = CliRunner().invoke(cli, list(case.args))
    finally:
        if lock is not None:
            os.close(lock)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert "Traceback" not in result.output
    assert result.exit_code == case.code, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1, result.stderr
    if case.code == 1 and not case.more_lines:
        assert result.stderr.splitlines() == errors, result.stderr  # the one line, nothing else
    assert case.file in errors[0] and case.problem in errors[0], errors[0]
    assert fingerprint(tmp_path / "exports") == before
    # the lock stays (deleting lock files races); the build cache keeps the shards of the documents
    # that were read, each whole (a shard's header is written last), for the next build
    leftovers = [p.name for p in tmp_path.rglob(".*") if p.name != ".kg-manifest.json" and not p.name.endswith(".lock") and ".exports.cache" not in p.parts]
    assert leftovers == []


def test_the_table_covers_every_command() -> None:
    commands = {c.args[0] for c in CASES}
    assert commands >= {"build", "extract", "evaluate", "query", "validate", "export", "analyze", "viz", "docs"}
    assert len(CASES) >= 60


def test_a_document_with_a_non_utf8_name_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not an error: the file name's bytes are shown as \\xNN in the graph and the messages."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / NON_UTF8).write_bytes(ONE_SEED.read_bytes())
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "docs", "--out", "out"])
    assert result.exit_code == 0, result.output
    assert "bad\\\\xff.txt" in (tmp_path / "out" / "policy.ttl").read_text(encoding="utf-8")


def test_a_bug_of_kg_on_one_document_is_one_line_and_keep_going_builds_the_rest(
    built_exports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An extractor that raises on one text (a bug of ours, not bad input) must not end a corpus build in a
    traceback: the file is named in one line with the error and where it was raised, exports/ stays as it was,
    and --keep-going builds every other document."""
    from kg.extract import funding

    real = funding.extract

    def fails_on_one(doc, vocab):  # type: ignore[no-untyped-def]
        if doc.id == "broken":
            raise KeyError("pop from an empty set")
        return real(doc, vocab)

    monkeypatch.setattr(funding, "extract", fails_on_one)
    shutil.copytree(built_exports, tmp_path / "exports")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "broken.txt").write_bytes(ONE_SEED.read_bytes())
    (tmp_path / "docs" / "good.txt").write_bytes(sorted(SEEDS.glob("*.txt"))[0].read_bytes())
    monkeypatch.chdir(tmp_path)
    before = fingerprint(tmp_path / "exports")

    stopped = CliRunner().invoke(cli, ["build", "docs", "--jobs", "1"])
    assert stopped.exit_code == 1 and "Traceback" not in stopped.output
    assert isinstance(stopped.exception, SystemExit)
    assert stopped.stderr.splitlines() == [line for line in stopped.stderr.splitlines() if line.startswith("Error: ")]
    (line,) = stopped.stderr.splitlines()
    assert "broken.txt" in line and "KeyError" in line and "test_bad_inputs.py:" in line and "a bug in kg" in line
    assert fingerprint(tmp_path / "exports") == before

    kept = CliRunner().invoke(cli, ["build", "docs", "--jobs", "1", "--keep-going"])
    assert kept.exit_code == 1 and "Traceback" not in kept.output and "broken.txt" in kept.stderr
    assert "good" in (tmp_path / "exports" / "policy.ttl").read_text(encoding="utf-8")
