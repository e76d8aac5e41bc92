"""kg.pages.html: the overview page is offline, escaped, deterministic, and shows what it should."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.resources
import json
import re
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from conftest import printed_under_hash_seeds

from kg.model import ENTITY_TYPES, Document, DocumentMeta, Entity, Funding, Span, Support, Target
from kg.pages.html import NODE_COLOURS, RELATIONS, index_page, overview_page

# Each carries a marker (kg-N) that occurs nowhere in vis-network, so finding it means it is ours.
PAYLOADS = (
    "<script>alert('kg-1')</script>",
    "<img src=x onerror=alert('kg-2')>",
    "kg-3\"'\\",
    "</script><script>alert('kg-4')</script>",
    "详见<a href=\"https://example.org/kg-5\">链接</a>",
    "policy text with href kg-6",
)
DATA_BLOCK = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.DOTALL)


def make_doc(doc_id: str, text: str, title: str | None = None) -> Document:
    n = len(text)
    return Document(doc_id, f"{doc_id}.txt", text, text, tuple(range(n)), tuple(range(1, n + 1)),
                    meta=DocumentMeta(title=title))


def sample(payloads: bool = False) -> tuple[list[Document], list]:
    """Two documents sharing 北京市 and 高新技术企业; with payloads, hostile text everywhere."""
    text_a = "到2025年,北京市高新技术企业达到1800家。对新认定的国家级重点实验室给予最高1000万元奖励。"
    text_b = "支持北京市氢能产业发展,培育高新技术企业。" + ("".join(PAYLOADS) if payloads else "")
    a = make_doc("000_a", text_a, "北京市关于加快建设高精尖产业创新体系的实施方案")
    b = make_doc("001_b", text_b, PAYLOADS[1] if payloads else None)
    ev_a, ev_b = a.evidence(0, 20), b.evidence(0, len(text_b))
    facts: list = [
        Entity("000_a", "Region", "北京市", "北京市", a.evidence(6, 9)),
        Entity("000_a", "EnterpriseType", "高新技术企业", "高新技术企业", a.evidence(9, 15)),
        Entity("000_a", "EnterpriseType", "高新技术企业", "高新技术企业", a.evidence(9, 15)),
        Entity("000_a", "PlatformType", "重点实验室", "重点实验室", a.evidence(30, 35)),
        Entity("001_b", "Region", "北京市", "北京市", b.evidence(2, 5)),
        Entity("001_b", "EnterpriseType", "高新技术企业", "高新技术企业", b.evidence(14, 20)),
        Entity("001_b", "Industry", "氢能", "氢能", b.evidence(5, 7)),
        Target("000_a", "高新技术企业", Decimal("1800"), None, "家", 2025, False, "达到", "北京市", ev_a),
        Funding("000_a", "重点实验室", "国家级", Decimal("10000000"), True, None, False, "新认定", "奖励",
                a.evidence(20, 46)),
        Funding("001_b", "氢能企业", None, None, False, None, False, None, "资金支持", ev_b),
        Support("001_b", "氢能", "Industry", "支持", b.evidence(0, 7)),
    ]
    if payloads:
        for i, payload in enumerate(PAYLOADS):
            facts.append(Entity("001_b", ENTITY_TYPES[i % len(ENTITY_TYPES)], payload, payload, ev_b))
            facts.append(Target("001_b", payload, Decimal(i + 1), None, payload, 2030, False, None, None, ev_b))
            facts.append(Funding("001_b", "x" + payload, payload, None, False, None, False, None, payload, ev_b))
            facts.append(Support("001_b", "y" + payload, "Industry", payload, ev_b))
    return [a, b], facts


def page_data(page: str) -> dict:
    return json.loads(DATA_BLOCK.search(page).group(1))


def node(data: dict, label: str) -> dict:
    (found,) = [n for n in data["nodes"] if n["label"] == label]
    return found


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(text: str) -> list[tuple[str, dict]]:
    parser = Tags()
    parser.feed(text)
    parser.close()
    return parser.tags


@pytest.fixture(scope="module")
def hostile() -> str:
    docs, facts = sample(payloads=True)
    return overview_page(docs, facts, title=PAYLOADS[0] + PAYLOADS[2])


# --- offline and escaped ----------------------------------------------------------------------


def test_nothing_is_loaded_from_the_network(hostile):
    links = [(tag, attrs[key]) for tag, attrs in tags(hostile) for key in ("src", "href") if key in attrs]
    assert not [link for link in links if re.match(r"\s*(https?:)?//", link[1] or "", re.I)]
    assert not [tag for tag, _ in tags(hostile) if tag in ("link", "img", "iframe", "object", "embed")]
    assert "default-src 'none'" in hostile
    assert '<meta charset="utf-8">' in hostile


def test_script_elements_are_exactly_the_templates(hostile):
    template = (importlib.resources.files("kg.pages") / "templates/page.html").read_text(encoding="utf-8")
    # two in the template, and vis-network's (inline here, a <script src> in kg build's pages)
    expected = sum(tag == "script" for tag, _ in tags(template)) + 1
    assert expected == 3
    assert sum(tag == "script" for tag, _ in tags(hostile)) == expected
    assert hostile.lower().count("</script") == expected  # nothing closes a script early


def test_no_html_tooltip_mode(hostile):
    # pyvis's tooltip_link template sets popup.innerHTML once any title contains "href".
    assert any("href" in n["title"] for n in page_data(hostile)["nodes"])
    assert "innerHTML" not in hostile
    assert "tooltip_link" not in hostile


def test_payloads_appear_only_inside_the_escaped_json(hostile):
    block = DATA_BLOCK.search(hostile).group(1)
    outside = hostile.replace(block, "")
    for payload in PAYLOADS:
        assert payload not in outside
        assert payload not in block or not set("<>&") & set(payload)
    assert not set("<>&\u2028\u2029") & set(block)
    # …and they survive as text: labels and titles carry them unchanged, not html-escaped.
    data = page_data(hostile)
    labels = {n["label"] for n in data["nodes"]}
    titles = "\n".join(n["title"] for n in data["nodes"])
    for payload in PAYLOADS:
        assert payload in labels
        assert payload in titles
    assert "&lt;" not in titles
    assert {"Document", ENTITY_TYPES[1]} <= {n["kind"] for n in data["nodes"] if n["label"] == PAYLOADS[1]}


def test_heading_is_html_escaped(hostile):
    heading = "&lt;script&gt;alert(&#x27;kg-1&#x27;)&lt;/script&gt;kg-3&quot;&#x27;\\"
    assert f"<h1>{heading}</h1>" in hostile
    assert f"<title>{heading}</title>" in hostile


def test_node_ids_are_opaque(hostile):
    data = page_data(hostile)
    assert all(re.fullmatch(r"n[0-9a-f]{16}", n["id"]) for n in data["nodes"])
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == len(data["nodes"])
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    # Edges too, and from their ends, so a #edge= link survives a rebuild.
    assert all(re.fullmatch(r"e[0-9a-f]{16}", e["id"]) for e in data["edges"])
    assert len({e["id"] for e in data["edges"]}) == len({(e["from"], e["to"]) for e in data["edges"]}) == len(data["edges"])


# --- deterministic ----------------------------------------------------------------------------


def test_same_input_same_bytes():
    docs, facts = sample(payloads=True)
    first = overview_page(docs, facts)
    assert overview_page(docs, facts) == first
    assert overview_page(list(reversed(docs)), list(reversed(facts))) == first


def test_same_bytes_under_other_hash_seeds():
    code = ("import hashlib, sys; sys.path.insert(0, sys.argv[1]); from test_viz import sample;"
            "from kg.pages.html import overview_page; docs, facts = sample(True);"
            "print(hashlib.sha256(overview_page(docs, facts).encode()).hexdigest())")
    digests = printed_under_hash_seeds(code)
    docs, facts = sample(True)
    assert digests == {hashlib.sha256(overview_page(docs, facts).encode()).hexdigest()}


def test_positions_are_given_and_physics_is_off(hostile):
    data = page_data(hostile)
    assert data["options"]["physics"] == {"enabled": False}
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])  # none hidden under another
    assert 'network.once("afterDrawing"' in hostile


# --- what the graph shows ---------------------------------------------------------------------


def test_nodes_and_edges():
    docs, facts = sample()
    data = page_data(overview_page(docs, facts))
    kinds = sorted(n["kind"] for n in data["nodes"])
    # 2 documents; 北京市, 高新技术企业, 重点实验室, 氢能 reused by target/funding/support; 氢能企业 new.
    assert kinds == ["Document", "Document", "EnterpriseType", "Industry", "Other", "PlatformType", "Region"]
    by_id = {n["id"]: n["label"] for n in data["nodes"]}
    edges = {(by_id[e["from"]][:3], by_id[e["to"]]): e for e in data["edges"]}
    # One edge per document and node, whatever the relations: none lies under another.
    assert len(data["edges"]) == len(edges) == 7
    target = edges[("北京市", "高新技术企业")]
    assert (target["relation"], target["relations"], target["label"]) == ("targets", ["targets", "mentions"], "1800家 (2025)")
    assert target["info"]["lines"] == ["targets: 1800家 (2025)", "mentions ×2"]
    assert "“" in target["title"]  # the evidence quote
    funds = edges[("北京市", "重点实验室")]
    assert (funds["relation"], funds["relations"], funds["label"]) == ("funds", ["funds", "mentions"], "国家级 最高1000万元")
    assert funds["color"]["color"] == RELATIONS["funds"]
    assert [f[:2] for f in funds["info"]["facts"]] == [["funds", "国家级 最高1000万元"], ["mentions", ""]]
    assert edges[("001", "氢能企业")]["relations"] == ["funds"] and edges[("001", "氢能企业")]["label"] == "资金支持"
    assert edges[("001", "氢能")]["relations"] == ["supports", "mentions"] and edges[("001", "氢能")]["label"] == "支持"
    mention = edges[("北京市", "北京市")]
    assert (mention["relations"], mention["info"]["lines"]) == (["mentions"], ["mentions ×1"])
    assert "label" not in mention and mention["width"] < funds["width"]


def test_issue_16_a_fact_and_a_mention_in_one_sentence_are_one_quote():
    text = "对新认定的国家级重点实验室给予最高1000万元奖励。支持重点实验室建设。"
    cut = text.index("。") + 1
    doc = dataclasses.replace(make_doc("000_a", text), sentences=(Span(0, cut), Span(cut, len(text))))
    at = text.index("重点实验室")
    facts = [Entity("000_a", "PlatformType", "重点实验室", "重点实验室", doc.evidence(at, at + 5)),
             Entity("000_a", "PlatformType", "重点实验室", "重点实验室", doc.evidence(cut + 2, cut + 7)),
             Funding("000_a", "重点实验室", "国家级", Decimal("10000000"), True, None, False, "新认定", "奖励", doc.evidence(0, cut)),
             Funding("000_a", "重点实验室", "省级", Decimal("1000000"), True, None, False, "新认定", "奖励", doc.evidence(0, cut))]
    (edge,) = page_data(overview_page([doc], facts))["edges"]
    quotes = edge["info"]["evidence"]
    assert [q["tags"] for q in quotes] == [["funds: 国家级 最高1000万元", "funds: 省级 最高100万元", "mentions"], ["mentions"]]
    assert quotes[0]["quote"] == text[:cut] and quotes[1]["quote"] == "重点实验室"
    assert [f[:2] for f in edge["info"]["facts"]] == [["funds", "国家级 最高1000万元"], ["funds", "省级 最高100万元"], ["mentions", ""]]


def test_shared_entities_stand_out():
    docs, facts = sample()
    data = page_data(overview_page(docs, facts))
    shared, single = node(data, "北京市"), node(data, "重点实验室")
    assert shared["shared"] and not single["shared"]
    assert shared["size"] > single["size"]
    assert shared["borderWidth"] > single["borderWidth"]
    assert shared["font"]["size"] > single["font"]["size"]
    assert node(data, "氢能")["shared"] is False  # one document, however many facts
    tooltip = shared["title"]
    assert tooltip.startswith("Region · 北京市") and "documents (2)" in tooltip
    assert tooltip.count("“") <= 3


def test_every_type_has_a_colour_and_a_legend_entry():
    assert set(ENTITY_TYPES) <= set(NODE_COLOURS)
    docs, facts = sample()
    page = overview_page(docs, facts)
    legend = page[page.index('<div id="kg-legend">'):page.index("</main>")]
    for kind in ("Document", "Region", "EnterpriseType", "Industry", "PlatformType", "Other"):
        assert f'<input type="checkbox" class="kg-type" value="{kind}" checked>' in legend  # a filter
        assert f"{kind}</label></li>" in legend
    for relation in ("mentions", "targets", "funds", "supports"):
        assert f"{relation}</li>" in legend
    assert "Agency" not in legend  # only what the page shows


def test_empty_input_still_makes_a_page():
    page = overview_page([], [])
    assert page_data(page)["nodes"] == []
    assert "<h1>policy-kg</h1>" in page


def test_the_side_panel_gets_each_quote_in_its_sentence():
    text = "到2025年,高新技术企业达到1800家。对新认定的国家级重点实验室给予最高1000万元奖励。"
    cut = text.index("。") + 1
    doc = dataclasses.replace(make_doc("000_a", text), sentences=(Span(0, cut), Span(cut, len(text))))
    at = text.index("重点实验室")
    facts = [Entity("000_a", "PlatformType", "重点实验室", "重点实验室", doc.evidence(at, at + 5)),
             Funding("000_a", "重点实验室", "国家级", Decimal("10000000"), True, None, False, "新认定", "奖励",
                     doc.evidence(cut, len(text)))]
    data = page_data(overview_page([doc], facts))
    info = node(data, "重点实验室")["info"]
    assert info["heading"] == "PlatformType · 重点实验室"
    (evidence,) = [ev for ev in info["evidence"] if ev["quote"] == "重点实验室"]
    assert (evidence["before"], evidence["after"]) == ("对新认定的国家级", "给予最高1000万元奖励。")
    assert evidence["where"] == f"000_a.txt [{at}:{at + 5}]"
    funds = next(e for e in data["edges"] if e["relation"] == "funds")
    assert funds["info"]["lines"] == ["funds: 国家级 最高1000万元", "mentions ×1"]
    assert funds["info"]["evidence"][0]["quote"] == text[cut:]
    assert funds["info"]["evidence"][0]["tags"] == ["funds: 国家级 最高1000万元", "mentions"]
    # The template shows them with textContent only.
    template = (importlib.resources.files("kg.pages") / "templates/page.html").read_text(encoding="utf-8")
    assert "innerHTML" not in template and "insertAdjacentHTML" not in template and "outerHTML" not in template


def test_index_page_links_every_page_and_escapes_titles():
    from kg.pages.views import View
    pages = {"graph.html": View("policy-kg", (), ()), "views/document-甲.html": View(PAYLOADS[1], (), ())}
    page = index_page(pages)
    links = [attrs["href"] for tag, attrs in tags(page) if tag == "a"]
    assert links == ["graph.html", "views/document-%E7%94%B2.html", "/query", "report.md", "policy.ttl", "ontology.ttl"]
    assert PAYLOADS[1] not in page and "&lt;img src=x onerror=alert(&#x27;kg-2&#x27;)&gt;" in page
    assert "script-src 'none'" in page
