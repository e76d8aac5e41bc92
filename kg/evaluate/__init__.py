"""Scoring extraction against gold: the JSONL contract, matching, the report."""
