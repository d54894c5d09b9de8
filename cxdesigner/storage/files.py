"""Small file-system helpers the store, the upgrade and the backups share: durable copies and renames.

Copies are written through ``io.files.replacing`` (a random exclusive temporary name, fsynced, renamed,
the folder fsynced), so a copy appears under its name only when complete.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from cxdesigner.io.files import replacing
from cxdesigner.storage.errors import Problem, ProjectFileError


def copy_durably(source: Path, target: Path) -> None:
    """Copy a file byte for byte, on disk before this returns, under its name only when complete."""
    with replacing(target) as tmp:
        shutil.copyfile(source, tmp)


def identity(path: Path) -> tuple[int, int] | None:
    """Which file ``path`` names now (device, inode); None when nothing is there."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def notice(problem: Problem, path: Path, detail: str = "") -> str:
    """The one-line message for a reservation about an open file."""
    return ProjectFileError(problem, path.name, detail).message


def write_problem(exc: BaseException, path: Path) -> ProjectFileError:
    """The user's message for a failed write to ``path``."""
    text = str(exc).lower()
    if not path.exists():
        problem = Problem.GONE
    elif "full" in text or getattr(exc, "errno", None) == 28:
        problem = Problem.DISK_FULL
    elif "readonly" in text or "read-only" in text or isinstance(exc, PermissionError) or not writable(path):
        problem = Problem.READ_ONLY  # also SQLite's "unable to open" when the folder refuses the journal
    else:
        problem = Problem.IO
    return ProjectFileError(problem, path.name, str(exc))


def creation_problem(exc: BaseException, path: Path) -> ProjectFileError:
    """The user's message for a new file that could not be written at ``path`` (nothing there was changed)."""
    folder = path.parent
    if getattr(exc, "errno", None) == errno.ENOENT and not folder.is_dir():
        return ProjectFileError(Problem.NOT_FOUND, str(folder))
    if not os.access(folder, os.W_OK) or getattr(exc, "errno", None) in (errno.EACCES, errno.EPERM, errno.EROFS):
        detail = "the folder cannot be written"
    else:
        detail = reason(exc)
        if detail == type(exc).__name__ and str(exc):
            detail = getattr(exc, "strerror", None) or str(exc).splitlines()[0][:120]
    return ProjectFileError(Problem.NOT_WRITTEN, path.name, detail)


def writable(path: Path) -> bool:
    """Whether the file may be written and a journal made beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def reason(exc: BaseException) -> str:
    """A few words on why a write failed, for a message's detail."""
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        return "the disk is full"
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return "the file cannot be written"
    return type(exc).__name__
