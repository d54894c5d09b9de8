"""How a window gets its document: open a file (with the locked-file choices), a new untitled map, the sample.

File > Open, Open Recent and the command line all go through ``open_project``. The dialogs it may show are
module functions (``show_error``, ``ask_locked``, ``ask_open_path``, ``ask_save_path``) looked up at call time,
so tests replace them with ``monkeypatch.setattr`` instead of clicking through real message boxes.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cxdesigner.document import Document, ProjectLocked, next_untitled_path
from cxdesigner.paths import resource_path
from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.files import copy_durably
from cxdesigner.storage.store import SUFFIX
from cxdesigner.ui import backups
from cxdesigner.ui.preferences import interface_language

SAMPLE_FILE = "tshirt-shop.cxd"
DOCUMENTS_SUBFOLDER = "CX Designer"
OPEN_ERRORS = (ProjectFileError, ProjectLocked)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Opening", text)


class LockedChoice(StrEnum):
    """What the user wants when the file is open in another editor."""

    READ_ONLY = "read_only"
    COPY = "copy"
    CANCEL = "cancel"


# ------------------------------------------------------------------ dialogs (replaceable in tests)
def show_error(parent: QWidget | None, message: str) -> None:
    """Tell the user, in one line, why a file could not be used."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("CX Designer"), message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def ask_locked(parent: QWidget | None, message: str) -> LockedChoice:
    """Offer read-only, a copy, or cancel for a file another editor holds."""
    no_button = QMessageBox.StandardButton.NoButton
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Project in use"), message, no_button, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    read_only = box.addButton(_tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(_tr("Open a copy"), QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return LockedChoice.READ_ONLY
    if clicked is copy:
        return LockedChoice.COPY
    return LockedChoice.CANCEL


def ask_open_path(parent: QWidget | None) -> Path | None:
    """Ask for a project file to open."""
    name, _filter = QFileDialog.getOpenFileName(parent, _tr("Open project"), str(documents_folder()), _filter_text())
    return Path(name) if name else None


def ask_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save a copy of the project; the suffix is added when missing."""
    name, _filter = QFileDialog.getSaveFileName(parent, _tr("Save project as"), str(suggested), _filter_text())
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def _filter_text() -> str:
    return _tr("CX Designer projects (*.cxd)") + ";;" + _tr("All files (*)")


# ------------------------------------------------------------------ opening
def open_project(path: Path, read_only: bool = False, parent: QWidget | None = None) -> Document | None:
    """Open ``path``; on failure tell the user and return None. A locked file offers read-only or a copy."""
    try:
        return Document.open(path, read_only=read_only)
    except ProjectFileError as exc:
        if backups.can_restore(path, exc):  # a damaged or vanished project we kept backups of
            return backups.offer_restore(parent, path, exc.message)
        show_error(parent, exc.message)
    except ProjectLocked as exc:
        choice = ask_locked(parent, str(exc))
        if choice is LockedChoice.READ_ONLY:
            return open_project(path, read_only=True, parent=parent)
        if choice is LockedChoice.COPY:
            return open_copy(path, parent)
    return None


def open_copy(path: Path, parent: QWidget | None = None) -> Document | None:
    """Copy a project beside itself as "NAME (copy).cxd" and open the copy.

    The copy goes through SQLite's backup API, so it is consistent even while another editor writes the file.
    """
    try:
        viewer = Document.open(path, read_only=True)
    except ProjectFileError as exc:
        show_error(parent, exc.message)
        return None
    try:
        viewer.save_as(copy_beside(path))
    except (ProjectFileError, ProjectLocked) as exc:
        viewer.close()
        show_error(parent, getattr(exc, "message", str(exc)))
        return None
    return viewer


def copy_beside(path: Path) -> Path:
    """A free name for a copy next to ``path``: "NAME (copy).cxd", then "NAME (copy 2).cxd", ..."""
    stem = path.stem
    candidate = path.with_name(f"{stem} ({_tr('copy')}){SUFFIX}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{stem} ({_tr('copy')} {n}){SUFFIX}")
        n += 1
    return candidate


def free_name(folder: Path, stem: str) -> Path:
    """``folder/stem.cxd``, or ``stem (2).cxd`` and so on when that is taken."""
    candidate = folder / f"{stem}{SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({n}){SUFFIX}"
        n += 1
    return candidate


def documents_folder() -> Path:
    """The user's "Documents/CX Designer" folder, created on first use."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(base or Path.home()) / DOCUMENTS_SUBFOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def suggested_save_path(document: Document) -> Path:
    """Where Save As proposes to put the project: beside it, or in Documents for an untitled map."""
    if not document.is_untitled:
        return document.path
    return free_name(documents_folder(), file_stem(document.model.info.title) or _tr("Journey map"))


def file_stem(title: str) -> str:
    """A file name made from a map's title, safe on every file system: no slashes, reserved characters or
    controls, no leading or trailing dots and spaces, at most 80 characters; empty when nothing is left."""
    return " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]+', " ", title).split()).strip(" .")[:80].strip(" .")


def new_untitled(template: str = "eight-stages", language: str | None = None) -> Document:
    """A new map from a template (in the interface's language unless told), in the data folder until Save As."""
    from cxdesigner.io import samples  # here, not at the top: opening a file needs none of the sample's data

    journey = samples.build_template(template, "", language or interface_language())
    return Document.create(next_untitled_path(), journey)


def open_sample(folder: Path | None = None, language: str | None = None) -> Document:
    """Open a fresh copy of the bundled sample (English or Russian; the interface's language unless told) in
    ``folder`` (default: Documents/CX Designer)."""
    from cxdesigner.io import samples

    folder = folder or documents_folder()
    folder.mkdir(parents=True, exist_ok=True)
    language = language or interface_language()
    bundled = resource_path("samples", samples.SAMPLE_FILES.get(language, SAMPLE_FILE))
    if bundled.is_file():
        target = free_name(folder, bundled.name.removesuffix(SUFFIX))
        copy_durably(bundled, target)
        return Document.open(target)
    journey = samples.build_template(samples.SAMPLE, "", language)
    return Document.create(free_name(folder, _tr("Sample journey")), journey)
