"""Step 7c (metrics, communities): Louvain communities of a weighted graph given as a sparse matrix.

networkx's `louvain_communities` keeps the graph in dicts and visits every edge in Python at every
pass: on the 10,000-document co-occurrence core (1,783 entities, about 400,000 edges) it took 9 s of
CPU, with 3 s more to build the NetworkX graph it needs. This is the same algorithm, step for step
(the same node order, the same random shuffles, the same sums in the same floating-point operations,
the same tie-breaking, the same stopping test), with each node's neighbours handled as numpy arrays:
it returns networkx's partition for the graph whose nodes are 0…n-1 and whose edges were added in
ascending order (tests/test_analytics.py compares them on random graphs).
"""

from __future__ import annotations

import random

import numpy as np
from scipy import sparse

THRESHOLD = 0.0000001  # networkx's default: stop when a level gains less modularity than this


class _Level:
    """One level's graph as networkx holds it: each node's neighbours in networkx's adjacency order
    (`dst[indptr[u]:indptr[u + 1]]`, a self-loop among them), with integer weights."""

    def __init__(self, indptr: np.ndarray, dst: np.ndarray, weight: np.ndarray) -> None:
        self.indptr, self.dst, self.weight = indptr, dst, weight
        self.size = len(indptr) - 1
        self.src = np.repeat(np.arange(self.size), np.diff(indptr))
        loops = self.src == dst
        # networkx counts a self-loop twice in a node's degree
        self.degree = _sums(self.src, weight, self.size) + _sums(self.src[loops], weight[loops], self.size)


def _sums(index: np.ndarray, weight: np.ndarray, size: int) -> np.ndarray:
    """Integer sums of integer weights per index (bincount sums in float64: exact below 2**53)."""
    return np.bincount(index, weights=weight, minlength=size).astype(np.int64)


def communities(adjacency: sparse.spmatrix, seed: int, threshold: float = THRESHOLD) -> list[list[int]]:
    """Louvain communities (resolution 1) of a symmetric matrix of integer weights with a zero
    diagonal: networkx's `louvain_communities(G, seed=seed)`, as lists of node indices."""
    matrix = sparse.csr_matrix(adjacency)
    matrix.sort_indices()
    n = matrix.shape[0]
    if not matrix.nnz:
        return [[u] for u in range(n)]
    level = _Level(matrix.indptr.astype(np.int64), matrix.indices.astype(np.int64), matrix.data.astype(np.int64))
    m = int(level.degree.sum()) / 2
    rng = random.Random(seed)
    node_of = np.arange(n)  # original node → its node in the current level
    mod = modularity(level, np.arange(n))
    com, improvement = _one_level(level, m, rng)
    while True:  # networkx: yield the partition; stop if modularity gained too little; else aggregate
        partition = com[node_of]
        new_mod = modularity(level, com)
        if new_mod - mod <= threshold:
            break
        mod = new_mod
        level = _aggregate(level, com)
        node_of = com[node_of]
        com, improvement = _one_level(level, m, rng)
        if not improvement:
            break
    return [np.flatnonzero(partition == c).tolist() for c in range(int(partition.max()) + 1)]


def _one_level(g: _Level, m: float, rng: random.Random) -> tuple[np.ndarray, bool]:
    """networkx's `_one_level`: move nodes, in a shuffled order, to the neighbouring community that
    gains most, until a pass moves none. Returns each node's community, numbered in order among the
    non-empty ones, and whether any node moved."""
    node2com = np.arange(g.size)
    stot = g.degree.copy()
    order = list(range(g.size))
    rng.shuffle(order)
    others = g.src != g.dst
    starts = np.concatenate(([0], np.cumsum(np.bincount(g.src[others], minlength=g.size))))
    nbrs, weights = g.dst[others], g.weight[others].astype(np.float64)
    twice_m2 = 2 * m**2
    improvement, moves = False, 1
    while moves:
        moves = 0
        for u in order:
            own = int(node2com[u])
            degree = int(g.degree[u])
            stot[own] -= degree
            coms, sums = _neighbour_weights(node2com[nbrs[starts[u]:starts[u + 1]]], weights[starts[u]:starts[u + 1]])
            mine = np.flatnonzero(coms == own)
            if len(mine):
                own_weight = sums[mine[0]]
            else:  # networkx's defaultdict adds the own community last, with weight 0
                own_weight = 0.0
                coms, sums = np.append(coms, own), np.append(sums, 0.0)
            remove_cost = -own_weight / m + int(stot[own]) * degree / twice_m2
            gains = remove_cost + sums / m - (stot[coms] * degree) / twice_m2
            best_at = int(np.argmax(gains))  # the first of the largest, as networkx's strict `>`
            best = int(coms[best_at]) if gains[best_at] > 0 else own
            stot[best] += degree
            if best != own:
                node2com[u] = best
                improvement = True
                moves += 1
    used = np.unique(node2com)
    renumber = np.zeros(g.size, dtype=np.int64)
    renumber[used] = np.arange(len(used))
    return renumber[node2com], improvement


def _neighbour_weights(coms: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The communities among a node's neighbours in order of first appearance, and the weight to each."""
    if not len(coms):
        return coms, weights
    found, first, inverse = np.unique(coms, return_index=True, return_inverse=True)
    sums = np.bincount(inverse, weights=weights)
    order = np.argsort(first)
    return found[order], sums[order]


def modularity(g: _Level, com: np.ndarray) -> float:
    """networkx's `modularity(G, communities)`: the same terms, summed in the same order."""
    deg_sum = int(g.degree.sum())
    m, norm = deg_sum / 2, 1 / deg_sum**2
    once = g.src <= g.dst  # networkx's G.edges(community) meets each edge once
    inside = once & (com[g.src] == com[g.dst])
    count = int(com.max()) + 1
    internal = _sums(com[g.src[inside]], g.weight[inside], count)
    degrees = _sums(com, g.degree, count)
    return sum(int(internal[c]) / m - 1 * int(degrees[c]) * int(degrees[c]) * norm for c in range(count))


def _aggregate(g: _Level, com: np.ndarray) -> _Level:
    """networkx's `_gen_graph`: one node per community, edges added as G.edges meets them, so each
    node's neighbours come in the order networkx's dicts keep them."""
    once = g.src <= g.dst  # G.edges order: nodes in order, each node's later neighbours in its order
    a, b, w = com[g.src[once]], com[g.dst[once]], g.weight[once]
    count = int(com.max()) + 1
    key = np.minimum(a, b) * count + np.maximum(a, b)
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    total = np.bincount(inverse, weights=w).astype(np.int64)
    pair_a, pair_b = a[first], b[first]  # each pair as first added: add_edge(a, b)
    two_way = pair_a != pair_b
    src = np.concatenate((pair_a, pair_b[two_way]))
    dst = np.concatenate((pair_b, pair_a[two_way]))
    when = np.concatenate((first, first[two_way]))
    weight = np.concatenate((total, total[two_way]))
    order = np.lexsort((when, src))
    indptr = np.concatenate(([0], np.cumsum(np.bincount(src, minlength=count))))
    return _Level(indptr, dst[order], weight[order])
