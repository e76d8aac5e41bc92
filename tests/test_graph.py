from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, SKOS

from kg.rdf import formats as export
from kg.rdf.terms import doc_iris, mint
from kg.rdf.namespaces import OA
from kg.model import Document, DocumentMeta
from kg.rdf.namespaces import KG, ontology_turtle

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
        # The store is RocksDB's files (with its own logs and file numbers): compared by content.
        digests.append({str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.rglob("*"))
                        if p.is_file() and p.relative_to(out).parts[0] != "store"})
        digests[-1]["store"] = sorted(map(str, pyoxigraph.Store.read_only(str(out / "store"))))
    assert digests[0] == digests[1]
    assert {"policy.ttl", "graph.html", "index.html", "views/type-Programme.html"} <= set(digests[0])


@pytest.mark.parametrize("forbidden", [str(ROOT), os.uname().nodename])
def test_exports_embed_no_paths_or_host(seed_build, forbidden: str) -> None:
    assert forbidden.encode() not in export.turtle(seed_build.graph)


def test_documents_are_named_by_their_wenhao_unless_two_share_one() -> None:
    def doc(id_: str, number: str | None = None) -> Document:
        return Document(id_, f"{id_}.txt", "", "", (), (), meta=DocumentMeta(number=number))

    iris = doc_iris([doc("a", "京经信发〔2023〕30号"), doc("b"), doc("c", "X〔2020〕1号"), doc("d", "X〔2020〕1号")])
    assert {key: str(iri).rsplit("/doc/", 1)[1] for key, iri in iris.items()} == {"a": "京经信发〔2023〕30号", "b": "b", "c": "c", "d": "d"}


def test_every_evidence_is_part_of_the_sentence_it_starts_in_or_is_that_sentence(seed_build) -> None:
    graph, originals = seed_build.graph, {str(doc): str(source) for doc, source in seed_build.graph.subject_objects(DCTERMS.source)}
    text = {d.name: d.original for d in seed_build.docs}
    evidence = set(graph.subjects(RDF.type, KG.Evidence))
    whole = {ev for ev in evidence if (ev, RDF.type, KG.Provision) in graph}
    assert evidence and whole and len(whole) < len(evidence)
    for ev in evidence:
        (provision,) = [ev] if ev in whole else graph.objects(ev, DCTERMS.isPartOf)
        assert (provision, RDF.type, KG.Provision) in graph
        if ev not in whole:  # a stretch of a sentence that is not all of it
            assert (int(graph.value(ev, OA.start)), int(graph.value(ev, OA.end))) != (int(graph.value(provision, OA.start)), int(graph.value(provision, OA.end)))
            assert not set(graph.objects(provision, DCTERMS.isPartOf))
        doc = graph.value(ev, KG.inDocument)
        assert graph.value(provision, KG.inDocument) == doc and str(provision).startswith(f"{doc}/sentence/")
        start, end = int(graph.value(provision, OA.start)), int(graph.value(provision, OA.end))
        assert start <= int(graph.value(ev, OA.start)) < end
        assert text[originals[str(doc)]][start:end] == str(graph.value(provision, OA.exact))


def test_regions_carry_their_level_and_code(seed_build) -> None:
    graph = seed_build.graph
    (tangshan,) = graph.subjects(SKOS.prefLabel, Literal("唐山市", lang="zh"))
    assert graph.value(tangshan, KG.regionLevel) == KG.City and str(graph.value(tangshan, SKOS.notation)) == "130200"


@pytest.mark.parametrize(
    "path", sorted((ROOT / "ontology").rglob("*.ttl")), ids=lambda p: str(p.relative_to(ROOT / "ontology"))
)
def test_every_ontology_file_passes_both_strict_parsers(path: Path) -> None:
    run = subprocess.run([need_program("rapper"), "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
    assert run.returncode == 0 and "Warning" not in run.stderr and "Error" not in run.stderr, run.stderr
    store = pyoxigraph.Store()
    store.load(path.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE)
    assert f"returned {len(store)} triples" in run.stderr
