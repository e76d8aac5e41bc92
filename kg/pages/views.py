"""Step 6b: facts → the nodes and edges of each view: overview, per document, per type, ego.

A view is plain data (lists of vis-network node and edge dicts), so the views are pure functions
of the facts and `kg.pages.html` only has to put one on a page. The overview holds everything; the other
views are cut out of it, so a node looks the same (size, colour, "shared" rim) on every page.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from kg.errors import KgError
from kg.model import ENTITY_TYPES, Document, Entity, Evidence, Fact, Funding, Provisions, Support, Target

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
# Shape as well as colour, so the types stay apart for colour-blind readers and in greyscale print.
NODE_SHAPES = {
    DOCUMENT: "box",
    "Region": "dot",
    "Agency": "triangle",
    "Organization": "triangleDown",
    "PlatformType": "diamond",
    "Platform": "star",
    "EnterpriseType": "square",
    "Programme": "hexagon",
    "Industry": "dot",
    OTHER: "dot",
}

# relation → (colour, curve). Different curves keep two relations between the same pair of nodes
# from being drawn on top of each other.
RELATIONS = {
    "mentions": ("#c8c8c8", {"enabled": False}),
    "targets": ("#d1495b", {"type": "curvedCW", "roundness": 0.15}),
    "funds": ("#2a9d8f", {"type": "curvedCW", "roundness": 0.3}),
    "supports": ("#8e5ea2", {"type": "curvedCW", "roundness": 0.45}),
}

MAX_TOOLTIP_QUOTES = 1  # a taste on hover; a click opens the panel with the sentences
MAX_PANEL_QUOTES = 6
MAX_QUOTE_CHARS = 40
CONTEXT_CHARS = 40  # of the sentence on each side of a quote, in the side panel
MAX_DOCS_LISTED = 8


@dataclass(frozen=True)
class View:
    """What one page shows. `nodes` and `edges` are sorted, so the same facts give the same page."""

    title: str
    nodes: tuple[dict, ...]
    edges: tuple[dict, ...]
    subject: str = ""  # what a cut-out view is about (a document title, a type, a focus), for the index


def overview(docs: Sequence[Document], facts: Iterable[Fact], title: str = "policy-kg") -> View:
    """Documents as hubs, the entities they name and what they target, fund and support.

    Entities named by two or more documents are drawn large and rimmed; the rest small and grey.
    """
    graph = _Graph(docs)
    for fact in facts:
        graph.add(fact)
    return View(title, tuple(graph.nodes()), tuple(graph.edges()))


def document_view(full: View, doc_id: str) -> View:
    """One document and everything it names, targets, funds and supports."""
    hub = node_id(DOCUMENT, doc_id)
    hubs = [n for n in full.nodes if n["id"] == hub]
    if not hubs:
        known = ", ".join(sorted(n["info"]["id"] for n in full.nodes if n["kind"] == DOCUMENT))
        raise KgError("--document", f"no document {doc_id!r}; the documents are {known}")
    keep = {hub} | {e["to"] for e in full.edges if e["from"] == hub}
    return _subview(full, keep, hubs[0]["label"])


def type_view(full: View, kind: str) -> View:
    """The entities of one type and the documents that name them."""
    if kind not in NODE_COLOURS or kind == DOCUMENT:
        raise KgError("--type", f"no entity type {kind!r}; the types are {', '.join(t for t in NODE_COLOURS if t != DOCUMENT)}")
    members = {n["id"] for n in full.nodes if n["kind"] == kind}
    keep = members | {e["from"] for e in full.edges if e["to"] in members}
    return _subview(full, keep, kind)


def ego_view(full: View, focus: str, depth: int = 2) -> View:
    """Everything within `depth` links of the nodes labelled `focus` (links followed both ways).

    Documents count as a step: depth 1 is the documents naming the focus, depth 2 adds what
    those documents name, so the view answers "what comes up together with X".
    """
    wanted = focus.strip()
    start = {n["id"] for n in full.nodes if n["label"] == wanted}
    if not start:
        labels = sorted({n["label"] for n in full.nodes})
        near = sorted((label for label in labels if wanted and wanted in label), key=len)[:5] or difflib.get_close_matches(wanted, labels, n=5, cutoff=0.3)
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        raise KgError("--focus", f"no node labelled {wanted!r}{hint}")
    neighbours: dict[str, set[str]] = defaultdict(set)
    for edge in full.edges:
        neighbours[edge["from"]].add(edge["to"])
        neighbours[edge["to"]].add(edge["from"])
    distance = dict.fromkeys(start, 0)
    queue = deque(sorted(start))
    while queue:
        current = queue.popleft()
        if distance[current] < depth:
            for other in sorted(neighbours[current] - distance.keys()):
                distance[other] = distance[current] + 1
                queue.append(other)
    view = _subview(full, set(distance), f"{wanted} (depth {depth})")
    # The focus is the page's subject: drawn larger, so it is found at a glance.
    focused = {"size": 36, "borderWidth": 6, "font": {"size": 34, "color": "#000000", "strokeWidth": 6, "strokeColor": "#ffffff"}}
    nodes = tuple({**n, **focused, "focus": True} if n["id"] in start else n for n in view.nodes)
    return View(view.title, nodes, view.edges, view.subject)


def standard_views(full: View) -> dict[str, View]:
    """The pages `kg build` writes next to graph.html: one per document and one per type shown."""
    views = {}
    for hub in (n for n in full.nodes if n["kind"] == DOCUMENT):
        doc_id = hub["info"]["id"]
        views[f"views/document-{slug(doc_id)}.html"] = document_view(full, doc_id)
    for kind in sorted({n["kind"] for n in full.nodes} - {DOCUMENT}):
        views[f"views/type-{kind}.html"] = type_view(full, kind)
    return views


def _subview(full: View, keep: set[str], subject: str) -> View:
    nodes = tuple(n for n in full.nodes if n["id"] in keep)
    edges = tuple(e for e in full.edges if e["from"] in keep and e["to"] in keep)
    return View(f"{subject} · {full.title}", nodes, edges, subject)


def slug(name: str) -> str:
    """A file name part: the name when it is letters, digits, _ . - only (CJK included), else a hash."""
    return name if re.fullmatch(r"\w[\w.-]{0,79}", name) else hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def node_id(kind: str, name: str) -> str:
    """Opaque and stable: text never becomes an id, so it can never land in markup as one."""
    return "n" + hashlib.sha1(f"{kind}\x1f{name}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


# --- the graph as sorted node and edge dicts -------------------------------------------------


@dataclass
class _Node:
    kind: str  # DOCUMENT, an entity type or OTHER
    name: str
    docs: set[str] = field(default_factory=set)
    evidence: set[Evidence] = field(default_factory=set)
    surfaces: set[str] = field(default_factory=set)  # how the documents write it: aliases, Traditional forms


@dataclass
class _Edge:
    labels: set[str] = field(default_factory=set)
    evidence: set[Evidence] = field(default_factory=set)
    count: int = 0


class _Graph:
    """Collects facts into nodes keyed (kind, name) and edges keyed (relation, doc, node)."""

    def __init__(self, docs: Sequence[Document]) -> None:
        self.titles = {doc.id: doc.meta.title or doc.id for doc in docs}
        self.docs = {doc.id: doc for doc in docs}
        self.provisions = {doc.id: Provisions.of(doc) for doc in docs}
        self.entities: dict[tuple[str, str], _Node] = {}
        self.edge_map: dict[tuple[str, str, tuple[str, str]], _Edge] = defaultdict(_Edge)
        self.pending: list[Target | Funding | Support] = []

    def add(self, fact: Fact) -> None:
        if isinstance(fact, Entity):
            self._link("mentions", fact.doc, (fact.type, fact.name), "", fact.evidence)
            self.entities[(fact.type, fact.name)].surfaces.add(fact.surface)
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
                relation, name, label, kind = "targets", fact.subject, target_label(fact), OTHER
            elif isinstance(fact, Funding):
                relation, name, label, kind = "funds", fact.recipient, funding_label(fact), OTHER
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
            heading = f"{self.titles.get(doc, doc)} {relation} {key[1]}"
            details = [f"{relation}: {label}" for label in labels] if labels else [f"×{edge.count}"]
            quotes = self._evidence(edge.evidence)
            out.append({
                "from": node_id(DOCUMENT, doc),
                "to": node_id(*key),
                "relation": relation,
                "label": _shorten(" · ".join(labels), 40) if labels else None,
                "title": "\n".join([heading, *details, *_tooltip_quotes(quotes)]),
                "info": {"heading": heading, "kind": relation, "lines": details, "evidence": quotes},
                "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.9},
                "width": min(1 + edge.count, 6) if relation == "mentions" else 2,
                "arrows": "to",
                "smooth": smooth,
            })
        shared = {node_id(*key) for key, node in self.entities.items() if len(node.docs) >= 2}
        for edge in out:
            # Short springs to single-document entities keep their fans tight, so the page's room
            # (and its zoom when fitted) goes to what the documents share.
            edge["length"] = 150 if edge["to"] in shared else 45
        out = [{k: v for k, v in e.items() if v is not None} for e in out]
        out.sort(key=lambda e: (e["from"], e["to"], e["relation"]))
        for i, edge in enumerate(out):
            edge["id"] = f"e{i}"  # without ids vis mints random uuids
        return out

    def _document_node(self, doc: str) -> dict:
        document = self.docs.get(doc)
        label = self.titles.get(doc, doc)
        lines = [f"id: {doc}"]
        if document is not None:
            meta = document.meta
            lines.append(f"file: {document.name}")
            for name, value in (("文号", meta.number), ("issuer", meta.issuer), ("issued", meta.issued), ("jurisdiction", meta.jurisdiction)):
                if value:
                    lines.append(f"{name}: {value}")
        colour = NODE_COLOURS[DOCUMENT]
        return {
            "id": node_id(DOCUMENT, doc),
            "kind": DOCUMENT,
            "label": label,
            "title": "\n".join([f"{DOCUMENT} · {label}", *lines]),
            "info": {"heading": label, "kind": DOCUMENT, "id": doc, "lines": lines, "evidence": []},
            "shape": NODE_SHAPES[DOCUMENT],
            "color": {"background": colour, "border": colour,
                      "highlight": {"background": "#2e5aa8", "border": "#000000"},
                      "hover": {"background": "#2e5aa8", "border": "#000000"}},
            "font": {"color": "#ffffff", "size": 20},
            "margin": 12,
            "widthConstraint": {"maximum": 300},
            "borderWidth": 2,
            "mass": 3,  # hubs push their entities out, so the mention fans do not overlap
        }

    def _entity_node(self, node: _Node) -> dict:
        colour = NODE_COLOURS.get(node.kind, NODE_COLOURS[OTHER])
        shared = len(node.docs) >= 2
        docs = sorted(node.docs)
        lines = [f"documents ({len(docs)}):"] + [f"  {self.titles.get(d, d)}" for d in docs[:MAX_DOCS_LISTED]]
        if written := sorted(node.surfaces - {node.name}):
            lines.insert(0, "also written: " + " · ".join(written))
        if len(docs) > MAX_DOCS_LISTED:
            lines.append(f"  … and {len(docs) - MAX_DOCS_LISTED} more")
        quotes = self._evidence(node.evidence)
        heading = f"{node.kind} · {node.name}"
        # Shared entities are the point of an overview: big, dark-rimmed, labelled in full size.
        # Single-document ones stay small and grey-labelled so they do not drown the shared ones.
        return {
            "id": node_id(node.kind, node.name),
            "kind": node.kind,
            "label": node.name,
            "title": "\n".join([heading, *lines, *(["evidence:"] if quotes else []), *_tooltip_quotes(quotes)]),
            "info": {"heading": heading, "kind": node.kind, "lines": lines, "evidence": quotes},
            "shape": NODE_SHAPES.get(node.kind, "dot"),
            "size": 22 if shared else 9,
            "borderWidth": 4 if shared else 1,
            "color": {"background": colour, "border": "#222222" if shared else colour,
                      "highlight": {"background": colour, "border": "#000000"},
                      "hover": {"background": colour, "border": "#000000"}},
            "font": {"size": 24, "color": "#111111", "strokeWidth": 5, "strokeColor": "#ffffff"}
            if shared else {"size": 12, "color": "#777777"},
            "shared": shared,
        }

    def _evidence(self, evidence: Iterable[Evidence]) -> list[dict]:
        """The quotes for the side panel: each in its sentence, with the file and offsets."""
        out: list[dict] = []
        seen: set[str] = set()
        for ev in sorted(evidence, key=lambda e: (e.doc, e.start, e.end, e.quote)):
            quote = " ".join(ev.quote.split())
            if not quote or quote in seen:
                continue
            seen.add(quote)
            provisions = self.provisions.get(ev.doc)
            sentence = provisions.containing(ev) if provisions else None
            document = self.docs.get(ev.doc)
            before = after = ""
            if sentence is not None and document is not None:
                before = _tail(document.original[sentence.start:ev.start], CONTEXT_CHARS)
                after = _head(document.original[ev.end:sentence.end], CONTEXT_CHARS)
            out.append({
                "doc": self.titles.get(ev.doc, ev.doc),
                "where": f"{document.name if document else ev.doc} [{ev.start}:{ev.end}]",
                "before": before, "quote": quote, "after": after,
            })
            if len(out) == MAX_PANEL_QUOTES:
                break
        return out


def _tooltip_quotes(quotes: list[dict]) -> list[str]:
    shown = [f"  “{_shorten(q['quote'], MAX_QUOTE_CHARS)}”" for q in quotes[:MAX_TOOLTIP_QUOTES]]
    return [*shown, "(click for the sentences)"] if shown else []


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _tail(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else "…" + text[-limit:]


def _head(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


# --- edge labels ------------------------------------------------------------------------------


def _number(value: Decimal) -> str:
    """1800 not 1.8E+3, 1.5 not 1.50."""
    return format(value.normalize(), "f")


def target_label(t: Target) -> str:
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


def funding_label(f: Funding) -> str:
    parts = [f.level or ""]
    if f.amount_yuan is not None:
        parts.append(("最高" if f.cap else "") + _yuan(f.amount_yuan))
    if f.ratio is not None:
        parts.append(("最高" if f.cap and f.amount_yuan is None else "") + _number(f.ratio * 100) + "%")
    if f.amount_yuan is None and f.ratio is None:
        parts.append(f.instrument or "")
    return " ".join(p for p in parts if p) or "funds"
