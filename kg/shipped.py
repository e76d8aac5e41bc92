"""Shipped data: the ontology/ folder beside the kg package this code was imported from, else the copy installed as kg._ontology.

Why not always kg._ontology: an editable install maps kg._ontology to its own checkout, so another
checkout put first on PYTHONPATH (a benchmark's baseline: bench_paired, bench_analyze) would run its
own code over the installed checkout's vocabularies, cue words and shapes. Reading the folder beside
the code keeps one tree's code and data together; a wheel has no such folder and reads its copy.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def ontology() -> Traversable:
    """The ontology folder of this code's own tree (a checkout), else the package's copy (a wheel)."""
    tree = Path(__file__).resolve().parent.parent / "ontology"
    return tree if (tree / "kg.ttl").is_file() else resources.files("kg._ontology")
