"""docs/ontology.md is generated from the Turtle, complete, deterministic, and never stale."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.rdf import reference
from kg.cli import cli
from kg.rdf.namespaces import KG, ontology_turtle
from kg.vocab import shipped_files

from conftest import ROOT

COMMITTED = ROOT / "docs" / "ontology.md"


@pytest.fixture(scope="module")
def text() -> str:
    return reference.shipped_markdown()


def test_committed_reference_is_up_to_date(text: str) -> None:
    assert COMMITTED.read_text(encoding="utf-8") == text, "run `kg docs` and commit docs/ontology.md"


def test_every_ontology_term_is_described(text: str) -> None:
    ontology = Graph().parse(data=ontology_turtle(), format="turtle")
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, KG.RegionLevel)
    terms = {s for kind in kinds for s in ontology.subjects(RDF.type, kind)}
    assert len(terms) == len(KG.__annotations__)
    lines = text.splitlines()
    for term in terms:
        row = next(line for line in lines if line.startswith(f"| `kg:{str(term).split('#')[1]}`"))
        for value in [*ontology.objects(term, RDFS.label), *ontology.objects(term, SKOS.definition)]:
            assert str(value) in row
        for value in [*ontology.objects(term, RDFS.domain), *ontology.objects(term, RDFS.range)]:
            assert f":{str(value).split('#')[-1]}`" in row  # `kg:Region`, `xsd:gYear`, `rdf:langString`


def test_every_scheme_has_its_counts_and_the_gazetteer_is_summarised(text: str) -> None:
    vocab = Graph()
    for _, data in sorted(shipped_files().items()):
        vocab.parse(data=data, format="turtle")
    for scheme in vocab.subjects(RDF.type, SKOS.ConceptScheme):
        concepts = set(vocab.subjects(SKOS.inScheme, scheme))
        aliases = sum(1 for c in concepts for _ in vocab.objects(c, SKOS.altLabel))
        assert f"`{scheme}`: {len(concepts)} concepts, {aliases} aliases." in text
    regions = text.split("### 行政区划与功能区")[1].split("\n### ")[0]
    counts = [int(line.split("|")[4]) for line in regions.splitlines() if line.startswith("| `kg:")]
    assert sum(counts) == len(set(vocab.subjects(RDF.type, KG.Region)))
    assert "石家庄市" not in text  # 575 regions are counted, not listed
    assert "| 国家实验室 | national laboratory |  | 实验室 |" in text  # prefLabel, English, no altLabel, broader


def test_markdown_of_a_small_vocabulary() -> None:
    ontology = Graph().parse(
        data="""@prefix kg: <https://w3id.org/policy-kg/ontology#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        kg:Programme a owl:Class ; rdfs:label "计划项目"@zh, "programme"@en .""",
        format="turtle",
    )
    vocab = Graph().parse(
        data="""@prefix kg: <https://w3id.org/policy-kg/ontology#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <urn:s> a skos:ConceptScheme ; skos:prefLabel "测试"@zh .
        <urn:a> a skos:Concept, kg:Programme ; skos:inScheme <urn:s> ; skos:prefLabel "甲|乙"@zh ; skos:altLabel "甲", "乙"@zh .
        <urn:b> a skos:Concept, kg:Programme ; skos:inScheme <urn:s> ; skos:prefLabel "丙"@zh ; skos:broader <urn:a> .""",
        format="turtle",
    )
    text = reference.markdown(ontology, vocab)
    assert "| `kg:Programme` | 计划项目 | programme |  |  |  |" in text
    assert "`urn:s`: 2 concepts, 2 aliases. Concepts are `kg:Programme`." in text
    assert "| prefLabel (zh) | altLabel | broader |" in text  # the empty English column is left out
    assert "| 丙 |  | 甲\\|乙 |" in text and "| 甲\\|乙 | 乙、甲 |  |" in text
    assert text == reference.markdown(ontology, vocab)


def test_same_text_in_another_process_and_hash_seed(text: str, tmp_path: Path) -> None:
    script = "import sys; from kg.rdf import reference; sys.stdout.buffer.write(reference.shipped_markdown().encode())"
    env = {**os.environ, "PYTHONHASHSEED": "777"}
    run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, check=True)
    assert run.stdout.decode("utf-8") == text


def test_kg_docs_writes_the_reference(text: str, tmp_path: Path) -> None:
    out = tmp_path / "docs" / "ontology.md"
    result = CliRunner().invoke(cli, ["docs", "--out", str(out)])
    assert result.exit_code == 0 and result.output == f"wrote {out}\n"
    assert out.read_text(encoding="utf-8") == text
