"""Sentences broken by a PDF's layout (layout20): page-number lines and running headers between the halves of a
sentence, wrap widths with indented first lines and half-width digits, marks that cannot end or open a line, an item's
long body broken after a comma. Every text here is written for this file, laid out as a PDF's text would be."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import pipeline
from kg.extract import extract
from kg.model import Document, Funding
from kg.normalize import PAGE_LINE, normalize
from kg.vocab import Vocab


def text_of(original: str, vocab: Vocab) -> str:
    return normalize(Document(id="d", name="d.txt", original=original, text=original, starts=(), ends=()), vocab).text


def amounts(original: str, vocab: Vocab) -> set[Decimal]:
    doc = pipeline.from_text(original, vocab)
    return {f.amount_yuan for f in extract(doc, vocab) if isinstance(f, Funding) and f.amount_yuan is not None}


@pytest.mark.parametrize("marker", ["— 4 —", "-4-", "- 12 -", "第4页", "第 4 页 共 9 页", "—4—"])
def test_a_page_number_line_between_the_halves_of_a_sentence_is_read_across(marker: str, vocab: Vocab) -> None:
    original = f"第六条 对首次认定的科技型企业孵化器,按照其上年度孵化面积给予\n\n{marker}\n\n一次性奖励30万元。\n"
    assert "给予一次性奖励30万元。" in text_of(original, vocab)
    assert marker.strip() not in text_of(original, vocab)


def test_the_running_header_under_a_page_number_goes_with_it(vocab: Vocab) -> None:
    header = "某县促进研发投入若干措施"
    original = (f"{header}\n\n第一条 为鼓励企业加大研发投入,制定本措施。\n第二条 对研发投入增长的企业,按其增量的10%给予\n\n— 2 —\n\n"
                f"{header}\n\n补助,单家企业最高不超过80万元。\n")
    text = text_of(original, vocab)
    assert "按其增量的10%给予补助,单家企业最高不超过80万元。" in text
    assert text.count(header) == 1  # the title line stays; the copy at the page's head is gone
    assert Decimal(800000) in amounts(original, vocab)


def test_a_page_break_after_a_full_stop_keeps_the_two_articles_apart(vocab: Vocab) -> None:
    original = "第三条 本办法自发布之日起施行。\n\n— 5 —\n\n第四条 本办法由县科技局负责解释。\n"
    assert text_of(original, vocab) == "第三条本办法自发布之日起施行。\n第四条本办法由县科技局负责解释。\n"


@pytest.mark.parametrize("line", ["3", "12", "2025", "3/10", "第三页", "— 共享 —", "—— 附件 ——"])
def test_a_bare_number_or_words_between_dashes_is_no_page_line(line: str) -> None:
    assert PAGE_LINE.match(line) is None


def test_a_page_number_line_at_the_end_of_the_text_is_left_to_the_other_rules(vocab: Vocab) -> None:
    assert text_of("本措施自印发之日起施行。\n\n— 6 —\n", vocab).startswith("本措施自印发之日起施行。")


def wrapped(paragraphs: list[str], width: int) -> str:
    """Lay paragraphs out as a PDF's text: each first line indented by two ideographic spaces, lines cut at width."""
    lines: list[str] = []
    for paragraph in paragraphs:
        text = "\u3000\u3000" + paragraph
        lines += [text[i : i + width] for i in range(0, len(text), width)]
    return "\n".join(lines) + "\n"


PARAGRAPHS = [
    "第一条 为加快培育创新型企业,推动科技成果在本地转化落地,结合本区实际情况,制定本办法。",
    "第二条 对新认定的高新技术企业,按照其上年度研发费用总额给予分档奖励,最高不超过五十万元;对通过重新认定的企业给予十万元奖励。",
    "第三条 对新获批建设的市级重点实验室和工程技术研究中心,按照实际建设投入的百分之三十给予补助,单个平台最高二百万元。",
    "第四条 支持企业与高等院校共建联合研发机构,经评估合格的,按照其年度研发经费支出的一定比例给予后补助。",
    "第五条 鼓励金融机构加大对科技型中小企业的信贷投放,对合作银行发放的首笔贷款按照实际发生利息给予贴息支持。",
    "第六条 对牵头组建创新联合体的龙头企业,按照联合体成员年度研发投入总额的百分之五给予奖励,每家最高一百万元。",
    "第七条 获得支持的单位应当按照规定用途使用资金,不得截留挪用,并接受财政部门和审计部门的监督检查。",
]


def test_a_text_wrapped_at_its_width_with_indented_first_lines_is_joined(vocab: Vocab) -> None:
    text = text_of(wrapped(PARAGRAPHS, 30), vocab)
    for paragraph in PARAGRAPHS:
        assert paragraph.replace(" ", "") in text.replace(" ", "")
    assert len(text.strip().split("\n")) == len(PARAGRAPHS)  # one line a paragraph: no article glued to the next


def test_a_line_wider_for_its_half_width_digits_is_still_a_wrapped_line(vocab: Vocab) -> None:
    digits = "第六条 对企业获得的一年期以上流动资金贷款,贴息比例为一年期贷款市场报价利率(LPR)的50%,每年最高100万元。"
    laid = wrapped(PARAGRAPHS, 30).split("\n")[:-1]
    laid += ["\u3000\u3000第六条 对企业获得的一年期以上流动资金贷款,贴息比例为一", "年期贷款市场报价利率(LPR)", "的50%,每年最高100万元。"]
    text = text_of("\n".join(laid) + "\n", vocab)
    assert digits.replace(" ", "") in text.replace(" ", "")


def test_a_short_last_line_of_a_wrapped_paragraph_ends_it(vocab: Vocab) -> None:
    laid = wrapped(PARAGRAPHS, 30) + "第三章 附则\n第八条 本办法由区科技局负责解释。\n"
    text = text_of(laid, vocab)
    assert "\n第三章附则\n第八条" in text


@pytest.mark.parametrize(
    ("original", "joined"),
    [
        ("对认定为国家级专精特新“小巨人”企业的,给予一次性奖励(\n最高50万元)。\n", "给予一次性奖励(最高50万元)。"),
        ("对入选省级科技领军企业名单的企业,给予一次性奖励20万元\n、优先推荐申报国家项目。\n", "奖励20万元、优先推荐"),
        ("对主导制定国际标准、国家标准的企业,分别给予30万元、20万元奖励\n,所需资金由区财政承担。\n", "奖励,所需资金"),
        ("支持企业参与编制《科技型企业贷款贴息和风险补偿\n资金管理办法》配套细则。\n", "《科技型企业贷款贴息和风险补偿资金管理办法》"),
    ],
)
def test_a_mark_that_cannot_end_or_open_a_line_joins_it(original: str, joined: str, vocab: Vocab) -> None:
    assert joined in text_of(original, vocab)


@pytest.mark.parametrize(
    "original",
    [
        "二、主要任务\n(一)实施企业梯度培育工程\n",  # an item opening with ( is no closing mark
        "年份\t数量\n(家)\t200\n",  # a table's rows stay rows
        "申报材料如下:\n《项目申报表》\n",  # a title in book marks on a line of its own
    ],
)
def test_lines_that_open_with_an_item_or_stand_in_a_table_stay_apart(original: str, vocab: Vocab) -> None:
    assert text_of(original, vocab).count("\n") == original.count("\n")


def test_an_items_long_body_broken_after_a_comma_runs_on(vocab: Vocab) -> None:
    original = ("(三)青年科技人才安居补贴。对新引进到本县企业工作的全日制博士研究生,给予每人每月2000元安居补贴,最长不超过24个月,所需资金由县\n"
                "财政承担。\n")
    assert "所需资金由县财政承担。" in text_of(original, vocab)


def test_a_heading_with_a_comma_is_not_glued_to_its_body(vocab: Vocab) -> None:
    original = "(二)实施企业梯度培育工程,完善创新链条\n培育一批创新型中小企业和高新技术企业。\n"
    assert text_of(original, vocab) == original


def test_a_line_ending_in_a_verb_of_award_runs_on(vocab: Vocab) -> None:
    original = "第八条 对本年度内首次新获评\n国家级知识产权优势企业的,给予一次性奖励15万元。\n"
    assert "对本年度内首次新获评国家级知识产权优势企业的" in text_of(original, vocab)
    assert "获评\n" in text_of("第八条 对本年度内首次新获评\n二、保障措施\n", vocab)  # an item opens the next line: no join


PIECES = st.sampled_from(["", "— 3 —", "-3-", "第3页", "某县科技创新若干措施", "对新认定的企业给予", "50万元奖励。", "(一)加强组织领导",
                          "\u3000\u3000第二条 对企业研发投入给予补助,最高不", "、", ",所需资金由区", "财政承担。", "《科技", "年份\t数量"])


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(PIECES, max_size=14))
def test_layout_joins_are_idempotent_and_every_quote_is_exact(lines: list[str], vocab: Vocab) -> None:
    original = "\n".join(lines)
    once = normalize(Document(id="d", name="d.txt", original=original, text=original, starts=(), ends=()), vocab)
    assert text_of(once.text, vocab) == once.text
    assert len(once.starts) == len(once.ends) == len(once.text)
    doc = pipeline.prepare(Document(id="d", name="d.txt", original=original, text=original, starts=(), ends=()), vocab)
    for sentence in doc.sentences:
        evidence = doc.evidence(sentence.start, sentence.end)
        assert original[evidence.start : evidence.end] == evidence.quote


def test_a_bare_page_number_between_the_halves_is_read_across(vocab: Vocab) -> None:
    original = "第五条 对认定为市级企业技术中心的企业,按照其上年度研发投入\n\n7\n\n的5%给予补助,最高30万元。\n"
    assert "按照其上年度研发投入的5%给予补助" in text_of(original, vocab)


def test_a_number_the_sentence_asks_for_is_kept(vocab: Vocab) -> None:
    assert "数量达到35家以上" in text_of("到2027年,全市高新技术企业数量达到\n35\n家以上。\n", vocab)
    assert "给予\n8" in text_of("对入选的团队一次性给予\n8\n二、保障措施\n", vocab)  # 给予 asks for the 8: not a page's


def test_a_web_pages_page_list_is_dropped(vocab: Vocab) -> None:
    assert text_of("本通知自印发之日起施行。\n1\n2\n3\n", vocab) == "本通知自印发之日起施行。\n"
