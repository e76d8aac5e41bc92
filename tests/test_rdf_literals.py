"""Issue 15: literals cleaned once at the graph boundary, IRIs every parser takes, documents told apart
by path, and a document without a title line built with a warning."""

from __future__ import annotations

import random
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from conftest import SEEDS, need_program
from hypothesis import example, given
from hypothesis import strategies as st
from rdflib import Graph, URIRef

from kg import pipeline
from kg.cli import cli
from kg.rdf import formats
from kg.rdf.terms import clean_text, literal, mint
from kg.vocab import Vocab

RISKY = list("高新技术企业北京市套用葛城") + [
    "\u200b", "\u200d", "\ufeff", "\u3000", "\u00a0", "\u2028", "\u2029", "\r", "\n", "\t", "\x0c", "\x1b", "\x7f", "\x85",
    "\u202e", "\u00ad", "\U000e0100", "\ufe0f", "\ufffe", "\U0010ffff", "\ue000", "\udcff", "<", ">", '"', "'", "&", "%",
    "\\", "{", "}", "|", "^", "`", " ", "#", "?", "/", ":", "@", "\U00020000", "\u0301",
]
LABELS = st.one_of(st.text(), st.lists(st.sampled_from(RISKY)).map("".join))
S, P = URIRef("http://example.org/s"), URIRef("http://example.org/p")


def one_triple(label: str) -> Graph:
    graph = Graph(bind_namespaces="none")
    graph.add((URIRef(f"http://example.org/id/{mint(label)}"), P, literal(label, lang="zh")))
    graph.add((S, P, literal(label)))
    return graph


@given(label=LABELS)
@example(label="北京\U000e0100市")  # the ideographic variation selector of issue 15
@example(label="x\udcff.txt")  # a byte of a non-UTF-8 file name
@example(label="a\x0cb\u2028c\x85")  # N-Triples cannot hold these raw
def test_any_label_gives_an_iri_and_literals_that_every_export_parses(label: str) -> None:
    graph = one_triple(label)
    for data, syntax in ((formats.turtle(graph), pyoxigraph.RdfFormat.TURTLE), (formats.ntriples(graph), pyoxigraph.RdfFormat.N_TRIPLES)):
        parsed = list(pyoxigraph.parse(data, syntax))
        assert len(parsed) == len(graph)
        assert {t.object.value for t in parsed} == {clean_text(label)}
    back = Graph().parse(data=formats.turtle(graph), format="turtle")
    assert set(back) == set(graph)


@given(text=LABELS)
def test_the_literal_rule_is_idempotent_and_leaves_no_control_format_or_surrogate(text: str) -> None:
    clean = clean_text(text)
    assert clean_text(clean) == clean
    assert all(c in "\t\n" or unicodedata.category(c) not in ("Cc", "Cf", "Cs") for c in clean)


def test_a_thousand_risky_labels_pass_rapper() -> None:
    rapper = need_program("rapper")
    rng = random.Random(15)
    graph = Graph(bind_namespaces="none")
    for n in range(1000):
        label = "".join(rng.choice(RISKY) for _ in range(rng.randint(1, 12)))
        graph.add((URIRef(f"http://example.org/id/{n}/{mint(label)}"), P, literal(label, lang="zh")))
    for data, syntax in ((formats.turtle(graph), "turtle"), (formats.ntriples(graph), "ntriples")):
        done = subprocess.run([rapper, "-c", "-i", syntax, "-", "http://example.org/"], input=data, capture_output=True, check=False)
        assert done.returncode == 0, done.stderr.decode()[:500]
        assert f"returned {len(graph)} triples" in done.stderr.decode()


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_issue_15_a_variation_selector_in_the_header_gives_a_turtle_pyoxigraph_reads(tmp_path: Path, vocab: Vocab) -> None:
    doc = write(tmp_path, "ivs.txt", "葛\U000e0100城市科学技术委员会\n关于印发实施方案的通知\n葛\U000e0100城市科技创新实施方案\n到2025年,高新技术企业达到1800家。\n")
    built = pipeline.build([doc], vocab)
    assert built.conforms
    ttl = formats.turtle(built.graph)
    assert len(list(pyoxigraph.parse(ttl, pyoxigraph.RdfFormat.TURTLE))) == len(built.graph)
    assert len(list(pyoxigraph.parse(formats.ntriples(built.graph), pyoxigraph.RdfFormat.N_TRIPLES))) == len(built.graph)


def test_issue_15_two_files_with_one_stem_are_two_documents(tmp_path: Path, vocab: Vocab) -> None:
    first = shutil.copy(next(SEEDS.glob("001_*.txt")), write(tmp_path, "a/x.txt", "").parent / "x.txt")
    second = shutil.copy(next(SEEDS.glob("002_*.txt")), write(tmp_path, "b/x.txt", "").parent / "x.txt")
    built = pipeline.build([Path(first), Path(second)], vocab)
    assert sorted(d.id for d in built.docs) == ["a/x", "b/x"]
    assert {f.doc for f in built.facts} == {"a/x", "b/x"}
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a"), str(tmp_path / "b"), "--jsonl", str(tmp_path / "pred")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "pred" / "documents.jsonl").read_text(encoding="utf-8").count('"doc": ') == 2


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Measures on Science and Technology Innovation\n\nSupport high-tech enterprises.\n", "Measures on Science and Technology Innovation"),
        ("第一条 为了促进科技成果转化,制定本办法\n", "第一条为了促进科技成果转化,制定本办法"),
        ("\u3000\u3000" + "高" * 100 + "\n", "高" * 59 + "…"),
    ],
)
def test_issue_15_a_document_without_a_title_line_builds_with_a_warning(tmp_path: Path, text: str, title: str, vocab: Vocab) -> None:
    built = pipeline.build([write(tmp_path, "odd.txt", text)], vocab)
    assert built.conforms, built.violations
    assert [str(t) for t in built.graph.objects(None, URIRef("http://purl.org/dc/terms/title"))] == [title]
    assert built.docs[0].meta.title in (None, title)  # a heading-like first line, or none (the graph falls back)
    assert built.docs[0].warnings and "no title line" in built.docs[0].warnings[0]


def test_issue_15_a_regulation_is_titled_by_its_heading(tmp_path: Path, vocab: Vocab) -> None:
    built = pipeline.build([write(tmp_path, "t.txt", "北京市促进科技成果转化条例\n\n第一条 为了促进科技成果转化,制定本条例。\n")], vocab)
    assert built.docs[0].meta.title == "北京市促进科技成果转化条例" and built.docs[0].meta.doc_type == "条例"
    assert not built.docs[0].warnings


def test_the_build_command_prints_the_warning_and_still_writes(tmp_path: Path) -> None:
    write(tmp_path, "docs/en.txt", "Measures on Science\n\nSupport high-tech enterprises.\n")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "docs"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "warning: en.txt: no title line" in result.stderr
    assert (tmp_path / "out" / "policy.ttl").is_file()
