"""Step 6: views of the graph for people (view model, layout, HTML pages, notebook objects)."""
