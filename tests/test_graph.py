from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg import export
from kg.graph import mint
from kg.ontology import KG, ontology_turtle

from conftest import ROOT, need_program

RISKY = "高新技术企业重点实验室〇２０２５ \u3000\u200b\ufeff\u2028<>\"'&%{}|\\^`#?/:;()[]·“”、,。\t\nAa1-._~"


def test_mint_readable_and_safe_for_strict_parsers() -> None:
    assert mint("国家级重点实验室(北京)") == "国家级重点实验室%28北京%29"
    rng = random.Random(1)
    labels = {"".join(rng.choice(RISKY) for _ in range(rng.randint(1, 12))) for _ in range(1000)}
    lines = "".join(f"<https://w3id.org/policy-kg/id/x/{mint(label)}> <urn:p> <urn:o> .\n" for label in sorted(labels))
    store = pyoxigraph.Store()
    store.load(lines.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)  # strict: raises on a bad IRI
    assert len(store) == len({mint(label) for label in labels})


def test_export_parses_with_rapper_pyoxigraph_and_rdflib(seed_build, tmp_path: Path) -> None:
    rapper = need_program("rapper")
    data = export.turtle(seed_build.graph)
    path = tmp_path / "policy.ttl"
    path.write_bytes(data)
    run = subprocess.run([rapper, "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "Warning" not in run.stderr and "Error" not in run.stderr
    assert f"returned {len(seed_build.graph)} triples" in run.stderr
    store = pyoxigraph.Store()
    store.load(data, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(seed_build.graph)
    assert isomorphic(Graph().parse(data=data, format="turtle"), seed_build.graph)


def test_ontology_file_parses_and_matches_the_namespace_class() -> None:
    graph = Graph().parse(data=ontology_turtle(), format="turtle")
    defined = {str(s) for s in graph.subjects() if str(s).startswith(str(KG._NS))}
    assert defined == {str(KG[name]) for name in KG.__annotations__}


def test_no_blank_nodes(seed_build) -> None:
    assert all(isinstance(term, URIRef) for s, _, o in seed_build.graph for term in (s,))


BUILD = "import sys; from kg.cli import cli; cli(['build', '--out', sys.argv[1]], standalone_mode=True)"


def test_two_builds_are_byte_identical_across_hash_seeds_and_directories(tmp_path: Path) -> None:
    digests = []
    for seed, cwd in (("1", ROOT), ("4242", ROOT / "seeds")):
        out = tmp_path / f"out-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "TZ": "Asia/Shanghai" if seed == "1" else "UTC"}
        args = [sys.executable, "-c", BUILD.replace("['build',", f"['build', '{ROOT / 'seeds'}',"), str(out)]
        subprocess.run(args, cwd=cwd, env=env, check=True, capture_output=True)
        digests.append({p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())})
    assert digests[0] == digests[1]
    assert set(digests[0]) == {"policy.ttl", "graph.html"}


@pytest.mark.parametrize("forbidden", [str(ROOT), os.uname().nodename])
def test_exports_embed_no_paths_or_host(seed_build, forbidden: str) -> None:
    assert forbidden.encode() not in export.turtle(seed_build.graph)
