"""Words: one sentence cut once into tagged words, and the vocabulary hits those words let stand.

Every extractor and `segment` that needs words or vocabulary hits comes here, so all of them
share one word-boundary rule (`hits`): a vocabulary term counts only where neither of its edges
falls inside a dictionary word (财政部门 is one word, so 财政部 is not in it; 仓储|能力 hides no
储能), unless the term is long enough to be unambiguous.

jieba is loaded on first use, once per process, with its cache in a private directory (see
`_segmenter`); importing this module loads nothing.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from kg.vocab import Concept, Vocab

PROPER = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "eng", "@Region", "@Organization"})
PHRASE_HEAD = frozenset({"v", "vd", "d", "ad", "a", "c", "p"})
LONG_HIT = 4  # characters: a hit this long is kept even where jieba cuts the words differently
# A country name that begins a set phrase is no place mention: 中国特色社会主义, 中国式现代化,
# 中国(北京)跨国技术转移大会, 中国籍 (a nationality), 中国共产党 (the Party, not the country).
COUNTRY_IN_PHRASE = re.compile(r"特色|式|籍|\(|共产党|\s*[—－-]")  # 中国—东盟: a framework of two parties, no place


class Word(NamedTuple):
    """One word of the normalised text: [start, end), its text and tag.

    The tag is jieba's part of speech (n, ns, v …) or, for a vocabulary hit, "@" + the
    concept's type (@Region, @PlatformType …).
    """

    start: int
    end: int
    text: str
    tag: str


HMM_RUN = 16  # characters: real new words come in short runs
BLOCK = 300  # characters per jieba call: the HMM fallback is quadratic on long runs
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_LATIN = re.compile(r"[a-zA-Z0-9]+")
_BREAK = re.compile(r"[,、:;()“”《》\s]")
_segmenter_: Any = None
_new_word = tuple.__new__  # builds a Word from its four fields at C speed: words are made by the hundred thousand


def words(text: str, start: int, end: int) -> list[Word]:
    """jieba's words of text[start:end], cut in blocks of at most BLOCK characters."""
    return list(_words(text, start, end))


@lru_cache(maxsize=2048)
def _words(text: str, start: int, end: int) -> tuple[Word, ...]:
    """Cached: entities, supports and funding ask for the same sentence (a str hashes once)."""
    return tuple([w for block_start, block_end in _blocks(text, start, end) for w in _cut(text, block_start, block_end)])


def merge(text: str, words_: Sequence[Word], hits: Sequence[tuple[int, int, str]]) -> list[Word]:
    """The words with each hit (start, end, type) as one word tagged "@type", hits not overlapping.

    A word that a hit overlaps keeps only its part outside the hit.
    """
    out: list[Word] = []
    hits = sorted(hits)
    h, n = 0, len(hits)  # len once: merge meets every word of every sentence
    for word in words_:
        while h < n and hits[h][1] <= word.start:
            h += 1
        if h == n or hits[h][0] >= word.end:  # most words: no hit touches them
            out.append(word)
            continue
        pos = word.start
        while pos < word.end:
            while h < n and hits[h][1] <= pos:
                h += 1
            if h < n and hits[h][0] <= pos:
                hit_start, hit_end, type_ = hits[h]
                if not out or out[-1].start != hit_start:
                    out.append(Word(hit_start, hit_end, text[hit_start:hit_end], "@" + type_))
                pos = hit_end
            else:
                stop = min(word.end, hits[h][0]) if h < n else word.end
                out.append(_new_word(Word, (pos, stop, text[pos:stop], word.tag)))
                pos = stop
    return out


def known(word: str) -> bool:
    """Whether jieba's dictionary holds the word (市场, 省内), not a guess of its HMM (市网 in 市网|信|部门)."""
    return bool(_segmenter().tokenizer.FREQ.get(word))


def inside_words(words_: Sequence[Word]) -> set[int]:
    """The positions strictly inside words of jieba's dictionary (财政部|门 is inside 财政部门).

    Words the HMM made up from unknown characters (央企二 in 承接央企二、三级企业) are left out:
    they are guesses, not knowledge that the characters belong together.
    """
    return {p for w in words_ if len(w.text) > 1 and w.text in _KNOWN for p in range(w.start + 1, w.end)}


# The words of two or more characters jieba's dictionary holds, recorded as _tagged first meets them
# (_word_tag, _run_words), so every word inside_words sees has been judged: a set of the words met
# answers faster than FREQ's 350,000. It only grows (at most FREQ's words) and is never cleared.
_KNOWN: set[str] = set()


def _blocks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) in pieces of at most BLOCK characters, cut after punctuation where there is some."""
    while end - start > BLOCK:
        window = text[start : start + BLOCK]
        breaks = [m.end() for m in _BREAK.finditer(window)]
        stop = start + (breaks[-1] if breaks and breaks[-1] > BLOCK // 2 else BLOCK)
        yield start, stop
        start = stop
    if start < end:
        yield start, end


def _cut(text: str, start: int, end: int) -> list[Word]:
    """The tagged words of text[start:end], placed from start."""
    out: list[Word] = []
    add = out.append
    pos = start
    for word, tag in _tagged(text[start:end]):  # tuple.__new__: no Python frame per word (the namedtuple's __new__ has one)
        stop = pos + len(word)
        add(_new_word(Word, (pos, stop, word, tag)))  # unpacked pair, bound append: a fifth faster than (pos, stop, *pair)
        pos = stop
    return out


@lru_cache(maxsize=8192)
def _tagged(block: str) -> tuple[tuple[str, str], ...]:
    """jieba.posseg's words and tags of a block, with its HMM held to short runs.

    posseg sends every run of characters its dictionary cannot join to a part-of-speech HMM
    that costs about 0.4 ms a character (2 s for 5,000 repeated 的). Here the dictionary cut
    comes first and only runs of up to HMM_RUN such characters (new words such as 唐山, 中车)
    go to the HMM; longer runs stay single characters. Cached by the block's text: the same
    sentence recurs across documents (a policy republished, its boilerplate), cut once.
    """
    out: list[tuple[str, str]] = []
    run: list[str] = []
    for piece in _dictionary_cut(block):
        if len(piece) == 1 and "\u4e00" <= piece <= "\u9fff":
            run.append(piece)
            continue
        if run:
            out += _run_words("".join(run))
            run = []
        out.append((piece, _WORD_TAGS.get(piece) or _word_tag(piece)))
    if run:
        out += _run_words("".join(run))
    return tuple(out)


def _dictionary_cut(text: str) -> list[str]:
    """jieba's dictionary cut (no HMM) of text, by jieba-rs: the same dictionary and algorithm,
    the same words (checked on every text of corpus-dev, tests/test_words.py), 16× faster than
    jieba's Python, which was a fifth of the per-document time."""
    import rjieba

    return rjieba.cut(text, hmm=False)


@lru_cache(maxsize=4096)
def _run_words(run: str) -> tuple[tuple[str, str], ...]:
    """The words and tags of a run of Han characters the dictionary left single: posseg's HMM for
    a short run no dictionary word spells (a name recurs through a document, so once for each),
    else each character alone."""
    segmenter = _segmenter()
    if 1 < len(run) <= HMM_RUN and not segmenter.tokenizer.FREQ.get(run):
        parts = tuple((part.word, _settled(segmenter, part.word, part.flag)) for part in segmenter.cut(run))
        _KNOWN.update(word for word, _ in parts if len(word) > 1 and segmenter.tokenizer.FREQ.get(word))
        return parts
    return tuple((char, _settled(segmenter, char, segmenter.word_tag_tab.get(char, "x"))) for char in run)


_WORD_TAGS: dict[str, str] = {}  # a dictionary word's tag: words recur, the lookups add up


def _word_tag(piece: str) -> str:
    """The tag of a piece of the dictionary cut (a word, a number, a Latin run or a sign)."""
    segmenter = _segmenter()
    if segmenter.tokenizer.FREQ.get(piece):
        tag = str(segmenter.word_tag_tab.get(piece, "x"))
        if len(piece) > 1:
            _KNOWN.add(piece)
    else:
        tag = "m" if _NUMBER.fullmatch(piece) else "eng" if _LATIN.fullmatch(piece) else "x"
    tag = _settled(segmenter, piece, tag)
    if len(_WORD_TAGS) < 200_000:
        _WORD_TAGS[piece] = tag
    return tag


def _settled(segmenter: Any, word: str, tag: str) -> str:
    return _proper_or_not(segmenter, word, tag) if tag in PROPER else tag


def _proper_or_not(segmenter: Any, piece: str, tag: str) -> str:
    """A proper-noun tag that jieba's dictionary or HMM got wrong becomes a common one.

    - One character is an abbreviation (在晋, 京津冀的冀), not a name by itself.
    - Person names from the dictionary are mostly noise (高水平/nr, 楼宇/nr); a name the HMM
      made up (唐山/nr) is kept.
    - A phrase that splits into a dictionary word of two or more characters and a rest, either
      a verb, adverb or adjective, takes that tag (建立健全/nr, 大力支持/nr).
    """
    freq, tags = segmenter.tokenizer.FREQ, segmenter.word_tag_tab
    if len(piece) == 1:
        return "n"
    if tag in ("nr", "nrt", "nrfg") and freq.get(piece):
        return "n"
    for size in range(len(piece) - 1, 1, -1):
        head, tail = piece[:size], piece[size:]
        if freq.get(head):
            for part in (head, tail) if freq.get(tail) else (head,):
                if tags.get(part, "") in PHRASE_HEAD:
                    return str(tags[part])
            return tag
    return tag


def _segmenter() -> Any:
    """jieba's part-of-speech tokenizer: our own Tokenizer, its cache in a directory only we can use.

    jieba's default caches its dictionary as a marshal file in the shared temp directory and loads
    whatever it finds there (RELIABILITY.md 1.4). We keep the cache in ~/.cache/policy-kg (0700,
    ours), or, when that cannot be had, build the dictionary in a temporary 0700 directory that
    is removed once loaded.
    """
    global _segmenter_
    if _segmenter_ is None:
        import jieba

        from kg.extract import hmm

        tokenizer = jieba.Tokenizer()
        tokenizer.cache_file = f"jieba-{jieba.__version__}.cache"
        log = jieba.default_logger
        level = log.level
        log.setLevel(logging.WARNING)  # jieba logs its loading to stderr at DEBUG
        try:
            cache = _private_cache_dir()
            if cache is not None:
                tokenizer.tmp_dir = str(cache)
                tokenizer.initialize()
            else:
                with tempfile.TemporaryDirectory(prefix="policy-kg-") as scratch:
                    tokenizer.tmp_dir = scratch
                    tokenizer.initialize()
        finally:
            log.setLevel(level)
        _segmenter_ = hmm.tagger(tokenizer)
    return _segmenter_


def _private_cache_dir() -> Path | None:
    """~/.cache/policy-kg (or $XDG_CACHE_HOME/policy-kg) if it is a directory only we can write."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "policy-kg"
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.lstat(path)
    except OSError:
        return None
    ours = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    private = info.st_mode & 0o077 == 0 and not path.is_symlink()
    return path if ours and private and os.access(path, os.W_OK) else None


_HITS: dict[tuple[int, str, int, int], list[tuple[int, int, Concept]]] = {}  # entities and supports ask alike


def hits(text: str, start: int, end: int, vocab: Vocab, types: frozenset[str] | None = None) -> list[tuple[int, int, Concept]]:
    """The vocabulary hits in text[start:end] (one sentence or less) that its words let stand."""
    key = (id(vocab), text, start, end)
    agreed = _HITS.get(key)
    if agreed is None:
        found = list(vocab.find(text, start, end))
        short = any(e - s < LONG_HIT for s, e, _ in found)  # only a short hit asks where the words' edges fall (agrees)
        inside = inside_words(words(text, start, end)) if short else set()
        agreed = [(s, e, c) for s, e, c in found if agrees(text, s, e, c, inside)]
        if len(_HITS) >= 2048:
            _HITS.clear()
        _HITS[key] = agreed
    return [h for h in agreed if types is None or h[2].type in types]


def agrees(text: str, start: int, end: int, concept: Concept, inside: set[int]) -> bool:
    """Whether the word segmentation lets a vocabulary hit stand at [start, end)."""
    if concept.type == "Region" and concept.level == "Country" and COUNTRY_IN_PHRASE.match(text, end):
        return False
    if concept.type == "Agency" and text[end - 1 : end] == "部" and text.startswith("门", end):
        return False  # 市工业和信息化部门 is a department, not the ministry 工业和信息化部
    if concept.type == "Industry" and text.startswith("化", end) and text[end - 2 : end] == "产业":
        return False  # 高新技术产业化: bringing technology to market, no industry
    if end - start >= LONG_HIT:
        return True
    if concept.type == "Region":
        return start not in inside  # 唐山|市委: the place is there, the word goes on
    return start not in inside and end not in inside
