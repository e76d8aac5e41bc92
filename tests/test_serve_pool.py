"""kg.serve.pool on its own: a new build is picked up whole, and a briefly unreadable graph is recovered from."""

from __future__ import annotations

import json
import os
from pathlib import Path

from kg.serve.endpoint import Job
from kg.serve.pool import Pool

PRELUDE = "@prefix kg: <https://w3id.org/policy-kg/ontology#> .\n@prefix id: <https://w3id.org/policy-kg/id/> .\n"
COUNT = Job("SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:PolicyDocument }", accept="application/sparql-results+json")


def graph_of(n: int) -> str:
    return PRELUDE + "".join(f"<https://w3id.org/policy-kg/id/doc/d{i}> a kg:PolicyDocument .\n" for i in range(n))


def replace(path: Path, text: str) -> None:
    """As kg build does: a whole new file put in place in one step (a new inode)."""
    tmp = path.with_name(path.name + ".new")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def documents(pool: Pool) -> int | None:
    answer = pool.run(COUNT)
    if answer.status != 200:
        return None
    return int(json.loads(answer.body)["results"]["bindings"][0]["n"]["value"])


def test_a_new_build_is_answered_from_at_once_and_never_mixed(tmp_path: Path) -> None:
    ttl = tmp_path / "policy.ttl"
    ttl.write_text(graph_of(1), encoding="utf-8")
    pool = Pool(ttl, workers=2, timeout=60)
    try:
        assert [documents(pool) for _ in range(3)] == [1, 1, 1]
        replace(ttl, graph_of(3))
        assert [documents(pool) for _ in range(4)] == [3, 3, 3, 3]  # both workers: none answers from the old build
    finally:
        pool.close()


def test_a_graph_briefly_unreadable_is_recovered_from(tmp_path: Path) -> None:
    ttl = tmp_path / "policy.ttl"
    ttl.write_text(graph_of(2), encoding="utf-8")
    pool = Pool(ttl, workers=1, timeout=60)
    try:
        assert documents(pool) == 2
        replace(ttl, "this is not Turtle")
        answer = pool.run(COUNT)
        assert answer.status == 503 and answer.body.count(b"\n") <= 1
        replace(ttl, graph_of(4))
        assert documents(pool) == 4  # a worker is started again, not retired for good
    finally:
        pool.close()
