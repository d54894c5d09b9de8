"""Adding a picture: scaled to 1600 px and re-encoded; a bomb, an SVG, a damaged file or a non-image refused."""

from __future__ import annotations

import resource
import struct
import time
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter

from cxdesigner import picture_intake
from cxdesigner.domain.pictures import MAX_SIDE, PictureFormat, check_picture, image_size
from cxdesigner.picture_intake import PictureRefused
from tests.picture_bytes import chunk


@pytest.fixture(autouse=True)
def _app(qapp) -> None:  # noqa: ANN001 - pytest-qt's application
    return None


def _photo(width: int, height: int, alpha: bool = False) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 0, 0) if alpha else QColor("#2f6f8f"))
    painter = QPainter(image)
    painter.setBrush(QColor("#f4a259"))
    painter.drawEllipse(width // 8, height // 8, width * 3 // 4, height * 3 // 4)
    painter.end()
    return image


def _encoded(image: QImage, fmt: bytes) -> bytes:
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QImageWriter(buffer, fmt).write(image)
    return bytes(out.data())


def test_a_large_photo_is_scaled_to_1600_and_re_encoded_keeping_its_name_and_size(tmp_path: Path) -> None:
    path = tmp_path / "Стенд на ярмарке.jpg"
    path.write_bytes(_encoded(_photo(4000, 3000), b"jpeg"))
    pic = picture_intake.from_file(path, "tp-1", order=3.0)
    assert (pic.width, pic.height) == (MAX_SIDE, 1200) and pic.format == PictureFormat.JPEG
    assert (pic.original_width, pic.original_height, pic.original_bytes) == (4000, 3000, path.stat().st_size)
    assert pic.name == "Стенд на ярмарке.jpg" and pic.caption == "" and pic.order == 3.0
    assert image_size(pic.format, pic.data) == (MAX_SIDE, 1200) and check_picture(pic) is None


def test_a_portrait_screenshot_with_transparency_stays_png_and_small_ones_are_not_enlarged() -> None:
    pic = picture_intake.from_bytes(_encoded(_photo(900, 2400, alpha=True), b"png"), "tp", name="shot.png")
    assert pic.format == PictureFormat.PNG and (pic.width, pic.height) == (600, MAX_SIDE)
    small = picture_intake.from_bytes(_encoded(_photo(300, 200), b"png"), "tp", name="small.png")
    assert (small.width, small.height) == (300, 200) and small.format == PictureFormat.JPEG


def test_webp_is_read_when_qt_has_the_plugin() -> None:
    from PySide6.QtGui import QImageReader

    if b"webp" not in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
        pytest.skip("this Qt has no WebP plugin")
    pic = picture_intake.from_bytes(_encoded(_photo(2000, 1000), b"webp"), "tp", name="site.webp")
    assert (pic.width, pic.height) == (MAX_SIDE, 800)


def test_a_pasted_image_is_scaled_too() -> None:
    pic = picture_intake.from_image(_photo(3200, 1000), "tp")
    assert (pic.width, pic.height) == (MAX_SIDE, 500) and pic.name == "" and pic.original_width == 3200
    with pytest.raises(PictureRefused, match="no picture"):
        picture_intake.from_image(QImage(), "tp")


def _bomb(side: int) -> bytes:
    """A real PNG of side x side black pixels: a few megabytes that would decode to gigabytes."""
    packer = zlib.compressobj(9)
    row = b"\x00" * (1 + side * 3)
    body = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def test_a_decompression_bomb_is_refused_without_being_decoded() -> None:
    bomb = _bomb(30_000)  # 2.7 GB of pixels in about 2.6 MB
    assert len(bomb) < 5_000_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    with pytest.raises(PictureRefused) as caught:
        picture_intake.from_bytes(bomb, "tp", name="bomb.png")
    assert time.perf_counter() - started < 0.5
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200_000  # KB: nothing near 2.7 GB
    assert str(caught.value) == "bomb.png claims 30000 x 30000 pixels, more than any photo; it is refused unopened."


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("innocent.png", b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>'),
        ("zipped.svgz", zlib.compress(b"<svg/>")),
    ],
)
def test_an_svg_is_refused_whatever_its_name(name: str, data: bytes) -> None:
    with pytest.raises(PictureRefused) as caught:
        picture_intake.from_bytes(data, "tp", name=name)
    assert str(caught.value) == f"{name} is an SVG drawing; SVG can carry scripts, so it is not taken as a picture."


def test_a_damaged_image_and_a_non_image_are_refused_with_one_line(tmp_path: Path) -> None:
    whole = _encoded(_photo(400, 300), b"png")
    with pytest.raises(PictureRefused) as damaged:
        picture_intake.from_bytes(whole[: len(whole) // 2], "tp", name="half.png")
    assert str(damaged.value).startswith("half.png is damaged: ") and "\n" not in str(damaged.value)
    text = tmp_path / "notes.png"
    text.write_text("this is a shopping list, not a picture", encoding="utf-8")
    with pytest.raises(PictureRefused) as other:
        picture_intake.from_file(text, "tp")
    assert str(other.value) == "notes.png is not a picture Qt can read (PNG, JPEG, WebP...)."
    with pytest.raises(PictureRefused, match="could not be read"):
        picture_intake.from_file(tmp_path / "missing.jpg", "tp")
