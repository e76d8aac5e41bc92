"""Placeholder while the funding extractor is written."""

from __future__ import annotations

EMITS = ()


def extract(doc, vocab):  # type: ignore[no-untyped-def]
    return []
