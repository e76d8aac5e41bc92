"""Issue 14 (pages): a bounded overview from a store, views on demand, one shared vis-network file."""

from __future__ import annotations

import json
from html import escape as html_escape
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import printed_under_hash_seeds

from kg.errors import KgError
from kg.pages import groups, html, ondemand, overview, site, views

from synthetic_store import quads
from synthetic_store import store as synthetic

DATA = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.DOTALL)
INDEX = re.compile(r'<script type="application/json" id="kg-index">(.*?)</script>', re.DOTALL)


@pytest.fixture(scope="module")
def seeds_ttl(seed_build, tmp_path_factory) -> Path:
    from kg.rdf import formats

    path = tmp_path_factory.mktemp("seeds") / "policy.ttl"
    path.write_bytes(formats.turtle(seed_build.graph))
    return path


def _store(ttl: Path, named: bool) -> ox.Store:
    """The seeds' graph in the default graph, or (as the sharded build keeps it) in named graphs."""
    store = ox.Store()
    if not named:
        store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
        return store
    for triple in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE):
        subject = str(triple.subject.value) if isinstance(triple.subject, ox.NamedNode) else ""
        graph = ox.NamedNode(subject.split("/mention/")[0].split("/char/")[0]) if "/id/doc/" in subject else ox.NamedNode("urn:x-kg:concepts")
        store.add(ox.Quad(triple.subject, triple.predicate, triple.object, graph))
    return store


@pytest.fixture(scope="module", params=[False, True], ids=["default-graph", "named-graphs"])
def seeds_store(request, seeds_ttl) -> ox.Store:
    return _store(seeds_ttl, request.param)


@pytest.fixture(scope="module")
def big() -> ox.Store:
    return synthetic(3000)


# --- the bounded overview ------------------------------------------------------------------------


def test_issue_14_bounded_overview_never_draws_more_than_the_limit(big):
    for limit in (1500, 300):
        view = overview.bounded_overview(big, limit)
        assert len(view.nodes) <= limit
        ids = {n["id"] for n in view.nodes}
        assert len(ids) == len(view.nodes)
        assert all(e["from"] in ids and e["to"] in ids for e in view.edges)
        grouped = [n for n in view.nodes if n["kind"] == views.GROUP]
        # every document is in exactly one group, and the groups say how many they stand for
        assert sum(n["info"]["documents"] for n in grouped) == 3000
        assert len(view.edges) <= overview.EDGES_PER_ENTITY * (len(view.nodes) - len(grouped))


def test_issue_14_bounded_overview_is_the_same_from_named_graphs_and_deterministic():
    a = overview.bounded(synthetic(800), 200)
    b = overview.bounded(synthetic(800, named=True), 200)
    assert a == b
    assert html.page(a[0], assets="assets/", index=a[1]) == html.page(b[0], assets="assets/", index=b[1])


def test_issue_14_bounded_pages_are_the_same_bytes_under_other_hash_seeds():
    code = ("import hashlib, sys; sys.path.insert(0, sys.argv[1]); from synthetic_store import store;"
            "from kg.pages import site; out = site.pages(lambda: store(600), None, limit=300);"
            "print(hashlib.sha256(b''.join(out[k] for k in sorted(out))).hexdigest())")
    digests = printed_under_hash_seeds(code)
    assert len(digests) == 1


def test_issue_14_groups_roll_up_the_region_hierarchy_and_count_edges_in_documents():
    store = synthetic(800)
    found = groups.group(store, max_groups=20)
    assert len(found.groups) <= 20
    assert sorted(d for g in found.groups for d in g.docs) == sorted(found.docs)
    kinds = {g.kind for g in found.groups}
    assert "community" in kinds and "jurisdiction" in kinds  # 15 % of the made-up documents have no jurisdiction
    # A province counts its cities' and districts' documents once it has absorbed them.
    province = next(g for g in found.groups if g.kind == "jurisdiction" and len(g.region_iris) > 1)
    assert all("/Region/" in iri for iri in province.region_iris)
    # An edge's weight is the number of the group's documents naming the entity: check one by SPARQL.
    view = overview.bounded_overview(store, 200)
    group = next(g for g in groups.group(store, max_groups=25).groups if g.kind == "jurisdiction")
    edge = next(e for e in view.edges if e["from"] == views.node_id(views.GROUP, group.key))
    entity = next(n for n in view.nodes if n["id"] == edge["to"])
    values = " ".join(f"<{d}>" for d in group.docs)
    iri = f"https://w3id.org/policy-kg/id/{entity['kind']}/{entity['label']}"
    (row,) = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?d {{ {values} }} ?d <https://w3id.org/policy-kg/ontology#mentions> <{iri}> }}")
    assert edge["info"]["lines"] == [f"{row['n'].value} / {len(group.docs)} documents"]


def test_issue_14_the_search_index_reaches_every_entity_and_document(big):
    view, index = overview.bounded(big, 300)
    (row,) = big.query("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?d <https://w3id.org/policy-kg/ontology#mentions> ?e }")
    assert len(index["entities"]) == int(row["n"].value)
    assert len(index["documents"]) == 3000
    drawn = {n["label"] for n in view.nodes}
    undrawn = [e for e in index["entities"] if e[0] not in drawn]
    assert undrawn and all(e[3] for e in undrawn)  # each names at least one of its documents
    group_ids = {n["id"] for n in view.nodes if n["kind"] == views.GROUP}
    assert {g[1] for g in index["groups"]} == group_ids
    page = html.page(view, assets="assets/", index=index)
    assert json.loads(INDEX.search(page).group(1)) == index
    assert len(page.encode()) < 5_000_000


def test_issue_14_seeds_bounded_overview_from_either_kind_of_store(seeds_store):
    view = overview.bounded_overview(seeds_store, 200)
    grouped = {n["label"].split("\n")[0]: n["info"]["documents"] for n in view.nodes if n["kind"] == views.GROUP}
    assert grouped == {"北京市": 1, "中关村国家自主创新示范区": 1, "通州区": 1, "唐山市": 1, "山西省": 1}
    assert len(view.nodes) <= 200
    assert overview.size(seeds_store) > 200
    # with room for three, the smallest are merged into their parent regions
    rolled = {n["label"].split("\n")[0]: n["info"]["documents"] for n in overview.bounded_overview(seeds_store, 75).nodes if n["kind"] == views.GROUP}
    assert len(rolled) == 3 and sum(rolled.values()) == 5 and rolled.get("北京市") == 3
    # with room for one group only, all roll up to the top of the hierarchy
    (top,) = [n for n in overview.bounded_overview(seeds_store, 30).nodes if n["kind"] == views.GROUP]
    assert top["info"]["documents"] == 5


# --- views from the store ---------------------------------------------------------------------


def test_issue_14_a_document_view_from_the_store_is_the_built_one(seed_build, seeds_store):
    full = seed_build.overview()
    for doc in seed_build.docs:
        built = views.document_view(full, doc.id)
        served = ondemand.document_view(seeds_store, doc.id)
        assert [n["id"] for n in served.nodes] == [n["id"] for n in built.nodes]
        assert [e["id"] for e in served.edges] == [e["id"] for e in built.edges]
        assert [e["info"]["facts"] for e in served.edges if e["relation"] != "mentions"] == \
               [e["info"]["facts"] for e in built.edges if e["relation"] != "mentions"]
        assert served.subject == built.subject


def test_issue_14_documents_are_found_by_stem_file_or_number(seeds_store):
    assert ondemand.find_document(seeds_store, "000_ca89e4c7270803da") == ondemand.find_document(seeds_store, "京经信发〔2023〕30号")
    for bad in ("nope", "", '" } SELECT * { ?s ?p ?o } #'):
        with pytest.raises(KgError):
            ondemand.find_document(seeds_store, bad)


def test_a_document_is_found_by_its_exact_name_before_any_scan():
    store = ox.Store()
    kind, source = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode("http://purl.org/dc/terms/source")
    document = ox.NamedNode("https://w3id.org/policy-kg/ontology#PolicyDocument")
    for name in ("a.b.txt", "a.txt", "c.PDF", "d.html", "d.pdf"):
        iri = ox.NamedNode(f"https://w3id.org/policy-kg/id/doc/{name}")
        store.extend([ox.Quad(iri, kind, document, iri), ox.Quad(iri, source, ox.Literal(name), iri)])
    found = lambda key: ondemand.find_document(store, key).rsplit("/", 1)[-1]  # noqa: E731
    assert [found("a.b"), found("a"), found("a.b.txt"), found("c")] == ["a.b.txt", "a.txt", "a.b.txt", "c.PDF"]
    with pytest.raises(KgError, match="names two documents"):
        found("d")  # d.html and d.pdf


def test_issue_14_entity_and_type_views_from_the_store(seed_build, seeds_store):
    view = ondemand.entity_view(seeds_store, "EnterpriseType", "高新技术企业")
    hubs = {n["label"] for n in view.nodes if n["kind"] == views.DOCUMENT}
    expected = {n["label"] for n in views.ego_view(seed_build.overview(), "高新技术企业", depth=1).nodes if n["kind"] == views.DOCUMENT}
    assert hubs == expected
    assert {n["label"] for n in view.nodes if n["kind"] != views.DOCUMENT} == {"高新技术企业"}
    typed = ondemand.type_view(seeds_store, "Programme")
    assert {n["kind"] for n in typed.nodes} == {"Programme", views.GROUP}
    with pytest.raises(KgError):
        ondemand.entity_view(seeds_store, "EnterpriseType", "没有这个")
    with pytest.raises(KgError):
        ondemand.type_view(seeds_store, "Document")


def test_issue_14_a_small_graph_drawn_from_the_store_alone(seed_build, seeds_store):
    full = ondemand.full_overview(seeds_store)
    assert sorted(n["id"] for n in full.nodes) == sorted(n["id"] for n in seed_build.overview().nodes)


# --- what kg build writes -------------------------------------------------------------------------


def test_issue_14_build_pages_share_one_vis_network_file(seed_build):
    out = seed_build.outputs()
    assert set(out) >= {"assets/vis-network.min.js", "assets/vis-network.css", "graph.html", "index.html"}
    vis = out["assets/vis-network.min.js"]
    for name, data in out.items():
        if name.endswith(".html") and name != "index.html":
            page = data.decode("utf-8")
            prefix = "../" * name.count("/") + "assets/"
            assert f'<script src="{prefix}vis-network.min.js"></script>' in page, name
            assert vis[:2000].decode() not in page
            assert "script-src 'self' 'sha256-" in page
    # a notebook's page stays whole
    assert vis[:2000].decode() in html.page(seed_build.overview())


def test_issue_14_above_the_limit_build_writes_the_bounded_overview(big):
    out = site.pages(lambda: big, None, limit=600)
    data = json.loads(DATA.search(out["graph.html"].decode()).group(1))
    assert len(data["nodes"]) <= 600
    assert INDEX.search(out["graph.html"].decode())
    assert not [name for name in out if name.startswith("views/document-")]
    assert [name for name in out if name.startswith("views/type-")]
    assert b"views/type-" in out["index.html"]


def test_issue_14_above_the_limit_build_writes_the_views_asked_for(big):
    from kg.analyze.source import select

    (doc,) = select(big, "SELECT ?source WHERE { ?d dcterms:source ?source } ORDER BY ?source LIMIT 1")
    (named,) = select(big, "SELECT ?label ?type WHERE { ?d kg:mentions ?e . ?e skos:prefLabel ?label ; a ?type } ORDER BY ?label LIMIT 1")
    stem, kind = doc["source"].removesuffix(".txt"), named["type"].rsplit("#", 1)[-1]
    out = site.pages(lambda: big, None, limit=600, wanted=[f"doc/{stem}", f"entity/{kind}/{named['label']}", "type/Programme"])
    entity_page = f"views/entity-{kind}-{views.slug(named['label'])}.html"
    assert [name for name in out if name.startswith("views/document-")] == [f"views/document-{stem}.html"]
    assert entity_page in out and "views/type-Programme.html" in out
    index = out["index.html"].decode()
    assert f"views/document-{stem}.html" in index and html_escape(named["label"]) in index
    drawn = json.loads(DATA.search(out[entity_page].decode()).group(1))  # the documents naming it (no kg:Mention here to draw it by)
    assert drawn["nodes"] and html_escape(f"{kind} · {named['label']}") in out[entity_page].decode()
    for bad, problem in (("doc/nope", "'nope' is not a document"), (f"entity/{kind}/没有这个", "named '没有这个'"), ("type/Nothing", "no entity type")):
        with pytest.raises(KgError, match=problem) as error:
            site.pages(lambda: big, None, limit=600, wanted=[bad])
        assert error.value.path == f"view {bad}"


def test_issue_14_views_are_asked_for_in_kg_serves_form():
    assert [ondemand.parse(spec) for spec in ("doc/0001_a", " entity/Programme/揭榜挂帅 ", "type/Agency")] == [
        ("doc", "0001_a"), ("entity", "Programme/揭榜挂帅"), ("type", "Agency")]
    assert ondemand.file_name("doc/京经信发〔2023〕30号") == "views/document-京经信发〔2023〕30号.html"
    assert ondemand.file_name("entity/Programme/a b") == f"views/entity-Programme-{views.slug('a b')}.html"
    for bad in ("doc/", "document/x", "entity/Programme", "entity//x", "entity/Programme/ ", "", "x"):
        with pytest.raises(KgError, match="no such view"):
            ondemand.parse(bad)


def test_issue_14_quads_are_what_the_store_holds():
    text = quads(20, named=True)
    assert text.count("\n") == len(synthetic(20, named=True))


# --- in a browser, and served ---------------------------------------------------------------------


def test_issue_14_the_bounded_overview_draws_and_its_search_reaches_undrawn_entities(browser, big, tmp_path):
    from kg import files

    from conftest import poll, watched_page

    out = site.pages(lambda: big, None, limit=1500)
    files.write_tree(tmp_path, out)
    index = json.loads(INDEX.search(out["graph.html"].decode()).group(1))
    drawn = {n["label"] for n in json.loads(DATA.search(out["graph.html"].decode()).group(1))["nodes"]}
    undrawn = next(e for e in index["entities"] if e[0] not in drawn)
    with watched_page(browser) as watched:
        page = watched.page
        page.goto((tmp_path / "graph.html").as_uri())
        poll(page, "() => window.kgStable === true", errors=watched.errors)
        assert watched.errors == []
        assert all(u.startswith("file://") for u in watched.requests)
        assert any(u.endswith("/assets/vis-network.min.js") for u in watched.requests)
        assert 0 < page.evaluate("() => window.kgNetwork.body.data.nodes.length") <= 1500
        page.fill("#kg-search", undrawn[0])
        page.press("#kg-search", "Enter")
        assert page.evaluate("() => document.querySelector('#kg-panel h2').textContent") == f"{index['types'][undrawn[1]]} · {undrawn[0]}"
        text = page.evaluate("() => document.querySelector('#kg-panel').innerText")
        assert "not drawn" in text and index["documents"][undrawn[3][0]][1] in text
        assert page.evaluate("() => document.querySelectorAll('#kg-panel a').length") == 0  # file://: no server to open views
        assert page.evaluate("() => window.kgNetwork.getSelectedNodes().length") >= 1  # its documents' groups
        assert watched.errors == []


def test_issue_14_build_pages_load_the_shared_file_from_file_urls(browser, seed_build, tmp_path):
    from kg import files

    from conftest import poll, watched_page

    files.write_tree(tmp_path, seed_build.outputs())
    for name in ("graph.html", "views/type-Programme.html"):
        with watched_page(browser) as watched:
            watched.page.goto((tmp_path / name).as_uri())
            poll(watched.page, "() => window.kgStable === true", errors=watched.errors)
            assert watched.errors == []


def test_issue_14_kg_serve_draws_views_on_demand(seed_build, tmp_path):
    from werkzeug.test import Client

    from kg import files
    from kg.serve.app import App, Hosts

    files.write_tree(tmp_path, seed_build.outputs())
    client = Client(App(tmp_path, pool=None, hosts=Hosts("127.0.0.1", [80])))  # type: ignore[arg-type]  # views need no workers
    for path in ("/view/doc/000_ca89e4c7270803da", "/view/doc/京经信发〔2023〕30号", "/view/entity/EnterpriseType/高新技术企业",
                 "/view/type/Programme", "/assets/vis-network.min.js"):
        response = client.get(path, headers={"Host": "localhost"})
        assert response.status_code == 200, (path, response.get_data(as_text=True))
    page = client.get("/view/doc/000_ca89e4c7270803da", headers={"Host": "localhost"}).get_data(as_text=True)
    assert '<script src="/assets/vis-network.min.js"></script>' in page
    assert [n["id"] for n in json.loads(DATA.search(page).group(1))["nodes"]] == \
           [n["id"] for n in views.document_view(seed_build.overview(), "000_ca89e4c7270803da").nodes]
    for path in ("/view/doc/nope", "/view/entity/EnterpriseType/没有", "/view/type/Nope", "/view/what/x", "/view/doc/",
                 "/view/entity/Document/x"):
        response = client.get(path, headers={"Host": "localhost"})
        assert response.status_code == 404, path
        assert response.get_data(as_text=True).count("\n") == 1


def test_issue_14_served_views_are_bounded_in_size_and_in_number_at_once(seed_build, tmp_path, monkeypatch):
    from werkzeug.test import Client

    from kg import files
    from kg.pages import served
    from kg.serve.app import App, Hosts

    files.write_tree(tmp_path, seed_build.outputs())
    app = App(tmp_path, pool=None, hosts=Hosts("127.0.0.1", [80]))  # type: ignore[arg-type]  # views need no workers
    client, path = Client(app), "/view/doc/000_ca89e4c7270803da"
    drawn = len(json.loads(DATA.search(client.get(path, headers={"Host": "localhost"}).get_data(as_text=True)).group(1))["nodes"])
    monkeypatch.setattr(served, "MAX_NODES", drawn - 1)
    response = client.get(path, headers={"Host": "localhost"})
    assert response.status_code == 422
    assert response.get_data(as_text=True) == f"{path}: {drawn} nodes, more than the {drawn - 1} drawn on demand; ask kg query (or /sparql) for its facts\n"
    monkeypatch.setattr(served, "MAX_NODES", drawn)
    monkeypatch.setattr(served, "WAIT", 0.01)
    for _ in range(served.AT_ONCE):  # every turn taken, as by views still being drawn
        app.views._turns.acquire()
    response = client.get(path, headers={"Host": "localhost"})
    assert response.status_code == 503 and response.headers["Retry-After"] == "5"
    app.views._turns.release()
    assert client.get(path, headers={"Host": "localhost"}).status_code == 200


def test_issue_14_a_served_overview_links_nodes_to_their_views(browser, seed_build, tmp_path):
    import threading
    from wsgiref.simple_server import WSGIRequestHandler, make_server

    from kg import files
    from kg.serve.app import App, Hosts

    from conftest import poll, watched_page

    files.write_tree(tmp_path, seed_build.outputs())

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = make_server("127.0.0.1", 0, App(tmp_path, pool=None, hosts=Hosts("127.0.0.1", [0])), handler_class=Quiet)  # type: ignore[arg-type]
    port = server.server_port
    server.get_app().hosts = Hosts("127.0.0.1", [port])  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with watched_page(browser) as watched:
            page = watched.page
            page.goto(f"http://127.0.0.1:{port}/graph.html")
            poll(page, "() => window.kgStable === true", errors=watched.errors)
            page.fill("#kg-search", "高新技术企业")
            page.press("#kg-search", "Enter")
            href = page.evaluate("() => document.querySelector('#kg-panel a').getAttribute('href')")
            assert href == "/view/entity/EnterpriseType/%E9%AB%98%E6%96%B0%E6%8A%80%E6%9C%AF%E4%BC%81%E4%B8%9A"
            page.click("#kg-panel a")
            poll(page, "() => window.kgStable === true && location.pathname.startsWith('/view/')", errors=watched.errors)
            assert page.evaluate("() => window.kgNetwork.body.data.nodes.length") >= 2
            assert watched.errors == []
    finally:
        server.shutdown()
        server.server_close()
