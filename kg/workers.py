"""Where the per-document step runs: in this process, on a pool of processes, or on a Dask cluster.

Each runner takes the documents still to make as `Task`s and yields their `Shard` records as they
finish (in any order: the corpus step sorts). A worker loads the vocabulary once and keeps it;
tasks and answers are small (a path, a key; a record), never documents or graphs.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import traceback
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg import shard
from kg.errors import KgError
from kg.vocab import Vocab

if TYPE_CHECKING:
    from rdflib import Graph


@dataclass(frozen=True, slots=True)
class Task:
    path: str  # the document, as the workers can open it
    key: str  # its shard key (computed by the parent from the bytes it hashed)
    doc: str  # its document id (kg.model.document_ids: unique in the build)
    name: str  # its file name, printable


@dataclass(frozen=True, slots=True)
class Failed:
    """A document that could not be read: the build stops on it, or lists it under keep_going."""

    path: str
    problem: str


Outcome = shard.Shard | Failed


# ---- the state a worker keeps between tasks --------------------------------------------------

_STATE: dict[str, Any] = {}


def _setup(vocab: Vocab | None, folder: str, shapes: Graph | None) -> None:
    """Once per worker: the vocabulary (the shipped one unless given) and the SHACL shapes (None: no check)."""
    from kg import vocab as vocabulary

    _STATE.update(vocab=vocab if vocab is not None else vocabulary.load(), folder=Path(folder), shapes=shapes)


def _setup_process(vocab: Vocab | None, folder: str, shapes: Graph | None) -> None:
    """_setup in a pool process, which does nothing else: Python's cyclic garbage collector took
    8.6 ms a document there (7 % of it), mostly rescanning what was loaded once; frozen out of its
    sight, and with young objects collected in batches of 10,000 instead of 700, 4.5 ms."""
    _setup(vocab, folder, shapes)
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


def _make(task: Task) -> Outcome:
    try:
        return shard.make(Path(task.path), task.key, task.doc, task.name, _STATE["vocab"], _STATE["folder"], _STATE["shapes"])
    except KgError as error:  # the file's own problem (unreadable, empty, not what its name says)
        return Failed(task.path, error.problem)
    except Exception as error:  # kg's own bug on this text: one line naming the file, and --keep-going builds the rest
        return Failed(task.path, internal_error(error))


def internal_error(error: Exception) -> str:
    """One line for a bug of kg's that a document brought out, with where it happened, for a report."""
    frame = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    return f"kg failed on this document ({type(error).__name__}: {error}{where}); a bug in kg: please report it with the file"


def _make_on_dask(task: Task, vocab: Vocab | None, folder: str, shapes: Graph | None) -> Outcome:
    """A Dask task: sets the worker up on its first task of a build (Dask workers live across tasks
    and builds; the scattered vocabulary and shapes are the same objects for every task of one)."""
    if _STATE.get("folder") != Path(folder) or _STATE.get("shapes") is not shapes or (vocab is not None and _STATE.get("vocab") is not vocab):
        _setup(vocab, folder, shapes)
    return _make(task)


# ---- the runners -----------------------------------------------------------------------------

# A worker costs ~2.5 s of CPU to start (imports, jieba's dictionary, the vocabularies) and a
# document ~0.3–0.7 s: this few are done sooner here (the seeds, one added document).
IN_PROCESS = 8


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def run(tasks: Sequence[Task], vocab: Vocab | None, folder: Path, shapes: Graph | None, jobs: int = 1, scheduler: str | None = None) -> Iterator[Outcome]:
    """Make the shards of tasks: in this process (jobs=1), on jobs processes, or on the Dask
    scheduler at the given address; yields each record as soon as its shard is on disk, or
    a Failed for a file that cannot be read."""
    if not tasks:
        return
    if scheduler is not None:
        yield from _on_dask(tasks, vocab, folder, shapes, scheduler)
    elif jobs <= 1 or len(tasks) <= IN_PROCESS:
        _setup(vocab, str(folder), shapes)
        try:
            for task in tasks:
                yield _make(task)
        finally:
            _STATE.clear()
    else:
        yield from _on_pool(tasks, vocab, folder, shapes, jobs)


def _on_pool(tasks: Sequence[Task], vocab: Vocab | None, folder: Path, shapes: Graph | None, jobs: int) -> Iterator[Outcome]:
    """A process pool started with forkserver (spawn where there is none): never fork a parent
    that has threads or jieba's and OpenCC's state loaded. At most 2 × jobs tasks are in flight,
    so the parent's memory does not grow with the corpus."""
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_setup_process, initargs=(vocab, str(folder), shapes)) as pool:
        pending: set[Future[Outcome]] = set()
        queue = iter(tasks)
        try:
            for task in queue:
                pending.add(pool.submit(_make, task))
                if len(pending) >= 2 * jobs:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    yield from (future.result() for future in done)
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (future.result() for future in done)
        except BrokenProcessPool as error:
            raise KgError("--jobs", f"a worker process died ({error}); out of memory? try fewer --jobs") from error
        except BaseException:
            for future in pending:
                future.cancel()
            raise


def _on_dask(tasks: Sequence[Task], vocab: Vocab | None, folder: Path, shapes: Graph | None, address: str) -> Iterator[Outcome]:
    """The same tasks on a Dask cluster; the shard folder must be one every worker can write."""
    try:
        from distributed import Client, as_completed
    except ImportError as error:
        raise KgError("--scheduler", "needs Dask: pip install 'policy-kg[dask]'") from error
    try:
        client = Client(address, timeout=10)
    except (OSError, TimeoutError) as error:
        raise KgError("--scheduler", f"no Dask scheduler at {address} ({error})") from error
    with client:
        given = client.scatter(vocab, broadcast=True) if vocab is not None else None
        rules = client.scatter(shapes, broadcast=True) if shapes is not None else None
        futures = client.map(_make_on_dask, list(tasks), vocab=given, folder=str(folder.resolve()), shapes=rules, pure=False)
        for future in as_completed(futures):
            yield future.result()
