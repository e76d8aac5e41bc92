"""The ontology and SKOS vocabularies, shipped inside the package as kg._ontology (see setup.cfg)."""
