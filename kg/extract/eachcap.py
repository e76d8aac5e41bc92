"""Caps per kind after a shared share (按…的30%给予补贴,|孵化器每家每年最高不超过50万元,|众创空间最高20万元): a line per kind."""

from __future__ import annotations

from dataclasses import replace

from kg import cues
from kg.extract import sizes
from kg.extract.numbers import amounts
from kg.extract.promises import Offer
from kg.model import Document, Funding

# ,(其中)X(每家|单个|每案)(每年)最高不超过 …元, ,每家企业每年最高…, ,省级每家每年最高…: X's own cap (X a kind, its name ending
# as recipients' do, or a level of the recipients named)
KIND_CAP = cues.lazy(
    lambda: rf"[,;]\s*(?:其中,?)?(?P<per>每家|每个|每所|单个|单家)?(?:(?P<level>{cues.alternation('level')})|(?P<who>(?![每单])[\u4e00-\u9fff]{{0,10}}?(?:{cues.alternation('recipient_head')})))"
    rf"(?:的)?(?:每家|每个|每所|每案|每项|每件|单个|单家)?(?:每年度?)?(?:{cues.alternation('cap')})+\s*(?:新台币)?"
)
NEAR = 12  # characters from the cap word to its amount


def caps_by_kind(doc: Document, offer: Offer, built: list[Funding]) -> list[Funding]:
    """One line per kind capped after the share, each with its own cap and the share; else built as it was.

    Two kinds at least, every line built with the same share and the kinds' caps different (a cap for all stays one line);
    with nothing built (the phrase names only costs: …发生的费用,按…30%给予运营补贴), the kinds are whom the share pays.
    """
    text = doc.text
    shares = {f.ratio for f in built} if built else set(sizes.shares(text, offer.start, offer.terms, offer.paragraph)[:2])
    if len(shares) != 1 or None in shares:
        return built
    found = [(m["who"], m["level"], m["per"], next(amounts(text, m.end(), min(offer.terms.end, m.end() + NEAR)), None)) for m in KIND_CAP.finditer(text, offer.terms.start, offer.terms.end)]
    capped = [(who, level, per, amount[0]) for who, level, per, amount in found if amount]
    if len(capped) < 2 or len({amount for _, _, _, amount in capped}) < 2:
        return built
    out = []
    for who, level, per, amount in capped:
        if level:  # 国家级每家每年最高2000万元,省级…500万元: every line at that level
            at_level = [f for f in built if f.level == level]
            if not at_level:
                return built  # (a level no recipient has: not these lines)
            out += [replace(f, amount_yuan=amount, cap=True) for f in at_level]
            continue
        same = next((f for f in built if f.recipient.endswith(who) or who.endswith(f.recipient)), None)
        if per and same is None and built:
            return built  # (…,每个项目最高100万元: a unit counted, no kind of its own)
        base = same or (built[0] if built else Funding(doc.id, who, None, None, True, next(iter(shares)), False, None, offer.instrument, doc.evidence(offer.start, offer.end)))
        out.append(replace(base, recipient=same.recipient if same else who, level=same.level if same else None, amount_yuan=amount, cap=True))
    return list(dict.fromkeys(out))


UNCHANGED = cues.lazy(lambda: rf"\s*,\s*(?:[\u4e00-\u9fff]{{0,4}}?)(?:{cues.alternation('fund18d_cap_unchanged')})")


def cap_unchanged(text: str, offer: Offer, built: list[Funding], before: list[Funding]) -> list[Funding]:
    """…按照约定利息的70%给予贴息,上限不变: the share's lines capped at the last promise's one cap (in the same paragraph)."""
    caps = {f.amount_yuan for f in before if f.cap and f.amount_yuan is not None}
    if len(caps) != 1 or not UNCHANGED.match(text, offer.terms.end) or any(f.amount_yuan is not None for f in built):
        return built
    return [replace(f, amount_yuan=next(iter(caps)), cap=True) for f in built]
