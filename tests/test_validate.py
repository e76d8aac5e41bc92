"""SHACL: the seed graph conforms, and a small graph breaking each constraint of each shape is caught."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pyshacl
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS

from kg.rdf import formats as export
from kg.rdf import shapes as validate
from kg.rdf.namespaces import KG, OA
from kg.cli import cli

from conftest import ROOT, SEEDS, need_program

SHAPES_FILE = ROOT / "ontology" / "shapes.ttl"

# A valid document, a second one, a quote and the concepts the facts below point to.
PRELUDE = """\
@base <https://w3id.org/policy-kg/id/> .
@prefix kg: <https://w3id.org/policy-kg/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<doc/d> a kg:PolicyDocument ; dcterms:title "实施方案"@zh .
<doc/other> a kg:PolicyDocument ; dcterms:title "行动计划"@zh .
<doc/d/char/0-4> a kg:Evidence ; oa:exact "高新技术" ; oa:start "0"^^xsd:nonNegativeInteger ; oa:end "4"^^xsd:nonNegativeInteger ;
    kg:inDocument <doc/d> .
<Region/北京市> a kg:Region .
<Region/河北省> a kg:Region .
<EnterpriseType/高新技术企业> a kg:EnterpriseType .
"""

def nni(value: int) -> str:
    return f'"{value}"^^xsd:nonNegativeInteger'


# One valid node of each kind; a case below changes one property (None drops it).
NODES: dict[str, tuple[str, dict[str, str]]] = {
    "Target": (
        "<doc/d/target/t>",
        {"a": "kg:Target", "kg:subject": '"高新技术企业"@zh', "kg:value": "1800.0", "kg:unit": '"家"@zh',
         "kg:year": '"2025"^^xsd:gYear', "kg:evidence": "<doc/d/char/0-4>"},
    ),
    "FundingMeasure": (
        "<doc/d/funding/f>",
        {"a": "kg:FundingMeasure", "kg:recipient": '"重点实验室"@zh', "kg:amountCNY": "5000000.0", "kg:ratio": "0.3",
         "kg:cap": "true", "kg:oneOff": "false", "kg:evidence": "<doc/d/char/0-4>"},
    ),
    "Support": (
        "<doc/d/support/s>",
        {"a": "kg:Support", "kg:entity": "<EnterpriseType/高新技术企业>", "kg:verb": '"培育"@zh', "kg:evidence": "<doc/d/char/0-4>"},
    ),
    "Mention": (
        "<doc/d/mention/m>",
        {"a": "kg:Mention", "kg:entity": "<EnterpriseType/高新技术企业>", "kg:evidence": "<doc/d/char/0-4>"},
    ),
    "Evidence": (
        "<doc/d/char/5-9>",
        {"a": "kg:Evidence", "oa:exact": '"给予奖励"', "oa:start": nni(5), "oa:end": nni(9), "kg:inDocument": "<doc/d>",
         "dcterms:isPartOf": "<doc/d/sentence/0-9>", "kg:page": '"1"^^xsd:positiveInteger'},
    ),
    "Provision": (
        "<doc/d/sentence/0-9>",
        {"a": "kg:Provision", "oa:exact": '"高新技术,给予奖励"', "oa:start": nni(0), "oa:end": nni(9), "kg:inDocument": "<doc/d>"},
    ),
    "PolicyDocument": ("<doc/e>", {"a": "kg:PolicyDocument", "dcterms:title": '"指导意见"@zh', "dcterms:format": '"application/pdf"',
                                   "kg:sha256": '"' + "0123456789abcdef" * 4 + '"'}),
    "Region": ("<Region/通州区>", {"a": "kg:Region", "kg:partOf": "<Region/北京市>"}),
}

T, F, S, M = "id:doc/d/target/t", "id:doc/d/funding/f", "id:doc/d/support/s", "id:doc/d/mention/m"
E, P, D, R = "id:doc/d/char/5-9", "id:doc/d/sentence/0-9", "id:doc/e", "id:Region/通州区"
TARGET_SUBJECT = "kg:subject: Target needs exactly one non-empty subject, the thing it counts"
TARGET_VALUE = "kg:value: Target needs exactly one numeric value, an xsd:decimal"
TARGET_UNIT = "kg:unit: Target needs exactly one unit"
TARGET_YEAR = "kg:year: Target has at most one deadline year, an xsd:gYear such as 2025"
RECIPIENT = "kg:recipient: Funding measure needs exactly one recipient"
AMOUNT = "kg:amountCNY: Funding amount, when given, is one xsd:decimal number of yuan of at least 0"
RATIO = "kg:ratio: Funding ratio, when given, is one xsd:decimal of at least 0, such as 0.3 for 30%"
CAP = "kg:cap: Funding cap flag, when given, is one xsd:boolean"
ONE_OFF = "kg:oneOff: Funding one-off flag, when given, is one xsd:boolean"
QUOTE = "oa:exact: Evidence needs exactly one non-empty quote (oa:exact)"
START = "oa:start: Evidence needs exactly one start offset, an xsd:nonNegativeInteger less than its end"
END = "oa:end: Evidence needs exactly one end offset, an xsd:nonNegativeInteger"
IN_DOCUMENT = "kg:inDocument: Evidence needs exactly one kg:inDocument, a kg:PolicyDocument in the graph"
PROVISION_TEXT = "oa:exact: Provision needs exactly one non-empty text (oa:exact)"
PROVISION_DOCUMENT = "kg:inDocument: Provision needs exactly one kg:inDocument, a kg:PolicyDocument in the graph"
TITLE = "dcterms:title: Policy document needs exactly one dcterms:title"
PART_OF = "kg:partOf: Region has at most one kg:partOf, and its parent must be a kg:Region"
PAGE = "kg:page: Evidence has at most one kg:page, an xsd:positiveInteger (the PDF page it begins on)"
SHA256 = "kg:sha256: Policy document has at most one kg:sha256, 64 lower-case hexadecimal digits"
FORMAT = "dcterms:format: Policy document has at most one dcterms:format (the media type of its source file)"


def evidence(kind: str) -> str:
    return f"kg:evidence: {kind} needs at least one kg:evidence, and each must be a kg:Evidence"


def entity(kind: str, thing: str) -> str:
    return f"kg:entity: {kind} needs exactly one kg:entity, the thing {thing}"


# (case, node kind, changed properties, the lines `format_violations` must print)
CASES: list[tuple[str, str, dict[str, str | None], list[str]]] = [
    ("target without subject", "Target", {"kg:subject": None}, [f"{T}: {TARGET_SUBJECT} (found 0)"]),
    ("target with empty subject", "Target", {"kg:subject": '""@zh'}, [f'{T}: {TARGET_SUBJECT} (value ""@zh)']),
    ("target with two subjects", "Target", {"kg:subject": '"企业"@zh, "高企"@zh'}, [f"{T}: {TARGET_SUBJECT} (found 2)"]),
    ("target without value", "Target", {"kg:value": None}, [f"{T}: {TARGET_VALUE} (found 0)"]),
    ("target with two values", "Target", {"kg:value": "3.0, 5.0"}, [f"{T}: {TARGET_VALUE} (found 2)"]),
    ("target with a word for a value", "Target", {"kg:value": '"十大"@zh'}, [f'{T}: {TARGET_VALUE} (value "十大"@zh)']),
    ("target without unit", "Target", {"kg:unit": None}, [f"{T}: {TARGET_UNIT} (found 0)"]),
    ("target with two units", "Target", {"kg:unit": '"家"@zh, "个"@zh'}, [f"{T}: {TARGET_UNIT} (found 2)"]),
    ("target with two years", "Target", {"kg:year": '"2025"^^xsd:gYear, "2030"^^xsd:gYear'}, [f"{T}: {TARGET_YEAR} (found 2)"]),
    ("target year as an integer", "Target", {"kg:year": "2025"}, [f'{T}: {TARGET_YEAR} (value "2025"^^xsd:integer)']),
    ("target without evidence", "Target", {"kg:evidence": None}, [f"{T}: {evidence('Target')} (found 0)"]),
    ("target evidence not an Evidence", "Target", {"kg:evidence": "<doc/d/char/9-12>"},
     [f"{T}: {evidence('Target')} (value id:doc/d/char/9-12)"]),
    ("funding without recipient", "FundingMeasure", {"kg:recipient": None}, [f"{F}: {RECIPIENT} (found 0)"]),
    ("funding with two recipients", "FundingMeasure", {"kg:recipient": '"实验室"@zh, "中心"@zh'}, [f"{F}: {RECIPIENT} (found 2)"]),
    ("funding with a negative amount", "FundingMeasure", {"kg:amountCNY": "-5.0"}, [f'{F}: {AMOUNT} (value "-5.0"^^xsd:decimal)']),
    ("funding amount as an integer", "FundingMeasure", {"kg:amountCNY": "500000"}, [f'{F}: {AMOUNT} (value "500000"^^xsd:integer)']),
    ("funding with two amounts", "FundingMeasure", {"kg:amountCNY": "1.0, 2.0"}, [f"{F}: {AMOUNT} (found 2)"]),
    ("funding with a negative ratio", "FundingMeasure", {"kg:ratio": "-0.3"}, [f'{F}: {RATIO} (value "-0.3"^^xsd:decimal)']),
    ("funding ratio as a double", "FundingMeasure", {"kg:ratio": "3E-1"}, [f'{F}: {RATIO} (value "0.3"^^xsd:double)']),
    ("funding with two ratios", "FundingMeasure", {"kg:ratio": "0.3, 0.5"}, [f"{F}: {RATIO} (found 2)"]),
    ("funding cap as a number", "FundingMeasure", {"kg:cap": "1"}, [f'{F}: {CAP} (value "1"^^xsd:integer)']),
    ("funding cap both true and false", "FundingMeasure", {"kg:cap": "true, false"}, [f"{F}: {CAP} (found 2)"]),
    ("funding one-off as a word", "FundingMeasure", {"kg:oneOff": '"一次性"@zh'}, [f'{F}: {ONE_OFF} (value "一次性"@zh)']),
    ("funding one-off both true and false", "FundingMeasure", {"kg:oneOff": "true, false"}, [f"{F}: {ONE_OFF} (found 2)"]),
    ("funding without evidence", "FundingMeasure", {"kg:evidence": None}, [f"{F}: {evidence('Funding measure')} (found 0)"]),
    ("funding evidence not an Evidence", "FundingMeasure", {"kg:evidence": "<doc/d>"},
     [f"{F}: {evidence('Funding measure')} (value id:doc/d)"]),
    ("support without entity", "Support", {"kg:entity": None}, [f"{S}: {entity('Support statement', 'supported')} (found 0)"]),
    ("support with two entities", "Support", {"kg:entity": "<EnterpriseType/高新技术企业>, <Region/北京市>"},
     [f"{S}: {entity('Support statement', 'supported')} (found 2)"]),
    ("support without evidence", "Support", {"kg:evidence": None}, [f"{S}: {evidence('Support statement')} (found 0)"]),
    ("support evidence not an Evidence", "Support", {"kg:evidence": "<Region/北京市>"},
     [f"{S}: {evidence('Support statement')} (value id:Region/北京市)"]),
    ("mention without entity", "Mention", {"kg:entity": None}, [f"{M}: {entity('Mention', 'named')} (found 0)"]),
    ("mention with two entities", "Mention", {"kg:entity": "<EnterpriseType/高新技术企业>, <Region/北京市>"},
     [f"{M}: {entity('Mention', 'named')} (found 2)"]),
    ("mention without evidence", "Mention", {"kg:evidence": None}, [f"{M}: {evidence('Mention')} (found 0)"]),
    ("mention evidence not an Evidence", "Mention", {"kg:evidence": '"高新技术"'}, [f'{M}: {evidence("Mention")} (value "高新技术")']),
    ("evidence without quote", "Evidence", {"oa:exact": None}, [f"{E}: {QUOTE} (found 0)"]),
    ("evidence with an empty quote", "Evidence", {"oa:exact": '""'}, [f'{E}: {QUOTE} (value "")']),
    ("evidence with two quotes", "Evidence", {"oa:exact": '"给予", "奖励"'}, [f"{E}: {QUOTE} (found 2)"]),
    ("evidence without start", "Evidence", {"oa:start": None}, [f"{E}: {START} (found 0)"]),
    ("evidence with two starts", "Evidence", {"oa:start": f"{nni(5)}, {nni(6)}"}, [f"{E}: {START} (found 2)"]),
    ("evidence start as a decimal", "Evidence", {"oa:start": "5.0"}, [f'{E}: {START} (value "5.0"^^xsd:decimal)']),
    ("evidence with a negative start", "Evidence", {"oa:start": "-1"}, [f'{E}: {START} (value "-1"^^xsd:integer)']),
    ("evidence start equal to end", "Evidence", {"oa:start": nni(9)}, [f'{E}: {START} (value "9"^^xsd:nonNegativeInteger)']),
    ("evidence start after end", "Evidence", {"oa:start": nni(12)}, [f'{E}: {START} (value "12"^^xsd:nonNegativeInteger)']),
    ("evidence without end", "Evidence", {"oa:end": None}, [f"{E}: {END} (found 0)"]),
    ("evidence with two ends", "Evidence", {"oa:end": f"{nni(9)}, {nni(10)}"}, [f"{E}: {END} (found 2)"]),
    ("evidence end as a decimal", "Evidence", {"oa:end": "9.0"}, [f'{E}: {END} (value "9.0"^^xsd:decimal)']),
    ("evidence with a negative end", "Evidence", {"oa:end": "-1"},
     [f'{E}: {END} (value "-1"^^xsd:integer)', f'{E}: {START} (value "5"^^xsd:nonNegativeInteger)']),
    ("evidence without document", "Evidence", {"kg:inDocument": None}, [f"{E}: {IN_DOCUMENT} (found 0)"]),
    ("evidence in two documents", "Evidence", {"kg:inDocument": "<doc/d>, <doc/other>"}, [f"{E}: {IN_DOCUMENT} (found 2)"]),
    ("evidence in a document not in the graph", "Evidence", {"kg:inDocument": "<doc/missing>"},
     [f"{E}: {IN_DOCUMENT} (value id:doc/missing)"]),
    ("provision without text", "Provision", {"oa:exact": None}, [f"{P}: {PROVISION_TEXT} (found 0)"]),
    ("provision with an empty text", "Provision", {"oa:exact": '""'}, [f'{P}: {PROVISION_TEXT} (value "")']),
    ("provision with two texts", "Provision", {"oa:exact": '"高新技术", "给予奖励"'}, [f"{P}: {PROVISION_TEXT} (found 2)"]),
    ("provision without document", "Provision", {"kg:inDocument": None}, [f"{P}: {PROVISION_DOCUMENT} (found 0)"]),
    ("provision in two documents", "Provision", {"kg:inDocument": "<doc/d>, <doc/other>"}, [f"{P}: {PROVISION_DOCUMENT} (found 2)"]),
    ("provision in a document not in the graph", "Provision", {"kg:inDocument": "<doc/missing>"},
     [f"{P}: {PROVISION_DOCUMENT} (value id:doc/missing)"]),
    ("evidence on two pages", "Evidence", {"kg:page": '"1"^^xsd:positiveInteger, "2"^^xsd:positiveInteger'}, [f"{E}: {PAGE} (found 2)"]),
    ("evidence page as an integer", "Evidence", {"kg:page": "1"}, [f'{E}: {PAGE} (value "1"^^xsd:integer)']),
    ("document with two hashes", "PolicyDocument", {"kg:sha256": '"' + "a" * 64 + '", "' + "b" * 64 + '"'}, [f"{D}: {SHA256} (found 2)"]),
    ("document hash not hexadecimal", "PolicyDocument", {"kg:sha256": '"xyz"'}, [f'{D}: {SHA256} (value "xyz")']),
    ("document hash as a number", "PolicyDocument", {"kg:sha256": "1" * 64}, [f'{D}: {SHA256} (value "{"1" * 64}"^^xsd:integer)']),
    ("document in two formats", "PolicyDocument", {"dcterms:format": '"text/plain", "application/pdf"'}, [f"{D}: {FORMAT} (found 2)"]),
    ("document without title", "PolicyDocument", {"dcterms:title": None}, [f"{D}: {TITLE} (found 0)"]),
    ("document with two titles", "PolicyDocument", {"dcterms:title": '"指导意见"@zh, "Guidance"@en'}, [f"{D}: {TITLE} (found 2)"]),
    ("region with two parents", "Region", {"kg:partOf": "<Region/北京市>, <Region/河北省>"}, [f"{R}: {PART_OF} (found 2)"]),
    ("region part of a non-region", "Region", {"kg:partOf": "<EnterpriseType/高新技术企业>"},
     [f"{R}: {PART_OF} (value id:EnterpriseType/高新技术企业)"]),
]


def node(kind: str, changes: dict[str, str | None] | None = None) -> str:
    subject, properties = NODES[kind]
    properties = {**properties, **(changes or {})}
    return f"{subject} " + " ;\n    ".join(f"{p} {o}" for p, o in properties.items() if o is not None) + " .\n"


def parse(turtle: str) -> Graph:
    return Graph().parse(data=turtle, format="turtle")


def broken(kind: str, changes: dict[str, str | None]) -> Graph:
    return parse(PRELUDE + node(kind, changes))


def test_the_seed_build_conforms(seed_build) -> None:
    assert validate.check(seed_build.graph) == []


def test_the_valid_nodes_conform() -> None:
    graph = parse(PRELUDE + "".join(node(kind) for kind in NODES))
    assert validate.check(graph) == []


@pytest.mark.parametrize(("kind", "changes", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_a_broken_graph_is_caught_with_readable_lines(kind: str, changes: dict[str, str | None], expected: list[str]) -> None:
    assert validate.format_violations(validate.check(broken(kind, changes))).splitlines() == expected


@pytest.mark.parametrize(("kind", "changes"), [case[1:3] for case in CASES], ids=[case[0] for case in CASES])
def test_check_triples_finds_what_check_finds(kind: str, changes: dict[str, str | None]) -> None:
    """The shards' check (a lean one-graph store under pyshacl) against rdflib's own Memory store."""
    graph = broken(kind, changes)
    assert validate.check_triples(list(graph)) == validate.check(graph) != []


def test_check_triples_gives_pyshacl_only_the_predicates_the_shapes_name() -> None:
    """Paths, property pairs (sh:lessThan oa:end) and rdf:type; labels and surfaces never reach pyshacl."""
    read = validate.read_predicates(validate.shapes_graph())
    assert read is not None
    assert {RDF.type, OA.exact, OA.end, KG.evidence, KG.inDocument} <= read
    assert not {SKOS.prefLabel, KG.surface, KG.mentions} & read


@pytest.mark.parametrize("extra", [
    "ex:S sh:closed true .",
    "ex:S sh:property [ sh:path ( kg:entity kg:partOf ) ; sh:minCount 1 ] .",
    "ex:S sh:sparql [ sh:select 'SELECT $this WHERE { }' ] .",
    "ex:S sh:target [ a sh:SPARQLTarget ] .",
])
def test_shapes_that_may_read_any_triple_get_every_triple(extra: str) -> None:
    shapes = validate.shapes_graph()
    shapes.parse(data=f"@prefix sh: <{SH}> . @prefix kg: <{KG._NS}> . @prefix ex: <http://example.org/> . {extra}", format="turtle")
    assert validate.read_predicates(shapes) is None


def test_a_shape_on_a_predicate_no_other_shape_names_still_sees_it() -> None:
    """A shape added to the shipped ones names its own predicate, so the filter lets its triples through."""
    shapes = validate.shapes_graph()
    shapes.parse(data=f"""@prefix sh: <{SH}> . @prefix kg: <{KG._NS}> . @prefix skos: <{SKOS}> .
        <http://example.org/Labelled> a sh:NodeShape ; sh:targetClass kg:Mention ;
            sh:property [ sh:path skos:prefLabel ; sh:minCount 1 ] .""", format="turtle")
    graph = parse(PRELUDE + node("Mention"))
    assert validate.check_triples(list(graph), shapes) == validate.check(graph, shapes) != []


def test_shapes_read_once_check_graph_after_graph_as_if_afresh() -> None:
    """A worker checks every document against one shapes graph, harvested by pyshacl once: what
    one graph breaks never leaks into the next one's report."""
    once = validate.shapes_graph()
    graphs = [broken(kind, changes) for _, kind, changes, _ in CASES] + [parse(PRELUDE + "".join(node(kind) for kind in NODES))]
    assert [validate.check(graph, once) for graph in graphs * 2] == [validate.check(graph) for graph in graphs] * 2
    assert validate.check(graphs[-1], once) == [] and all(validate.check(graph, once) for graph in graphs[:-1])


def _shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def _all_shapes(shapes: Graph) -> set[URIRef]:
    found = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    return found | set(shapes.subjects(SH.path, None)) | set(shapes.objects(None, SH.property))  # typed or not


NOT_CONSTRAINTS = {SH.path, SH.property, SH.message, SH.name, SH.description, SH.order, SH.group, SH.severity, SH.deactivated,
                   SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf}


def _constraints(shapes: Graph) -> set[tuple[URIRef, URIRef]]:
    """(shape, constraint component) for every constraint parameter of every shape: sh:minCount → sh:MinCountConstraintComponent."""
    pairs = set()
    for shape in _all_shapes(shapes):
        for parameter in set(shapes.predicates(shape)):
            if parameter.startswith(str(SH)) and parameter not in NOT_CONSTRAINTS:
                name = parameter.removeprefix(str(SH))
                pairs.add((shape, SH[f"{name[0].upper()}{name[1:]}ConstraintComponent"]))
    return pairs


def _fired(graph: Graph) -> set[tuple[URIRef, URIRef]]:
    """Straight from pyshacl's results graph: which shape and which of its constraints each result comes from."""
    _, report, _ = pyshacl.validate(graph, shacl_graph=validate.shapes_graph(), inference="none", advanced=False)
    results = report.subjects(RDF.type, SH.ValidationResult)
    return {(report.value(r, SH.sourceShape), report.value(r, SH.sourceConstraintComponent)) for r in results}


def test_every_constraint_of_every_shape_has_a_case_that_breaks_it() -> None:
    """Adding a shape, or a constraint to a shape, without a case above fails here."""
    shapes = _shapes()
    fired = set().union(*(_fired(broken(kind, changes)) for _, kind, changes, _ in CASES))
    required = _constraints(shapes)
    assert len(_all_shapes(shapes)) >= 21 and len(required) >= 49
    assert sorted(required - fired) == []
    for shape in _all_shapes(shapes):  # a node shape counts as broken when one of its property shapes is
        assert {shape, *shapes.objects(shape, SH.property)} & {s for s, _ in fired}, shape


def test_every_shape_is_labelled_targeted_and_explained_in_english() -> None:
    shapes = _shapes()
    for shape in _all_shapes(shapes):
        assert [label.language for label in shapes.objects(shape, RDFS.label)] == ["en"], shape
        if (shape, SH.path, None) in shapes:
            assert [message.language for message in shapes.objects(shape, SH.message)] == ["en"], shape
        assert (shape, SH.targetClass, None) in shapes or (None, SH.property, shape) in shapes, shape


def test_the_shapes_ship_in_the_package_as_in_the_checkout() -> None:
    assert len(validate.shapes_graph()) == len(_shapes()) > 0


def test_rapper_parses_the_shapes_without_warnings() -> None:
    run = subprocess.run([need_program("rapper"), "-i", "turtle", "-c", str(SHAPES_FILE)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert [line for line in run.stderr.splitlines() if "Error" in line or "Warning" in line] == []


def test_check_leaves_the_graph_alone_and_is_deterministic() -> None:
    graph = broken("Target", {"kg:value": None, "kg:unit": None, "kg:subject": '""@zh'})
    before = set(graph)
    first = validate.check(graph)
    assert set(graph) == before and validate.check(graph) == first and len(first) == 3
    assert first == sorted(first, key=validate.Violation.key)


def test_format_violations_stops_at_the_limit() -> None:
    violations = [validate.Violation(f"https://w3id.org/policy-kg/id/doc/d/target/{i:02}", str(RDF.type), "m") for i in range(25)]
    lines = validate.format_violations(violations, limit=20).splitlines()
    assert len(lines) == 21 and lines[0] == "id:doc/d/target/00: <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>: m"
    assert lines[-1] == "… and 5 more"


# ---- the command line ------------------------------------------------------------------------


def test_validate_a_good_file(seed_build, tmp_path: Path) -> None:
    path = tmp_path / "policy.ttl"
    path.write_bytes(export.turtle(seed_build.graph))
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output == f"conforms ({len(seed_build.graph)} triples)\n"


def test_validate_reads_exports_policy_ttl_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("exports").mkdir()
    Path("exports/policy.ttl").write_text(PRELUDE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate"])
    assert result.exit_code == 0 and result.output == f"conforms ({len(parse(PRELUDE))} triples)\n", result.output


def test_validate_a_broken_file_prints_the_violations_and_one_error_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text(PRELUDE + node("Target", {"kg:value": None}) + node("Region", {"kg:partOf": "<Region/北京市>, <Region/河北省>"}),
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.splitlines() == [
        f"{R}: {PART_OF} (found 2)",
        f"{T}: {TARGET_VALUE} (found 0)",
        f"Error: {path}: 2 SHACL violations",
    ]


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "no such file; run `kg build` first or name a Turtle file"), ("<a> <b> .", "not valid Turtle (")],
)
def test_validate_a_missing_or_unreadable_file_is_one_line(tmp_path: Path, content: str | None, problem: str) -> None:
    path = tmp_path / "graph.ttl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert len(result.output.splitlines()) == 1 and result.output.startswith(f"Error: {path}: {problem}"), result.output


def test_build_writes_nothing_when_the_graph_does_not_conform(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Shapes that ask every document for a start year, which three of the five seeds do not state."""
    stricter = validate.shapes_graph() + parse(
        """@prefix kg: <https://w3id.org/policy-kg/ontology#> . @prefix sh: <http://www.w3.org/ns/shacl#> .
        kg:test-periodStart a sh:PropertyShape ; sh:targetClass kg:PolicyDocument ; sh:path kg:periodStart ;
            sh:minCount 1 ; sh:message "Policy document needs a start year" ."""
    )
    monkeypatch.setattr(validate, "shapes_graph", lambda: stricter)
    out = tmp_path / "exports"
    out.mkdir()
    (out / "policy.ttl").write_bytes(b"old")
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.splitlines()
    assert len(lines) == 4 and all("kg:periodStart: Policy document needs a start year (found 0)" in line for line in lines[:3])
    assert lines[-1] == f"Error: {out / 'policy.ttl'}: graph does not conform to ontology/shapes.ttl (3 violations); nothing written"
    # the per-document shards (.kg-cache) are work kept for the next build, not exports
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["policy.ttl"] and (out / "policy.ttl").read_bytes() == b"old"
