"""Field closers: what stands after a list says whether it lists fields (a chain's links, laws' areas: none; 等特色金融: fields).

kg.extract.fields reads what closes a list (A、B、C等X). Three closings its kind words misread (ent17b):
- the links of an industry chain (研发设计、生产制造、营销服务等全产业链, …等产业链各环节): stages of making
  anything, no fields, though 产业链 closes a list of fields elsewhere (集成电路、生物医药等产业链);
- the areas of laws a party must obey (遵守网络安全、数据安全、个人信息保护等有关法律、法规): no fields
  named for development;
- a kind of finance or economy with a word of its own before it (…、离岸金融等特色金融, …、文化旅游等口岸经济):
  the items are fields, as under 等产业; the bare word is none (等经济和社会事务 lists a government's tasks).
And a field's name may end in 化 where the 化 is no quality (文化, 绿色石化; cue list field_word_hua); a field and a
kind of it joined by 和 are two (汽车和新能源汽车).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg import cues
from kg.extract.words import Word

NONE = "none"  # what closes a list that names no field


def links_or_laws(ws: Sequence[Word], k: int) -> bool:
    """Whether ws[k], a word after a list's 等, makes it a list of a chain's links (全|产业链, 产业链|各|环节) or
    of laws' areas (等|有关|法律)."""
    word = ws[k].text
    if word in cues.word_set("law_after_list"):
        return True
    if not word.endswith("产业链"):
        return False
    before = ws[k - 1].text if k else ""
    after = "".join(w.text for w in ws[k + 1 : k + 3])
    return word.startswith("全") or before.endswith("全") or after.startswith(cues.words("chain_link_after"))


def modified_kind(ws: Sequence[Word], k: int, first: int) -> bool:
    """Whether ws[k] is a kind of finance or economy after a word of its own (等|特色|金融, 等|口岸|经济), not
    the first word after 等 (等经济|和社会事务: a government's tasks)."""
    return k > first and ws[k].text in cues.word_set("field_kind_modified")


def kind_modifier(word: Word) -> bool:
    """A word of what kind a list's kind is that jieba tags a verb (等|开放型/v|经济业态, 等|外向型/v|产业): 型 ends it."""
    return len(word.text) >= 3 and word.text.endswith("型")


def joins_one_field(left: Word, right: Word) -> bool:
    """Whether 与 between two vocabulary fields names one field (生物技术与大健康, 虚拟现实与增强现实), not two sectors
    of an economy joined (现代服务业与先进制造业、现代农业深度融合: each ends in 业, a sector's own word)."""
    return left.tag == right.tag == "@Industry" and not (left.text.endswith("业") and right.text.endswith("业"))


def measured(ws: Sequence[Word], k: int) -> bool:
    """Whether the words from k say what the fields a list names reach (…等优势产业|营业收入年均增长, …等产业|规模突破;
    cue list field_measure_after): the list closes at its kind, as a plan's goal for the fields listed."""
    return "".join(w.text for w in ws[k : k + 3]).startswith(cues.words("field_measure_after"))


def unkinded(item: list[Word]) -> list[Word]:
    """The last item of a list without the kind word glued to a vocabulary field where no 等 comes first (人工智能、
    生物医药|领域的人才, …、区块链|技术): the field's name ends before its kind (数字产业 stays whole)."""
    kinds = cues.word_set("field_kind_strong") | cues.word_set("field_kind_soft")
    return item[:-1] if len(item) > 1 and item[-1].text in kinds and item[-2].tag == "@Industry" else item  # not 数字|产业


def hua_field(item: Sequence[Word]) -> bool:
    """Whether an item ending in 化 ends in a field's own word (文化, 绿色石化), not in a quality (数字化)."""
    return bool(item) and (item[-1].tag == "@Industry" or item[-1].text in cues.word_set("field_word_hua"))


def kind_of(left: Word, right: Word) -> bool:
    """汽车|和|新能源汽车, 材料|和|新材料: a field and a kind of it joined are two fields, not one name."""
    return len(left.text) >= 2 and right.text.endswith(left.text) and right.text != left.text


def item_ends(text: str, ws: Sequence[Word], k: int) -> bool:
    """Whether an item of a list ends before ws[k]: a mark, a list's word (等, 和) or a kind of field (…、人工智能|产业);
    not a noun or verb going on with a longer name (…、国家网络安全|产业园区, …、公共大数据|平台: a platform's name)."""
    if k >= len(ws):
        return True
    word = ws[k].text
    return not word.strip() or ws[k].tag == "x" or word in ITEM_END or word.endswith(cues.words("field_kind_strong")) or word in cues.word_set("field_kind_soft")


def past_broad_items(text: str, items: list[list[Word]]) -> list[list[Word]]:
    """The items of a list an industry word closes (…等产业, …等业态) but those too broad to name a field (制造, 农业;
    cue list too_broad_a_field), when two or more are left: 贸易与金融、航运、物流、制造、会展等产业 names four fields,
    not none; a broad word joined before an item is no part of it (…制造、研发与人工智能、大数据等产业融合发展)."""
    broad = cues.word_set("too_broad_a_field")
    items = [item[2:] if len(item) > 2 and item[0].text in broad and item[1].text in JOINED else item for item in items]  # 研发与|人工智能
    kept = [item for item in items if "".join(text[item[0].start : item[-1].end].split()) not in broad] if all(items) else items
    return kept if len(kept) >= 2 else items


JOINED = frozenset({"与", "和"})
ITEM_END = frozenset({"等", "等等", "和", "及", "与", "以及", "或", "的", "之"})
