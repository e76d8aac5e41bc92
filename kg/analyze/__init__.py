"""Step 7: cross-document analytics (NetworkX metrics and the report)."""
