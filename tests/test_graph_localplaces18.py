"""A district name two cities share (鼓楼区 of 南京 and of 福州) is two nodes in the graph, never one false link (ent18c)."""

from __future__ import annotations

from pathlib import Path

from kg import pipeline
from kg.model import Entity
from kg.rdf.graph import to_graph
from kg.rdf.terms import entity_iri
from kg.rdf.namespaces import KG

MEASURE = "{city}支持科技企业孵化器发展若干措施\n\n一、支持鼓楼区建设科技企业孵化器，市财政给予100万元奖励。\n"


def test_two_cities_districts_of_one_name_are_two_nodes(vocab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for stem, city in (("nj", "南京市"), ("fz", "福州市")):
        (tmp_path / f"{stem}.txt").write_text(MEASURE.format(city=city), encoding="utf-8")
    built = pipeline.build(sorted(tmp_path.glob("*.txt")), vocab, check=False)
    assert {(f.doc, f.name) for f in built.facts if isinstance(f, Entity) and f.name == "鼓楼区"} == {("nj", "鼓楼区"), ("fz", "鼓楼区")}
    graph = to_graph(built.docs, built.facts, vocab)
    named = {str(o).rsplit("/", 1)[-1] for _, _, o in graph.triples((None, KG.mentions, None)) if "鼓楼" in str(o)}
    assert named == {"南京市鼓楼区", "福州市鼓楼区"}  # the gazetteer's two regions, each partOf its city


def test_a_local_name_resolves_by_the_documents_place_or_stays_with_it(vocab) -> None:  # type: ignore[no-untyped-def]
    def tail(name: str, place: str | None) -> str:
        return str(entity_iri("Region", name, vocab, place)).split("/id/Region/", 1)[1]

    assert tail("东区", "嘉义市") == "嘉义市东区" and tail("东区", "新竹市") == "新竹市东区"
    assert tail("攸县", None) == "株洲市攸县"  # one region bears the name: it anywhere
    assert tail("鼓楼区", "上海市") == "上海市/鼓楼区"  # no Shanghai 鼓楼区: kept to the document's place, no shared node
    assert tail("杭州市", None) == "杭州市"
