"""Stages: one promise to firms at several stages of growth (种子期、初创期科技型企业) is one line, not one per stage.

A stage word (cue list growth_stage: 种子期, 初创期, 成长期 …) names when a firm is paid, not another kind of firm: the
annotators keep 对人才创办的种子期、初创期企业给予…股权投资 one line (gold-synth s002, gold-synth2 s007, gold-synth3 s019;
one of four dev documents splits it). The list read item by item gives 种子期 (or 种子期科技型企业) and 初创期企业 from
the same words with the same terms: they are joined back as written, 种子期、初创期企业.
"""

from __future__ import annotations

from dataclasses import replace

from kg import cues
from kg.model import Funding


def _parts(name: str) -> tuple[list[str], str]:
    """The stage words a name opens with (种子期、初创期) and the rest (科技型企业)."""
    stages: list[str] = []
    while stage := next((w for w in cues.words("growth_stage") if name.startswith(w)), None):
        stages.append(stage)
        name = name[len(stage) :].lstrip("、和及与")
    return stages, name


def joined(facts: list[Funding]) -> list[Funding]:
    """The facts with the lines of one promise split by stage (same quote and terms, names differing only in the
    stages they open with, or stages alone) joined into one line named with every stage, as written."""
    out: list[Funding] = []
    for fact in facts:
        stages, rest = _parts(fact.recipient)
        twin = next((k for k, f in enumerate(out) if stages and _same_terms(f, fact) and (had := _parts(f.recipient))[0]
                     and had[1] in ("", rest) and not set(had[0]) & set(stages)), None)
        if twin is None:
            out.append(fact)
            continue
        out[twin] = replace(out[twin], recipient="、".join(_parts(out[twin].recipient)[0] + stages) + rest)
    return out


def _same_terms(a: Funding, b: Funding) -> bool:
    return (a.evidence.start, a.evidence.end, a.level, a.amount_yuan, a.ratio, a.instrument) == (b.evidence.start, b.evidence.end, b.level, b.amount_yuan, b.ratio, b.instrument)
