"""Kinds of document: the kind word the annotators record for the kind a title ends with (管理办法 → 办法, 作业要点 → 要点)."""

from __future__ import annotations

from kg import cues


def kind(found: str | None) -> str | None:
    """The kind without a word before it that does not change it (cue list doc_type_modifier): a 管理办法 is an 办法, an
    作业要点 a 要点 (gold-more dev5 0019, gold-synth3 s020, gold-synth6 s037); 实施细则, 行动计划 stay.

    Example:
        >>> kind("管理办法"), kind("作业要点"), kind("实施细则"), kind(None)
        ('办法', '要点', '实施细则', None)
    """
    if found is None:
        return None
    for word in cues.words("doc_type_modifier"):
        if found.startswith(word) and found[len(word) :] in cues.word_set("doc_type"):
            return found[len(word) :]
    return found
