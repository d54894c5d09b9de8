"""The inspector's pictures of one card: thumbnails with their captions, Add picture…, Remove, and the caption.

Add picture… reads the chosen files through ``picture_intake`` (scaled, re-encoded, bombs and SVGs refused
with one line) and adds them in one step; Remove deletes the chosen picture; typing a caption is one step per
stretch of typing, like every text field of the inspector. Each is a command on the document's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner import picture_intake
from cxdesigner.commands.edit import AddEntities, DeleteEntities, SetFields
from cxdesigner.document import Document
from cxdesigner.domain.pictures import Picture, next_order, pictures_of

THUMB = 72
Chooser = Callable[[QWidget], list[Path]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PictureList", text)


def choose_pictures(parent: QWidget) -> list[Path]:
    """Ask for picture files (the file dialog)."""
    wanted = " ".join(sorted(f"*{s}" for s in picture_intake.picture_suffixes() if s not in (".svg", ".svgz")))
    names, _filter = QFileDialog.getOpenFileNames(
        parent, _tr("Add Picture"), "", _tr("Pictures ({kinds})").format(kinds=wanted)
    )
    return [Path(n) for n in names]


def thumbnail(picture: Picture, side: int = THUMB) -> QPixmap:
    """A small picture for a list."""
    image = QImage.fromData(QByteArray(picture.data))
    if image.isNull():
        return QPixmap()
    return QPixmap.fromImage(image.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))  # fmt: skip


class PictureList(QWidget):
    """The pictures of the card the inspector shows."""

    def __init__(self, document: Document, parent: QWidget | None = None, chooser: Chooser | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.chooser = chooser or choose_pictures
        self.touchpoint_id = ""
        self.heading = QLabel(_tr("Pictures"), self)
        self.heading.setStyleSheet("font-weight: bold")
        self.list = QListWidget(self)
        self.list.setAccessibleName(_tr("Pictures"))
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setMaximumHeight(THUMB * 3 + 12)
        self.add_button = QPushButton(_tr("Add Picture…"), self)
        self.remove_button = QPushButton(_tr("Remove"), self)
        self.caption = QLineEdit(self)
        self.caption.setAccessibleName(_tr("Caption"))
        self.caption.setPlaceholderText(_tr("Caption"))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c92a2a")
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        for widget in (self.heading, self.list):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for widget in (self.caption, self.details, self.message):
            layout.addWidget(widget)
        self._editable = True
        self.add_button.clicked.connect(self.add_pictures)
        self.remove_button.clicked.connect(self.remove_current)
        self.caption.textEdited.connect(self._caption_typed)
        self.caption.editingFinished.connect(self._caption_finished)
        self.list.currentRowChanged.connect(self._show_current)
        document.entity_added.connect(self._entity_event)
        document.entity_removed.connect(self._entity_event)
        document.entity_changed.connect(self._changed)

    # ------------------------------------------------------------ showing
    def show_touchpoint(self, touchpoint_id: str) -> None:
        """Show one card's pictures (the first one chosen)."""
        if touchpoint_id != self.touchpoint_id:
            self.message.hide()
        self.touchpoint_id = touchpoint_id
        self._refill()

    @property
    def pictures(self) -> list[Picture]:
        return pictures_of(self.document.model, self.touchpoint_id) if self.touchpoint_id else []

    def current(self) -> Picture | None:
        row, pictures = self.list.currentRow(), self.pictures
        return pictures[row] if 0 <= row < len(pictures) else None

    def _refill(self, keep: str = "") -> None:
        keep = keep or getattr(self.current(), "id", "")
        self.list.blockSignals(True)
        self.list.clear()
        pictures = self.pictures
        for picture in pictures:
            item = QListWidgetItem(QIcon(thumbnail(picture)), picture.caption or picture.name or _tr("(no caption)"))
            item.setData(Qt.ItemDataRole.UserRole, picture.id)
            self.list.addItem(item)
        ids = [p.id for p in pictures]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self.list.blockSignals(False)
        self._show_current()

    def _show_current(self, *_args: object) -> None:
        picture = self.current()
        if self.caption.text() != (picture.caption if picture else ""):
            self.caption.setText(picture.caption if picture else "")
        self.caption.setEnabled(picture is not None and self._editable)
        self.remove_button.setEnabled(picture is not None and self._editable)
        self.add_button.setEnabled(self._editable)
        self.details.setText(
            self._describe(picture) if picture else _tr("Drop a picture on the card, paste one, or add it here.")
        )

    @staticmethod
    def _describe(picture: Picture) -> str:
        size = _tr("{w} × {h} px").format(w=picture.original_width, h=picture.original_height)
        kept = _tr("kept at {w} × {h} px, {kb} KB").format(
            w=picture.width, h=picture.height, kb=max(1, len(picture.data) // 1024)
        )
        name = picture.name or _tr("pasted")
        return f"{name}: {size}; {kept}"

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._show_current()

    def _entity_event(self, entity: object) -> None:
        if isinstance(entity, Picture) and entity.touchpoint_id == self.touchpoint_id:
            self._refill(entity.id if entity in self.pictures else "")

    def _changed(self, _old: object, new: object, _fields: object) -> None:
        if isinstance(new, Picture) and new.touchpoint_id == self.touchpoint_id:
            item = self.list.item(self.list.currentRow())
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == new.id:
                item.setText(new.caption or new.name or _tr("(no caption)"))
                if not self.caption.hasFocus() and self.caption.text() != new.caption:
                    self.caption.setText(new.caption)
            else:
                self._refill()

    # ------------------------------------------------------------ editing
    def add_pictures(self) -> None:
        """Ask for files and add what reads as pictures to the card, in one step; say what was refused."""
        if not self.touchpoint_id:
            return
        paths = self.chooser(self)
        if not paths:
            return
        model, order = self.document.model, next_order(self.document.model, self.touchpoint_id)
        pictures, refused = [], []
        for path in paths:
            try:
                pictures.append(picture_intake.from_file(path, self.touchpoint_id, order))
                order += 1.0
            except picture_intake.PictureRefused as exc:
                refused.append(str(exc))
        self.message.setText(" ".join(refused))
        self.message.setVisible(bool(refused))
        if pictures:
            text = QCoreApplication.translate("PictureList", "Add %n picture(s)", "", len(pictures))
            self.document.push(AddEntities(model, pictures, text))
            self._refill(pictures[0].id)

    def remove_current(self) -> None:
        picture = self.current()
        if picture is not None:
            self.document.push(DeleteEntities(self.document.model, [picture.id], _tr("Remove picture")))

    def _caption_typed(self, text: str) -> None:
        picture = self.current()
        if picture is not None and picture.caption != text:
            self.document.push(SetFields(self.document.model, picture, _tr("Edit picture caption"), True, caption=text))

    def _caption_finished(self) -> None:
        stack = self.document.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if isinstance(top, SetFields) and top.typing:
            top.typing = False
