"""Small pictures of maps for the welcome screen, drawn by the canvas itself (the same layout as the editor).

A template's thumbnail is drawn from the template: it is built in the chosen language, written to a scratch
project (a ``MapScene`` draws a ``Document``) and rendered. A project's thumbnail is saved when its window
closes, with the map's title, in the cache folder (``QStandardPaths.CacheLocation``/thumbnails), so the
welcome screen never opens the projects it lists.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPainter

from cxdesigner.canvas.scene import MapScene
from cxdesigner.document import Document
from cxdesigner.viewstate import ViewState

WIDTH = 240  # pixels across; the height follows the map's shape, at most HEIGHT
HEIGHT = 150


@dataclass(frozen=True)
class ProjectCard:
    """What the welcome screen shows of a recent project: its saved picture (if any) and title."""

    image: QImage | None
    title: str


def render(scene: MapScene, size: QSize | None = None) -> QImage:
    """The whole map in ``size`` (aspect kept, white around), as the canvas draws it."""
    size = size or QSize(WIDTH, HEIGHT)
    b = scene.layout.bounds
    source = QRectF(b.x, b.y, b.w, b.h).adjusted(-12, -12, 12, 12)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    return image


def template_thumbnail(template: str, language: str) -> QImage:
    """The template ``template`` in ``language``, drawn."""
    from cxdesigner.io import samples  # here, not at the top: opening a file needs none of the sample's data

    journey = samples.build_template(template, "", language)
    with tempfile.TemporaryDirectory(prefix="cxd-thumb-") as folder:
        document = Document.create(Path(folder) / "template.cxd", journey)
        try:
            scene = MapScene(document, ViewState())
            image = render(scene)
            scene.deleteLater()
        finally:
            document.close()
    return image


def _folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)) / "thumbnails"


def _stem(path: Path) -> str:
    with suppress(OSError):
        path = path.resolve()
    return hashlib.sha1(str(path).encode("utf-8", "surrogateescape")).hexdigest()


def save_project_thumbnail(path: Path, scene: MapScene, title: str) -> None:
    """Keep a picture of the map in ``scene`` and its title for ``path`` (quietly skipped when the cache
    folder cannot be written: a missing thumbnail costs nothing)."""
    folder, stem = _folder(), _stem(path)
    with suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        render(scene).save(str(folder / f"{stem}.png"), "PNG")
        (folder / f"{stem}.json").write_text(json.dumps({"title": title}), encoding="utf-8")


def project_card(path: Path) -> ProjectCard:
    """The saved picture and title of ``path``; no picture and the file's name when none was saved."""
    folder, stem = _folder(), _stem(path)
    picture = folder / f"{stem}.png"
    image = QImage(str(picture)) if picture.is_file() else None
    title = path.stem
    with suppress(OSError, ValueError, AttributeError):
        title = str(json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))["title"]) or title
    return ProjectCard(image if image is not None and not image.isNull() else None, title)
