"""SKOS vocabularies read by kg.vocab (package data)."""
