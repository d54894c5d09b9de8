"""Render the application icon's SVG into the PNG sizes desktops and installers ask for.

Run with the project's virtual environment from the repository root:
``.venv/bin/python packaging/render_icons.py``. It draws ``resources/icons/app/cxdesigner.svg``
with QtSvg on an offscreen platform (no display needed) into ``cxdesigner-<N>.png`` beside it, one file
per size in ``SIZES``. Re-run it whenever the SVG changes and commit the PNGs with it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Must be set before Qt creates its application object; a build machine has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 32, 48, 64, 128, 256)
ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"
SOURCE = ICON_DIR / "cxdesigner.svg"


def render(renderer: QSvgRenderer, size: int, target: Path) -> None:
    """Draw the SVG into a transparent square image of ``size`` pixels and save it as PNG."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(target), "PNG"):
        raise OSError(f"could not write {target}")


def main() -> int:
    """Render every size; return a process exit code."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        target = ICON_DIR / f"cxdesigner-{size}.png"
        render(renderer, size, target)
        print(f"wrote {target}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
