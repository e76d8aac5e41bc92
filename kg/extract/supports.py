"""Supports: a verb of support (支持, 鼓励, 培育 …) + the first supported entity after it in its clause.

The entity is a vocabulary hit that the sentence's words let stand (kg.extract.words.hits, the
rule entities use), so 鼓励提高企业创新能力 supports no 高新技术企业.
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract import words
from kg.model import Document, Support
from kg.vocab import Vocab

EMITS = (Support,)

CLAUSE_END = re.compile(r"[,。;:!?\n]")
SUPPORTED_TYPES = frozenset({"PlatformType", "EnterpriseType", "Programme", "Industry", "Platform", "Organization"})


def extract(doc: Document, vocab: Vocab) -> list[Support]:
    """One Support per verb: the first supported-type entity after it in its clause."""
    supports = []
    verb_pattern = cues.pattern("support_verb")
    for sentence in doc.sentences:
        verbs = list(verb_pattern.finditer(doc.text, sentence.start, sentence.end))
        if not verbs:
            continue
        found = words.hits(doc.text, sentence.start, sentence.end, vocab, SUPPORTED_TYPES)  # once a sentence
        for verb in verbs:
            clause_end = CLAUSE_END.search(doc.text, verb.end(), sentence.end)
            end = clause_end.start() if clause_end else sentence.end
            hit = next(((s, e, c) for s, e, c in found if verb.end() <= s and e <= end), None)
            if hit:
                _, object_end, concept = hit
                evidence = doc.evidence(verb.start(), object_end)
                supports.append(Support(doc.id, concept.label, concept.type, verb.group(), evidence))
    return supports
