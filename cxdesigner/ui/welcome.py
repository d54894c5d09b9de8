"""The welcome screen, shown when the editor starts with no file: a gallery to start from, open, or reopen.

New maps come from the templates (blank, the eight stages, an online shop, or a copy of the bundled T-shirt
shop sample) in English or Russian, each shown by a thumbnail drawn from the template itself (``thumbnails``,
drawn once the screen is up, again when the language changes). The recent projects (``ui.recent``) show the
picture and title saved when their window last closed and when the file last changed. Open…, a recent project
and a file dropped on the screen go through ``ui.opening`` like File > Open. Once a document is open its window
appears and this screen closes; closing this screen without choosing quits the editor.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.document import Document
from cxdesigner.ui import file_drop, opening, recent, thumbnails
from cxdesigner.ui.collect_after_paint import CollectAfterPaint
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.preferences import interface_language
from cxdesigner.ui.window_layout import fitted_geometry

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
        self.buttons: dict[str, QToolButton] = {
            name: self._template_button(text)
            for name, text in (
                ("blank", self.tr("Blank map")),
                ("eight-stages", self.tr("Eight stages, with what customers expect")),
                ("online-shop", self.tr("Online shop, with its typical touchpoints")),
                ("sample", self.tr("The sample: a T-shirt shop, fully worked")),
            )
        }
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.recent_list = QListWidget(self)
        self.recent_list.setViewMode(QListView.ViewMode.IconMode)
        self.recent_list.setIconSize(QSize(thumbnails.WIDTH // 2, thumbnails.HEIGHT // 2))
        self.recent_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.recent_list.setMovement(QListView.Movement.Static)
        self.recent_list.setWordWrap(True)
        self.recent_list.setSpacing(6)
        self.recent_list.setMinimumWidth(thumbnails.WIDTH // 2 + 40)
        self._build_layout(title, subtitle)
        for name, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, n=name: self.start(n))
        self.open_button.clicked.connect(lambda: self.open_path(None))
        self.recent_list.itemActivated.connect(lambda item: self.open_path(Path(item.data(PATH_ROLE))))
        self.language.currentIndexChanged.connect(lambda _i: QTimer.singleShot(0, self.draw_thumbnails))
        self.fill_recent()
        self.drops = file_drop.FileDrops(self, self.open_dropped)  # a project opens, an exchange file is imported
        self.resize(1000, 620)
        QTimer.singleShot(0, self.draw_thumbnails)  # after the first paint: the screen is up at once

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        screen = self.screen()
        if screen is not None:  # never larger than the screen
            self.setGeometry(fitted_geometry(self.geometry(), screen.availableGeometry()))

    def _template_button(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIconSize(QSize(thumbnails.WIDTH, thumbnails.HEIGHT))
        button.setAutoRaise(True)
        placeholder = QPixmap(thumbnails.WIDTH, thumbnails.HEIGHT)
        placeholder.fill(Qt.GlobalColor.white)
        button.setIcon(QIcon(placeholder))
        return button

    def draw_thumbnails(self) -> None:
        """Each template drawn in the chosen language."""
        language = str(self.language.currentData())
        for name, button in self.buttons.items():
            button.setIcon(QIcon(QPixmap.fromImage(thumbnails.template_thumbnail(name, language))))

    def _build_layout(self, title: QLabel, subtitle: QLabel) -> None:
        new = QVBoxLayout()
        new.addWidget(self._heading(self.tr("Start a new map")))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language of the template:"), self))
        row.addWidget(self.language)
        row.addStretch(1)
        new.addLayout(row)
        gallery = QGridLayout()
        for i, button in enumerate(self.buttons.values()):
            gallery.addWidget(button, i // 2, i % 2)
        new.addLayout(gallery)
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
        grid.setColumnStretch(0, 2)
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
            card = thumbnails.project_card(path)
            item = QListWidgetItem(self.tr("{title}\n{name} · {changed}").format(
                title=card.title, name=path.name, changed=_changed(path)))  # fmt: skip
            if card.image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(card.image)))
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
        return self.show_document(document)

    def open_path(self, path: Path | None) -> MainWindow | None:
        """Open a project (asking for it when ``path`` is None), in its own window."""
        path = path or opening.ask_open_path(self)
        if path is None:
            return None
        with CollectAfterPaint() as held:  # from the open until the map's window has painted
            document = opening.open_project(path, parent=self)
            if document is None:
                self.fill_recent()
                return None
            window = self.show_document(document)
            held.watch(window)
        return window

    def open_dropped(self, path: Path) -> MainWindow | None:
        """A dropped project opens; a dropped .json, .csv or .mmd becomes a new project."""
        document = file_drop.open_dropped(path, self)
        return self.show_document(document) if document is not None else None

    def show_document(self, document: Document) -> MainWindow:
        """Show ``document`` in its own window and close this screen."""
        self.window = MainWindow.open_new(document)
        self.document_opened.emit(document)
        self.close()
        return self.window


def _changed(path: Path) -> str:
    """When ``path`` last changed, in the locale's short form."""
    try:
        seconds = path.stat().st_mtime
    except OSError:
        return ""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(seconds)), QLocale.FormatType.ShortFormat)
