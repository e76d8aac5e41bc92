"""The one error type of policy-kg: a file and what is wrong with it."""

from __future__ import annotations


class KgError(Exception):
    """A problem the user can fix, named with the file it concerns.

    `str()` is the one line the CLI prints: ``seeds/x.txt: empty file``.
    """

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem

    def __reduce__(self) -> tuple[type[KgError], tuple[str, str]]:
        """Pickled as (path, problem), so an error raised in a worker process arrives whole."""
        return (KgError, (self.path, self.problem))
