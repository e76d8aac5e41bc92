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
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Iterable

import networkx as nx
import numpy as np

GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
PRIVATE_SPACING = 36  # px between single-document entities in a fan
SHARED_SPACING = 100  # px between shared entities, which carry full-size labels
RELAX_ROUNDS = 60
SEED = 20240501

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
    hub_at = _hub_positions(hubs, shared, min_gap=2 * fan_radius + SHARED_SPACING, min_radius=cloud)
    centre = _mean(list(hub_at.values())) if hub_at else (0.0, 0.0)
    placed: dict[str, Point] = dict(hub_at)
    for hub, members in private.items():
        direction = _unit(hub_at[hub], centre)
        radius = _spiral_radius(len(members), PRIVATE_SPACING)
        middle = (hub_at[hub][0] + direction[0] * (radius + 60), hub_at[hub][1] + direction[1] * (radius + 60))
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


def _hub_positions(hubs: list[str], shared: dict[tuple[str, ...], list[str]], min_gap: float, min_radius: float) -> dict[str, Point]:
    """Documents on a circle around the shared entities, in the order a spring layout of the
    document graph (weighted by what they share) puts them, so neighbours share the most."""
    if len(hubs) <= 1:
        return {hub: (0.0, 0.0) for hub in hubs}
    graph = nx.Graph()
    graph.add_nodes_from(hubs)
    for docs, members in shared.items():
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                weight = graph.get_edge_data(a, b, {"weight": 0})["weight"]
                graph.add_edge(a, b, weight=weight + len(members))
    raw = nx.spring_layout(graph, seed=SEED, weight="weight")
    middle = _mean([(float(x), float(y)) for x, y in raw.values()])
    order = sorted(hubs, key=lambda hub: (math.atan2(raw[hub][1] - middle[1], raw[hub][0] - middle[0]), hub))
    # Far enough out for the shared entities inside, and for neighbouring fans not to meet.
    radius = max(min_radius, min_gap / (2 * math.sin(math.pi / len(hubs))))
    step = 2 * math.pi / len(hubs)
    return {hub: (radius * math.cos(i * step - math.pi / 2), radius * math.sin(i * step - math.pi / 2)) for i, hub in enumerate(order)}


def _relax(anchors: dict[str, Point], distance: float, pinned: Collection[str] = ()) -> dict[str, Point]:
    """Push apart points closer than `distance`, each held near its anchor by a weak spring.

    Groups of shared entities whose documents lie on one line have centres close together; this
    spreads them without losing where they belong. Quadratic, but only in the shared entities.
    """
    if len(anchors) < 2:
        return anchors
    names = list(anchors)
    home = np.array([anchors[n] for n in names], dtype=float)
    points = home.copy()
    free = np.array([[0.0] if n in pinned else [1.0] for n in names])
    # A pinned node carries a big label: the others keep twice the distance from it.
    reach = np.where(free[:, 0] == 0, 2.0, 1.0)
    minimum = distance * np.maximum(reach[:, None], reach[None, :])
    for _ in range(RELAX_ROUNDS):
        delta = points[:, None, :] - points[None, :, :]
        gap = np.hypot(delta[..., 0], delta[..., 1])
        np.fill_diagonal(gap, np.inf)
        overlap = np.clip(minimum - gap, 0, None) / 2
        push = (delta / np.maximum(gap, 1e-6)[..., None] * overlap[..., None]).sum(axis=1) * 0.5
        points += (push + (home - points) * 0.02) * free
    return {name: (float(x), float(y)) for name, (x, y) in zip(names, points)}


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
