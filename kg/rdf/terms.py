"""Step 5's terms: the IRIs and literals the graph mints, one rule each, shared by every writer; no I/O."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from urllib.parse import quote

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.model import Document
from kg.rdf.namespaces import ID
from kg.vocab import Vocab

_UNSAFE_CATEGORIES = ("Cc", "Cf", "Co", "Cn", "Zs", "Zl", "Zp")


@lru_cache(maxsize=1 << 16)  # names recur across a worker's documents: minting was a tenth of making triples
def mint(label: str) -> str:
    r"""An IRI path segment that every strict parser accepts, still readable in Chinese.

    A character stays as it is when it is an unreserved ASCII character or an RFC 3987 `ucschar`
    that is not a control, format, space or unassigned character; anything else is %-encoded as
    UTF-8 (the bytes of a non-UTF-8 file name as they were). So the ideographic variation selector
    U+E0100, outside `ucschar`, becomes %F3%A0%84%80 instead of an IRI pyoxigraph refuses.

    Example:
        >>> mint("国家级重点实验室(北京)")
        '国家级重点实验室%28北京%29'
        >>> mint("葛\U000e0100城")
        '葛%F3%A0%84%80城'
    """
    out = []
    for char in unicodedata.normalize("NFKC", label):
        if (char.isascii() and (char.isalnum() or char in "-._~")) or (
            _is_ucschar(ord(char)) and unicodedata.category(char) not in _UNSAFE_CATEGORIES
        ):
            out.append(char)
        else:
            out.append(quote(char.encode("utf-8", "surrogateescape"), safe=""))
    return "".join(out)


def _is_ucschar(code: int) -> bool:
    """RFC 3987 ucschar: the non-ASCII code points an IRI may hold outside its query part."""
    if 0xA0 <= code <= 0xD7FF or 0xF900 <= code <= 0xFDCF or 0xFDF0 <= code <= 0xFFEF:
        return True
    return 0x10000 <= code <= 0xEFFFD and (code & 0xFFFF) <= 0xFFFD and not 0xE0000 <= code <= 0xE0FFF


# The one rule for text in literals, applied by `literal()` to every string the graph holds, so that
# each export parses in rapper, pyoxigraph and rdflib and holds no invisible characters:
# - every line-end convention (CR, CRLF, NEL, U+2028/2029, VT, FF) becomes LF, TAB stays
#   (N-Triples cannot hold a raw FF, NEL or U+2028: pyoxigraph and rapper stop there);
# - other control characters (C0, DEL, C1) and format characters (Cf: zero-width spaces and
#   joiners, BOM, soft hyphen, bidi overrides) are dropped;
# - a lone surrogate (a byte of a non-UTF-8 file name) becomes U+FFFD, as it cannot be written; so
#   does a noncharacter (U+FDD0–FDEF, U+xFFFE/xFFFF), which pyoxigraph writes raw and rapper refuses;
# - everything else stays, variation selectors included (U+FE0F, the ideographic U+E0100 of a
#   name): they are legal in every RDF syntax and choose the glyph the document used.
# Quotes (oa:exact) follow the same rule; oa:start/oa:end still index the file's own text, so
# oa:exact == clean_text(original[start:end]).
_LINE_END = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")


def clean_text(text: str) -> str:
    r"""Text as a literal holds it (the rule above).

    Example:
        >>> clean_text("高新\u200b技术\r\n企业\x1b\ufe0f\ufffe")
        '高新技术\n企业\ufe0f\ufffd'
    """
    if text.isprintable():  # no control, format, line-end, surrogate or unassigned character: the rule keeps it all
        return text
    text = _LINE_END.sub("\n", text)
    return "".join(
        "\ufffd" if 0xD800 <= ord(c) <= 0xDFFF or 0xFDD0 <= ord(c) <= 0xFDEF or (ord(c) & 0xFFFE) == 0xFFFE else c
        for c in text
        if c in "\t\n" or unicodedata.category(c) not in ("Cc", "Cf")
    )


def literal(value: object, lang: str | None = None, datatype: URIRef | None = None) -> Literal:
    """The graph's only way to make a literal: strings go through `clean_text`, and are cached (labels, surfaces,
    units recur, and rdflib's Literal() is slow Python; not other values, as 1 == True would share a key)."""
    return _text_literal(value, lang, datatype) if isinstance(value, str) else Literal(value, lang=lang, datatype=datatype)


_text_literal = lru_cache(maxsize=1 << 16)(lambda text, lang, datatype: Literal(clean_text(text), lang=lang, datatype=datatype))


def entity_iri(type_: str, name: str, vocab: Vocab, place: str | None = None) -> URIRef:
    """The one IRI of a concept in every document: the vocabulary's when it has the name; a local place's (鼓楼区, 东区)
    by the document's place, or kept to that place: never one node for two cities' districts of one name."""
    concept = vocab.by_label(name) or vocab.local_region(name, place)
    if concept is not None and concept.type == type_:
        return URIRef(concept.iri)
    return ID[f"{type_}/{mint(place)}/{mint(name)}" if place and name in vocab.local else f"{type_}/{mint(name)}"]


def doc_iris(docs: Sequence[Document]) -> dict[str, URIRef]:
    """Document id → IRI: `id/doc/{文号}` where the document has a 文号 no other document in the
    build shares, else `id/doc/{file stem}`.

    Example:
        >>> from kg.model import DocumentMeta
        >>> def doc(id_, number=None):
        ...     return Document(id_, id_ + ".txt", "", "", (), (), meta=DocumentMeta(number=number))
        >>> iris = doc_iris([doc("a", "京经信发〔2023〕30号"), doc("b"), doc("c", "X〔2020〕1号"), doc("d", "X〔2020〕1号")])
        >>> [str(iri).rsplit("/", 1)[-1] for iri in iris.values()]
        ['京经信发〔2023〕30号', 'b', 'c', 'd']
    """
    numbers = Counter(doc.meta.number for doc in docs if doc.meta.number)
    return {
        doc.id: ID[f"doc/{mint(doc.meta.number if doc.meta.number and numbers[doc.meta.number] == 1 else doc.id)}"]
        for doc in docs
    }


def decimal_literal(value: Decimal | None) -> Literal | None:
    """xsd:decimal in its canonical form: 10000000.0, 0.001 (never 1E+7), as Turtle writes it back."""
    if value is None:
        return None
    text = format(value, "f")
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return literal(f"{text}.0" if "." not in text else text, datatype=XSD.decimal)
