"""The five bundled documents, shipped inside the package as kg._seeds (see setup.cfg): `kg build`'s input when no path is given and ./seeds does not exist."""
