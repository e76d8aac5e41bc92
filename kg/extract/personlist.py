"""Persons listed as whom a promise pays (fund19a): 对全职博士、硕士研究生,分别给予…, 对博士、硕士研究生|到我市企业工作的 — each
person a recipient, where they go or work a condition (a place named there, 企业, is no recipient); for
kg.extract.recipients."""

from __future__ import annotations

from kg import cues
from kg.extract.nouns import PERSON, Recipient, named_items
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
