"""policy-kg: Chinese science-and-innovation policy documents as a knowledge graph.

Importing `kg` loads nothing and touches no files; `kg.pipeline.build` runs the steps.
"""

__version__ = "0.1.0"
