"""Issue 13: `kg push` into a running Oxigraph server (Graph Store Protocol); queries there answer as `kg query` does."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS, need_program

from kg import pipeline
from kg.cli import cli
from kg.rdf import sparql, store
from kg.rdf.namespaces import sparql_prologue


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def oxigraph(tmp_path: Path):
    """An Oxigraph server on a free loopback port, with the default graph the union of the graphs."""
    # the oxigraph package puts its server next to this Python, whether or not the venv is on PATH
    beside = shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    program = beside or need_program("oxigraph")
    port = free_port()
    server = subprocess.Popen([program, "serve", "--location", str(tmp_path / "ox"), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):  # until it answers (not a timed assertion: the test fails only if it never does)
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2).read()
                break
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def remote(url: str, text: str) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """A SELECT on the server, as rows of strings like kg query."""
    request = urllib.request.Request(f"{url}/query", data=(sparql_prologue() + text).encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        result = pyoxigraph.parse_query_results(response.read(), format=pyoxigraph.QueryResultsFormat.JSON)
    columns = tuple(v.value for v in result.variables)  # type: ignore[union-attr]
    return columns, [tuple("" if s[i] is None else s[i].value for i in range(len(columns))) for s in result]  # type: ignore[union-attr]


def test_push_loads_every_graph_and_the_server_answers_like_kg_query(tmp_path: Path, oxigraph: str, vocab) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    out = tmp_path / "exports"
    pipeline.build([docs], vocab, cache=tmp_path / "cache").write(out)
    result = CliRunner().invoke(cli, ["push", f"{oxigraph}/store", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("pushed 6 graphs") and "(0 deleted, 0 unchanged)" in result.output
    local = store.open_read_only(out / "store")
    for query in sorted((ROOT / "kg" / "queries").glob("*.rq")):
        text = query.read_text(encoding="utf-8")
        assert remote(oxigraph, text) == sparql.execute(local, text).text_rows(), query.name
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert remote(oxigraph, count) == sparql.execute(local, count).text_rows()
    del local

    # nothing changed: nothing sent; a document removed: its graph deleted, the rest untouched
    assert "pushed 0 graphs" in CliRunner().invoke(cli, ["push", f"{oxigraph}/store", "--out", str(out)]).output
    next(docs.glob("*.txt")).unlink()
    pipeline.build([docs], vocab, cache=tmp_path / "cache").write(out)
    result = CliRunner().invoke(cli, ["push", f"{oxigraph}/store", "--out", str(out)])
    assert "(1 deleted," in result.output, result.output
    local = store.open_read_only(out / "store")
    assert remote(oxigraph, count) == sparql.execute(local, count).text_rows()


def test_push_to_nowhere_is_one_line(tmp_path: Path, vocab) -> None:
    out = tmp_path / "exports"
    pipeline.build([SEEDS / "000_ca89e4c7270803da.txt"], vocab, cache=tmp_path / "cache", check=False).write(out)
    url = f"http://127.0.0.1:{free_port()}/store"
    result = CliRunner().invoke(cli, ["push", url, "--out", str(out)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith(f"Error: {url}: cannot reach the server") and len(result.output.splitlines()) == 1


@pytest.mark.parametrize("gzipped", [False, True])
def test_push_sends_the_literals_policy_ttl_holds(tmp_path: Path, vocab, monkeypatch: pytest.MonkeyPatch, gzipped: bool) -> None:
    """The graphs are read from policy.ttl (or policy.ttl.gz), not from the store, which keeps an xsd:nonNegativeInteger
    (an evidence offset) as an xsd:integer: what is sent is the build's graph, literal for literal."""
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from kg.rdf import push as pusher

    out = tmp_path / "exports"
    built = pipeline.build([SEEDS], vocab, cache=tmp_path / "cache")
    built.write(out, gzipped=gzipped)
    sent: dict[str | None, bytes] = {}
    monkeypatch.setattr(pusher, "_request", lambda method, url, graph, data: sent.__setitem__(graph, data))
    assert pusher.push(out, "http://127.0.0.1:9/store") == (6, 0, 0)
    assert None in sent and len(sent) == 6
    pushed = Graph().parse(data=b"".join(sent.values()).decode("utf-8"), format="nt")
    assert isomorphic(pushed, built.graph)
    assert b"XMLSchema#nonNegativeInteger" in b"".join(sent.values())
