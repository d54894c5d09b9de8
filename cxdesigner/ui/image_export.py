"""Pictures of the map as the canvas draws it: PNG through ``QImage``, SVG through ``QSvgGenerator``.

The picture is rendered from a fresh ``MapScene`` of the document with an empty view state, so neither
the window's selection nor a hover shows in it. A bitmap is limited to ``MAX_SIDE`` pixels a side and
``MAX_PIXELS`` in all (the zoom is lowered to fit, and the result says so); the SVG is vector and has no
such limit. Qt writes into a memory buffer and every status is checked (the painter's ``end``,
``QImage.save``); the bytes reach the disk through ``io.files.write_bytes_atomic`` once they are shown
whole (PNG's end chunk, well-formed XML, after ``io.xml_text`` drops the control characters Qt passes
through), so a full disk never leaves half a picture. Headless callers (the command line) get an offscreen
``QApplication`` of their own.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem

from cxdesigner.canvas.scene import MapScene
from cxdesigner.document import Document
from cxdesigner.io.files import check_png, check_xml, write_bytes_atomic
from cxdesigner.io.xml_text import fit_for_xml_bytes
from cxdesigner.ui.log_file import route_qt_messages
from cxdesigner.viewstate import ViewState

MAX_SIDE = 32000
MAX_PIXELS = 120_000_000
PADDING = 20.0


@dataclass(frozen=True)
class Picture:
    """What was written: the size in pixels (or SVG units) and the zoom used."""

    width: int
    height: int
    zoom: float


def ensure_application() -> QApplication:
    """The running ``QApplication``, or an offscreen one for headless use."""
    app = QApplication.instance()
    if app is None:
        route_qt_messages()  # libpng's and Qt's complaints go to the log, not before our one line
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    assert isinstance(app, QApplication)
    return app


def _scene_rect(scene: MapScene) -> QRectF:
    b = scene.layout.bounds
    return QRectF(b.x, b.y, b.w, b.h).united(scene.itemsBoundingRect()).adjusted(-PADDING, -PADDING, PADDING, PADDING)


def fitting_zoom(width: float, height: float, zoom: float) -> float:
    """``zoom`` lowered so a bitmap of ``width`` x ``height`` units stays within the size limits."""
    limit = min(zoom, MAX_SIDE / max(width, 1.0), MAX_SIDE / max(height, 1.0))
    return min(limit, math.sqrt(MAX_PIXELS / max(width * height, 1.0)))


def render_png(scene: MapScene, path: Path, zoom: float = 1.0) -> Picture:
    """Render the scene to a PNG file at ``zoom`` pixels per map unit (lowered for very large maps)."""
    data, picture = png_bytes(scene, zoom, path.name)
    write_bytes_atomic(path, data, check_png)
    return picture


def png_bytes(scene: MapScene, zoom: float = 1.0, name: str = "the map") -> tuple[bytes, Picture]:
    """The scene as PNG bytes at ``zoom`` pixels per map unit (lowered for very large maps)."""
    if not (zoom > 0 and math.isfinite(zoom)):
        raise ValueError("The zoom must be a positive number, e.g. 1.0.")
    source = _scene_rect(scene)
    zoom = fitting_zoom(source.width(), source.height(), zoom)
    size = QSize(max(1, round(source.width() * zoom)), max(1, round(source.height() * zoom)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ValueError("There is not enough memory for a picture this large; lower the zoom.")
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    if not painter.end():
        raise OSError(f"the picture of {name} could not be drawn")
    return _encoded(image, name), Picture(size.width(), size.height(), zoom)


def _encoded(image: QImage, name: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(f"the picture of {name} could not be encoded as PNG")
    return bytes(buffer.data().data())


def save_png(image: QImage, path: Path) -> None:
    """Encode ``image`` as PNG in memory and write it whole to ``path``; ``OSError`` if either fails."""
    write_bytes_atomic(path, _encoded(image, path.name), check_png)


def render_svg(scene: MapScene, path: Path, title: str = "") -> Picture:
    """Render the scene to an SVG file, one SVG unit per map unit."""
    source = _scene_rect(scene)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(math.ceil(source.width()), math.ceil(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    generator.setDescription("CX Designer journey map")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"the picture of {path.name} could not be started")
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    if not painter.end():
        raise OSError(f"the picture of {path.name} could not be finished")
    write_bytes_atomic(path, fit_for_xml_bytes(bytes(buffer.data().data())), check_xml)
    return Picture(math.ceil(source.width()), math.ceil(source.height()), 1.0)


def picture_scene(document: Document, state: ViewState | None = None) -> MapScene:
    """A scene of ``document`` for pictures: no selection, no hover, nothing of the window's state
    (or what ``state`` shows: a saved view's lanes, personas, emotions and path).

    Item caching is switched off: a cached item paints its pixmap, which would put bitmaps in an SVG.
    """
    ensure_application()
    scene = MapScene(document, state or ViewState())
    scene.editing_aids = False  # a picture shows the map, not the hollow points waiting to be dragged
    scene.curves.refresh()
    for item in scene.items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    return scene


DECK_ZOOM = 2.0  # pixels per map unit in a deck's picture of the map: sharp when projected or printed


def write_deck(document: Document, out: Path, language: str = "", state: ViewState | None = None) -> None:
    """The deck of ``document`` (``export.deck``) with its map drawn by the canvas, written whole to ``out``."""
    from cxdesigner.export.deck import DeckOptions, write_deck

    scene = picture_scene(document, state)
    try:
        picture, _size = png_bytes(scene, DECK_ZOOM, out.name)
    finally:
        scene.deleteLater()
    write_deck(document.model, out, DeckOptions(picture, language))


def showing(emotions: str = "", path: tuple[str, ...] = ()) -> ViewState | None:
    """A view state drawing ``emotions`` (designed, measured or both) along ``path``; None for the defaults."""
    if not emotions and not path:
        return None
    state = ViewState()
    state.set_emotion_mode(emotions or "designed")
    state.set_path(path)
    return state


def export_deck(project: Path, out: Path, language: str = "", state: ViewState | None = None) -> None:
    """Open ``project`` read-only and write its deck (its picture of the map drawn as ``state`` shows it)."""
    ensure_application()
    document = Document.open(project, read_only=True)
    try:
        write_deck(document, out, language, state)
    finally:
        document.close()


def export_picture(project: Path, out: Path, kind: str, zoom: float = 1.0, state: ViewState | None = None) -> Picture:
    """Open ``project`` read-only and write its picture: ``kind`` is "png" or "svg"; ``state`` as for the deck."""
    ensure_application()
    document = Document.open(project, read_only=True)
    try:
        scene = picture_scene(document, state)
        if kind == "svg":
            return render_svg(scene, out, document.model.info.title)
        return render_png(scene, out, zoom)
    finally:
        document.close()
