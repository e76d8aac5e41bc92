"""Step 1 (DOCX): Word's own list numbers — the label (一、 (二) 3. ①) Word draws before a numbered paragraph.

Word keeps these numbers out of the paragraph's text (numbering.xml says how to count, the paragraph or its style
which list and level it is on), so a policy typed as a numbered list would lose 一、 and (一): the items' boundaries
and the 第X项 they are cited by. The label is put back as the text of the paragraph begins, as it reads on paper.
Bullets are no number and give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CHINESE = "一二三四五六七八九"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (lists run no longer)."""
    tens, ones = divmod(n, 10)
    if n <= 0 or n >= 100:
        return str(n)
    return (CHINESE[tens - 1] if tens > 1 else "") + ("十" if tens else "") + (CHINESE[ones - 1] if ones else "")


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = ""
    for value, mark in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + mark, n - value
    return out


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "chineseCounting": chinese,
    "chineseCountingThousand": chinese,
    "ideographDigital": lambda n: str(n).translate(str.maketrans("0123456789", "〇一二三四五六七八九")),
    "chineseLegalSimplified": lambda n: chinese(n).translate(str.maketrans("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾")),
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: CIRCLED[n - 1] if n <= len(CIRCLED) else str(n),
    "decimalEnclosedCircleChinese": lambda n: CIRCLED[n - 1] if n <= len(CIRCLED) else str(n),
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}
PLACE = re.compile(r"%([1-9])")


class Numbering:
    """The lists of a document and their counts so far: label(paragraph) for each paragraph in document order."""

    def __init__(self, document) -> None:  # type: ignore[no-untyped-def]
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId → level → (start, format, text)
        self.styles: dict[str, tuple[str, int]] = {}  # styleId → (numId, level), through basedOn
        self.counts: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return  # no numbering.xml: no list is numbered
        abstract = {a.get(f"{W}abstractNumId"): _levels(a) for a in root.iter(f"{W}abstractNum")}
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            levels = dict(abstract.get(ref.get(f"{W}val") if ref is not None else None, {}))
            for override in num.iter(f"{W}lvlOverride"):
                start = override.find(f"{W}startOverride")
                level = int(override.get(f"{W}ilvl", "0"))
                if start is not None and level in levels:
                    levels[level] = (int(start.get(f"{W}val", "1")), *levels[level][1:])
            self.levels[num.get(f"{W}numId")] = levels
        self._read_styles(document)

    def _read_styles(self, document) -> None:  # type: ignore[no-untyped-def]
        own: dict[str, tuple[str | None, int | None, str | None]] = {}
        for style in document.styles.element.iter(f"{W}style"):
            num = style.find(f"{W}pPr/{W}numPr")
            based = style.find(f"{W}basedOn")
            num_id, level = _num_pr(num) if num is not None else (None, None)
            own[style.get(f"{W}styleId")] = (num_id, level, based.get(f"{W}val") if based is not None else None)
        for name in own:
            seen: set[str | None] = set()
            current: str | None = name
            while current in own and current not in seen:
                seen.add(current)
                num_id, level, current = own[current][0], own[current][1], own[current][2]
                if num_id is not None and num_id != "0":
                    self.styles[name] = (num_id, level or 0)
                    break

    def label(self, paragraph) -> str:  # type: ignore[no-untyped-def]
        """The number Word shows before this paragraph ('' for none); counts it."""
        p_pr = paragraph._p.pPr
        num = p_pr.find(f"{W}numPr") if p_pr is not None else None
        style = p_pr.find(f"{W}pStyle") if p_pr is not None else None
        num_id, level = self.styles.get(style.get(f"{W}val") if style is not None else "Normal", (None, 0))
        if num is not None:
            own_id, own_level = _num_pr(num)
            if own_id == "0":
                return ""  # numbering taken off this paragraph
            num_id, level = own_id or num_id, own_level if own_level is not None else level
        levels = self.levels.get(num_id or "")
        if not levels or level not in levels:
            return ""
        counts = self.counts.setdefault(num_id or "", [0] * 9)
        counts[level] += 1
        counts[level + 1 :] = [0] * (8 - level)  # a higher item restarts the ones under it
        start, form, text = levels[level]
        if form in ("bullet", "none") or form not in FORMATS:
            return ""

        def shown(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            start_at, form_at = levels.get(at, (1, "decimal", ""))[:2]
            return FORMATS.get(form_at, str)(start_at + max(counts[at], 1) - 1)

        return PLACE.sub(shown, text)


def _levels(abstract) -> dict[int, tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    out = {}
    for lvl in abstract.iter(f"{W}lvl"):
        start, form, text = lvl.find(f"{W}start"), lvl.find(f"{W}numFmt"), lvl.find(f"{W}lvlText")
        out[int(lvl.get(f"{W}ilvl", "0"))] = (
            int(start.get(f"{W}val", "1")) if start is not None else 1,
            form.get(f"{W}val", "decimal") if form is not None else "decimal",
            text.get(f"{W}val", "") if text is not None else "",
        )
    return out


def _num_pr(num) -> tuple[str | None, int | None]:  # type: ignore[no-untyped-def]
    num_id, level = num.find(f"{W}numId"), num.find(f"{W}ilvl")
    value = num_id.get(f"{W}val") if num_id is not None else None
    return value, (int(level.get(f"{W}val", "0")) if level is not None else None)
