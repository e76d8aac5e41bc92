"""Step 1 (text): the bytes of a text file → its text and the encoding it was written in.

The policy of RELIABILITY.md §1.6: a BOM first, then strict UTF-8, then UTF-16 told by its NUL
bytes, then the candidates of charset-normalizer and the Chinese encodings it ranks poorly, each
decoded strictly (never `errors="replace"`). A decoding is accepted only if the text is plausible
Chinese, so Big5 bytes, which decode cleanly as GB18030, can never come out as GB18030 mojibake.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from kg.errors import KgError

_BOMS = (  # (BOM, codec, the name reported)
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8 (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
    (b"\x84\x31\x95\x33", "gb18030", "gb18030 (BOM)"),  # breaks chardet's detection (chardet#178)
)
# The legacy encodings tried besides the detector's guesses, narrowest first within each family,
# so the encoding reported is the one the file needs (GB2312 ⊂ GBK ⊂ GB18030, Big5 ⊂ CP950, HKSCS).
CHINESE = ("gb2312", "gbk", "gb18030", "big5", "cp950", "big5hkscs")
PLAUSIBLE = 0.9  # real text scores 0.99+ on the seeds, Big5 read as GB18030 about 0.6
_PUNCTUATION = re.compile(r"[\u2000-\u206f\u3000-\u303f\uff00-\uffef\u00b7\u00d7\u2460-\u24ff\u25a0-\u25ff]")


def decode(data: bytes, path: object) -> tuple[str, str]:
    """The text of a text file and the name of its encoding; KgError if it is not text."""
    bom = next(((codec, name) for mark, codec, name in _BOMS if data.startswith(mark)), None)
    if bom:
        text = _strict(data, bom[0], path)
        return text.removeprefix("\ufeff"), bom[1]
    nul = data.find(b"\x00")
    if nul >= 0:  # UTF-16 without a BOM, or binary
        utf16 = _best([(name, text) for name, text in _decoded(data, ("utf-16-le", "utf-16-be"))])
        if utf16 is None or "\x00" in utf16[1]:  # text never holds U+0000; zeros decode to it
            raise KgError(path, f"binary file, not text (NUL byte at {nul})")
        return utf16[1], utf16[0]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        utf8_error = error
    if _truncated_utf8(data, utf8_error):
        raise KgError(path, f"not valid UTF-8 (byte 0x{data[utf8_error.start]:02x} at {utf8_error.start}): the file is cut short")
    candidates = _decoded(data, [*_detected(data), *CHINESE])
    best = _best(candidates)
    if best is not None:
        return best[1], best[0]
    scored = [(plausibility(text), name) for name, text in candidates]
    tried = ", ".join(f"{name} {score:.0%}" for score, name in scored) or "none decodes"
    raise KgError(
        path,
        f"not valid UTF-8 (byte 0x{data[utf8_error.start]:02x} at {utf8_error.start}) and no Chinese encoding "
        f"gives plausible text ({tried}); save it as UTF-8",
    )


def plausibility(text: str) -> float:
    """The share of non-ASCII characters that are common Chinese characters or punctuation."""
    letters = [c for c in text if ord(c) > 0x7F and not c.isspace()]
    if not letters:
        return 1.0
    common = _common_characters()
    return sum(c in common or bool(_PUNCTUATION.match(c)) for c in letters) / len(letters)


def _decoded(data: bytes, names: list[str] | tuple[str, ...]) -> list[tuple[str, str]]:
    """(encoding, text) for every encoding that decodes the bytes strictly, in the order given."""
    out: dict[str, str] = {}
    for name in names:
        try:
            key = codecs.lookup(name).name
        except LookupError:
            continue
        if key in out:
            continue
        try:
            out[key] = data.decode(name)
        except UnicodeDecodeError:
            continue
    return list(out.items())


def _best(candidates: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The most plausible decoding if it is plausible enough; the narrowest encoding giving it."""
    scored = [(plausibility(text), -rank, text) for rank, (_, text) in enumerate(candidates)]
    if not scored or max(scored)[0] < PLAUSIBLE:
        return None
    text = max(scored)[2]
    names = [name for name, decoded in candidates if decoded == text]
    narrowest = [name for name in map(_codec_name, CHINESE) if name in names]
    return (narrowest[0] if narrowest else names[0]), text


def _codec_name(name: str) -> str:
    return codecs.lookup(name).name


def _detected(data: bytes) -> list[str]:
    from charset_normalizer import from_bytes  # loaded on first use: importing kg stays cheap

    return [match.encoding for match in from_bytes(data[:200_000])][:3]


def _strict(data: bytes, encoding: str, path: object) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        name = encoding.removesuffix("-sig").replace("-le", "").replace("-be", "").upper()
        raise KgError(path, f"not valid {name} (byte 0x{data[error.start]:02x} at {error.start}); save it as UTF-8") from error


def _truncated_utf8(data: bytes, error: UnicodeDecodeError) -> bool:
    """Valid UTF-8 up to an incomplete character at the very end: a cut-off file, not another encoding."""
    return error.start >= len(data) - 3 and error.reason == "unexpected end of data" and error.start > 0


@lru_cache(maxsize=1)
def _common_characters() -> frozenset[str]:
    """GB2312's 6,763 hanzi and Big5's 5,401 common (level 1) ones: what real text is made of."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xF8):
        chars.update(_decodable(bytes([lead, trail]), "gb2312") for trail in range(0xA1, 0xFF))
    for lead in range(0xA4, 0xC7):
        chars.update(_decodable(bytes([lead, trail]), "big5") for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
    chars.discard("")
    return frozenset(chars)


def _decodable(pair: bytes, encoding: str) -> str:
    try:
        return pair.decode(encoding)
    except UnicodeDecodeError:
        return ""
