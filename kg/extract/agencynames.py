"""Agencies named by their words: a place, or a level standing for the document's own (市/区/省/县, 自治区, a zone), then a
body's kind (唐山市人民政府, 区科委, 市委市政府, 中共唐山市委, 市委人才工作领导小组); found for kg.extract.names.find."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import AND, NOT_BEFORE_AGENCY, NOUN, VERB, ZONE, Name, is_body
from kg.extract.words import Word, known

RELATIVE_LEVEL = frozenset({"省", "市", "区", "县"})
PARTY_COMMITTEE = re.compile(r"中共[\u4e00-\u9fff]{1,8}[省市区县]委")
SESSION = re.compile(r"第[一二三四五六七八九十百零\d]+届")


def agencies(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """A region, or 市/区/省/县 standing for the document's own, then a body: 唐山市人民政府, 区科委,
    市委市政府; 中共 before a region belongs to the name (中共唐山市委)."""
    i = 0
    while i < len(ws):
        word = ws[i]
        before = ws[i - 1].text if i else ""
        relative = (word.text[0] in RELATIVE_LEVEL and (word.text in RELATIVE_LEVEL or is_body(word.text[1:]))) or (
            word.text in ZONE or word.text == "自治区"  # 自治区|科技厅: an autonomous region's own level (ent14c)
        )
        end = None
        if _glued_before(ws, i):  # 报市|税务机关: a verb's last character jieba's HMM glued to the level
            yield Name(word.start + 1, ws[i + 1].end, "Agency", word.text[1] + ws[i + 1].text)
            i += 2
            continue
        if word.text.startswith("中共") and PARTY_COMMITTEE.fullmatch(word.text):  # 中共广东省委 cut as one word, maybe a department after it (the prefix first: no regex call per word)
            last = i + 1 if i + 1 < len(ws) and len(ws[i + 1].text) > 1 and is_body(ws[i + 1].text) else i
            yield Name(word.start, ws[last].end, "Agency", text[word.start : ws[last].end])
            i = last + 1
            continue
        if (word.tag == "@Region" or (relative and word.tag[0] in "njz") or _bracketed_place(ws, i + 1)) and before not in NOT_BEFORE_AGENCY:
            end = _body_end(ws, i)
        if end is None:
            i += 1
            continue
        start = ws[i - 1].start if before == "中共" or _national_branch(text, ws, i, end) else word.start
        yield Name(start, ws[end].end, "Agency", SESSION.sub("", text[start : ws[end].end]))
        i = end + 1


def _national_branch(text: str, ws: Sequence[Word], i: int, end: int) -> bool:
    """国家金融监督管理总局|无锡|监管分局: a national body right before a place and a branch's kind (cue list
    national_branch_kind) is that body's office there, one name as written (not 无锡监管分局 beside the body; ent16e)."""
    national = i > 0 and ws[i - 1].tag == "@Agency" and ws[i - 1].text.startswith(("国家", "中国"))
    return national and ws[i].tag == "@Region" and text[ws[i].end : ws[end].end].endswith(cues.words("national_branch_kind"))


def _body_end(ws: Sequence[Word], i: int) -> int | None:
    """The index of the last word of the body after word i (市委 is a body by itself), or None.

    A group named by its task may hold a verb of the task and a place (广东省|推进|粤港澳大湾区|建设|
    领导小组, cue list group_task_verb): only a group or committee ends such a name."""
    k = i if ws[i].tag != "@Region" and is_body(ws[i].text[1:]) else None
    k = _committee_group(ws, i) if k == i else k
    j = i + 1
    task = False
    reach = 20 + (ws[i + 3].end - ws[i].end if _bracketed_place(ws, i + 1) else 0)  # characters of a body's name, a zone's bracketed place aside
    while k is None and j < len(ws) and ws[j].end - ws[i].start <= reach:
        word = ws[j]
        if word.tag != "@Region" and (is_body(word.text) or _kind_cut_in_two(ws, j, i)):
            if task and not word.text.endswith(cues.words("task_group_kind")):  # …建设|领导小组
                return None
            k = j
        elif SESSION.fullmatch(word.text):  # 浙江省|第十二届|人民代表大会常务委员会: the body, any session
            j += 1
        elif j == i + 1 and _bracketed_place(ws, j):  # 中国|(重庆)|自由贸易试验区工作领导小组: a zone's group (ent16e)
            j += 3
        elif word.tag in NOUN or word.tag == "zg" or (word.tag[0] == "@" and (word.tag != "@Region" or task)) or (word.text in AND and j + 1 < len(ws) and ws[j + 1].tag in NOUN and not _joins_another_body(ws, j)):
            j += 1
        elif word.tag in VERB and j + 1 < len(ws) and (is_body(ws[j + 1].text) or (j > i + 1 and ws[j + 1].text == "和")) and not ws[j - 1].text.endswith(cues.words("joined_body_head")):  # 部际|协调|小组; 科技|创新|和|产业|促进|局; not 主管部门|承担|领导小组… (a body's head, then its verb)
            j += 1
        elif not task and (word.text in cues.word_set("group_task_verb") or (word.tag in VERB and i + 1 < j < len(ws) - 1 and ws[j + 1].text == "工作")):  # 科技|创新|工作|领导小组
            task, j = True, j + 1
        else:
            return None
    while k is not None and k + 1 < len(ws) and is_body(ws[k + 1].text) and (len(ws[k + 1].text) > 1):
        k += 1  # 领导小组|办公室, 市委|市政府
    return k


def _bracketed_place(ws: Sequence[Word], j: int) -> bool:
    """(重庆) right after 中国: the bracketed place of a zone's name (中国(重庆)自由贸易试验区), read on into the name."""
    return 0 < j and ws[j - 1].text == "中国" and j + 2 < len(ws) and ws[j].text in "(（" and ws[j + 1].tag == "@Region" and ws[j + 2].text in ")）"


def _joins_another_body(ws: Sequence[Word], j: int) -> bool:
    """山东省和|青岛市人民政府, 市有关部门和|区人民政府, 广东省派出机构与|…委员会: 和 after a body's head of its own
    (cue list joined_body_head) or before another place or level joins two bodies, no one name (工业和信息化局 is)."""
    after = ws[j + 1]
    return ws[j - 1].text.endswith(cues.words("joined_body_head")) or after.tag == "@Region" or after.text in RELATIVE_LEVEL


def _committee_group(ws: Sequence[Word], i: int) -> int:
    """市委|人才|工作|领导小组, 省委|科技|委员会: a group or committee of the party committee named by its work
    (cue list task_group_kind) right after 市委 is the body, not 市委 alone, and so is its office in short
    (市委|人才|办: written in full by cue list agency_full_form); else 市委 (word i) itself."""
    if not ws[i].text.endswith("委") or len(ws[i].text) != 2:
        return i
    for j in range(i + 1, min(i + 5, len(ws))):
        word = ws[j]
        group = is_body(word.text) and word.text.endswith(cues.words("task_group_kind"))
        if j > i + 1 and (group or word.text == "办"):
            return j
        if word.tag not in ("n", "vn") or is_body(word.text):
            return i
    return i


def _glued_before(ws: Sequence[Word], i: int) -> bool:
    """报市|税务机关, 向省|科技厅: a guessed word (no dictionary word: 城市, 全省 are) ending in a level, then a body's kind."""
    word = ws[i]
    glued = len(word.text) == 2 and word.text[1] in RELATIVE_LEVEL and word.text[0] not in RELATIVE_LEVEL and not known(word.text)
    return glued and i + 1 < len(ws) and len(ws[i + 1].text) > 1 and is_body(ws[i + 1].text) and ws[i + 1].tag != "@Region"


def _kind_cut_in_two(ws: Sequence[Word], j: int, i: int) -> bool:
    """科学技术|协会, 社会科学界|联合会: a long kind of body (cue list agency_suffix) jieba cuts into two words,
    the first right after the place or level (市|科学技术|协会), so that it is the whole kind and no part of a name."""
    return j == i + 2 and len(ws[j - 1].text) + len(ws[j].text) >= 4 and ws[j - 1].text + ws[j].text in cues.word_set("agency_suffix")
