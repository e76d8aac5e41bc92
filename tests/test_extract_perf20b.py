"""Speed work of session 20's second pass (perf20b): per-sentence tests of a cue list ("does the sentence hold
any of its words?") scan once with the list's cached alternation (kg.cues.pattern) instead of one `in` per
word; the answer must stay the substring test's, inside the same bounds."""

from __future__ import annotations

import pytest

from kg import cues

LISTS = ("arrange", "placed_plan_kind", "pledge_encourage", "named_lab_head", "twn20_centre_kind", "field_place_word")
FILLERS = ("本办法自发布之日起施行。", "各单位应当认真贯彻落实,", "")  # own sentences, none holding a cue word of the lists above


def _substring(name: str, text: str, start: int, end: int) -> bool:
    return any(word in text[start:end] for word in cues.words(name))


@pytest.mark.parametrize("name", LISTS)
def test_a_sentence_without_any_word_of_the_list_is_passed_over(name: str) -> None:
    for filler in FILLERS:
        assert not _substring(name, filler, 0, len(filler))  # the fillers are true negatives
        assert cues.pattern(name).search(filler, 0, len(filler)) is None


@pytest.mark.parametrize("name", LISTS)
def test_every_word_of_the_list_is_found_inside_a_sentence(name: str) -> None:
    words = cues.words(name)
    assert words
    for word in words:
        text = FILLERS[1] + word + FILLERS[0]
        assert cues.pattern(name).search(text, 0, len(text)) is not None
        assert _substring(name, text, 0, len(text))


@pytest.mark.parametrize("name", LISTS)
def test_a_word_cut_by_the_sentence_bounds_is_not_found(name: str) -> None:
    """pledged and labs test text[start:end]: a word that runs past either bound is outside, as with a slice."""
    for word in cues.words(name):
        if len(word) < 2:
            continue
        text = FILLERS[1] + word + FILLERS[0]
        at = len(FILLERS[1])
        for start, end in ((at + 1, len(text)), (0, at + len(word) - 1)):
            found = cues.pattern(name).search(text, start, end) is not None
            assert found == _substring(name, text, start, end)


def test_number_spaces_open_on_the_space_and_match_as_the_lookbehind_pattern() -> None:
    """normalize.NUMBER_SPACE opens on a literal space (fast) yet matches as the pattern it was written from."""
    import re

    from kg import normalize

    cjk = normalize._CJK
    plain = re.compile(rf"(?<=\d) +(?=\d{{3}}(?!\d))|(?<=\d) +(?=[{cjk}])|(?<=[{cjk}]) +(?=\d)")
    own = ["全县企业达到1 800家", "到2030  年建成", "共 12 个项目", "2027 2028两年", "12 3456", "编号 a 1", " 1", "1 ", "园 区", "x 中 7"]
    for text in own:
        assert [m.span() for m in normalize.NUMBER_SPACE.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert [m.span() for m in normalize.NUMBER_SPACE.finditer("全县企业达到1 800家")] == [(7, 8)]
    assert not normalize.NUMBER_SPACE.search("2027 2028两年")  # two numbers stay apart


def test_a_party_committee_cut_as_one_word_is_still_read_after_the_prefix_test() -> None:
    """agencynames tests 中共 before its regex: a committee written as one word still opens a name, other words do not."""
    from kg.extract import agencynames
    from kg.extract.words import Word

    ws = [Word(0, 6, "中共泰州市委", "nt"), Word(6, 9, "组织部", "n")]
    assert [n.name for n in agencynames.agencies("中共泰州市委组织部", ws)] == ["中共泰州市委组织部"]
    assert not list(agencynames.agencies("共同推进", [Word(0, 2, "共同", "d"), Word(2, 4, "推进", "v")]))
