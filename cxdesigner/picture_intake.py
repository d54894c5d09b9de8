"""Turning a file, a clipboard image or dropped bytes into a ``Picture`` fit to store, or one line saying why not.

Qt's image plugins read the picture (PNG, JPEG, WebP, GIF, BMP... whatever is installed), but never an SVG,
which can carry scripts and links. The reader is asked for the image's size from its header before anything
is decoded, so a "decompression bomb" (30,000 x 30,000 pixels in a few kilobytes) is refused without
allocating it, and Qt's own allocation limit stands behind that. The image is decoded straight to at most
``MAX_SIDE`` pixels on its long side, turned upright by its EXIF orientation, and re-encoded: JPEG for an
opaque image, PNG when it has transparency. Nothing is stored from a refused picture.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

from cxdesigner.domain.entities import new_id
from cxdesigner.domain.pictures import MAX_SIDE, BrokenPicture, Picture, PictureFormat, image_size

MAX_FILE_BYTES = 64_000_000  # a camera's largest JPEG is some tens of MB
MAX_PIXELS = 100_000_000  # 100 megapixels: beyond any phone photo or screenshot
ALLOCATION_LIMIT_MB = 512  # Qt's own guard behind the size check (its default is 256 MB)
JPEG_QUALITY = 85
_SVG_FORMATS = {b"svg", b"svgz"}


class PictureRefused(ValueError):
    """A file or image that cannot become a picture; the message is one line for the user."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("PictureIntake", text)


def from_file(path: Path, touchpoint_id: str, order: float = 0.0) -> Picture:
    """A picture from an image file; ``PictureRefused`` for anything that is not a sound raster image."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PictureRefused(
                _tr("{name} is larger than {mb} MB.").format(name=path.name, mb=MAX_FILE_BYTES // 10**6)
            )
        data = path.read_bytes()
    except OSError as exc:
        raise PictureRefused(_tr("{name} could not be read: {why}").format(name=path.name, why=exc.strerror)) from None
    return from_bytes(data, touchpoint_id, name=path.name, order=order)


def from_bytes(data: bytes, touchpoint_id: str, name: str = "", order: float = 0.0) -> Picture:
    """A picture from the bytes of an image file (dropped, read or pasted as a file's contents)."""
    label = name or _tr("The pasted picture")
    if len(data) > MAX_FILE_BYTES:
        raise PictureRefused(_tr("{name} is larger than {mb} MB.").format(name=label, mb=MAX_FILE_BYTES // 10**6))
    if _looks_like_svg(data, name):
        raise PictureRefused(_tr("{name} is an SVG drawing; SVG can carry scripts, so it is not taken as a picture.")
                             .format(name=label))  # fmt: skip
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)
    kind = bytes(reader.format().data()).lower()
    if kind in _SVG_FORMATS:
        raise PictureRefused(_tr("{name} is an SVG drawing; SVG can carry scripts, so it is not taken as a picture.")
                             .format(name=label))  # fmt: skip
    if not kind or not reader.canRead():
        raise PictureRefused(_tr("{name} is not a picture Qt can read (PNG, JPEG, WebP...).").format(name=label))
    full = reader.size()  # from the header: nothing is decoded yet
    if not full.isValid() or full.width() <= 0 or full.height() <= 0:
        raise PictureRefused(_tr("{name} is damaged: its size cannot be read.").format(name=label))
    if full.width() * full.height() > MAX_PIXELS:
        raise PictureRefused(
            _tr("{name} claims {w} x {h} pixels, more than any photo; it is refused unopened.").format(
                name=label, w=full.width(), h=full.height()
            )
        )
    reader.setScaledSize(_fitted(full))
    image = reader.read()
    if image.isNull():
        raise PictureRefused(_tr("{name} is damaged: {why}").format(name=label, why=reader.errorString()))
    return _picture(image, touchpoint_id, name, full, len(data), order)


def from_image(image: QImage, touchpoint_id: str, order: float = 0.0) -> Picture:
    """A picture from an image already in memory (the clipboard's)."""
    if image.isNull() or image.width() <= 0 or image.height() <= 0:
        raise PictureRefused(_tr("The clipboard holds no picture."))
    original = image.size()
    fitted = _fitted(original)
    if fitted != original:
        image = image.scaled(fitted, mode=Qt.TransformationMode.SmoothTransformation)
    return _picture(image, touchpoint_id, "", original, 0, order)


def _fitted(size: QSize) -> QSize:
    """The size scaled down (never up) to at most MAX_SIDE on the long side."""
    long_side = max(size.width(), size.height())
    if long_side <= MAX_SIDE:
        return QSize(size)
    scale = MAX_SIDE / long_side
    return QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))


def _picture(image: QImage, touchpoint_id: str, name: str, original: QSize, file_bytes: int, order: float) -> Picture:
    opaque = not image.hasAlphaChannel()
    fmt = PictureFormat.JPEG if opaque else PictureFormat.PNG
    if opaque:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"jpeg" if opaque else b"png")
    if opaque:
        writer.setQuality(JPEG_QUALITY)
    if not writer.write(image):
        raise PictureRefused(_tr("The picture could not be encoded: {why}").format(why=writer.errorString()))
    buffer.close()
    data = bytes(out.data())
    try:
        width, height = image_size(fmt, data)
    except BrokenPicture as exc:  # Qt wrote something our own check refuses: never store it
        raise PictureRefused(_tr("The picture could not be encoded: {why}").format(why=str(exc))) from None
    return Picture(
        id=new_id(),
        touchpoint_id=touchpoint_id,
        order=order,
        name=name,
        original_width=original.width(),
        original_height=original.height(),
        original_bytes=file_bytes,
        format=fmt,
        width=width,
        height=height,
        data=data,
    )


def picture_suffixes() -> frozenset[str]:
    """File name endings taken as pictures when dropped: what Qt's plugins read, and SVG (to refuse it by name)."""
    formats = {bytes(f.data()).decode("ascii", "replace").lower() for f in QImageReader.supportedImageFormats()}
    return frozenset({f".{f}" for f in formats} | {".jpg", ".jpeg", ".png", ".webp", ".svg", ".svgz"})


def image_files(mime: QMimeData) -> list[Path]:
    """The local files of a drag named like pictures (an SVG too, to be refused by name); other files, a project
    or a spreadsheet, are left to the window, which opens or imports them."""
    suffixes = picture_suffixes()
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in suffixes]


def carries_pictures(mime: QMimeData | None) -> bool:
    """Whether a drag or the clipboard holds picture files or image data (judged in full only on the drop)."""
    if mime is None:
        return False
    return bool(image_files(mime)) or (mime.hasImage() and not mime.urls())


def from_mime(mime: QMimeData, touchpoint_id: str, first_order: float) -> tuple[list[Picture], list[str]]:
    """The pictures a drag or the clipboard holds for one card, and one line for each thing refused."""
    pictures: list[Picture] = []
    refused: list[str] = []
    order = first_order
    files = image_files(mime)
    for path in files:
        try:
            pictures.append(from_file(path, touchpoint_id, order))
            order += 1.0
        except PictureRefused as exc:
            refused.append(str(exc))
    if not files and mime.hasImage():
        image = mime.imageData()
        try:
            pictures.append(from_image(QImage(image), touchpoint_id, order))
        except (PictureRefused, TypeError) as exc:
            refused.append(str(exc) if isinstance(exc, PictureRefused) else _tr("The clipboard holds no picture."))
    return pictures, refused


def _looks_like_svg(data: bytes, name: str) -> bool:
    """An SVG by its name or its first bytes (XML text or gzip with an .svgz name), whatever Qt would say."""
    lower = name.lower()
    if lower.endswith((".svg", ".svgz")):
        return True
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<?xml", b"<svg", b"<!doctype svg")) and b"<svg" in data[:65536].lower()
