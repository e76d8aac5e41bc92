"""`kg serve` as users meet it: a real server process on 127.0.0.1, SPARQLWrapper and plain HTTP as clients,
and the query page in a real headless Chromium.

One server (two workers, --timeout 2, --max-rows 2000) answers most tests; the shutdown tests start
their own. Needs SPARQLWrapper and playwright (pip install -e '.[test]') and Debian's chromium; a
missing one is a skip here and a failure under CI=….
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote, urlencode
from xml.dom import minidom

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from kg.rdf import formats, sparql
from kg.pages import html as viz
from kg.cli import cli
from kg.serve.endpoint import Job
from kg.serve.pool import Pool

from conftest import ROOT, poll, unavailable, watched_page

QUERIES = sorted((ROOT / "kg" / "queries").glob("*.rq"))
TIMEOUT = 5  # seconds, the servers' --timeout: room for a busy machine, short for the runaway tests
MAX_ROWS = 2000  # the main server's --max-rows; the graph has about 10,000 triples
BOMB = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DOCUMENTS = "SELECT ?doc ?title WHERE { ?doc a kg:PolicyDocument ; dcterms:title ?title } ORDER BY ?doc"
# ---- a server process ----------------------------------------------------------------------------


@dataclass
class Server:
    process: subprocess.Popen
    port: int
    banner: str

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"


def _interruptible() -> None:
    """Ctrl-C (SIGINT) reaches the server even when pytest itself runs as a background job, which
    starts with SIGINT ignored (and Python then installs no KeyboardInterrupt handler)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(folder: Path, *options: str) -> Server:
    """`python -m kg serve --port 0 …`; the port comes from the line it prints when it is ready."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--out", str(folder), "--port", "0", *options],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        preexec_fn=_interruptible if sys.platform != "win32" else None,
    )
    watchdog = threading.Timer(60, process.kill)  # a server that never says it is ready fails the test, not CI
    watchdog.start()
    try:
        banner = process.stdout.readline()  # type: ignore[union-attr]
    finally:
        watchdog.cancel()
    match = re.fullmatch(r"serving \S+/ at http://127\.0\.0\.1:(\d+)/ \(SPARQL endpoint /sparql, query page /query\); Ctrl-C stops\n", banner)
    if not match:
        process.kill()
        _, err = process.communicate()
        pytest.fail(f"kg serve did not start: {banner!r} {err}")
    return Server(process, int(match.group(1)), banner)


def stop(server: Server, signum: int = signal.SIGINT) -> tuple[int, str]:
    """Ctrl-C (or SIGTERM) as a user would; the exit status and everything it wrote to stderr."""
    server.process.send_signal(signum)
    try:
        _, err = server.process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        server.process.kill()
        _, err = server.process.communicate()
    return server.process.returncode, err


@pytest.fixture(scope="module")
def folder(tmp_path_factory, seed_build) -> Path:
    out = tmp_path_factory.mktemp("serve")
    outputs = seed_build.outputs()
    (out / "policy.ttl").write_bytes(outputs["policy.ttl"])
    (out / "ontology.ttl").write_bytes(outputs["ontology.ttl"])
    (out / "graph.html").write_text("<!DOCTYPE html><title>graph</title><p>the graph page</p>", encoding="utf-8")
    (out / "views").mkdir()
    (out / "views" / "doc.html").write_text("<!DOCTYPE html><title>view</title><p>a view</p>", encoding="utf-8")
    (out / ".hidden.html").write_text("hidden", encoding="utf-8")
    (out / "views" / "overview-高新.html").write_text(viz.overview_page(seed_build.docs, seed_build.facts), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def graph(folder: Path) -> Graph:
    """The same policy.ttl the server loads, read by rdflib: the reference answers."""
    return formats.read_graph(folder / "policy.ttl")


@pytest.fixture(scope="module")
def store(folder: Path):
    """The same policy.ttl (and ontology.ttl) the server loads, in kg query's store: what `kg query` answers."""
    return sparql.load(folder / "policy.ttl")


@pytest.fixture(scope="module")
def server(folder: Path):
    running = start(folder, "--timeout", str(TIMEOUT), "--max-rows", str(MAX_ROWS), "--workers", "2")
    yield running
    status, err = stop(running)
    assert status == 0 and "Traceback" not in err, err


@pytest.fixture(scope="module")
def wrapper():
    try:
        import SPARQLWrapper
    except ImportError:
        unavailable("SPARQLWrapper is not installed (pip install -e '.[test]')")
    return SPARQLWrapper


def call(server: Server, method: str, path: str, body: bytes | str | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, http.client.HTTPMessage, bytes]:
    """One request over a fresh loopback connection: status, headers, body (no exception for 4xx/5xx)."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        try:
            connection.request(method, path, body=body, headers=headers or {})
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered (413) and hung up before the whole body was sent: read that answer
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def post(server: Server, query: str, accept: str = "application/sparql-results+json", **headers: str):
    return call(server, "POST", "/sparql", query.encode("utf-8"),
                {"Content-Type": "application/sparql-query", "Accept": accept, **headers})


def form(server: Server, **fields: str):
    return call(server, "POST", "/sparql", urlencode(fields), {"Content-Type": "application/x-www-form-urlencoded"})


def get(server: Server, path: str = "/sparql", **params: str):
    return call(server, "GET", f"{path}?{urlencode(params)}" if params else path)


def one_line(body: bytes) -> str:
    text = body.decode("utf-8")
    assert text.endswith("\n") and text.count("\n") == 1 and "Traceback" not in text, text
    return text


def triples(server: Server) -> int:
    status, _, body = post(server, COUNT)
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


# ---- answers: the same as rdflib's, in every format -------------------------------------------------


def _rows(result: dict) -> list[tuple[str, ...]]:
    names = result["head"]["vars"]
    return sorted(tuple(b[n]["value"] if n in b else "" for n in names) for b in result["results"]["bindings"])


def _cell(kind: str, value: str, datatype: str | None = None, lang: str | None = None) -> tuple[str, ...]:
    """A term as comparable text. pyoxigraph writes numbers in canonical form (10000000 for the
    file's 10000000.0), rdflib as written: numbers compare by value."""
    if datatype in NUMBERS:
        value = str(Decimal(value).normalize())
    return (kind, value, datatype or "", lang or "")


NUMBERS = {str(XSD.decimal), str(XSD.integer), str(XSD.double), str(XSD.float)}


def _endpoint_rows(result: dict) -> list[tuple[tuple[str, ...], ...]]:
    names = result["head"]["vars"]
    return sorted(
        tuple(_cell(b[n]["type"], b[n]["value"], b[n].get("datatype"), b[n].get("xml:lang")) if n in b else () for n in names)
        for b in result["results"]["bindings"]
    )


def _rdflib_rows(graph: Graph, text: str) -> list[tuple[tuple[str, ...], ...]]:
    def cell(term) -> tuple[str, ...]:
        if term is None:
            return ()
        if isinstance(term, Literal):
            return _cell("literal", str(term), str(term.datatype) if term.datatype else None, term.language)
        return _cell("uri" if isinstance(term, URIRef) else "bnode", str(term))

    return sorted(tuple(cell(term) for term in row) for row in graph.query(text, initNs=sparql.PREFIXES))  # type: ignore[union-attr]


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_competency_queries_answer_as_rdflib_does(server, graph, store, wrapper, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    columns, rows = sparql.run(store, text).text_rows()  # what `kg query` prints
    client = wrapper.SPARQLWrapper(server.url + "sparql")
    client.setQuery(text)
    client.setReturnFormat(wrapper.JSON)
    client.setMethod(wrapper.POST if len(text) % 2 else wrapper.GET)  # both, over the eight queries
    result = client.queryAndConvert()
    assert tuple(result["head"]["vars"]) == columns
    assert rows, "every competency query has an answer on the seeds"
    assert len(result["results"]["bindings"]) == len(rows)
    assert _endpoint_rows(result) == _rdflib_rows(graph, text)  # the same terms: IRIs, literals, languages, types


def test_select_as_json_xml_csv_and_tsv(server, store, wrapper) -> None:
    _, expected = sparql.run(store, DOCUMENTS).text_rows()
    answers = {}
    for name in ("JSON", "XML", "CSV", "TSV"):
        client = wrapper.SPARQLWrapper(server.url + "sparql")
        client.setQuery(DOCUMENTS)
        client.setReturnFormat(getattr(wrapper, name))
        answers[name] = client.queryAndConvert()
    assert _rows(answers["JSON"]) == sorted(expected)
    xml = answers["XML"]
    assert isinstance(xml, minidom.Document) and len(xml.getElementsByTagName("result")) == len(expected)
    assert sorted(map(tuple, csv.reader(io.StringIO(answers["CSV"].decode("utf-8"))))) == sorted([("doc", "title"), *expected])
    tsv = answers["TSV"].decode("utf-8").splitlines()
    assert tsv[0] == "?doc\t?title" and len(tsv) == len(expected) + 1
    assert all(line.split("\t")[1].endswith('"@zh') for line in tsv[1:])  # TSV keeps the terms' syntax


def test_ask(server, wrapper) -> None:
    for query, answer in [("ASK { ?d a kg:PolicyDocument }", True), ("ASK { ?d a kg:NoSuchClass }", False)]:
        client = wrapper.SPARQLWrapper(server.url + "sparql")
        client.setQuery(query)
        client.setReturnFormat(wrapper.JSON)
        assert client.queryAndConvert() == {"head": {}, "boolean": answer}


def test_construct_as_turtle_json_ld_and_n_triples(server, graph, wrapper) -> None:
    query = "CONSTRUCT { ?doc dcterms:title ?title ; kg:mentions ?e } WHERE { ?doc dcterms:title ?title ; kg:mentions ?e }"
    expected = len(graph.query(query, initNs=sparql.PREFIXES))
    assert expected > 100
    bodies = {}
    for name in ("TURTLE", "JSONLD"):
        client = wrapper.SPARQLWrapper(server.url + "sparql")
        client.setQuery(query)
        client.setReturnFormat(getattr(wrapper, name))
        result = client.query()
        assert result.response.headers["Content-Type"] == {"TURTLE": "text/turtle", "JSONLD": "application/ld+json"}[name] + "; charset=utf-8"
        bodies[name] = result.response.read()
    assert len(Graph().parse(data=bodies["TURTLE"], format="turtle")) == expected
    with warnings.catch_warnings():  # rdflib 7.6's own JSON-LD parser calls its deprecated ConjunctiveGraph
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
        assert len(Graph().parse(data=bodies["JSONLD"], format="json-ld")) == expected
    status, headers, body = post(server, query, accept="application/n-triples")
    assert status == 200 and headers["Content-Type"] == "application/n-triples; charset=utf-8"
    assert len(Graph().parse(data=body, format="nt")) == expected


def test_describe(server, graph, wrapper) -> None:
    doc = sorted(graph.subjects(DCTERMS.title, None))[0]
    client = wrapper.SPARQLWrapper(server.url + "sparql")
    client.setQuery(f"DESCRIBE <{doc}>")
    client.setReturnFormat(wrapper.TURTLE)
    described = Graph().parse(data=client.queryAndConvert(), format="turtle")
    assert set(described.predicate_objects(doc)) == set(graph.predicate_objects(doc))


def test_get_form_post_and_direct_post_give_the_same_answer(server) -> None:
    answers = {
        get(server, query=DOCUMENTS)[2],
        form(server, query=DOCUMENTS)[2],
        post(server, DOCUMENTS)[2],
    }
    assert len(answers) == 1 and len(json.loads(answers.pop())["results"]["bindings"]) == 5


def test_content_negotiation_and_format_parameters(server) -> None:
    status, headers, body = post(server, DOCUMENTS, accept="text/csv;q=0.5, application/sparql-results+xml")
    assert status == 200 and headers["Content-Type"] == "application/sparql-results+xml; charset=utf-8"
    status, headers, _ = post(server, DOCUMENTS, accept="*/*")
    assert headers["Content-Type"] == "application/sparql-results+json; charset=utf-8"
    assert headers["Cache-Control"] == "no-store" and headers["X-Content-Type-Options"] == "nosniff"
    status, headers, _ = get(server, query=DOCUMENTS, format="tsv")  # the parameter wins over Accept
    assert status == 200 and headers["Content-Type"] == "text/tab-separated-values; charset=utf-8"
    status, headers, body = post(server, DOCUMENTS, accept="text/html")
    assert status == 406 and one_line(body)
    status, _, body = post(server, "CONSTRUCT WHERE { ?s a kg:PolicyDocument }", accept="text/csv")
    assert status == 406 and one_line(body)
    status, _, body = get(server, query=DOCUMENTS, format="html")
    assert status == 406 and one_line(body)


@pytest.mark.parametrize(
    "request_, status",
    [
        (("GET", "/sparql", None, {}), 400),  # no query
        (("GET", "/sparql?query=ASK%7B%7D&query=ASK%7B%7D", None, {}), 400),  # two queries
        (("GET", "/sparql?query=%FF%FE", None, {}), 400),  # not UTF-8
        (("GET", "/sparql?query=ASK%7B%7D&timeout=0", None, {}), 400),  # a parameter we do not take
        (("POST", "/sparql", "query=ASK%7B%7D&callback=x", {"Content-Type": "application/x-www-form-urlencoded"}), 400),
        (("POST", "/sparql", "ASK {}", {"Content-Type": "text/plain"}), 415),
        (("POST", "/sparql", b"ASK { ?s ?p \xff }", {"Content-Type": "application/sparql-query"}), 400),
    ],
    ids=["no-query", "two-queries", "not-utf8", "unknown-parameter", "unknown-form-field", "wrong-media-type", "body-not-utf8"],
)
def test_malformed_requests(server, request_, status: int) -> None:
    method, path, body, headers = request_
    answer, _, text = call(server, method, path, body, headers)
    assert answer == status and one_line(text)


def test_syntax_error_is_400_with_one_line(server) -> None:
    status, headers, body = post(server, "SELECT ?s WHERE { ?s ?p }")
    assert status == 400 and headers["Content-Type"] == "text/plain; charset=utf-8"
    assert one_line(body).startswith("SPARQL syntax error: ")
    status, _, body = post(server, "SELECT ?s WHERE { ?s nosuchprefix:p ?o }")
    assert status == 400 and "nosuchprefix" in one_line(body)


# ---- read-only, no outbound requests ---------------------------------------------------------------


@pytest.mark.parametrize(
    "method, body, content_type",
    [
        ("GET", None, None),
        ("POST", "query", "application/x-www-form-urlencoded"),
        ("POST", "update", "application/x-www-form-urlencoded"),
        ("POST", "direct", "application/sparql-update"),
        ("POST", "direct", "application/sparql-query"),
    ],
    ids=["get-query", "form-query", "form-update", "direct-update", "direct-query"],
)
@pytest.mark.parametrize(
    "update",
    ["INSERT DATA { id:x a kg:PolicyDocument }", "DELETE WHERE { ?s ?p ?o }", "LOAD <file:///etc/passwd>", "CLEAR ALL"],
    ids=["insert", "delete", "load", "clear"],
)
def test_updates_are_refused_and_change_nothing(server, method, body, content_type, update) -> None:
    before = triples(server)
    if method == "GET":
        answer = get(server, query=update)
    elif body == "direct":
        answer = call(server, "POST", "/sparql", update, {"Content-Type": content_type})
    else:
        answer = call(server, "POST", "/sparql", urlencode({body: update}), {"Content-Type": content_type})
    status, _, text = answer
    assert status == 403 and one_line(text).startswith("SPARQL Update (INSERT, DELETE, LOAD, CLEAR …) is refused: the graph is read-only")
    assert "root:" not in text.decode("utf-8")
    assert triples(server) == before


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_graph_store_writes_are_refused(server, method) -> None:
    before = triples(server)
    status, headers, body = call(server, method, "/sparql", "<urn:a> <urn:b> <urn:c> .", {"Content-Type": "text/turtle"})
    assert status == 405 and headers["Allow"] == "GET, POST" and one_line(body)
    assert triples(server) == before


@pytest.fixture
def listener():
    """A socket on 127.0.0.1 counting the connections anyone makes to it."""
    sock = socket.create_server(("127.0.0.1", 0))
    sock.settimeout(0.1)
    hits: list[int] = []
    stopped = threading.Event()

    def accept() -> None:
        while not stopped.is_set():
            try:
                connection, _ = sock.accept()
            except socket.timeout:
                continue
            hits.append(1)
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/", hits
    stopped.set()
    thread.join()
    sock.close()


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE SILENT <{url}> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s a kg:PolicyDocument OPTIONAL { SERVICE <{url}> { ?s ?p ?o } } }",
        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <{url}> { ?s ?p ?o } } } }",
        "SELECT * WHERE { ?s a kg:PolicyDocument FILTER EXISTS { SERVICE <{url}> { ?s ?p ?o } } }",
        "SELECT * WHERE { BIND(<{url}> AS ?u) SERVICE ?u { ?s ?p ?o } }",
        "ASK { SERVICE <{url}> { ?s ?p ?o } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    ],
    ids=["plain", "silent", "optional", "subquery", "exists", "variable", "ask", "construct"],
)
def test_service_is_refused_and_nothing_is_fetched(server, listener, template) -> None:
    url, hits = listener
    status, _, body = post(server, template.replace("{url}", url))
    assert status == 403 and one_line(body).startswith("SERVICE is refused")
    time.sleep(0.1)
    assert hits == []


@pytest.mark.parametrize(
    "query_or_params",
    [
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "SELECT * FROM <{url}> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <{url}> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "CONSTRUCT { ?s ?p ?o } FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        {"default-graph-uri": "file:///etc/passwd"},
        {"named-graph-uri": "{url}"},
    ],
    ids=["from-file", "from-http", "from-named", "construct-from", "default-graph-uri", "named-graph-uri"],
)
def test_dataset_clauses_and_parameters_are_refused(server, listener, query_or_params) -> None:
    url, hits = listener
    if isinstance(query_or_params, str):
        status, _, body = form(server, query=query_or_params.replace("{url}", url))
    else:
        params = {name: value.replace("{url}", url) for name, value in query_or_params.items()}
        status, _, body = form(server, query="SELECT * WHERE { ?s ?p ?o } LIMIT 1", **params)
    assert status == 400 and "one graph" in one_line(body)
    assert "root:" not in body.decode("utf-8")
    time.sleep(0.1)
    assert hits == []


# ---- limits ---------------------------------------------------------------------------------------


def test_oversized_queries_are_413(server) -> None:
    padding = "#" + "x" * 1_000_000 + "\n"
    status, _, _ = form(server, query=padding + "ASK {}")  # 1 MB: waitress stops reading it
    assert status == 413
    status, _, body = post(server, "#" + "查" * 30_000 + "\nASK {}")  # 90 KB of UTF-8 under 64 K characters
    assert status == 413 and one_line(body)
    status, _, body = get(server, query="#" + "y" * 70_000 + "\nASK {}")
    assert status == 413 and one_line(body)


def test_a_runaway_query_is_stopped_and_the_server_answers_afterwards(server) -> None:
    status, headers, body = post(server, BOMB)
    assert status == 503 and one_line(body).startswith(f"query stopped after {TIMEOUT} s")
    assert post(server, "ASK { ?d a kg:PolicyDocument }")[0] == 200  # a fresh worker took its place


def test_regex_cannot_stall_the_server(server) -> None:
    # pyoxigraph's regex engine is linear-time, so a classic ReDoS pattern just answers; if it
    # ever did not, the timeout would stop it. Either way: an answer, well before a hang.
    query = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(REGEX(CONCAT(STR(?o), "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"), "^(([a-z!])+.?)+$")) }'
    status, _, _ = post(server, query)
    assert status in (200, 503)


def test_more_rows_than_max_rows_is_an_error_not_a_shorter_answer(server) -> None:
    status, _, body = post(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 422 and one_line(body) == f"more than {MAX_ROWS} rows; add LIMIT or raise the row cap\n"
    status, _, body = post(server, "CONSTRUCT WHERE { ?s ?p ?o }", accept="text/turtle")
    assert status == 422 and f"more than {MAX_ROWS} triples" in one_line(body)
    status, _, body = post(server, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS}")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == MAX_ROWS


def test_more_queries_than_workers_get_503_with_retry_after(server) -> None:
    def bomb(_: int) -> tuple[int, str | None, str]:
        status, headers, body = post(server, BOMB)
        return status, headers["Retry-After"], one_line(body)

    with ThreadPoolExecutor(5) as pool:  # 2 × 2 workers + 1
        answers = list(pool.map(bomb, range(5)))
    busy = [a for a in answers if a[1] is not None]
    stopped = [a for a in answers if a[1] is None]
    assert all(status == 503 for status, _, _ in answers)
    assert len(stopped) == 2 and len(busy) == 3
    assert all(retry == "1" and "busy" in message for _, retry, message in busy)  # refused, not queued
    assert post(server, "ASK { ?d a kg:PolicyDocument }")[0] == 200


# ---- browser-facing hygiene -------------------------------------------------------------------------


def test_foreign_host_headers_are_refused(server) -> None:
    ask = quote("ASK {}")
    for host, status in [
        (f"evil.example:{server.port}", 403),
        (f"127.0.0.1:{server.port + 1 if server.port < 65535 else 1}", 403),
        ("127.0.0.1", 403),
        (f"user@127.0.0.1:{server.port}", 403),
        (f"localhost:{server.port}", 200),
        (f"[::1]:{server.port}", 200),
        (f"127.0.0.1:{server.port}", 200),
    ]:
        answer, _, body = call(server, "GET", f"/sparql?query={ask}", headers={"Host": host})
        assert answer == status, (host, body)
        answer, _, _ = call(server, "GET", "/", headers={"Host": host})
        assert answer == status, host


def test_cross_origin_requests_are_refused_and_no_cors_headers_are_sent(server) -> None:
    status, headers, body = post(server, "ASK {}", Origin="http://evil.example")
    assert status == 403 and one_line(body) and "Access-Control-Allow-Origin" not in headers
    status, headers, _ = call(server, "POST", "/sparql", "query=ASK%7B%7D",
                              {"Content-Type": "application/x-www-form-urlencoded", "Origin": "null"})
    assert status == 403
    status, headers, _ = post(server, "ASK {}", **{"Sec-Fetch-Site": "cross-site"})
    assert status == 403
    status, headers, _ = post(server, "ASK {}", Origin=f"http://127.0.0.1:{server.port}")
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    status, headers, _ = call(server, "OPTIONS", "/sparql", headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"})
    assert status == 403 and not any(name.lower().startswith("access-control-") for name in headers)


@pytest.fixture(scope="module")
def open_server(folder: Path):
    """A second server with the defaults of issue 16: CORS opted in for one origin, the row cap the graph's size."""
    running = start(folder, "--workers", "1", "--cors", "https://yasgui.example", "--max-mb", "1")
    yield running
    status, err = stop(running)
    assert status == 0 and "Traceback" not in err, err


def test_issue_16_cors_is_opt_in_and_only_for_the_origins_named(open_server) -> None:
    yasgui = "https://yasgui.example"
    status, headers, body = post(open_server, "ASK { ?d a kg:PolicyDocument }", Origin=yasgui, **{"Sec-Fetch-Site": "cross-site"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == yasgui and "Origin" in headers["Vary"]
    assert json.loads(body)["boolean"] is True
    status, headers, _ = call(open_server, "OPTIONS", "/sparql", headers={"Origin": yasgui, "Access-Control-Request-Method": "POST"})
    assert status == 204 and headers["Access-Control-Allow-Origin"] == yasgui and "POST" in headers["Access-Control-Allow-Methods"]
    status, headers, _ = post(open_server, "ASK {}", Origin="http://evil.example")
    assert status == 403 and "Access-Control-Allow-Origin" not in headers
    status, headers, _ = call(open_server, "GET", "/policy.ttl", headers={"Origin": yasgui})
    assert status == 403 and "Access-Control-Allow-Origin" not in headers  # the endpoint only, not the files


def test_issue_16_the_default_row_cap_fits_the_graph_and_a_byte_cap_guards_answers(open_server, store) -> None:
    triples = len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph())))
    status, _, body = post(open_server, "SELECT ?s WHERE { ?s ?p ?o }", accept="text/csv")
    assert status == 200 and len(body.decode("utf-8").splitlines()) == triples + 1  # every triple: no LIMIT needed
    status, _, body = post(open_server, "SELECT * WHERE { ?s ?p ?o }")  # SPARQL JSON of every triple: well over 1 MB
    assert status == 422 and one_line(body) == "answer larger than 1 MB; add LIMIT or select less\n"


def test_issue_16_the_ontology_is_served_and_queryable(server, folder) -> None:
    status, headers, body = call(server, "GET", "/ontology.ttl")
    assert status == 200 and headers["Content-Type"] == "text/turtle; charset=utf-8" and body == (folder / "ontology.ttl").read_bytes()
    status, _, body = post(server, "SELECT ?label WHERE { GRAPH <https://w3id.org/policy-kg/ontology> { kg:FundingMeasure rdfs:label ?label } } ORDER BY ?label")
    assert status == 200 and [b["label"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["funding measure", "资金支持措施"]
    status, _, body = post(server, "ASK { <https://w3id.org/policy-kg/id/> owl:imports <https://w3id.org/policy-kg/ontology> }".replace("owl:imports", "<http://www.w3.org/2002/07/owl#imports>"))
    assert status == 200 and json.loads(body)["boolean"] is True


def test_listens_on_loopback_only(server) -> None:
    assert server.banner.startswith("serving ") and f"http://127.0.0.1:{server.port}/" in server.banner
    tcp = Path("/proc/net/tcp")
    if not tcp.exists():
        pytest.skip("no /proc/net/tcp")
    listening = [line.split() for line in tcp.read_text().splitlines()[1:]]
    local = [fields[1] for fields in listening if fields[3] == "0A" and int(fields[1].split(":")[1], 16) == server.port]
    assert local == [f"0100007F:{server.port:04X}"]  # 127.0.0.1, not 0.0.0.0
    v6 = Path("/proc/net/tcp6")
    if v6.exists():
        assert not [line for line in v6.read_text().splitlines()[1:] if line.split()[3] == "0A" and int(line.split()[1].split(":")[1], 16) == server.port]


# ---- files ----------------------------------------------------------------------------------------


def test_pages_are_served_and_nothing_outside_the_folder(server, folder, tmp_path) -> None:
    status, headers, body = call(server, "GET", "/")
    assert status == 200 and b"the graph page" in body and headers["Content-Type"] == "text/html; charset=utf-8"
    (folder / "index.html").write_text("<!DOCTYPE html><p>the index</p>", encoding="utf-8")
    try:
        assert b"the index" in call(server, "GET", "/")[2]
    finally:
        (folder / "index.html").unlink()
    assert b"a view" in call(server, "GET", "/views/doc.html")[2]
    status, headers, body = call(server, "GET", "/policy.ttl")
    assert status == 200 and headers["Content-Type"] == "text/turtle; charset=utf-8" and b"PolicyDocument" in body
    outside = tmp_path / "outside.html"
    outside.write_text("outside", encoding="utf-8")
    (folder / "views" / "link.html").symlink_to(outside)
    try:
        for path in ["/../policy.ttl", "/views/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                     "/.hidden.html", "/views/link.html", "/nope.html", "/views/", "/views", "//etc/passwd", "/etc/passwd",
                     "/%00.html", "/" + "a" * 5000 + ".html"]:
            status, _, body = call(server, "GET", path)
            assert status == 404 and body == b"not found\n", path
    finally:
        (folder / "views" / "link.html").unlink()
    status, headers, _ = call(server, "POST", "/graph.html", "x", {"Content-Type": "text/plain"})
    assert status == 405


# ---- the command ----------------------------------------------------------------------------------


def test_without_a_graph_serve_says_so_in_one_line(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--out", str(tmp_path), "--port", "0"])
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path}/policy.ttl: no graph; run kg build first\n"


def _workers(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if not children.exists():
        pytest.skip("no /proc/PID/task/PID/children")
    return [int(c) for c in children.read_text().split() if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_stops_cleanly_and_takes_its_workers_along(folder, signum) -> None:
    running = start(folder, "--workers", "1", "--timeout", str(TIMEOUT))
    workers = _workers(running.process.pid)
    assert len(workers) == 1
    assert post(running, "ASK {}")[0] == 200
    status, err = stop(running, signum)
    assert status == 0 and err == ""
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists()


# ---- the query page in a real browser ----------------------------------------------------------------


def test_query_page_runs_a_competency_query_offline(server, store, browser) -> None:
    _, expected = sparql.run(store, (ROOT / "kg" / "queries" / "high-tech-enterprises.rq").read_text(encoding="utf-8")).text_rows()
    with watched_page(browser, viewport={"width": 1200, "height": 900}) as watched:
        page, requests, errors = watched.page, watched.requests, watched.errors
        response = page.goto(server.url + "query")
        assert response is not None and response.status == 200
        assert "connect-src 'self'" in response.headers["content-security-policy"]
        poll(page, "() => window.kgQueryReady === true", errors=errors)
        assert page.evaluate("() => document.querySelectorAll('#kg-example option').length") == len(QUERIES)

        page.select_option("#kg-example", "high-tech-enterprises")
        assert "高新技术企业" in page.input_value("#kg-query")
        page.click("#kg-run")
        assert poll(page, "() => document.getElementById('kg-status').dataset.state !== 'running' && document.getElementById('kg-status').dataset.state", errors=errors) == "done"
        assert page.evaluate("() => document.querySelectorAll('#kg-table tbody tr').length") == len(expected)
        assert page.evaluate("() => document.querySelectorAll('#kg-table thead th').length") == 3
        assert page.evaluate("() => document.querySelectorAll('#kg-table td *, #kg-table th *').length") == 0  # text only
        cells = page.evaluate("() => Array.from(document.querySelectorAll('#kg-table tbody td:nth-child(3)')).map(td => td.textContent)")
        assert sorted(cells) == sorted(row[2] for row in expected)
        first = page.evaluate("() => { const td = document.querySelector('#kg-table tbody td'); return [td.textContent, td.title]; }")
        assert first[0].startswith("id:doc/") and first[1].startswith("https://w3id.org/policy-kg/id/doc/")  # shortened, as kg query prints
        assert errors == []

        page.fill("#kg-query", "SELECT ?s WHERE { ?s ?p }")  # an error is one line, not a table
        page.click("#kg-run")
        assert poll(page, "() => document.getElementById('kg-status').dataset.state !== 'running' && document.getElementById('kg-status').dataset.state", errors=errors) == "error"
        assert page.text_content("#kg-error").startswith("400: SPARQL syntax error")
        assert page.evaluate("() => document.getElementById('kg-table').hidden") is True

        assert [url for url in requests if not url.startswith(server.url)] == []
        assert [e for e in errors if "status of 400" not in e] == []  # Chromium logs the failed fetch itself


def test_a_served_graph_page_loads_from_the_server_alone(server, browser) -> None:
    with watched_page(browser, viewport={"width": 1200, "height": 800}) as watched:
        page, requests, errors = watched.page, watched.requests, watched.errors
        url = server.url + "views/" + quote("overview-高新.html")
        response = page.goto(url)
        assert response is not None and response.status == 200
        poll(page, "() => window.kgStable === true", errors=errors)
        assert page.evaluate("() => window.kgNetwork.body.data.nodes.length") > 300
        assert requests == [url] and errors == []


def test_a_query_that_outgrows_its_memory_cap_kills_only_its_worker(folder) -> None:
    if sys.platform == "win32":
        pytest.skip("the memory cap is POSIX only")
    pool = Pool(folder / "policy.ttl", workers=1, timeout=30, memory=400 * 1024**2)
    try:
        answer = pool.run(Job("SELECT (COUNT(DISTINCT *) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"))
        # 500 "ran out of memory", not 503 "stopped after": the cap, not the 30 s timeout, stopped it
        assert answer.status == 500 and b"ran out of memory" in answer.body and answer.body.count(b"\n") == 1
        assert pool.run(Job("ASK { ?d a kg:PolicyDocument }")).status == 200
    finally:
        pool.close()
