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
