"""The one error type of policy-kg: a file and what is wrong with it."""

from __future__ import annotations


class KgError(Exception):
    """A problem the user can fix, named with the file it concerns.

    `str()` is the one line the CLI prints: ``seeds/x.txt: empty file``.
    """

    def __init__(self, path: object, problem: str) -> None:
        # a non-UTF-8 file name holds surrogates that no terminal can print: its bytes as \xNN
        name = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        super().__init__(f"{name}: {problem}")
        self.path = name
        self.problem = problem

    def __reduce__(self) -> tuple[type[KgError], tuple[str, str]]:
        """Pickled as (path, problem), so an error raised in a worker process arrives whole."""
        return (KgError, (self.path, self.problem))
