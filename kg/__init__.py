"""policy-kg: Chinese science-and-innovation policy documents as a knowledge graph.

The public API, loaded lazily so that `import kg` is instant and touches no files:

    >>> import kg
    >>> b = kg.build("seeds")                 # doctest: +SKIP
    >>> len(b.graph), len(b.facts)            # doctest: +SKIP
    (10201, 1067)

- `kg.build(paths)` → `kg.Build` (`.docs`, `.facts`, `.graph`, `.violations`, `.query()`,
  `.to_networkx()`, `.to_pyvis()`, `.outputs()`, `.write(out)`; shown inline in Jupyter);
- `kg.KgError`: every error policy-kg raises about an input, naming the file and the problem;
- the records between the steps: `Document`, `Entity`, `Target`, `Funding`, `Support`, `Evidence`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

_EXPORTS = {
    "build": "kg.pipeline",
    "Build": "kg.pipeline",
    "KgError": "kg.errors",
    "Document": "kg.model",
    "Entity": "kg.model",
    "Target": "kg.model",
    "Funding": "kg.model",
    "Support": "kg.model",
    "Evidence": "kg.model",
}
__all__ = ["__version__", "build", "Build", "KgError", "Document", "Entity", "Target", "Funding", "Support", "Evidence"]

if TYPE_CHECKING:
    from kg.errors import KgError
    from kg.model import Document, Entity, Evidence, Funding, Support, Target
    from kg.pipeline import Build, build


def __getattr__(name: str) -> Any:
    """PEP 562: `kg.build` imports kg.pipeline on first use, not at `import kg`."""
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
