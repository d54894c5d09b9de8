"""Rolling backups of a project, kept in the user's data folder, taken when a project is opened for editing.

Each project path has its own folder, ``ROOT/<file-stem>-<hash of the full path>/``, holding at most ``KEEP``
generations named ``<UTC time>-<content digest>.cxd``, newest first by name. A backup is a page-for-page copy
made with SQLite's backup API from the open (already checked) connection, so it costs milliseconds; none is
taken when the newest one already holds the same database (a digest of its serialized pages: an edit that
was undone may take one more generation, which is harmless, and no entity is hashed one by one).
Restoring checks the backup like any file from outside, then copies it, again through the backup API, to
the place the user chose.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cxdesigner.io.files import TEMP_SUFFIX, replacing

KEEP = 3
SUFFIX = ".cxd"
_NAME = re.compile(r"(\d{8}T\d{6}\.\d{6}Z)-([0-9a-f]{16})\.cxd")


@dataclass(frozen=True)
class Backup:
    """One generation: its file, when it was taken (UTC) and a digest of its content."""

    path: Path
    taken: datetime
    digest: str


def digest(conn: sqlite3.Connection) -> str:
    """A short digest of the open database as SQLite would write it out (its pages, WAL included)."""
    return hashlib.sha256(conn.serialize()).hexdigest()[:16]


def folder_for(root: Path, project: Path) -> Path:
    """The folder holding the backups of the project at ``project``."""
    full = str(Path(project).absolute())
    key = hashlib.sha256(full.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    stem = re.sub(r"[^\w.-]+", "_", Path(project).stem)[:40] or "project"
    return root / f"{stem}-{key}"


def list_backups(root: Path, project: Path) -> list[Backup]:
    """The backups of a project, newest first."""
    folder = folder_for(root, project)
    found: list[Backup] = []
    with suppress(OSError):
        for entry in folder.iterdir():
            match = _NAME.fullmatch(entry.name)
            if match and entry.is_file():
                taken = datetime.strptime(match[1], "%Y%m%dT%H%M%S.%fZ").replace(tzinfo=UTC)
                found.append(Backup(entry, taken, match[2]))
    found.sort(key=lambda b: b.path.name, reverse=True)
    return found


def take_backup(conn: sqlite3.Connection, content: str, root: Path, project: Path, keep: int = KEEP) -> Path | None:
    """Copy the open project into a new generation unless the newest holds ``content`` already.

    ``content`` is the project's ``digest``. Returns the new file, or None when none was needed.
    Drops generations beyond ``keep``. Raises ``sqlite3.Error`` or ``OSError`` when it cannot be written.
    """
    existing = list_backups(root, project)
    if existing and existing[0].digest == content:
        return None
    folder = folder_for(root, project)
    folder.mkdir(parents=True, exist_ok=True)
    # an editor killed while copying left these; the lock makes us the only one writing here
    for pattern in (f"*{SUFFIX}{TEMP_SUFFIX}", f".*{SUFFIX}.*{TEMP_SUFFIX}*"):
        for leftover in folder.glob(pattern):
            with suppress(OSError):
                leftover.unlink()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    target = folder / f"{stamp}-{content}{SUFFIX}"
    copy_database(conn, target)
    for old in list_backups(root, project)[keep:]:
        with suppress(OSError):
            old.path.unlink()
    return target


def copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """Copy an open database to ``target`` with SQLite's backup API; ``target`` appears only when complete."""
    with replacing(target) as tmp:
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
        finally:
            dest.close()
