"""Step 1 (HTML): a saved web page → its main text, the metadata table above it, and its `<title>`.

The main text comes from trafilatura, which leaves out navigation, share buttons and footers;
`<script>`, `<style>`, `<noscript>` and `<template>` never reach it. Many government sites put a
table of 索引号, 发文机关, 发文字号, 成文日期 and 发布日期 above the text: it is read into the
document's fields and taken out of the text, as is `<title>`, kept as a fallback title.
"""

from __future__ import annotations

import re
from typing import Any

from kg.errors import KgError
from kg.ingest import text as plain

# The labels of the metadata table, and the one name each is kept under.
LABELS = {
    "索引号": "索引号",
    "发文机关": "发文机关",
    "发布机构": "发文机关",
    "发文单位": "发文机关",
    "发文部门": "发文机关",
    "发布单位": "发文机关",
    "发布部门": "发文机关",
    "发文字号": "发文字号",
    "文号": "发文字号",
    "文件编号": "发文字号",
    "成文日期": "成文日期",
    "发布日期": "发布日期",
    "主题分类": "主题分类",
    "标题": "标题",
    "名称": "标题",
    # as Taiwan's sites write them
    "發文機關": "发文机关",
    "發布機關": "发文机关",
    "發文單位": "发文机关",
    "發文字號": "发文字号",
    "文號": "发文字号",
    "發布日期": "发布日期",
    "標題": "标题",
    "名稱": "标题",
    "法規名稱": "标题",
}
_LABEL = "|".join(r"\s*".join(map(re.escape, label)) for label in sorted(LABELS, key=len, reverse=True))
# a label of the table not kept (生效日期, 有效性, 公开方式 …) ends the value before it too: a short Chinese word and a colon
OTHER_LABEL = r"\s(?:[\u4e00-\u9fff]\s*){2,6}[:：]"
FIELD = re.compile(rf"(?P<label>{_LABEL})\s*[:：]\s*(?P<value>.*?)(?=(?:{_LABEL})\s*[:：]|{OTHER_LABEL}|\Z)", re.DOTALL)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
INERT = ("script", "style", "noscript", "template", "iframe", "object", "svg")
CHROME = ("nav", "footer", "aside", "form", "button", "select")  # not <header>: articles put their title there
# class or id of site chrome, for pages too short for trafilatura (the names readability looks for)
CHROME_NAME = re.compile(r"(?:^|[\s_-])(?:nav|menu|crumbs?|breadcrumbs?|share|footer|foot|header|top|related|sidebar|side|links?|copyright|bottom|toolbar)(?:$|[\s_-])", re.IGNORECASE)
TABLE_MAX = 600  # characters: a metadata table is short; the article that contains one is not
TITLE_MIN = 6  # characters: a page title shorter than this names the site, not a policy
HEAD_LINES = 10  # lines of the main text where its title and 文号 would be
SPAN_MAX = 100  # rows or columns one cell may span: a page's rowspan=65535 is not copied 65535 times
LAYOUT_PARAGRAPHS, LAYOUT_TEXT = 3, 300  # a cell of three paragraphs and more and of this many characters: an article


def read_html(data: bytes, path: object) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """The page's main text, the encoding of its bytes, and its fields (the table and `<title>`)."""
    markup, encoding = decode(data, path)
    tree = _parse(markup, path)
    for element in tree.xpath("|".join(f"//{tag}" for tag in INERT)):
        _drop(element)
    title = " ".join("".join(tree.xpath("//title//text()")).split())
    fields = _metadata_table(tree)
    if title:
        fields.append(("网页标题", title))
    body = _main_text(tree, title)
    if not body.strip():
        raise KgError(path, "HTML page with no text in its body; save the page again once it has loaded, or as PDF")
    return body, encoding, tuple(fields)


def decode(data: bytes, path: object) -> tuple[str, str]:
    """A BOM, then strict UTF-8, then the page's `<meta charset>` if the bytes decode under it,
    then detection (kg.ingest.text)."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:1024]:
        return plain.decode(data, path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        name = "gb18030" if name in ("gb2312", "gbk", "x-gbk") else name  # browsers read all three as GB18030
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    return plain.decode(data, path)


def _parse(markup: str, path: object):  # type: ignore[no-untyped-def]
    import lxml.html  # loaded on first use: importing kg stays cheap
    from lxml.etree import ParserError

    try:
        return lxml.html.document_fromstring(XML_DECLARATION.sub("", markup))
    except (ParserError, ValueError) as error:
        raise KgError(path, f"HTML page with no content ({error})") from error


def _metadata_table(tree) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The smallest element naming two or more labels: its (name, value) pairs; it is removed."""
    best = None
    for element in tree.iter("table", "ul", "dl", "div", "section"):
        text = "\n".join(element.itertext())
        if len(text) > TABLE_MAX or (best is not None and len(text) >= best[0]):
            continue
        found = [(re.sub(r"\s+", "", m["label"]), " ".join(m["value"].split())) for m in FIELD.finditer(text)]
        if len({LABELS[label] for label, _ in found}) >= 2:
            best = (len(text), element, found)
    if best is None:
        return []
    _drop(best[1])
    return [(LABELS[label], value) for label, value in best[2] if value]


def stated_in(text: str, lines: int = 20) -> tuple[tuple[str, str], ...]:
    """The metadata table as printed (a PDF of a saved page): label–value pairs in the first
    lines, if two or more labels are there; the text itself is left as it is."""
    found = [
        (LABELS[re.sub(r"\s+", "", m["label"])], " ".join(m["value"].split()))
        for line in text.splitlines()[:lines]
        for m in FIELD.finditer(line)
    ]
    return tuple((k, v) for k, v in found if v) if len({k for k, _ in found}) >= 2 else ()


def _main_text(tree, title: str = "") -> str:  # type: ignore[no-untyped-def]
    """trafilatura's main text, after the policy's title and 文号 when it left them out; for a page too short
    for it, the body without its chrome."""
    import copy

    import trafilatura

    for element in tree.xpath("|".join(f"//{tag}" for tag in CHROME)):
        _drop(element)
    for table in tree.xpath("//table"):
        if _layout(table):  # read as blocks: its paragraphs stay paragraphs, not one row of one cell
            for element in [*(e for e in table.iter("tbody", "thead", "tfoot", "tr", "td", "th") if _own(e, table)), table]:
                element.tag = "div"  # its own rows and cells: a table inside keeps its own
    for table in tree.xpath("//table"):
        spread_rowspans(table)
    body = tree.find("body")
    whole = _block_text(body) if body is not None else ""
    text = trafilatura.extract(
        copy.deepcopy(tree), include_tables=True, include_comments=False, include_images=False, deduplicate=False, output_format="txt"
    )
    if text and text.strip():
        return "".join(line + "\n" for line in header_left_out(whole, text, title)) + text
    for element in [e for e in tree.iter() if isinstance(e.tag, str) and CHROME_NAME.search(f"{e.get('class', '')} {e.get('id', '')}")]:
        if element.getparent() is not None:
            _drop(element)
    body = tree.find("body")
    if body is None:
        return ""
    return "\n".join(line.strip() for line in _block_text(body).splitlines() if line.strip())


def header_left_out(whole: str, text: str, title: str) -> list[str]:
    """The policy's title and 文号 when a site sets them apart from the body (<h1 class=title>, a layout table's
    first rows) and the main text begins after them: lines of the whole page before the main text's first line
    that are the page's <title> (its site suffix aside; or cut short, when long enough to name one policy) or a 文号 alone. Nothing else there is the policy
    (发布时间, 来源, 字体 are the page's)."""
    from kg.segment import DOC_NUMBER, PAGE_TITLE_SUFFIX  # loaded on first use: a page's header needs them

    squeeze = lambda line: "".join(line.split())  # noqa: E731
    first = next((squeeze(line) for line in text.splitlines() if line.strip()), "")
    lines = [squeeze(line) for line in whole.splitlines() if line.strip()]
    if not first or first not in lines:
        return []
    before = lines[: lines.index(first)]
    stem = squeeze(PAGE_TITLE_SUFFIX.split(title)[0]).rstrip(".…")
    kept = [
        line
        for line in before
        if (len(stem) >= TITLE_MIN and line == stem) or (len(stem) >= 2 * TITLE_MIN and line.startswith(stem))
        or DOC_NUMBER.fullmatch(line)
    ]
    present = {squeeze(line) for line in text.splitlines()[:HEAD_LINES]}
    return [line for line in dict.fromkeys(kept) if line not in present]


def _layout(table) -> bool:  # type: ignore[no-untyped-def]
    """Whether a table lays out a page rather than holding data (older government sites set the whole article in one):
    one cell to a row, a table inside a cell, or a cell holding paragraphs (or lines) of running text."""
    rows = [row for row in table.iter("tr") if _own(row, table)]
    cells = [cell for row in rows for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]
    return (
        all(len([c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]) <= 1 for row in rows)
        or any(cell.find(".//table") is not None for cell in cells)
        or any(len(cell.xpath(".//p|.//br|.//div")) >= LAYOUT_PARAGRAPHS and len("".join(cell.itertext())) > LAYOUT_TEXT for cell in cells)
    )


def spread_rowspans(table) -> None:  # type: ignore[no-untyped-def]
    """A cell spanning rows (rowspan, a category 国家级 over the rows under it) copied into each row it spans, in its
    column, as a Word file's merged cell reads: every row one whole promise (国家级 | 技术创新中心 | 300), where
    trafilatura would leave the rows under it a cell short."""
    import copy

    above: dict[int, tuple[int, Any]] = {}  # the grid column a spanning cell starts at → (rows it still covers, the cell)
    for row in (row for row in table.iter("tr") if _own(row, table)):
        queue = [cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]
        column = 0
        while queue or any(start >= column for start in above):
            if column not in above:
                if not queue:
                    column = min(start for start in above if start >= column)
                    continue
                cell = queue.pop(0)
                if _span(cell, "rowspan") > 1:
                    above[column] = (_span(cell, "rowspan") - 1, cell)
                    del cell.attrib["rowspan"]
                column += _span(cell, "colspan")
                continue
            left, spanning = above.pop(column)
            twin = copy.deepcopy(spanning)
            twin.tail = None
            if queue:
                queue[0].addprevious(twin)
            else:
                row.append(twin)
            if left > 1:
                above[column] = (left - 1, spanning)
            column += _span(spanning, "colspan")


def _span(cell, name: str) -> int:  # type: ignore[no-untyped-def]
    value = (cell.get(name) or "1").strip()
    return min(int(value), SPAN_MAX) if value.isdigit() and int(value) > 0 else 1


def _own(element, table) -> bool:  # type: ignore[no-untyped-def]
    """Whether a row or a cell belongs to this table, not to one nested in it."""
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent is table


BLOCKS = frozenset({"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "br", "section", "article"})


def _block_text(element) -> str:  # type: ignore[no-untyped-def]
    """The text of an element in document order, a line break around each block and at <br>, a table's row on a line."""
    out: list[str] = []

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        if node.tag == "tr":  # a row on one line, its cells apart, as trafilatura writes them
            cells = [" ".join(_block_text(cell).split()) for cell in node if cell.tag in ("td", "th")]
            out.append("\n| " + " | ".join(cells) + " |\n")
            return
        block = isinstance(node.tag, str) and node.tag in BLOCKS
        out.append("\n" if block else "")
        out.append(node.text or "")
        for child in node:
            walk(child)
            out.append(child.tail or "")
        out.append("\n" if block else "")

    walk(element)
    return "".join(out)


def _drop(element) -> None:  # type: ignore[no-untyped-def]
    """Remove an element but keep the text after it (its tail)."""
    element.drop_tree()
