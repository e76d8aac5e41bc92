"""Step kinds of firm: a kind of firm written only as the step a firm takes (小升规, 规升强; cue list ent19b_step_kind)
names the kind only where 企业 closes it or its list (“小升规”、“规升强”企业); alone, or in a series of steps
(“个转企、小升规、规改股、股上市”工作), it names the steps (a programme the annotators name as written), no kind of firm.
ent19b. Read by kg.extract.entities over the vocabulary's hits.
"""

from __future__ import annotations

from kg import cues
from kg.vocab import Concept

QUOTES = r"[“”\"「」‘’\s]*"
# after a step: its closing quote and the steps listed after it (、“规升强”), up to the word that closes the list
LIST_AFTER = cues.lazy(lambda: rf"{QUOTES}(?:[、和及与]{QUOTES}(?:{cues.alternation('ent19b_step_kind')}){QUOTES})*")


def a_step(text: str, start: int, end: int, concept: Concept) -> bool:
    """Whether the EnterpriseType hit text[start:end] is a step alone (小升规 not closed by 企业): no kind of firm."""
    if concept.type != "EnterpriseType" or "".join(text[start:end].split()) not in cues.word_set("ent19b_step_kind"):
        return False
    after = LIST_AFTER.match(text, end)
    return not text.startswith("企业", after.end() if after else end)
