"""The interface in Russian and English: switching rebuilds the window in the new language, on the same
document, with its undo history, selection and zoom; the translation files are complete and compiled."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from shiboken6 import isValid

from cxdesigner.commands.edit import SetFields
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.ui import i18n, preferences
from cxdesigner.ui.main_window import MainWindow, open_windows

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _english_afterwards(qapp) -> Iterator[None]:
    yield
    i18n.set_language("en")
    qapp.processEvents()


@pytest.fixture
def window(window: MainWindow, qapp) -> Iterator[MainWindow]:
    """The window fixture, and afterwards every window a switch built closed before the document is."""
    yield window
    for rebuilt in open_windows():
        rebuilt.close()
    qapp.processEvents()


def _switch(qtbot, window: MainWindow, language: str) -> MainWindow:
    assert i18n.set_language(language)
    qtbot.waitUntil(lambda: open_windows() and open_windows()[0] is not window)
    return open_windows()[0]


def test_switching_to_russian_and_back_rebuilds_the_window(qtbot, window: MainWindow) -> None:
    card = window.document.model.touchpoints()[0]
    window.document.push(SetFields(window.document.model, card, "Rename", title="Реклама у метро"))
    window.scene.set_selection([card.id])
    window.view.set_zoom(0.8)
    assert window.menus["file"].title() == "&File"
    russian = _switch(qtbot, window, "ru")
    assert russian.menus["file"].title() == "&Файл" and russian.menus["edit"].title() == "&Правка"
    assert russian.window_actions.workshop.text() == "&Режим воркшопа"
    assert russian.docks["palette"].windowTitle() == "Палитра"
    assert russian.selection_label.text() == "Выбран 1"
    assert russian.document is window.document and russian.document.undo_stack.count() == 1
    assert russian.view_state.selection == [card.id] and russian.view.zoom == pytest.approx(0.8)
    assert not (isValid(window) and window.isVisible()) and len(open_windows()) == 1  # closed, maybe deleted
    russian.document.undo_stack.undo()  # the history survived the rebuild
    assert russian.document.model.get(Touchpoint, card.id).title == card.title
    english = _switch(qtbot, russian, "en")
    assert english.menus["file"].title() == "&File" and english.docks["palette"].windowTitle() == "Palette"
    assert english.document.path.exists()


def test_plural_forms_follow_russian_rules(qtbot, window: MainWindow) -> None:
    russian = _switch(qtbot, window, "ru")
    cards = [t.id for t in russian.document.model.touchpoints()]
    russian.scene.set_selection(cards[:2])
    assert russian.selection_label.text() == "Выбрано 2"
    assert QLocale().language() == QLocale.Language.Russian


def test_the_language_preference_is_followed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preferences, "system_language", lambda: "ru")
    assert preferences.interface_language() == "ru"
    preferences.set_language(preferences.Language.ENGLISH)
    assert preferences.interface_language() == "en"
    assert i18n.apply_preference() and i18n.current_language() == "en"
    preferences.set_language(preferences.Language.SYSTEM)
    assert i18n.apply_preference() and i18n.current_language() == "ru"


def test_translation_files_are_complete_and_compiled() -> None:
    """Every message of the code is in the .ts, translated with its placeholders, and the .qm is the compiled .ts."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_extractor_knows_our_helpers(tmp_path: Path) -> None:
    import runpy

    tool = runpy.run_path(str(ROOT / "packaging" / "translations.py"))
    source = tmp_path / "pkg"
    source.mkdir()
    (source / "m.py").write_text(
        "from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP\n"
        "def _tr(text):\n    return QCoreApplication.translate('Ctx', text)\n"
        "class Panel(QObject):\n"
        "    def f(self, n):\n"
        "        def tr(text):\n            return QCoreApplication.translate('Inner', text)\n"
        "        return _tr('A'), tr('B'), self.tr('%n cards', '', n), QT_TRANSLATE_NOOP('Names', 'C'), _tr(x)\n",
        encoding="utf-8",
    )
    found = {(m.context, m.source, m.numerus) for m in tool["extract"](source)}
    assert found == {("Ctx", "A", False), ("Inner", "B", False), ("Panel", "%n cards", True), ("Names", "C", False)}
    assert tool["placeholders"]("{n} of %1 and %n") == ["%1", "%n", "{n}"]


def test_new_maps_and_the_sample_come_in_the_interface_language(tmp_path: Path) -> None:
    from cxdesigner.ui import opening

    preferences.set_language(preferences.Language.RUSSIAN)
    untitled = opening.new_untitled()
    sample = opening.open_sample(tmp_path)
    try:
        assert untitled.model.stages()[0].title == "Потребность"
        assert sample.model.info.language == "ru"
    finally:
        untitled.close()
        sample.close()


def test_the_welcome_screen_offers_templates_in_the_interface_language(qtbot) -> None:
    from cxdesigner.ui.welcome import WelcomeWindow

    preferences.set_language(preferences.Language.RUSSIAN)
    welcome = WelcomeWindow()
    qtbot.addWidget(welcome)
    assert welcome.language.currentData() == "ru"


def test_qt_own_translations_are_found() -> None:
    assert i18n.set_language("ru")
    assert QLocale().language() == QLocale.Language.Russian
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
