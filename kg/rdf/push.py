"""Step 5 (push): the built graph copied into a SPARQL server through the SPARQL 1.1 Graph Store Protocol.

One named graph per document (its triples and its nodes', as `kg export --format trig` parts them)
plus the default graph (the concepts documents share), each sent with `PUT <endpoint>?graph=<IRI>`
(`?default` for the default graph) as N-Triples; graphs the server holds that the store no longer
has are deleted (`DELETE ?graph=`). What was pushed last time is remembered beside the store
(`.push-<host>.json`: graph → digest), so a second push sends only the graphs that changed.
The graphs are read from the build's policy.ttl, one document at a time, not from its store:
oxigraph keeps an xsd:nonNegativeInteger (our evidence offsets) as an xsd:integer, which
ontology/shapes.ttl refuses; the server gets the very literals the build wrote.
Works with Oxigraph (`oxigraph serve`, endpoint `/store`), Fuseki (`/<dataset>/data`) and
Virtuoso (`/sparql-graph-crud-auth`); the README shows each.
"""

from __future__ import annotations

import hashlib
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

from kg import files
from kg.errors import KgError
from kg.rdf import formats, store

Progress = Callable[[str, int, int], None]


def push(out: Path, url: str, everything: bool = False, progress: Progress = lambda *_: None) -> tuple[int, int, int]:
    """Put the graph kg build wrote in folder out into the Graph Store endpoint url; returns (sent,
    deleted, unchanged).

    everything: send every graph, whatever was pushed before.
    """
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise KgError(url, "not an http(s) Graph Store endpoint, e.g. http://127.0.0.1:7878/store")
    turtle = formats.built_turtle(out)
    if not turtle.is_file():
        raise KgError(turtle, "no built graph; run `kg build` first")
    total = 1 + len(store.documents(store.open_read_only(out / "store")))
    memo = out / f".push-{hashlib.sha256(url.encode()).hexdigest()[:12]}.json"
    before = {} if everything else _read(memo)
    after: dict[str, str] = {}
    sent = 0
    try:
        for n, (name, triples) in enumerate(formats.parts(turtle), start=1):
            data = formats.ntriples_lines(triples)
            key = name or ""
            after[key] = hashlib.sha256(data).hexdigest()
            if before.get(key) != after[key]:
                _request("PUT", url, name, data)
                sent += 1
            progress("push", n, total)
    except (SyntaxError, ValueError, EOFError, OSError) as error:
        raise KgError(turtle, f"is not as kg build wrote it ({' '.join(str(error).split())[:200]}); run `kg build` again") from error
    gone = sorted(key for key in before if key and key not in after)
    for name in gone:
        _request("DELETE", url, name, None)
    files.write_atomic(memo, json.dumps(after, ensure_ascii=False, sort_keys=True, indent=0).encode("utf-8"))
    return sent, len(gone), len(after) - sent


def _read(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _request(method: str, url: str, graph: str | None, data: bytes | None) -> None:
    query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    target = f"{url}{'&' if '?' in url else '?'}{query}"
    request = urllib.request.Request(target, data=data, method=method, headers={"Content-Type": "application/n-triples"} if data is not None else {})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
    except urllib.error.HTTPError as error:
        if method == "DELETE" and error.code == 404:
            return  # already gone
        raise KgError(url, f"{method} {graph or 'default graph'}: HTTP {error.code} {error.reason}") from error
    except (urllib.error.URLError, OSError) as error:
        raise KgError(url, f"cannot reach the server ({getattr(error, 'reason', error)})") from error

