"""The overview page in a real headless Chromium: renders, fetches nothing, runs no payload.

Needs `pip install playwright` (the Python package only; it drives Debian's /usr/bin/chromium, so
`playwright install` is never run). Skipped when either is missing, except under CI=… where a
missing browser must not turn into a green run.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from kg.model import Entity
from kg.pages.html import overview_page

from conftest import poll, watched_page
from synthetic import corpus
from test_viz import DATA_BLOCK, PAYLOADS, sample

# Payloads that would leave a mark if any of them ever ran.
XSS = ('<img src=x onerror="window.__xss=1">', '</script><script>window.__xss=2</script>',
       '<svg onload="window.__xss=3">')
TITLE = '<img src=x onerror="window.__xss=4"> 标题'


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> tuple[Path, dict]:
    docs, facts = sample(payloads=True)
    evidence = facts[0].evidence
    facts += [Entity("001_b", "Programme", payload, payload, evidence) for payload in XSS]
    page = overview_page(docs, facts, title=TITLE)
    path = tmp_path_factory.mktemp("viz") / "overview.html"
    path.write_text(page, encoding="utf-8")
    return path, json.loads(DATA_BLOCK.search(page).group(1))


# Enforced: our own scripts must pass the page's CSP. Bypassed: the escaping alone must hold.
@pytest.mark.parametrize("bypass_csp", [False, True], ids=["csp", "no-csp"])
def test_page_renders_offline_and_runs_no_payload(browser, page_file, bypass_csp):
    path, data = page_file
    with watched_page(browser, bypass_csp=bypass_csp) as watched:
        page, requests, errors = watched.page, watched.requests, watched.errors
        page.goto(path.as_uri())
        poll(page, "() => window.kgStable === true", errors=errors)

        assert [u for u in requests if u != path.as_uri() and not u.startswith("data:")] == []
        assert errors == []
        assert page.evaluate("() => window.__xss") is None
        assert page.evaluate("() => document.querySelectorAll('#kg-network canvas').length") == 1
        assert page.evaluate("() => window.kgNetwork.body.data.nodes.length") == len(data["nodes"])
        assert page.evaluate("() => window.kgNetwork.body.data.edges.length") == len(data["edges"])

        # Payloads are text: in the heading, in the node labels, and in a hovered tooltip.
        assert page.evaluate("() => document.querySelector('h1').textContent") == TITLE
        assert page.evaluate("() => document.querySelectorAll('img, svg, iframe, a').length") == 0
        target = next(n for n in data["nodes"] if n["label"] == XSS[0] and n["kind"] != "Document")
        label = page.evaluate("id => window.kgNetwork.body.data.nodes.get(id).label", target["id"])
        assert label == XSS[0]
        point = page.evaluate("""id => {
            const n = window.kgNetwork, p = n.canvasToDOM(n.getPositions([id])[id]);
            const r = document.querySelector('#kg-network canvas').getBoundingClientRect();
            return [r.left + p.x, r.top + p.y]; }""", target["id"])
        page.mouse.move(*point)
        tooltip = poll(page, """() => { const t = document.querySelector('div.vis-tooltip');
            return t && getComputedStyle(t).visibility === 'visible' && t.innerText; }""", 5)
        assert XSS[0] in tooltip
        assert page.evaluate("() => document.querySelectorAll('.vis-tooltip *:not(br)').length") == 0

        # The search box finds a node by its label and selects it.
        page.fill("#kg-search", "高新技术企业")
        page.press("#kg-search", "Enter")
        selected = page.evaluate("() => window.kgNetwork.getSelectedNodes()")
        labels = {n["id"]: n["label"] for n in data["nodes"]}
        assert [labels[i] for i in selected] == ["高新技术企业"]

        assert page.evaluate("() => window.__xss") is None
        assert errors == []


@contextlib.contextmanager
def _opened(browser, path: Path):
    """The page at path, drawn: (page, its errors so far)."""
    with watched_page(browser) as watched:
        watched.page.goto(path.as_uri())
        poll(watched.page, "() => window.kgStable === true", errors=watched.errors)
        yield watched.page, watched.errors


def _screen_point(page, node_id: str) -> tuple[float, float]:
    return tuple(page.evaluate("""id => {
        const n = window.kgNetwork, p = n.canvasToDOM(n.getPositions([id])[id]);
        const r = document.querySelector('#kg-network canvas').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; }""", node_id))


def test_clicking_a_node_shows_its_evidence_as_text(browser, page_file):
    path, data = page_file
    with _opened(browser, path) as (page, errors):
        assert page.evaluate("() => document.getElementById('kg-panel').hidden") is True
        target = next(n for n in data["nodes"] if n["label"] == XSS[0] and n["kind"] != "Document")
        page.evaluate("id => window.kgNetwork.focus(id, { scale: 2 })", target["id"])
        page.mouse.click(*_screen_point(page, target["id"]))
        poll(page, "() => !document.getElementById('kg-panel').hidden", 5, errors)
        panel = page.evaluate("() => document.getElementById('kg-panel-body').innerText")
        assert f"{target['kind']} · {XSS[0]}" in panel
        quotes = page.evaluate("() => [...document.querySelectorAll('#kg-panel mark')].map(m => m.textContent)")
        assert quotes == [ev["quote"] for ev in target["info"]["evidence"]] and quotes
        tags = page.evaluate("() => [...new Set([...document.querySelectorAll('#kg-panel-body *')].map(e => e.tagName))].sort()")
        assert set(tags) <= {"BLOCKQUOTE", "BUTTON", "CAPTION", "CITE", "DIV", "H2", "LI", "MARK", "TABLE", "TD", "TH", "TR", "UL"}
        page.click("#kg-close")
        poll(page, "() => document.getElementById('kg-panel').hidden", 5, errors)
        assert page.evaluate("() => window.__xss") is None
        assert errors == []


def test_shared_only_hides_single_document_entities(browser, page_file):
    path, data = page_file
    with _opened(browser, path) as (page, errors):
        page.check("#kg-shared-only")
        hidden = page.evaluate("() => window.kgNetwork.body.data.nodes.get({ filter: n => n.hidden }).length")
        assert hidden == sum(1 for n in data["nodes"] if n.get("shared") is False) > 0
        page.uncheck("#kg-shared-only")
        assert page.evaluate("() => window.kgNetwork.body.data.nodes.get({ filter: n => n.hidden }).length") == 0
        assert errors == []


def test_a_2000_node_page_draws_at_once_and_stays_still(browser, tmp_path):
    docs, facts = corpus(2000)
    path = tmp_path / "big.html"
    path.write_text(overview_page(docs, facts), encoding="utf-8")
    with _opened(browser, path) as (page, errors):
        assert page.evaluate("() => window.kgNetwork.body.data.nodes.length") == 2000
        assert page.evaluate("() => window.kgNetwork.physics.physicsEnabled") is False
        first = page.evaluate("() => JSON.stringify(window.kgNetwork.getPositions())")
        time.sleep(0.5)
        assert page.evaluate("() => JSON.stringify(window.kgNetwork.getPositions())") == first
        assert errors == []


# --- issue 16: the explorer ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory, seed_build) -> tuple[Path, dict]:
    page = overview_page(seed_build.docs, seed_build.facts)
    path = tmp_path_factory.mktemp("explorer") / "graph.html"
    path.write_text(page, encoding="utf-8")
    return path, json.loads(DATA_BLOCK.search(page).group(1))


def _offline(requests: list[str], path: Path) -> list[str]:
    return [u for u in requests if u.split("#")[0] != path.as_uri() and not u.startswith(("data:", "blob:"))]


def _shown(page) -> int:
    return page.evaluate("() => window.kgNetwork.body.data.nodes.get({ filter: n => !n.hidden }).length")


def test_issue_16_clicking_a_funds_edge_opens_its_quote(browser, seeds_page):
    path, data = seeds_page
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    edge = next(e for e in data["edges"] if e["relation"] == "funds" and labels[e["to"]] == "重点实验室")
    assert "mentions" in edge["relations"]  # the mention is the same edge, not one lying over it
    with _opened(browser, path) as (page, errors):
        # Zoom onto the edge, then find a point on it that vis resolves to this edge and no node.
        point = page.evaluate("""id => {
            const n = window.kgNetwork, e = n.body.data.edges.get(id), p = n.getPositions([e.from, e.to]);
            n.moveTo({ position: { x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2 }, scale: 1.5 });
            const r = document.querySelector('#kg-network canvas').getBoundingClientRect();
            for (let t = 0.2; t <= 0.8; t += 0.05) {
                const c = { x: p[e.from].x + t * (p[e.to].x - p[e.from].x), y: p[e.from].y + t * (p[e.to].y - p[e.from].y) };
                const d = n.canvasToDOM(c);
                if (n.getNodeAt(d) === undefined && n.getEdgeAt(d) === id) return [r.left + d.x, r.top + d.y];
            }
            return null; }""", edge["id"])
        assert point, "no clickable point on the funds edge"
        page.mouse.click(*point)
        poll(page, "() => !document.getElementById('kg-panel').hidden", 5, errors)
        text = page.evaluate("() => document.getElementById('kg-panel-body').innerText")
        assert any(line.startswith("funds: ") and line in text for line in edge["info"]["lines"])
        marks = page.evaluate("() => [...document.querySelectorAll('#kg-panel mark')].map(m => m.textContent)")
        funds_quotes = [f[2] for f in edge["info"]["facts"] if f[0] == "funds"]
        assert marks and " ".join(funds_quotes[0].split()) in marks
        assert page.evaluate("() => location.hash") == f"#edge={edge['id']}"
        assert errors == []


def test_issue_16_a_shared_entity_has_one_quote_per_document(browser, seeds_page):
    path, data = seeds_page
    target = next(n for n in data["nodes"] if n["label"] == "高新技术企业")
    docs = {e["from"] for e in data["edges"] if e["to"] == target["id"]}
    assert len(docs) >= 3
    with _opened(browser, path) as (page, errors):
        page.fill("#kg-search", "高新技术企业")
        page.press("#kg-search", "Enter")
        poll(page, "() => !document.getElementById('kg-panel').hidden", 5, errors)
        cites = page.evaluate("() => [...document.querySelectorAll('#kg-panel cite')].map(c => c.textContent)")
        marks = page.evaluate("() => [...document.querySelectorAll('#kg-panel mark')].map(m => m.textContent)")
        titles = {n["id"]: n["label"] for n in data["nodes"]}
        assert sorted(c.split(" · ")[0] for c in cites) == sorted(titles[d] for d in docs)
        assert len(set(cites)) == len(cites) == len(docs)
        assert len(marks) == len(docs) and all("高新技术企业" in m for m in marks)
        # Its neighbours are highlighted, everything else dimmed.
        opacity = page.evaluate("() => Object.fromEntries(window.kgNetwork.body.data.nodes.get().map(n => [n.id, n.opacity ?? 1]))")
        assert {i for i, o in opacity.items() if o == 1} == docs | {target["id"]}
        assert all(o < 1 for i, o in opacity.items() if i not in docs | {target["id"]})
        page.click("#kg-close")
        assert page.evaluate("() => window.kgNetwork.body.data.nodes.get({ filter: n => (n.opacity ?? 1) !== 1 }).length") == 0
        assert errors == []


def test_issue_16_type_and_document_filters_change_the_drawn_nodes(browser, seeds_page):
    path, data = seeds_page
    total = len(data["nodes"])
    industries = sum(n["kind"] == "Industry" for n in data["nodes"])
    with _opened(browser, path) as (page, errors):
        assert _shown(page) == total
        page.uncheck('#kg-legend input.kg-type[value="Industry"]')
        assert _shown(page) == total - industries
        assert page.evaluate("() => document.getElementById('kg-status').textContent") == f"{total - industries} / {total} nodes shown"
        page.check('#kg-legend input.kg-type[value="Industry"]')
        assert _shown(page) == total
        # Untick every document but one: what is left is that document and what it names.
        page.click("#kg-docs summary")
        boxes = page.locator("#kg-doc-list input.kg-doc")
        assert boxes.count() == sum(n["kind"] == "Document" for n in data["nodes"]) == 5
        keep = boxes.nth(0).get_attribute("value")
        for i in range(1, 5):
            boxes.nth(i).uncheck()
        named = {e["to"] for e in data["edges"] if e["from"] == keep}
        assert _shown(page) == len(named | {keep}) < total
        shown_ids = set(page.evaluate("() => window.kgNetwork.body.data.nodes.getIds({ filter: n => !n.hidden })"))
        assert shown_ids == named | {keep}
        assert errors == []


def test_issue_16_a_node_link_opens_the_node_and_its_facts_download(browser, seeds_page, tmp_path):
    path, data = seeds_page
    doc = next(n for n in data["nodes"] if n["kind"] == "Document"
               and any(e["from"] == n["id"] and e["relation"] == "funds" for e in data["edges"]))
    with watched_page(browser, accept_downloads=True) as watched:
        page, errors = watched.page, watched.errors
        page.goto(path.as_uri() + f"#node={doc['id']}")
        poll(page, "() => window.kgStable === true", errors=errors)
        poll(page, "() => !document.getElementById('kg-panel').hidden", 5, errors)
        assert page.evaluate("() => document.querySelector('#kg-panel h2').textContent") == doc["label"]
        assert page.evaluate("() => window.kgNetwork.getSelectedNodes()") == [doc["id"]]
        # Its funding and targets as tables.
        captions = page.evaluate("() => [...document.querySelectorAll('#kg-panel caption')].map(c => c.textContent)")
        assert any(c.startswith("资金 / funding") for c in captions)
        funds = [f for e in data["edges"] if e["from"] == doc["id"] for f in e["info"]["facts"] if f[0] == "funds"]
        rows = page.evaluate("() => document.querySelectorAll('#kg-panel table')[0].querySelectorAll('tr').length")
        assert rows == len(funds) + 1
        # …and every fact as CSV, made in the page.
        with page.expect_download() as download:
            page.click("#kg-panel button.kg-csv")
        saved = tmp_path / "facts.csv"
        download.value.save_as(saved)
        csv_rows = list(csv.reader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
        assert csv_rows[0] == ["document", "file", "relation", "node", "type", "detail", "quote", "start", "end"]
        assert sum(r[2] == "funds" for r in csv_rows[1:]) == len(funds)
        assert {r[0] for r in csv_rows[1:]} == {doc["label"]}
        # Clicking elsewhere clears the selection and the link.
        page.evaluate("() => window.kgNetwork.moveTo({ position: { x: 1e5, y: 1e5 } })")
        page.mouse.click(600, 400)
        poll(page, "() => document.getElementById('kg-panel').hidden", 5, errors)
        assert page.evaluate("() => location.hash") == ""
        # A label works as well as an id.
        page.goto(path.as_uri() + "#node=" + quote("高新技术企业"))
        poll(page, "() => window.kgNetwork.getSelectedNodes().length === 1", 5, errors)
        assert page.evaluate("() => document.querySelector('#kg-panel h2').textContent") == "EnterpriseType · 高新技术企业"
        assert _offline(watched.requests, path) == []
        assert errors == []


def test_issue_16_links_and_lists_stay_injection_proof(browser, page_file):
    path, data = page_file
    target = next(n for n in data["nodes"] if n["label"] == PAYLOADS[1] and n["kind"] != "Document")
    with watched_page(browser) as watched:
        page, errors = watched.page, watched.errors
        page.goto(path.as_uri() + "#node=" + target["id"])
        poll(page, "() => window.kgStable === true", errors=errors)
        poll(page, "() => !document.getElementById('kg-panel').hidden", 5, errors)
        assert page.evaluate("() => window.kgNetwork.getSelectedNodes()") == [target["id"]]
        # Document titles in the filter list are text; so are the facts table's cells.
        titles = page.evaluate("() => [...document.querySelectorAll('#kg-doc-list label')].map(l => l.textContent)")
        assert TITLE not in titles and any("<img" in t for t in titles)
        cells = page.evaluate("() => [...document.querySelectorAll('#kg-panel td')].map(c => c.textContent)")
        assert PAYLOADS[1] in cells and page.evaluate("() => document.querySelectorAll('#kg-panel td *, #kg-doc-list img').length") == 0
        for hash_ in ("#node=" + quote(PAYLOADS[1]), "#node=" + quote(XSS[1]), "#node=%3Cimg%20src%3Dx%20onerror%3D%22window.__xss%3D9%22%3E", "#node=%E0%A4%A", "#edge=__proto__", "#node=constructor"):
            page.evaluate("h => { location.hash = h; }", hash_)
            time.sleep(0.1)
        assert page.evaluate("() => window.__xss") is None
        assert page.evaluate("() => document.querySelectorAll('img, svg, iframe, a').length") == 0
        assert _offline(watched.requests, path) == []
        assert errors == []
