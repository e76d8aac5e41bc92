"""`kg export`: Turtle, N-Triples, JSON-LD and TriG agree with each other and with two strict
parsers, and are byte-identical across processes and hash seeds."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, XSD

from kg.rdf import formats as export
from kg.cli import cli
from kg.rdf.namespaces import OA
from kg.rdf.namespaces import KG

from conftest import ROOT, need_program

FORMATS = tuple(export.RDF_FORMATS)
OXIGRAPH = {
    "turtle": pyoxigraph.RdfFormat.TURTLE,
    "nt": pyoxigraph.RdfFormat.N_TRIPLES,
    "jsonld": pyoxigraph.RdfFormat.JSON_LD,
    "trig": pyoxigraph.RdfFormat.TRIG,
}
RAPPER = {"turtle": "turtle", "nt": "ntriples", "trig": "trig"}  # rapper 2.0.15 reads no JSON-LD


@pytest.fixture(scope="module")
def rendered(seed_build) -> dict[str, bytes]:
    return {format_: export.render(seed_build.graph, format_) for format_ in FORMATS}


def _read_back(format_: str, data: bytes) -> Graph:
    """The export parsed by rdflib; for TriG the union of its graphs."""
    with warnings.catch_warnings():
        # rdflib 7.6's own JSON-LD and TriG parsers call its deprecated ConjunctiveGraph API
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
        warnings.filterwarnings("ignore", "Dataset.default_context is deprecated", DeprecationWarning)
        if format_ != "trig":
            return Graph().parse(data=data, format={"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}[format_])
        dataset = Dataset()
        dataset.parse(data=data, format="trig")
    union = Graph()
    for subject, predicate, object_, _ in dataset.quads((None, None, None, None)):
        union.add((subject, predicate, object_))
    return union


@pytest.mark.parametrize("format_", FORMATS)
def test_pyoxigraph_reads_every_triple(rendered, seed_build, format_: str) -> None:
    store = pyoxigraph.Store()
    store.load(rendered[format_], format=OXIGRAPH[format_])  # strict: raises on anything malformed
    assert len(store) == len(seed_build.graph)


@pytest.mark.parametrize("format_", sorted(RAPPER))
def test_rapper_reads_every_triple(rendered, seed_build, tmp_path: Path, format_: str) -> None:
    rapper = need_program("rapper")
    path = tmp_path / f"policy.{format_}"
    path.write_bytes(rendered[format_])
    run = subprocess.run([rapper, "-i", RAPPER[format_], "-c", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "Warning" not in run.stderr and "Error" not in run.stderr
    assert f"returned {len(seed_build.graph)} triples" in run.stderr


def test_formats_are_pairwise_isomorphic(rendered, seed_build) -> None:
    graphs = {format_: _read_back(format_, data) for format_, data in rendered.items()}
    for format_, graph in graphs.items():
        assert len(graph) == len(seed_build.graph), format_
        assert isomorphic(graph, seed_build.graph), format_
    for (a, graph_a), (b, graph_b) in itertools.combinations(graphs.items(), 2):
        assert set(graph_a) == set(graph_b), (a, b)  # no blank nodes, so isomorphic means equal


def test_turtle_is_what_kg_build_writes(rendered, seed_build) -> None:
    assert rendered["turtle"] == export.turtle(seed_build.graph)


def test_ntriples_lines_are_sorted_and_unique(rendered, seed_build) -> None:
    lines = rendered["nt"].decode("utf-8").splitlines()
    assert lines == sorted(set(lines)) and len(lines) == len(seed_build.graph)


def test_jsonld_is_sorted_and_keeps_datatypes(rendered) -> None:
    document = json.loads(rendered["jsonld"])
    assert set(document["@context"]) == {"kg", "id", "skos", "dcterms", "rdfs", "xsd", "oa", "prov", "org", "owl"}
    ids = [node["@id"] for node in document["@graph"]]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    amounts = [value for node in document["@graph"] for value in node.get("kg:amountCNY", [])]
    assert {"@type": "xsd:decimal", "@value": "10000000.0"} in amounts  # not the JSON number 1e7
    assert all(value["@type"] == "xsd:decimal" for value in amounts)
    assert rendered["jsonld"] == (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def test_trig_has_a_graph_per_document_and_the_shared_concepts_in_the_default_graph(rendered, seed_build) -> None:
    graph = seed_build.graph
    store = pyoxigraph.Store()
    store.load(rendered["trig"], format=pyoxigraph.RdfFormat.TRIG)
    documents = {str(doc) for doc in graph.subjects(RDF.type, KG.PolicyDocument)}
    assert {graph_name.value for graph_name in store.named_graphs()} == documents
    for quad in store:
        subject = URIRef(quad.subject.value)
        if isinstance(quad.graph_name, pyoxigraph.DefaultGraph):
            assert (subject, KG.inDocument, None) not in graph and str(subject) not in documents
        else:
            home = URIRef(quad.graph_name.value)
            assert subject == home or (subject, KG.inDocument, home) in graph
    default = [quad for quad in store if isinstance(quad.graph_name, pyoxigraph.DefaultGraph)]
    assert any(quad.object == pyoxigraph.Literal("重点实验室", language="zh") for quad in default)


RENDER = """
import hashlib, json, sys
from pathlib import Path
from kg import pipeline, vocab
from kg.rdf import formats as export
graph = pipeline.build([Path(sys.argv[1])], vocab.load(), check=False).graph
print(json.dumps({f: hashlib.sha256(export.render(graph, f)).hexdigest() for f in export.RDF_FORMATS}))
"""


def test_byte_identical_across_processes_and_hash_seeds(rendered, tmp_path: Path) -> None:
    here = {format_: hashlib.sha256(data).hexdigest() for format_, data in rendered.items()}
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", RENDER, str(ROOT / "seeds")], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
        )
        assert json.loads(run.stdout) == here, seed


def _with_blank_nodes() -> Graph:
    """A graph from elsewhere: one blank node shared by five subjects, another inside a document."""
    graph = Graph()
    shared, inner = BNode(), BNode()
    doc = URIRef("https://w3id.org/policy-kg/id/doc/x")
    graph.add((doc, RDF.type, KG.PolicyDocument))
    for i in range(5):
        graph.add((URIRef(f"urn:x:{i}"), KG.entity, shared))
    graph.add((shared, OA.exact, Literal("引文")))
    graph.add((inner, KG.inDocument, doc))
    graph.add((inner, KG.entity, shared))
    graph.add((inner, KG.value, Literal("1.5", datatype=XSD.decimal)))
    return graph


@pytest.mark.parametrize("format_", ["nt", "jsonld", "trig"])
def test_blank_nodes_get_stable_labels(format_: str) -> None:
    first, second = export.render(_with_blank_nodes(), format_), export.render(_with_blank_nodes(), format_)
    assert first == second  # fresh random blank-node ids, same bytes
    assert isomorphic(_read_back(format_, first), _with_blank_nodes())


@pytest.fixture(scope="module")
def graph_file(seed_build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("built") / "policy.ttl"
    path.write_bytes(export.turtle(seed_build.graph))
    return path


@pytest.mark.parametrize("format_", FORMATS)
def test_cli_export_of_the_turtle_file_equals_the_export_of_the_built_graph(rendered, graph_file: Path, format_: str) -> None:
    result = CliRunner().invoke(cli, ["export", "--format", format_, "--graph", str(graph_file)])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == rendered[format_]


def test_cli_export_writes_a_file_atomically(rendered, graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "policy.nt"
    result = CliRunner().invoke(cli, ["export", "--format", "nt", "--graph", str(graph_file), "--out", str(out)])
    assert result.exit_code == 0 and result.output == f"wrote {out}\n"
    assert out.read_bytes() == rendered["nt"]
    assert oct(out.stat().st_mode & 0o777) == "0o644" and [p.name for p in out.parent.iterdir()] == [out.name]


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["--format", "xml"], 2, "Invalid value for '--format'"),
        (["--graph", "no/such.ttl"], 1, "Error: no/such.ttl: no such graph file; build one first (kg build writes policy.ttl)\n"),
    ],
)
def test_cli_export_errors(args: list[str], code: int, message: str) -> None:
    result = CliRunner().invoke(cli, ["export", *args])
    assert result.exit_code == code
    assert message in result.output and "Traceback" not in result.output


def test_nt_and_trig_keep_a_literal_with_a_form_feed_or_line_separator_whole() -> None:
    """Issue 15: the writers split lines on "\\n" only, so a raw U+000C or U+2028 inside a literal
    (a graph from elsewhere; ours are cleaned at the graph boundary) stays inside its triple."""
    import pyoxigraph as ox
    from rdflib import Graph, Literal, URIRef

    from kg.rdf import formats

    graph = Graph()
    for i, text in enumerate(["page\x0cbreak", "line\u2028separator", "para\u2029graph", "plain"]):
        graph.add((URIRef(f"https://w3id.org/policy-kg/id/x{i}"), URIRef("https://w3id.org/policy-kg/ontology#quote"), Literal(text)))
    for name, format_ in (("nt", ox.RdfFormat.N_TRIPLES), ("trig", ox.RdfFormat.TRIG)):
        data = formats.render(graph, name)
        parsed = list(ox.parse(data, format=format_))
        assert len(parsed) == 4, name
        assert {q.object.value for q in parsed} == {"page\x0cbreak", "line\u2028separator", "para\u2029graph", "plain"}, name


@pytest.mark.parametrize("format_", export.STREAMED)
def test_a_built_policy_ttl_is_streamed_part_by_part_into_the_same_bytes(rendered, graph_file: Path, format_: str) -> None:
    chunks = export.stream(graph_file, format_)
    assert chunks is not None  # kg build's order: no rdflib graph needed
    chunks = list(chunks)
    assert b"".join(chunks) == rendered[format_]
    assert len(chunks) > 5  # the header, the shared part, one part per document


def test_a_turtle_file_in_another_order_is_rendered_not_streamed(rendered, graph_file: Path, tmp_path: Path) -> None:
    statements = pyoxigraph.serialize(reversed(list(pyoxigraph.parse(path=str(graph_file), format=pyoxigraph.RdfFormat.TURTLE))), format=pyoxigraph.RdfFormat.N_TRIPLES)
    reordered = tmp_path / "reordered.ttl"
    reordered.write_bytes(statements)
    assert export.stream(reordered, "nt") is None
    result = CliRunner().invoke(cli, ["export", "--format", "nt", "--graph", str(reordered)])
    assert result.exit_code == 0 and result.stdout_bytes == rendered["nt"]
