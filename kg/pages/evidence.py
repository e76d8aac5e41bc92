"""Step 6b (text): how a fact reads on a page: edge labels, and each quote in its sentence.

`kg.pages.views` decides what the nodes and edges are; this module decides what their panels
say: a label such as "国家级 最高1000万元" for a funding measure, and for a piece of evidence the
quote with the words of its sentence around it, the file and the character offsets. Quotes are
grouped by sentence, so a panel never shows one sentence twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from kg.model import Document, Evidence, Funding, Provisions, Target

CONTEXT_CHARS = 40  # of the sentence on each side of a quote, in the side panel
MAX_QUOTE_CHARS = 40  # of a quote in a hover tooltip


class Quoter:
    """Evidence → the quote dicts of the side panel, one per sentence."""

    def __init__(self, docs: Mapping[str, Document], titles: Mapping[str, str]) -> None:
        self.docs = docs
        self.titles = titles
        self.provisions = {doc_id: Provisions.of(doc) for doc_id, doc in docs.items()}

    def sentence(self, ev: Evidence) -> tuple[str, int, int]:
        """What makes two quotes a repeat: the sentence they start in (else their own span)."""
        provisions = self.provisions.get(ev.doc)
        found = provisions.containing(ev) if provisions else None
        return (ev.doc, found.start, found.end) if found is not None else (ev.doc, ev.start, ev.end)

    def quotes(self, tagged: Iterable[tuple[str, Evidence]], limit: int) -> list[dict]:
        """One quote per sentence, in the order given, with the tags of every fact it holds.

        `tagged` pairs a tag (what the quote is evidence of, "" for nothing to say) with its
        evidence; the first evidence of a sentence is the one highlighted.
        """
        out: list[dict] = []
        by_sentence: dict[tuple[str, int, int], dict] = {}
        for tag, ev in tagged:
            key = self.sentence(ev)
            if key in by_sentence:
                tags = by_sentence[key]["tags"]
                if tag and tag not in tags:
                    tags.append(tag)
                continue
            if len(out) == limit:
                continue  # later facts may still add tags to the quotes already shown
            quote = self.quote(ev)
            if quote is None:
                continue
            quote["tags"] = [tag] if tag else []
            by_sentence[key] = quote
            out.append(quote)
        return out

    def quote(self, ev: Evidence) -> dict | None:
        quote = " ".join(ev.quote.split())
        if not quote:
            return None
        provisions = self.provisions.get(ev.doc)
        sentence = provisions.containing(ev) if provisions else None
        document = self.docs.get(ev.doc)
        before = after = ""
        if sentence is not None and document is not None:
            before = tail(document.original[sentence.start:ev.start], CONTEXT_CHARS)
            after = head(document.original[ev.end:sentence.end], CONTEXT_CHARS)
        return {
            "doc": self.titles.get(ev.doc, ev.doc),
            "where": f"{document.name if document else ev.doc} [{ev.start}:{ev.end}]",
            "before": before, "quote": quote, "after": after,
        }


def tooltip_quotes(quotes: list[dict], shown: int = 1) -> list[str]:
    """A taste of the evidence for a hover tooltip; a click opens the panel with the sentences."""
    lines = [f"  “{shorten(q['quote'], MAX_QUOTE_CHARS)}”" for q in quotes[:shown]]
    return [*lines, "(click for the sentences)"] if lines else []


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def tail(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else "…" + text[-limit:]


def head(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


# --- edge labels ------------------------------------------------------------------------------


def _number(value: Decimal) -> str:
    """1800 not 1.8E+3, 1.5 not 1.50."""
    return format(value.normalize(), "f")


def target_label(t: Target) -> str:
    value = _number(t.value) + (f"–{_number(t.value_max)}" if t.value_max is not None else "")
    label = f"{'每年' if t.per_year else ''}{value}{t.unit}"
    return f"{label} ({t.year})" if t.year else label


def _yuan(amount: Decimal) -> str:
    """Yuan as a policy text writes it: 10000000 → 1000万元, 150000000 → 1.5亿元."""
    if amount >= 100_000_000:
        return _number(amount / 100_000_000) + "亿元"
    if amount >= 10_000:
        return _number(amount / 10_000) + "万元"
    return _number(amount) + "元"


def funding_label(f: Funding) -> str:
    parts = [f.level or ""]
    if f.amount_yuan is not None:
        parts.append(("最高" if f.cap else "") + _yuan(f.amount_yuan))
    if f.ratio is not None:
        parts.append(("最高" if f.cap and f.amount_yuan is None else "") + _number(f.ratio * 100) + "%")
    if f.amount_yuan is None and f.ratio is None:
        parts.append(f.instrument or "")
    return " ".join(p for p in parts if p) or "funds"
