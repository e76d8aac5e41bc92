"""Step 6b: facts → one self-contained pyvis HTML page (offline, escaped, seeded).

The page is vis-network 9 (the copy bundled inside pyvis) inlined into our own template,
`kg/templates/page.html`. We do not use pyvis's `Network.generate_html`: its template writes the
heading raw, switches to an `innerHTML` tooltip when any title contains "href", and fetches
Bootstrap from a CDN even in "in_line" mode (shared/RELIABILITY.md §1.1). So all text reaches
the page through exactly two doors: `html.escape` for the heading and `_script_json` for the
graph data, and vis-network shows string titles as text (`innerText`), never as HTML.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.resources
import importlib.util
import json
import re
import string
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kg.model import ENTITY_TYPES, Document, Entity, Evidence, Fact, Funding, Support, Target

DOCUMENT = "Document"
OTHER = "Other"  # target subjects, funding recipients and supported objects that no extractor typed

# Fixed colours, so a type looks the same on every page (Tableau 10, which stays distinct in print).
NODE_COLOURS = {
    DOCUMENT: "#1f3b73",
    "Region": "#4e79a7",
    "Agency": "#e15759",
    "Organization": "#76b7b2",
    "PlatformType": "#f28e2b",
    "Platform": "#edc948",
    "EnterpriseType": "#59a14f",
    "Programme": "#b07aa1",
    "Industry": "#ff9da7",
    OTHER: "#9c9c9c",
}

# relation → (colour, curve). Different curves keep two relations between the same pair of nodes
# from being drawn on top of each other.
RELATIONS = {
    "mentions": ("#c8c8c8", {"enabled": False}),
    "targets": ("#d1495b", {"type": "curvedCW", "roundness": 0.15}),
    "funds": ("#2a9d8f", {"type": "curvedCW", "roundness": 0.3}),
    "supports": ("#8e5ea2", {"type": "curvedCW", "roundness": 0.45}),
}

SEED = 20240501  # layout.randomSeed: the same input gives the same picture, not just the same bytes
MAX_QUOTES = 3
MAX_QUOTE_CHARS = 80
MAX_DOCS_LISTED = 8
# Our template writes executable scripts as a bare <script>; the data block has a type.
EXECUTABLE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'

OPTIONS = {
    "layout": {"randomSeed": SEED, "improvedLayout": True},
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.4},
        # Bounded, so a big graph still settles; the template then turns physics off for good
        # (pyvis #88: a graph that never stops moving cannot be read).
        "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 25, "fit": True},
    },
    "interaction": {"hover": True, "tooltipDelay": 150},
    "nodes": {"font": {"face": FONT}},
    "edges": {"font": {"face": FONT, "size": 11, "align": "horizontal", "strokeWidth": 3}},
}


def overview_page(docs: Sequence[Document], facts: Sequence[Fact], title: str = "policy-kg") -> str:
    """One HTML page showing documents, the entities they name and what they target, fund, support.

    Args:
        docs: the documents; each becomes a box node labelled with its title (or id).
        facts: Entity, Target, Funding and Support records; other kinds are ignored.
        title: the page heading, shown as text.

    Returns:
        The page as a string. Same input, same string: nodes and edges are sorted, ids are
        hashes of content, and the layout seed is fixed. Nothing is written or fetched.
    """
    graph = _Graph(docs)
    for fact in facts:
        graph.add(fact)
    nodes, edges = graph.nodes(), graph.edges()
    data = {"nodes": nodes, "edges": edges, "options": OPTIONS}
    used_types = {node["kind"] for node in nodes}
    used_relations = {edge["relation"] for edge in edges}
    vis_js, vis_css = _vis_assets()
    slots = {
        "heading": html.escape(title),
        "vis_css": vis_css,
        "vis_js": vis_js,
        "data": _script_json(data),
        "legend": _legend(used_types, used_relations),
        "counts": html.escape(f"{len(nodes)} nodes · {len(edges)} edges"),
    }
    template = _template()
    # The CSP sits in <head>, outside every script, so the scripts it hashes are the same in a
    # first rendering without it.
    return template.substitute(slots, csp=_csp(template.substitute(slots, csp="")))


# --- the graph as sorted node and edge dicts -------------------------------------------------


@dataclass
class _Node:
    kind: str  # DOCUMENT, an entity type or OTHER
    name: str
    docs: set[str] = field(default_factory=set)
    evidence: set[Evidence] = field(default_factory=set)


@dataclass
class _Edge:
    labels: set[str] = field(default_factory=set)
    evidence: set[Evidence] = field(default_factory=set)
    count: int = 0


class _Graph:
    """Collects facts into nodes keyed (kind, name) and edges keyed (relation, doc, node)."""

    def __init__(self, docs: Sequence[Document]) -> None:
        self.titles = {doc.id: doc.meta.title or doc.id for doc in docs}
        self.meta = {doc.id: doc.meta for doc in docs}
        self.entities: dict[tuple[str, str], _Node] = {}
        self.edge_map: dict[tuple[str, str, tuple[str, str]], _Edge] = defaultdict(_Edge)
        self.pending: list[Target | Funding | Support] = []

    def add(self, fact: Fact) -> None:
        if isinstance(fact, Entity):
            self._link("mentions", fact.doc, (fact.type, fact.name), "", fact.evidence)
        elif isinstance(fact, (Target, Funding, Support)):
            # Resolved after all entities are in, so a target may reuse an entity seen later.
            self.pending.append(fact)

    def _resolve(self) -> None:
        by_name: dict[str, tuple[str, str]] = {}
        # Several types may share a name; ENTITY_TYPES order decides, not the order of facts.
        rank = {kind: i for i, kind in enumerate(ENTITY_TYPES)}
        for kind, name in sorted(self.entities, key=lambda k: (rank.get(k[0], len(rank)), k)):
            by_name.setdefault(name, (kind, name))
        for fact in self.pending:
            if isinstance(fact, Target):
                relation, name, label, kind = "targets", fact.subject, _target_label(fact), OTHER
            elif isinstance(fact, Funding):
                relation, name, label, kind = "funds", fact.recipient, _funding_label(fact), OTHER
            else:
                relation, name, label = "supports", fact.object, fact.verb
                kind = fact.object_type if fact.object_type in ENTITY_TYPES else OTHER
            key = (kind, name) if (kind, name) in self.entities else by_name.get(name, (kind, name))
            self._link(relation, fact.doc, key, label, fact.evidence)
        self.pending = []

    def _link(self, relation: str, doc: str, key: tuple[str, str], label: str, ev: Evidence) -> None:
        node = self.entities.setdefault(key, _Node(*key))
        node.docs.add(doc)
        node.evidence.add(ev)
        edge = self.edge_map[(relation, doc, key)]
        edge.count += 1
        edge.evidence.add(ev)
        if label:
            edge.labels.add(label)

    def nodes(self) -> list[dict]:
        self._resolve()
        doc_ids = set(self.titles) | {doc for node in self.entities.values() for doc in node.docs}
        out = [self._document_node(doc) for doc in doc_ids]
        out += [self._entity_node(node) for node in self.entities.values()]
        # Documents first: vis places nodes in the order given, and hubs first lay out better.
        return sorted(out, key=lambda n: (n["kind"] != DOCUMENT, n["id"]))

    def edges(self) -> list[dict]:
        self._resolve()
        out = []
        for (relation, doc, key), edge in self.edge_map.items():
            colour, smooth = RELATIONS[relation]
            labels = sorted(edge.labels)
            text = [f"{self.titles.get(doc, doc)} {relation} {key[1]}"]
            text += [f"{relation}: {label}" for label in labels] if labels else [f"×{edge.count}"]
            text += _quotes(edge.evidence, self.titles)
            out.append({
                "from": _node_id(DOCUMENT, doc),
                "to": _node_id(*key),
                "relation": relation,
                "label": _shorten(" · ".join(labels), 40) if labels else None,
                "title": "\n".join(text),
                "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.9},
                "width": min(1 + edge.count, 6) if relation == "mentions" else 2,
                "arrows": "to",
                "smooth": smooth,
            })
        out = [{k: v for k, v in e.items() if v is not None} for e in out]
        out.sort(key=lambda e: (e["from"], e["to"], e["relation"]))
        for i, edge in enumerate(out):
            edge["id"] = f"e{i}"  # without ids vis mints random uuids
        return out

    def _document_node(self, doc: str) -> dict:
        meta = self.meta.get(doc)
        label = self.titles.get(doc, doc)
        lines = [f"{DOCUMENT} · {label}", f"id: {doc}"]
        if meta is not None:
            for name, value in (("文号", meta.number), ("issuer", meta.issuer), ("issued", meta.issued)):
                if value:
                    lines.append(f"{name}: {value}")
        colour = NODE_COLOURS[DOCUMENT]
        return {
            "id": _node_id(DOCUMENT, doc),
            "kind": DOCUMENT,
            "label": label,
            "title": "\n".join(lines),
            "shape": "box",
            "color": {"background": colour, "border": colour,
                      "highlight": {"background": "#2e5aa8", "border": "#000000"},
                      "hover": {"background": "#2e5aa8", "border": "#000000"}},
            "font": {"color": "#ffffff", "size": 15},
            "margin": 10,
            "widthConstraint": {"maximum": 220},
            "borderWidth": 2,
            "mass": 3,  # hubs push their entities out, so the mention fans do not overlap
        }

    def _entity_node(self, node: _Node) -> dict:
        colour = NODE_COLOURS.get(node.kind, NODE_COLOURS[OTHER])
        shared = len(node.docs) >= 2
        docs = sorted(node.docs)
        lines = [f"{node.kind} · {node.name}", f"documents ({len(docs)}):"]
        lines += [f"  {self.titles.get(d, d)}" for d in docs[:MAX_DOCS_LISTED]]
        if len(docs) > MAX_DOCS_LISTED:
            lines.append(f"  … and {len(docs) - MAX_DOCS_LISTED} more")
        quotes = _quotes(node.evidence, self.titles)
        if quotes:
            lines += ["evidence:", *quotes]
        # Shared entities are the point of an overview: big, dark-rimmed, labelled in full size.
        # Single-document ones stay small and grey-labelled so they do not drown the shared ones.
        return {
            "id": _node_id(node.kind, node.name),
            "kind": node.kind,
            "label": node.name,
            "title": "\n".join(lines),
            "shape": "dot",
            "size": 22 if shared else 9,
            "borderWidth": 4 if shared else 1,
            "color": {"background": colour, "border": "#222222" if shared else colour,
                      "highlight": {"background": colour, "border": "#000000"},
                      "hover": {"background": colour, "border": "#000000"}},
            "font": {"size": 17, "color": "#111111", "strokeWidth": 4, "strokeColor": "#ffffff"}
            if shared else {"size": 11, "color": "#777777"},
            "shared": shared,
        }


def _node_id(kind: str, name: str) -> str:
    """Opaque and stable: text never becomes an id, so it can never land in markup as one."""
    return "n" + hashlib.sha1(f"{kind}\x1f{name}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _quotes(evidence: Iterable[Evidence], titles: dict[str, str]) -> list[str]:
    seen: list[str] = []
    for ev in sorted(evidence, key=lambda e: (e.doc, e.start, e.end, e.quote)):
        quote = " ".join(ev.quote.split())
        if quote and quote not in seen:
            seen.append(quote)
        if len(seen) == MAX_QUOTES:
            break
    return [f"  “{_shorten(q, MAX_QUOTE_CHARS)}”" for q in seen]


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- edge labels ------------------------------------------------------------------------------


def _number(value: Decimal) -> str:
    """1800 not 1.8E+3, 1.5 not 1.50."""
    return format(value.normalize(), "f")


def _target_label(t: Target) -> str:
    value = _number(t.value) + (f"–{_number(t.value_max)}" if t.value_max is not None else "")
    label = f"{'每年' if t.per_year else ''}{value}{t.unit}"
    return f"{label} ({t.year})" if t.year else label


def _yuan(amount: Decimal) -> str:
    """Yuan as a policy text writes it: 10000000 → 1000万元, 150000000 → 1.5亿元."""
    if amount >= 100_000_000:
        return _number(amount / 100_000_000) + "亿元"
    if amount >= 10_000:
        return _number(amount / 10_000) + "万元"
    return _number(amount) + "元"


def _funding_label(f: Funding) -> str:
    parts = [f.level or ""]
    if f.amount_yuan is not None:
        parts.append(("最高" if f.cap else "") + _yuan(f.amount_yuan))
    if f.ratio is not None:
        parts.append(("最高" if f.cap and f.amount_yuan is None else "") + _number(f.ratio * 100) + "%")
    if f.amount_yuan is None and f.ratio is None:
        parts.append(f.instrument or "")
    return " ".join(p for p in parts if p) or "funds"


# --- page assembly ----------------------------------------------------------------------------


def _script_json(value: object) -> str:
    """JSON that cannot end its <script> element or be read as markup.

    `<` `>` `&` become \\u escapes (so `</script>` and `<!--` cannot occur), and U+2028/U+2029
    too, which older JS parsers treat as line ends. JSON.parse turns them back into the text.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _csp(page: str) -> str:
    """Allow exactly the page's own inline scripts, by hash, and no network at all.

    Defence in depth: even if some text ever reached the markup raw, an injected <script> or
    onerror= handler would not run, and nothing can be fetched from anywhere.
    """
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in EXECUTABLE_SCRIPT.findall(page)
    ]
    return (f"default-src 'none'; script-src {' '.join(hashes)}; style-src 'unsafe-inline'; "
            "img-src data:; base-uri 'none'; form-action 'none'")


def _legend(types: set[str], relations: set[str]) -> str:
    rows = []
    for kind, colour in NODE_COLOURS.items():
        if kind in types:
            shape = "kg-box" if kind == DOCUMENT else "kg-dot"
            rows.append(f'<li><span class="{shape}" style="background:{colour}"></span>'
                        f"{html.escape(kind)}</li>")
    for relation, (colour, _) in RELATIONS.items():
        if relation in relations:
            rows.append(f'<li><span class="kg-line" style="background:{colour}"></span>'
                        f"{html.escape(relation)}</li>")
    rows.append('<li><span class="kg-dot kg-shared"></span>named by 2+ documents</li>')
    return "\n".join(rows)


def _template() -> string.Template:
    # string.Template, not Jinja: the page has six slots and every value is escaped before it
    # gets here, so there is no autoescape setting to get wrong. ${…} in the template only.
    text = (importlib.resources.files("kg") / "templates/page.html").read_text(encoding="utf-8")
    return string.Template(text)


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
