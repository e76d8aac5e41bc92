"""Step 5: documents and facts → an rdflib Graph under our ontology; deterministic IRIs, no I/O."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS, XSD

from kg import governs
from kg.model import Document, Entity, Evidence, Fact, Funding, Provisions, Support, Target
from kg.rdf.namespaces import ID, KG, OA
from kg.rdf.terms import decimal_literal, doc_iris, entity_iri, literal, mint
from kg.rdf.triples import Triples
from kg.segment import fallback_title
from kg.vocab import Concept, Vocab

MEDIA_TYPES = {"text": "text/plain", "html": "text/html", "pdf": "application/pdf",  # dcterms:format of the file read
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
ONTOLOGY = URIRef("https://w3id.org/policy-kg/ontology")  # the owl:Ontology of ontology/kg.ttl
DATA = ID[""]  # the graph itself, as an owl:Ontology that imports ONTOLOGY (Protégé follows it to ontology.ttl)


@dataclass(frozen=True)
class _Context:
    """What the fact writers need to know about the documents of the build."""

    vocab: Vocab
    docs: Mapping[str, URIRef]  # document id → IRI
    provisions: Mapping[str, Provisions]  # document id → its sentences
    places: Mapping[str, str | None]  # document id → the place its local names resolve by (kg.governs.resolving_place)
    # Nodes already described: a quote, a sentence or an entity recurs across facts, and adding
    # the same triples again was half of rdflib's work here.
    described: set[URIRef] = field(default_factory=set)

    def first(self, node: URIRef) -> bool:
        """Whether node is not yet described (and is from now on)."""
        if node in self.described:
            return False
        self.described.add(node)
        return True

    def doc(self, doc_id: str) -> URIRef:
        return self.docs[doc_id] if doc_id in self.docs else ID[f"doc/{mint(doc_id)}"]

    def sentence(self, evidence: Evidence) -> Evidence | None:
        provisions = self.provisions.get(evidence.doc)
        return provisions.containing(evidence) if provisions else None


def to_graph(docs: Sequence[Document], facts: Iterable[Fact], vocab: Vocab, concepts: bool = True) -> Graph:
    """The triples of docs and their facts; with concepts, also the vocabulary's context of every
    concept named (labels, broader, partOf), which a per-document shard leaves to the corpus step."""
    graph = triples(docs, facts, vocab).graph()
    if concepts:
        add_concept_context(graph, vocab)
    return graph


def triples(docs: Sequence[Document], facts: Iterable[Fact], vocab: Vocab) -> Triples:
    """The triples of docs and their facts, with their owners (to_graph without the concepts' context)."""
    sink = Triples()
    sink.add((DATA, RDF.type, OWL.Ontology))
    sink.add((DATA, OWL.imports, ONTOLOGY))
    context = _Context(vocab, doc_iris(docs), {doc.id: Provisions.of(doc) for doc in docs}, {doc.id: governs.resolving_place(doc.meta, vocab) for doc in docs})
    for doc in docs:
        _add_document(sink, doc, context)
    for fact in facts:
        _ADD[type(fact)](sink, fact, context)
    return sink


def _add_document(sink: Triples, doc: Document, context: _Context) -> None:
    iri, meta, vocab = context.doc(doc.id), doc.meta, context.vocab
    sink.own(iri, iri)
    sink.add((iri, DCTERMS.source, literal(doc.name)))
    source = doc.source
    optional = [
        (DCTERMS.format, literal(MEDIA_TYPES.get(source.format, source.format))),
        (KG.sha256, source.sha256 and literal(source.sha256)),
        (KG.encoding, source.encoding and literal(source.encoding)),
        (KG.pageCount, source.pages and literal(len(source.pages), datatype=XSD.positiveInteger)),
        (KG.indexNumber, source.stated("索引号") and literal(source.stated("索引号"))),
        (DCTERMS.title, literal(meta.title or fallback_title(doc)[0], lang="zh")),  # segment warned of a fallback
        (DCTERMS.identifier, meta.number and literal(meta.number)),
        (DCTERMS.issued, meta.issued and literal(meta.issued, datatype=XSD.date)),
        (KG.documentType, meta.doc_type and literal(meta.doc_type, lang="zh")),
        (KG.periodStart, meta.period_start and literal(str(meta.period_start), datatype=XSD.gYear)),
        (KG.periodEnd, meta.period_end and literal(str(meta.period_end), datatype=XSD.gYear)),
        (KG.issuedBy, meta.issuer and _labelled(sink, entity_iri("Agency", meta.issuer, vocab), "Agency", meta.issuer)),
        (
            KG.jurisdiction,
            meta.jurisdiction
            and _labelled(sink, entity_iri("Region", meta.jurisdiction, vocab, context.places[doc.id]), "Region", meta.jurisdiction),
        ),
    ]
    for predicate, value in optional:
        if value:
            sink.add((iri, predicate, value))


def _labelled(sink: Graph | Triples, iri: URIRef, type_: str, name: str) -> URIRef:
    sink.add((iri, RDF.type, KG[type_]))
    sink.add((iri, SKOS.prefLabel, literal(name, lang="zh")))
    return iri


def _selector(sink: Triples, iri: URIRef, class_: URIRef, doc: URIRef, evidence: Evidence) -> URIRef:
    """A kg:Evidence or kg:Provision: the W3C Web Annotation quote and position of a stretch of
    the original text (kg.ttl makes both classes oa:TextQuoteSelector and oa:TextPositionSelector)."""
    sink.add((iri, RDF.type, class_))
    sink.own(iri, doc)
    sink.add((iri, OA.exact, literal(evidence.quote)))
    sink.add((iri, OA.start, literal(evidence.start, datatype=XSD.nonNegativeInteger)))
    sink.add((iri, OA.end, literal(evidence.end, datatype=XSD.nonNegativeInteger)))
    if evidence.page is not None:
        sink.add((iri, KG.page, literal(evidence.page, datatype=XSD.positiveInteger)))
    return iri


def _evidence(sink: Triples, fact_iri: URIRef, evidence: Evidence, context: _Context) -> None:
    """fact_iri's kg:evidence: a kg:Evidence dcterms:isPartOf the kg:Provision (sentence) it starts
    in, or, when it quotes that whole sentence, the Provision itself, typed kg:Evidence too: one
    node for one stretch of text (half of all evidence quotes whole sentences; 11 % fewer triples)."""
    doc = context.doc(evidence.doc)
    sentence = context.sentence(evidence)
    if sentence is not None and (sentence.start, sentence.end) == (evidence.start, evidence.end):
        provision = _provision(sink, doc, sentence, context)
        sink.add((fact_iri, KG.evidence, provision))
        sink.add((provision, RDF.type, KG.Evidence))
        return
    iri = URIRef(f"{doc}/char/{evidence.start}-{evidence.end}")
    sink.add((fact_iri, KG.evidence, iri))
    if context.first(iri):
        _selector(sink, iri, KG.Evidence, doc, evidence)
        if sentence is not None:
            sink.add((iri, DCTERMS.isPartOf, _provision(sink, doc, sentence, context)))


def _provision(sink: Triples, doc: URIRef, sentence: Evidence, context: _Context) -> URIRef:
    """The kg:Provision of a sentence, described once."""
    iri = URIRef(f"{doc}/sentence/{sentence.start}-{sentence.end}")
    if context.first(iri):
        _selector(sink, iri, KG.Provision, doc, sentence)
    return iri


def _fact_iri(kind: str, fact: Fact, context: _Context, *key: object) -> URIRef:
    """Named by content, not by a counter, so reordering the input changes no IRI."""
    digest = hashlib.sha1(repr((fact.evidence.start, fact.evidence.end, *key)).encode("utf-8")).hexdigest()[:12]
    return URIRef(f"{context.doc(fact.doc)}/{kind}/{digest}")


def _add_entity(sink: Triples, entity: Entity, context: _Context) -> None:
    doc = context.doc(entity.doc)
    mention = URIRef(f"{doc}/mention/{mint(entity.type)}/{mint(entity.name)}")
    if not context.first(mention):
        return  # the first mention in the document carries the evidence
    iri = _labelled(sink, entity_iri(entity.type, entity.name, context.vocab, context.places.get(entity.doc)), entity.type, entity.name)
    sink.add((doc, KG.mentions, iri))
    sink.add((mention, RDF.type, KG.Mention))
    sink.own(mention, doc)
    sink.add((mention, KG.entity, iri))
    sink.add((mention, KG.surface, literal(entity.surface, lang="zh")))
    _evidence(sink, mention, entity.evidence, context)


def resolve(name: str, vocab: Vocab) -> Concept | None:
    """The concept a target's subject, a funding's recipient or a supported object names, if any:
    the vocabulary's, by label or alias. The graph links facts with it and the pages draw with it."""
    return vocab.by_label(name)


def _concept_of(name: str, vocab: Vocab) -> URIRef | None:
    concept = resolve(name, vocab)
    return URIRef(concept.iri) if concept else None


def _add_target(sink: Triples, target: Target, context: _Context) -> None:
    vocab = context.vocab
    iri = _fact_iri("target", target, context, target.subject, target.value, target.value_max, target.year)
    sink.add((context.doc(target.doc), KG.targets, iri))
    _add_fact(
        sink,
        iri,
        KG.Target,
        context.doc(target.doc),
        [
            (KG.subject, literal(target.subject, lang="zh")),
            (KG.entity, _concept_of(target.subject, vocab)),
            (KG.value, decimal_literal(target.value)),
            (KG.valueMax, decimal_literal(target.value_max)),
            (KG.unit, literal(target.unit, lang="zh")),
            (KG.year, target.year and literal(str(target.year), datatype=XSD.gYear)),
            (KG.perYear, literal(target.per_year)),
            (KG.comparator, target.comparator and literal(target.comparator, lang="zh")),
            (KG.scope, target.scope and literal(target.scope, lang="zh")),
        ],
    )
    _evidence(sink, iri, target.evidence, context)


def _add_funding(sink: Triples, funding: Funding, context: _Context) -> None:
    vocab = context.vocab
    iri = _fact_iri("funding", funding, context, funding.recipient, funding.level, funding.amount_yuan, funding.ratio)
    sink.add((context.doc(funding.doc), KG.funds, iri))
    _add_fact(
        sink,
        iri,
        KG.FundingMeasure,
        context.doc(funding.doc),
        [
            (KG.recipient, literal(funding.recipient, lang="zh")),
            (KG.entity, _concept_of(funding.recipient, vocab)),
            (KG.level, funding.level and literal(funding.level, lang="zh")),
            (KG.amountCNY, decimal_literal(funding.amount_yuan)),
            (KG.cap, literal(funding.cap)),
            (KG.ratio, decimal_literal(funding.ratio)),
            (KG.oneOff, literal(funding.one_off)),
            (KG.condition, funding.condition and literal(funding.condition, lang="zh")),
            (KG.instrument, funding.instrument and literal(funding.instrument, lang="zh")),
        ],
    )
    _evidence(sink, iri, funding.evidence, context)


def _add_support(sink: Triples, support: Support, context: _Context) -> None:
    vocab = context.vocab
    target = _labelled(sink, entity_iri(support.object_type, support.object, vocab), support.object_type, support.object)
    iri = _fact_iri("support", support, context, support.object, support.verb)
    sink.add((context.doc(support.doc), KG.supports, target))
    _add_fact(sink, iri, KG.Support, context.doc(support.doc), [(KG.entity, target), (KG.verb, literal(support.verb, lang="zh"))])
    _evidence(sink, iri, support.evidence, context)


def _add_fact(sink: Triples, iri: URIRef, class_: URIRef, doc: URIRef, values: list[tuple[URIRef, object]]) -> None:
    sink.add((iri, RDF.type, class_))
    sink.own(iri, doc)
    for predicate, value in values:
        if value is not None and value != "" and value is not False:
            sink.add((iri, predicate, value))  # type: ignore[arg-type]


def add_concept_context(graph: Graph, vocab: Vocab) -> None:
    """For every vocabulary concept in the graph: its labels, broader terms, and for regions their
    parents, level and GB/T 2260 code, so that partOf and broader queries work on the export alone."""
    seen: set[str] = set()
    todo = sorted(str(s) for s in set(graph.subjects(RDF.type, None)) if str(s) in vocab.concepts)
    while todo:
        iri = todo.pop()
        if iri in seen:
            continue
        seen.add(iri)
        concept = vocab.concepts[iri]
        node = _labelled(graph, URIRef(iri), concept.type, concept.label)
        for alias in concept.aliases:
            graph.add((node, SKOS.altLabel, literal(alias, lang="zh")))
        for broader in concept.broader:
            graph.add((node, SKOS.broader, URIRef(broader)))
        for parent in concept.part_of:
            graph.add((node, KG.partOf, URIRef(parent)))
        if concept.level is not None:
            graph.add((node, KG.regionLevel, KG[concept.level]))
        if concept.code is not None:
            graph.add((node, SKOS.notation, literal(concept.code)))
        todo.extend(p for p in (*concept.broader, *concept.part_of) if p in vocab.concepts)


_ADD: dict[type, Callable[[Triples, Any, _Context], None]] = {Entity: _add_entity, Target: _add_target, Funding: _add_funding, Support: _add_support}


def ontology_turtle() -> bytes:
    """ontology.ttl, which `kg build` writes beside policy.ttl (whose header owl:imports it):
    ontology/kg.ttl and then every vocabulary of ontology/vocab, each file as shipped, with its
    comments. Turtle allows @prefix anywhere and the files use no @base or blank node labels, so
    the concatenation is one valid document, the same in every build (a test parses it strictly).
    """
    from kg.rdf.namespaces import ontology_turtle as kg_ttl
    from kg.vocab import shipped_files

    parts = [("ontology/kg.ttl", kg_ttl()), *sorted(shipped_files().items())]
    return b"".join(f"# ---- {name} ----\n\n".encode("utf-8") + data.rstrip(b"\n") + b"\n\n" for name, data in parts)
