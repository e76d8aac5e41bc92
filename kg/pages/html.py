"""Step 6c: a view → one HTML page (offline, escaped, laid out before it is written).

The page is our own template, `kg/templates/page.html`, with vis-network 9 (the copy bundled
inside pyvis) either inlined (a notebook's iframe, `kg viz`, pyvis's write_html: one file that
works alone) or loaded from the shared `assets/` copy `kg build` writes once beside its pages. We do not use pyvis's `Network.generate_html`: its template writes the
heading raw, switches to an `innerHTML` tooltip when any title contains "href", and fetches
Bootstrap from a CDN even in "in_line" mode (shared/RELIABILITY.md §1.1). So all text reaches
the page through exactly two doors: `html.escape` for the heading and `kg.pages.safe_html.script_json` for the
graph data, and the page's script shows every string with vis-network (canvas, `innerText`
tooltips) or `textContent`, never as HTML.
"""

from __future__ import annotations

import functools
import html
import importlib.resources
import importlib.util
import string
from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import quote

from kg.pages import layout
from kg.model import Document, Fact
from kg.pages.safe_html import script_hashes, script_json
from kg.pages.views import DOCUMENT, GROUP, GROUP_COLOUR, NODE_COLOURS, NODE_SHAPES, RELATIONS, View, overview

FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'

OPTIONS = {
    # Positions come from kg.pages.layout: the picture is there at once and never moves by itself.
    "physics": {"enabled": False},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
    "nodes": {"font": {"face": FONT}},
    # One edge per document and node (kg.pages.views), so straight lines: nothing to keep apart.
    "edges": {"font": {"face": FONT, "size": 11, "align": "horizontal", "strokeWidth": 3}, "smooth": {"enabled": False}},
}


def overview_page(docs: Sequence[Document], facts: Sequence[Fact], title: str = "policy-kg") -> str:
    """The overview of all documents as one page; see `kg.pages.views.overview` and `page`."""
    return page(overview(docs, facts, title))


def page(view: View, assets: str | None = None, index: dict | None = None) -> str:
    """One HTML page showing the view, with a legend, a search box and an evidence panel.

    Same view, same string: nodes and edges come sorted and the positions (kg.pages.layout) are a
    function of the view alone. Nothing is written or fetched.

    `assets` None inlines vis-network (a notebook's iframe, `kg viz`, pyvis's write_html: one file
    that works alone); else it is the relative folder holding `ASSETS` (e.g. "assets/" or
    "../assets/"), which `kg build` writes once beside its pages. `index` is the search index of a
    bounded overview (kg.pages.overview): every entity and document, drawn or not.
    """
    # A bounded overview's hubs are its groups of documents.
    hub = GROUP if any(node["kind"] == GROUP for node in view.nodes) else DOCUMENT
    at = layout.positions(view.nodes, view.edges, hub_kind=hub)
    nodes = [{**node, "x": at[node["id"]][0], "y": at[node["id"]][1]} for node in view.nodes]
    data = {"nodes": nodes, "edges": view.edges, "options": OPTIONS}
    used_types = {node["kind"] for node in view.nodes}
    used_relations = {edge["relation"] for edge in view.edges}
    if assets is None:
        vis_js, vis_css = _vis_assets()
        vis_style, vis_script = f"<style>\n{vis_css}\n</style>", f"<script>\n{vis_js}\n</script>"
    else:
        folder = html.escape(quote(assets), quote=True)
        vis_style = f'<link rel="stylesheet" href="{folder}{VIS_CSS}">'
        vis_script = f'<script src="{folder}{VIS_JS}"></script>'
    slots = {
        "heading": html.escape(view.title),
        "vis_style": vis_style,
        "vis_script": vis_script,
        "data": script_json(data),
        "index": "" if index is None else f'\n<script type="application/json" id="kg-index">{script_json(index)}</script>',
        "legend": _legend(used_types, used_relations),
        "counts": html.escape(f"{len(view.nodes)} nodes · {len(view.edges)} edges"),
    }
    return _fill("page.html", slots, external=assets is not None)


VIS_JS, VIS_CSS = "vis-network.min.js", "vis-network.css"


def assets() -> dict[str, bytes]:
    """The shared files pages made with `page(view, assets=…)` load: {file name: bytes}."""
    vis_js, vis_css = _vis_assets()
    return {VIS_JS: vis_js.encode("utf-8"), VIS_CSS: vis_css.encode("utf-8")}


INDEX_SECTIONS = (("graph.html", "总览 / overview"), ("views/document-", "文件 / documents"),
                  ("views/type-", "实体类型 / entity types"), ("views/", "其他视图 / other views"))


# What else a build folder holds, for the index. Fixed links: `kg analyze` writes the report later,
# and /query exists only when `kg serve` serves the folder (its root is this index).
INDEX_FILES = (
    ("/query", "SPARQL 查询 / query page", "when kg serve serves this folder"),
    ("report.md", "分析报告 / report", "written by kg analyze"),
    ("policy.ttl", "图 / the graph", "Turtle"),
    ("ontology.ttl", "本体 / the ontology", "Turtle"),
)


def index_page(pages: Mapping[str, View], title: str = "policy-kg") -> str:
    """exports/index.html: a link to every page `kg build` wrote, by section, with its size, then to
    the query page, the report, the graph and the ontology."""
    sections: dict[str, list[str]] = {heading: [] for _, heading in INDEX_SECTIONS}
    for path, view in sorted(pages.items()):
        heading = next(heading for prefix, heading in INDEX_SECTIONS if path.startswith(prefix))
        counts = f"{len(view.nodes)} nodes · {len(view.edges)} edges"
        sections[heading].append(f'<li><a href="{html.escape(quote(path))}">{html.escape(view.subject or view.title)}</a> '
                                 f'<span class="kg-counts">{html.escape(counts)}</span></li>')
    sections["数据与查询 / data and queries"] = [
        f'<li><a href="{html.escape(href)}">{html.escape(text)}</a> <span class="kg-counts">{html.escape(f"{href} · {note}")}</span></li>'
        for href, text, note in INDEX_FILES]
    body = "\n".join(f"<h2>{html.escape(heading)}</h2>\n<ul>\n" + "\n".join(rows) + "\n</ul>" for heading, rows in sections.items() if rows)
    return _fill("index.html", {"heading": html.escape(title), "pages": body})


# --- page assembly ----------------------------------------------------------------------------


def _csp(page: str, external: bool = False) -> str:
    """Allow exactly the page's own inline scripts, by hash, and no network at all.

    Defence in depth: even if some text ever reached the markup raw, an injected <script> or
    onerror= handler would not run, and nothing can be fetched from anywhere. A page of `kg build`
    also loads the shared vis-network files from its own origin ('self': the server that serves
    the folder, or file:// where Chromium counts the folder's files as the page's own).
    """
    own = "'self' " if external else ""
    return (f"default-src 'none'; script-src {own}{script_hashes(page)}; style-src {own}'unsafe-inline'; "
            "img-src data:; base-uri 'none'; form-action 'none'")


def _legend(types: set[str], relations: set[str]) -> str:
    rows = []
    if GROUP in types:
        rows.append(f'<li><label><input type="checkbox" class="kg-type" value="{GROUP}" checked>'
                    f'<span class="kg-shape kg-box" style="background:{GROUP_COLOUR}"></span>'
                    "文件组 / documents grouped by jurisdiction or community</label></li>")
    for kind, colour in NODE_COLOURS.items():
        if kind in types:
            # Each type is a filter: untick it and its nodes are hidden.
            rows.append(f'<li><label><input type="checkbox" class="kg-type" value="{html.escape(kind)}" checked>'
                        f'<span class="kg-shape kg-{NODE_SHAPES[kind]}" style="background:{colour}"></span>'
                        f"{html.escape(kind)}</label></li>")
    for relation, colour in RELATIONS.items():
        if relation in relations:
            rows.append(f'<li><span class="kg-line" style="background:{colour}"></span>'
                        f"{html.escape(relation)}</li>")
    rows.append('<li><span class="kg-shape kg-dot kg-shared"></span>named by 2+ documents</li>')
    return "\n".join(rows)


def _fill(name: str, slots: Mapping[str, str], external: bool = False) -> str:
    # string.Template, not Jinja: a page has a handful of slots and every value is escaped before
    # it gets here, so there is no autoescape setting to get wrong. ${…} in the templates only.
    template = string.Template((importlib.resources.files("kg.pages") / "templates" / name).read_text(encoding="utf-8"))
    # The CSP sits in <head>, outside every script, so the scripts it hashes are the same in a
    # first rendering without it.
    return template.substitute(slots, csp=_csp(template.substitute(slots, csp=""), external))


@functools.cache  # kg build writes a page per document and type: read the 700 KB once
def _vis_assets() -> tuple[str, str]:
    """vis-network 9.1.2 JS and CSS as shipped inside the installed pyvis package.

    Located with find_spec rather than `import pyvis`, which would import IPython and networkx
    (half a second) just to find two files.
    """
    spec = importlib.util.find_spec("pyvis")
    if spec is None or spec.origin is None:
        raise RuntimeError("pyvis is not installed; policy-kg needs its bundled vis-network files")
    lib = Path(spec.origin).parent / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # Inlined code must not be able to close its own element; true for 9.1.2, checked so an
    # upgraded pyvis cannot silently break the page.
    if "</script" in js.lower() or "<!--" in js or "</style" in css.lower():
        raise RuntimeError(f"{lib}: vis-network files cannot be inlined safely")
    # The map file is not shipped; a dangling reference would only make DevTools fetch a 404.
    return js.replace("//# sourceMappingURL=vis-network.min.js.map", ""), css
