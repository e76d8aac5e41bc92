"""Step 8c: the worker pool of `kg serve`: processes that hold the built graph and answer one query
at a time, killed and replaced when a query runs past its time (`kg.serve.endpoint` says what a
worker does with a query; this module only keeps the workers).

Each worker remembers which build it loaded (the graph file's inode, size and mtime). `kg build`
swaps in a new exports folder as a whole, so a changed stamp means a new build: a worker of the
old build is replaced before it answers, and two builds are never mixed. A worker that cannot
load the graph (briefly unreadable) is retried on the next query instead of being retired for good.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.rdf import sparql
from kg.rdf.sparql import one_line
from kg.serve.endpoint import WORKER_MEMORY, Answer, Job, answer, refusal

Stamp = tuple[int, int, int]  # inode, size, mtime (ns) of the graph file a worker loaded


def stamp(path: Path) -> Stamp | None:
    """Which build the graph file is: None when it cannot be read now."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def _work(connection: Connection, ttl: str, memory: int) -> None:
    """A worker process: load the graph once, then answer Jobs until the parent hangs up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the parent stops us
    sparql.limit_memory(memory)
    try:
        loaded = stamp(Path(ttl))
        store = sparql.load(Path(ttl))  # in memory: nothing is written, and no LOCK is shared with anyone
    except Exception as error:
        connection.send(("failed", one_line(str(error), 200)))
        return
    sparql.check("SELECT ?s WHERE { ?s a kg:PolicyDocument OPTIONAL { ?s rdfs:label ?l } } LIMIT 1")  # pyparsing's first parse is slow: not in a user's query
    connection.send(("ready", loaded))
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(answer(store, job))


@dataclass(eq=False)
class _Worker:
    process: Any  # multiprocessing's SpawnProcess
    connection: Connection
    loaded: Stamp | None = None  # the build it holds

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()  # SIGKILL: pyoxigraph's evaluation loop never looks at signals
        self.process.join(timeout=5)
        self.connection.close()


class Pool:
    """`workers` processes, each with the graph loaded; one query at a time per process."""

    def __init__(self, ttl: Path, workers: int = 2, timeout: float = 30.0, memory: int = WORKER_MEMORY) -> None:
        self.ttl, self.workers, self.timeout, self.memory = ttl, workers, timeout, memory
        # spawn, not fork: the parent runs waitress's threads, and forking a threaded process is unsafe
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._running: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [self._spawn() for _ in range(workers)]
        try:
            for worker in started:
                self._ready(worker)
        except BaseException:
            self.close()
            raise
        for worker in started:
            self._idle.put(worker)

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_work, args=(child, str(self.ttl), self.memory), name="kg-serve-worker", daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._running.add(worker)
        return worker

    def _ready(self, worker: _Worker) -> None:
        """Wait for the worker to load the graph; a worker that cannot is a KgError."""
        message: tuple[str, Any] = ("failed", "it did not start within 120 s")
        try:
            if worker.connection.poll(120):
                message = worker.connection.recv()
        except (EOFError, OSError):
            message = ("failed", f"the worker exited with status {worker.process.exitcode}")
        if message[0] != "ready":
            raise KgError(self.ttl, f"cannot be loaded for querying ({message[1]})")
        worker.loaded = message[1]

    def run(self, job: Job) -> Answer:
        """The answer to one query: from an idle worker of the current build, or 503 at once when
        all are busy or the graph cannot be loaded now."""
        found: _Worker | None
        try:
            found = self._idle.get_nowait()
        except queue.Empty:
            found = self._grow()
            if found is None:
                return refusal(503, f"all {self.workers} query workers are busy; retry in a second", (("Retry-After", "1"),))
        if found.loaded != stamp(self.ttl):  # kg build swapped in a new build since it loaded
            self._retire(found)
            found = self._grow()
            if found is None:
                return refusal(503, "the graph is being replaced by a new build; retry in a second", (("Retry-After", "1"),))
        worker = found
        try:
            worker.connection.send(job)
            if worker.connection.poll(self.timeout):
                result: Answer = worker.connection.recv()
                self._idle.put(worker)
                return result
            outcome = refusal(503, f"query stopped after {self.timeout:g} s (the time limit); narrow it down or add LIMIT")
        except (EOFError, OSError):
            outcome = refusal(500, f"the query ran out of memory ({self.memory // 1024**2} MB per worker) or crashed; narrow it down or add LIMIT")
        self._replace(worker)
        return outcome

    def _grow(self) -> _Worker | None:
        """A new worker when fewer than `workers` run (one retired or never restarted); None if
        there are enough, or if the graph cannot be loaded now (the next query tries again)."""
        with self._lock:
            if self._closed or len(self._running) >= self.workers:
                return None
        worker = self._spawn()
        try:
            self._ready(worker)
        except KgError as error:
            print(f"warning: a query worker could not start: {error}", file=sys.stderr, flush=True)
            self._retire(worker)
            return None
        return worker

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker and start its successor before answering, so the next query finds it ready."""
        worker.stop()
        with self._lock:
            self._running.discard(worker)
            if self._closed:
                return
        successor = self._spawn()
        try:
            self._ready(successor)
        except KgError as error:
            print(f"warning: a query worker could not be restarted: {error}", file=sys.stderr, flush=True)
            self._retire(successor)
            return
        self._idle.put(successor)

    def _retire(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._running.discard(worker)

    def close(self) -> None:
        """Stop every worker, idle or busy (a busy one's request then gets a 500)."""
        with self._lock:
            self._closed = True
            workers = list(self._running)
            self._running.clear()
        for worker in workers:
            worker.stop()
