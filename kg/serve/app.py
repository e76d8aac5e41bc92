"""Step 8a: `kg serve`: the folder `kg build` wrote and a read-only SPARQL 1.1 endpoint over it, on 127.0.0.1.

waitress is the HTTP server and werkzeug reads the requests and writes the responses; nothing here
parses HTTP by hand. The routes:

    /            index.html if the folder has one, else graph.html
    /NAME        any other page or export in the folder (html, ttl such as policy.ttl and ontology.ttl,
                 json, md, png, svg, and the js and css of assets/ …);
                 nothing outside it, no dot files, anything else 404
    /sparql      the SPARQL 1.1 Protocol: GET ?query=, POST form query=, POST application/sparql-query;
                 answered by kg.serve.endpoint (kg.rdf.sparql's checks and caps in worker processes);
                 the data are the default graph, ontology.ttl the named graph kg.rdf.sparql.ONTOLOGY
    /query       a page to write and run queries (kg/templates/query.html)
    /view/…      a document's, entity's or type's page, drawn from the built graph when asked
                 (kg.pages.served: /view/doc/<id>, /view/entity/<type>/<name>, /view/type/<type>)

Every request must name this server in its Host header (a DNS-rebinding page names its own), and a
request with an Origin header must come from this server's own pages; no CORS header is sent
unless origins are opted in (`cors`), and then only on /sparql, only to those origins.
"""

from __future__ import annotations

import html
import importlib.resources
import ipaddress
import signal
import string
import sys
from collections.abc import Callable, Iterable
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from waitress.server import create_server  # type: ignore[import-untyped]
from werkzeug.security import safe_join
from werkzeug.wrappers import Request, Response

from kg.errors import KgError
from kg.pages.safe_html import script_hashes, script_json
from kg.pages.served import PREFIX as VIEW_PREFIX
from kg.pages.served import Busy, TooLarge, Views
from kg.rdf import sparql
from kg.serve.endpoint import PREFIX_IRIS, Answer, Job, Refused, refusal
from kg.serve.pool import Pool

MAX_QUERY = 64 * 1024  # bytes of query text; more is 413
MAX_BODY = 4 * MAX_QUERY  # a percent-encoded query takes up to three times its bytes; waitress answers 413 above
READ_ONLY = "SPARQL Update (INSERT, DELETE, LOAD, CLEAR …) is refused: the graph is read-only"
FORMAT_PARAMETERS = ("format", "output", "results")  # what SPARQLWrapper and others send to pick a format

# The files of the folder that are served, by suffix; everything else is 404.
FILE_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",  # assets/vis-network.min.js, shared by the pages
    ".css": "text/css; charset=utf-8",
    ".ttl": "text/turtle; charset=utf-8",
    ".nt": "application/n-triples; charset=utf-8",
    ".trig": "application/trig; charset=utf-8",
    ".jsonld": "application/ld+json; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".jsonl": "application/jsonl; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".png": "image/png",
    ".svg": "image/svg+xml",
}
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}
# Pages carry their own CSP (a <meta> with script hashes); other files may not run anything at all.
FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"


class Hosts:
    """Which Host headers name this server: loopback names, or the address it was bound to explicitly,
    with one of its ports. Bound to all interfaces, any IP address is accepted too (a DNS-rebinding
    page always arrives with a host *name*)."""

    def __init__(self, bound: str, ports: Iterable[int]) -> None:
        self.ports = frozenset(ports)
        self.names = {"localhost", "127.0.0.1", "::1", bound.strip("[]").lower()}
        self.any_address = bound in ("0.0.0.0", "::", "")

    def allow(self, header: str) -> bool:
        if not header or "@" in header:
            return False
        try:
            parts = urlsplit(f"//{header}")
            port = parts.port or 80
        except ValueError:
            return False
        name = parts.hostname or ""
        return port in self.ports and (name in self.names or (self.any_address and _is_address(name)))


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    return host == "localhost" or (_is_address(host) and ipaddress.ip_address(host).is_loopback)


class App:
    """The WSGI application: routes a request, applies the checks, adds the headers."""

    def __init__(self, folder: Path, pool: Pool, hosts: Hosts, max_rows: int | None = None, max_bytes: int = sparql.MAX_BYTES,
                 cors: Iterable[str] = ()) -> None:
        self.folder, self.root = folder, folder.resolve()
        self.pool, self.hosts, self.max_rows, self.max_bytes = pool, hosts, max_rows, max_bytes
        self.cors = frozenset(origin.rstrip("/").lower() for origin in cors)
        self.page, self.page_csp = query_page()
        self.views = Views(folder)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = Request(environ)
        try:
            response = self.respond(request)
        except Refused as refused:
            response = _response(refusal(refused.status, str(refused), refused.headers))
        except Exception as error:  # never a traceback in a response; one line in the server's log
            print(f"kg serve: {request.method} {request.path}: {type(error).__name__}: {error}", file=sys.stderr, flush=True)
            response = _response(refusal(500, "internal error; see the server's log"))
        response.headers.update(SECURITY_HEADERS)
        return response(environ, start_response)

    def respond(self, request: Request) -> Response:
        host = request.headers.get("Host", "")
        if not self.hosts.allow(host):
            raise Refused(403, "this server answers only to its own address (Host header); see kg serve --host")
        origin = request.headers.get("Origin")
        shared = self.shares_with(origin) and request.path == "/sparql"
        if origin is not None and origin.lower() != f"http://{host}".lower() and not shared:
            raise Refused(403, "cross-origin requests are refused")
        if request.path == "/sparql":
            if request.headers.get("Sec-Fetch-Site") in ("cross-site", "same-site") and not shared:
                raise Refused(403, "cross-site requests are refused")
            response = self.preflight() if request.method == "OPTIONS" and shared else self.sparql(request)
            if shared:
                response.headers["Access-Control-Allow-Origin"] = "*" if "*" in self.cors else str(origin)
                response.vary.add("Origin")
            return response
        if request.method not in ("GET", "HEAD"):
            raise Refused(405, "only GET here; queries go to /sparql", (("Allow", "GET, HEAD"),))
        if request.path == "/query":
            response = Response(self.page, content_type="text/html; charset=utf-8")
            response.headers["Content-Security-Policy"] = self.page_csp
            return response
        if request.path.startswith(VIEW_PREFIX):
            try:
                page = self.views.page(request.path)
            except Busy as busy:
                raise Refused(503, str(busy), (("Retry-After", "5"),)) from None
            except TooLarge as error:
                raise Refused(422, str(error)) from None
            except KgError as error:
                raise Refused(404, str(error)) from None
            return Response(page, content_type="text/html; charset=utf-8", headers={"Cache-Control": "no-cache"})
        return self.file(request.path)

    # ---- /sparql ----------------------------------------------------------------------------------

    def shares_with(self, origin: str | None) -> bool:
        """Whether the endpoint's answers may be read by pages of this Origin (opt-in, `cors`)."""
        return origin is not None and ("*" in self.cors or origin.rstrip("/").lower() in self.cors)

    def preflight(self) -> Response:
        """The CORS preflight for a cross-origin POST (a JSON Accept or a sparql-query body)."""
        response = Response(status=204)
        response.headers["Access-Control-Allow-Methods"] = "GET, POST"
        response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type"
        response.headers["Access-Control-Max-Age"] = "600"
        return response

    def sparql(self, request: Request) -> Response:
        query, params = _query_and_parameters(request)
        if len(query.encode("utf-8")) > MAX_QUERY:
            raise Refused(413, f"query longer than {MAX_QUERY // 1024} KiB")
        formats = tuple(value for name, value in params if name in FORMAT_PARAMETERS)
        answer = self.pool.run(Job(query, request.headers.get("Accept", ""), formats, self.max_rows, self.max_bytes))
        response = _response(answer)
        response.vary.add("Accept")
        return response

    # ---- files ------------------------------------------------------------------------------------

    def file(self, url_path: str) -> Response:
        path = self._inside(url_path)
        try:
            data = path.read_bytes() if path else None
        except OSError:
            data = None
        if path is None or data is None:
            raise Refused(404, "not found")
        response = Response(data, content_type=FILE_TYPES[path.suffix])
        if path.suffix != ".html":
            response.headers["Content-Security-Policy"] = FILE_CSP
        response.headers["Cache-Control"] = "no-cache"
        return response

    def _inside(self, url_path: str) -> Path | None:
        """The file a URL path names, if it is a servable file inside the folder; else None."""
        name = url_path.lstrip("/")
        if not name:
            name = "index.html" if (self.folder / "index.html").is_file() else "graph.html"
        joined = safe_join(str(self.folder), name)  # None for .., absolute paths and the like
        if joined is None or "\x00" in joined:
            return None
        try:
            path = Path(joined).resolve()
            servable = (
                path.is_relative_to(self.root)  # not a symlink out of the folder
                and not any(part.startswith(".") for part in path.relative_to(self.root).parts)
                and path.suffix in FILE_TYPES
                and path.is_file()
            )
        except (OSError, ValueError):  # a name too long, and the like
            return None
        return path if servable else None


def _query_and_parameters(request: Request) -> tuple[str, list[tuple[str, str]]]:
    """The query text and the other parameters of a protocol request; Refused for anything else."""
    if request.method not in ("GET", "POST"):
        raise Refused(405, "the SPARQL endpoint takes GET and POST; it is read-only", (("Allow", "GET, POST"),))
    params = _parameters(request.query_string)
    body_query: list[str] = []
    if request.method == "POST":
        if request.mimetype == "application/sparql-update":
            raise Refused(403, READ_ONLY)
        body = request.get_data(cache=False)
        if request.mimetype == "application/x-www-form-urlencoded":
            params += _parameters(body)
        elif request.mimetype == "application/sparql-query":
            try:
                body_query = [body.decode("utf-8")]
            except UnicodeDecodeError:
                raise Refused(400, "the query is not UTF-8") from None
        else:
            raise Refused(415, "POST the query as application/sparql-query, or as query= in application/x-www-form-urlencoded")
    names = {name for name, _ in params}
    if names & {"update", "using-graph-uri", "using-named-graph-uri"}:
        raise Refused(403, READ_ONLY)
    if names & {"default-graph-uri", "named-graph-uri"}:
        raise Refused(400, "default-graph-uri and named-graph-uri are refused: this endpoint has one graph, the default graph")
    if unknown := sorted(names - {"query", *FORMAT_PARAMETERS}):
        raise Refused(400, f"unknown parameter {unknown[0]!r}; send query= (and optionally format=)")
    queries = body_query + [value for name, value in params if name == "query"]
    if len(queries) > 1:
        raise Refused(400, "more than one query in the request")
    if not queries or not queries[0].strip():
        raise Refused(400, "no query; send ?query=… (the query page is /query)")
    return queries[0], params


def _parameters(raw: bytes) -> list[tuple[str, str]]:
    """Percent-encoded UTF-8 name=value pairs, strictly: a broken encoding is 400, not U+FFFD."""
    try:
        return parse_qsl(raw.decode("utf-8"), keep_blank_values=True, encoding="utf-8", errors="strict", max_num_fields=20)
    except UnicodeDecodeError:
        raise Refused(400, "the parameters are not percent-encoded UTF-8") from None
    except ValueError:
        raise Refused(400, "too many parameters") from None


def _response(answer: Answer) -> Response:
    response = Response(answer.body, status=f"{answer.status} {HTTPStatus(answer.status).phrase}", content_type=answer.content_type)
    for name, value in answer.headers:
        response.headers[name] = value
    response.headers["Cache-Control"] = "no-store"
    return response


# ---- the query page -------------------------------------------------------------------------------

def query_page() -> tuple[str, str]:
    """The page and its Content-Security-Policy: the example queries are the competency queries
    shipped in kg/queries, as <option>s (html.escape) and, with our prefixes, a JSON block (no
    markup can end it)."""
    examples = sparql.examples()
    options = "\n".join(
        f'<option value="{html.escape(name)}">{html.escape(name)}: {html.escape(_description(text))}</option>' for name, text in examples.items()
    )
    text = (importlib.resources.files("kg.pages") / "templates/query.html").read_text(encoding="utf-8")
    data = script_json({"examples": examples, "prefixes": PREFIX_IRIS})
    page = string.Template(text).substitute(options=options, data=data, initial=html.escape(next(iter(examples.values()), "")))
    csp = (f"default-src 'none'; script-src {script_hashes(page)}; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; "
           "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    return page, csp


def _description(query: str) -> str:
    first = query.lstrip().splitlines()[0] if query.strip() else ""
    return first.lstrip("# ").strip() if first.startswith("#") else ""


# ---- the server -----------------------------------------------------------------------------------


def run(out: Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = 30.0, max_rows: int | None = None,
        max_bytes: int = sparql.MAX_BYTES, workers: int = 2, cors: Iterable[str] = (), on_ready: Callable[[str], None] = print) -> None:
    """Serve until Ctrl-C (or SIGTERM); calls on_ready with the URL once requests are answered."""
    from kg.rdf.formats import built_turtle

    ttl = out / "store" if (out / "store").is_dir() else built_turtle(out)  # the store when kg build made one
    if not ttl.exists():
        raise KgError(ttl, "no graph; run kg build first")
    deferred = _Deferred()
    try:
        # waitress threads: one per worker, plus a few so that static files and 503s answer while all work
        server: Any = create_server(
            deferred, host=host, port=port, threads=workers + 4, max_request_body_size=MAX_BODY,
            ident="policy-kg", asyncore_use_poll=True, expose_tracebacks=False, clear_untrusted_proxy_headers=True,
        )
    except (OSError, ValueError) as error:
        raise KgError(f"{host}:{port}", f"cannot listen ({getattr(error, 'strerror', None) or error})") from error
    listen = [(str(address), int(bound)) for address, bound in getattr(server, "effective_listen", None) or [(server.effective_host, server.effective_port)]]
    pool: Pool | None = None
    try:
        pool = Pool(ttl, workers=workers, timeout=timeout)
        deferred.app = App(out, pool, Hosts(host, [p for _, p in listen]), max_rows, max_bytes, cors)
        address, bound_port = listen[0]
        shown = f"[{address}]" if ":" in address else address
        on_ready(f"http://{shown}:{bound_port}/")
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            server.run()  # waitress catches KeyboardInterrupt, closes its sockets and returns
        finally:
            signal.signal(signal.SIGTERM, previous)
    finally:
        if pool is not None:
            pool.close()
        server.close()


class _Deferred:
    """The WSGI callable waitress holds; the App is put in once the workers are up (port first, so
    a port in use fails before any worker is started)."""

    app: App | None = None

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if self.app is None:
            return _response(refusal(503, "starting", (("Retry-After", "1"),)))(environ, start_response)
        return self.app(environ, start_response)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
