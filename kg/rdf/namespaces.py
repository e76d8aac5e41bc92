"""Step 5 (names): the one prefix table, our closed ontology namespace, and IRIs written short (CURIEs).

The KG class is written by hand and closed, so a misspelt term fails at once."""

from __future__ import annotations

from typing import Any

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDFS, SKOS, XSD, DefinedNamespace

from kg import shipped

ID = Namespace("https://w3id.org/policy-kg/id/")
VOCAB = Namespace("https://w3id.org/policy-kg/vocab/")


class KG(DefinedNamespace):
    """Classes and properties of ontology/kg.ttl (a test keeps the two in step)."""

    _NS = Namespace("https://w3id.org/policy-kg/ontology#")
    _fail = True

    # classes
    PolicyDocument: URIRef
    Agency: URIRef
    Organization: URIRef
    Region: URIRef
    Platform: URIRef
    PlatformType: URIRef
    EnterpriseType: URIRef
    Programme: URIRef
    Industry: URIRef
    Target: URIRef
    FundingMeasure: URIRef
    Support: URIRef
    Mention: URIRef
    Evidence: URIRef
    Provision: URIRef
    RegionLevel: URIRef

    # region levels (individuals of RegionLevel)
    Country: URIRef
    Province: URIRef
    City: URIRef
    District: URIRef
    County: URIRef
    Town: URIRef
    Zone: URIRef
    CompositeRegion: URIRef

    # object properties
    issuedBy: URIRef
    jurisdiction: URIRef
    mentions: URIRef
    supports: URIRef
    targets: URIRef
    funds: URIRef
    subject: URIRef
    recipient: URIRef
    entity: URIRef
    inDocument: URIRef
    evidence: URIRef
    partOf: URIRef
    regionLevel: URIRef

    # datatype properties
    documentType: URIRef
    periodStart: URIRef
    periodEnd: URIRef
    surface: URIRef
    value: URIRef
    valueMax: URIRef
    unit: URIRef
    year: URIRef
    perYear: URIRef
    comparator: URIRef
    scope: URIRef
    level: URIRef
    amountCNY: URIRef
    cap: URIRef
    ratio: URIRef
    oneOff: URIRef
    condition: URIRef
    instrument: URIRef
    verb: URIRef
    sha256: URIRef
    encoding: URIRef
    pageCount: URIRef
    indexNumber: URIRef
    page: URIRef


# rdflib resolves a DefinedNamespace's term in Python at every access (KG.inDocument: a metaclass
# __getattr__ and a cached lookup, ~900 times a document); as class attributes they are plain ones.
for _term in KG.__annotations__:
    setattr(KG, _term, KG[_term])


OA = Namespace("http://www.w3.org/ns/oa#")
# Every prefix we write, declare in queries and print: the one table.
# (rdflib's closed namespaces are classes, its open ones Namespace objects: both are IRIs to bind.)
PREFIXES: dict[str, Any] = {
    "kg": KG._NS,
    "id": ID,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "rdfs": RDFS,
    "xsd": XSD,
    "oa": OA,
    "prov": PROV,
    "org": ORG,
    "owl": OWL,  # the graph's header: <id/> a owl:Ontology ; owl:imports <ontology> (ontology.ttl)
}
PREFIX_IRIS = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def compact(iri: str) -> str | None:
    """The CURIE of an IRI under one of our prefixes, else None.

    Example:
        >>> compact("https://w3id.org/policy-kg/ontology#Target")
        'kg:Target'
        >>> compact("https://example.org/x") is None
        True
    """
    for prefix, namespace in PREFIX_IRIS.items():
        rest = iri[len(namespace):]
        if iri.startswith(namespace) and rest and not rest.startswith("//"):
            return f"{prefix}:{rest}"
    return None


def sparql_prologue() -> str:
    """PREFIX lines for our prefixes, for a query text that runs in any SPARQL store."""
    return "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIX_IRIS.items())


def ontology_turtle() -> bytes:
    """ontology/kg.ttl as shipped in the package."""
    return shipped.ontology().joinpath("kg.ttl").read_bytes()
