"""Step 2: the text as read → clean Simplified text, with a map back to the original offsets.

Every rewrite here (line ends, NFKC, corner quotes, removing PDF line-wrap spaces and spaces inside numbers,
OpenCC t2s, Taiwan vocabulary, dropping web-page debris) goes through `_rewrite` or `_map_chars`,
which keep for each new character the span of the original text it came from. That is what lets
every fact quote the file exactly.

Normalisation is total and idempotent (tests/test_normalize.py checks both with Hypothesis): any
string is accepted, every line-end convention (CRLF, CR alone, NEL, U+2028/2029, form and line
feeds from PDFs) becomes LF before anything looks at lines, and `normalize` of its own output
changes nothing. The order of the steps is what makes it idempotent: each step only removes what
no later step can bring back (debris is dropped last, after Traditional text became Simplified).
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from kg import cues, lonecells
from kg.cellgaps import CELL_GAP, ITEM_OPENING, ROW_LINE, cell_gap, row_lines, tabbed
from kg.model import Document
from kg.vocab import Vocab

# Web-page chrome around the policy text: navigation, share and print buttons, footers, page
# dates and sources. Whole lines only, so a sentence that merely contains 来源 stays.
DEBRIS_LINE = re.compile(
    r"^[ \t\u3000]*(?:"
    r"您(?:当前|現在|现在)?所在(?:的)?位置.*|首页[ \t]*>.*|>.*"
    r"|分享(?:到)?[ \t]*[:：]?.*|字号.*|【?打印本页】?.*|【?关闭窗口】?.*|打印[ \t]*关闭.*"
    r"|Produced By.*|转载链接地址.*|主办[:：].*|承办[:：].*|.*(?:ICP备|公网安备|网站标识码).*"
    r"|编辑[:：].*|责任编辑.*|来源[:：].*|信息来源[:：].*|发布日期[:：].*|日期[:：].*来源[:：].*"
    # a page's info line (发布时间：… 来源：… 浏览次数：…), its font-size switch, its QR code's caption
    r"|发布时间[:：].*|(?:浏览|点击|访问)(?:次数|数|量)[:：].*|【?(?:字体|字号)[:：]?[ \t]*【?大[ \t]*中[ \t]*小.*|(?:手机)?扫一扫.{0,12}"
    r"|\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?[ \t]*\|.*"
    r"|热点|一周|一月|[•·][ \t]*[^\s]{1,4}|原文附件[:：].*|\(以上为部分内容.*|印[发發]信息|方案全文"
    # A 公文's closing block (版记): who gets copies, the office and day it was printed.
    r"|(?:抄送|抄报|副本|正本)[ \t\u3000]*[:：].*|[^\n。;:：,，]{2,40}?[ \t\u3000]*\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]*印[发發]"
    r")[ \t\u3000]*(?:\n|$)",
    re.MULTILINE,
)

# A notice's list of its attachments (附件:1.某市…管理办法 / 2.…申请表; 附件2:…; 附件: alone, then the one title; a web
# page's files, 申报表.docx / 汇总表.xlsx, one a line): the names of documents enclosed after the notice, whose own title
# and text follow and are kept; read twice they would give their facts twice. The marker that opens an enclosed
# document (附件1, 附件 alone, no colon) stays: segment stops looking for the title there.
ATTACHMENT_LIST = re.compile(
    r"^[ \t\u3000]*附[ \t\u3000]*件[ \t\u3000]*\d{0,2}[ \t\u3000]*[:：][ \t\u3000]*(?:\n[ \t\u3000]*)?(?:\d{1,2}[ \t\u3000]*[.、．][ \t\u3000]*)?"
    r"[^\n,，。;；:：!?！？]{2,60}(?:\n|$)(?:[ \t\u3000]*(?:\d{1,2}[ \t\u3000]*[.、．][ \t\u3000]*[^\n,，。;；:：!?！？]{2,60}"
    r"|[^\n,，。;；:：!?！？]{2,60}\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar))(?:\n|$))*",
    re.MULTILINE,
)

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_NOT_CJK = re.compile(f"[^{_CJK}]+")
# PDF text wraps lines with a space between two CJK characters: "创新生态的 重大决策部署".
# A tab is no wrap: it separates the cells of a table's row (kg.ingest.docx, kg.ingest.pdf).
WRAP_SPACE = re.compile(rf"(?<=[{_CJK}、,。;:“”()]) +(?=[{_CJK}、,。;:“”()])")
# A line break inside a sentence (a web page's <br>, a hard-wrapped text file): after a comma or 、 the sentence
# goes on, and a number at a line's end goes with the unit opening the next (1000|万元); a line of running text (a
# comma in it, no mark at its end, no item's number opening it) goes on in a next line that ends the sentence and opens
# no item (一、 (二) 3. 第四条), and so does a line that ends in a word no clause ends with (…国家级重点实验室给予|1000万元奖励。,
# cue list open_end). A heading ((三)实施…工程,完善制度链) opens with its number and a lead-in ends with :, so neither is
# joined to what follows; table rows never are.
YEAR_OPENING = re.compile(r"(?:19|20)\d{2}\s*年")  # 2026年,…: a line of its own
RUNNING_END = re.compile(rf"[{_CJK}\d%]$")
CONTINUES = re.compile(rf"[{_CJK}\d“(]")
SENTENCE_CLOSE = re.compile(r"[。!?;]\s*$")
WRAP_MIN, WRAP_LINES, WRAP_SHARE = 20, 8, 0.4  # a hard-wrapped text: 8 long lines or more, 40 % of them at its width
# A page's number on a line of its own between the halves of a sentence (— 3 —, -3-, 第3页, 第3页 共10页): the break is
# read across it. A bare number (BARE_NUMBER) is a page's too, unless the sentence around asks for it (_asks_number).
PAGE_LINE = re.compile(r"^ *(?:[-—–] *(?:第 *)?\d{1,4} *(?:页 *)?[-—–]|第 *\d{1,4} *页(?: *[/,]? *共 *\d{1,4} *页)?) *$", re.MULTILINE)
HALF_WIDTH = re.compile(r"[0-9A-Za-z]")
BARE_NUMBER = re.compile(r"^[ \t]*\d{1,2}[ \t]*$", re.MULTILINE)  # a number alone: a page's (a PDF's, a web page's list)
UNITS = "万亿元%家个项人台套件次倍年月日"
RUNNING_MAX = 40  # characters: a page's running header (the document's short title or its issuer) is no longer
LINE_CANNOT_END = "(“《〈【"  # marks that open what follows: no line of running text ends with one
PAIRED_MARKS = (("《", "》"), ("“", "”"), ("(", ")"))
LINE_CANNOT_START = ",、。)”》〉】;:%"  # marks that close what precedes: a PDF wrap never opens a line with one
HEADING_MAX = 40  # characters: an item's line this long, or with a 。 in it, is its body, not a heading
OPEN_LINE = 12  # characters: a line that wrapped inside an item, not a heading (一、目的, (二)鼓励社会参与)
# Every line-end convention, so that no line-based rule sees a whole CR-only file as one line.
LINE_END = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Spaces inside numbers (U+3000, NBSP, thin spaces become " " under NFKC): a thousands group
# "1 800家", or between a number and the Chinese around it, "到2025<U+3000>年". Two separate
# numbers ("2025 2026") stay apart: only a group of exactly three digits is joined.
# (?<=\d) +(?=\d{3}(?!\d)|CJK) or (?<=CJK) +(?=\d), written to open on the space itself: a pattern opening on a
# lookbehind is tried at every character of the document, one opening on a literal jumps from space to space (40x faster)
NUMBER_SPACE = re.compile(rf" (?:(?<=\d ) *(?=\d{{3}}(?!\d)|[{_CJK}])|(?<=[{_CJK}] ) *(?=\d))")
# Corner brackets, the quotation marks of Traditional texts, read as the Simplified ones every extractor
# keys on (quoted programme names, slogans); one character for one, so quotes stay exact.
CORNER_QUOTES = {"「": "“", "」": "”", "『": "“", "』": "”"}
# Straight quotes around a short name (专精特新"小巨人"企业, typed on a Latin keyboard or made so by NFKC from ＂) read as
# the Chinese ones every extractor and the vocabulary key on; one character for one, so quotes stay exact.
STRAIGHT_QUOTED = re.compile(rf'"(?P<inner>[{_CJK}A-Za-z0-9()·]{{1,30}})"')
TRADITIONAL_SHARE = 0.05  # Simplified text changes by ~0 % under t2s, Traditional by ~30 %

Aligned = tuple[str, tuple[int, ...], tuple[int, ...]]


def normalize(doc: Document, vocab: Vocab) -> Document:
    """Clean the document text; Traditional documents become Simplified with mainland words."""
    aligned: Aligned = (doc.original, tuple(range(len(doc.original))), tuple(range(1, len(doc.original) + 1)))
    aligned = _rewrite(aligned, LINE_END, lambda m: "\n")
    aligned = _map_chars(aligned, _clean_char)
    aligned = _rewrite(aligned, ATTACHMENT_LIST, lambda m: "")  # first: the lines around it are then read as neighbours
    aligned = _rewrite(aligned, STRAIGHT_QUOTED, lambda m: f"“{m['inner']}”")
    aligned = _rewrite(aligned, CELL_GAP, cell_gap)
    aligned = _row_gaps(aligned)
    while spans := _page_breaks(aligned[0]):  # until none is left: a break dropped sets new lines side by side
        aligned = _drop(aligned, spans)
    while spans := _broken_lines(aligned[0]):  # until nothing more joins: a line joined to its next may now run on
        aligned = _drop(aligned, spans)
    aligned = _rewrite(aligned, WRAP_SPACE, lambda m: "")
    aligned = _rewrite(aligned, NUMBER_SPACE, lambda m: "")
    aligned = _rewrite(aligned, DEBRIS_LINE, lambda m: "")  # before the test for Traditional text
    traditional = is_traditional(aligned[0])
    if traditional:
        aligned = _map_lines(aligned, _t2s().convert)
        mainland = dict(vocab.variants)
        aligned = _rewrite(aligned, _variant_pattern(vocab.variants), lambda m: mainland[m.group()])
        aligned = _rewrite(aligned, DEBRIS_LINE, lambda m: "")  # 來源: became 来源:
    text, starts, ends = aligned
    return replace(doc, text=text, starts=starts, ends=ends, traditional=traditional)


def simplified(original: str) -> str:
    """Characters only: NFKC and t2s, no Taiwan vocabulary (a title as written: 生技醫藥產業發展條例 → 生技医药产业发展条例)."""
    cleaned = WRAP_SPACE.sub("", NUMBER_SPACE.sub("", "".join(map(_clean_char, original))))
    return _t2s().convert(cleaned)


def _row_gaps(aligned: Aligned) -> Aligned:
    """The text with tabs for the single gaps between the cells of the table rows laid out with one blank."""
    rows = row_lines(aligned[0]) if " " in aligned[0] else {}
    if not rows:
        return aligned

    def row(match: re.Match[str]) -> str:
        line = match.group()
        if match.start() not in rows:
            return line
        lead = len(line) - len(line.lstrip(" "))
        body = line.strip(" ")
        return line[:lead] + tabbed(body, rows[match.start()]) + line[lead + len(body) :]

    return _rewrite(aligned, ROW_LINE, row)


def _broken_lines(text: str) -> list[tuple[int, int]]:
    """The spans (a line break with the blanks around it) that break a sentence, read line by line on the lines as
    joined so far, so that normalising again joins nothing more."""
    spans: list[tuple[int, int]] = []
    joined = ""  # the line as joined so far
    pos = 0
    lines = text.split("\n")
    width = _wrap_width(lines)
    for line, following in zip(lines, lines[1:]):
        joined = joined + line.strip(" ") if joined else line
        end = pos + len(line)
        head = following.lstrip(" ")
        if (_continues(joined.rstrip(" "), head) or (width and _wrapped(line.rstrip(" "), head, width))
                or _unclosed(joined.rstrip(" "), head)):
            spans.append((end - (len(line) - len(line.rstrip(" "))), end + 1 + len(following) - len(head)))
        else:
            joined = ""
        pos = end + 1
    return spans


def _page_breaks(text: str) -> list[tuple[int, int]]:
    """The spans of a PDF's page breaks laid out as lines: a page-number line (— 3 —, -3-, 第3页), the blank lines around
    it and the running header under it (a short line the document repeats), each up to the line after it, so that the
    halves of a sentence it stood between meet at one line break that `_broken_lines` then judges."""
    if PAGE_LINE.search(text) is None and BARE_NUMBER.search(text) is None:
        return []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    repeated = {line for line, n in Counter(line.strip(" ") for line in lines).items() if n >= 2 and 0 < len(line) <= RUNNING_MAX and "。" not in line}
    spans: list[tuple[int, int]] = []
    cells = lonecells.table_cells(lines)  # a lone number under a table's header is its cell (kg.lonecells), not a page's
    for index, line in enumerate(lines):
        if not (PAGE_LINE.match(line) or BARE_NUMBER.match(line) and index not in cells) or (spans and starts[index] < spans[-1][1]):
            continue
        first = index
        while first > 0 and not lines[first - 1].strip(" "):
            first -= 1
        last = index + 1
        while last < len(lines) and (not lines[last].strip(" ") or BARE_NUMBER.match(lines[last]) and last not in cells and BARE_NUMBER.match(line)):
            last += 1
        if last + 1 < len(lines) and lines[last].strip(" ") in repeated and not lines[last + 1].strip(" "):
            header = last + 1  # the next page's running header, set off by a blank line
            while header < len(lines) and not lines[header].strip(" "):
                header += 1
            last = header if header < len(lines) else last
        if BARE_NUMBER.match(line):  # a page's number, or a web page's, unless the sentence around asks for it
            if first == 0 or last == len(lines) or not _asks_number(lines[first - 1], lines[last]):
                spans.append((starts[first], min(starts[last], len(text))))
        elif first > 0 and last < len(lines):  # between two lines of text: they meet at one line break
            spans.append((starts[first], starts[last]))
    return spans


def _asks_number(before: str, after: str) -> bool:
    """Whether a number alone on its line is part of the sentence around it: before ends in a word or digit that a
    number follows (高新技术企业达到|30|家), or after opens with the number's unit."""
    before, after = before.strip(" "), after.strip(" ")
    return (after.startswith(tuple(UNITS)) or before[-1:].isdigit()
            or before.endswith(_cue_words("comparator") + _cue_words("open_end")))


def _unclosed(line: str, following: str) -> bool:
    """A line that ends in a mark no sentence ends with (an opening bracket or quote), leaves a bracket or quote open, or
    is followed by a line opening with a mark no line opens with (a closing bracket, a comma, 、 or 。 that a PDF's wrap
    pushed down) goes on."""
    return bool(line) and bool(following) and "\t" not in line + following and "|" not in line + following and (
        following[0] in LINE_CANNOT_START or CONTINUES.match(following) is not None and (
            line[-1] in LINE_CANNOT_END or any(line.count(open_) > line.count(close) for open_, close in PAIRED_MARKS)))  # 《…办|法》


def _continues(line: str, following: str) -> bool:
    """Whether the sentence of line (as joined so far) goes on in following."""
    if not line or not following or "\t" in line + following or "|" in line or not CONTINUES.match(following):
        return False
    if line[-1] in ",、" or (line[-1].isdigit() and following[0] in "万亿元%"):
        return True
    if following[0].isdigit() and not (YEAR_OPENING.match(following) or ITEM_OPENING.match(following)) and line.endswith(_cue_words("comparator")):
        return True  # 高新技术企业数量达到|2000家 (a PDF's line ends between a comparator and its number)
    heading = ITEM_OPENING.match(line) is not None and len(line) < HEADING_MAX and "。" not in line  # (三)实施…工程,完善…链
    running = "," in line and RUNNING_END.search(line) is not None and not heading
    open_ = len(line) >= OPEN_LINE and (line.endswith(_cue_words("open_end")) or following.startswith(_cue_words("open_start")))
    return (running or open_) and SENTENCE_CLOSE.search(following) is not None and not ITEM_OPENING.match(following)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text (a PDF's lines saved as text) breaks its lines at: the commonest length of the long
    lines, when most long lines have it or fall short of it by a character or two (full-width punctuation); else None."""
    long = [len(line.rstrip(" ")) for line in lines if len(line.strip(" ")) >= WRAP_MIN]  # an indent fills the line too
    if not long:
        return None
    width, count = Counter(long).most_common(1)[0]
    near = sum(width - 2 <= n <= width + 1 for n in long)  # one more: a mark no line opens with hangs past the margin
    return width if count >= WRAP_LINES and near >= WRAP_SHARE * len(long) else None


def _wrapped(line: str, following: str, width: int) -> bool:
    """A line filled to the wrap width with no stop at its end goes on in the next (…按照其上年度营业收|入分档给予奖励),
    unless the next opens an item or is no running text."""
    half = len(HALF_WIDTH.findall(line))  # Latin letters and digits take half a Chinese character's room on a page
    return (any(width - 2 <= n <= width + 1 for n in (len(line), len(line) - (half + 1) // 2)) and not SENTENCE_CLOSE.search(line) and not line.endswith((":", "。"))
            and bool(following) and CONTINUES.match(following) is not None and not ITEM_OPENING.match(following) and "\t" not in line + following)


@lru_cache(maxsize=None)
def _cue_words(name: str) -> tuple[str, ...]:
    """Words no clause ends with (给予, 最高, 和, 的 …) or no sentence opens with (给予): the line is open."""
    return tuple(cues.words(name))


def _drop(aligned: Aligned, spans: list[tuple[int, int]]) -> Aligned:
    """Remove the spans; every other character keeps its offsets."""
    if not spans:
        return aligned
    text, starts, ends = aligned
    keep = [True] * len(text)
    for a, b in spans:
        keep[a:b] = [False] * (b - a)
    kept = [i for i, k in enumerate(keep) if k]
    return "".join(text[i] for i in kept), tuple(starts[i] for i in kept), tuple(ends[i] for i in kept)


def is_traditional(text: str) -> bool:
    cjk = _NOT_CJK.sub("", text)  # the Han characters as one string, and compared in C: a list and a genexpr took 0.8 ms a document
    changed = sum(map(operator.ne, cjk, _t2s().convert(cjk)))
    return bool(cjk) and changed / len(cjk) >= TRADITIONAL_SHARE


@lru_cache(maxsize=None)  # a document has a few thousand distinct characters and many times more in all
def _clean_char(char: str) -> str:
    """NFKC (full-width digits, compatibility ideographs), no format or control characters."""
    if char in "\n\t":
        return char
    if char == "\u2015":  # ― for — : GBK as Windows maps it (cp936 A1AA) and in Chromium's PDFs
        return "\u2014"
    if char in CORNER_QUOTES:  # 「台灣AI行動計畫」: Traditional texts quote names in corner brackets
        return CORNER_QUOTES[char]
    if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co"):
        return ""
    if "\u2460" <= char <= "\u2473" or "\u2776" <= char <= "\u277f":  # ① ❶: an item's marker, (1) as written out, not
        return f"({ord(char) - (0x245F if ord(char) < 0x2776 else 0x2775)})"  # NFKC's bare 1 glued to its words (1对…, 1新增…)
    return unicodedata.normalize("NFKC", char)


def _rewrite(aligned: Aligned, pattern: re.Pattern[str], new: Callable[[re.Match[str]], str]) -> Aligned:
    """Replace every match; a replacement of equal length maps character by character."""
    text, starts, ends = aligned
    if pattern.search(text) is None:
        return aligned
    out: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    pos = 0
    for match in pattern.finditer(text):
        a, b = match.span()
        out.append(text[pos:a])
        out_starts.extend(starts[pos:a])
        out_ends.extend(ends[pos:a])
        replacement = new(match)
        out.append(replacement)
        if len(replacement) == b - a:
            out_starts.extend(starts[a:b])
            out_ends.extend(ends[a:b])
        elif replacement:
            out_starts.extend([starts[a]] * len(replacement))
            out_ends.extend([ends[b - 1]] * len(replacement))
        pos = b
    out.append(text[pos:])
    out_starts.extend(starts[pos:])
    out_ends.extend(ends[pos:])
    return "".join(out), tuple(out_starts), tuple(out_ends)


def _map_chars(aligned: Aligned, clean: Callable[[str], str]) -> Aligned:
    text, starts, ends = aligned
    table = {ord(char): clean(char) for char in set(text)}  # a document has a few thousand distinct characters
    if all(len(piece) == 1 for piece in table.values()):  # the usual case: the offset maps stay as they are
        return text.translate(table), starts, ends
    pieces = [table[ord(char)] for char in text]
    out: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    for new, start, end in zip(pieces, starts, ends):
        out.append(new)
        out_starts.extend([start] * len(new))
        out_ends.extend([end] * len(new))
    return "".join(out), tuple(out_starts), tuple(out_ends)


def _map_lines(aligned: Aligned, convert: Callable[[str], str]) -> Aligned:
    """Convert line by line; a line whose length changes is converted character by character."""
    whole_line = re.compile(r"[^\n]+")

    def convert_line(match: re.Match[str]) -> str:
        line = match.group()
        converted = convert(line)
        return converted if len(converted) == len(line) else "".join(convert(c) if len(convert(c)) == 1 else c for c in line)

    return _rewrite(aligned, whole_line, convert_line)


def _variant_pattern(variants: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(v) for v, _ in sorted(variants, key=lambda p: -len(p[0]))) or r"(?!)")


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc  # loaded on first use: importing kg stays cheap

    return opencc.OpenCC("t2s")
