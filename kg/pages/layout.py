"""Step 6b (positions): where each node of a view is drawn, computed once before the page is written.

A force simulation in the browser takes 2–3 s on the seeds and 24 s at 2,000 nodes in headless
Chromium, with a blank canvas meanwhile; a general layout in Python (networkx spring or
ForceAtlas2) takes 27 s at 2,000 nodes. Our graphs have one shape, documents as hubs and
entities hanging off them, so we place them directly, in linear time:

- documents by a spring layout of the small document graph (weighted by what they share);
- each entity named by one document in a tight sunflower just outside its document;
- each shared entity at the centre of the documents naming it, so what links two documents sits
  between them, in a sunflower with the others shared by the same documents.

The page then shows the picture at once, with physics off. Integer positions keep the page's
bytes the same from run to run.

Every step is near-linear, so a 5,000-document overview is placed in seconds: shared entities are
pushed apart with neighbour pairs from a k-d tree (scipy.spatial.KDTree), not by comparing every
pair; above SPRING_MAX documents the ring order comes from networkx's spectral ordering (the
Fiedler vector of the weighted document graph) instead of a spring layout, which is quadratic;
and the document graph is one sparse product that leaves out concepts named by more than
GROUP_MAX documents, which say nothing about which documents are neighbours.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Iterable

import networkx as nx
import numpy as np
from scipy import sparse
from scipy.spatial import KDTree

GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
PRIVATE_SPACING = 36  # px between single-document entities in a fan
SHARED_SPACING = 100  # px between shared entities, which carry full-size labels
RELAX_ROUNDS = 60
SEED = 20240501
SPRING_MAX = 200  # documents; more are ordered spectrally (a spring layout is quadratic in them)
GROUP_MAX = 64  # documents; a concept named by more does not say which documents are neighbours

Point = tuple[float, float]


def positions(nodes: Iterable[dict], edges: Iterable[dict], hub_kind: str) -> dict[str, tuple[int, int]]:
    """{node id: (x, y)} for the nodes; edges go from a hub (a document) to an entity."""
    nodes = list(nodes)
    # Sorted by type and label, so each sunflower shows its types in bands of colour.
    ids = [n["id"] for n in sorted(nodes, key=lambda n: (n["kind"], n["label"], n["id"]))]
    hubs = sorted(n["id"] for n in nodes if n["kind"] == hub_kind)
    hub_set = set(hubs)
    docs_of: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        if edge["from"] in hub_set and edge["to"] not in hub_set:
            docs_of[edge["to"]].add(edge["from"])
    entities = [i for i in ids if i not in hub_set]
    private: dict[str, list[str]] = defaultdict(list)
    shared: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for entity in entities:
        docs = tuple(sorted(docs_of.get(entity, ())))
        if len(docs) == 1:
            private[docs[0]].append(entity)
        else:
            shared[docs].append(entity)  # no document at all: () groups them at the centre

    fan_radius = max((_spiral_radius(len(members), PRIVATE_SPACING) for members in private.values()), default=0)
    # Documents go outside the cloud of shared entities, so no hub sits on what it links.
    cloud = _spiral_radius(sum(len(m) for d, m in shared.items() if d), SHARED_SPACING) + SHARED_SPACING
    # Hubs may state their place on the ring ("ring": a bounded overview's region hierarchy).
    ring = {n["id"]: n["ring"] for n in nodes if n["id"] in hub_set and "ring" in n}
    order = sorted(hubs, key=lambda hub: (ring[hub], hub)) if len(ring) == len(hubs) else None
    widths, box = None, {}
    if order:  # such hubs are labelled boxes: each gets an arc as wide as its box, so none covers the next
        box = {n["id"]: _box_width(n) for n in nodes if n["id"] in ring}
        widths = [box[hub] + SHARED_SPACING / 2 for hub in order]
    hub_at = _hub_positions(hubs, shared, min_gap=2 * fan_radius + SHARED_SPACING, min_radius=cloud, order=order, widths=widths)
    centre = _mean(list(hub_at.values())) if hub_at else (0.0, 0.0)
    placed: dict[str, Point] = dict(hub_at)
    for hub, members in private.items():
        direction = _unit(hub_at[hub], centre)
        radius = _spiral_radius(len(members), PRIVATE_SPACING) + 60 + (box[hub] / 2 if widths else 0)  # clear of a box's label
        middle = (hub_at[hub][0] + direction[0] * radius, hub_at[hub][1] + direction[1] * radius)
        placed.update(_sunflower(members, middle, PRIVATE_SPACING))
    anchors: dict[str, Point] = {}
    for turn, docs in enumerate(sorted(shared)):
        middle = _mean([hub_at[d] for d in docs]) if docs else centre
        anchors.update(_sunflower(shared[docs], middle, SHARED_SPACING / 2, turn))
    # An ego view's focus is its subject: in the middle, and the others make room for it.
    pinned = {n["id"] for n in nodes if n.get("focus") and n["id"] in anchors}
    anchors.update(dict.fromkeys(pinned, centre))
    placed.update(_relax(anchors, SHARED_SPACING, pinned))
    return {i: (round(placed[i][0]), round(placed[i][1])) for i in ids}


def _hub_positions(hubs: list[str], shared: dict[tuple[str, ...], list[str]], min_gap: float, min_radius: float,
                   order: list[str] | None = None, widths: list[float] | None = None) -> dict[str, Point]:
    """Documents on a circle around the shared entities, in the order a layout of the document
    graph (weighted by what they share) puts them, so neighbours share the most; or in the `order`
    given, each on an arc of the circle in proportion to its width."""
    if len(hubs) <= 1:
        return {hub: (0.0, 0.0) for hub in hubs}
    if order and widths:
        radius = max(min_radius, sum(widths) / (2 * math.pi))
        turn, at = 2 * math.pi / sum(widths), {}
        angle = -math.pi / 2
        for hub, width in zip(order, widths):
            angle += turn * width / 2
            at[hub] = (radius * math.cos(angle), radius * math.sin(angle))
            angle += turn * width / 2
        return at
    order = order or _ring_order(_document_graph(hubs, shared))
    # Far enough out for the shared entities inside, and for neighbouring fans not to meet.
    radius = max(min_radius, min_gap / (2 * math.sin(math.pi / len(hubs))))
    step = 2 * math.pi / len(hubs)
    return {hub: (radius * math.cos(i * step - math.pi / 2), radius * math.sin(i * step - math.pi / 2)) for i, hub in enumerate(order)}


def _document_graph(hubs: list[str], shared: dict[tuple[str, ...], list[str]]) -> nx.Graph:
    """Documents joined by the number of entities they share: one sparse product B·W·Bᵀ of the
    document × group incidence, instead of an update per pair of documents of every group."""
    index = {hub: i for i, hub in enumerate(hubs)}
    groups = [(docs, len(members)) for docs, members in sorted(shared.items()) if 2 <= len(docs) <= GROUP_MAX]
    rows = [index[d] for docs, _ in groups for d in docs]
    cols = [g for g, (docs, _) in enumerate(groups) for _ in docs]
    incidence = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(hubs), len(groups)))
    weights = sparse.diags(np.array([float(size) for _, size in groups]))
    shares = sparse.triu(incidence @ weights @ incidence.T, k=1).tocoo()
    graph = nx.Graph()
    graph.add_nodes_from(hubs)
    graph.add_weighted_edges_from(sorted((hubs[i], hubs[j], float(w)) for i, j, w in zip(shares.row, shares.col, shares.data)))
    return graph


def _ring_order(graph: nx.Graph) -> list[str]:
    """The documents in ring order: by angle in a spring layout while there are few, else by
    networkx's spectral ordering (each connected part along its Fiedler vector)."""
    hubs = sorted(graph)
    if len(hubs) <= SPRING_MAX:
        raw = nx.spring_layout(graph, seed=SEED, weight="weight")
        middle = _mean([(float(x), float(y)) for x, y in raw.values()])
        return sorted(hubs, key=lambda hub: (math.atan2(raw[hub][1] - middle[1], raw[hub][0] - middle[0]), hub))
    return list(nx.spectral_ordering(graph, weight="weight", method="tracemin_lu", seed=SEED))


def _relax(anchors: dict[str, Point], distance: float, pinned: Collection[str] = ()) -> dict[str, Point]:
    """Push apart points closer than `distance`, each held near its anchor by a weak spring.

    Groups of shared entities whose documents lie on one line have centres close together; this
    spreads them without losing where they belong. Each round asks a k-d tree for the pairs
    within reach, so a round costs O(n log n + close pairs), not O(n²); pairs are sorted and summed
    in that order, so the result is the same in every run.
    """
    if len(anchors) < 2:
        return anchors
    names = list(anchors)
    home = np.array([anchors[n] for n in names], dtype=float)
    points = home.copy()
    free = np.array([[0.0] if n in pinned else [1.0] for n in names])
    # A pinned node carries a big label: the others keep twice the distance from it.
    reach = np.where(free[:, 0] == 0, 2.0, 1.0)
    for _ in range(RELAX_ROUNDS):
        pairs = KDTree(points).query_pairs(distance * reach.max(), output_type="ndarray")
        pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]
        i, j = pairs[:, 0], pairs[:, 1]
        delta = points[i] - points[j]
        gap = np.hypot(delta[:, 0], delta[:, 1])
        overlap = np.clip(distance * np.maximum(reach[i], reach[j]) - gap, 0, None) / 2
        force = delta / np.maximum(gap, 1e-6)[:, None] * overlap[:, None]
        push = np.zeros_like(points)
        np.add.at(push, i, force)
        np.add.at(push, j, -force)
        points += (push * 0.5 + (home - points) * 0.02) * free
    return {name: (float(x), float(y)) for name, (x, y) in zip(names, points)}


def _box_width(node: dict) -> float:
    """About how wide vis-network draws a box's label: a CJK character is one em, lines side by side never."""
    font = float(node.get("font", {}).get("size", 14))
    widest = max((len(line) for line in str(node.get("label", "")).split("\n")), default=0)
    return min(widest * font, float(node.get("widthConstraint", {}).get("maximum", 1e9))) + 2 * float(node.get("margin", 5))


def _sunflower(members: list[str], middle: Point, spacing: float, turn: int = 0) -> dict[str, Point]:
    """Vogel's spiral: even spacing, no two on a line, and the first (sorted) nearest the middle.

    `turn` rotates the spiral, so two groups with the same middle do not start on one point.
    """
    out = {}
    for i, member in enumerate(members):
        radius, angle = spacing * math.sqrt(i + 0.5) * 0.6, i * GOLDEN_ANGLE + turn * 0.7
        out[member] = (middle[0] + radius * math.cos(angle), middle[1] + radius * math.sin(angle))
    return out


def _spiral_radius(count: int, spacing: float) -> float:
    return spacing * math.sqrt(count + 0.5) * 0.6


def _mean(points: list[Point]) -> Point:
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def _unit(point: Point, origin: Point) -> Point:
    dx, dy = point[0] - origin[0], point[1] - origin[1]
    length = math.hypot(dx, dy)
    return (dx / length, dy / length) if length > 1e-9 else (0.0, -1.0)
