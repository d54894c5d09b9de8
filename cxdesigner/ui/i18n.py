"""The interface language: Qt translators for our texts and Qt's own, switched while the editor runs.

``set_language("ru")`` installs ``resources/translations/cxdesigner_ru.qm`` (built from the ``.ts`` in git by
``packaging/translations.py``) and Qt's ``qtbase_ru.qm`` (standard buttons and file dialogs); ``"en"`` removes
them, since the code's texts are English, and installs ``cxdesigner_en.qm``: only the plural forms ("1 path",
"2 paths"), which Qt cannot make from a ``%n paths`` source. Installing or removing a translator makes Qt
send every widget a ``LanguageChange`` event; the main window answers it by rebuilding itself on the same document (see
``MainWindow.changeEvent``), so every menu, panel and canvas text is created again in the new language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cxdesigner.paths import resource_path
from cxdesigner.ui import preferences

_installed: list[QTranslator] = []
_current = [""]  # nothing installed yet: even English needs its plural forms


def current_language() -> str:
    """The language whose translators are installed now (``en`` when none are)."""
    return _current[0] or "en"


def _qt_translation_folders() -> list[str]:
    """Where Qt's own .qm files are: Qt's configured folder, else the one inside the PySide6 package (frozen builds)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def set_language(language: str) -> bool:
    """Switch the interface to ``language`` (``en`` or ``ru``); False when its translation is missing."""
    app = QCoreApplication.instance()
    if language not in preferences.SUPPORTED_LANGUAGES:
        language = "en"
    if app is None or language == _current[0]:
        return True
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    ok = ours.load(f"cxdesigner_{language}.qm", str(resource_path("translations")))
    if language == "en":
        if ok:
            _installed.append(ours)
        ok = True  # without its plural forms English still reads, if clumsily
    elif ok:
        qt = QTranslator(app)
        if any(qt.load(f"qtbase_{language}.qm", folder) for folder in _qt_translation_folders()):
            _installed.append(qt)
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    _current[0] = language if ok else "en"
    QLocale.setDefault(
        QLocale(QLocale.Language.Russian, QLocale.Country.Russia) if ok and language == "ru" else QLocale.system()
    )
    return ok


def apply_preference() -> bool:
    """Install the language the preferences ask for (the chosen one, or the system's)."""
    return set_language(preferences.interface_language())
