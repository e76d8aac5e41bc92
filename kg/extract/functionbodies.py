"""Bodies named by their function after their place (市公安部门, 省专利行政部门, 国务院标准化行政主管部门): found for
kg.extract.heads.find; kg.extract.entities resolves the function's holder there or keeps the name as written."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract import resolve, words
from kg.extract.bodies import RELATIVE
from kg.extract.names import NOT_BEFORE_AGENCY, NOUN, Name
from kg.extract.words import Word

FUNCTION_PART = NOUN | {"v", "vn", "j", "b", "an", "a"}  # 卫生|健康|部门: adjectives of a function too
MAX_FUNCTION = 12  # characters between the place and 部门


def government_of(name: str) -> str | None:
    """省人民政府|科学技术行政部门: the government whose department a body named by function is."""
    found = re.match(r"^(.{1,12}?(?:人民政府|政府))(?=.)", name)
    return found[1] if found and is_function_body(name) else None


def is_function_body(name: str) -> bool:
    """Whether an agency's name is a body named by its function (kept as written)."""
    return name.endswith(cues.words("function_body"))


def function_bodies(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """A place (a region, 国务院, or 省/市/区/县 for the document's own), a function, 部门."""
    heads = cues.words("function_body")
    for k, word in enumerate(ws):
        if not word.text.endswith("部门"):
            continue
        j = k
        while j > 0 and (ws[j - 1].tag in FUNCTION_PART or _joins_nouns(ws, j - 1)) and ws[j - 1].tag != "@Region" and ws[j - 1].text != "国家" and word.end - ws[j - 1].start <= MAX_FUNCTION + 4 and not _ends_a_body(ws, j - 1):
            j -= 1
            if ws[j].text in RELATIVE or _glued_level(ws[j]):
                break
        glued = _glued_level(ws[j])
        place = ws[j] if ws[j].text in RELATIVE or glued else ws[j - 1] if j > 0 else None
        national = place is not None and place.text == "国家" and resolve.national_holder(text[place.start : word.end]) is not None
        if place is None or not (place.text in RELATIVE or glued or place.tag == "@Region" or place.text == "国务院" or national):
            continue  # 国家|药品监督管理|部门 only for a function the nation's bodies are listed by (ent15c)
        before = ws[ws.index(place) - 1].text if ws.index(place) > 0 else ""
        if before in NOT_BEFORE_AGENCY or before.endswith("级") or before == "以上":
            continue
        start = place.start + 1 if glued else place.end
        function = re.sub(r"^(?:人民政府|政府)", "", _strip_head(text[start : word.end], heads))  # 省人民政府|科学技术…部门
        if _names_a_function(function) and not any(w in function for w in cues.words("establish")):  # 市人民政府|建立健全|跨部门: a clause
            yield Name(place.start, word.end, "Agency", "".join(text[place.start : word.end].split()))


def _glued_level(word: Word) -> bool:
    """市网|信|部门: a level jieba's HMM glued to the first character of a function (no dictionary word: 市场, 省内 are)."""
    return len(word.text) == 2 and word.text[0] in RELATIVE and word.tag in NOUN and not words.known(word.text)


def _ends_a_body(ws: Sequence[Word], k: int) -> bool:
    """市|科学技术|协会|协助|科学技术|行政|部门: a body's kind jieba cut in two ends another body before the function
    (one word, 人民政府, opens the function: 省|人民政府|财政|部门)."""
    return k > 0 and ws[k - 1].text + ws[k].text in cues.word_set("agency_suffix")


def _joins_nouns(ws: Sequence[Word], k: int) -> bool:
    """工业|和|信息化: 和 between two nouns is inside a body's function."""
    return ws[k].text in ("和", "与") and 0 < k < len(ws) - 1 and ws[k - 1].tag in NOUN and ws[k + 1].tag in NOUN


def _strip_head(phrase: str, heads: tuple[str, ...]) -> str:
    """市场监管部门 → 市场 (the head and the words of a body's kind left out)."""
    for head in heads:  # longest first
        if phrase.endswith(head):
            return re.sub(r"(?:行政|主管|管理|监管)+$", "", phrase[: -len(head)]) or phrase[: -len(head)]
    return phrase


def _names_a_function(function: str) -> bool:
    words = "|".join(map(re.escape, cues.words("not_a_function")))
    joined = re.search(r"[和与]", function) and not any(one in function for one in cues.words("joined_function"))
    return len(function) >= 2 and function != "工作" and not joined and not re.search(words, function)
