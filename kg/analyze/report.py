"""Step 7d (report): an analysis from `kg.analyze.metrics` → report.md, report.json, CSV tables and figures, as bytes.

Nothing here writes a file: `render` returns {file name: bytes} for `kg.files.write_all`. The
report summarises (top-N tables, distributions, figures) and says how each figure was computed;
report.json holds the same summary, so its size is bounded whatever the corpus; every row is in the
CSV files beside it (TABLES says which). The same analysis gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
import statistics
from collections import Counter, defaultdict
from typing import Any

from kg.analyze.figures import FIGURES, figures

__all__ = ["FIGURES", "TABLES", "render", "summary", "markdown", "tables"]

TOP = 20  # rows per table before "… N more"
MEMBERS = 15  # members named per community
TABLES = {
    "documents.csv": "every document: file name, title, jurisdictions, issued year, entities named",
    "entities.csv": "every entity: type, documents naming it, degree, weighted degree, betweenness, PageRank, community",
    "cross-document-entities.csv": "every entity named by two or more documents, with all their file names",
    "similarity.csv": "the document pairs the similarity table keeps (see method), with Jaccard and shared entities",
    "programme-diffusion.csv": "every programme: jurisdictions, documents, first adopter and year",
    "funding.csv": "every funding measure with its quote",
    "targets.csv": "every target with its quote",
}


def render(analysis: dict[str, Any]) -> dict[str, bytes]:
    """report.md, report.json, the CSV tables and each figure as PNG and SVG."""
    files = {"report.md": markdown(analysis).encode("utf-8"), "report.json": as_json(summary(analysis))}
    files.update(tables(analysis))
    for name, (png, svg) in figures(analysis).items():
        files[f"analytics-{name}.png"] = png
        files[f"analytics-{name}.svg"] = svg
    return files


def as_json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


# --- the summary (report.json) ----------------------------------------------------------------


def summary(a: dict[str, Any]) -> dict[str, Any]:
    """What report.json holds: counts, distributions and the top rows of each table; bounded in size."""
    sim = a["similarity"]
    return {
        "summary": a["summary"],
        "method": a["method"],
        "tables": TABLES,
        "documents": {"count": len(a["documents"]), "by_jurisdiction": _counts(j for d in a["documents"] for j in d["jurisdictions"] or [""]), "by_year": _by_year(a["documents"])},
        "cross_document_entities": {
            "count": len(a["cross_document_entities"]),
            "by_type": dict(sorted(Counter(r["type"] for r in a["cross_document_entities"]).items())),
            "top": [{k: v for k, v in r.items() if k != "sources"} for r in a["cross_document_entities"][:TOP]],
        },
        "measures": a["measures"],
        "centrality": {
            "top": [_central(r) for r in a["centrality"][:TOP]],
            "by_type": {t: [_central(r) for r in rows[:5]] for t, rows in sorted(_group(a["centrality"], "type").items())},
            "documents_per_entity": _spread(len(r["documents"]) for r in a["centrality"]),
        },
        "communities": {
            "count": len(a["communities"]),
            "sizes": _spread(c["size"] for c in a["communities"]),
            "top": [{"community": c["community"], "size": c["size"], "members": c["members"][:MEMBERS], "documents": len(c["documents"]), "first_documents": c["documents"][:10]} for c in a["communities"][:TOP]],
        },
        "similarity": {"of": sim["of"], "documents": sim["documents"], "entities": sim["entities"], "matrix": sim["matrix"], "top_pairs": sim["pairs"][:TOP], "histogram": sim["histogram"]},
        "programme_diffusion": {
            "count": len(a["programme_diffusion"]),
            "top": [{**{k: v for k, v in r.items() if k != "documents"}, "documents": len(r["documents"]), "jurisdictions": r["jurisdictions"][:TOP], "by_year": r["by_year"][:TOP]} for r in a["programme_diffusion"][:TOP]],
        },
        "funding": {"count": len(a["funding"]), "largest": _largest(a["funding"])[:TOP], "by_jurisdiction_and_level": funding_groups(a["funding"])[: TOP * 3]},
        "targets": {"count": len(a["targets"]), "by_year_and_jurisdiction": target_counts(a["targets"])[: TOP * 5], "first": a["targets"][:TOP]},
    }


def _central(row: dict[str, Any]) -> dict[str, Any]:
    return {**{k: v for k, v in row.items() if k != "documents"}, "documents": len(row["documents"])}


def _group(rows: list[dict[str, Any]], key: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        out[row[key]].append(row)
    return out


def _counts(values: Any, top: int = TOP) -> list[list[Any]]:
    """[[value, count], …] most frequent first, the top ones only."""
    return [[v, n] for v, n in sorted(Counter(values).items(), key=lambda t: (-t[1], str(t[0])))[:top]]


def _by_year(documents: list[dict[str, Any]]) -> list[list[Any]]:
    return [[y, n] for y, n in sorted(Counter(d["year"] for d in documents if d["year"] is not None).items())][-60:]


SPREAD = ((1, 1), (2, 2), (3, 5), (6, 10), (11, 50), (51, 100), (101, 1000), (1001, None))


def _spread(values: Any) -> list[list[Any]]:
    """A histogram over fixed, widening bins: [["1", n], ["2", n], ["3–5", n], …], empty bins left out."""
    counts: Counter[int] = Counter()
    for value in values:
        counts[next(i for i, (lo, hi) in enumerate(SPREAD) if value >= lo and (hi is None or value <= hi))] += 1
    return [[_bin(*SPREAD[i]), counts[i]] for i in sorted(counts)]


def _bin(lo: int, hi: int | None) -> str:
    return str(lo) if lo == hi else f"{lo}–{hi}" if hi else f"{lo}+"


def _largest(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (-(r["amount_cny"] or 0), r["recipient"], r["level"], r["document"], r["quote"]))


def funding_groups(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Funding measures with an amount, per jurisdiction and level: count, median, largest, total."""
    groups: dict[tuple[str, str], list[float]] = defaultdict(list)
    for r in rows:
        if r["amount_cny"]:
            groups[(r["jurisdiction"], r["level"])].append(r["amount_cny"])
    out = [{"jurisdiction": j, "level": lvl, "measures": len(v), "median_cny": statistics.median(v), "max_cny": max(v), "total_cny": sum(sorted(v))} for (j, lvl), v in groups.items()]
    return sorted(out, key=lambda g: (-g["measures"], -g["total_cny"], g["jurisdiction"], g["level"]))


def target_counts(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts = Counter((r["year"], r["jurisdiction"]) for r in rows if r["year"] is not None)
    return [{"year": y, "jurisdiction": j, "targets": n} for (y, j), n in sorted(counts.items(), key=lambda t: (-t[1], t[0]))]


# --- the full tables (CSV) --------------------------------------------------------------------


def tables(a: dict[str, Any]) -> dict[str, bytes]:
    """Every row of every table, as UTF-8 CSV (lists joined with “;”)."""
    community = {m["iri"]: c["community"] for c in a["communities"] for m in c["members"]}
    return {
        "documents.csv": _csv(["document", "title", "jurisdictions", "year"], [[d["document"], d["title"], d["jurisdictions"], d["year"]] for d in a["documents"]]),
        "entities.csv": _csv(
            ["entity", "type", "iri", "documents", "degree", "weighted_degree", "betweenness", "pagerank", "community"],
            [[r["entity"], r["type"], r["iri"], len(r["documents"]), r["degree"], r["weighted_degree"], r["betweenness"], r["pagerank"], community.get(r["iri"])] for r in a["centrality"]],
        ),
        "cross-document-entities.csv": _csv(["entity", "type", "iri", "documents", "which"], [[r["entity"], r["type"], r["iri"], r["documents"], r["sources"]] for r in a["cross_document_entities"]]),
        "similarity.csv": _csv(["a", "b", "jaccard", "shared"], [[p["a"], p["b"], p["jaccard"], p["shared"]] for p in a["similarity"]["pairs"]]),
        "programme-diffusion.csv": _csv(
            ["programme", "iri", "jurisdictions", "documents", "first_document", "first_year", "which_jurisdictions", "which_documents"],
            [[r["entity"], r["iri"], len(r["jurisdictions"]), len(r["documents"]), (r["first"] or {}).get("document"), (r["first"] or {}).get("year"), r["jurisdictions"], r["documents"]] for r in a["programme_diffusion"]],
        ),
        "funding.csv": _csv(["recipient", "level", "jurisdiction", "amount_cny", "cap", "ratio", "document", "quote"], [[r[k] for k in ("recipient", "level", "jurisdiction", "amount_cny", "cap", "ratio", "document", "quote")] for r in a["funding"]]),
        "targets.csv": _csv(["year", "jurisdiction", "subject", "value", "value_max", "unit", "document", "quote"], [[r[k] for k in ("year", "jurisdiction", "subject", "value", "value_max", "unit", "document", "quote")] for r in a["targets"]]),
    }


def _csv(header: list[str], rows: list[list[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([[_plain(v) for v in row] for row in rows])
    return out.getvalue().encode("utf-8")


def _plain(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(map(str, value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


# --- Markdown ---------------------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.0f}" if value.is_integer() else f"{value:.6g}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def _quote(text: str, around: str = "", limit: int = 40) -> str:
    """A short excerpt of a quote, centred on `around` when the quote contains it."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return f"“{text}”"
    start = max(0, min(text.find(around) - (limit - len(around)) // 2, len(text) - limit)) if around and around in text else 0
    return f"“{'…' if start else ''}{text[start:start + limit]}{'…' if start + limit < len(text) else ''}”"


def _table(header: list[str], rows: list[list[object]], top: int = TOP, more: str = "") -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows[:top]]
    if len(rows) > top:
        lines.append(f"\n… {len(rows) - top} more" + (f" in {more}" if more else ""))
    return lines + [""]


def _doc(source: str) -> str:
    return source.removesuffix(".txt")


def _docs(sources: list[str], limit: int = 8) -> str:
    shown = ", ".join(_doc(s) for s in sources[:limit])
    return shown + (f" … (+{len(sources) - limit})" if len(sources) > limit else "")


def markdown(a: dict[str, Any]) -> str:
    s = a["summary"]
    out = [
        "# Cross-document analytics",
        "",
        f"{s['documents']} documents, {s['entities']} entities, {s['document_entity_edges']} document–entity links, "
        f"{s['cooccurrence_edges']} co-occurrence edges. Every number below leads back to a document file and a quote. "
        "The tables show the top rows; every row is in the CSV files beside this report, and report.json holds this summary.",
        "",
        "## How these were computed",
        "",
        *[f"- **{what}**: {how}." for what, how in a["method"].items()],
        "",
        "Full tables: " + "; ".join(f"`{name}` ({what})" for name, what in TABLES.items()) + ".",
        "",
        "## Documents",
        "",
        *_table(["document", "title", "jurisdiction", "year"], [[d["document"], d["title"], "、".join(d["jurisdictions"]), d["year"]] for d in a["documents"]], more="documents.csv"),
        "## Cross-document entities",
        "",
        "Entities named by two or more documents, most documents first.",
        "",
    ]
    for type_, rows in sorted(_group(a["cross_document_entities"], "type").items()):
        out += [f"### {type_}", ""]
        out += _table(
            ["entity", "documents", "which", "first quote"],
            [[r["entity"], r["documents"], _docs(r["sources"]), _quote(r["evidence"][0]["quote"], r["entity"])] for r in rows],
            more="cross-document-entities.csv",
        )
    out += ["How many documents name each entity:", ""]
    out += _table(["documents", "entities"], _spread(len(r["documents"]) for r in a["centrality"]), top=len(SPREAD))
    out += ["![Distributions](analytics-distributions.png)", "", "## Centrality", "", "On the co-occurrence graph (entities joined when a document names both, weighted by the number of such documents):", ""]
    out += [f"- **{name}**: {meaning}." for name, meaning in a["measures"].items()]
    out += [""]
    for type_, rows in sorted(_group(a["centrality"], "type").items()):
        out += [f"### {type_} (top 5 by PageRank)", ""]
        out += _table(
            ["entity", "degree", "weighted degree", "betweenness", "PageRank", "documents"],
            [[r["entity"], r["degree"], r["weighted_degree"], r["betweenness"], r["pagerank"], _docs(r["documents"])] for r in rows],
            top=5,
            more="entities.csv",
        )
    out += ["## Communities", "", f"{a['method']['communities']}; largest first.", ""]
    out += _table(
        ["#", "size", "members (most documents first)", "documents"],
        [[c["community"], c["size"], "、".join(m["entity"] for m in c["members"][:MEMBERS]) + (" …" if c["size"] > MEMBERS else ""), _docs(c["documents"])] for c in a["communities"]],
        more="entities.csv (community column)",
    )
    sim = a["similarity"]
    docs = [_doc(d) for d in sim["documents"]]
    out += ["## Document similarity", "", f"Jaccard similarity of the documents' entity sets (shared entities / entities in either); {a['method']['similarity']}.", ""]
    if len(docs) < sim["of"]:
        out += [f"The matrix shows the {len(docs)} of {sim['of']} documents that name the most entities.", ""]
    out += _table(["", *docs], [[docs[i], *row] for i, row in enumerate(sim["matrix"])], top=len(docs))
    hist = sim["histogram"]
    out += ["Pairs of documents by Jaccard similarity:", ""]
    between = [n - (hist["sharing_nothing"] if i == 0 else 0) for i, n in enumerate(hist["pairs"])]
    out += _table(["Jaccard", "pairs"], [["0 (share nothing)", hist["sharing_nothing"]]] + [[f"{b:.1f}–{b + 0.1:.1f}" if b < 1 else "1", n] for b, n in zip(hist["bins"], between) if n], top=len(hist["bins"]) + 1)
    out += ["Most similar pairs:", ""]
    out += _table(["a", "b", "Jaccard", "shared entities"], [[_doc(p["a"]), _doc(p["b"]), p["jaccard"], p["shared"]] for p in sim["pairs"]], top=10, more="similarity.csv")
    out += ["![Document similarity](analytics-similarity.png)", "", "## Programme diffusion", "", "Each programme with the jurisdictions of the documents that name it, and the first adopter by issued year.", ""]
    out += _table(
        ["programme", "jurisdictions", "documents", "first adopter", "first quote"],
        [[r["entity"], "、".join(r["jurisdictions"][:8]) + (" …" if len(r["jurisdictions"]) > 8 else ""), _docs(r["documents"], 5), _first(r["first"]), _quote(r["evidence"][0]["quote"], r["entity"]) if r["evidence"] else ""] for r in a["programme_diffusion"]],
        more="programme-diffusion.csv",
    )
    out += ["![Programme diffusion](analytics-diffusion.png)", "", "## Funding", "", "Recipient × level × jurisdiction; amounts in yuan (cap: “最高”, a maximum). Largest first:", ""]
    out += _table(
        ["recipient", "level", "jurisdiction", "amount (CNY)", "cap", "ratio", "document", "quote"],
        [[r["recipient"], r["level"], r["jurisdiction"], r["amount_cny"], r["cap"], r["ratio"], _doc(r["document"]), _quote(r["quote"], r["recipient"])] for r in _largest(a["funding"])],
        more="funding.csv",
    )
    out += ["By jurisdiction and level (measures with an amount):", ""]
    out += _table(["jurisdiction", "level", "measures", "median (CNY)", "largest (CNY)"], [[g["jurisdiction"], g["level"], g["measures"], g["median_cny"], g["max_cny"]] for g in funding_groups(a["funding"])])
    out += ["![Funding by jurisdiction and level](analytics-funding.png)", "", "![Largest funding amounts](analytics-funding-largest.png)", "", "## Target timeline", "", "Targets by year and jurisdiction.", ""]
    out += _table(["year", "jurisdiction", "targets"], [[t["year"], t["jurisdiction"], t["targets"]] for t in sorted(target_counts(a["targets"]), key=lambda t: (t["year"], t["jurisdiction"]))])
    out += _table(
        ["year", "jurisdiction", "subject", "value", "unit", "document", "quote"],
        [[r["year"], r["jurisdiction"], r["subject"], r["value"], r["unit"], _doc(r["document"]), _quote(r["quote"], r["subject"])] for r in a["targets"]],
        more="targets.csv",
    )
    out += ["![Targets by year](analytics-targets.png)", "", "![Centrality](analytics-centrality.png)", ""]
    return "\n".join(out)


def _first(first: dict[str, Any] | None) -> str:
    return f"{_doc(first['document'])} ({first['year']})" if first else ""
