"""The application's names and its settings file, resolved when asked for.

``app_settings()`` opens the same INI file Qt's default ``QSettings()`` would use on Linux
(``$XDG_CONFIG_HOME/cxdesigner/CX Designer.conf``), but looks the folder up at every call: Qt caches the
default location for the whole process, which would let one test's recent files leak into the next.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANIZATION = "cxdesigner"
APPLICATION = "CX Designer"
DESKTOP_FILE = "io.github.cxdesigner.CXDesigner"


def app_settings() -> QSettings:
    """The user's settings for CX Designer (recent files, window layout)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    folder = Path(base or Path.home() / ".config") / ORGANIZATION
    return QSettings(str(folder / f"{APPLICATION}.conf"), QSettings.Format.IniFormat)
