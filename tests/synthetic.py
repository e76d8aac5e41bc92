"""A made-up corpus of any size, for the 2,000-node page test and benchmarks/bench_page.py.

Entities are shared the way policy vocabularies are: a few are named by many documents, most by
one (a Zipf-like draw from a fixed-seed generator), so a big page looks like a big real corpus.
"""

from __future__ import annotations

import random

from kg.model import ENTITY_TYPES, Document, DocumentMeta, Entity


def corpus(nodes: int, documents: int = 40, seed: int = 7) -> tuple[list[Document], list[Entity]]:
    """`documents` documents and `nodes - documents` entities; same arguments, same corpus."""
    rng = random.Random(seed)
    docs = []
    for i in range(documents):
        text = f"第{i}号文件。" + "支持企业创新发展。" * 20
        n = len(text)
        docs.append(Document(f"doc{i:04d}", f"doc{i:04d}.txt", text, text, tuple(range(n)), tuple(range(1, n + 1)),
                             meta=DocumentMeta(title=f"合成政策文件第{i}号")))
    facts = []
    for j in range(nodes - documents):
        kind = ENTITY_TYPES[j % len(ENTITY_TYPES)]
        name = f"实体{j:05d}"
        named_by = min(documents, int(rng.paretovariate(1.6)))
        for doc in rng.sample(docs, named_by):
            start = rng.randrange(0, len(doc.text) - 4)
            facts.append(Entity(doc.id, kind, name, name, doc.evidence(start, start + 4)))
    return docs, facts
