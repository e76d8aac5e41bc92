"""Step 6b: facts → the nodes and edges of each view: overview, per document, per type, ego.

A view is plain data (lists of vis-network node and edge dicts), so the views are pure functions
of the facts and `kg.pages.html` only has to put one on a page. The overview holds everything; the other
views are cut out of it, so a node looks the same (size, colour, "shared" rim) on every page.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote

from kg.errors import KgError
from kg.model import ENTITY_TYPES, Document, Entity, Evidence, Fact, Funding, Support, Target
from kg.pages.evidence import Quoter, funding_label, shorten, target_label, tooltip_quotes

DOCUMENT = "Document"
GROUP = "DocumentGroup"  # documents drawn as one node in a bounded overview (kg.pages.overview)
GROUP_COLOUR = "#3d5a80"
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

# relation → colour; the legend lists them in this order.
RELATIONS = {"mentions": "#c8c8c8", "targets": "#d1495b", "funds": "#2a9d8f", "supports": "#8e5ea2"}
# A document and a node are joined by one edge, whatever it says about the node; the edge takes
# the colour of the first of its relations in this order, and its panel lists every one.
PRECEDENCE = ("funds", "targets", "supports", "mentions")

MAX_EDGE_QUOTES = 12  # sentences in an edge's panel; its facts table and CSV have every fact
MAX_DOCS_QUOTED = 20  # one quote per document in a node's panel, for this many documents
MAX_DOCS_LISTED = 8

# How a 文号 may be typed: ASCII or full-width brackets for its 〔〕.
_BRACKETS = str.maketrans({"[": "〔", "(": "〔", "【": "〔", "]": "〕", ")": "〕", "】": "〕"})


@dataclass(frozen=True)
class View:
    """What one page shows. `nodes` and `edges` are sorted, so the same facts give the same page."""

    title: str
    nodes: tuple[dict, ...]
    edges: tuple[dict, ...]
    subject: str = ""  # what a cut-out view is about (a document title, a type, a focus), for the index


Resolver = Callable[[str], "tuple[str, str] | None"]  # a fact's subject → (type, canonical name) of a concept


def overview(docs: Sequence[Document], facts: Iterable[Fact], title: str = "policy-kg", resolve: Resolver | None = None) -> View:
    """Documents as hubs, the entities they name and what they target, fund and support.

    Entities named by two or more documents are drawn large and rimmed; the rest small and grey.
    `resolve` names the concept a target, funding or support is about (kg.rdf.graph.resolve), so the
    page links a fact to the node the graph links it to.
    """
    graph = _Graph(docs, resolve or (lambda name: None))
    for fact in facts:
        graph.add(fact)
    return View(title, tuple(graph.nodes()), tuple(graph.edges()))


def document_view(full: View, doc: str) -> View:
    """One document and everything it names, targets, funds and supports.

    `doc` is the document's 文号 (as the graph names it; 〔〕, [] and () are all accepted) or its
    id, the file stem.
    """
    hub = find_document(full, doc)
    keep = {hub["id"]} | {e["to"] for e in full.edges if e["from"] == hub["id"]}
    return _subview(full, keep, hub["label"])


def find_document(full: View, doc: str) -> dict:
    """The document node whose id (file stem) or 文号 is `doc`, also as its IRI (id:doc/…)."""
    hubs = [n for n in full.nodes if n["kind"] == DOCUMENT]
    if re.match(r"(id:|https?://\S*/id/)doc/", doc.strip()):
        doc = unquote(doc.strip().split("doc/", 1)[1])
    wanted = _number_key(doc)
    found = [n for n in hubs if n["info"]["id"] == doc.strip()] or [n for n in hubs if wanted and _number_key(n["info"].get("number") or "") == wanted]
    if len(found) == 1:
        return found[0]
    known = ", ".join(sorted(n["info"]["id"] + (f" ({n['info']['number']})" if n["info"].get("number") else "") for n in hubs))
    if found:
        raise KgError("--document", f"{doc!r} is the 文号 of {len(found)} documents; name one by its file stem: {known}")
    raise KgError("--document", f"no document {doc!r}; the documents are {known}")


def _number_key(number: str) -> str:
    """A 文号 as typed or as printed: 京经信发[2023]30号, 京经信发（2023）30号 and 京经信发〔2023〕30号 match."""
    text = "".join(unicodedata.normalize("NFKC", number).split())
    return text.translate(_BRACKETS)



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
    """A file name part: the name when it is letters, digits, _ . - 〔 〕 only (CJK included), else a hash."""
    return name if re.fullmatch(r"\w[\w.〔〕-]{0,79}", name) else hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def node_id(kind: str, name: str) -> str:
    """Opaque and stable: text never becomes an id, so it can never land in markup as one."""
    return "n" + hashlib.sha1(f"{kind}\x1f{name}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


# --- the graph as sorted node and edge dicts -------------------------------------------------


@dataclass
class _Node:
    kind: str  # DOCUMENT, an entity type or OTHER
    name: str
    docs: set[str] = field(default_factory=set)
    evidence: set[tuple[int, Evidence]] = field(default_factory=set)  # (0 for a mention, else 1)
    surfaces: set[str] = field(default_factory=set)  # how the documents write it: aliases, Traditional forms


@dataclass
class _Edge:
    """Everything one document says about one node: the facts of each relation, with their evidence."""

    facts: dict[str, set[tuple[str, Evidence]]] = field(default_factory=lambda: defaultdict(set))
    mentions: int = 0


class _Graph:
    """Collects facts into nodes keyed (kind, name) and edges keyed (doc, node): one edge per pair,
    whatever the relations, so no edge lies under another and each can be clicked."""

    def __init__(self, docs: Sequence[Document], resolve: Resolver) -> None:
        self.resolve = resolve
        self.titles = {doc.id: doc.meta.title or doc.id for doc in docs}
        self.docs = {doc.id: doc for doc in docs}
        self.quoter = Quoter(self.docs, self.titles)
        self.entities: dict[tuple[str, str], _Node] = {}
        self.edge_map: dict[tuple[str, tuple[str, str]], _Edge] = defaultdict(_Edge)
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
            key = (kind, name) if (kind, name) in self.entities else by_name.get(name) or self.resolve(name) or (kind, name)
            self._link(relation, fact.doc, key, label, fact.evidence)
        self.pending = []

    def _link(self, relation: str, doc: str, key: tuple[str, str], label: str, ev: Evidence) -> None:
        node = self.entities.setdefault(key, _Node(*key))
        node.docs.add(doc)
        node.evidence.add((relation != "mentions", ev))
        edge = self.edge_map[(doc, key)]
        edge.facts[relation].add((label, ev))
        edge.mentions += relation == "mentions"

    def nodes(self) -> list[dict]:
        self._resolve()
        doc_ids = set(self.titles) | {doc for node in self.entities.values() for doc in node.docs}
        out = [self._document_node(doc) for doc in doc_ids]
        out += [self._entity_node(node) for node in self.entities.values()]
        # Documents first: vis places nodes in the order given, and hubs first lay out better.
        return sorted(out, key=lambda n: (n["kind"] != DOCUMENT, n["id"]))

    def edges(self) -> list[dict]:
        self._resolve()
        shared = {node_id(*key) for key, node in self.entities.items() if len(node.docs) >= 2}
        out = [self._edge(doc, key, edge, shared) for (doc, key), edge in self.edge_map.items()]
        out.sort(key=lambda e: (e["from"], e["to"]))
        for edge in out:
            # Without ids vis mints random uuids. From the pair, not a counter, so a #edge= link
            # names the same edge after a rebuild with more documents.
            edge["id"] = "e" + hashlib.sha1(f"{edge['from']}\x1f{edge['to']}".encode()).hexdigest()[:16]
        return out

    def _edge(self, doc: str, key: tuple[str, str], edge: _Edge, shared: set[str]) -> dict:
        relations = [r for r in PRECEDENCE if r in edge.facts]
        primary = relations[0]
        colour = RELATIONS[primary]
        order = {r: i for i, r in enumerate(PRECEDENCE)}
        facts = sorted(((relation, label, ev) for relation, pairs in edge.facts.items() for label, ev in pairs),
                       key=lambda f: (order[f[0]], f[2].start, f[2].end, f[1], f[2].quote))
        labels = list(dict.fromkeys(f"{relation}: {label}" for relation, label, _ in facts if relation != "mentions"))
        details = labels + ([f"mentions ×{edge.mentions}"] if edge.mentions else [])
        quotes = self.quoter.quotes(((f"{r}: {label}" if label else r, ev) for r, label, ev in facts), MAX_EDGE_QUOTES)
        heading = f"{self.titles.get(doc, doc)} → {key[1]}"
        # One row per fact for the tables and the CSV; a mention is one row however often it recurs.
        first_mention = next((f for f in facts if f[0] == "mentions"), None)
        rows = [[r, label, ev.quote, ev.start, ev.end] for r, label, ev in facts if r != "mentions" or (r, label, ev) == first_mention]
        shown = list(dict.fromkeys(label for relation, label, _ in facts if relation != "mentions"))
        return {
            "from": node_id(DOCUMENT, doc),
            "to": node_id(*key),
            "relation": primary,
            "relations": relations,
            **({"label": shorten(" · ".join(shown), 40)} if shown else {}),
            "title": "\n".join([heading, *details, *tooltip_quotes(quotes)]),
            "info": {"heading": heading, "kind": " · ".join(relations), "lines": details, "evidence": quotes, "facts": rows},
            "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.9},
            "width": min(1 + edge.mentions, 6) if primary == "mentions" else 3,
            "arrows": "to",
            # Short springs to single-document entities keep their fans tight, so the page's room
            # (and its zoom when fitted) goes to what the documents share.
            "length": 150 if node_id(*key) in shared else 45,
        }

    def _document_node(self, doc: str) -> dict:
        document = self.docs.get(doc)
        label = self.titles.get(doc, doc)
        lines = [f"id: {doc}"]
        info: dict = {"heading": label, "kind": DOCUMENT, "id": doc, "file": document.name if document else doc}
        if document is not None:
            meta = document.meta
            lines.append(f"file: {document.name}")
            for name, value in (("文号", meta.number), ("issuer", meta.issuer), ("issued", meta.issued), ("jurisdiction", meta.jurisdiction)):
                if value:
                    lines.append(f"{name}: {value}")
            if meta.number:
                info["number"] = meta.number
        colour = NODE_COLOURS[DOCUMENT]
        return {
            "id": node_id(DOCUMENT, doc),
            "kind": DOCUMENT,
            "label": label,
            "title": "\n".join([f"{DOCUMENT} · {label}", *lines]),
            "info": {**info, "lines": lines, "evidence": []},
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
        # One quote per document, its first mention if it has one: each document that names the
        # node speaks once, rather than one document six times.
        first: dict[str, tuple[int, int, int, str, Evidence]] = {}
        for rank, ev in node.evidence:
            candidate = (rank, ev.start, ev.end, ev.quote, ev)
            if ev.doc not in first or candidate[:4] < first[ev.doc][:4]:
                first[ev.doc] = candidate
        quotes = self.quoter.quotes((("", first[d][4]) for d in sorted(first)), MAX_DOCS_QUOTED)
        heading = f"{node.kind} · {node.name}"
        # Shared entities are the point of an overview: big, dark-rimmed, labelled in full size.
        # Single-document ones stay small and grey-labelled so they do not drown the shared ones.
        return {
            "id": node_id(node.kind, node.name),
            "kind": node.kind,
            "label": node.name,
            "title": "\n".join([heading, *lines, *(["evidence:"] if quotes else []), *tooltip_quotes(quotes)]),
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
