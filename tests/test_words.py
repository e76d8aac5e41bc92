"""The tokeniser step (kg.extract.words, kg.extract.hmm): jieba-rs's dictionary cut is jieba's, word for
word, and our part-of-speech Viterbi takes jieba's path, state for state."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import hmm, words

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/data/gold-more/docs/*.txt")])


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: path.name)
def test_the_fast_dictionary_cut_is_jiebas(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert words._dictionary_cut(text) == list(words._segmenter().tokenizer.cut(text, HMM=False))


@pytest.mark.parametrize("text", ["", "   ", "2025年高新技术企业达到1800家", "AI芯片、5G基站和新臺幣3,000萬元", "的" * 500, "\u4e00\ufffd\n\t𠀀"])
def test_the_fast_dictionary_cut_agrees_on_edge_cases(text: str) -> None:
    assert words._dictionary_cut(text) == list(words._segmenter().tokenizer.cut(text, HMM=False))


def _unknown_runs(text: str) -> list[str]:
    """The runs of single Han characters that the dictionary cut leaves and that go to the HMM."""
    runs, run = [], []
    for piece in [*words._dictionary_cut(text), ""]:
        if len(piece) == 1 and "\u4e00" <= piece <= "\u9fff":
            run.append(piece)
            continue
        if 1 < len(run) <= words.HMM_RUN:
            runs.append("".join(run))
        run = []
    return runs


def _jiebas_route(run: str) -> list[tuple[str, str]]:
    import jieba.posseg as posseg
    from jieba.posseg.viterbi import viterbi

    return list(viterbi(run, posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)[1])


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: path.name)
def test_the_fast_viterbi_is_jiebas(path: Path) -> None:
    runs = sorted(set(_unknown_runs(path.read_text(encoding="utf-8"))))
    runs = runs[:: max(1, len(runs) // 60)]  # sixty or so spread over the text: jieba's own is slow
    assert runs
    assert [hmm.viterbi(run) for run in runs] == [_jiebas_route(run) for run in runs]


# One character; characters posseg's tables barely know (their states are few or none); a long run;
# a run whose every path is impossible somewhere (jieba's tie-break by the greatest state).
@pytest.mark.parametrize("run", ["唐", "唐山", "𠀀𠀁", "\u9fa5\u9fa4\u9fa3", "鑫淼焱垚犇骉", "的" * 60, "冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新港澳台"])
def test_the_fast_viterbi_agrees_on_edge_cases(run: str) -> None:
    assert hmm.viterbi(run) == _jiebas_route(run)


def test_the_tagger_cuts_a_run_as_posseg_does() -> None:
    import jieba.posseg as posseg

    tokenizer = words._segmenter().tokenizer
    for run in ["唐山中车", "央企二", "鑫淼焱垚犇骉", "冀晋蒙辽吉黑"]:
        ours = [(pair.word, pair.flag) for pair in words._segmenter().cut(run)]
        jiebas = [(pair.word, pair.flag) for pair in posseg.POSTokenizer(tokenizer).cut(run)]
        assert ours == jiebas
