"""Step 7e (figures): an analysis → the report's charts as PNG and SVG bytes, bounded in size at any scale.

Drawn with matplotlib's Agg canvas (no pyplot, no global backend), with the text in Noto Sans CJK
when Debian's fonts-noto-cjk is installed, and saved without dates or version stamps, so the same
analysis gives the same bytes. Every chart draws aggregates or the top MAX_CATEGORIES of
something, never one mark per document, so a chart of 10,000 documents is as small as one of five.
"""

from __future__ import annotations

import io
import math
import statistics
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

MAX_CATEGORIES = 12  # bars, heatmap rows or series per chart; the rest are left out and said so
CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FIGURES = ("similarity", "distributions", "funding", "funding-largest", "targets", "diffusion", "centrality")


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
    draw = {
        "similarity": _similarity,
        "distributions": _distributions,
        "funding": _funding,
        "funding-largest": _funding_largest,
        "targets": _targets,
        "diffusion": _diffusion,
        "centrality": _centrality,
    }
    with matplotlib.rc_context(rc):
        return {name: _save(draw[name](a)) for name in FIGURES}


def _set_title(ax: Any, title: str) -> None:
    """A title of one or two lines, each its own Text: matplotlib draws a multi-line Text without its
    language, so libraqm took the locale's and the figure's bytes changed with LC_ALL (issue 15)."""
    head, _, note = title.partition("\n")
    ax.set_title(head, pad=16 if note else 6)
    if note:
        ax.annotate(note, xy=(0.5, 1), xycoords="axes fraction", xytext=(0, 4), textcoords="offset points", ha="center", va="bottom")


def _figure(width: float, height: float) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _save(fig: Any) -> tuple[bytes, bytes]:
    png, svg = io.BytesIO(), io.BytesIO()
    fig.savefig(png, format="png", metadata={"Software": None})
    fig.set_layout_engine("none")  # the constrained layout is done: the SVG reuses it instead of solving it again
    fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    return png.getvalue(), svg.getvalue()


def _empty(fig: Any, ax: Any, title: str) -> Any:
    ax.set_axis_off()
    ax.text(0.5, 0.5, "nothing to show", ha="center", va="center")
    _set_title(ax, title)
    return fig


def _doc(source: str) -> str:
    return source.removesuffix(".txt")


def _short(source: str) -> str:
    """A chart label for a document: the stem's numbering prefix (002 of 002_11ab….txt) or its start."""
    stem = _doc(source)
    head = stem.split("_", 1)[0]
    return head if 0 < len(head) <= 8 else stem[:12]


def _legend(ax: Any, colours: dict[str, str], **kwargs: Any) -> None:
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color=c, label=label or "(none)") for label, c in colours.items()], fontsize=8, **kwargs)


def _similarity(a: dict[str, Any]) -> Any:
    sim = a["similarity"]
    shown = len(sim["documents"])
    size = 3.5 + 0.35 * shown
    fig = _figure(size + 1.5, size)
    ax = fig.add_subplot()
    title = "Document similarity (Jaccard of entity sets)"
    if not shown:
        return _empty(fig, ax, title)
    if shown < sim["of"]:
        title += f"\n{shown} of {sim['of']} documents (most entities)"
    labels = [_doc(d)[:24] for d in sim["documents"]]
    image = ax.imshow(sim["matrix"], cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(shown), labels, rotation=45, ha="right")
    ax.set_yticks(range(shown), labels)
    if shown <= 12:
        for i, row in enumerate(sim["matrix"]):
            for j, value in enumerate(row):
                ax.text(j, i, f"{value:.2f}", ha="center", va="center", color="white" if value > 0.5 else "black", fontsize=8)
    fig.colorbar(image, ax=ax, shrink=0.8, label="Jaccard")
    _set_title(ax, title)
    return fig


def _distributions(a: dict[str, Any]) -> Any:
    """How many documents name each entity (log scale), and every pair of documents by Jaccard."""
    fig = _figure(10, 4)
    left, right = fig.subplots(1, 2)
    counts = Counter(len(r["documents"]) for r in a["centrality"])
    if counts:
        xs = sorted(counts)
        left.bar(xs, [counts[x] for x in xs], width=0.8 if len(xs) < 40 else 1.0, color="C0")
        left.set_yscale("log")
        if xs[-1] > 50:
            left.set_xscale("log")
    left.set_xlabel("documents naming the entity")
    left.set_ylabel("entities")
    left.set_title("Entities by number of documents")
    hist = a["similarity"]["histogram"]
    labels = ["0"] + [f"{b:.1f}–" if b < 1 else "1" for b in hist["bins"]]
    values = [hist["sharing_nothing"]] + [n - (hist["sharing_nothing"] if i == 0 else 0) for i, n in enumerate(hist["pairs"])]
    right.bar(labels, values, color="C1")
    right.set_xlabel("Jaccard similarity (0: share nothing)")
    right.set_ylabel("pairs of documents")
    right.set_title(f"Document pairs by similarity ({sum(hist['pairs'])} pairs)")
    right.tick_params(axis="x", rotation=45)
    return fig


def _funding(a: dict[str, Any]) -> Any:
    """Median amount per jurisdiction × level (colour, log), with the number of measures in each cell."""

    groups: dict[tuple[str, str], list[float]] = defaultdict(list)
    for r in a["funding"]:
        if r["amount_cny"]:
            groups[(r["jurisdiction"] or "(none)", r["level"] or "(none)")].append(r["amount_cny"])
    by_jurisdiction = Counter({j: 0 for j, _ in groups})
    for (j, _), values in groups.items():
        by_jurisdiction[j] += len(values)
    rows = [j for j, _ in sorted(by_jurisdiction.items(), key=lambda t: (-t[1], t[0]))[:MAX_CATEGORIES]]
    levels = sorted({lvl for _, lvl in groups}, key=lambda lvl: (lvl == "(none)", lvl))[:MAX_CATEGORIES]
    fig = _figure(3 + 1.1 * max(len(levels), 1), 1.8 + 0.4 * max(len(rows), 1))
    ax = fig.add_subplot()
    title = "Funding by jurisdiction and level: median yuan (log colour), measures in each cell"
    if not rows:
        return _empty(fig, ax, title)
    if len(by_jurisdiction) > len(rows):
        title += f"\n{len(rows)} of {len(by_jurisdiction)} jurisdictions (most measures)"
    grid = [[math.log10(statistics.median(groups[(j, lvl)])) if groups.get((j, lvl)) else math.nan for lvl in levels] for j in rows]
    image = ax.imshow(grid, cmap="viridis", aspect="auto")
    for i, j in enumerate(rows):
        for k, lvl in enumerate(levels):
            if groups.get((j, lvl)):
                bright = grid[i][k] > (min(v for r in grid for v in r if v == v) + max(v for r in grid for v in r if v == v)) / 2
                ax.text(k, i, f"{len(groups[(j, lvl)])}", ha="center", va="center", color="black" if bright else "white", fontsize=8)
    ax.set_xticks(range(len(levels)), levels)
    ax.set_yticks(range(len(rows)), [j[:16] for j in rows])
    fig.colorbar(image, ax=ax, shrink=0.8, label="log10 median yuan")
    _set_title(ax, title)
    return fig


def _funding_largest(a: dict[str, Any]) -> Any:
    rows = sorted((r for r in a["funding"] if r["amount_cny"]), key=lambda r: (-r["amount_cny"], r["recipient"], r["level"], r["document"], r["quote"]))
    shown = rows[: MAX_CATEGORIES * 2]
    fig = _figure(8, 1.5 + 0.28 * max(len(shown), 1))
    ax = fig.add_subplot()
    title = "Largest funding amounts per recipient and level (yuan, log scale; hatched = maximum)"
    if not shown:
        return _empty(fig, ax, title)
    if len(rows) > len(shown):
        title += f"\nlargest {len(shown)} of {len(rows)} amounts"
    colours = {j: f"C{i % 10}" for i, j in enumerate(sorted({r["jurisdiction"] for r in shown}))}
    y = list(range(len(shown)))[::-1]
    for yi, r in zip(y, shown):
        ax.barh(yi, r["amount_cny"], color=colours[r["jurisdiction"]], hatch="//" if r["cap"] else None, edgecolor="white")
    ax.set_yticks(y, [f"{r['recipient'][:16]} {r['level']} ({_short(r['document'])})".strip() for r in shown])
    ax.set_xscale("log")
    ax.set_xlabel("yuan")
    _legend(ax, colours, loc="lower right")
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


def _diffusion(a: dict[str, Any]) -> Any:
    """Per programme (the most widespread), the documents that have adopted it by each issued year,
    from the first adopter on (documents, not jurisdictions: many documents name no jurisdiction)."""
    rows = [r for r in a["programme_diffusion"] if r["by_year"]][:MAX_CATEGORIES]
    fig = _figure(9, 5)
    ax = fig.add_subplot()
    title = "Programme diffusion: documents adopting, by issued year"
    if not rows:
        return _empty(fig, ax, title)
    undated = sum(1 for d in a["documents"] if d["year"] is None)
    title += f"\n{len(rows)} most widespread of {len(a['programme_diffusion'])} programmes; ● first adopter" + (f"; {undated} documents without an issued year left out" if undated else "")
    years = sorted({y["year"] for r in rows for y in r["by_year"]})
    for i, r in enumerate(rows):
        new = {y["year"]: y["documents"] for y in r["by_year"]}
        total, xs, ys = 0, [], []
        for year in range(years[0], years[-1] + 1):
            total += new.get(year, 0)
            if year >= r["first"]["year"]:
                xs.append(year)
                ys.append(total)
        style = "-" if i < 10 else "--"
        ax.step(xs, ys, where="post", color=f"C{i % 10}", linestyle=style, label=f"{r['entity'][:14]} (first: {'、'.join(r['first']['jurisdictions'])[:10] or _short(r['first']['document'])})")
        ax.plot([xs[0]], [ys[0]], "o", color=f"C{i % 10}")
    ax.set_xlabel("issued year")
    ax.set_ylabel("documents adopting (cumulative)")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=7, loc="upper left")
    _set_title(ax, title)
    return fig


def _centrality(a: dict[str, Any]) -> Any:
    rows = a["centrality"][: MAX_CATEGORIES + 3]
    fig = _figure(8, 1.5 + 0.28 * max(len(rows), 1))
    ax = fig.add_subplot()
    title = "Entities by PageRank on the co-occurrence graph (top 15)"
    if not rows:
        return _empty(fig, ax, title)
    colours = {t: f"C{i % 10}" for i, t in enumerate(sorted({r["type"] for r in rows}))}
    y = list(range(len(rows)))[::-1]
    for yi, r in zip(y, rows):
        ax.barh(yi, r["pagerank"], color=colours[r["type"]])
    ax.set_yticks(y, [f"{r['entity'][:18]} ({len(r['documents'])} docs)" for r in rows])
    ax.set_xlabel("PageRank")
    _legend(ax, colours, loc="lower right")
    _set_title(ax, title)
    return fig
