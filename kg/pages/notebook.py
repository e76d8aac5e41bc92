"""Step 6 (for Python users): a view as a NetworkX graph, a pyvis Network, or an iframe for Jupyter.

All three carry the positions of `kg.pages.layout`, so a notebook shows the picture the pages show.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.pages import layout
from kg.pages.views import DOCUMENT, View

if TYPE_CHECKING:
    import networkx
    import pyvis.network


def placed(view: View) -> list[dict[str, Any]]:
    """The view's nodes with x and y from the layout (the same for the same view)."""
    at = layout.positions(view.nodes, view.edges, hub_kind=DOCUMENT)
    return [{**node, "x": at[node["id"]][0], "y": at[node["id"]][1]} for node in view.nodes]


def to_networkx(view: View) -> networkx.MultiDiGraph:
    """Nodes keyed by their page id (attributes: kind, label, x, y); one edge per drawn edge (relation)."""
    import networkx

    graph = networkx.MultiDiGraph(title=view.title)
    for node in placed(view):
        graph.add_node(node["id"], kind=node["kind"], label=node["label"], x=node["x"], y=node["y"])
    for edge in view.edges:
        graph.add_edge(edge["from"], edge["to"], key=edge["id"], relation=edge["relation"], label=edge.get("label"))
    return graph


def to_pyvis(view: View) -> pyvis.network.Network:
    """A real pyvis Network of the view: nodes placed, physics off, written by our own template.

    `write_html`/`show` write the page that `kg build` writes (vis-network inlined, no CDN, UTF-8),
    from the Network's current nodes and edges, so a user's changes to them are kept.
    """
    from pyvis.network import Network

    class PolicyNetwork(Network):  # type: ignore[misc]  # pyvis ships no type hints
        def generate_html(self, name: str = "index.html", local: bool = True, notebook: bool = False) -> str:
            from kg.pages.html import page

            return page(View(title=self.heading or view.title, nodes=tuple(self.nodes), edges=tuple(self.edges), subject=view.subject))

        def write_html(self, name: str, local: bool = True, notebook: bool = False, open_browser: bool = False) -> None:
            from kg import files

            self.html = self.generate_html()
            files.write_atomic(Path(name), self.html.encode("utf-8"))

    network = PolicyNetwork(height="750px", width="100%", directed=True, cdn_resources="in_line")
    network.heading = view.title
    # Assigned as lists, not add_node/add_edge: pyvis's add_edge is quadratic (DESIGN.md).
    network.nodes = [{**node, "physics": False} for node in placed(view)]
    network.edges = [dict(edge) for edge in view.edges]
    network.node_ids = [node["id"] for node in network.nodes]
    network.node_map = {node["id"]: node for node in network.nodes}
    network.toggle_physics(False)
    return network


def iframe(view: View, height: int = 650) -> str:
    """The view's page inside an iframe (srcdoc: no file, no server, no network), for `_repr_html_`."""
    from kg.pages.html import page

    return (f'<iframe srcdoc="{html.escape(page(view), quote=True)}" style="width:100%;height:{height}px;border:1px solid #ddd" '
            'sandbox="allow-scripts"></iframe>')
