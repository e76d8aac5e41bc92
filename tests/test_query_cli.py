"""`kg query` (issues 15 and 16): pyoxigraph behind the endpoint's rules; every query form; bad input as one line.

The graph is the seeds' build, written once for the module (policy.ttl and ontology.ttl). Limits are
tested by their outcome with tiny settings (a 0.5 s time limit, a 5-row cap), never by a duration.
"""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import cli
from kg.rdf import sparql

BOMB = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
TITLES = "CONSTRUCT { ?d dcterms:title ?t } WHERE { ?d a kg:PolicyDocument ; dcterms:title ?t }"


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory, seed_build) -> Path:
    out = tmp_path_factory.mktemp("query")
    outputs = seed_build.outputs()
    for name in ("policy.ttl", "ontology.ttl"):
        (out / name).write_bytes(outputs[name])
    return out / "policy.ttl"


def kg_query(graph_file: Path, *args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["query", *args, "--graph", str(graph_file)], input=stdin)


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.fixture
def listener():
    """A local TCP listener that records every connection: SERVICE must never reach it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    hits: list[str] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            hits.append("hit")
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/sparql", hits
    stop.set()
    thread.join()
    server.close()


# ---- bad input: one line, exit 1, no traceback -------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }", "Error: query: SERVICE is refused: queries make no outbound requests"),
        ("SELECT * WHERE { ?s a kg:PolicyDocument FILTER EXISTS { SERVICE <{url}> { ?s ?p ?o } } }", "Error: query: SERVICE is refused"),
        ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "Error: query: FROM and FROM NAMED are refused"),
        ("SELECT * FROM NAMED <{url}> WHERE { GRAPH ?g { ?s ?p ?o } }", "Error: query: FROM and FROM NAMED are refused"),
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "Error: query: SPARQL Update (INSERT, DELETE, LOAD, CLEAR …) is refused: the graph is read-only"),
        ("LOAD <file:///etc/passwd>", "Error: query: SPARQL Update (INSERT, DELETE, LOAD, CLEAR …) is refused"),
        ("SELECT ?x WHERE { ?x ", "Error: query: SPARQL syntax error: "),
        ("SELECT ?x WHERE { ?x nope:p ?y }", "Error: query: SPARQL error: "),
        ("   ", "Error: query: no query (the text is empty)"),
    ],
    ids=["service", "service-in-exists", "from", "from-named", "update", "load", "syntax", "unknown-prefix", "blank"],
)
def test_issue_15_refusals_are_one_line_and_nothing_goes_out(graph_file: Path, listener, query: str, message: str) -> None:
    url, hits = listener
    assert one_line_error(kg_query(graph_file, query.replace("{url}", url))).startswith(message)
    assert hits == []


def test_issue_15_a_runaway_query_is_stopped_by_the_time_limit(graph_file: Path) -> None:
    line = one_line_error(kg_query(graph_file, BOMB, "--timeout", "0.5"))
    assert line == "Error: query: query stopped after 0.5 s (the time limit); narrow it down or add LIMIT"


def test_issue_15_more_rows_than_the_cap_is_an_error_not_a_shorter_answer(graph_file: Path) -> None:
    line = one_line_error(kg_query(graph_file, "SELECT ?s WHERE { ?s a kg:PolicyDocument }", "--max-rows", "4"))
    assert line == "Error: query: more than 4 rows; add LIMIT or raise the row cap"
    assert one_line_error(kg_query(graph_file, "CONSTRUCT WHERE { ?s a kg:PolicyDocument }", "--max-rows", "4")).endswith("more than 4 triples; add LIMIT or raise the row cap")
    result = kg_query(graph_file, "SELECT ?s WHERE { ?s a kg:PolicyDocument }", "--max-rows", "5")
    assert result.exit_code == 0 and "(5 rows)" in result.output


def test_issue_16_the_default_row_cap_fits_the_whole_graph(graph_file: Path) -> None:
    triples = len(Graph().parse(graph_file, format="turtle"))
    result = kg_query(graph_file, "SELECT * WHERE { ?s ?p ?o }", "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.output)))  # (a quote may hold a line break: one record, two lines)
    assert result.exit_code == 0 and len(rows) == triples + 1


def test_issue_16_a_byte_cap_on_answers(graph_file: Path) -> None:
    line = one_line_error(kg_query(graph_file, "SELECT * WHERE { ?s ?p ?o }", "--max-mb", "0.01"))
    assert line == "Error: query: answer larger than 0.01 MB; add LIMIT or select less"


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["-f", "-"], "", "Error: <stdin>: no query (the text is empty)"),
        (["-f", "missing.rq"], None, "Error: missing.rq: cannot be read as UTF-8 text"),
        (["--format", "table", "CONSTRUCT WHERE { ?s a kg:PolicyDocument }"], None, "Error: query: CONSTRUCT answers with a graph: write it as turtle, nt, jsonld"),
        (["--format", "nt", "ASK { ?s ?p ?o }"], None, "Error: query: ASK answers with rows: write them as table, csv, json"),
    ],
    ids=["stdin-empty", "missing-file", "graph-as-table", "rows-as-nt"],
)
def test_issue_16_input_errors_are_one_line(graph_file: Path, args: list[str], stdin: str | None, message: str) -> None:
    assert one_line_error(kg_query(graph_file, *args, stdin=stdin)).startswith(message)


@pytest.mark.parametrize(("name", "content"), [("missing.ttl", None), ("broken.ttl", b"<a> <b> .\n")], ids=["missing", "not-turtle"])
def test_issue_16_a_missing_or_broken_graph_is_one_line(tmp_path: Path, name: str, content: bytes | None) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    line = one_line_error(kg_query(path, "ASK {}"))
    assert line.startswith(f"Error: {path}: " + ("no such graph file; build one first" if content is None else "not valid Turtle ("))


@pytest.mark.parametrize(
    "args", [["ASK {}", "--example", "documents"], ["--example", "nope"], ["--timeout", "0", "ASK {}"], ["--max-rows", "0", "ASK {}"]]
)
def test_usage_errors_exit_2(graph_file: Path, args: list[str]) -> None:
    result = kg_query(graph_file, *args)
    assert result.exit_code == 2 and "Traceback" not in result.output


# ---- every query form --------------------------------------------------------------------------------


def test_issue_16_examples_run_by_name_and_from_stdin_alike(graph_file: Path) -> None:
    by_name = kg_query(graph_file, "--example", "documents", "--format", "json")
    from_stdin = kg_query(graph_file, "-f", "-", "--format", "json", stdin=sparql.examples()["documents"])
    assert by_name.exit_code == from_stdin.exit_code == 0
    assert by_name.output == from_stdin.output and len(json.loads(by_name.output)) == 5


def test_ask_answers_as_a_one_cell_table(graph_file: Path) -> None:
    result = kg_query(graph_file, "ASK { ?d a kg:PolicyDocument }", "--format", "csv")
    assert result.exit_code == 0 and result.output == "ask\ntrue\n"


@pytest.mark.parametrize(("format_", "rdflib_format"), [("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_issue_16_construct_as_turtle_n_triples_and_json_ld(graph_file: Path, format_: str, rdflib_format: str) -> None:
    result = kg_query(graph_file, TITLES, "--format", format_)
    assert result.exit_code == 0, result.output
    expected = Graph().parse(graph_file, format="turtle").query(TITLES, initNs={"kg": "https://w3id.org/policy-kg/ontology#", "dcterms": "http://purl.org/dc/terms/"}).graph
    with warnings.catch_warnings():  # rdflib 7.6's own JSON-LD parser calls its deprecated ConjunctiveGraph
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
        answer = Graph().parse(data=result.output, format=rdflib_format)
    assert len(answer) == 5 and isomorphic(answer, expected)  # type: ignore[arg-type]
    ox.Store().load(result.output.encode("utf-8"), format={"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}[format_])
    assert kg_query(graph_file, TITLES, "--format", format_).output == result.output  # the same bytes every run


def test_describe_defaults_to_turtle(graph_file: Path) -> None:
    result = kg_query(graph_file, 'DESCRIBE ?d WHERE { ?d dcterms:identifier "京经信发〔2023〕30号" }')
    assert result.exit_code == 0 and result.output.startswith("@prefix dcterms:")
    assert "北京市高精尖产业科技创新体系建设实施方案" in result.output


def test_issue_16_the_ontology_is_a_named_graph_beside_the_data(graph_file: Path) -> None:
    query = "SELECT ?label WHERE { GRAPH <https://w3id.org/policy-kg/ontology> { kg:Target rdfs:label ?label FILTER(LANG(?label) = 'zh') } }"
    result = kg_query(graph_file, query, "--format", "csv")
    assert result.exit_code == 0 and result.output == "label\n目标\n"
    default_only = kg_query(graph_file, "ASK { kg:Target rdfs:label ?label }", "--format", "csv")
    assert default_only.output == "ask\nfalse\n"  # the data alone answer the competency queries


def test_build_query_uses_the_same_runner(seed_build) -> None:
    assert seed_build.query("ASK { ?d a kg:PolicyDocument }") == (("ask",), [("true",)])
    columns, rows = seed_build.query(TITLES)
    assert columns == ("subject", "predicate", "object") and len(rows) == 5
    with pytest.raises(Exception, match="SERVICE is refused"):
        seed_build.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")


def test_importing_the_runner_changes_no_rdflib_global() -> None:
    import subprocess
    import sys

    code = "import rdflib.plugins.sparql as s; before = s.SPARQL_LOAD_GRAPHS; import kg.rdf.sparql; print(before == s.SPARQL_LOAD_GRAPHS)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "True\n"
