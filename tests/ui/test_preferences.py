"""Preferences: typed settings with safe defaults, the dialog that edits them, and the themes they apply."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from cxdesigner.ui import i18n, preferences, recent, theme
from cxdesigner.ui.preferences import Language, PaperSize, Theme
from cxdesigner.ui.preferences_dialog import PreferencesDialog, apply
from cxdesigner.ui.settings import app_settings


@pytest.fixture(autouse=True)
def _defaults_afterwards(qapp) -> Iterator[None]:
    yield
    theme.apply_theme(Theme.LIGHT)
    i18n.set_language("en")


def test_defaults_and_round_trips() -> None:
    assert preferences.language() is Language.SYSTEM and preferences.theme() is Theme.LIGHT
    assert preferences.default_paper_size() in (PaperSize.A4, PaperSize.LETTER)
    preferences.set_language(Language.RUSSIAN)
    preferences.set_theme(Theme.DARK)
    preferences.set_default_paper_size(PaperSize.A3)
    assert (preferences.language(), preferences.theme(), preferences.default_paper_size()) == (
        Language.RUSSIAN, Theme.DARK, PaperSize.A3,
    )  # fmt: skip
    assert preferences.interface_language() == "ru"


def test_damaged_values_fall_back_to_defaults() -> None:
    settings = app_settings()
    settings.setValue(preferences.THEME_KEY, "neon")
    settings.setValue(preferences.PAPER_KEY, 42)
    settings.setValue(preferences.LANGUAGE_KEY, "klingon")
    settings.sync()
    assert preferences.theme() is Theme.LIGHT and preferences.language() is Language.SYSTEM
    assert preferences.default_paper_size() in (PaperSize.A4, PaperSize.LETTER)


def _pick(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_the_dialog_shows_edits_and_applies_the_choices(qtbot, tmp_path: Path) -> None:
    project = tmp_path / "shop.cxd"
    project.write_bytes(b"")
    recent.add_recent(project)
    preferences.set_default_paper_size(PaperSize.A2)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.paper.currentData() == "A2" and dialog.recent.count() == 1
    assert dialog.language.itemText(2) == "Русский"
    _pick(dialog.theme, "projector")
    _pick(dialog.paper, "Letter")
    qtbot.mouseClick(dialog.clear_recent, Qt.MouseButton.LeftButton)
    assert recent.recent_paths() == [] and dialog.recent.count() == 0 and not dialog.clear_recent.isEnabled()
    apply(dialog.choices())
    assert preferences.theme() is Theme.PROJECTOR and preferences.default_paper_size() is PaperSize.LETTER
    app = QApplication.instance()
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert app.palette().color(QPalette.ColorRole.Highlight).name() == "#003cb3"
    assert app.font().pointSize() == theme.PROJECTOR_POINT_SIZE


def test_the_dark_theme_darkens_the_window(qtbot) -> None:
    theme.apply_theme(Theme.DARK)
    palette = QApplication.instance().palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 80
    assert palette.color(QPalette.ColorRole.WindowText).lightness() > 200
    theme.apply_theme(Theme.LIGHT)
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_the_dialog_controls_have_accessible_names(qtbot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    for widget in (dialog.language, dialog.theme, dialog.paper, dialog.recent, dialog.clear_recent):
        assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name).strip(), widget
        assert widget.toolTip()
    assert all(isinstance(w, QWidget) for w in (dialog.language, dialog.theme))


def test_the_dialog_shows_the_undo_history_limit(qtbot) -> None:
    from cxdesigner.commands.history import BYTE_LIMIT, STEP_LIMIT

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = dialog.undo_limit.text()
    assert dialog.undo_limit.isVisible() and dialog.undo_limit.toolTip()
    assert f"{BYTE_LIMIT // (1024 * 1024)} MB" in text and dialog.locale().toString(STEP_LIMIT) in text
    i18n.set_language("ru")
    russian = PreferencesDialog()
    qtbot.addWidget(russian)
    assert "МБ" in russian.undo_limit.text() and "шаг" in russian.undo_limit.text()
