"""Grouped: a promise to a group named once its kinds were listed (鼓励A、B和C等更多创业主体参与创业。对各类创业主体给予补贴;
建立A人才、B人才培养的…机制,鼓励人才…,在…经费等方面给予支持; 对开展A、B等方面的人才) → the kinds listed, for
kg.extract.fundbuild.

Regulations list the kinds first and pay the group by its name a clause or a sentence later; the group's name alone
(创业主体, 人才) says less than the text does, and a line for it stands for none of the kinds the text lists.
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.levels import list_items
from kg.extract.nouns import Recipient
from kg.extract.promises import Offer
from kg.vocab import Vocab

# 对|各类|创业主体: a word pointing back at a group named before (cue list group_anaphor)
POINTED = cues.lazy(lambda: rf"(?:{cues.alternation('group_anaphor')})(?P<group>[\u4e00-\u9fff]{{2,8}})")
# …A、B和C|等更多|创业主体: the list right before the group's name ends at 等 (or 等各类, 等一批)
LIST_THEN_GROUP = re.compile(r"等(?:更多|各类|一批|各种)?$")
# where a listed run of kinds starts: after a verb of support or urging, else at the clause's start
LIST_LEAD = cues.lazy(lambda: rf"(?:{cues.alternation('support_verb')})(?:[和、及与](?:{cues.alternation('support_verb')}))?")
# 基础研究人才、前沿技术研究人才: a run of kinds each ending in a group's name (cue list group_noun)
ENDING_RUN = cues.lazy(
    lambda: rf"(?:[\u4e00-\u7683\u7685-\u9fff]{{1,12}}?(?:{cues.alternation('group_noun')})[、和及与])+[\u4e00-\u7683\u7685-\u9fff]{{1,12}}?(?P<group>{cues.alternation('group_noun')})"
)
# 对|开展基础研究、前沿技术研究等方面的人才: the fields a group works in, one kind of it per field
FIELDS_OF = cues.lazy(
    lambda: rf"(?:开展|从事)(?P<fields>[^,。;的]{{2,40}}?)等?(?:方面|领域)?的(?P<group>{cues.alternation('group_noun')})"
)
RUN_LEAD = cues.lazy(lambda: rf"(?:{cues.alternation('group_list_lead')})")  # 建立健全|…: verbs before the run
CLAUSE_MARKS = ",;。:\n"
MAX_ITEM = 14  # characters: 城乡未继续升学的应届初高中毕业生
JOINERS = ("和", "及", "与", "或者", "或")


def kinds_of_group(text: str, vocab: Vocab, offer: Offer, recipients: list[Recipient]) -> list[Recipient]:
    """对各类创业主体 after …A、B和C等更多创业主体 (in the sentence or the one before it, in the paragraph); a bare group
    (人才, cue list group_noun) after A人才、B人才 in the same sentence: the kinds listed; else the recipients as read."""
    if len(recipients) != 1:
        return recipients
    name = recipients[0].name
    phrase = offer.phrase
    pointed = POINTED.fullmatch(text, phrase.start, phrase.end) if phrase else None
    if phrase and pointed and name in (pointed["group"], pointed.group()):  # (上述创业主体 read whole, or 各类 left out)
        sentence = _sentence_start(text, offer.paragraph, phrase.start)
        before = _sentence_start(text, offer.paragraph, sentence - 1) if sentence > offer.paragraph else sentence
        return _listed_then_named(text, pointed["group"], before, phrase.start) or recipients
    fields = FIELDS_OF.fullmatch(text, phrase.start, phrase.end) if phrase and name in cues.words("group_noun") else None
    if fields and fields["group"] == name:  # 对开展A、B等方面的|人才: A人才, B人才
        kinds = [Recipient(n + name, lv, p, q) for n, lv, p, q in list_items(text, fields.start("fields"), fields.end("fields"))]
        return kinds if len(kinds) >= 2 and all(2 <= k.end - k.start <= MAX_ITEM - len(name) for k in kinds) else recipients
    if name in cues.words("group_noun"):
        sentence = _sentence_start(text, offer.paragraph, recipients[0].start or offer.start)
        end = recipients[0].start if recipients[0].end else offer.start
        return _each_ending(text, name, sentence, end) or recipients
    return recipients


def _sentence_start(text: str, paragraph: int, pos: int) -> int:
    return max(paragraph, max(text.rfind(m, 0, pos) for m in "。;\n") + 1)


def _listed_then_named(text: str, group: str, start: int, end: int) -> list[Recipient]:
    """The last …A、B和C等更多|group in [start, end): its items, a head shared over 和 given to both (归国和外籍人才)."""
    at = text.rfind(group, start, end)
    while at > start:
        close = LIST_THEN_GROUP.search(text, start, at)
        if close:
            clause = max(text.rfind(m, start, close.start()) for m in CLAUSE_MARKS) + 1 or start
            leads = list(LIST_LEAD.finditer(text, max(clause, start), close.start()))
            items = list_items(text, leads[-1].end() if leads else max(clause, start), close.start())
            kinds = _shared_heads(text, items)
            if len(kinds) >= 2 and all(2 <= len(k.name) <= MAX_ITEM for k in kinds):
                return kinds
        at = text.rfind(group, start, at)
    return []


def _each_ending(text: str, group: str, start: int, end: int) -> list[Recipient]:
    """A人才、B人才 (each ending in the group's name and saying more, two at least) before the bare group in the
    sentence, the first item after the last verb that leads the run (建立健全|基础研究人才)."""
    runs = [m for m in ENDING_RUN.finditer(text, start, end) if m["group"] == group]
    if not runs:
        return []
    run = runs[-1]
    first = run.start() + min(run.group().find(sep) for sep in "、和及与" if sep in run.group())
    leads = list(RUN_LEAD.finditer(text, run.start(), first))
    a = leads[-1].end() if leads else run.start()
    kinds = [Recipient(n, lv, p, q) for n, lv, p, q in list_items(text, a, run.end())]
    if len(kinds) < 2 or not all(k.name.endswith(group) and len(group) < len(k.name) <= MAX_ITEM for k in kinds):
        return []
    return kinds


def _shared_heads(text: str, items: list[tuple[str, str | None, int, int]]) -> list[Recipient]:
    """归国|和|外籍人才: an item too short to be a kind before 和 takes the next item's last two characters."""
    out: list[Recipient] = []
    for k, (name, level, p, q) in enumerate(items):
        joined = text[q : items[k + 1][2]].strip() if k + 1 < len(items) else ""
        if len(name) <= 2 and joined in JOINERS and len(items[k + 1][0]) > 2:
            name = name + items[k + 1][0][-2:]
        out.append(Recipient(name, level, p, q))
    return out
