"""Rules put in force (实行|总会计师委派制度, 推行|职业技能等级制度): named whatever their field, unlike rules set up (ent17e)."""

from __future__ import annotations

from collections.abc import Sequence

from kg import cues
from kg.extract.words import Word

QUOTES = "“\"「"
VOCAB_PROGRAMME = "@Programme"  # the tag of a vocabulary programme's hit (kg.extract.words)


def named(verb: str, name: str, written: str, inside: Sequence[Word]) -> bool:
    """Whether a rule written after verb is named for being put in force: the verb puts it in force (cue list
    rule_in_force_verb); it is no rule of procedure (cue lists enforcement_rule, procedure_rule: 行政执法公示制度,
    有偿使用制度, 网络安全工作责任制); its short name is not quoted (推行政务服务“好差评”制度: 好差评制度, read by
    kg.extract.programmes) and no vocabulary programme stands inside it (推行科技|创新券|制度: 创新券)."""
    if verb not in cues.word_set("rule_in_force_verb") or any(q in written for q in QUOTES):
        return False
    if any(w.tag == VOCAB_PROGRAMME for w in inside):
        return False
    return not any(w in name for w in (*cues.words("enforcement_rule"), *cues.words("procedure_rule")))
