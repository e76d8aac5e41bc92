"""Step 6e (site): which pages `kg build` writes, at any size: {path: bytes}, nothing written here.

Up to `LIMIT` drawn nodes (the seeds, corpus-dev's 230 documents) the pages are as they always were:
graph.html draws everything, with a page per document and per type, and index.html links them.
Above it the overview is the bounded one (kg.pages.overview) with its search index, the type
pages are bounded too, and documents and entities are not written one page each (500 documents
wrote 521 MB of them): `kg serve` draws them on demand (/view/…, kg.pages.served). Either way the
pages load one shared vis-network from assets/, written once beside them.

`wanted` names views to write whatever the size, as `kg serve` names them (kg.pages.ondemand.parse:
doc/<id>, entity/<type>/<name>, type/<type>): `kg build --view`. Each is drawn from the store into
the file a small build gives it (views/document-<id>.html …) and listed in index.html; one that
names nothing in the graph is an error, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyoxigraph as ox

from kg.errors import KgError
from kg.pages import html, overview, views
from kg.pages.views import View

LIMIT = overview.LIMIT


def pages(store: Callable[[], ox.Store], full: Callable[[], View] | None = None, title: str = "policy-kg",
          limit: int = LIMIT, wanted: Sequence[str] = ()) -> dict[str, bytes]:
    """graph.html, the views, index.html and assets/ for a build, as bytes by relative path.

    `store` gives the built graph (called more than once: cache it); `full` gives the overview of
    every document and entity from the facts in memory (kg.pages.views.overview), when the
    caller has them. Without it, a small graph's overview is drawn from the store's facts
    (kg.pages.ondemand.full_overview).
    """
    drawn: View | None = None
    # Counted on the store first (documents and the entities they name: a lower bound of what the
    # full overview draws), so a large build never draws the full overview only to drop it.
    if overview.fits(store(), limit):
        if full is not None:
            drawn = full()
        else:
            from kg.pages import ondemand

            drawn = ondemand.full_overview(store(), title)
    if drawn is not None and len(drawn.nodes) <= limit:
        views_ = {"graph.html": drawn, **views.standard_views(drawn)}
        views_.update(_requested(store(), wanted, title, set(views_), lambda: overview.Bounded(store(), overview.groups_for(limit))))
        out = {name: html.page(view, assets=_assets_from(name)).encode("utf-8") for name, view in views_.items()}
    else:
        drawn_from = overview.Bounded(store(), overview.groups_for(limit))
        bounded = drawn_from.view(limit, title)
        views_ = {"graph.html": bounded}
        for kind in sorted({n["kind"] for n in bounded.nodes} - {views.GROUP}):
            views_[f"views/type-{kind}.html"] = drawn_from.view(max(limit // 3, 50), f"{kind} · {title}", kind=kind)
        views_.update(_requested(store(), wanted, title, set(views_), lambda: drawn_from))
        index = drawn_from.index()
        out = {name: html.page(view, assets=_assets_from(name), index=index if name == "graph.html" else None).encode("utf-8")
               for name, view in views_.items()}
    out["index.html"] = html.index_page(views_, title).encode("utf-8")
    out.update({f"assets/{name}": data for name, data in html.assets().items()})
    return out


def _requested(store: ox.Store, wanted: Sequence[str], title: str, written: set[str], grouped: Callable[[], overview.Bounded]) -> dict[str, View]:
    """The views asked for by name that are not among the pages already: {file name: view}."""
    from kg.pages import ondemand

    out: dict[str, View] = {}
    for spec in wanted:
        name = ondemand.file_name(spec)
        if name in written or name in out:
            continue
        try:
            out[name] = ondemand.requested(store, spec, title, grouped=grouped)
        except KgError as error:
            raise KgError(f"view {spec}", error.problem) from error
    return out


def _assets_from(name: str) -> str:
    """The assets folder as seen from the page at `name` (graph.html → assets/, views/x.html → ../assets/)."""
    return "../" * name.count("/") + "assets/"
