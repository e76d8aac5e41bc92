"""Speed work of session 20 (perf20): the garbage collector held off while a document is processed, and
left as it was found afterwards (on, off, or on again after an error)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from kg import pipeline
from kg import vocab as vocabulary
from kg.model import Document

TEXT = "关于促进科技创新的若干措施\n一、到2025年,全市高新技术企业达到1800家。\n二、对新认定的国家重点实验室给予500万元支持。"


@pytest.fixture
def collector() -> Iterator[None]:
    """Whatever a test does to the collector, the next test finds it on."""
    yield
    gc.enable()


def _doc(text: str) -> Document:
    return Document(id="own", name="own.txt", original=text, text=text, starts=(), ends=())


def test_the_collector_is_off_while_a_document_is_processed_and_on_after(collector: None) -> None:
    seen: list[bool] = []
    with pipeline._collector_paused():
        seen.append(gc.isenabled())
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off(collector: None) -> None:
    gc.disable()
    with pipeline._collector_paused():
        pass
    assert not gc.isenabled()


def test_an_error_inside_leaves_the_collector_on(collector: None) -> None:
    with pytest.raises(ValueError), pipeline._collector_paused():
        raise ValueError("a document kg cannot read")
    assert gc.isenabled()


def test_process_finds_the_same_facts_with_the_collector_on_or_off(collector: None) -> None:
    vocab = vocabulary.load()
    paused = pipeline.process(_doc(TEXT), vocab)[1]
    assert gc.isenabled()
    gc.disable()
    assert pipeline.process(_doc(TEXT), vocab)[1] == paused
    assert not gc.isenabled()
    assert paused  # the sentences name a target and a sum: an empty result would prove nothing


# abbrplaces: the one scan for an abbreviation is a character class searched in C, not a test of each character
# in Python; it must let through every sentence the test of each character let through, and no other.
ABBREVIATED = ("鼓励省外优秀团队来皖创办企业", "支持驻鲁单位参与本省重大项目", "新型研发机构在沪落地")
PLAIN = ("推动川渝科技合作", "加强企业技术创新能力建设", "新疆和青海的企业", "")


@pytest.mark.parametrize("sentence", ABBREVIATED + PLAIN)
def test_the_abbreviation_scan_lets_through_what_the_character_test_did(sentence: str) -> None:
    from kg import cues
    from kg.extract import abbrplaces

    places = cues.full_forms("province_abbreviation")
    assert (abbrplaces.ABBREVIATION.search(sentence) is not None) == any(ch in places for ch in sentence)


@pytest.mark.parametrize("sentence, place", list(zip(ABBREVIATED, ("安徽省", "山东省", "上海市"))))
def test_an_abbreviation_after_a_verb_of_coming_is_still_found(sentence: str, place: str) -> None:
    from kg.extract import abbrplaces, entities

    ws = entities._mentions(sentence, 0, len(sentence), vocabulary.load())[1]
    assert [n.name for n in abbrplaces.find(sentence, ws)] == [place]


@pytest.mark.parametrize("sentence", PLAIN[:3])
def test_a_sentence_without_one_names_no_abbreviated_place(sentence: str) -> None:
    from kg.extract import abbrplaces, entities

    ws = entities._mentions(sentence, 0, len(sentence), vocabulary.load())[1]
    assert abbrplaces.find(sentence, ws) == []


# words.hits: where the words' edges fall is worked out only when a hit is short enough to need it; a sentence
# whose hits are all long keeps them without cutting, one with a short hit still loses the one inside a word.
@pytest.mark.parametrize("sentence, kept", [
    ("提升仓储能力和物流效率", []),  # 仓储|能力 hides no 储能: a short hit inside words is dropped
    ("发展新型储能产业", ["储能"]),
    ("加快发展人工智能和集成电路产业", ["人工智能", "集成电路"]),  # only long hits
    ("推动唐山市委工作", ["唐山市"]),  # a place whose word goes on (唐山|市委) stands
])
def test_hits_let_stand_what_the_words_let_stand(sentence: str, kept: list[str]) -> None:
    from kg.extract import words

    words._HITS.clear()
    assert [c.label for _, _, c in words.hits(sentence, 0, len(sentence), vocabulary.load())] == kept


def test_a_sentence_of_long_hits_alone_is_not_cut_for_them() -> None:
    from kg.extract import words

    sentence = "加快发展人工智能和集成电路产业,培育量子信息"
    words._HITS.clear()
    words._words.cache_clear()
    assert len(words.hits(sentence, 0, len(sentence), vocabulary.load())) >= 2
    assert words._words.cache_info().misses == 0
