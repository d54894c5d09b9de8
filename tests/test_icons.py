"""Theme-following icons: dark ink on light windows, light ink on dark ones, crisp at any device pixel ratio."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from cxdesigner.icons import INK, ink_icon
from cxdesigner.paths import resource_path


@pytest.fixture
def palette_restored(qapp) -> Iterator[None]:
    before = QGuiApplication.palette()
    yield
    qapp.setPalette(before)


def _inked(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> list[QColor]:
    image = icon.pixmap(QSize(48, 48), mode).toImage()
    return [image.pixelColor(x, y) for x in range(48) for y in range(48) if image.pixelColor(x, y).alpha() > 200]


def test_ink_follows_the_window_colour(qapp, palette_restored: None) -> None:
    icon = ink_icon(resource_path("icons", "actions", "new.svg"))
    light = _inked(icon)
    assert light and all(c.lightness() < 80 for c in light) and QColor(INK).lightness() < 80
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    qapp.setPalette(dark)
    inverted = _inked(icon)  # the same icon object, repainted
    assert inverted and all(c.lightness() > 200 for c in inverted)


def test_disabled_icons_are_faded_and_high_dpi_is_crisp(qapp) -> None:
    icon = ink_icon(resource_path("icons", "channels", "website.svg"))
    assert not _inked(icon, QIcon.Mode.Disabled)  # nothing fully opaque
    pixmap = icon.pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0 and pixmap.width() == 48
