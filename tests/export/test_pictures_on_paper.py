"""The sample's pictures on paper: on their cards and in the storyboard on the poster, under their touchpoints
in the report, each embedded once, with the captions as real text."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from cxdesigner.domain.pictures import Picture
from cxdesigner.export.poster import PosterOptions, write_poster
from cxdesigner.export.report import ReportOptions, write_report
from tests.export.samples import sample


def test_the_poster_draws_each_picture_on_its_card_and_in_the_storyboard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journey = sample("ru")
    assert journey.count(Picture) == 6
    drawn: list[tuple[float, float]] = []
    original = Canvas.drawImage

    def counting(self: Canvas, image, x, y, width=None, height=None, **kw):  # noqa: ANN001, ANN202
        drawn.append((width, height))
        return original(self, image, x, y, width, height, **kw)

    monkeypatch.setattr(Canvas, "drawImage", counting)
    path = tmp_path / "poster.pdf"
    write_poster(journey, path, PosterOptions(paper="A3", landscape=True, date="2026-05-01"))
    assert len(drawn) == 12  # six cards and six storyboard frames
    reader = PdfReader(path)
    assert len(reader.pages[0].images) == 6  # each picture embedded once, though drawn twice
    assert {image.image.size for image in reader.pages[0].images} == {(960, 640)}
    text = reader.pages[0].extract_text()
    for caption in ("Стенд в торговом центре", "Пакет со смешным принтом", "Раскадровка"):
        assert caption in text


def test_the_report_shows_each_touchpoints_pictures_with_their_captions(tmp_path: Path) -> None:
    journey = sample("en")
    path = tmp_path / "report.pdf"
    write_report(journey, path, ReportOptions(date="2026-05-01"))
    reader = PdfReader(path)
    assert sum(len(page.images) for page in reader.pages) >= 6
    text = "\n".join(page.extract_text() for page in reader.pages)
    for picture in journey.all(Picture):
        assert picture.caption in text
