"""The map keeps the bundled font whatever the interface's font: what the canvas shows is what prints."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication

from cxdesigner.canvas.scene import MapScene
from cxdesigner.document import Document
from cxdesigner.ui import image_export
from cxdesigner.viewstate import ViewState
from tests.conftest import small_map


def _picture(scene: MapScene, path: Path) -> QImage:
    image_export.render_png(scene, path)
    return QImage(str(path))


def test_the_canvas_draws_in_the_bundled_font_whatever_the_interface_uses(qapp: QApplication, tmp_path: Path) -> None:
    document = Document.create(tmp_path / "map.cxd", small_map())
    scene = MapScene(document, ViewState())
    saved = QFont(qapp.font())
    try:
        qapp.setFont(QFont("DejaVu Sans", 10))
        as_dejavu = _picture(scene, tmp_path / "sans.png")
        qapp.setFont(QFont("DejaVu Serif", 15))  # a desktop with a serif UI font in large type
        as_serif = _picture(MapScene(document, ViewState()), tmp_path / "serif.png")
    finally:
        qapp.setFont(saved)
        document.close()
    assert not as_dejavu.isNull() and as_dejavu.size() == as_serif.size()
    assert as_dejavu == as_serif
