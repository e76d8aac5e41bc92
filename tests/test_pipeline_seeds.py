"""End to end on the bundled seeds: what a user asks of the graph."""

from __future__ import annotations

from decimal import Decimal

from kg.model import Funding


def doc_prefixes(rows: list[tuple[str, ...]]) -> list[str]:
    """The three-digit prefixes of the file names (dcterms:source) in the first column."""
    return sorted({row[0][:3] for row in rows})


def test_documents_mentioning_high_tech_enterprises(seed_build) -> None:
    _, rows = seed_build.query('SELECT ?source WHERE { ?doc kg:mentions ?e ; dcterms:source ?source . ?e skos:prefLabel "高新技术企业"@zh }')
    assert doc_prefixes(rows) == ["002", "003", "004"]


def test_tangshan_is_part_of_hebei(seed_build) -> None:
    _, rows = seed_build.query('ASK { ?c skos:prefLabel "唐山市"@zh ; kg:partOf ?p . ?p skos:prefLabel "河北省"@zh }')
    assert rows == [("true",)]


def test_tongzhou_resolves_up_to_china(seed_build) -> None:
    _, rows = seed_build.query('SELECT ?top WHERE { ?c skos:prefLabel "通州区"@zh ; kg:partOf+ ?t . ?t skos:prefLabel ?top }')
    assert {"北京市", "中国"} <= {row[0] for row in rows}


def test_key_laboratory_funding_in_002(seed_build) -> None:
    national = [
        f
        for f in seed_build.facts
        if isinstance(f, Funding) and f.doc.startswith("002") and f.recipient == "重点实验室" and f.level == "国家级"
    ]
    assert any(f.amount_yuan == Decimal(10_000_000) and f.cap for f in national)
    assert all(f.evidence.quote in next(d.original for d in seed_build.docs if d.id == f.doc) for f in national)


def test_enterprise_technology_centre_is_one_node_across_scripts(seed_build) -> None:
    _, rows = seed_build.query('SELECT ?source WHERE { ?doc kg:mentions ?e ; dcterms:source ?source . ?e skos:prefLabel "企业技术中心"@zh }')
    assert {"000", "002"} <= set(doc_prefixes(rows))


def test_every_quote_is_exact(seed_build) -> None:
    originals = {d.id: d.original for d in seed_build.docs}
    for fact in seed_build.facts:
        ev = fact.evidence
        assert ev.quote and originals[ev.doc][ev.start : ev.end] == ev.quote


def test_no_entity_from_page_debris(seed_build) -> None:
    names = {f.name for f in seed_build.facts if hasattr(f, "name")}
    for debris in ("大汉网络", "环渤海新闻网", "打印本页", "关闭窗口", "分享到", "刘威"):
        assert not any(debris in name for name in names), debris
