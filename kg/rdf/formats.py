"""Step 6d, the only writer: canonical Turtle, N-Triples, JSON-LD and TriG, the page and the JSONL contract,
each written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from decimal import Decimal
from pathlib import Path

from rdflib import BNode, Graph, Literal
from rdflib.compare import to_canonical_graph
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg.errors import KgError
from kg.rdf.graph import PREFIXES
from kg.model import Document, Entity, Fact, Funding, Support, Target
from kg.rdf.namespaces import KG

JSONL_FILES = ("documents", "entities", "targets", "funding", "supports", "regions")


def write_atomic(path: Path, data: bytes) -> None:
    """Replace path with data; readers see the old file or the new one, never half."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError as error:
        raise KgError(path, f"cannot be written ({error.strerror or error})") from error
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600 files
        os.replace(tmp, path)
    except BaseException as error:
        os.unlink(tmp)
        if isinstance(error, OSError):
            raise KgError(path, f"cannot be written ({error.strerror or error})") from error
        raise


def write_all(files: Mapping[Path, bytes]) -> None:
    """Everything is rendered before the first write, so a failing render leaves old exports whole."""
    for path, data in sorted(files.items()):
        write_atomic(path, data)


def turtle(graph: Graph) -> bytes:
    """Canonical Turtle: byte-identical for the same graph in any process (no blank nodes)."""
    return graph.serialize(format="longturtle", encoding="utf-8")


def texts(docs: Iterable[Document]) -> dict[str, bytes]:
    """The text each document was read as (the extracted text of an HTML, PDF or DOCX file), one
    UTF-8 file each under text/: every quote of the graph is at its offsets (oa:start, oa:end)."""
    return {f"text/{doc.id}.txt": doc.original.encode("utf-8") for doc in docs}


def jsonl(docs: Iterable[Document], facts: Iterable[Fact], regions: Iterable[tuple[str, str | None]]) -> dict[str, bytes]:
    """The extraction contract of SCHEMA.md: one file per kind, one JSON object per line."""
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in JSONL_FILES}
    rows["documents"] = [{"doc": doc.id, **asdict(doc.meta)} for doc in docs]
    rows["regions"] = [{"child": child, "parent": parent} for child, parent in regions]
    seen: set[tuple[str, str, str]] = set()
    for fact in facts:
        if isinstance(fact, Entity):
            if (fact.doc, fact.type, fact.name) in seen:
                continue  # one line per distinct entity per document: its first mention
            seen.add((fact.doc, fact.type, fact.name))
            rows["entities"].append(
                {"doc": fact.doc, "type": fact.type, "name": fact.name, "surface": [fact.surface], "quote": fact.evidence.quote}
            )
        elif isinstance(fact, (Target, Funding, Support)):
            rows[_FILE[type(fact)]].append(_record(fact))
    return {f"{name}.jsonl": "".join(_line(row) for row in rows[name]).encode("utf-8") for name in JSONL_FILES}


_FILE = {Target: "targets", Funding: "funding", Support: "supports"}


def _record(fact: Target | Funding | Support) -> dict[str, object]:
    record = {key: value for key, value in asdict(fact).items() if key != "evidence"}
    record["quote"] = fact.evidence.quote
    record["start"], record["end"] = fact.evidence.start, fact.evidence.end
    return record


def _line(row: Mapping[str, object]) -> str:
    return json.dumps(row, ensure_ascii=False, default=_number) + "\n"


def _number(value: object) -> object:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


# ---- the graph in other RDF formats (`kg export`) ------------------------------------------------
#
# rdflib's own N-Triples, JSON-LD and TriG output changes order with the hash seed (RELIABILITY.md
# §5.3), so each format below is put in order here; every one is byte-identical for the same graph
# in any process.


def render(graph: Graph, format_: str) -> bytes:
    """The graph as `turtle`, `nt`, `jsonld` or `trig` (the keys of RDF_FORMATS), with our prefixes."""
    return RDF_FORMATS[format_](_ours(graph))


def ntriples(graph: Graph) -> bytes:
    """N-Triples, one triple per line, lines sorted (UTF-8 keeps code-point order, so bytes are sorted too)."""
    lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    return "".join(f"{line}\n" for line in sorted(set(lines)) if line.strip()).encode("utf-8")


def jsonld(graph: Graph) -> bytes:
    """JSON-LD written by us: one node object per subject sorted by @id, keys and values sorted,
    literals as explicit value objects (so 10000000.0 stays an xsd:decimal, not a JSON float).

    The @context is inline (our prefixes), so reading it back never fetches anything.
    """
    nodes: dict[Node, dict[str, list[object]]] = {}
    for subject, predicate, object_ in graph:
        node = nodes.setdefault(subject, {})
        if predicate == RDF.type and not isinstance(object_, Literal):
            node.setdefault("@type", []).append(_compact(object_))
        else:
            node.setdefault(_compact(predicate), []).append(_json_value(object_))
    objects = [
        {"@id": _compact(subject), **{key: sorted(values, key=_json_key) for key, values in node.items()}}
        for subject, node in nodes.items()
    ]
    objects.sort(key=lambda node: str(node["@id"]))
    document = {"@context": {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}, "@graph": objects}
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def trig(graph: Graph) -> bytes:
    """TriG: one named graph per document (named by the document's IRI) holding the document's own
    triples and those of every node with kg:inDocument that document (mentions, facts, evidence);
    the default graph holds what documents share (concepts, regions, agencies and their labels).

    Each graph is written as sorted Turtle by rdflib and the prefix lines merged once at the top;
    a graph with blank nodes gets sorted N-Triples lines instead, because the Turtle writer would
    inline a blank node whose own triples sit in another graph and so cut the link.
    """
    plain = not any(isinstance(term, BNode) for triple in graph for term in triple)
    documents = set(graph.subjects(RDF.type, KG.PolicyDocument))
    parts: dict[Node | None, list[tuple[Node, Node, Node]]] = {}
    home: dict[Node, Node | None] = {}
    for triple in graph:
        subject = triple[0]
        if subject not in home:
            home[subject] = subject if subject in documents else min(graph.objects(subject, KG.inDocument), key=str, default=None)
        parts.setdefault(home[subject], []).append(triple)
    prefixes: set[str] = set()
    blocks: list[str] = []
    for name in sorted(parts, key=lambda n: "" if n is None else str(n)):  # the default graph first
        head, body = _turtle_parts(_ours(parts[name])) if plain else ([], ntriples(_ours(parts[name])).decode("utf-8"))
        prefixes.update(head)
        blocks.append(body if name is None else f"{name.n3()} {{\n{body}}}\n")
    header = "".join(f"{line}\n" for line in sorted(prefixes))
    return (header + ("\n" if header else "") + "\n".join(blocks)).encode("utf-8")


RDF_FORMATS = {"turtle": turtle, "nt": ntriples, "jsonld": jsonld, "trig": trig}


def _ours(triples: Iterable[tuple[Node, Node, Node]]) -> Graph:
    """A fresh graph with exactly our prefixes bound, whatever the source file declared; blank
    nodes, should a graph from elsewhere have any, get content-derived labels (rdflib.compare)."""
    source = list(triples)
    if any(isinstance(term, BNode) for triple in source for term in triple):
        canonical = Graph(bind_namespaces="none")
        for triple in source:
            canonical.add(triple)
        source = list(to_canonical_graph(canonical))
    out = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        out.bind(prefix, namespace)
    for triple in source:
        out.add(triple)
    return out


def _turtle_parts(graph: Graph) -> tuple[list[str], str]:
    """Canonical Turtle split into its PREFIX lines and the rest."""
    lines = turtle(graph).decode("utf-8").splitlines()
    count = next((i for i, line in enumerate(lines) if not line.startswith("PREFIX ")), len(lines))
    body = "\n".join(lines[count:]).strip("\n")
    return lines[:count], f"{body}\n" if body else ""


def _compact(term: Node) -> str:
    """kg:Target for a term under one of our prefixes; the whole IRI otherwise."""
    if isinstance(term, BNode):
        return f"_:{term}"
    text = str(term)
    for prefix, namespace in PREFIXES.items():
        rest = text[len(str(namespace)) :]
        if text.startswith(str(namespace)) and rest and not rest.startswith("//"):
            return f"{prefix}:{rest}"
    return text


def _json_value(term: Node) -> dict[str, str]:
    if not isinstance(term, Literal):
        return {"@id": _compact(term)}
    if term.language:
        return {"@value": str(term), "@language": term.language}
    if term.datatype is not None and term.datatype != XSD.string:
        return {"@value": str(term), "@type": _compact(term.datatype)}
    return {"@value": str(term)}


def _json_key(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
