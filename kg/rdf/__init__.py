"""Step 5: facts → RDF, and RDF in and out (namespaces, graph, shapes, formats, SPARQL)."""
