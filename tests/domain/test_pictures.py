"""The model holds pictures whose bytes are a whole image of the size stated, and nothing else."""

from __future__ import annotations

import dataclasses
import struct
import zlib

import pytest

from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.journey import JourneyMap, ModelError
from cxdesigner.domain.pictures import MAX_SIDE, Picture, PictureFormat, check_picture, pictures_of
from tests.conftest import small_map
from tests.picture_bytes import chunk, picture, png


@pytest.fixture
def journey() -> JourneyMap:
    return small_map()


def _tp(journey: JourneyMap) -> Touchpoint:
    return journey.touchpoints()[0]


def test_a_touchpoint_carries_pictures_in_order(journey: JourneyMap) -> None:
    tp = _tp(journey)
    second = journey.add(picture(tp.id, order=2.0, caption="second"))
    first = journey.add(picture(tp.id, order=1.0, caption="first"))
    assert pictures_of(journey, tp.id) == [first, second]
    assert pictures_of(journey, journey.touchpoints()[1].id) == []


def test_deleting_the_touchpoint_deletes_its_pictures_and_undo_brings_them_back(journey: JourneyMap) -> None:
    tp = _tp(journey)
    pic = journey.add(picture(tp.id))
    removal = journey.delete([tp.id])
    assert journey.count(Picture) == 0
    journey.restore(removal)
    assert journey.get(Picture, pic.id) == pic


def test_a_picture_needs_its_touchpoint(journey: JourneyMap) -> None:
    with pytest.raises(ModelError, match="missing touchpoints"):
        journey.add(picture("nowhere"))


def _bad(journey: JourneyMap, **changes: object) -> str:
    pic = dataclasses.replace(picture(_tp(journey).id), **changes)
    with pytest.raises(ModelError) as caught:
        journey.add(pic)
    assert caught.value.field == "data" or caught.value.field in changes
    assert journey.count(Picture) == 0
    return str(caught.value)


def test_bytes_that_do_not_decode_are_refused(journey: JourneyMap) -> None:
    good = png(12, 8)
    assert "does not decode" in _bad(journey, data=b"not a picture at all")
    assert "does not decode" in _bad(journey, data=good[:-20])  # truncated
    flipped = bytearray(good)
    flipped[40] ^= 0xFF  # inside the pixel data: the chunk's CRC no longer fits
    assert "does not decode" in _bad(journey, data=bytes(flipped))
    assert "does not decode" in _bad(journey, data=good, format=PictureFormat.JPEG)


def test_pixel_data_of_the_wrong_size_is_refused_even_with_sound_crcs(journey: JourneyMap) -> None:
    header = struct.pack(">IIBBBBB", 12, 8, 8, 2, 0, 0, 0)
    short = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 10))
        + chunk(b"IEND", b"")
    )
    assert "wrong size" in _bad(journey, data=short)


def test_the_stated_size_must_be_the_real_one_and_within_the_limit(journey: JourneyMap) -> None:
    assert "not 13 x 8" in _bad(journey, width=13)
    big = png(MAX_SIDE + 1, 2)
    assert "at most 1600" in _bad(journey, data=big, width=MAX_SIDE + 1, height=2)
    assert "cannot be negative" in _bad(journey, original_bytes=-1)


def test_a_bomb_header_is_judged_without_inflating_anything(journey: JourneyMap) -> None:
    header = struct.pack(">IIBBBBB", 30_000, 30_000, 8, 2, 0, 0, 0)
    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"x") + chunk(b"IEND", b"")
    assert check_picture(dataclasses.replace(picture("t"), data=bomb, width=30_000, height=30_000)) == (
        "data",
        "a stored picture is at most 1600 pixels on each side",
    )


def test_text_in_the_data_field_is_refused(journey: JourneyMap) -> None:
    with pytest.raises(ModelError, match="not binary data"):
        journey.add(dataclasses.replace(picture(_tp(journey).id), data="aGVsbG8="))
