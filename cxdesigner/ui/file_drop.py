"""Files dropped on a window: a project (.cxd) opens, an exchange file (.json, .csv, .mmd) becomes a new project.

An imported file becomes a new untitled project (named with Save As), read by the same readers as
``cxdesigner import``; a file that cannot be read or imported is refused in one line, and nothing is created.
A CSV table, which may run to hundreds of thousands of rows, is read under a progress dialog that counts the
rows and can cancel the import.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from cxdesigner.document import Document, next_untitled_path
from cxdesigner.io.errors import FormatError
from cxdesigner.io.files import read_input, reason
from cxdesigner.storage.store import SUFFIX
from cxdesigner.ui import opening


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDrop", text)


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files in a drop that a window can open or import, in the order dropped."""
    from cxdesigner.cli_exchange import IMPORTS  # here: its writers bring reportlab and networkx

    wanted = {SUFFIX, *IMPORTS}
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in wanted]


def open_dropped(path: Path, parent: QWidget | None) -> Document | None:
    """The document for a dropped file (opened, or imported as a new project); None after telling the user."""
    if path.suffix.lower() == SUFFIX:
        return opening.open_project(path, parent=parent)
    from cxdesigner.cli_exchange import IMPORTS

    fmt = IMPORTS[path.suffix.lower()]
    progress = RowProgress(path, parent) if path.suffix.lower() == ".csv" else None
    try:
        data = read_input(path)
        if progress is not None:
            from cxdesigner.io import csv_format

            journey = csv_format.loads(data, path.stem, progress=progress)
        else:
            journey = fmt.read(data, path)
    except ImportCancelled:
        return None
    except (FormatError, ValueError) as exc:  # ValueError: undecodable bytes, for one
        opening.show_error(parent, _tr("{name} cannot be imported: {why}").format(name=path.name, why=exc))
        return None
    except OSError as exc:
        opening.show_error(parent, _tr("{name} cannot be read ({why}).").format(name=path.name, why=reason(exc)))
        return None
    finally:
        if progress is not None:
            progress.close()
    return Document.create(next_untitled_path(), journey)


SHOW_AFTER_MS = 500


class ImportCancelled(Exception):
    """The user cancelled an import under way."""


class RowProgress:
    """A progress dialog for a long table: told the rows read so far (``csv_format``'s progress callback), it
    shows them, lets the window breathe, and stops the import with ``ImportCancelled`` on Cancel."""

    def __init__(self, path: Path, parent: QWidget | None) -> None:
        self.path = path
        self.dialog = QProgressDialog(_tr("Reading {name}…").format(name=path.name), _tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(_tr("Importing"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)  # a small table is read before anything shows
        self.dialog.setAutoReset(False)

    def __call__(self, rows: int) -> None:
        count = self.dialog.locale().toString(rows)
        self.dialog.setLabelText(_tr("Reading {name}: {rows} rows").format(name=self.path.name, rows=count))
        self.dialog.setValue(0)  # busy: the total is not known until the end; also lets the dialog appear
        QCoreApplication.processEvents()
        if self.dialog.wasCanceled():
            raise ImportCancelled

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


class FileDrops(QObject):
    """Lets ``widget`` take dropped files: ``handle(path)`` is called for each one it can open or import."""

    def __init__(self, widget: QWidget, handle: Callable[[Path], object]) -> None:
        super().__init__(widget)
        self._widget, self._handle = widget, handle
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if watched is self._widget and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            paths = dropped_paths(event.mimeData())  # type: ignore[attr-defined]
            if not paths:
                return False
            event.acceptProposedAction()  # type: ignore[attr-defined]
            if kind == QEvent.Type.Drop:
                for path in paths:
                    self._handle(path)
            return True
        return False
