"""The poster writes a Russian map's numbers with a decimal comma: a barrier's loss, a tiled poster's scale
and glue strip (they printed "12.5" and "62.5" before)."""

from __future__ import annotations

from pathlib import Path

from cxdesigner.domain.improvements import Barrier
from cxdesigner.export.poster import PosterOptions, write_poster
from tests.export.pdfcheck import squeeze, text
from tests.export.small_maps import two_cards


def _map(language: str):
    journey = two_cards(language)
    stage = journey.stages()[0]
    journey.add(Barrier(id="b1", stage_id=stage.id, description="Queue", share_lost=0.125))
    return journey


def test_a_russian_poster_has_decimal_commas(tmp_path: Path) -> None:
    out = tmp_path / "ru.pdf"
    write_poster(_map("ru"), out)
    words = squeeze(text(out))
    assert "теряет 12,5 % клиентов" in words and "12.5" not in words
    tiled = tmp_path / "tiled.pdf"
    write_poster(_map("ru"), tiled, PosterOptions(tile=True, scale=0.625, overlap_mm=7.5))
    words = squeeze(text(tiled))
    assert "масштаб 62,5 %" in words and "7,5 мм" in words and "62.5" not in words and "7.5" not in words


def test_an_english_poster_keeps_decimal_points(tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    write_poster(_map("en"), out, PosterOptions(tile=True, scale=0.625, overlap_mm=7.5))
    words = squeeze(text(out))
    assert "loses 12.5 % of customers" in words and "scale 62.5 %" in words and "Overlap 7.5 mm" in words
