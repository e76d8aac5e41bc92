"""Issue 13: the build in shards: parallel, incremental, on an on-disk store, byte-identical whatever runs it."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pyoxigraph
import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import files, pipeline, shard, workers
from kg.errors import KgError
from kg.rdf import formats, store
from kg.rdf.graph import to_graph

from conftest import SEEDS, unavailable

NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


def exports(build: pipeline.Build, out: Path) -> dict[str, object]:
    """What a build wrote that must not depend on how it was made: policy.ttl and the store's quads."""
    build.write(out)
    opened = store.open_read_only(out / "store")
    quads = sorted(str(q) for q in opened if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == store.ONTOLOGY))
    return {"policy.ttl": (out / "policy.ttl").read_bytes(), "store": quads}


def corpus(tmp_path: Path, names: list[str], folder: str = "docs") -> Path:
    docs = tmp_path / folder
    shutil.rmtree(docs, ignore_errors=True)
    docs.mkdir()
    for name in names:
        shutil.copy(SEEDS / name, docs / name)
    return docs


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory, vocab) -> dict[str, object]:
    out = tmp_path_factory.mktemp("fresh")
    return exports(pipeline.build([SEEDS], vocab, cache=out / "cache", jobs=1), out / "exports")


def test_the_store_and_policy_ttl_hold_the_graph(seed_build: pipeline.Build, fresh: dict[str, object]) -> None:
    data = fresh["policy.ttl"]
    assert isinstance(data, bytes) and data == seed_build.outputs()["policy.ttl"]
    assert isomorphic(Graph().parse(data=data, format="turtle"), seed_build.graph)
    assert len(fresh["store"]) == len(seed_build.graph) == seed_build.triple_count()  # type: ignore[arg-type]


def test_the_store_gives_back_each_documents_triples(seed_build: pipeline.Build, tmp_path: Path) -> None:
    """One default graph, no named graphs: a document's triples are found by kg:inDocument, as
    `kg export --format trig` and `kg push` part them (kg.rdf.formats.partition)."""
    seed_build.write(tmp_path / "out")
    opened = store.open_read_only(tmp_path / "out" / "store")
    assert not list(opened.named_graphs()) and store.dataset(opened) == {}
    parts = {name: stored(triples) for name, triples in formats.partition(seed_build.graph).items()}
    assert store.documents(opened) == sorted(name for name in parts if name) and len(parts) == 6
    assert {iri: stored(store.document_triples(opened, iri)) for iri in store.documents(opened)} == {k: v for k, v in parts.items() if k}
    assert sorted(str(q.triple) for q in opened) == sorted(t for part in parts.values() for t in part)


def stored(triples: list[ox.Triple]) -> list[str]:
    """The triples as a Store gives them back: oxigraph keeps an xsd:nonNegativeInteger as an xsd:integer."""
    canonical = ox.Store()
    canonical.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return sorted(str(q.triple) for q in canonical)


def test_a_store_of_an_earlier_layout_is_loaded_afresh(tmp_path: Path, vocab, fresh) -> None:
    """A cache whose store has no .store.shared.ttl beside it (an earlier build's, each document
    in a named graph) is not updated in place: it is loaded again."""
    cache, out = tmp_path / "cache", tmp_path / "exports"
    pipeline.build([corpus(tmp_path, NAMES[:4])], vocab, cache=cache).write(out)
    shared = store.shared_path(cache / "store")
    assert shared.is_file() and store.manifest_path(cache / "store").is_file()
    shared.unlink()
    assert exports(pipeline.build([corpus(tmp_path, NAMES)], vocab, cache=cache), out) == fresh


def test_adding_and_removing_a_document_updates_store_and_exports_like_a_fresh_build(tmp_path: Path, vocab, fresh) -> None:
    cache, out = tmp_path / "cache", tmp_path / "exports"
    first = pipeline.build([corpus(tmp_path, NAMES[:4])], vocab, cache=cache)
    first.write(out)
    made = set(cache.rglob("*.json"))
    # one more document: only its shard is made, the store gets its triples
    added = pipeline.build([corpus(tmp_path, NAMES)], vocab, cache=cache)
    assert len(set(cache.rglob("*.json")) - made) == 1
    assert exports(added, out) == fresh
    # and back: the fifth document's triples leave the store
    removed = pipeline.build([corpus(tmp_path, NAMES[:4])], vocab, cache=cache)
    again = pipeline.build([corpus(tmp_path, NAMES[:4], "again")], vocab, cache=tmp_path / "other")
    assert exports(removed, out) == exports(again, tmp_path / "again-out")


def test_policy_ttl_copies_the_parts_that_did_not_change(tmp_path: Path, vocab, fresh, monkeypatch: pytest.MonkeyPatch) -> None:
    cache, out = tmp_path / "cache", tmp_path / "exports"
    pipeline.build([corpus(tmp_path, NAMES[:4])], vocab, cache=cache).write(out)
    read: list[str] = []
    body = pipeline.Build._body
    monkeypatch.setattr(pipeline.Build, "_body", lambda self, record, *args: read.append(record.name) or body(self, record, *args))
    assert exports(pipeline.build([corpus(tmp_path, NAMES)], vocab, cache=cache), out) == fresh
    assert read == [NAMES[4]]  # the new document's part alone was made; the others were copied
    # a policy.ttl that is not the one its index describes is made again whole, the same bytes
    (cache / "policy.ttl").write_bytes((cache / "policy.ttl").read_bytes() + b"# changed by hand\n")
    read.clear()
    again = pipeline.build([corpus(tmp_path, NAMES, "again")], vocab, cache=cache)
    assert exports(again, tmp_path / "again-out") == fresh and len(read) == 5


def test_gzip_writes_the_same_turtle_gzipped_and_keeps_each_shards_bytes(tmp_path: Path, vocab, fresh) -> None:
    """`kg build --gzip`: policy.ttl.gz instead of policy.ttl, one gzip member per part, a
    document's member its shard's .ttl.gz as it is; byte-identical whether written at once,
    document by document, or with documents renamed (two sharing a 文号)."""
    cache, out = tmp_path / "cache", tmp_path / "exports"
    pipeline.build([corpus(tmp_path, NAMES[:4])], vocab, cache=cache).write(out, gzipped=True)
    added = pipeline.build([corpus(tmp_path, NAMES)], vocab, cache=cache)
    assert not added.up_to_date(out) and added.write(out) and not added.up_to_date(out, gzipped=True)
    added.write(out, gzipped=True)
    data = (out / "policy.ttl.gz").read_bytes()
    assert not (out / "policy.ttl").exists() and gzip.decompress(data) == fresh["policy.ttl"]
    assert formats.built_turtle(out) == out / "policy.ttl.gz" and data.count(b"\x1f\x8b\x08") >= 7  # header, shared part, five documents
    for record in added.shards:
        assert record.path(cache, shard.TURTLE).read_bytes() in data
    again = pipeline.build([corpus(tmp_path, NAMES, "again")], vocab, cache=tmp_path / "other")
    again.write(tmp_path / "again", gzipped=True)
    assert (tmp_path / "again" / "policy.ttl.gz").read_bytes() == data
    # renamed documents: their members are made again, gzipped the same way
    docs = corpus(tmp_path, NAMES[:1], "twins")
    shutil.copy(docs / NAMES[0], docs / "copy.txt")
    for n, gzipped in enumerate([False, True, True]):
        pipeline.build([docs], vocab, cache=tmp_path / "twins-cache").write(tmp_path / f"twins-{n}", gzipped=gzipped)
    plain, *packed = (tmp_path / f"twins-{n}" / name for n, name in enumerate(["policy.ttl", "policy.ttl.gz", "policy.ttl.gz"]))
    assert gzip.decompress(packed[0].read_bytes()) == plain.read_bytes() and packed[0].read_bytes() == packed[1].read_bytes()


@pytest.mark.parametrize("suffix", ["", ".gz"])
def test_every_reader_of_the_turtle_export_reads_it_gzipped_too(seed_build: pipeline.Build, tmp_path: Path, suffix: str) -> None:
    from kg.analyze.source import open_graph
    from kg.rdf import sparql

    turtle = tmp_path / f"policy.ttl{suffix}"
    data = seed_build.outputs()["policy.ttl"]
    turtle.write_bytes(gzip.compress(data) if suffix else data)
    count = len(seed_build.graph)
    assert len(formats.read_graph(turtle)) == count and len(open_graph(turtle)) == count and len(sparql.load(turtle)) == count
    assert sum(len(triples) for _, triples in formats.parts(turtle)) == count
    assert b"".join(formats.stream(turtle, "nt") or []) == formats.ntriples(seed_build.graph)


@pytest.mark.parametrize("damage", [lambda data: data[: len(data) // 2], lambda data: b"not gzip" + data])
def test_a_damaged_gzipped_export_is_one_line(seed_build: pipeline.Build, tmp_path: Path, damage) -> None:
    from kg.rdf import sparql

    turtle = tmp_path / "policy.ttl.gz"
    turtle.write_bytes(damage(gzip.compress(seed_build.outputs()["policy.ttl"])))
    for read in (formats.read_graph, sparql.load):
        with pytest.raises(KgError) as error:
            read(turtle)
        assert str(turtle) in str(error.value) and "\n" not in str(error.value)
    assert formats.stream(turtle, "nt") is None


def test_a_build_already_in_its_folder_is_not_written_again(tmp_path: Path, vocab, monkeypatch: pytest.MonkeyPatch) -> None:
    docs, cache, out = corpus(tmp_path, NAMES[:2]), tmp_path / "cache", tmp_path / "exports"
    paths = pipeline.build([docs], vocab, cache=cache).write(out)
    again = pipeline.build([docs], vocab, cache=cache)
    assert again.up_to_date(out)
    with monkeypatch.context() as patched:
        patched.setattr(files, "write_tree", lambda *args, **kwargs: pytest.fail("an up-to-date folder was written again"))
        assert again.write(out) == paths
    # each thing the folder is made from makes it stale when it changes
    assert not again.up_to_date(out, wanted=["type/Region"])
    assert not pipeline.build([corpus(tmp_path, NAMES[:1], "fewer")], vocab, cache=cache).up_to_date(out)
    with monkeypatch.context() as patched:
        patched.setattr(shard, "code_digest", lambda *args, **kwargs: "other code")
        assert not again.up_to_date(out)
    assert not pipeline.build([docs], vocab, cache=cache, fresh=True).up_to_date(out)  # --fresh writes everything again
    (out / "graph.html").unlink()
    assert not again.up_to_date(out)
    assert again.write(out) == paths and (out / "graph.html").is_file()
    assert again.up_to_date(out)


def test_a_pruned_cache_keeps_only_the_shards_of_this_build(tmp_path: Path, vocab) -> None:
    cache = tmp_path / "cache"
    pipeline.build([corpus(tmp_path, NAMES[:2])], vocab, cache=cache, check=False)
    two = {p.name for p in cache.glob("??/*")}
    pipeline.build([corpus(tmp_path, NAMES[:1])], vocab, cache=cache, check=False)  # not pruned: both stay
    assert {p.name for p in cache.glob("??/*")} == two
    one = pipeline.build([corpus(tmp_path, NAMES[:1])], vocab, cache=cache, check=False, prune=True)
    left = {p.name for p in cache.glob("??/*")}
    assert len(left) == 4 and left < two and {p.name.split(".")[0] for p in cache.glob("??/*")} == {one.shards[0].key}
    assert (cache / "index.json").is_file()


def test_fresh_loads_the_store_again(tmp_path: Path, vocab) -> None:
    """--fresh redoes everything, the store too, even when it holds these very documents already."""
    from kg.rdf import store

    built = pipeline.build([corpus(tmp_path, NAMES[:2])], vocab, cache=tmp_path / "cache", check=False)
    built.write(tmp_path / "out")
    live, graphs = built.folder / "store", built.graph_sources()
    body = {iri: b"" for iri in graphs}.__getitem__  # the documents' triples are in the store already
    assert store.sync(live, graphs, body, b"", reload=False) == (0, 0)
    assert store.sync(live, graphs, body, b"", reload=True) == (2, 0)


def test_fresh_ignores_the_cache(tmp_path: Path, vocab) -> None:
    docs = corpus(tmp_path, NAMES[:1])
    cache = tmp_path / "cache"
    pipeline.build([docs], vocab, cache=cache, check=False)
    (shard_file,) = cache.rglob("*.ttl.gz")
    stale = gzip.compress(b"# stale\n".ljust(shard_file.stat().st_size - 23), compresslevel=0, mtime=0)  # stored: 23 bytes of framing
    assert len(stale) == shard_file.stat().st_size  # the size its header names
    shard_file.write_bytes(stale)
    assert b"# stale" in b"".join(pipeline.build([docs], vocab, cache=cache, check=False).turtle())
    assert b"# stale" not in b"".join(pipeline.build([docs], vocab, cache=cache, check=False, fresh=True).turtle())


@pytest.mark.parametrize("suffix", [".ttl.gz", ".jsonl.gz", ".txt"])
def test_a_shard_torn_by_a_crash_is_made_again(tmp_path: Path, vocab, suffix: str) -> None:
    """Shards are not fsynced one by one: a file shorter than its header says (what a crash
    leaves of a file not yet on disk) makes the shard count as missing."""
    docs, cache = corpus(tmp_path, NAMES[:1]), tmp_path / "cache"
    whole = b"".join(pipeline.build([docs], vocab, cache=cache, check=False).turtle())
    (part,) = cache.rglob(f"*{suffix}")
    made = part.read_bytes()
    part.write_bytes(made[:-1])
    assert b"".join(pipeline.build([docs], vocab, cache=cache, check=False).turtle()) == whole
    assert part.read_bytes() == made


def test_a_second_build_on_a_busy_cache_is_one_line(tmp_path: Path, vocab) -> None:
    """Two builds sharing a cache would both rewrite its policy.ttl and store: the second says so
    in one line and writes nothing."""
    built = pipeline.build([corpus(tmp_path, NAMES[:1])], vocab, cache=tmp_path / "cache", check=False)
    with files.lock(tmp_path / "cache" / "store"):
        with pytest.raises(KgError, match="in use by another kg build"):
            built.write(tmp_path / "exports")
    assert not (tmp_path / "exports").exists()
    assert built.write(tmp_path / "exports") and (tmp_path / "exports" / "policy.ttl").is_file()


def test_a_process_pool_writes_the_same_bytes(tmp_path: Path, vocab, fresh, monkeypatch: pytest.MonkeyPatch) -> None:
    """...and its store, loaded on two threads (jobs=2), holds the same quads as one loaded on one."""
    monkeypatch.setattr(workers, "IN_PROCESS", 0)  # five documents would otherwise stay in this process
    built = pipeline.build([SEEDS], cache=tmp_path / "cache", jobs=2)
    assert exports(built, tmp_path / "exports") == fresh


def test_dask_cluster_of_two_workers_writes_the_same_bytes(tmp_path: Path, fresh) -> None:


    try:
        from distributed import LocalCluster
    except ImportError:
        unavailable("dask[distributed] is not installed (pip install -e '.[dask]')")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        built = pipeline.build([SEEDS], cache=tmp_path / "cache", scheduler=cluster.scheduler_address)
    assert exports(built, tmp_path / "exports") == fresh


def test_documents_sharing_a_wenhao_are_named_by_their_file(tmp_path: Path, vocab) -> None:
    """The IRI is decided per corpus (kg.rdf.terms.doc_iris): the shards are renamed, not remade."""
    docs = corpus(tmp_path, NAMES[:1])
    shutil.copy(docs / NAMES[0], docs / "copy.txt")
    built = pipeline.build([docs], vocab, cache=tmp_path / "cache")
    assert built.docs[0].meta.number  # the seed has a 文号, so both copies share it
    expected = to_graph(list(built.docs), list(built.facts), vocab)
    assert isomorphic(built.graph, expected)
    assert sorted(built.iris.values()) == sorted(f"https://w3id.org/policy-kg/id/doc/{name}" for name in ("copy", Path(NAMES[0]).stem))


def test_a_shard_gives_back_the_document_and_facts(seed_build: pipeline.Build, vocab) -> None:
    doc, facts = pipeline.process(pipeline.ingest.read(SEEDS / NAMES[2]), vocab)
    assert shard.document_from_json(shard.document_json(doc)) == doc
    assert tuple(shard.fact_from_json(shard.fact_json(f)) for f in facts) == tuple(facts)


def test_turtle_keeps_line_separators_and_form_feeds_inside_literals(tmp_path: Path) -> None:
    """pyoxigraph writes the statements; we never split its text into lines (U+2028, \\f, \\r)."""
    graph = Graph()
    subject = URIRef("https://w3id.org/policy-kg/id/x")
    for i, text in enumerate(["a\u2028b", "c\x0cd", "e\r\nf", "g\u2029h\x85i", "\"引号\""]):
        graph.add((subject, URIRef(f"https://w3id.org/policy-kg/ontology#p{i}"), Literal(text, lang="zh")))
    for render, fmt in ((formats.turtle, "turtle"), (formats.ntriples, "nt")):
        assert isomorphic(Graph().parse(data=render(graph), format=fmt), graph)
    triples = {(q.subject, q.predicate, q.object) for q in pyoxigraph.parse(formats.ntriples(graph), format=pyoxigraph.RdfFormat.N_TRIPLES)}
    for render, fmt in ((formats.turtle, pyoxigraph.RdfFormat.TURTLE), (formats.trig, pyoxigraph.RdfFormat.TRIG)):
        assert {(q.subject, q.predicate, q.object) for q in pyoxigraph.parse(render(graph), format=fmt)} == triples
    assert len(triples) == 5


def test_a_store_in_use_is_one_line(tmp_path: Path, fresh) -> None:
    folder = tmp_path / "store"
    holder = store.open_writable(folder)
    with pytest.raises(Exception) as error:
        store.open_writable(folder)
    assert "store in use" in str(error.value)
    del holder
