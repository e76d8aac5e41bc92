"""The last step: bytes onto disk: one file replaced atomically, or a whole build folder swapped in (the only writer of files).

A build folder (`exports/`) is replaced as one unit by `write_tree`:

1. take the lock `.exports.lock` beside the folder (fcntl.flock; a second build gets "in use");
2. remove what a killed earlier run left beside it (`.exports.staging-*`, `.exports.old-*`);
3. write the new files into the staging folder `.exports.staging-<pid>` beside it, each fsynced;
4. hard-link into it the files the previous build did not write (README.md, `kg analyze`'s
   report and figures, `kg viz` pages): the manifest `.kg-manifest.json` of a build lists the
   files it owns, so files of documents no longer in the corpus go and everything else stays;
5. write the manifest last, fsync every folder, then swap staging and `exports` in one step with
   renameat2(RENAME_EXCHANGE) and fsync the parent; delete the old tree (now at the staging path).

Why the exchange: `rename()` of a folder over a non-empty folder fails on Linux, and the usual
rename-old-aside-then-new-in leaves a moment with no `exports/` at all. RENAME_EXCHANGE (Linux
3.15+, ext4, xfs, btrfs, tmpfs) has no such moment: a reader or a crash sees the whole old
folder or the whole new one. Where the kernel or filesystem lacks it, the aside pattern is the
fallback, and its one window (old aside, new not yet in) is repaired by the next run, which puts
the old folder back. A symlink `exports -> .exports-<hash>` was not chosen because `exports/` is
a real folder users (and this repository's README.md) keep files in.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from kg import manifest as record
from kg.errors import KgError
from kg.manifest import MANIFEST, relative

try:
    import fcntl
except ImportError:  # not on Windows: builds there are not locked
    fcntl = None  # type: ignore[assignment]

Fill = Callable[[Path], None]  # writes more files into the staging folder it is given


def write_atomic(path: Path, data: bytes, durable: bool = True) -> None:
    """Replace path with data; readers see the old file or the new one, never half. durable: on
    disk (fsynced) when this returns; a cache that checks what it reads back can do without."""
    write_chunks(path, [data], durable)


def write_chunks(path: Path, chunks: Iterable[bytes], durable: bool = True) -> None:
    """Like write_atomic, for a file too big to hold in memory: the chunks are written as they come."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError as error:
        raise _unwritable(path, error) from error
    try:
        with os.fdopen(fd, "wb") as file:
            for chunk in chunks:
                file.write(chunk)
            file.flush()
            if durable:
                os.fsync(file.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600 files
        sys.audit("kg.files.replace", tmp, str(path))
        os.replace(tmp, path)
        if durable:
            _fsync_dir(path.parent)
    except BaseException as error:
        with _ignored():
            os.unlink(tmp)
        if isinstance(error, OSError):
            raise _unwritable(path, error) from error
        raise


def sync_disk() -> None:
    """Everything written so far on disk: one sync for the many files written with durable=False."""
    if hasattr(os, "sync"):  # not on Windows, where a cache that a crash tore is still caught on reading
        os.sync()


def write_all(files: Mapping[Path, bytes], durable: bool = True) -> None:
    """Everything is rendered before the first write, so a failing render leaves old exports whole."""
    for path, data in sorted(files.items()):
        write_atomic(path, data, durable)


def write_tree(out: Path, files: Mapping[str, bytes] | None = None, fill: Fill | None = None, whole: Collection[str] = (),
               stamp: str = "") -> list[Path]:
    """Make folder out hold one new build: files (relative POSIX path → bytes) plus whatever fill
    writes into the staging folder it is passed, and the files of out that no earlier build wrote.
    The folders named in whole (the store) are owned as one unit: one manifest entry, not hashed
    (a database's files differ from run to run), replaced whole. stamp, kept in the manifest, says
    what the build was made from (`up_to_date`).

    Returns the paths of the build's files under out, sorted. On any error out is left as it was.

    Example:
        >>> import tempfile; folder = Path(tempfile.mkdtemp()) / "exports"
        >>> [p.name for p in write_tree(folder, {"policy.ttl": b"", "views/a.html": b""})]
        ['policy.ttl', 'a.html']
    """
    out = writable(out)
    files = {str(relative(name)): data for name, data in (files or {}).items()}
    with lock(out):
        recover(out)
        staging = out.parent / f".{out.name}.staging-{os.getpid()}"
        try:
            _stage(staging, out, files, fill, set(whole), stamp)
            swap(staging, out)
        except OSError as error:
            raise _unwritable(out, error, "; the previous build is unchanged") from error
        finally:
            with _ignored():
                _remove(staging)  # the half-written new build, or after the swap the old one
        return [out / name for name in sorted(record.read(out))]


def writable(out: Path) -> Path:
    """The build folder out (a symlink's target), checked before any work: not a file, its lock
    free and takeable (so a bad --out or a running build fails at once, not after the documents)."""
    out = Path(out)
    if out.is_symlink():  # swap the folder it points to, keep the link
        out = Path(os.path.realpath(out))
    if out.exists() and not out.is_dir():
        raise KgError(out, "is a file, not a folder; name a folder for the build")
    with lock(out):
        pass
    return out


@contextmanager
def lock(out: Path) -> Iterator[None]:
    """Hold the build lock of folder out (`.out.lock` beside it), or fail at once with "in use"."""
    path = out.parent / f".{out.name}.lock"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise _unwritable(out, error) from error
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                raise KgError(out, f"in use by another kg build (process {holder}, lock {path.name}); run again when it has finished") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # closing releases the flock; the file stays, as deleting lock files races


def recover(out: Path) -> None:
    """Clean up after a run killed mid-write (call with the lock held): a folder set aside by the
    fallback swap goes back if out is missing; staging and old folders are deleted."""
    leftovers = sorted(p for p in out.parent.glob(f".{out.name}.*-*") if p.name.split(".")[-1].split("-")[0] in ("staging", "old"))
    for path in leftovers:
        if path.name.startswith(f".{out.name}.old-") and not out.exists():
            os.rename(path, out)
            _fsync_dir(out.parent)
        else:
            _remove(path)


def swap(staging: Path, out: Path) -> None:
    """Put folder staging in place of out in one step; afterwards staging holds the old out (if any)."""
    sys.audit("kg.files.swap", str(staging), str(out))
    if not out.exists():
        os.rename(staging, out)
    elif not _exchange(staging, out):
        aside = out.parent / f".{out.name}.old-{os.getpid()}"
        os.rename(out, aside)
        sys.audit("kg.files.swap", str(staging), str(out))  # the window the next run repairs
        os.rename(staging, out)
        os.rename(aside, staging)
    _fsync_dir(out.parent)


def manifest(folder: Path) -> dict[str, dict[str, object]]:
    """The files the build in folder wrote ({relative path: {"sha256", "size"}}); {} if none or unreadable."""
    return record.read(folder)


def up_to_date(out: Path, stamp: str) -> list[Path] | None:
    """The paths of the build in folder out if it holds the build stamp names, whole (kg.manifest.current); else None."""
    with lock(out):
        return record.current(out, stamp)


def _stage(staging: Path, out: Path, files: Mapping[str, bytes], fill: Fill | None, whole: set[str], stamp: str = "") -> None:
    staging.mkdir()
    if out.is_dir():
        os.chmod(staging, stat.S_IMODE(out.stat().st_mode))
    for name, data in sorted(files.items()):
        _write_new(staging / name, data)
    if fill is not None:
        fill(staging)
        for name in sorted(set(_walk(staging)) - set(files)):
            _fsync_file(staging / name)
    owned = _walk(staging, whole)
    if MANIFEST in owned:
        raise KgError(out / MANIFEST, "is the build's own record; a build cannot write it")
    for name in sorted(_unowned(out, set(owned))):
        link(out / name, staging / name)
    before = record.read(out)
    written: dict[str, object] = {"files": {name: record.entry(staging / name, out / name, before.get(name)) for name in owned}}
    if stamp:
        written["stamp"] = stamp
    _write_new(staging / MANIFEST, (json.dumps(written, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    for folder in sorted({(staging / name).parent for name in owned} | {staging}, key=lambda p: -len(p.parts)):
        _fsync_dir(folder)


def _unowned(out: Path, new: set[str]) -> list[str]:
    """Files in out that the previous build did not write and the new one does not replace."""
    if not out.is_dir():
        return []
    previous = set(record.read(out)) | {MANIFEST}
    units = {name for name, entry in record.read(out).items() if entry.get("folder")}
    return [name for name in _walk(out, units) if name not in previous and name not in new]


def link(source: Path, target: Path) -> None:
    """A file carried into a new folder (one the build does not own, a cached text): a hard link,
    a copy across devices."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            os.symlink(os.readlink(source), target)
            return
        try:
            os.link(source, target, follow_symlinks=False)
        except OSError as error:
            if error.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
                raise
            shutil.copy2(source, target)
            _fsync_file(target)
    except (FileExistsError, NotADirectoryError, IsADirectoryError):
        pass  # a path the build now writes (a file where it needs a folder, or the reverse): the build wins


def _walk(folder: Path, whole: Collection[str] = ()) -> list[str]:
    """Every file (and symlink) under folder, as sorted relative POSIX paths; a folder named in
    whole is one entry, not walked."""
    found = []
    for root, dirs, names in os.walk(folder):
        base = Path(root)
        units = [d for d in dirs if (base / d).relative_to(folder).as_posix() in whole]
        found += [(base / d).relative_to(folder).as_posix() for d in units]
        dirs[:] = [d for d in dirs if d not in units]
        found += [(base / n).relative_to(folder).as_posix() for n in names]
        found += [(base / d).relative_to(folder).as_posix() for d in dirs if (base / d).is_symlink()]
    return sorted(found)


def _write_new(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(path, 0o644)  # whatever the umask, as write_atomic does


def _fsync_file(path: Path) -> None:
    """Make a file's data durable; not a symlink's, nor a hard link's: that data was fsynced where it was
    first written (the build cache), and the new name is made durable with its folder."""
    if path.is_symlink() or path.stat().st_nlink > 1:
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    """Make a rename or a new entry in folder path durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.EBADF):  # some filesystems refuse fsync on folders
            raise
    finally:
        os.close(fd)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with Linux renameat2(RENAME_EXCHANGE); False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint)
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _unwritable(path: Path, error: OSError, after: str = "") -> KgError:
    reason = error.strerror or str(error)
    if error.errno in (errno.EEXIST, errno.ENOTDIR):  # a file where a folder is needed: name it
        blocker = next((p for p in Path(path).parents if p.exists() and not p.is_dir()), None)
        reason = f"{blocker} is a file, not a folder" if blocker is not None else reason
    return KgError(path, f"cannot be written ({reason}){after}")


@contextmanager
def _ignored() -> Iterator[None]:
    try:
        yield
    except OSError:
        pass


def remove(path: Path) -> None:
    """Remove a file if it is there (a build's stale page or marker)."""
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise KgError(path, f"cannot be removed ({error.strerror or error})") from error
