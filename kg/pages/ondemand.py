"""Step 6b (views from a store): a pyoxigraph Store → one document's, entity's or type's view, on demand.

`kg serve` answers /view/doc/<id>, /view/entity/<type>/<name> and /view/type/<type> with these,
so a 10,000-document build need not write 10,000 pages. A view reads only what it shows: the facts
of one document (or of one entity in the documents naming it) are selected by SPARQL with the
document's IRI in the pattern, turned back into the records of kg.model (`Entity`, `Target`,
`Funding`, `Support`, each with its quote and offsets, and a stand-in `Document` holding the
sentences they were quoted from), and drawn by kg.pages.views exactly as `kg build` draws them. A
type's view is the bounded overview (kg.pages.overview) of that type's entities.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import Decimal

import pyoxigraph as ox

from kg.analyze.source import select
from kg.errors import KgError
from kg.model import Document, DocumentMeta, Entity, Evidence, Fact, Funding, Span, Support, Target
from kg.pages import overview, views
from kg.pages.overview import _iri, _local, _string

FORMS = ("doc/<id>", "entity/<type>/<name>", "type/<type>")  # how a view is asked for (<id>: file stem or 文号)
MAX_DOCUMENTS = 60  # documents drawn around one entity; the heading says how many name it in all

_FIND = """
SELECT ?doc WHERE { { ?doc a kg:PolicyDocument ; dcterms:source ?source FILTER(STRBEFORE(?source, ".") = %(key)s || ?source = %(key)s) }
  UNION { ?doc a kg:PolicyDocument ; dcterms:identifier %(key)s } } ORDER BY STR(?doc) LIMIT 2"""

# pyoxigraph evaluates an OPTIONAL of two or more patterns, and patterns after an OPTIONAL, apart
# from what they extend (then joins): over the whole store. So every OPTIONAL here is one triple
# pattern and comes last, and names are looked up after.
_META = """
SELECT ?doc ?source ?title ?number ?issued ?issuer ?jurisdiction ?type WHERE {
  VALUES ?doc { %(docs)s }
  ?doc dcterms:source ?source .
  OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:identifier ?number }
  OPTIONAL { ?doc dcterms:issued ?issued } OPTIONAL { ?doc kg:documentType ?type }
  OPTIONAL { ?doc kg:issuedBy ?issuer } OPTIONAL { ?doc kg:jurisdiction ?jurisdiction }
}"""

# Every fact's evidence; the sentences they are quoted from (dcterms:isPartOf, a kg:Provision, or the
# evidence itself when it quotes a whole sentence) come from a query of their own: as an OPTIONAL
# here pyoxigraph joined every sentence of the store (0.4 s).
_EVIDENCE = """?fact kg:evidence ?ev . ?ev oa:exact ?quote ; oa:start ?start ; oa:end ?end ."""

_SENTENCES = """
SELECT DISTINCT ?doc ?sentence ?s_start ?s_end WHERE {
  ?fact kg:evidence ?ev . ?ev dcterms:isPartOf? ?p . ?p a kg:Provision ; kg:inDocument ?doc ; oa:exact ?sentence ; oa:start ?s_start ; oa:end ?s_end }"""

# The concept a fact is about, when it has one (a target's subject may name none).
_NAMED = """?entity skos:prefLabel ?name . ?entity a ?class FILTER(STRSTARTS(STR(?class), STR(kg:)))"""

_FACTS = {
    "mentions": f"""
SELECT * WHERE {{
  ?fact a kg:Mention ; kg:inDocument ?doc ; kg:entity ?entity . {_NAMED} {_EVIDENCE}
  OPTIONAL {{ ?fact kg:surface ?surface }} }}""",
    "targets": f"""
SELECT * WHERE {{
  ?doc kg:targets ?fact . ?fact kg:subject ?subject ; kg:value ?value . {_EVIDENCE}
  OPTIONAL {{ ?fact kg:entity ?entity }} OPTIONAL {{ ?fact kg:valueMax ?value_max }} OPTIONAL {{ ?fact kg:unit ?unit }}
  OPTIONAL {{ ?fact kg:year ?year }} OPTIONAL {{ ?fact kg:perYear ?per_year }}
  OPTIONAL {{ ?fact kg:comparator ?comparator }} OPTIONAL {{ ?fact kg:scope ?scope }} }}""",
    "funds": f"""
SELECT * WHERE {{
  ?doc kg:funds ?fact . ?fact kg:recipient ?recipient . {_EVIDENCE}
  OPTIONAL {{ ?fact kg:entity ?entity }} OPTIONAL {{ ?fact kg:level ?level }} OPTIONAL {{ ?fact kg:amountCNY ?amount }}
  OPTIONAL {{ ?fact kg:cap ?cap }} OPTIONAL {{ ?fact kg:ratio ?ratio }} OPTIONAL {{ ?fact kg:oneOff ?one_off }}
  OPTIONAL {{ ?fact kg:condition ?condition }} OPTIONAL {{ ?fact kg:instrument ?instrument }} }}""",
    "supports": f"""
SELECT * WHERE {{
  ?fact a kg:Support ; kg:inDocument ?doc ; kg:entity ?entity ; kg:verb ?verb .
  {_NAMED} {_EVIDENCE} }}""",
}

_ENTITY = """
SELECT DISTINCT ?entity WHERE { { ?entity skos:prefLabel %(zh)s } UNION { ?entity skos:prefLabel %(plain)s } ?entity a kg:%(kind)s }
ORDER BY STR(?entity)"""

_NAMING = """
SELECT ?doc WHERE { ?doc kg:mentions %(entity)s } ORDER BY STR(?doc)"""

_SHARED = """
SELECT ?entity (COUNT(DISTINCT ?other) AS ?n) WHERE { %(doc)s kg:mentions ?entity . ?other kg:mentions ?entity } GROUP BY ?entity"""


def parse(spec: str) -> tuple[str, str]:
    """A view as asked for (`kg serve`'s /view/<spec>, `kg build --view <spec>`) → (kind, the rest):
    ("doc", key), ("entity", "<type>/<name>") or ("type", type); KgError for anything else."""
    kind, _, rest = spec.strip().partition("/")
    if kind not in ("doc", "entity", "type") or not rest.strip() or (kind == "entity" and not all(part.strip() for part in rest.partition("/")[::2])):
        raise KgError(spec, f"no such view; ask for {forms()}")
    return kind, rest.strip()


def forms(prefix: str = "") -> str:
    """The ways to ask for a view, for messages: "doc/<id>, entity/<type>/<name> or type/<type>"."""
    named = [prefix + form for form in FORMS]
    return f"{', '.join(named[:-1])} or {named[-1]}"


def file_name(spec: str) -> str:
    """Where `kg build --view <spec>` writes the view: the name a small build gives the same page
    (views/document-<stem>.html, views/type-<type>.html), views/entity-<type>-<name>.html."""
    kind, rest = parse(spec)
    if kind == "doc":
        return f"views/document-{views.slug(rest)}.html"
    if kind == "type":
        return f"views/type-{rest}.html"
    type_, _, name = rest.partition("/")
    return f"views/entity-{type_}-{views.slug(name.strip())}.html"


def requested(store: ox.Store, spec: str, title: str = "policy-kg", grouped: Callable[[], overview.Bounded] | None = None) -> views.View:
    """The view `spec` asks for (see `parse`), drawn from the store; `grouped` gives the store's
    documents grouped once, for the type views of a server that draws many."""
    kind, rest = parse(spec)
    if kind == "doc":
        return document_view(store, rest, title)
    if kind == "entity":
        type_, _, name = rest.partition("/")
        return entity_view(store, type_.strip(), name.strip(), title)
    return type_view(store, rest, title, grouped=grouped() if grouped is not None else None)


def document_view(store: ox.Store, key: str, title: str = "policy-kg") -> views.View:
    """One document and everything it names, targets, funds and supports, as `kg build` draws it.

    `key` is the file stem, the file name or the 文号. Entities other documents name too are rimmed,
    as on the overview.
    """
    doc = find_document(store, key)
    docs, facts, resolve = _load(store, [doc])
    full = views.overview(docs, facts, title, resolve)
    view = views.document_view(full, docs[0].id)
    counts = {row["entity"]: int(row["n"]) for row in select(store, _SHARED % {"doc": _iri(doc)})}
    named = {views.node_id(kind, label): n for (kind, label), n in _by_node(store, counts).items()}
    return views.View(view.title, tuple(_shared_style(n, named.get(n["id"], 0)) for n in view.nodes), view.edges, view.subject)


def entity_view(store: ox.Store, kind: str, name: str, title: str = "policy-kg") -> views.View:
    """One entity and the documents naming it (the first MAX_DOCUMENTS), with what each says about it."""
    if kind not in views.NODE_COLOURS or kind == views.DOCUMENT:
        raise KgError("/view/entity", f"no entity type {kind!r}")
    found = select(store, _ENTITY % {"zh": _string(name) + "@zh", "plain": _string(name), "kind": kind})
    rows = select(store, _NAMING % {"entity": _iri(found[0]["entity"])}) if found else []
    if not rows:
        raise KgError("/view/entity", f"no {kind} named {name!r} in the graph")
    entity = str(found[0]["entity"])
    docs_iris = [row["doc"] for row in rows]
    docs, facts, resolve = _load(store, docs_iris[:MAX_DOCUMENTS], entity)
    full = views.overview(docs, facts, title, resolve)
    subject = f"{kind} · {name}" + (f" (the first {MAX_DOCUMENTS} of {len(docs_iris)} documents)" if len(docs_iris) > MAX_DOCUMENTS else "")
    return views.View(f"{subject} · {title}", full.nodes, full.edges, subject)


def type_view(store: ox.Store, kind: str, title: str = "policy-kg", limit: int = 400, grouped: overview.Bounded | None = None) -> views.View:
    """The entities of one type named by the most documents, and the groups of documents naming them.

    `grouped` is the store's documents grouped once (kg.pages.overview.Bounded), for a server that
    draws many type views: grouping is most of the time (3 s of 3.6 s at 10,000 documents).
    """
    if kind not in views.NODE_COLOURS or kind == views.DOCUMENT:
        raise KgError("/view/type", f"no entity type {kind!r}; the types are {', '.join(t for t in views.NODE_COLOURS if t != views.DOCUMENT)}")
    view = (grouped or overview.Bounded(store, overview.groups_for(limit))).view(limit, title, kind)
    return views.View(f"{kind} · {view.title}", view.nodes, view.edges, kind)


def find_document(store: ox.Store, key: str) -> str:
    """The IRI of the document whose file stem, file name or 文号 is `key`.

    First by exact values (the name, the stem with each suffix kg reads, the 文号) looked up in the
    store's index, about 12 ms at 10,000 documents; only when none matches, by the stem before the first
    dot, which scans every document's name (about 1 s)."""
    key = key.strip()
    rows = _by_exact_name(store, key) if key else []
    if key and not rows:
        rows = select(store, _FIND % {"key": _string(key)})
    if len(rows) != 1:
        problem = "names two documents; use the file stem" if rows else "is not a document of the graph (give its file stem or 文号)"
        raise KgError("/view/doc", f"{key!r} {problem}")
    return str(rows[0]["doc"])


def _by_exact_name(store: ox.Store, key: str) -> list[dict[str, str]]:
    """Up to two documents whose dcterms:source is key or key with a suffix kg reads, or whose
    dcterms:identifier (文号) is key, in the rows `find_document` expects."""
    from kg.ingest import SUFFIXES
    from kg.rdf.namespaces import DCTERMS

    names = [key, *(key + suffix for suffix in sorted({*SUFFIXES, *(s.upper() for s in SUFFIXES)}))]
    wanted = [(str(DCTERMS.source), name) for name in names] + [(str(DCTERMS.identifier), key)]
    found = {quad.subject.value for predicate, name in wanted
             for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), ox.Literal(name), None) if isinstance(quad.subject, ox.NamedNode)}
    return [{"doc": iri} for iri in sorted(found)[:2]]


def _load(store: ox.Store, doc_iris: list[str], entity: str | None = None) -> tuple[list[Document], list[Fact], views.Resolver]:
    """The documents (stand-ins holding their quoted sentences) and their facts, about `entity` only if given."""
    values = " ".join(_iri(d) for d in doc_iris)
    meta = {row["doc"]: row for row in select(store, _META % {"docs": values})}
    named = overview._names(store, sorted({str(row[k]) for row in meta.values() for k in ("issuer", "jurisdiction") if k in row}))
    for row in meta.values():
        row.update({k: named[row[k]][0] for k in ("issuer", "jurisdiction") if row.get(k) in named})
    # The document's (or the entity's) IRI is written into the patterns in place of ?doc (?entity):
    # pyoxigraph does not carry a VALUES binding into the triple patterns, so a VALUES block made
    # each query scan every fact of the store (0.7 s a query at 2,000 documents, 10 s for a block of
    # 60 documents). With several documents, all facts of the entity (or of the graph) are selected
    # and the documents picked here.
    fixed = {"doc": _iri(doc_iris[0])} if len(doc_iris) == 1 else {}
    if entity:
        fixed["entity"] = _iri(entity)
    ids = {iri: str(row["source"]).rsplit(".", 1)[0] for iri, row in meta.items()}
    facts: list[Fact] = []
    sentences: dict[str, dict[tuple[int, int], str]] = defaultdict(dict)
    concepts: dict[str, tuple[str, str]] = {}
    rows = {relation: _first_class(select(store, _bind(query, fixed))) for relation, query in _FACTS.items()}
    about = overview._names(store, sorted({str(row["entity"]) for r in ("targets", "funds") for row in rows[r] if "entity" in row}))
    for relation, found in rows.items():
        for row in found:
            if row["doc"] not in ids:
                continue
            doc = ids[row["doc"]]
            if "name" in row:
                concepts.setdefault(str(row["name"]), (_local(row["class"]), str(row["name"])))
            elif row.get("entity") in about:
                label, kind = about[row["entity"]]
                concepts.setdefault(str(row.get("subject") or row.get("recipient")), (kind, label))
            fact = _fact(relation, doc, row, Evidence(doc, str(row["quote"]), int(row["start"]), int(row["end"])))
            if fact is not None:
                facts.append(fact)
    for row in select(store, _bind(_SENTENCES, fixed)):
        if row["doc"] in ids:
            sentences[ids[row["doc"]]][(int(row["s_start"]), int(row["s_end"]))] = str(row["sentence"])
    docs = [_stand_in(ids[iri], meta[iri], sentences[ids[iri]]) for iri in doc_iris if iri in meta]
    facts.sort(key=lambda f: (type(f).__name__, f.doc, f.evidence.start, f.evidence.end, repr(f)))
    return docs, facts, concepts.get


def _bind(query: str, fixed: dict[str, str]) -> str:
    """The query with each variable of `fixed` written as its IRI, and bound again at the end (for the rows)."""
    head, body = query.split("{", 1)  # the projection keeps the names; the BINDs below fill them
    for name, iri in fixed.items():
        body = re.sub(rf"\?{name}\b", iri, body)
    query = head + "{" + body
    if "entity" in fixed:  # about the entity, not merely optionally naming it (a target's kg:entity is optional)
        at = query.index("{") + 1
        query = f"{query[:at]} ?fact kg:entity {fixed['entity']} .{query[at:]}"
    binds = " ".join(f"BIND({iri} AS ?{name})" for name, iri in fixed.items())
    return query[: query.rindex("}")] + binds + " }"


def _fact(relation: str, doc: str, row: dict, ev: Evidence) -> Fact | None:
    if relation == "mentions":
        if "name" not in row:
            return None
        return Entity(doc, _local(row["class"]), str(row["name"]), str(row.get("surface", row["name"])), ev)
    if relation == "targets":
        return Target(doc, str(row["subject"]), Decimal(str(row["value"])), _decimal(row.get("value_max")), str(row.get("unit", "")),
                      int(str(row["year"])[:4]) if row.get("year") else None, row.get("per_year") is True,
                      _text(row.get("comparator")), _text(row.get("scope")), ev)
    if relation == "funds":
        return Funding(doc, str(row["recipient"]), _text(row.get("level")), _decimal(row.get("amount")), row.get("cap") is True,
                       _decimal(row.get("ratio")), row.get("one_off") is True, _text(row.get("condition")), _text(row.get("instrument")), ev)
    if "name" not in row:
        return None
    return Support(doc, str(row["name"]), _local(row["class"]), str(row["verb"]), ev)


def _stand_in(doc_id: str, meta: dict, sentences: dict[tuple[int, int], str]) -> Document:
    """A Document whose text holds only the sentences quoted (at their offsets), for the panel's context."""
    length = max((end for _, end in sentences), default=0)
    chars = [" "] * length
    for (start, end), text in sentences.items():
        if len(text) == end - start:
            chars[start:end] = text
    text = "".join(chars)
    info = DocumentMeta(title=_text(meta.get("title")), number=_text(meta.get("number")), issuer=_text(meta.get("issuer")),
                        issued=_text(meta.get("issued")), jurisdiction=_text(meta.get("jurisdiction")), doc_type=_text(meta.get("type")))
    return Document(doc_id, str(meta["source"]), text, text, tuple(range(length)), tuple(range(1, length + 1)), meta=info,
                    sentences=tuple(Span(start, end) for start, end in sorted(sentences)))


def _first_class(rows: Iterable[dict]) -> list[dict]:
    """One row per fact and evidence: an entity typed twice gives two rows; the least type is kept."""
    best: dict[tuple, dict] = {}
    for row in rows:
        key = (row["doc"], row["fact"], row["start"], row["end"])
        if key not in best or str(row.get("class", "")) < str(best[key].get("class", "")):
            best[key] = row
    return [best[key] for key in sorted(best, key=lambda k: tuple(map(str, k)))]


def _by_node(store: ox.Store, counts: dict[str, int]) -> dict[tuple[str, str], int]:
    """{(type, label): documents naming it} for the entity IRIs counted."""
    out: dict[tuple[str, str], int] = {}
    names = overview._names(store, sorted(counts))
    for iri, n in counts.items():
        if iri in names:
            label, kind = names[iri]
            out[(kind, label)] = max(out.get((kind, label), 0), n)
    return out


def _shared_style(node: dict, documents: int) -> dict:
    """The overview's look for an entity other documents name too (kg.pages.views._entity_node)."""
    if node["kind"] == views.DOCUMENT or documents < 2 or node.get("shared"):
        return node
    colour = node["color"]["background"]
    lines = [*node["info"]["lines"], f"named by {documents} documents of the graph"]
    return {**node, "size": 22, "borderWidth": 4, "shared": True, "info": {**node["info"], "lines": lines},
            "color": {**node["color"], "border": "#222222"},
            "font": {"size": 24, "color": "#111111", "strokeWidth": 5, "strokeColor": "#ffffff"}} if colour else node


def _text(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def _decimal(value: object) -> Decimal | None:
    return None if value is None or value == "" else Decimal(str(value))


def full_overview(store: ox.Store, title: str = "policy-kg") -> views.View:
    """The overview of every document and entity, from the store's facts (for graphs small enough to draw whole)."""
    docs = [str(row["doc"]) for row in select(store, "SELECT ?doc WHERE { ?doc a kg:PolicyDocument } ORDER BY STR(?doc)")]
    loaded, facts, resolve = _load(store, docs)
    return views.overview(loaded, facts, title, resolve)
