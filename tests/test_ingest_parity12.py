"""Format parity: a policy printed as a 公文 PDF (chromium, LibreOffice), saved as a government web page or kept as DOCX
gives the facts of its plain text: the document's title, 文号, issuer and date, its entities, funding and targets.

The fixtures (tests/data/parity, scripts/make_parity_fixtures.py) carry what real copies carry around the text: a red
masthead that wraps (…人民政府文件), a running header from page 2 on, page numbers — 3 —, the closing block (抄送,
…办公厅 2024年3月15日印发, 副本), a site's navigation, metadata table, 发布时间/来源 line and footer.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from kg import pipeline
from kg.evaluate import contract
from kg.ingest.pdf import Line, Page, Word, _breaks, assemble, without_running_lines
from kg.ingest.pdfgutter import gutter as _gutter
from kg.normalize import DEBRIS_LINE
from kg.segment import metadata
from kg.vocab import Vocab

PARITY = Path(__file__).parent / "data" / "parity"
FORMS = ("pdf", "lo.pdf", "docx", "html")
META = ("title", "number", "issuer", "issued")
LOCATION = {"doc", "quote", "start", "end", "surface"}  # where a fact was read, which differs by form


def facts(path: Path, vocab: Vocab) -> Counter[tuple[str, str]]:
    """A document's facts as a multiset of (kind, record without its location)."""
    result = pipeline.build([path], vocab, check=False)
    written = contract.write(result.docs, result.facts, ())
    out: Counter[tuple[str, str]] = Counter()
    for kind in ("documents", "entities", "funding", "targets"):
        for line in written[f"{kind}.jsonl"].decode("utf-8").splitlines():
            record = json.loads(line)
            if kind == "documents":
                out.update((kind, f"{key}={record[key]}") for key in META)
            else:
                out[(kind, json.dumps({k: v for k, v in sorted(record.items()) if k not in LOCATION}, ensure_ascii=False))] += 1
    return out


@pytest.fixture(scope="module")
def plain(vocab: Vocab) -> dict[str, Counter[tuple[str, str]]]:
    return {name: facts(PARITY / f"{name}.txt", vocab) for name in ("measures", "taiwan")}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", ["measures", "taiwan"])
def test_every_form_gives_the_facts_of_the_plain_text(name: str, form: str, plain, vocab: Vocab) -> None:
    got = facts(PARITY / f"{name}.{form}", vocab)
    expected = plain[name]
    assert not expected - got and not got - expected, (sorted(expected - got), sorted(got - expected))


def test_the_plain_texts_have_facts_of_every_kind(plain) -> None:
    kinds = Counter(kind for kind, _ in plain["measures"])
    assert kinds["funding"] >= 5 and kinds["targets"] >= 4 and kinds["entities"] >= 5
    assert ("documents", "number=绍政发〔2024〕8号") in plain["measures"]
    assert ("documents", "issuer=绍兴市人民政府") in plain["measures"]


@pytest.mark.parametrize(
    "line",
    ["抄送：市委各部门，市人大常委会办公室，市政协办公室。", "绍兴市人民政府办公室　　2024年3月15日印发", "北京市人民政府办公厅\t2022年6月1日印发", "副本：經濟部法制處"],
)
def test_the_closing_block_of_an_official_document_is_no_text(line: str) -> None:
    assert DEBRIS_LINE.fullmatch(line + "\n")


@pytest.mark.parametrize("line", ["本办法由市科学技术局于2022年5月1日印发。", "抄送的文件应当及时归档。", "各单位应当将副本报送市科技局。"])
def test_sentences_about_copies_and_printing_stay(line: str) -> None:
    assert not DEBRIS_LINE.fullmatch(line + "\n")


def test_a_masthead_is_neither_the_title_nor_part_of_it(vocab: Vocab) -> None:
    meta = metadata("北京市人民代表大会常务委员会文件\n北京市促进科技成果转化条例\n第一章 总则\n第一条 为了促进科技成果转化,制定本条例。\n", vocab)
    assert meta.title == "北京市促进科技成果转化条例"
    assert meta.issuer == "北京市人民代表大会常务委员会"
    joint = metadata("科学技术部 财政部文件\n国科发资〔2024〕12号\n关于支持科技型中小企业发展的若干措施\n一、总体要求\n", vocab)
    assert joint.title == "关于支持科技型中小企业发展的若干措施" and joint.number == "国科发资〔2024〕12号"
    decree = metadata("国务院文件\n中华人民共和国国务院令第796号\n国家自然科学基金条例\n第一章 总则\n", vocab)
    assert decree.title == "国家自然科学基金条例"
    letter = metadata("行政院函\n院台科字第1060040507号\n政府科学技术研究发展成果归属及运用办法\n第 1 条\n", vocab)
    assert letter.title == "政府科学技术研究发展成果归属及运用办法" and letter.issuer == "行政院"
    url = metadata("原文链接:https://www.pkulaw.com/lar/\nb92b11495b6da1cb826d5b04ef638f64bdfb.html\n广东省公共数据管理办法\n第一章 总则\n", vocab)
    assert url.title == "广东省公共数据管理办法"


def _line(x0: float, x1: float, top: float, size: float, text: str) -> Line:
    return Line(0, x0, x1, top, size, text)


def test_a_large_masthead_wrapped_is_one_line_and_a_centred_one_ends() -> None:
    edges = {"full": (80.0, 520.0)}
    masthead = _line(100, 500, 60, 40, "北京市人民代表大会"), _line(160, 440, 110, 40, "常务委员会文件")
    assert not _breaks(*masthead, edges, body=16)
    title = _line(200, 400, 60, 40, "经济部文件"), _line(80, 320, 130, 16, "经济部补助中小企业研发创新办法")
    assert _breaks(*title, edges, body=16)
    chapter = _line(100, 500, 60, 40, "北京市促进科技成果转化条例"), _line(240, 360, 110, 40, "第一章 总则")
    assert _breaks(*chapter, edges, body=16)
    centred = _line(144, 456, 60, 16, "国家重点领域产学合作及人才培育创新条例"), _line(80, 520, 90, 16, "法规类别:行政>教育部>高等教育目")
    assert _breaks(*centred, edges, body=16)
    indented = _line(112, 490, 60, 16, "第一条为促进国家重点领域产学合作及人才培育之创新,提升"), _line(80, 200, 90, 16, "效益。")
    assert not _breaks(*indented, edges, body=16)  # a paragraph's first line that wrapped a character early runs on


def test_one_line_paragraphs_indented_still_start_paragraphs() -> None:
    """Where most paragraphs are one indented line, the margin is the leftmost start many lines share, not the most common."""
    rows = [(52, 50 + 12 * k, "本辦法之主管機關為經濟部。") for k in range(6)]
    rows += [(52, 106, "本辦法依據中小企業發展條例第十條第二項規"), (32, 118, "定訂定之。")]
    rows += [(52, 130, "本辦法補助對象為依法辦理公司登記之企業或"), (32, 142, "商業登記之中小企業及其他經主管機關認定者。"), (52, 154, "第二段。")]
    page = Page(300, 400, tuple(Word(x0, x0 + 10 * len(text), top, top + 10, text) for x0, top, text in rows))
    assert "認定者。\n第二段。" in assemble([page], "x.pdf")[0]


def test_a_line_running_into_the_margin_is_not_the_column_edge() -> None:
    rows = [(20, 50, "原文链接:https://www.example.gov.cn/zcwj/2024/0315/a1b2c3d4e5f6.html"), (20, 62, "第五条市政务数据主管部门负责统筹协调全市政务数据管理工"), (20, 74, "作,具体履行下列职责。")]
    page = Page(340, 400, tuple(Word(x0, x0 + 10 * len(text) * (0.5 if text.isascii() or "http" in text else 1), top, top + 10, text) for x0, top, text in rows))
    assert "管理工作,具体" in assemble([page], "x.pdf")[0]


def test_a_signature_and_date_set_right_are_no_second_column() -> None:
    words = [Word(90, 520, 60 + 20 * k, 76 + 20 * k, "正文的一行" * 6) for k in range(2)]
    words += [Word(90, 250, 100 + 20 * k, 116 + 20 * k, "第七条本办法自发布日施行") for k in range(5)]
    words += [Word(90, 250, 220, 236, "绍兴市人民政府办公室")] + [Word(346 + 20 * k, 360 + 20 * k, 220, 236, part) for k, part in enumerate("2024 年 3 月 15 日印发".split())]
    assert _gutter(words, 600) is None


def test_a_running_header_from_page_two_of_two_is_left_out() -> None:
    first = Page(600, 800, (Word(100, 500, 100, 140, "经济部文件"), Word(90, 520, 200, 216, "第一页的正文")))
    second = Page(600, 800, (Word(200, 400, 40, 49, "行政院公报 第030卷"), Word(90, 520, 200, 216, "第二页的正文")))
    kept = without_running_lines([first, second])
    assert [w.text for w in kept[1].words] == ["第二页的正文"]
    lone = Page(600, 800, (Word(200, 400, 40, 56, "第二页顶上的正文"), Word(90, 520, 200, 216, "第二页的正文")))
    assert len(without_running_lines([first, lone])[1].words) == 2  # set in the body's size: text, not a header


def test_an_article_number_set_off_by_an_ideographic_space_is_no_table_row() -> None:
    """第五条　市…: the space after the number is a character wide; the article's wrapped lines still join."""
    words = (Word(40, 70, 50, 60, "第五条"), Word(81, 290, 50, 60, "市政务数据主管部门负责统筹协调全市管理工"), Word(20, 120, 62, 72, "作,具体如下。"))
    assert "管理工作,具体如下。" in assemble([Page(310, 400, words)], "x.pdf")[0]


def test_an_article_number_in_chromium_radicals_is_still_a_number() -> None:
    words = (Word(40, 70, 50, 60, "第⼗⼆条"), Word(81, 290, 50, 60, "市政务数据主管部门负责统筹建设中心作为广"), Word(20, 120, 62, 72, "东省的分节点。"))
    assert "作为广东省的分节点。" in assemble([Page(310, 400, words)], "x.pdf")[0]
