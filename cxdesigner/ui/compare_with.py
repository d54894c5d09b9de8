"""File > Compare with…: another map (a ``.cxd`` or ``.json`` file) against the map now.

The other map is read without changing it (``cli_git.read_map``, as ``cxdesigner diff`` reads it) and handed
to the Revisions panel, which lists the differences and highlights them on the canvas as it does for a
snapshot. A file that cannot be read gets one line in the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from cxdesigner.cli_git import Unreadable, read_map
from cxdesigner.storage.errors import ProjectFileError

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareWith", text)


def compare_with_file(window: MainWindow, path: Path) -> bool:
    """Show the differences between the map in ``path`` and the window's map; False (with a line) if unreadable."""
    try:
        other = read_map(str(path))
    except Unreadable as exc:
        window.show_message(str(exc))
        return False
    except ProjectFileError as exc:
        window.show_message(exc.message)
        return False
    panel = window.panels["revisions"]
    dock = window.docks["revisions"]
    dock.show()
    dock.raise_()
    panel.compare_with(path.name, other)
    return True


def choose_and_compare(window: MainWindow) -> bool:
    """Ask for a file, then compare with it."""
    name, _filter = QFileDialog.getOpenFileName(
        window, _tr("Compare with"), "", _tr("Journey maps (*.cxd *.json);;All files (*)")
    )
    return compare_with_file(window, Path(name)) if name else False
