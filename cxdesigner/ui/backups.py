""" "Restore from backup": offered when a project cannot be opened and rolling backups of it exist.

``offer_restore`` shows why the file could not be opened, lists the backups kept for it (newest first,
with the time each was taken), asks where to put the restored copy (beside the file, "NAME (restored).cxd",
by default, so the damaged file is never overwritten unasked) and opens it. The dialogs are module
functions (``ask_backup``, ``ask_restore_path``, ``show_error``) looked up at call time, so tests replace
them with ``monkeypatch.setattr`` instead of clicking through real dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.document import Backup, Document, ProjectLocked
from cxdesigner.storage.errors import Problem, ProjectFileError
from cxdesigner.storage.store import SUFFIX

# Failures where the file may well be a damaged copy of a project we kept backups of.
RESTORABLE = frozenset({Problem.NOT_FOUND, Problem.NOT_SQLITE, Problem.NOT_PROJECT, Problem.UNSAFE, Problem.DAMAGED})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


class BackupDialog(QDialog):
    """Why the project did not open, and the backups to restore it from."""

    def __init__(self, message: str, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Restore from backup"))
        self.setMinimumWidth(460)
        self.backups = backups
        problem = QLabel(message, self)
        problem.setTextFormat(Qt.TextFormat.PlainText)
        problem.setWordWrap(True)
        hint = QLabel(_tr("CX Designer kept these copies when the project was opened. Choose one to restore:"), self)
        hint.setWordWrap(True)
        self.list = QListWidget(self)
        for backup in backups:
            taken = backup.taken.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            size = max(1, round(backup.path.stat().st_size / 1024)) if backup.path.exists() else 0
            item = QListWidgetItem(_tr("{taken} ({size} KB)").format(taken=taken, size=size), self.list)
            item.setToolTip(str(backup.path))
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        restore = buttons.addButton(_tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (problem, hint, self.list, buttons):
            layout.addWidget(widget)

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None


# ------------------------------------------------------------------ dialogs (replaceable in tests)
def ask_backup(parent: QWidget | None, message: str, backups: list[Backup]) -> Backup | None:
    """Show why the project did not open and let the user pick a backup; None to cancel."""
    dialog = BackupDialog(message, backups, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_restore_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write the restored project; the suffix is added when missing."""
    title = _tr("Restore the project as")
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), _tr("CX Designer projects (*.cxd)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def show_error(parent: QWidget | None, message: str) -> None:
    """Tell the user, in one line, why the restore did not work."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("CX Designer"), message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


# ------------------------------------------------------------------ the flow
def can_restore(path: Path, error: ProjectFileError) -> bool:
    """Whether to offer "Restore from backup" for this failure to open ``path``."""
    return error.problem in RESTORABLE and bool(Document.backups_for(path))


def restored_name(path: Path) -> Path:
    """A free name beside ``path`` for the restored copy: "NAME (restored).cxd", then "(restored 2)", ..."""
    candidate = path.with_name(f"{path.stem} ({_tr('restored')}){SUFFIX}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({_tr('restored')} {n}){SUFFIX}")
        n += 1
    return candidate


def offer_restore(parent: QWidget | None, path: Path, message: str) -> Document | None:
    """Offer the backups of ``path`` after ``message`` (why it did not open); the restored project, or None."""
    backup = ask_backup(parent, message, Document.backups_for(path))
    if backup is None:
        return None
    target = ask_restore_path(parent, restored_name(path))
    if target is None:
        return None
    try:
        Document.restore_backup(backup, target)
        return Document.open(target)
    except ProjectFileError as exc:
        show_error(parent, exc.message)
    except ProjectLocked as exc:
        show_error(parent, str(exc))
    return None
