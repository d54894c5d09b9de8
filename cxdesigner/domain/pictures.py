"""Pictures on the map: a photo of the stand, a screenshot of the site, carried by a touchpoint.

A ``Picture`` holds the image itself, already scaled to at most ``MAX_SIDE`` pixels on its long side and
re-encoded as PNG or JPEG (``picture_intake`` does that with Qt when a picture is added), with the name and
size of the file it came from and a caption. The model checks the stored bytes in pure Python, so a file
from a stranger is held to the same rule whoever wrote it: the blob must be a whole PNG (every chunk's CRC,
the pixel data inflating to exactly the size its header gives) or a well-formed JPEG (its segments, its
frame header, its end marker) whose size is the size the row says and no more than ``MAX_SIDE``.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxdesigner.domain.journey import JourneyMap

MAX_SIDE = 1600  # pixels on the long side, after scaling
MAX_PICTURE_BYTES = 12_000_000  # a 1600 x 1600 PNG with alpha stays far below; keeps a row under SQLite's limit
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # colour type -> samples per pixel


class PictureFormat(StrEnum):
    """How the stored bytes are encoded."""

    PNG = "png"
    JPEG = "jpeg"


@dataclass(frozen=True, slots=True)
class Picture:
    """One picture on a touchpoint's card, in the order the card shows them."""

    id: str
    touchpoint_id: str
    order: float = 0.0
    caption: str = ""
    name: str = ""  # the file it came from ("" when pasted)
    original_width: int = 0
    original_height: int = 0
    original_bytes: int = 0  # the size of that file (0 when pasted)
    format: PictureFormat = PictureFormat.PNG
    width: int = 0
    height: int = 0
    data: bytes = b""


class BrokenPicture(ValueError):
    """The bytes are not a whole image of the kind and size stated."""


def pictures_of(journey: JourneyMap, touchpoint_id: str) -> list[Picture]:
    """A touchpoint's pictures in order."""
    return [p for p in journey.all(Picture) if p.touchpoint_id == touchpoint_id]


def next_order(journey: JourneyMap, touchpoint_id: str) -> float:
    """An order key after a card's last picture."""
    existing = pictures_of(journey, touchpoint_id)
    return existing[-1].order + 1.0 if existing else 0.0


def check_picture(picture: Picture) -> tuple[str, str] | None:
    """The field at fault and why, or None when the picture is sound."""
    for name in ("original_width", "original_height", "original_bytes"):
        if getattr(picture, name) < 0:
            return name, f"a picture's {name.replace('_', ' ')} cannot be negative"
    if len(picture.data) > MAX_PICTURE_BYTES:
        return "data", f"a picture is larger than {MAX_PICTURE_BYTES // 1_000_000} MB"
    try:
        width, height = image_size(picture.format, picture.data)
    except BrokenPicture as exc:
        return "data", f"the picture does not decode ({exc})"
    if (width, height) != (picture.width, picture.height):
        return "data", f"the picture is {width} x {height} pixels, not {picture.width} x {picture.height}"
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        return "data", f"a stored picture is at most {MAX_SIDE} pixels on each side"
    return None


def image_size(fmt: PictureFormat | str, data: bytes) -> tuple[int, int]:
    """Width and height of a whole PNG or JPEG; ``BrokenPicture`` otherwise."""
    if fmt == PictureFormat.PNG:
        return _png_size(data)
    if fmt == PictureFormat.JPEG:
        return _jpeg_size(data)
    raise BrokenPicture(f"unknown format {fmt!r}")


def _png_size(data: bytes) -> tuple[int, int]:  # noqa: C901 - one check per rule of the format
    if not data.startswith(_PNG_SIGNATURE):
        raise BrokenPicture("not a PNG")
    pos, chunks, idat = len(_PNG_SIGNATURE), [], []
    while pos < len(data):
        if pos + 12 > len(data):
            raise BrokenPicture("truncated")
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if len(body) != length or pos + 12 + length > len(data):
            raise BrokenPicture("truncated")
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        if zlib.crc32(kind + body) != crc:
            raise BrokenPicture("damaged chunk")
        chunks.append(kind)
        if kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
        if kind == b"IEND":
            break
    if not chunks or chunks[0] != b"IHDR" or chunks[-1] != b"IEND" or pos != len(data) or not idat:
        raise BrokenPicture("incomplete")
    header = data[16:29]
    width, height, depth, colour, _compression, _filter, interlace = struct.unpack(">IIBBBBB", header)
    if colour not in _PNG_CHANNELS or depth not in (1, 2, 4, 8, 16) or interlace != 0 or not width or not height:
        raise BrokenPicture("unsupported header")
    if width > MAX_SIDE or height > MAX_SIDE:
        return width, height  # judged by the caller, and never inflated
    expected = height * (1 + (width * _PNG_CHANNELS[colour] * depth + 7) // 8)
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(b"".join(idat), expected + 1)
    except zlib.error:
        raise BrokenPicture("damaged pixel data") from None
    if len(raw) != expected or not inflater.eof:
        raise BrokenPicture("pixel data of the wrong size")
    return width, height


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int]:
    if not data.startswith(b"\xff\xd8") or not data.endswith(b"\xff\xd9"):
        raise BrokenPicture("not a whole JPEG")
    pos, size, scan = 2, None, False
    while pos + 4 <= len(data) and not scan:
        if data[pos] != 0xFF:
            raise BrokenPicture("damaged segment")
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2 or pos + 2 + length > len(data):
            raise BrokenPicture("truncated")
        if marker in _SOF:
            if length < 8:
                raise BrokenPicture("damaged frame header")
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            size = (width, height)
        scan = marker == 0xDA
        pos += 2 + length
    if size is None or not scan or not size[0] or not size[1] or pos >= len(data) - 2:
        raise BrokenPicture("incomplete")
    return size


def first_pictures(journey: JourneyMap) -> dict[str, Picture]:
    """Touchpoint id -> its first picture, for every touchpoint that has one."""
    first: dict[str, Picture] = {}
    for picture in journey.all(Picture):  # sorted by order: the first seen is the first
        first.setdefault(picture.touchpoint_id, picture)
    return first


def storyboard(journey: JourneyMap) -> dict[str, Picture]:
    """Stage id -> the picture a storyboard lane shows for it: the first picture of the stage's cards, lane by
    lane from the top and top down in each cell, so moving a card up the map chooses its picture."""
    first = first_pictures(journey)
    if not first:
        return {}
    out: dict[str, Picture] = {}
    lanes = journey.lanes()
    for stage in journey.stages():
        for lane in lanes:
            found = next((first[t.id] for t in journey.cell(stage.id, lane.id) if t.id in first), None)
            if found is not None:
                out[stage.id] = found
                break
    return out
