"""One open project: the model, its live file, the undo stack and the lock.

Every edit goes through ``push``: the command changes the model, the model emits events, the store writes
them in one transaction, and the document re-emits them as Qt signals for the canvas and the panels.
A write that fails leaves the model and the undo stack as they are and reports a one-line message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cxdesigner.commands.edit import ModelCommand
from cxdesigner.domain.events import Added, Changed, Event, Removed
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.store import SUFFIX, ProjectStore


class ProjectLocked(Exception):
    """Another editor holds the project's lock; ``holder`` says who."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        super().__init__(f"{path.name} is open in {holder}. Open it read-only or work on a copy.")


def untitled_folder() -> Path:
    """The user's data folder where unnamed projects live until they get a name."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(base or Path.home() / ".cxdesigner") / "untitled"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def next_untitled_path() -> Path:
    """A fresh file name in the untitled folder."""
    folder = untitled_folder()
    n = 1
    while (folder / f"untitled-{n}{SUFFIX}").exists():
        n += 1
    return folder / f"untitled-{n}{SUFFIX}"


def _lock_for(path: Path) -> QLockFile:
    lock = QLockFile(str(path.with_name(path.name + ".lock")))
    lock.setStaleLockTime(0)
    return lock


def _holder(lock: QLockFile) -> str:
    info = lock.getLockInfo()
    if not info or len(info) < 3 or not info[0]:
        return "another program"
    pid, host, app = info[-3:]
    return f"{app or 'another program'} (process {pid} on {host or 'this computer'})"


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
        self.undo_stack = QUndoStack(self)
        self.last_error = ""
        self._lock = lock
        model.subscribe(self._relay)

    # ------------------------------------------------------------ lifecycle
    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> Document:
        """Open a project file; raises ``ProjectFileError`` or ``ProjectLocked``."""
        path = Path(path)
        lock = None
        if not read_only:
            lock = _lock_for(path)
            if not lock.tryLock(0):
                raise ProjectLocked(path, _holder(lock))
        try:
            store, model = ProjectStore.open_file(path, read_only=read_only)
        except BaseException:
            if lock is not None:
                lock.unlock()
            raise
        if store.read_only and lock is not None:
            lock.unlock()
            lock = None
        return cls(store, model, lock)

    @classmethod
    def create(cls, path: Path | str, model: JourneyMap) -> Document:
        """Write ``model`` to a new file at ``path`` and open it."""
        path = Path(path)
        lock = _lock_for(path)
        if not lock.tryLock(0):
            raise ProjectLocked(path, _holder(lock))
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
    def is_untitled(self) -> bool:
        return self.path.parent == untitled_folder()

    def save_as(self, target: Path | str) -> None:
        """Copy the project to ``target`` and continue working there."""
        target = Path(target)
        lock = _lock_for(target)
        if target.resolve() != self.path.resolve() and not lock.tryLock(0):
            raise ProjectLocked(target, _holder(lock))
        try:
            self.store.save_as(target)
            store, _copy = ProjectStore.open_file(target)
        except BaseException:
            lock.unlock()
            raise
        old_store, old_lock = self.store, self._lock
        old_store.close()
        if old_lock is not None:
            old_lock.unlock()
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
