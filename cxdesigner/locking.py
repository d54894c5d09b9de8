"""The lock beside an open project (``NAME.cxd.lock``, a ``QLockFile``): one editor writes a file at a time.

Qt writes the holder's process id, host and application name into the lock and keeps an ``flock`` on it
while the lock is held. A lock whose holder is gone is stale and is cleared on the next open, explicitly:
the process it names no longer runs on this host (it was killed or crashed), or the lock file is empty and
nobody holds its ``flock`` (the holder died between creating it and writing its line; where the file system
cannot say, an empty lock older than a few seconds). A live holder, or one
on another host that we cannot ask, is reported with ``ProjectLocked`` so the user can open the project
read-only or open a copy. ``staleLockTime`` is 0: a lock is never taken from a live editor for its age.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from cxdesigner.storage.errors import ProjectLocked

__all__ = ["ProjectLocked", "acquire", "holding", "is_stale", "lock_for", "lock_path", "locked_error"]

EMPTY_LOCK_SECONDS = 5.0


def lock_path(path: Path) -> Path:
    """Where the lock of a project lives."""
    return path.with_name(path.name + ".lock")


def lock_for(path: Path) -> QLockFile:
    """The (not yet taken) lock of a project."""
    lock = QLockFile(str(lock_path(path)))
    lock.setStaleLockTime(0)
    return lock


def acquire(path: Path) -> QLockFile | None:
    """Take the project's lock, clearing a stale one; None when no lock can be made here (read-only folder).

    Raises ``ProjectLocked`` when a live editor holds it.
    """
    lock = lock_for(path)
    if lock.tryLock(0):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        return None
    if is_stale(lock, path) and lock.removeStaleLockFile() and lock.tryLock(0):
        return lock
    raise locked_error(path, lock)


@contextmanager
def holding(path: Path) -> Iterator[None]:
    """Hold the project's lock while a file is written over it (``new --force``, ``import --force``): a live
    editor's lock raises ``ProjectLocked``, a stale one is cleared, and where no lock can be made the write
    itself will say why it fails."""
    lock = acquire(path)
    try:
        yield
    finally:
        if lock is not None:
            lock.unlock()


def is_stale(lock: QLockFile, path: Path) -> bool:
    """Whether the lock was left behind by a process that is gone."""
    pid, host, _app = lock.getLockInfo()
    if pid > 0:
        return host in ("", QSysInfo.machineHostName()) and not process_alive(pid)
    held = native_lock_held(lock_path(path))
    if held is not None:
        return not held
    try:
        age = time.time() - lock_path(path).stat().st_mtime
    except OSError:
        return False
    return age > EMPTY_LOCK_SECONDS


def native_lock_held(path: Path) -> bool | None:
    """Whether some process holds the ``flock`` Qt keeps on a lock file; None where we cannot tell.

    Qt takes the ``flock`` right after creating the file and before writing its line, so an empty lock whose
    ``flock`` is free was left by a holder that died in between.
    """
    try:
        import fcntl
    except ImportError:  # Windows: Qt's lock there is the open file itself
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:  # a file system without flock
        return None
    finally:
        os.close(fd)  # closing the descriptor drops our flock, if we took it
    return False


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs here; assumed alive where we cannot ask safely."""
    if os.name != "posix":  # os.kill would end the process on Windows; Qt's own check covers it there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, but belongs to someone else
        return True
    return True


def locked_error(path: Path, lock: QLockFile) -> ProjectLocked:
    """The ``ProjectLocked`` describing who holds ``lock``."""
    pid, host, app = lock.getLockInfo()
    if pid <= 0:
        return ProjectLocked(path, "another program")
    holder = f"{app or 'another program'} (process {pid} on {host or 'this computer'})"
    return ProjectLocked(path, holder, pid, host, app)
