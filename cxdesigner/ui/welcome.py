"""The welcome screen, shown when the editor starts with no file: start from a template, open, or reopen.

New maps come from the templates (blank, the eight stages, an online shop, or a copy of the bundled T-shirt
shop sample) in English or Russian; Open… and the recent projects (``ui.recent``, kept in QSettings) go
through ``ui.opening`` like File > Open. Once a document is open its window appears and this screen closes;
closing this screen without choosing quits the editor.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.document import Document
from cxdesigner.ui import opening, recent
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.preferences import interface_language

PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomeWindow(QWidget):
    """Start a new map, open one, or reopen a recent one."""

    document_opened = Signal(object)
    """A document was created or opened (its window is already shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome — CX Designer"))
        self.window: MainWindow | None = None
        title = QLabel(self.tr("CX Designer"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Customer journey maps: stages, touchpoints, quality, emotions, barriers."), self)
        subtitle.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("Русский", "ru")
        if interface_language() == "ru":
            self.language.setCurrentIndex(1)
        self.buttons: dict[str, QPushButton] = {
            "blank": QPushButton(self.tr("Blank map"), self),
            "eight-stages": QPushButton(self.tr("Eight stages, with what customers expect"), self),
            "online-shop": QPushButton(self.tr("Online shop, with its typical touchpoints"), self),
            "sample": QPushButton(self.tr("The sample: a T-shirt shop, fully worked"), self),
        }
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.recent_list = QListWidget(self)
        self.recent_list.setMinimumWidth(260)
        self._build_layout(title, subtitle)
        for name, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, n=name: self.start(n))
        self.open_button.clicked.connect(lambda: self.open_path(None))
        self.recent_list.itemActivated.connect(lambda item: self.open_path(Path(item.data(PATH_ROLE))))
        self.fill_recent()
        self.resize(760, 440)

    def _build_layout(self, title: QLabel, subtitle: QLabel) -> None:
        new = QVBoxLayout()
        new.addWidget(self._heading(self.tr("Start a new map")))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language of the template:"), self))
        row.addWidget(self.language)
        row.addStretch(1)
        new.addLayout(row)
        for button in self.buttons.values():
            button.setMinimumHeight(36)
            new.addWidget(button)
        new.addStretch(1)
        new.addWidget(self.open_button)
        old = QVBoxLayout()
        old.addWidget(self._heading(self.tr("Recent projects")))
        old.addWidget(self.recent_list, 1)
        grid = QGridLayout(self)
        grid.addWidget(title, 0, 0, 1, 2)
        grid.addWidget(subtitle, 1, 0, 1, 2)
        grid.addLayout(new, 2, 0)
        grid.addLayout(old, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def fill_recent(self) -> None:
        """List the recent projects that still exist; say so when there are none."""
        self.recent_list.clear()
        paths = recent.recent_paths()
        for path in paths:
            item = QListWidgetItem(path.name)
            item.setToolTip(str(path))
            item.setData(PATH_ROLE, str(path))
            self.recent_list.addItem(item)
        if not paths:
            placeholder = QListWidgetItem(self.tr("No recent projects yet"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent_list.addItem(placeholder)

    # ------------------------------------------------------------ choosing
    def start(self, template: str) -> MainWindow | None:
        """A new map from a template (the sample opens as a copy in Documents)."""
        language = str(self.language.currentData())
        try:
            if template == "sample":
                document = opening.open_sample(language=language)
            else:
                document = opening.new_untitled(template, language)
        except opening.OPEN_ERRORS as exc:
            opening.show_error(self, getattr(exc, "message", str(exc)))
            return None
        return self._show(document)

    def open_path(self, path: Path | None) -> MainWindow | None:
        """Open a project (asking for it when ``path`` is None), in its own window."""
        path = path or opening.ask_open_path(self)
        if path is None:
            return None
        document = opening.open_project(path, parent=self)
        if document is None:
            self.fill_recent()
            return None
        return self._show(document)

    def _show(self, document: Document) -> MainWindow:
        self.window = MainWindow.open_new(document)
        self.document_opened.emit(document)
        self.close()
        return self.window
