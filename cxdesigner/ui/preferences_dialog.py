"""Edit > Preferences: language, theme, default paper size, the recent-files list, and the undo history's limit.

The dialog only collects choices; ``apply`` stores them and puts them into effect once the dialog is gone:
the theme restyles the application at once, and a new language makes every window rebuild itself in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.commands.history import BYTE_LIMIT, STEP_LIMIT
from cxdesigner.ui import i18n, recent, theme
from cxdesigner.ui import preferences as prefs
from cxdesigner.ui.preferences import Language, PaperSize, Theme

LANGUAGE_NAMES = {Language.ENGLISH: "English", Language.RUSSIAN: "Русский"}
"""Each language is named in itself, so anyone can find theirs whatever the interface speaks now."""


@dataclass(frozen=True)
class Choices:
    """What the user picked."""

    language: Language
    theme: Theme
    paper_size: PaperSize


class PreferencesDialog(QDialog):
    """The preferences form; ``choices()`` reads it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        system = LANGUAGE_NAMES[Language(prefs.system_language())]
        self.language.addItem(self.tr("As the system ({language})").format(language=system), Language.SYSTEM.value)
        for value, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, value.value)
        self.language.setToolTip(self.tr("The language of menus, panels and messages"))
        self.theme = QComboBox(self)
        for value, name in (
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
            (Theme.PROJECTOR, self.tr("Projector: high contrast, large type")),
        ):
            self.theme.addItem(name, value.value)
        self.theme.setToolTip(self.tr("How the window looks; workshop mode always uses the projector theme"))
        self.paper = QComboBox(self)
        for size in PaperSize:
            self.paper.addItem(size.value, size.value)
        self.paper.setToolTip(self.tr("The paper a new poster or report starts on"))
        self.recent = QListWidget(self)
        self.recent.setToolTip(self.tr("The projects under File > Open Recent"))
        self.recent.addItems([str(p) for p in recent.recent_paths()])
        self.clear_recent = QPushButton(self.tr("&Clear the list"), self)
        self.clear_recent.setToolTip(self.tr("Forget every recent project (the files stay where they are)"))
        self.clear_recent.setEnabled(self.recent.count() > 0)
        self.clear_recent.clicked.connect(self._clear_recent)
        self.undo_limit = QLabel(
            self.tr("The last {steps} steps, holding at most {megabytes} MB; the oldest go first").format(
                steps=self.locale().toString(STEP_LIMIT), megabytes=BYTE_LIMIT // (1024 * 1024)
            ),
            self,
        )
        self.undo_limit.setWordWrap(True)
        self.undo_limit.setToolTip(self.tr("How far Edit > Undo reaches back in one session"))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Default &paper size:"), self.paper)
        form.addRow(self.tr("&Recent projects:"), self.recent)
        form.addRow("", self.clear_recent)
        form.addRow(self.tr("Undo history:"), self.undo_limit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._select(self.language, prefs.language().value)
        self._select(self.theme, prefs.theme().value)
        self._select(self.paper, prefs.default_paper_size().value)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _clear_recent(self) -> None:
        recent.clear_recent()
        self.recent.clear()
        self.clear_recent.setEnabled(False)

    def choices(self) -> Choices:
        return Choices(
            Language(self.language.currentData()),
            Theme(self.theme.currentData()),
            PaperSize(self.paper.currentData()),
        )


def apply(choices: Choices) -> None:
    """Store the choices; restyle now, and switch the language on the next turn of the event loop."""
    prefs.set_language(choices.language)
    prefs.set_theme(choices.theme)
    prefs.set_default_paper_size(choices.paper_size)
    theme.apply_theme(choices.theme)
    QTimer.singleShot(0, i18n.apply_preference)


def edit_preferences(parent: QWidget | None = None) -> bool:
    """Show the dialog; apply the choices when the user presses OK."""
    dialog = PreferencesDialog(parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if accepted:
        apply(dialog.choices())
    dialog.deleteLater()
    return accepted
