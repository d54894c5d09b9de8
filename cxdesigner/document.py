"""One open project: the model, its live file, the undo stack, the lock and the rolling backups.

Every edit goes through ``push``: the command changes the model, the model emits events, the store writes
them in one transaction, and the document re-emits them as Qt signals for the canvas and the panels.
A write that fails leaves the model and the undo stack as they are and reports a one-line message; the
next write that succeeds catches the file up. Opening a project for editing keeps a backup generation in
the user's data folder (``backups_root()``); ``backups_for`` and ``restore_backup`` offer them back when a
file turns out damaged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QUndoCommand

from cxdesigner.commands.edit import ModelCommand
from cxdesigner.commands.history import UndoHistory
from cxdesigner.domain.events import Added, Changed, Event, Removed
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.locking import ProjectLocked, acquire, lock_for, locked_error
from cxdesigner.storage import backups
from cxdesigner.storage.backups import Backup
from cxdesigner.storage.errors import Problem, ProjectFileError
from cxdesigner.storage.store import SUFFIX, ProjectStore

__all__ = ["Backup", "Document", "ProjectLocked", "backups_root", "next_untitled_path", "untitled_folder"]

BACKUP_DELAY_MS = 1000
"""How long after an open the backup generation is kept (issue 15: not before the window's first paint)."""


def _data_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".cxdesigner")


def untitled_folder() -> Path:
    """The user's data folder where unnamed projects live until they get a name."""
    folder = _data_folder() / "untitled"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backups_root() -> Path:
    """Where the rolling backups of every project are kept (one folder per project path)."""
    return _data_folder() / "backups"


def next_untitled_path() -> Path:
    """A fresh file name in the untitled folder."""
    folder = untitled_folder()
    n = 1
    while (folder / f"untitled-{n}{SUFFIX}").exists():
        n += 1
    return folder / f"untitled-{n}{SUFFIX}"


class Document(QObject):
    """An open project; the single gateway for edits."""

    entity_added = Signal(object)
    entity_removed = Signal(object)
    entity_changed = Signal(object, object, object)
    model_reset = Signal()
    write_failed = Signal(str)
    edit_refused = Signal(str)
    path_changed = Signal(str)

    def __init__(self, store: ProjectStore, model: JourneyMap, lock: QLockFile | None) -> None:
        super().__init__()
        self.store = store
        self.model = model
        self.undo_stack = UndoHistory(self)  # bounded by steps and by the memory the steps hold
        self.last_error = ""
        self._lock = lock
        model.subscribe(self._relay)

    # ------------------------------------------------------------ lifecycle
    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> Document:
        """Open a project file; raises ``ProjectFileError`` or ``ProjectLocked``.

        A lock left by a killed editor is cleared; where no lock can be made (a read-only folder) the
        project opens read-only. ``notice`` then says why. Opening for editing keeps a backup generation of the file
        as opened: ``BACKUP_DELAY_MS`` later (after the window's first paint), or before the first write or the close.
        """
        path = Path(path)
        lock = None
        note = ""
        if not read_only:
            lock = acquire(path)
            if lock is None:
                read_only, note = True, ProjectFileError(Problem.READ_ONLY, path.name).message
        try:
            store, model = ProjectStore.open_file(path, read_only=read_only)
        except BaseException:
            if lock is not None:
                lock.unlock()
            raise
        if store.read_only and lock is not None:
            lock.unlock()
            lock = None
        if not store.read_only:  # kept after the first paint, or before the first write if that comes sooner
            store.keep_backup_later(backups_root())
        store.notice = store.notice or note
        document = cls(store, model, lock)
        QTimer.singleShot(BACKUP_DELAY_MS, document, store.keep_pending_backup)
        return document

    @staticmethod
    def backups_for(path: Path | str) -> list[Backup]:
        """The rolling backups kept for the project at ``path``, newest first."""
        return backups.list_backups(backups_root(), Path(path))

    @staticmethod
    def restore_backup(backup: Backup | Path, target: Path | str) -> Path:
        """Check a backup like any file from outside and copy it to ``target`` (then open that).

        Raises ``ProjectFileError`` (the backup is unusable, the target cannot be written) or
        ``ProjectLocked`` (an editor has ``target`` open).
        """
        source = backup.path if isinstance(backup, Backup) else Path(backup)
        target = Path(target)
        lock = acquire(target)
        try:
            store, _model = ProjectStore.open_file(source, read_only=True)
            try:
                store.save_as(target)
            finally:
                store.close()
        finally:
            if lock is not None:
                lock.unlock()
        return target

    @classmethod
    def create(cls, path: Path | str, model: JourneyMap) -> Document:
        """Write ``model`` to a new file at ``path`` and open it."""
        path = Path(path)
        lock = lock_for(path)
        if not lock.tryLock(0):
            raise locked_error(path, lock)
        try:
            store = ProjectStore.create(path, model)
        except BaseException:
            lock.unlock()
            raise
        return cls(store, model, lock)

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def notice(self) -> str:
        """One line to show while the project is open, e.g. why it is read-only; empty when all is well."""
        return self.store.notice

    @property
    def is_untitled(self) -> bool:
        return self.path.parent == untitled_folder()

    def save_as(self, target: Path | str) -> None:
        """Copy the project to ``target`` and continue working there (also when the old file is gone)."""
        target = Path(target)
        same = target.resolve() == self.path.resolve()
        lock = self._lock if same and self._lock is not None else acquire(target)
        try:
            self.store.save_as(target)
            store, _copy = ProjectStore.open_file(target)
        except BaseException:
            if lock is not None and lock is not self._lock:
                lock.unlock()
            raise
        old_store, old_lock = self.store, self._lock
        old_store.close()
        if old_lock is not None and old_lock is not lock:
            old_lock.unlock()
        if store.read_only and lock is not None:
            lock.unlock()
            lock = None
        store.attach(self.model)
        self.store, self._lock = store, lock
        self.path_changed.emit(str(target))

    def close(self) -> None:
        """Write anything pending and release the file and its lock."""
        self.model.unsubscribe(self._relay)
        self.store.close()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # ---------------------------------------------------------------- edits
    def push(self, command: QUndoCommand) -> bool:
        """Run an edit and put it on the undo stack; False (with a message) if it was refused."""
        if self.read_only:
            self.edit_refused.emit(self.tr("This project is open read-only; use Save As to edit a copy."))
            return False
        self._write(lambda: self.undo_stack.push(command))
        error = getattr(command, "error", None) if isinstance(command, ModelCommand) else None
        if error is not None:
            self.edit_refused.emit(str(error))
            return False
        return True

    def undo(self) -> None:
        if not self.read_only:
            self._write(self.undo_stack.undo)

    def redo(self) -> None:
        if not self.read_only:
            self._write(self.undo_stack.redo)

    def _write(self, action: Any) -> None:
        try:
            with self.store.transaction():
                action()
        except ProjectFileError as exc:
            self.last_error = exc.message
            self.write_failed.emit(exc.message)

    def _relay(self, event: Event) -> None:
        if isinstance(event, Added):
            self.entity_added.emit(event.entity)
        elif isinstance(event, Removed):
            self.entity_removed.emit(event.entity)
        elif isinstance(event, Changed):
            self.entity_changed.emit(event.old, event.new, event.fields)
