"""Image files dropped on a card join its pictures; dropped on a cell they make a card; bad files are refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QImage

from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.pictures import Picture, PictureFormat, pictures_of
from tests.canvas.gestures import Canvas, file_matches, reopen


def _photo(path: Path, width: int = 2400, height: int = 1800) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#7a9e3b"))
    assert image.save(str(path), "JPEG")
    return path


def _files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _card(canvas: Canvas, title: str) -> Touchpoint:
    return next(t for t in canvas.model.touchpoints() if t.title == title)


def test_dropping_a_photo_on_a_card_adds_it_scaled_in_one_undoable_step(canvas: Canvas, tmp_path: Path) -> None:
    website = _card(canvas, "Website")
    rect = canvas.scene.layout.cards[website.id].rect
    steps = canvas.doc.undo_stack.count()
    photo = _photo(tmp_path / "stand.jpg")

    assert canvas.mime_drop(_files(photo), rect.center.x, rect.center.y)

    (picture,) = pictures_of(canvas.model, website.id)
    assert (picture.width, picture.height, picture.format) == (1600, 1200, PictureFormat.JPEG)
    assert picture.name == "stand.jpg" and picture.original_bytes == photo.stat().st_size
    assert canvas.doc.undo_stack.count() == steps + 1 and canvas.model.count(Touchpoint) == 4
    assert reopen(canvas.doc.path).get(Picture, picture.id) == picture and file_matches(canvas)
    assert not canvas.scene.indicator.isVisible()
    canvas.doc.undo()
    assert canvas.model.count(Picture) == 0 and reopen(canvas.doc.path).count(Picture) == 0
    canvas.doc.redo()
    assert canvas.model.get(Picture, picture.id) == picture and file_matches(canvas)


def test_dropping_a_photo_on_an_empty_cell_makes_a_card_carrying_it(canvas: Canvas, tmp_path: Path) -> None:
    website = _card(canvas, "Website")
    layout = canvas.scene.layout
    empty_stage = next(s for s in layout.stage_order if not canvas.model.cell(s, website.lane_id))
    column, band = layout.stages[empty_stage].column, layout.lanes[website.lane_id].band
    assert canvas.mime_drop(_files(_photo(tmp_path / "Витрина.jpg", 800, 600)), column.center.x, band.center.y)

    (card,) = canvas.model.cell(empty_stage, website.lane_id)
    assert card.title == "Витрина" and canvas.state.selection == [card.id]
    (picture,) = pictures_of(canvas.model, card.id)
    assert (picture.width, picture.height) == (800, 600)
    canvas.doc.undo()  # card and picture go together
    assert card.id not in canvas.model and canvas.model.count(Picture) == 0
    assert file_matches(canvas)


def test_bad_files_are_refused_in_one_line_and_nothing_is_stored(
    canvas: Canvas, tmp_path: Path, qt_warnings: list[str]
) -> None:
    website = _card(canvas, "Website")
    rect = canvas.scene.layout.cards[website.id].rect
    said: list[str] = []
    canvas.scene.status_message.connect(said.append)
    svg = tmp_path / "logo.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', encoding="utf-8")
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")

    assert not canvas.mime_drop(_files(svg), rect.center.x, rect.center.y)
    assert not canvas.mime_drop(_files(fake), rect.center.x, rect.center.y)

    assert said[0] == "logo.svg is an SVG drawing; SVG can carry scripts, so it is not taken as a picture."
    assert said[1].startswith("photo.jpg is ") and "\n" not in said[1]
    assert canvas.model.count(Picture) == 0 and canvas.doc.undo_stack.count() == 0
    assert reopen(canvas.doc.path).count(Picture) == 0
    # Qt's JPEG reader says why it gave up on the fake photo: provoked on purpose, and not shown to the user
    qt_warnings[:] = [w for w in qt_warnings if "JPEG datastream contains no image" not in w]


def test_a_project_file_dragged_over_the_canvas_is_left_to_the_window(canvas: Canvas, tmp_path: Path) -> None:
    project = tmp_path / "other.cxd"
    project.write_bytes(b"SQLite format 3\x00")
    rect = canvas.scene.layout.cards[_card(canvas, "Website").id].rect
    assert not canvas.mime_drop(_files(project), rect.center.x, rect.center.y)
    assert canvas.model.count(Picture) == 0
