"""Persons (and bodies) named apart from the condition as whom a promise pays (fund19a): 对全职博士、硕士研究生,分别给予…,
对博士、硕士研究生|到我市企业工作的 (each person; where they work a condition, 企业 there no recipient), 博士后|进站的, 经认定的
高层次人才,|在本市首次购买住房的; for kg.extract.recipients and kg.extract.fundbuild."""

from __future__ import annotations

from kg import cues
from kg.extract.nouns import PERSON, Recipient, named_items, recipient_heads
from kg.vocab import Vocab

PLACE_REACH = 12  # characters of a list of persons before the verb of where they go (博士、硕士研究生|到)


def is_person(name: str) -> bool:
    """A person or a class of persons (硕士研究生, 首席技师, 全职博士, A类人才), not a body."""
    return bool(PERSON.search(name)) or name.endswith(cues.words("person_class"))


def all_persons(items: list[Recipient]) -> bool:
    return bool(items) and all(is_person(r.name) for r in items)


def persons_placed(text: str, vocab: Vocab, a: int, b: int) -> list[Recipient]:
    """对博士、硕士研究生|到我市企业工作的: the persons listed before where they go (each item a person), or []."""
    for k in range(a + 2, min(b, a + PLACE_REACH + 1)):
        if any(text.startswith(w, k) for w in cues.words("place_verb")):
            items = named_items(text, vocab, a, k, nouns=True)
            condition = text[k:b].removesuffix("的")  # (A类、B类人才|在我区创办的企业: the firm is whom, not the persons)
            return items if all_persons(items) and "的" not in text[a:k] and "的" not in condition else []
    return []


def person_opening(text: str, a: int, b: int) -> list[Recipient]:
    """博士后|进站的,给予每人…: a condition that opens with a class of persons names them; [] otherwise."""
    if text[b - 1 : b] != "的" or "的" in text[a : b - 1]:
        return []
    word = max((w for w in cues.words("person_class") if text.startswith(w, a) and a + len(w) < b - 1), key=len, default="")
    return [Recipient(word, None, a, a + len(word))] if word else []


CLAUSE_MARKS = ",;。:\n"
NOUN_MAX = 10  # characters of a noun standing alone as a clause (经认定的|高层次人才|,)


def noun_before(text: str, vocab: Vocab, a: int) -> list[Recipient]:
    """经认定的高层次人才,|在本市首次购买住房的,按…给予: a clause before the condition that is only whom (a person or a
    body after its last 的); [] otherwise."""
    if text[a - 1 : a] != ",":
        return []
    start = max(text.rfind(m, 0, a - 1) for m in CLAUSE_MARKS) + 1
    clause = text[start : a - 1].strip()
    name = clause[clause.rfind("的") + 1 :].removeprefix("对")
    if not 2 <= len(name) <= NOUN_MAX or any(c.isdigit() for c in name) or not (is_person(name) or name.endswith(recipient_heads(vocab))):
        return []
    return [Recipient(name, None, a - 1 - len(name), a - 1)]

