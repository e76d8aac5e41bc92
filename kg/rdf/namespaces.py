"""The ontology's namespaces, written by hand and closed, so a misspelt term fails at once."""

from __future__ import annotations

from importlib import resources

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

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


def ontology_turtle() -> bytes:
    """ontology/kg.ttl as shipped in the package."""
    return resources.files("kg._ontology").joinpath("kg.ttl").read_bytes()
