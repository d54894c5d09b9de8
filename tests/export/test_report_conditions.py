"""The report's stage sections list the external conditions noted at the stage, lane by lane, in the map's
language; an empty note and a note in a lane of another kind say nothing; the poster draws the notes."""

from __future__ import annotations

from pathlib import Path

from cxdesigner.domain.conditions import Condition
from cxdesigner.domain.entities import Lane, LaneKind, Stage
from cxdesigner.export.poster import PosterOptions, write_poster
from cxdesigner.export.report import ReportOptions, write_report
from tests.export.pdfcheck import squeeze, text
from tests.export.small_maps import two_cards


def _text(path: Path) -> str:
    return squeeze(text(path))


def _noted(language: str):  # noqa: ANN202
    journey = two_cards(language)
    first, second = journey.stages()[0].id, journey.add(Stage("s2", "Later", order=9.0)).id
    journey.add(Lane("out1", "Outside", order=-2.0, kind=LaneKind.CONDITIONS, height=72.0))
    journey.add(Lane("out2", "Outside too", order=-1.0, kind=LaneKind.CONDITIONS, height=72.0))
    journey.add(Condition("c2", first, "out2", "The mall closes at 22:00"))
    journey.add(Condition("c1", first, "out1", "Gift season"))
    journey.add(Condition("c3", second, "out1", "  "))
    return journey


def test_a_stage_section_lists_its_conditions(tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    write_report(_noted("en"), out, ReportOptions(language="en"))
    text = _text(out)
    assert "External conditions: Gift season; The mall closes at 22:00" in text
    assert text.count("External conditions:") == 1


def test_in_russian_and_on_the_poster(tmp_path: Path) -> None:
    out, poster = tmp_path / "ru.pdf", tmp_path / "poster.pdf"
    journey = _noted("ru")
    write_report(journey, out)
    assert "Внешние условия: Gift season; The mall closes at 22:00" in _text(out)
    write_poster(journey, poster, PosterOptions())
    assert "Gift season" in _text(poster) and "The mall closes" in _text(poster)
