"""Small, sound PNG pictures written in pure Python (no Qt), for tests of the model, storage and JSON."""

from __future__ import annotations

import struct
import zlib

from cxdesigner.domain.entities import new_id
from cxdesigner.domain.pictures import Picture, PictureFormat


def chunk(kind: bytes, body: bytes) -> bytes:
    """One PNG chunk with its length and CRC."""
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(width: int, height: int, rgb: tuple[int, int, int] = (200, 80, 40)) -> bytes:
    """An RGB PNG of one colour."""
    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def picture(
    touchpoint_id: str,
    width: int = 12,
    height: int = 8,
    caption: str = "Стенд",
    order: float = 0.0,
    rgb: tuple[int, int, int] = (200, 80, 40),
) -> Picture:
    """A sound picture for a touchpoint, of one colour."""
    return Picture(
        id=new_id(), touchpoint_id=touchpoint_id, order=order, caption=caption, name="stand.jpg",
        original_width=width * 10, original_height=height * 10, original_bytes=123_456,
        format=PictureFormat.PNG, width=width, height=height, data=png(width, height, rgb),
    )  # fmt: skip
