"""Step 6d (views on demand): a /view/… path of `kg serve` → the page of that view, from the built store.

    /view/doc/<file stem or 文号>        one document (kg.pages.ondemand.document_view)
    /view/entity/<type>/<name>           one entity and the documents naming it
    /view/type/<type>                    the entities of a type named by the most documents

The store is the build's on-disk pyoxigraph store (`<folder>/store`) when there is one, opened
read-only; else `policy.ttl`, loaded into memory once, on the first view asked for, and again when
`kg build` has replaced it. Pages load vis-network from the folder's `assets/` when `kg build`
wrote it there, else carry it inline.

A view is drawn in the request's thread, which cannot be stopped half-way, so what it may cost is
bounded before and while it is drawn: at most AT_ONCE views are drawn at a time (another request
waits WAIT seconds for its turn, then is told to come back: `Busy`), and a view of more than
MAX_NODES nodes is refused before it is laid out (`TooLarge`). Entity and type views are bounded by
construction (60 documents, 400 nodes); a document that names thousands of entities is not.
"""

from __future__ import annotations

import threading
from pathlib import Path

from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import KgError

if TYPE_CHECKING:
    from kg.pages.overview import Bounded

PREFIX = "/view/"
AT_ONCE = 2  # views drawn at the same time (the machine's cores, not the server's threads)
WAIT = 5.0  # seconds a request waits for its turn before Busy
MAX_NODES = 5_000  # larger views are refused: laying them out and drawing them in a browser both take too long


class Busy(Exception):
    """AT_ONCE views are being drawn and none finished within WAIT seconds."""


class TooLarge(KgError):
    """The view has more than MAX_NODES nodes."""


class Views:
    """Renders the /view/ pages of one exports folder; safe to call from several threads."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Lock()
        self._store: ox.Store | None = None
        self._stamp: tuple[int, int, int] | None = None
        self._grouped: tuple[ox.Store, Bounded] | None = None  # the store's documents grouped once, for the type views
        self._turns = threading.BoundedSemaphore(AT_ONCE)

    def store(self) -> ox.Store:
        """The built graph: exports/store opened read-only, else policy.ttl in memory; opened again
        when a new build has replaced it (a new folder or file: another inode, size or mtime)."""
        from kg.rdf import sparql
        from kg.serve.pool import stamp as stamp_of

        on_disk, ttl = self.folder / "store", self.folder / "policy.ttl"
        path = on_disk if on_disk.is_dir() else ttl
        with self._lock:
            stamp = stamp_of(path)
            if stamp is None:
                raise KgError(ttl, "no graph; run kg build first")
            if self._store is None or stamp != self._stamp:
                self._store, self._stamp = sparql.load(path), stamp
            return self._store

    def _grouped_for(self) -> Bounded:
        """The store's documents grouped once (kg.pages.overview.Bounded), for the type views:
        grouping is most of a type view's time (3 s of 3.6 s at 10,000 documents)."""
        from kg.pages import overview

        store = self.store()
        with self._lock:
            if self._grouped is None or self._grouped[0] is not store:
                self._grouped = (store, overview.Bounded(store, overview.groups_for(400)))
            return self._grouped[1]

    def page(self, path: str) -> str:
        """The page of a /view/ path (already percent-decoded); KgError when there is no such view."""
        from kg.pages import html, ondemand  # the first view pays for layout's imports, not the server's start

        spec = path[len(PREFIX):]
        try:
            ondemand.parse(spec)
        except KgError as error:
            raise KgError(path, f"no such view; ask for {ondemand.forms(PREFIX)}") from error
        if not self._turns.acquire(timeout=WAIT):
            raise Busy(f"{AT_ONCE} views are being drawn; try again in a few seconds")
        try:
            view = ondemand.requested(self.store(), spec, grouped=self._grouped_for)
            if len(view.nodes) > MAX_NODES:
                raise TooLarge(path, f"{len(view.nodes):,} nodes, more than the {MAX_NODES:,} drawn on demand; ask kg query (or /sparql) for its facts")
            shared = (self.folder / "assets" / html.VIS_JS).is_file()
            return html.page(view, assets="/assets/" if shared else None)
        finally:
            self._turns.release()
