"""Step 7c (metrics, betweenness): Brandes's betweenness of an unweighted graph, many sources at once.

networkx runs one breadth-first search per source in Python: 100 sampled sources on the
10,000-document co-occurrence core (1,403 entities, 248,000 edges) took 7.8 s of CPU. The same
sums, level by level for a batch of sources at once, are a few sparse products (the linear-algebra
form of Brandes's algorithm that GraphBLAS's LAGraph uses): 0.3 s. The result is networkx's
`betweenness_centrality(G, k, normalized=True, seed)` for the same sources, up to floating-point
rounding (tests/test_analytics.py compares them), so `pivots()` draws them as networkx does.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
from scipy import sparse

BATCH = 128  # sources per batch: a few (batch × nodes) float arrays at a time, whatever the graph


def pivots(nodes: Sequence[int], k: int, seed: int) -> list[int]:
    """The k sources networkx's betweenness_centrality(k=k, seed=seed) samples from the same nodes."""
    return random.Random(seed).sample(list(nodes), k)


def betweenness(adjacency: sparse.csr_matrix, sources: Sequence[int] | None = None) -> np.ndarray:
    """Normalised betweenness of every node of an undirected graph (a symmetric 0/1 adjacency
    matrix), from every source (exact) or from `sources` (sampled; rescaled as networkx does)."""
    n = adjacency.shape[0]
    chosen = np.arange(n) if sources is None else np.asarray(sources, dtype=np.int64)
    adjacency = sparse.csr_matrix(adjacency, dtype=np.float64)
    total = np.zeros(n)
    for lo in range(0, len(chosen), BATCH):
        total += dependencies(adjacency, chosen[lo:lo + BATCH])
    if n - 1 < 2:  # no pair of other nodes to lie between
        return total
    if sources is None:
        return total / ((n - 1) * (n - 2))
    k = len(chosen)
    scale = np.full(n, 1 / (k * (n - 2)))
    scale[chosen] = 1 / ((k - 1) * (n - 2)) if k > 1 else np.nan  # a source is never between itself and another
    return total * scale


def dependencies(adjacency: sparse.csr_matrix, sources: np.ndarray) -> np.ndarray:
    """Σ over the sources s of Brandes's dependency δ_s(v), for every node v.

    Forward, breadth-first for all sources at once: the paths reaching the next level are the
    current level's path counts times the adjacency matrix. Backward, level by level from the
    deepest: each node passes (1 + δ) / σ to its predecessors, weighted by their σ.
    """
    k, n = len(sources), adjacency.shape[0]
    rows = np.arange(k)
    sigma = np.zeros((k, n))
    sigma[rows, sources] = 1.0
    seen = sigma > 0
    levels = [seen.copy()]
    frontier = sigma.copy()
    while True:
        reached = np.asarray((adjacency @ frontier.T).T)  # the adjacency is symmetric
        new = (reached > 0) & ~seen
        if not new.any():
            break
        frontier = np.where(new, reached, 0.0)
        sigma += frontier
        seen |= new
        levels.append(new)
    delta = np.zeros((k, n))
    safe_sigma = np.where(sigma > 0, sigma, 1.0)
    for depth in range(len(levels) - 1, 0, -1):
        passed = np.where(levels[depth], (1.0 + delta) / safe_sigma, 0.0)
        back = np.asarray((adjacency @ passed.T).T)
        delta += np.where(levels[depth - 1], sigma * back, 0.0)
    delta[rows, sources] = 0.0  # a source's own dependency is not betweenness
    return delta.sum(axis=0)
