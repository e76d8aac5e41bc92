"""kg.pages.views and kg.pages.layout: the document, type and ego views, and where their nodes are drawn."""

from __future__ import annotations

import dataclasses
import math

import pytest

from kg.pages import layout
from kg.pages import views
from kg.errors import KgError
from kg.model import Entity

from synthetic import corpus
from test_viz import sample


@pytest.fixture(scope="module")
def full() -> views.View:
    docs, facts = sample()
    return views.overview(docs, facts)


def labels(view: views.View) -> set[str]:
    return {n["label"] for n in view.nodes}


def test_document_view_is_the_document_and_what_it_names(full):
    view = views.document_view(full, "001_b")
    assert labels(view) == {"001_b", "北京市", "高新技术企业", "氢能", "氢能企业"}
    ids = {n["id"] for n in view.nodes}
    assert view.edges and all(e["from"] in ids and e["to"] in ids for e in view.edges)
    with pytest.raises(KgError, match="no document '9'; the documents are 000_a, 001_b"):
        views.document_view(full, "9")


@pytest.mark.parametrize("name", ["京经信发〔2023〕30号", "京经信发[2023]30号", " 京经信发（2023）30号", "000_a",
                                  "id:doc/京经信发〔2023〕30号", "https://w3id.org/policy-kg/id/doc/%E4%BA%AC%E7%BB%8F%E4%BF%A1%E5%8F%91%E3%80%942023%E3%80%9530%E5%8F%B7"])
def test_issue_16_document_view_by_its_number_or_its_stem(name):
    docs, facts = sample()
    docs[0] = dataclasses.replace(docs[0], meta=dataclasses.replace(docs[0].meta, number="京经信发〔2023〕30号"))
    full = views.overview(docs, facts)
    assert labels(views.document_view(full, name)) == labels(views.document_view(full, "000_a"))
    with pytest.raises(KgError, match=r"no document '京经信发〔2023〕31号'; the documents are 000_a \(京经信发〔2023〕30号\), 001_b"):
        views.document_view(full, "京经信发〔2023〕31号")


def test_issue_16_a_number_two_documents_share_asks_for_the_stem():
    docs, facts = sample()
    docs = [dataclasses.replace(d, meta=dataclasses.replace(d.meta, number="京经信发〔2023〕30号")) for d in docs]
    with pytest.raises(KgError, match="is the 文号 of 2 documents; name one by its file stem"):
        views.document_view(views.overview(docs, facts), "京经信发〔2023〕30号")


def test_issue_16_a_shared_entity_quotes_each_document_once():
    docs, facts = sample()
    a = docs[0]
    # Three more mentions of 北京市 in document a: still one quote from a, and one from b.
    facts += [Entity("000_a", "Region", "北京市", "北京市", a.evidence(i, i + 3)) for i in (0, 6, 20)]
    info = next(n for n in views.overview(docs, facts).nodes if n["label"] == "北京市")["info"]
    assert [q["where"] for q in info["evidence"]] == ["000_a.txt [0:3]", "001_b.txt [2:5]"]  # the first of each


def test_type_view_is_the_type_and_the_documents_naming_it(full):
    view = views.type_view(full, "EnterpriseType")
    assert {n["kind"] for n in view.nodes} == {"Document", "EnterpriseType"}
    assert labels(view) - {"001_b"} == {"北京市关于加快建设高精尖产业创新体系的实施方案", "高新技术企业"}
    with pytest.raises(KgError, match="no entity type 'Nope'"):
        views.type_view(full, "Nope")


def test_ego_view_walks_the_given_depth_both_ways(full):
    assert labels(views.ego_view(full, "氢能", 0)) == {"氢能"}
    assert labels(views.ego_view(full, "氢能", 1)) == {"氢能", "001_b"}
    two = views.ego_view(full, "氢能", 2)
    assert labels(two) == labels(views.document_view(full, "001_b"))
    (focus,) = [n for n in two.nodes if n.get("focus")]
    assert focus["label"] == "氢能" and focus["size"] > max(n["size"] for n in two.nodes if "size" in n and n is not focus)
    assert len(labels(views.ego_view(full, "北京市", 2))) == len(full.nodes)


def test_ego_view_of_an_unknown_label_suggests_near_ones(full):
    with pytest.raises(KgError, match=r"--focus: no node labelled '高新'; did you mean 高新技术企业\?"):
        views.ego_view(full, "高新", 2)


def test_standard_views_one_per_document_and_type(full):
    pages = views.standard_views(full)
    assert sorted(pages) == ["views/document-000_a.html", "views/document-001_b.html",
                             "views/type-EnterpriseType.html", "views/type-Industry.html", "views/type-Other.html",
                             "views/type-PlatformType.html", "views/type-Region.html"]


def test_slug_keeps_readable_names_and_hashes_the_rest():
    assert views.slug("focus-高新技术企业-2") == "focus-高新技术企业-2"
    assert views.slug("document-京经信发〔2023〕30号") == "document-京经信发〔2023〕30号"
    assert views.slug("../etc/passwd") != "../etc/passwd" and "/" not in views.slug("a/b")
    assert len(views.slug("x" * 200)) == 12


def test_layout_puts_shared_entities_between_their_documents(full):
    at = layout.positions(full.nodes, full.edges, hub_kind="Document")
    ids = {n["label"]: n["id"] for n in full.nodes}
    a, b = (at[n["id"]] for n in full.nodes if n["kind"] == "Document")
    shared = at[ids["高新技术企业"]]
    private = at[ids["重点实验室"]]
    # A shared entity sits nearer the midpoint of its documents than a private one does.
    mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    assert math.dist(shared, mid) < math.dist(private, mid)
    assert len(set(at.values())) == len(at)


def test_layout_is_fast_and_spread_at_2000_nodes():
    docs, facts = corpus(2000)
    view = views.overview(docs, facts)
    assert len(view.nodes) == 2000
    at = layout.positions(view.nodes, view.edges, hub_kind="Document")
    assert len(set(at.values())) >= 0.99 * len(at)
    assert layout.positions(view.nodes, view.edges, hub_kind="Document") == at


def _relax_all_pairs(anchors, distance, pinned=()):
    """The overlap removal as first written: every pair compared in every round (quadratic)."""
    import numpy as np

    names = list(anchors)
    home = np.array([anchors[n] for n in names], dtype=float)
    points = home.copy()
    free = np.array([[0.0] if n in pinned else [1.0] for n in names])
    reach = np.where(free[:, 0] == 0, 2.0, 1.0)
    minimum = distance * np.maximum(reach[:, None], reach[None, :])
    for _ in range(layout.RELAX_ROUNDS):
        delta = points[:, None, :] - points[None, :, :]
        gap = np.hypot(delta[..., 0], delta[..., 1])
        np.fill_diagonal(gap, np.inf)
        overlap = np.clip(minimum - gap, 0, None) / 2
        points += ((delta / np.maximum(gap, 1e-6)[..., None] * overlap[..., None]).sum(axis=1) * 0.5 + (home - points) * 0.02) * free
    return {name: (float(x), float(y)) for name, (x, y) in zip(names, points)}


@pytest.mark.parametrize("pinned", [(), ("e0",)])
def test_issue_14_neighbour_pairs_push_as_all_pairs_did(pinned):
    # Three crowded groups, as shared entities of documents on one line are: the k-d tree's
    # neighbour pairs must move every point as comparing all pairs did.
    anchors = {f"e{i}": (40.0 * (i % 3) + 3.0 * math.cos(i), 25.0 * (i // 20) + 3.0 * math.sin(i)) for i in range(60)}
    got, want = layout._relax(anchors, 100, pinned), _relax_all_pairs(anchors, 100, pinned)
    assert got.keys() == want.keys()
    assert max(math.dist(got[n], want[n]) for n in got) < 1e-6


def test_issue_14_many_documents_are_ordered_spectrally_and_stay_put():
    docs, facts = corpus(900, documents=450)
    view = views.overview(docs, facts)
    assert sum(n["kind"] == "Document" for n in view.nodes) > layout.SPRING_MAX
    at = layout.positions(view.nodes, view.edges, hub_kind="Document")
    assert len(set(at.values())) >= 0.99 * len(at)
    assert layout.positions(view.nodes, view.edges, hub_kind="Document") == at


def test_the_panel_says_how_the_documents_write_an_entity():
    docs, facts = sample()
    facts.append(Entity("001_b", "Region", "北京市", "北京", facts[0].evidence))
    info = next(n for n in views.overview(docs, facts).nodes if n["label"] == "北京市")["info"]
    assert info["lines"][0] == "also written: 北京"
