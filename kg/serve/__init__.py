"""Step 8: `kg serve`, the pages and a read-only SPARQL endpoint."""
