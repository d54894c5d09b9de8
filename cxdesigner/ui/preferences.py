"""The user's preferences, read and written through typed functions over the settings file.

Language, theme and default paper size live here; the recent-files list is ``ui/recent.py``'s (the
Preferences dialog shows and clears the same list). Anything that needs a preference calls these
functions instead of reading ``QSettings`` keys itself, so a key is spelled in one place and a damaged or
foreign value falls back to the default instead of reaching the code.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QLocale

from cxdesigner.ui.settings import app_settings

LANGUAGE_KEY = "preferences/language"
THEME_KEY = "preferences/theme"
PAPER_KEY = "preferences/paper_size"


class Language(StrEnum):
    """The interface language: follow the system's, or a fixed one."""

    SYSTEM = "system"
    ENGLISH = "en"
    RUSSIAN = "ru"


class Theme(StrEnum):
    """How the window looks: light, dark, or the projector's high contrast with large type."""

    LIGHT = "light"
    DARK = "dark"
    PROJECTOR = "projector"


class PaperSize(StrEnum):
    """Paper sizes offered for printing and PDF export (QPageSize names)."""

    A4 = "A4"
    A3 = "A3"
    A2 = "A2"
    A1 = "A1"
    A0 = "A0"
    LETTER = "Letter"
    LEGAL = "Legal"
    TABLOID = "Tabloid"


SUPPORTED_LANGUAGES = ("en", "ru")


def _read(key: str, kind: type[StrEnum], default: StrEnum) -> StrEnum:
    value = app_settings().value(key, default.value)
    try:
        return kind(str(value))
    except ValueError:
        return default


def _write(key: str, value: StrEnum) -> None:
    settings = app_settings()
    settings.setValue(key, value.value)
    settings.sync()


def language() -> Language:
    """The chosen interface language (``SYSTEM`` unless the user picked one)."""
    return Language(_read(LANGUAGE_KEY, Language, Language.SYSTEM))


def set_language(value: Language) -> None:
    _write(LANGUAGE_KEY, Language(value))


def system_language() -> str:
    """``ru`` when the system's locale is Russian, else ``en``."""
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def interface_language() -> str:
    """The language code the interface uses now: the chosen one, or the system's."""
    chosen = language()
    return system_language() if chosen is Language.SYSTEM else chosen.value


def theme() -> Theme:
    """The chosen theme (light by default)."""
    return Theme(_read(THEME_KEY, Theme, Theme.LIGHT))


def set_theme(value: Theme) -> None:
    _write(THEME_KEY, Theme(value))


def default_paper_size() -> PaperSize:
    """The paper a new poster or report starts on: US sizes for US and Canadian locales, else A4."""
    territory = QLocale.system().territory()
    default = PaperSize.LETTER if territory in (QLocale.Country.UnitedStates, QLocale.Country.Canada) else PaperSize.A4
    return PaperSize(_read(PAPER_KEY, PaperSize, default))


def set_default_paper_size(value: PaperSize) -> None:
    _write(PAPER_KEY, PaperSize(value))
