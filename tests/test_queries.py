"""The competency questions in kg/queries/*.rq, each run on the seed graph and checked against the
answer the five bundled documents give; each is self-contained (its PREFIX lines included) and runs
unchanged in a bare pyoxigraph Store."""

from __future__ import annotations

import re
from collections import defaultdict
from importlib import resources

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from kg.rdf import sparql as query
from kg.model import Entity, Target
from kg.rdf import formats
from kg.rdf.terms import doc_iris, entity_iri
from kg.rdf.namespaces import ID, KG, PREFIX_IRIS

from conftest import ROOT

QUERIES = resources.files("kg").joinpath("queries")
NAMES = sorted(p.name for p in QUERIES.iterdir() if p.name.endswith(".rq"))
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def D(seed_build) -> dict[str, str]:  # noqa: N802 - reads as D["002"], the document of seed 002
    """Seed prefix (000 … 004) → document IRI, read from dcterms:source rather than parsed from the IRI."""
    return {str(source)[:3]: str(doc) for doc, source in seed_build.graph.subject_objects(DCTERMS.source)}


def text(name: str) -> str:
    return QUERIES.joinpath(name).read_text(encoding="utf-8")


_STORES: dict[int, ox.Store] = {}


def answer(graph: Graph, name: str) -> list[dict[str, str]]:
    """The query's rows as `kg query` runs it (kg.rdf.sparql), as dicts."""
    store = _STORES.setdefault(id(graph), query.from_graph(graph))
    columns, rows = query.run(store, text(name), source=name).text_rows()
    return [dict(zip(columns, row)) for row in rows]


@pytest.fixture(scope="module")
def bare_store(seed_build) -> ox.Store:
    """The seed graph as Turtle in a plain pyoxigraph Store: no prefixes, no checks, as any other store."""
    store = ox.Store()
    store.load(formats.turtle(seed_build.graph), format=ox.RdfFormat.TURTLE)
    return store


@pytest.mark.parametrize("name", NAMES)
def test_issue_16_every_query_runs_unchanged_in_a_bare_pyoxigraph_store(seed_build, bare_store: ox.Store, name: str) -> None:
    """No predeclared prefixes: the PREFIX lines of the file are all a store needs."""
    result = bare_store.query(text(name))
    variables = [v.value for v in result.variables]  # type: ignore[union-attr]
    rows = [tuple("" if term is None else term.value for term in row) for row in result]  # type: ignore[union-attr]
    assert rows and (tuple(variables), rows) == tuple(query.run(query.from_graph(seed_build.graph), text(name)).text_rows())


@pytest.mark.parametrize("name", NAMES)
def test_issue_16_every_query_declares_exactly_the_prefixes_it_uses(name: str) -> None:
    lines = text(name).splitlines()
    declared = {line.split()[1].rstrip(":"): line.split()[2] for line in lines if line.startswith("PREFIX ")}
    body = "\n".join(line for line in lines if not line.startswith(("PREFIX ", "#")))
    used = {prefix for prefix in PREFIX_IRIS if f" {prefix}:" in body.replace("(", " ").replace("/", " ").replace("^^", " ")}
    assert declared == {prefix: f"<{PREFIX_IRIS[prefix]}>" for prefix in used}


TESTED = {
    "documents.rq",
    "funding.rq",
    "shared-entities.rq",
    "key-laboratory-funding.rq",
    "targets-2025.rq",
    "programme-jiebang-guashuai.rq",
    "tangshan-entities.rq",
    "high-tech-enterprises.rq",
}


def test_every_query_file_has_a_test_below() -> None:
    assert set(NAMES) == TESTED


@pytest.mark.parametrize("name", NAMES)
def test_every_query_says_its_question_and_is_in_the_readme(seed_build, name: str) -> None:
    first = text(name).splitlines()[0]
    assert first.startswith("# ") and len(first) > 10
    assert f"kg query --example {name.removesuffix('.rq')}" in README
    assert "FILTER(STR(" not in text(name).replace(" ", "")  # literals go in the triple pattern
    assert answer(seed_build.graph, name)


def test_documents(seed_build, D: dict[str, str]) -> None:
    rows = answer(seed_build.graph, "documents.rq")
    assert [row["doc"] for row in rows] == sorted(D.values()) and len(rows) == 5
    titles = {row["doc"]: row["title"] for row in rows}
    assert titles[D["002"]] == "唐山市人民政府关于加快科技创新平台建设的实施方案"
    # a document with a 文号 is named by it, one without by its file stem
    numbered = {row["doc"] for row in rows if row["number"]}
    assert numbered == {str(ID[f"doc/{row['number']}"]) for row in rows if row["number"]} and len(numbered) == 2
    assert D["002"] == str(ID["doc/002_11ab0b061efeda41"])


def test_funding_lists_every_funding_measure(seed_build) -> None:
    rows = answer(seed_build.graph, "funding.rq")
    assert len(rows) == len(set(seed_build.graph.subjects(RDF.type, KG.FundingMeasure)))


def test_key_laboratory_funding_per_level(seed_build, D: dict[str, str]) -> None:
    rows = answer(seed_build.graph, "key-laboratory-funding.rq")
    assert [(row["doc"], row["recipient"], row["level"], row["amount"], row["cap"]) for row in rows] == [
        (D["002"], "重点实验室", "国家级", "10000000", "true"),  # xsd:decimal in its XSD 1.1 canonical form, as pyoxigraph writes it
        (D["002"], "重点实验室", "省级", "1000000", "true"),
        (D["002"], "重点实验室", "市级", "100000", "true"),
    ]
    assert all("重点实验室" in row["quote"] and "最高1000万元" in row["quote"] for row in rows)
    amounts = seed_build.graph.query(text("key-laboratory-funding.rq"))
    assert {row.amount.datatype for row in amounts} == {XSD.decimal}  # type: ignore[union-attr]


def test_targets_due_in_2025(seed_build, D: dict[str, str]) -> None:
    rows = answer(seed_build.graph, "targets-2025.rq")
    assert rows and {row["year"] for row in rows} == {"2025"}
    found = {(row["doc"], row["subject"], row["value"], row["unit"]) for row in rows}
    assert (D["002"], "高新技术企业", "1800", "家") in found
    assert (D["002"], "科技型中小企业", "14000", "家") in found
    assert (D["000"], "高精尖产业创新中心", "5", "家") in found
    iris = doc_iris(seed_build.docs)
    expected = {(str(iris[t.doc]), t.subject, float(t.value), t.unit) for t in seed_build.facts if isinstance(t, Target) and t.year == 2025}
    assert {(doc, subject, float(value), unit) for doc, subject, value, unit in found} == expected
    assert {row["doc"] for row in rows} == {D["000"], D["002"]}  # 001 ends in 2022, 003 in 2026, 004 in 2022


def test_documents_and_regions_sharing_jiebang_guashuai(seed_build, D: dict[str, str]) -> None:
    rows = answer(seed_build.graph, "programme-jiebang-guashuai.rq")
    assert [(row["region"], row["doc"]) for row in rows] == [("北京市", D["000"]), ("唐山市", D["002"]), ("通州区", D["003"])]
    assert all("揭榜" in row["quote"] for row in rows)  # 000 is Traditional: 揭榜掛帥


def test_entities_of_documents_for_tangshan(seed_build, D: dict[str, str]) -> None:
    rows = answer(seed_build.graph, "tangshan-entities.rq")
    assert {row["doc"] for row in rows} == {D["002"]} and {row["region"] for row in rows} == {"唐山市"}
    assert {row["type"] for row in rows} <= {"Platform", "PlatformType", "Organization"}
    found = {(row["type"], row["name"]) for row in rows}
    assert {("PlatformType", "重点实验室"), ("PlatformType", "中试基地"), ("Organization", "开滦集团")} <= found
    mentioned = {
        (f.type, f.name) for f in seed_build.facts if isinstance(f, Entity) and f.doc == "002_11ab0b061efeda41"
    }
    assert found == {pair for pair in mentioned if pair[0] in ("Platform", "PlatformType", "Organization")}


def test_tangshan_query_follows_part_of_down_to_districts(seed_build, vocab, D: dict[str, str]) -> None:
    """A document for 开平区 (partOf 唐山市) counts; one for 通州区 (北京市) does not."""
    graph = Graph()
    graph += seed_build.graph
    for stem, region, platform in (("kaiping", "开平区", "孵化器X"), ("tongzhou", "通州区", "孵化器Y")):
        doc, entity = ID[f"doc/{stem}"], ID[f"PlatformType/{platform}"]
        graph.add((doc, RDF.type, KG.PolicyDocument))
        graph.add((doc, KG.jurisdiction, entity_iri("Region", region, vocab)))
        graph.add((doc, KG.mentions, entity))
        graph.add((entity, RDF.type, KG.PlatformType))
        graph.add((entity, SKOS.prefLabel, Literal(platform, lang="zh")))
    rows = answer(graph, "tangshan-entities.rq")
    assert {(row["doc"], row["region"], row["name"]) for row in rows if row["doc"] != D["002"]} == {
        (str(ID["doc/kaiping"]), "开平区", "孵化器X")
    }


def test_documents_mentioning_high_tech_enterprises(seed_build, D: dict[str, str]) -> None:
    rows = answer(seed_build.graph, "high-tech-enterprises.rq")
    assert [row["doc"] for row in rows] == [D["002"], D["003"], D["004"]]
    assert all("高新技术企业" in row["quote"] for row in rows)


def test_shared_entities_are_those_named_by_two_or_more_documents(seed_build) -> None:
    rows = answer(seed_build.graph, "shared-entities.rq")
    found = {(row["type"], row["name"]): int(row["documents"]) for row in rows}
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for fact in seed_build.facts:
        if isinstance(fact, Entity):
            docs[(fact.type, fact.name)].add(fact.doc)
    assert found == {key: len(names) for key, names in docs.items() if len(names) >= 2}
    assert found[("Programme", "揭榜挂帅")] == 3
    assert found[("EnterpriseType", "高新技术企业")] == 3
    assert [int(row["documents"]) for row in rows] == sorted((int(row["documents"]) for row in rows), reverse=True)


def test_queries_name_no_unknown_terms() -> None:
    """A misspelt kg: term would just match nothing; every kg: name used must exist."""
    for name in NAMES:
        body = "\n".join(line for line in text(name).splitlines() if not line.startswith("PREFIX "))
        for term in re.findall(r"(?<![\w:])kg:(\w+)", body):
            assert term in KG.__annotations__, (name, term)
