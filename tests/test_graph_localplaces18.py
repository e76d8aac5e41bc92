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


NOTICE = "{city}{district}人民政府办公室关于印发{district}支持科技创新若干措施的通知\n\n{city}{district}人民政府办公室\n2025年3月1日\n\n一、对新认定的高新技术企业给予10万元奖励。\n"


def test_a_district_governed_by_name_is_its_citys_district_in_the_graph(vocab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """meta20 records the district a district's government's notice governs by its name alone (南山区, as annotated);
    in the graph the jurisdiction and the mentions resolve by the city its issuer names, never one node for two
    cities' districts of one name (深圳市南山区, 鹤岗市南山区)."""
    for stem, city in (("sz", "深圳市"), ("hg", "鹤岗市")):
        (tmp_path / f"{stem}.txt").write_text(NOTICE.format(city=city, district="南山区"), encoding="utf-8")
    built = pipeline.build(sorted(tmp_path.glob("*.txt")), vocab, check=False)
    assert {d.meta.jurisdiction for d in built.docs} == {"南山区"}
    graph = to_graph(built.docs, built.facts, vocab)
    governed = {str(o).rsplit("/", 1)[-1] for _, _, o in graph.triples((None, KG.jurisdiction, None))}
    assert governed == {"深圳市南山区", "鹤岗市南山区"}
