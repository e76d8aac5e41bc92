"""The records passed between the steps: plain frozen dataclasses, no I/O, no rdflib."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ENTITY_TYPES = (
    "Region",
    "Agency",
    "Organization",
    "PlatformType",
    "Platform",
    "EnterpriseType",
    "Programme",
    "Industry",
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact is said: `quote == original_text[start:end]` of document `doc`."""

    doc: str
    quote: str
    start: int
    end: int
    page: int | None = None  # the PDF page the quote starts on (1-based); None for other formats


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch [start, end) of a document's normalised text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    title: str | None = None
    number: str | None = None  # 文号, e.g. 京经信发〔2023〕30号
    issuer: str | None = None
    issued: str | None = None  # ISO date
    jurisdiction: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    doc_type: str | None = None  # 实施方案, 行动计划, 指导意见 …


@dataclass(frozen=True, slots=True)
class Source:
    """What the document was read from: its form, encoding, content hash, pages and header fields.

    `pages[i]` is the offset in the text as read (`Document.original`) where page i + 1 begins;
    `fields` are metadata the source states outside its text (an HTML page's 发文字号 table, its
    `<title>`), as (name, value) pairs.
    """

    format: str = "text"  # text, html, pdf, docx
    encoding: str | None = None  # of a text or HTML file: utf-8, gb18030, big5 …
    sha256: str = ""  # of the file's bytes
    pages: tuple[int, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding offset of the text as read; None without a page map."""
        return bisect_right(self.pages, offset) if self.pages else None

    def stated(self, name: str) -> str | None:
        return next((value for key, value in self.fields if key == name), None)


@dataclass(frozen=True, slots=True)
class Document:
    """One policy document: the text on disk and its normalised Simplified form.

    `starts[i]`/`ends[i]` give the original span that normalised character `i` came from,
    so any span of `text` can be quoted exactly from `original`.
    """

    id: str
    name: str
    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    traditional: bool = False
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    sentences: tuple[Span, ...] = ()
    source: Source = field(default_factory=Source)
    warnings: tuple[str, ...] = ()  # what the build should say about it, e.g. no title found

    def evidence(self, start: int, end: int) -> Evidence:
        """The evidence for normalised span [start, end), quoted from the original text."""
        first, last = self.starts[start], self.ends[end - 1]
        return Evidence(self.id, self.original[first:last], first, last, self.source.page_at(first))

    def sentence_at(self, pos: int) -> Span:
        """The sentence holding normalised position pos (the position itself between sentences)."""
        index = bisect_right(self.sentences, pos, key=lambda s: s.start) - 1
        if index >= 0 and pos < self.sentences[index].end:
            return self.sentences[index]
        return Span(pos, pos + 1)


@dataclass(frozen=True, slots=True)
class Provisions:
    """A document's sentences in original offsets: finds the provision a piece of evidence is in."""

    starts: tuple[int, ...]
    sentences: tuple[Evidence, ...]

    @classmethod
    def of(cls, doc: Document) -> Provisions:
        found = sorted(
            {(ev.start, ev.end): ev for ev in (doc.evidence(s.start, s.end) for s in doc.sentences if s.end > s.start) if ev.quote.strip()}.values(),
            key=lambda ev: (ev.start, ev.end),
        )
        return cls(tuple(ev.start for ev in found), tuple(found))

    def containing(self, evidence: Evidence) -> Evidence | None:
        """The sentence in which the evidence starts; else the first sentence it overlaps; else None."""
        index = bisect_right(self.starts, evidence.start) - 1
        if index >= 0 and evidence.start < self.sentences[index].end:
            return self.sentences[index]
        following = self.sentences[index + 1] if index + 1 < len(self.sentences) else None
        return following if following is not None and following.start < evidence.end else None


@dataclass(frozen=True, slots=True)
class Entity:
    """A mention of a concept: `name` is its canonical Simplified label."""

    doc: str
    type: str
    name: str
    surface: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Target:
    """A quantitative goal: 到2025年高新技术企业达到1800家."""

    doc: str
    subject: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    year: int | None
    per_year: bool
    comparator: str | None
    scope: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Funding:
    """Money or support promised to one recipient at one level."""

    doc: str
    recipient: str
    level: str | None
    amount_yuan: Decimal | None
    cap: bool
    ratio: Decimal | None
    one_off: bool
    condition: str | None
    instrument: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Support:
    """支持/鼓励/培育 … X: the document supports an entity."""

    doc: str
    object: str
    object_type: str
    verb: str
    evidence: Evidence


Fact = Entity | Target | Funding | Support


def document_ids(paths: Sequence[Path]) -> dict[Path, str]:
    """Each document's id: its file stem, unless another document of the build has the same stem;
    then the shortest ending of its path that tells them apart. Bytes of a non-UTF-8 file name
    are shown as \\xNN, so an id is always printable and writable.

    Example:
        >>> ids = document_ids([Path("a/x.txt"), Path("b/x.txt"), Path("b/x.html"), Path("y.txt")])
        >>> [ids[p] for p in sorted(ids)]
        ['a/x.txt', 'b/x.html', 'b/x.txt', 'y']
    """
    groups: dict[str, list[Path]] = {}
    for path in paths:
        groups.setdefault(path.stem, []).append(path)
    ids: dict[Path, str] = {}
    for group in groups.values():
        candidates = [_id_candidates(path) for path in group]
        depth = max(map(len, candidates))
        level = next((i for i in range(depth) if len({c[min(i, len(c) - 1)] for c in candidates}) == len(group)), depth - 1)
        for path, names in zip(group, candidates):
            ids[path] = names[min(level, len(names) - 1)]
    seen: dict[str, int] = {}
    for path in sorted(ids, key=str):  # what a longer path could still share: numbered, in path order
        seen[ids[path]] = seen.get(ids[path], 0) + 1
        if seen[ids[path]] > 1:
            ids[path] = f"{ids[path]}~{seen[ids[path]]}"
    return {path: printable(name) for path, name in ids.items()}


def printable(name: str) -> str:
    """A file name as text: the bytes a non-UTF-8 name could not decode (surrogates) as \\xNN."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _id_candidates(path: Path) -> list[str]:
    """Ids for path from the shortest (the stem) to the longest (its whole path)."""
    folders = [part for part in path.parent.parts if part not in ("/", "\\") and part != path.anchor]
    out = [path.stem, path.name]
    for k in range(1, len(folders) + 1):
        head = "/".join(folders[-k:])
        out += [f"{head}/{path.stem}", f"{head}/{path.name}"]
    return out
