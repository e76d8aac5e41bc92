"""kg.analyze.metrics and kg.analyze.report: hand-checked numbers on tiny graphs, the seeds' findings, byte-identical reruns."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.analyze import metrics as analytics
from kg.rdf import formats as export
from kg.analyze import report, source
from kg import files
from kg.cli import cli

HEAD = """
@prefix kg: <https://w3id.org/policy-kg/ontology#> .
@prefix id: <https://w3id.org/policy-kg/id/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
"""


def _entities(*names: str, type_: str = "PlatformType") -> str:
    return "".join(f'id:{n} a kg:{type_} ; skos:prefLabel "{n}"@zh .\n' for n in names)


def _doc(name: str, *mentions: str, extra: str = "") -> str:
    objects = ", ".join(f"id:{m}" for m in mentions)
    return f'id:{name} a kg:PolicyDocument ; dcterms:source "{name}.txt" ; dcterms:title "{name} title"@zh ; kg:mentions {objects} {extra}.\n'


# A path A–B–C–D: d1 names A and B, d2 names B and C, d3 names C (a target) and D (funded).
PATH = (
    HEAD
    + _entities("A", "B", "C", "D")
    + 'id:R1 a kg:Region ; skos:prefLabel "R1"@zh .\nid:R2 a kg:Region ; skos:prefLabel "R2"@zh .\n'
    + _doc("d1", "A", "B", "P", extra="; kg:supports id:A ; kg:jurisdiction id:R1 ")
    + _doc("d2", "B", "C", "P", extra="; kg:jurisdiction id:R2 ")
    + _doc("d3", "C", extra="; kg:targets id:t ; kg:funds id:f ; kg:jurisdiction id:R2 ")
    + _entities("P", type_="Programme")
    + """
id:t a kg:Target ; kg:entity id:C ; kg:subject "C"@zh ; kg:year "2025"^^<http://www.w3.org/2001/XMLSchema#gYear> ;
    kg:value 12.0 ; kg:unit "家"@zh ; kg:evidence id:e1 .
id:f a kg:FundingMeasure ; kg:entity id:D ; kg:recipient "D"@zh ; kg:level "省级"@zh ; kg:amountCNY 500000.0 ;
    kg:cap true ; kg:evidence id:e2 .
id:e1 a kg:Evidence ; oa:exact "到2025年C达到12家" .
id:e2 a kg:Evidence ; oa:exact "对省级D给予最高50万元" .
id:m1 a kg:Mention ; kg:inDocument id:d1 ; kg:entity id:B ; kg:evidence id:e3 .
id:e3 a kg:Evidence ; oa:exact "支持B" ; oa:start 7 .
"""
)

# Two triangles joined by one edge: d1 names A B C, d2 names D E F, d3 names C and D.
TRIANGLES = HEAD + _entities(*"ABCDEF") + _doc("d1", "A", "B", "C") + _doc("d2", "D", "E", "F") + _doc("d3", "C", "D")


def _graph(turtle: str) -> Graph:
    return Graph().parse(data=turtle, format="turtle")


def _by_label(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["entity"]: row for row in rows}


def test_projection_has_typed_edges_and_weighted_cooccurrence() -> None:
    p = analytics.project(_graph(PATH))
    ids = {p.bipartite.nodes[n].get("label") or p.bipartite.nodes[n]["source"]: n for n in p.bipartite}
    assert p.bipartite.edges[ids["d1.txt"], ids["A"]]["relations"] == ("mentions", "supports")
    assert p.bipartite.edges[ids["d3.txt"], ids["C"]]["relations"] == ("mentions", "targets")
    assert p.bipartite.edges[ids["d3.txt"], ids["D"]]["relations"] == ("funds",)
    assert p.cooccurrence.edges[ids["B"], ids["C"]] == {"weight": 1}
    assert analytics.shared_documents(p, ids["B"], ids["C"]) == ["d2.txt"]
    assert analytics.shared_documents(p, ids["B"], ids["P"]) == ["d1.txt", "d2.txt"]
    assert not p.cooccurrence.has_edge(ids["A"], ids["C"])


def test_centrality_on_a_path_is_known_by_hand() -> None:
    rows = _by_label(analytics.centrality(analytics.project(_graph(PATH))))
    # co-occurrence: P–A, P–B, A–B (d1), P–B, P–C, B–C (d2), C–D (d3); P–B is shared by two documents
    assert rows["B"]["weighted_degree"] == 2 + 1 + 1  # A, C, and P twice
    assert rows["D"]["degree"] == pytest.approx(1 / 4)  # 1 neighbour of 4
    assert rows["C"]["degree"] == pytest.approx(3 / 4)
    assert rows["A"]["betweenness"] == 0
    # D reaches everyone through C only: pairs (D,A), (D,B), (D,P) → 3 of (4·3/2) = 6
    assert rows["C"]["betweenness"] == pytest.approx(0.5)
    assert rows["B"]["pagerank"] > rows["A"]["pagerank"] and rows["D"]["pagerank"] < rows["C"]["pagerank"]
    assert sum(r["pagerank"] for r in rows.values()) == pytest.approx(1, abs=1e-5)


def test_cross_document_entities_carry_their_documents_and_quotes() -> None:
    rows = _by_label(analytics.cross_document(analytics.project(_graph(PATH))))
    assert set(rows) == {"B", "C", "P"}
    assert [e["document"] for e in rows["B"]["evidence"]] == ["d1.txt", "d2.txt"]
    assert rows["B"]["evidence"][0]["quote"] == "支持B"


def test_jaccard_similarity_is_known_by_hand() -> None:
    sim = analytics.similarity(analytics.project(_graph(PATH)))
    assert sim["documents"] == ["d1.txt", "d2.txt", "d3.txt"]
    # d1 = {A, B, P}, d2 = {B, C, P}, d3 = {C, D}
    assert sim["matrix"][0] == [1.0, pytest.approx(2 / 4, abs=1e-6), 0.0]
    assert sim["matrix"][1][2] == pytest.approx(1 / 4, abs=1e-6)
    assert sim["pairs"][0] == {"a": "d1.txt", "b": "d2.txt", "jaccard": 0.5, "shared": 2}


def test_louvain_finds_the_two_triangles() -> None:
    found = analytics.communities(analytics.project(_graph(TRIANGLES)))
    assert sorted(sorted(m["entity"] for m in c["members"]) for c in found) == [["A", "B", "C"], ["D", "E", "F"]]
    assert {tuple(c["documents"]) for c in found} == {("d1.txt", "d3.txt"), ("d2.txt", "d3.txt")}


def test_diffusion_funding_and_targets_point_back_to_the_text() -> None:
    result = analytics.analyze(_graph(PATH))
    assert [(r["entity"], r["jurisdictions"], r["documents"]) for r in result["programme_diffusion"]] == [("P", ["R1", "R2"], ["d1.txt", "d2.txt"])]
    assert result["funding"] == [
        {"recipient": "D", "level": "省级", "jurisdiction": "R2", "amount_cny": 500000.0, "cap": True, "ratio": None, "document": "d3.txt", "quote": "对省级D给予最高50万元"}
    ]
    assert [(t["year"], t["jurisdiction"], t["subject"], t["value"], t["quote"]) for t in result["targets"]] == [(2025, "R2", "C", 12.0, "到2025年C达到12家")]


def test_an_empty_graph_gives_an_empty_report() -> None:
    files = report.render(analytics.analyze(Graph()))
    assert b"0 documents" in files["report.md"] and files["analytics-similarity.png"].startswith(b"\x89PNG")


@pytest.fixture(scope="module")
def seed_analysis(seed_build: Any) -> dict[str, Any]:
    return analytics.analyze(seed_build.graph)


def _prefixes(sources: list[str]) -> list[str]:
    return sorted(s.split("_", 1)[0] for s in sources)


def test_seeds_high_tech_enterprises_are_shared_by_002_003_004(seed_analysis: dict[str, Any]) -> None:
    row = _by_label(seed_analysis["cross_document_entities"])["高新技术企业"]
    assert row["type"] == "EnterpriseType"
    assert _prefixes([e["document"] for e in row["evidence"]]) == ["002", "003", "004"]
    assert all(e["quote"] for e in row["evidence"])


def test_seeds_jiebang_guashuai_spreads_over_000_002_003(seed_analysis: dict[str, Any]) -> None:
    row = _by_label(seed_analysis["programme_diffusion"])["揭榜挂帅"]
    assert _prefixes(row["documents"]) == ["000", "002", "003"]
    assert row["jurisdictions"] == ["北京市", "唐山市", "通州区"]


def test_seeds_key_laboratory_funding_by_level(seed_analysis: dict[str, Any]) -> None:
    rows = {r["level"]: r for r in seed_analysis["funding"] if r["recipient"] == "重点实验室"}
    assert {level: (r["amount_cny"], r["cap"]) for level, r in rows.items()} == {"国家级": (1e7, True), "省级": (1e6, True), "市级": (1e5, True)}
    assert all(r["document"].startswith("002_") and "1000万元" in r["quote"] for r in rows.values())


def test_cli_analyze_writes_the_same_bytes_twice(seed_build: Any, tmp_path: Path) -> None:
    ttl = tmp_path / "policy.ttl"
    files.write_atomic(ttl, export.turtle(seed_build.graph))
    runner = CliRunner()
    outputs = []
    for run in ("one", "two"):
        result = runner.invoke(cli, ["analyze", "--graph", str(ttl), "--out", str(tmp_path / run)])
        assert result.exit_code == 0, result.output
        outputs.append({f.name: f.read_bytes() for f in sorted((tmp_path / run).iterdir())})
    assert outputs[0] == outputs[1]
    names = set(outputs[0])
    assert {"report.md", "report.json"} <= names and {f"analytics-{n}.{x}" for n in report.FIGURES for x in ("png", "svg")} <= names
    md = outputs[0]["report.md"].decode("utf-8")
    assert "高新技术企业" in md and "重点实验室" in md and "… " in md


def test_cli_analyze_without_a_graph_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["analyze", "--graph", str(tmp_path / "missing.ttl"), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {tmp_path / 'missing.ttl'}: no such graph file; build one first (kg build writes policy.ttl)"]


# --- issue 14: analytics that still work at thousands of documents ----------------------------


def test_issue_14_rdflib_and_pyoxigraph_give_the_same_analysis(tmp_path: Path) -> None:
    ttl = tmp_path / "path.ttl"
    ttl.write_text(PATH, encoding="utf-8")
    assert analytics.analyze(source.open_graph(ttl)) == analytics.analyze(_graph(PATH))


def test_issue_14_at_scale_betweenness_is_sampled_on_the_core_and_the_report_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analytics, "SCALE_WORK", 0)
    p = analytics.project(_graph(TRIANGLES))
    method = analytics.method(p)
    assert method["betweenness"].startswith("approximate: sampled") and "entities named by two or more documents" in method["communities"]
    core = analytics.core(p)
    assert sorted(core.nodes[n]["label"] for n in core) == ["C", "D"]
    rows = _by_label(analytics.centrality(p))
    # Entities named by one document lie between no two others; k ≥ the core's size visits every pivot.
    assert {label: rows[label]["betweenness"] for label in "ABEF"} == dict.fromkeys("ABEF", 0)
    exact = nx.betweenness_centrality(core)
    assert {label: rows[label]["betweenness"] for label in "CD"} == {core.nodes[n]["label"]: round(v, 6) for n, v in exact.items()}
    assert rows["C"]["degree"] == pytest.approx(3 / 5)  # degree stays exact on the whole graph
    assert [sorted(m["entity"] for m in c["members"]) for c in analytics.communities(p)] == [["C", "D"]]
    md = report.markdown(analytics.analyze(_graph(TRIANGLES)))
    assert "approximate: sampled from" in md and "## How these were computed" in md


def test_issue_14_similarity_keeps_each_documents_nearest_and_counts_every_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analytics, "ALL_PAIRS_MAX", 1)
    monkeypatch.setattr(analytics, "NEIGHBOURS", 1)
    sim = analytics.similarity(analytics.project(_graph(PATH)))
    # d1 = {A, B, P}, d2 = {B, C, P}, d3 = {C, D}: d1's and d2's nearest is each other, d3's is d2
    assert sim["pairs"] == [{"a": "d1.txt", "b": "d2.txt", "jaccard": 0.5, "shared": 2}, {"a": "d2.txt", "b": "d3.txt", "jaccard": 0.25, "shared": 1}]
    assert sim["histogram"]["pairs"] == [1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0] and sim["histogram"]["sharing_nothing"] == 1


def test_issue_14_diffusion_names_the_first_adopter_and_the_followers_by_year() -> None:
    regions = "".join(f'id:{r} a kg:Region ; skos:prefLabel "{r}"@zh .\n' for r in ("R1", "R2", "R3"))
    issued = lambda y: f'; dcterms:issued "{y}-05-01"^^<http://www.w3.org/2001/XMLSchema#date> '  # noqa: E731
    turtle = (
        HEAD + regions + _entities("P", type_="Programme")
        + _doc("d1", "P", extra=issued(2019) + "; kg:jurisdiction id:R1 ")
        + _doc("d2", "P", extra=issued(2018) + "; kg:jurisdiction id:R2 ")
        + _doc("d3", "P", extra=issued(2021) + "; kg:jurisdiction id:R1, id:R3 ")
        + _doc("d4", "P", extra="; kg:jurisdiction id:R3 ")
    )
    (row,) = analytics.analyze(_graph(turtle))["programme_diffusion"]
    assert row["first"] == {"document": "d2.txt", "year": 2018, "jurisdictions": ["R2"]}
    assert row["by_year"] == [
        {"year": 2018, "documents": 1, "new_jurisdictions": ["R2"]},
        {"year": 2019, "documents": 1, "new_jurisdictions": ["R1"]},
        {"year": 2021, "documents": 1, "new_jurisdictions": ["R3"]},
    ]
    assert row["documents"] == ["d1.txt", "d2.txt", "d3.txt", "d4.txt"]


def _many(documents: int) -> str:
    entities = _entities(*(f"E{j}" for j in range(90)))
    return HEAD + entities + "".join(_doc(f"d{i:04d}", *(f"E{(i * 7 + k * k) % 90}" for k in range(12))) for i in range(documents))


def test_issue_14_report_json_is_a_bounded_summary_and_the_csv_files_have_every_row() -> None:
    small, large = (analytics.analyze(_graph(_many(n))) for n in (30, 240))
    # report.render without the figures (they are drawn the same way at any size)
    files_small, files_large = ({"report.json": report.as_json(report.summary(a)), "report.md": report.markdown(a).encode("utf-8"), **report.tables(a)} for a in (small, large))
    summary = json.loads(files_large["report.json"])
    assert summary["documents"]["count"] == 240 and len(summary["cross_document_entities"]["top"]) == report.TOP
    assert len(summary["similarity"]["matrix"]) <= 24 and len(summary["similarity"]["top_pairs"]) == report.TOP
    assert len(files_large["report.json"]) < 1.5 * len(files_small["report.json"])
    assert files_large["documents.csv"].decode("utf-8").count("\n") == 241
    assert files_large["entities.csv"].decode("utf-8").count("\n") == 1 + large["summary"]["entities"]
    assert files_large["similarity.csv"].decode("utf-8").count("\n") == 1 + len(large["similarity"]["pairs"])
    assert "… 220 more in documents.csv" in files_large["report.md"].decode("utf-8")


@pytest.mark.parametrize("named", [False, True])
def test_issue_14_a_store_gives_the_turtles_analysis(tmp_path: Path, named: bool) -> None:
    """kg build's store keeps everything in its default graph, an earlier build's each document in a
    named graph of its own; either way the quotes are looked up in the documents' nodes."""
    import pyoxigraph as ox

    home = {"d1": "d1", "m1": "d1", "e3": "d1", "d2": "d2", "d3": "d3", "t": "d3", "f": "d3", "e1": "d3", "e2": "d3"}
    lines = []
    for s, p, o in _graph(PATH):
        graph = home.get(str(s).rsplit("/", 1)[-1]) if named else None
        lines.append(f"{s.n3()} {p.n3()} {o.n3()}" + (f" <https://w3id.org/policy-kg/id/{graph}>" if graph else "") + " .\n")
    store = ox.Store(str(tmp_path / "store"))
    store.load(input="".join(sorted(lines)), format=ox.RdfFormat.N_QUADS)
    from_store, from_turtle = analytics.analyze(store), analytics.analyze(_graph(PATH))
    assert from_store == from_turtle
    # d1's mention of B has a quote; C in d3 is only a target's kg:entity, not a mention: no quote
    evidence = {(e["document"], r["entity"]): e["quote"] for r in from_store["cross_document_entities"] for e in r["evidence"]}
    assert evidence[("d1.txt", "B")] == "支持B" and evidence[("d3.txt", "C")] == ""


@pytest.mark.parametrize("seed", range(4))
def test_issue_14_batched_betweenness_is_networkxs_exact_and_sampled(seed: int) -> None:
    from kg.analyze import betweenness as brandes

    g = nx.gnp_random_graph(40 + 10 * seed, 0.04 + 0.03 * seed, seed=seed)
    g.add_nodes_from(range(100, 102))  # isolated entities
    nodes = list(g)
    adjacency = nx.to_scipy_sparse_array(g, nodelist=nodes, weight=None, format="csr")
    exact = brandes.betweenness(adjacency)
    assert exact.tolist() == pytest.approx([nx.betweenness_centrality(g)[v] for v in nodes], abs=1e-12)
    k = 7 + seed
    sampled = brandes.betweenness(adjacency, brandes.pivots(range(len(nodes)), k, 1))
    assert sampled.tolist() == pytest.approx([nx.betweenness_centrality(g, k=k, seed=1)[v] for v in nodes], abs=1e-12)


def _random_graph(seed: int, nodes: int, p: float) -> nx.Graph:
    """Nodes 0…n-1 and weighted edges added in ascending order, as the projection builds them."""
    import random

    rng = random.Random(seed)
    g = nx.Graph()
    g.add_nodes_from(range(nodes))
    g.add_weighted_edges_from((i, j, rng.randint(1, 5)) for i in range(nodes) for j in range(i + 1, nodes) if rng.random() < p)
    return g


@pytest.mark.parametrize("seed", range(8))
def test_issue_14_sparse_louvain_is_networkxs_partition(seed: int) -> None:
    from kg.analyze import louvain

    g = _random_graph(seed, 30 + 12 * seed, (0.03, 0.08, 0.2, 0.5)[seed % 4])
    g.add_nodes_from(range(len(g), len(g) + 2))  # isolated entities
    matrix = nx.to_scipy_sparse_array(g, nodelist=range(len(g)), format="csr")
    expected = sorted(sorted(c) for c in nx.community.louvain_communities(g, weight="weight", seed=seed % 3))
    assert sorted(sorted(c) for c in louvain.communities(matrix, seed % 3)) == expected


def test_issue_14_sparse_louvain_of_a_graph_without_edges_is_every_node_alone() -> None:
    from scipy import sparse

    from kg.analyze import louvain

    assert louvain.communities(sparse.csr_matrix((3, 3), dtype=int), 1) == [[0], [1], [2]]


@pytest.mark.parametrize("seed", range(4))
def test_issue_14_sparse_pagerank_is_networkxs(seed: int) -> None:
    from kg.analyze.pagerank import pagerank

    g = _random_graph(seed, 20 + 40 * seed, 0.1)
    matrix = nx.to_scipy_sparse_array(g, nodelist=range(len(g)), format="csr")
    expected = nx.pagerank(g, weight="weight")
    assert pagerank(matrix).tolist() == [expected[v] for v in range(len(g))]


def test_issue_14_link_matrix_keeps_each_way_once() -> None:
    from kg.analyze.projection import cooccurrence, link_matrix

    # document 0 mentions entity 1 twice and supports it; document 1 funds entity 0 and mentions entity 1
    links = link_matrix(2, 2, [0, 0, 0, 1, 1], [1, 1, 1, 0, 1], [0, 0, 1, 3, 0])
    assert links.toarray().tolist() == [[0, 0b0011], [0b1000, 0b0001]]
    incidence = (links > 0).astype(np.int32).tocsr()
    assert cooccurrence(incidence).toarray().tolist() == [[0, 1], [1, 0]]


@pytest.mark.parametrize("documents", [5, 40, 300])
def test_issue_14_intersections_split_dense_and_sparse_are_the_plain_product(documents: int) -> None:
    from scipy import sparse

    rng = np.random.default_rng(documents)
    named = rng.random((documents, 60)) < np.linspace(0.9, 0.01, 60)  # a few columns most documents name
    matrix = sparse.csr_matrix(named.astype(np.int32))
    shared = analytics.intersections(matrix)
    expected = named.astype(np.int64) @ named.T.astype(np.int64)
    assert np.array_equal(np.vstack([shared(lo, min(documents, lo + 64)) for lo in range(0, documents, 64)]), expected)


def test_issue_14_nearest_pairs_break_ties_to_the_earlier_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analytics, "ALL_PAIRS_MAX", 1)
    monkeypatch.setattr(analytics, "NEIGHBOURS", 2)
    millionths = np.array([[1e6, 500_000, 500_000, 500_000, 0], [0, 0, 0, 0, 0]])  # rows 0 and 1 of five documents
    # row 0: three ties at 0.5 (documents 1, 2, 3): the first two are kept; row 1 shares nothing with anyone
    assert analytics._chosen(millionths, 0, 5) == [(0, 1), (0, 2)]
