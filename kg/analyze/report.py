"""Step 6a (rendering): an analysis from `kg.analyze.metrics` → report.md, report.json and figures, as bytes.

Nothing here writes a file: `render` returns {file name: bytes} for `kg.rdf.formats.write_all`. The
figures are drawn with matplotlib's Agg canvas (no pyplot, no global backend), with the text in
Noto Sans CJK when Debian's fonts-noto-cjk is installed, and saved without dates or version
stamps, so the same analysis gives the same bytes.
"""

from __future__ import annotations

import io
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

TOP = 20  # rows per table before "… N more"
MAX_CATEGORIES = 12  # bars, heatmap rows or series per chart; the rest are left out and said so
CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FIGURES = ("similarity", "funding", "targets", "centrality")


def render(analysis: dict[str, Any]) -> dict[str, bytes]:
    """report.md, report.json and each figure as PNG and SVG."""
    files = {"report.md": markdown(analysis).encode("utf-8"), "report.json": as_json(analysis)}
    for name, (png, svg) in figures(analysis).items():
        files[f"analytics-{name}.png"] = png
        files[f"analytics-{name}.svg"] = svg
    return files


def as_json(analysis: dict[str, Any]) -> bytes:
    return (json.dumps(analysis, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


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


def _table(header: list[str], rows: list[list[object]], top: int = TOP) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows[:top]]
    if len(rows) > top:
        lines.append(f"\n… {len(rows) - top} more in report.json")
    return lines + [""]


def _doc(source: str) -> str:
    return source.removesuffix(".txt")


def _short(source: str) -> str:
    """A chart label for a document: the stem's numbering prefix (002 of 002_11ab….txt) or its start."""
    stem = _doc(source)
    head = stem.split("_", 1)[0]
    return head if 0 < len(head) <= 8 else stem[:12]


def markdown(a: dict[str, Any]) -> str:
    s = a["summary"]
    out = [
        "# Cross-document analytics",
        "",
        f"{s['documents']} documents, {s['entities']} entities, {s['document_entity_edges']} document–entity links, "
        f"{s['cooccurrence_edges']} co-occurrence edges. Every number below leads back to a document file and a quote; "
        "report.json has all rows and the full quotes.",
        "",
        "## Documents",
        "",
        *_table(["document", "title", "jurisdiction"], [[d["document"], d["title"], "、".join(d["jurisdictions"])] for d in a["documents"]], top=10**9),
        "## Cross-document entities",
        "",
        "Entities named by two or more documents, most documents first.",
        "",
    ]
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in a["cross_document_entities"]:
        by_type[row["type"]].append(row)
    for type_ in sorted(by_type):
        rows = by_type[type_]
        out += [f"### {type_}", ""]
        out += _table(
            ["entity", "documents", "which", "first quote"],
            [[r["entity"], r["documents"], ", ".join(_doc(e["document"]) for e in r["evidence"]), _quote(r["evidence"][0]["quote"], r["entity"])] for r in rows],
        )
    out += ["## Centrality", "", "On the co-occurrence graph (entities joined when a document names both, weighted by the number of such documents):", ""]
    out += [f"- **{name}**: {meaning}." for name, meaning in a["measures"].items()]
    out += [""]
    per_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in a["centrality"]:
        per_type[row["type"]].append(row)
    for type_ in sorted(per_type):
        out += [f"### {type_} (top 5 by PageRank)", ""]
        out += _table(
            ["entity", "degree", "weighted degree", "betweenness", "PageRank", "documents"],
            [[r["entity"], r["degree"], r["weighted_degree"], r["betweenness"], r["pagerank"], ", ".join(map(_doc, r["documents"]))] for r in per_type[type_]],
            top=5,
        )
    out += ["## Communities", "", "Louvain communities (seed 1) of the weighted co-occurrence graph, largest first.", ""]
    out += _table(
        ["#", "size", "members (most documents first)", "documents"],
        [[c["community"], c["size"], "、".join(m["entity"] for m in c["members"][:15]) + (" …" if c["size"] > 15 else ""), ", ".join(map(_doc, c["documents"]))] for c in a["communities"]],
    )
    sim = a["similarity"]
    docs = [_doc(d) for d in sim["documents"]]
    out += ["## Document similarity", "", "Jaccard similarity of the documents' entity sets (shared entities / entities in either).", ""]
    out += _table(["", *docs[: MAX_CATEGORIES * 2]], [[docs[i], *row[: MAX_CATEGORIES * 2]] for i, row in enumerate(sim["matrix"])], top=MAX_CATEGORIES * 2)
    out += ["Most similar pairs:", ""]
    out += _table(["a", "b", "Jaccard", "shared entities"], [[_doc(p["a"]), _doc(p["b"]), p["jaccard"], p["shared"]] for p in sim["pairs"]], top=10)
    out += ["![Document similarity](analytics-similarity.png)", "", "## Programme diffusion", "", "Each programme with the jurisdictions of the documents that name it.", ""]
    out += _table(
        ["programme", "jurisdictions", "documents", "first quote"],
        [[r["entity"], "、".join(r["jurisdictions"]), ", ".join(map(_doc, r["documents"])), _quote(r["evidence"][0]["quote"], r["entity"]) if r["evidence"] else ""] for r in a["programme_diffusion"]],
    )
    out += ["## Funding", "", "Recipient × level × jurisdiction; amounts in yuan (cap: “最高”, a maximum).", ""]
    funding_rows = sorted(a["funding"], key=lambda r: (-(r["amount_cny"] or 0), r["recipient"], r["level"], r["document"], r["quote"]))
    out += _table(
        ["recipient", "level", "jurisdiction", "amount (CNY)", "cap", "ratio", "document", "quote"],
        [[r["recipient"], r["level"], r["jurisdiction"], r["amount_cny"], r["cap"], r["ratio"], _doc(r["document"]), _quote(r["quote"], r["recipient"])] for r in funding_rows],
    )
    out += ["![Funding](analytics-funding.png)", "", "## Target timeline", "", "Targets by year and jurisdiction.", ""]
    counts = Counter((r["year"], r["jurisdiction"]) for r in a["targets"] if r["year"] is not None)
    out += _table(["year", "jurisdiction", "targets"], [[y, j, n] for (y, j), n in sorted(counts.items())])
    out += _table(
        ["year", "jurisdiction", "subject", "value", "unit", "document", "quote"],
        [[r["year"], r["jurisdiction"], r["subject"], r["value"], r["unit"], _doc(r["document"]), _quote(r["quote"], r["subject"])] for r in a["targets"]],
    )
    out += ["![Targets by year](analytics-targets.png)", "", "![Centrality](analytics-centrality.png)", ""]
    return "\n".join(out)


# --- Figures ----------------------------------------------------------------------------------


def figures(a: dict[str, Any]) -> dict[str, tuple[bytes, bytes]]:
    """Each figure as (PNG bytes, SVG bytes); drawn inside an rc_context so nothing global changes."""
    import matplotlib
    from matplotlib import font_manager

    rc: Any = {"svg.hashsalt": "policy-kg", "font.size": 9, "axes.unicode_minus": False}
    if CJK_FONT.is_file():
        font_manager.fontManager.addfont(str(CJK_FONT))
        rc["font.family"] = ["Noto Sans CJK SC", "DejaVu Sans"]
    if "text.language" in matplotlib.rcParams:
        # matplotlib 3.11 shapes text with libraqm, which takes the language from LC_ALL/LANG when
        # none is given: under zh_CN the CJK font's localised glyphs were drawn, so the figures'
        # bytes changed with the locale (issue 15). The labels are Simplified Chinese: say so.
        rc["text.language"] = "zh-Hans"
    with matplotlib.rc_context(rc):
        drawn = {"similarity": _similarity(a), "funding": _funding(a), "targets": _targets(a), "centrality": _centrality(a)}
        return {name: _save(fig) for name, fig in drawn.items()}


def _figure(width: float, height: float) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _set_title(ax: Any, title: str) -> None:
    """A title of one or two lines, each its own Text: matplotlib draws a multi-line Text without its
    language, so libraqm took the locale's and the figure's bytes changed with LC_ALL (issue 15)."""
    head, _, note = title.partition("\n")
    ax.set_title(head, pad=16 if note else 6)
    if note:
        ax.annotate(note, xy=(0.5, 1), xycoords="axes fraction", xytext=(0, 4), textcoords="offset points", ha="center", va="bottom")


def _save(fig: Any) -> tuple[bytes, bytes]:
    png, svg = io.BytesIO(), io.BytesIO()
    fig.savefig(png, format="png", metadata={"Software": None})
    fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    return png.getvalue(), svg.getvalue()


def _empty(fig: Any, ax: Any, title: str) -> Any:
    ax.set_axis_off()
    ax.text(0.5, 0.5, "nothing to show", ha="center", va="center")
    _set_title(ax, title)
    return fig


def _similarity(a: dict[str, Any]) -> Any:
    sim = a["similarity"]
    n = len(sim["documents"])
    keep = sorted(range(n), key=lambda i: (-sim["entities"][i], sim["documents"][i]))[: MAX_CATEGORIES * 2]
    keep.sort()
    size = 3.5 + 0.35 * len(keep)
    fig = _figure(size + 1.5, size)
    ax = fig.add_subplot()
    title = "Document similarity (Jaccard of entity sets)"
    if not keep:
        return _empty(fig, ax, title)
    if len(keep) < n:
        title += f"\n{len(keep)} of {n} documents (most entities)"
    labels = [_doc(sim["documents"][i])[:24] for i in keep]
    matrix = [[sim["matrix"][i][j] for j in keep] for i in keep]
    image = ax.imshow(matrix, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(keep)), labels, rotation=45, ha="right")
    ax.set_yticks(range(len(keep)), labels)
    if len(keep) <= 12:
        for i, row in enumerate(matrix):
            for j, value in enumerate(row):
                ax.text(j, i, f"{value:.2f}", ha="center", va="center", color="white" if value > 0.5 else "black", fontsize=8)
    fig.colorbar(image, ax=ax, shrink=0.8, label="Jaccard")
    _set_title(ax, title)
    return fig


def _funding(a: dict[str, Any]) -> Any:
    rows = sorted((r for r in a["funding"] if r["amount_cny"]), key=lambda r: (-r["amount_cny"], r["recipient"], r["level"], r["document"], r["quote"]))
    shown = rows[: MAX_CATEGORIES * 2]
    fig = _figure(8, 1.5 + 0.28 * max(len(shown), 1))
    ax = fig.add_subplot()
    title = "Funding per recipient and level (yuan, log scale; hatched = maximum)"
    if not shown:
        return _empty(fig, ax, title)
    if len(rows) > len(shown):
        title += f"\nlargest {len(shown)} of {len(rows)} amounts"
    jurisdictions = sorted({r["jurisdiction"] for r in shown})
    colours = {j: f"C{i % 10}" for i, j in enumerate(jurisdictions)}
    labels = [f"{r['recipient'][:16]} {r['level']} ({_short(r['document'])})".strip() for r in shown]
    y = list(range(len(shown)))[::-1]
    for yi, r in zip(y, shown):
        ax.barh(yi, r["amount_cny"], color=colours[r["jurisdiction"]], hatch="//" if r["cap"] else None, edgecolor="white")
    ax.set_yticks(y, labels)
    ax.set_xscale("log")
    ax.set_xlabel("yuan")
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color=colours[j], label=j or "(no jurisdiction)") for j in jurisdictions], loc="lower right", fontsize=8)
    _set_title(ax, title)
    return fig


def _targets(a: dict[str, Any]) -> Any:
    counts = Counter((r["year"], r["jurisdiction"] or "(none)") for r in a["targets"] if r["year"] is not None)
    fig = _figure(8, 4.5)
    ax = fig.add_subplot()
    title = "Targets by year and jurisdiction"
    if not counts:
        return _empty(fig, ax, title)
    totals: Counter[str] = Counter()
    for (_, j), n in counts.items():
        totals[j] += n
    top = [j for j, _ in sorted(totals.items(), key=lambda t: (-t[1], t[0]))[: MAX_CATEGORIES - 1]]
    series = top + (["other"] if len(totals) > len(top) else [])
    years = sorted({y for y, _ in counts})
    bottom = [0] * len(years)
    for i, j in enumerate(series):
        heights = [sum(n for (y2, j2), n in counts.items() if y2 == y and (j2 == j or (j == "other" and j2 not in top))) for y in years]
        ax.bar([str(y) for y in years], heights, bottom=bottom, label=j, color=f"C{i % 10}")
        bottom = [b + h for b, h in zip(bottom, heights)]
    ax.set_xlabel("year")
    ax.set_ylabel("targets")
    if len(years) > 15:
        ax.tick_params(axis="x", rotation=90)
    ax.legend(fontsize=8)
    _set_title(ax, title)
    return fig


def _centrality(a: dict[str, Any]) -> Any:
    rows = a["centrality"][: MAX_CATEGORIES + 3]
    fig = _figure(8, 1.5 + 0.28 * max(len(rows), 1))
    ax = fig.add_subplot()
    title = "Entities by PageRank on the co-occurrence graph (top 15)"
    if not rows:
        return _empty(fig, ax, title)
    types = sorted({r["type"] for r in rows})
    colours = {t: f"C{i % 10}" for i, t in enumerate(types)}
    y = list(range(len(rows)))[::-1]
    for yi, r in zip(y, rows):
        ax.barh(yi, r["pagerank"], color=colours[r["type"]])
    ax.set_yticks(y, [f"{r['entity'][:18]} ({len(r['documents'])} docs)" for r in rows])
    ax.set_xlabel("PageRank")
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color=colours[t], label=t) for t in types], loc="lower right", fontsize=8)
    _set_title(ax, title)
    return fig
