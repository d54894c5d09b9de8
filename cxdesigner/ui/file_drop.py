"""Files dropped on a window: a project (.cxd) opens, an exchange file (.json, .csv, .mmd) becomes a new project.

An imported file becomes a new untitled project (named with Save As), read by the same readers as
``cxdesigner import``; a file that cannot be read or imported is refused in one line, and nothing is created.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject
from PySide6.QtWidgets import QWidget

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
    try:
        journey = fmt.read(read_input(path), path)
    except (FormatError, ValueError) as exc:  # ValueError: undecodable bytes, for one
        opening.show_error(parent, _tr("{name} cannot be imported: {why}").format(name=path.name, why=exc))
        return None
    except OSError as exc:
        opening.show_error(parent, _tr("{name} cannot be read ({why}).").format(name=path.name, why=reason(exc)))
        return None
    return Document.create(next_untitled_path(), journey)


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
