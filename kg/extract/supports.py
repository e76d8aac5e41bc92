"""Supports: 支持/鼓励/引导/培育/扶持/推动 + a vocabulary entity in the same clause."""

from __future__ import annotations

import re

from kg.model import Document, Support
from kg.vocab import Vocab

EMITS = (Support,)

VERB = re.compile(r"支持|鼓励|引导|培育|扶持|推动|扶植|培养")
CLAUSE_END = re.compile(r"[,。;:!?\n]")
SUPPORTED_TYPES = frozenset({"PlatformType", "EnterpriseType", "Programme", "Industry", "Platform", "Organization"})


def extract(doc: Document, vocab: Vocab) -> list[Support]:
    """One Support per verb: the first supported-type entity after it in its clause."""
    supports = []
    for verb in VERB.finditer(doc.text):
        clause_end = CLAUSE_END.search(doc.text, verb.end())
        end = clause_end.start() if clause_end else len(doc.text)
        hit = next((h for h in vocab.find(doc.text, verb.end(), end) if h[2].type in SUPPORTED_TYPES), None)
        if hit:
            _, object_end, concept = hit
            evidence = doc.evidence(verb.start(), object_end)
            supports.append(Support(doc.id, concept.label, concept.type, verb.group(), evidence))
    return supports
