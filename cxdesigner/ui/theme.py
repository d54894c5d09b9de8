"""Light, dark and projector themes for the window: a palette and a type size for the whole application.

The interface is set in the desktop's own UI font (``QFontDatabase.systemFont(GeneralFont)``: what GNOME, KDE
or Windows give their applications), at its own size in the light and dark themes and at a large size in the
projector theme. Only the map (canvas, pictures, poster, report) keeps the bundled DejaVu Sans.

Light keeps the platform's own style and palette. Dark and projector use Qt's Fusion style, the one style
that follows a palette on every platform. The projector theme is black on white with a strong blue for the
selection and focus, and large type, so a room can read the menus and panels from the back.

The map itself keeps its paper colours in every theme (dark ink on white), so what is shown is what
prints; in workshop mode it is zoomed to the stage in the spotlight, which gives it large type.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from cxdesigner.ui.preferences import Theme

BASE_POINT_SIZE = 10
"""The interface's size when the desktop's font is given in pixels (no point size)."""
PROJECTOR_POINT_SIZE = 15
_native_style: list[str] = []

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def _palette(colors: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, QColor(disabled_text))
    return palette


def dark_palette() -> QPalette:
    """Light text on dark grey, blue selection."""
    return _palette(
        {
            Role.Window: "#2b2f33",
            Role.WindowText: "#e9ecef",
            Role.Base: "#1e2124",
            Role.AlternateBase: "#2f3337",
            Role.ToolTipBase: "#343a40",
            Role.ToolTipText: "#f8f9fa",
            Role.Text: "#e9ecef",
            Role.Button: "#343a40",
            Role.ButtonText: "#e9ecef",
            Role.BrightText: "#ff6b6b",
            Role.Link: "#74c0fc",
            Role.Highlight: "#1c7ed6",
            Role.HighlightedText: "#ffffff",
            Role.PlaceholderText: "#868e96",
            Role.Light: "#495057",
            Role.Midlight: "#3d4349",
            Role.Mid: "#2b2f33",
            Role.Dark: "#16181a",
            Role.Shadow: "#000000",
        },  # fmt: skip
        "#6c757d",
    )


def projector_palette() -> QPalette:
    """Black on white with a strong blue: the most contrast a projector keeps."""
    return _palette(
        {
            Role.Window: "#ffffff",
            Role.WindowText: "#000000",
            Role.Base: "#ffffff",
            Role.AlternateBase: "#eef1f4",
            Role.ToolTipBase: "#000000",
            Role.ToolTipText: "#ffffff",
            Role.Text: "#000000",
            Role.Button: "#e9ecef",
            Role.ButtonText: "#000000",
            Role.BrightText: "#c92a2a",
            Role.Link: "#003cb3",
            Role.Highlight: "#003cb3",
            Role.HighlightedText: "#ffffff",
            Role.PlaceholderText: "#495057",
            Role.Light: "#ffffff",
            Role.Midlight: "#dee2e6",
            Role.Mid: "#495057",
            Role.Dark: "#212529",
            Role.Shadow: "#000000",
        },  # fmt: skip
        "#495057",
    )


def apply_theme(theme: Theme, app: QApplication | None = None) -> None:
    """Restyle the running application: style, palette and the size of its type."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication):
        return
    if not _native_style:
        _native_style.append(app.style().name())
    if theme is Theme.LIGHT:
        app.setStyle(QStyleFactory.create(_native_style[0]) or QStyleFactory.create("Fusion"))
        app.setPalette(app.style().standardPalette())
    else:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if theme is Theme.DARK else projector_palette())
    app.setFont(interface_font(theme))


def interface_font(theme: Theme) -> QFont:
    """The desktop's own UI font: as the desktop sets it in the light and dark themes, at least
    ``PROJECTOR_POINT_SIZE`` in the projector theme."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if font.pointSize() <= 0:
        font.setPointSize(BASE_POINT_SIZE)
    if theme is Theme.PROJECTOR:
        font.setPointSize(max(PROJECTOR_POINT_SIZE, font.pointSize()))
    return font
