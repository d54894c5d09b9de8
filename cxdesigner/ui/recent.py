"""The Open Recent list: the last ten project paths, kept in the user's settings.

Missing files are skipped when the list is read, so a moved or deleted project never shows up as a dead entry.
"""

from __future__ import annotations

from pathlib import Path

from cxdesigner.ui.settings import app_settings

KEY = "recent/files"
LIMIT = 10


def _stored() -> list[str]:
    value = app_settings().value(KEY, [])
    if isinstance(value, str):  # an INI list of one comes back as a plain string
        value = [value]
    return [str(v) for v in value or [] if v]


def recent_paths() -> list[Path]:
    """The remembered projects that still exist, most recent first."""
    return [Path(p) for p in _stored() if Path(p).is_file()]


def add_recent(path: Path) -> None:
    """Put ``path`` at the top of the list."""
    text = str(Path(path).resolve())
    paths = [text] + [p for p in _stored() if p != text]
    settings = app_settings()
    settings.setValue(KEY, paths[:LIMIT])
    settings.sync()


def clear_recent() -> None:
    """Forget every remembered project."""
    settings = app_settings()
    settings.remove(KEY)
    settings.sync()
