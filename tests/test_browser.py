"""The overview page in a real headless Chromium: renders, fetches nothing, runs no payload.

Needs `pip install playwright` (the Python package only; it drives Debian's /usr/bin/chromium, so
`playwright install` is never run). Skipped when either is missing, except under CI=… where a
missing browser must not turn into a green run.
"""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path

import pytest

from kg.model import Entity
from kg.pages.html import overview_page

from conftest import poll, watched_page
from synthetic import corpus
from test_viz import DATA_BLOCK, sample

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
        assert set(tags) <= {"BLOCKQUOTE", "CITE", "DIV", "H2", "LI", "MARK", "UL"}
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
