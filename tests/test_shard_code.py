"""The shard cache's code digest covers every module that decides a shard's content: one left out (issuers.py,
governs.py …) would let an upgraded kg reuse shards made by the old code."""

from __future__ import annotations

import subprocess
import sys

from kg import shard

# Modules the per-document step imports that only move bytes or report: they decide no shard's content.
NOT_CONTENT = {"kg.errors", "kg.files", "kg.manifest", "kg.corpus", "kg.workers", "kg.shipped"}


def test_every_module_of_the_per_document_step_is_in_the_code_digest() -> None:
    imported = subprocess.run(
        [sys.executable, "-c", "import sys, kg.shard, kg.pipeline; print('\\n'.join(sorted(sys.modules)))"],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    ours = {m for m in imported if m.startswith("kg.") and m not in NOT_CONTENT}
    covered = {c.removesuffix(".py").replace("/", ".") for c in shard._CODE}
    missing = {m for m in ours if not any(m[3:] == c or m[3:].startswith(c + ".") for c in covered) and m not in ("kg.rdf",)}
    assert not missing, f"add to kg.shard._CODE: {sorted(missing)}"
