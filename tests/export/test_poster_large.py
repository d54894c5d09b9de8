"""The poster of a 300-stage, 3,000-touchpoint map: one export of each kind, read back in several ways.

pdftotext stops reading characters under 3 points after the first 50,000 on a page, and fitting this
map onto one A0 sheet makes every character that small; so the fitted poster's text is checked where
pdftotext still reads it (the title block and the first stages), and every title on the tiled poster.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A0

from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import compute_layout
from cxdesigner.export.poster import PosterOptions, PosterResult, compose, write_poster
from tests.export import pdfcheck
from tests.export.maps import RUSSIAN_TITLE, large_map

A0_LANDSCAPE = (A0[1], A0[0])


@pytest.fixture(scope="module")
def big() -> JourneyMap:
    return large_map()


@pytest.fixture(scope="module")
def fitted(big: JourneyMap, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "fit.pdf"
    write_poster(big, path, PosterOptions(paper="A0", landscape=True))
    return path


@pytest.fixture(scope="module")
def tiled(big: JourneyMap, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, PosterResult]:
    path = tmp_path_factory.mktemp("large") / "tiles.pdf"
    return path, write_poster(big, path, PosterOptions(paper="A0", landscape=True, tile=True, scale=1.0))


@pytest.fixture(scope="module")
def top_row(tiled: tuple[Path, PosterResult]) -> dict[str, str]:
    """The text of each sheet of the first row (where the stage headers are), by the sheet's label."""
    path, result = tiled
    first = [t for t in result.tiles if t.row == 0]
    pages = pdfcheck.text(path, 2, len(first) + 1).split("\f")  # the overview page comes first
    return {t.label: page for t, page in zip(first, pages, strict=False)}


def test_fitted_poster_is_sound_and_embeds_its_fonts(fitted: Path) -> None:
    pdfcheck.qpdf_check(fitted)
    fonts = pdfcheck.fonts(fitted)
    assert fonts and all(emb == "yes" for _, _, emb in fonts)
    assert pdfcheck.page_sizes(fitted) == [pytest.approx(A0_LANDSCAPE, abs=0.01)]


def test_fitted_poster_keeps_the_russian_title_and_first_stages(fitted: Path, big: JourneyMap) -> None:
    lines = {line.strip() for line in pdfcheck.text(fitted).splitlines()}
    assert RUSSIAN_TITLE in lines
    assert {"Этап 1: Поиск", "Этап 2: Поиск", "Студентка Маша", "Пенсионер Иван"} <= lines


def test_tiled_poster_pages_are_the_paper_and_sound(tiled: tuple[Path, PosterResult]) -> None:
    path, result = tiled
    pdfcheck.qpdf_check(path)
    sizes = pdfcheck.page_sizes(path)
    assert len(sizes) == result.pages == len(result.tiles) + 1
    assert all(size == pytest.approx(A0_LANDSCAPE, abs=0.01) for size in sizes)
    assert all(emb == "yes" for _, _, emb in pdfcheck.fonts(path))


def test_every_russian_stage_title_comes_back_from_the_sheets(
    tiled: tuple[Path, PosterResult], top_row: dict[str, str], big: JourneyMap
) -> None:
    _, result = tiled
    lines = {line.strip() for page in top_row.values() for line in page.splitlines()}
    # the title block grows with the map (legend.scale_for): here its title runs over two sheets
    assert any(line.startswith(RUSSIAN_TITLE[:12]) for line in top_row["A1"].splitlines())
    comp, layout, _ = compose(big)
    # a title is only lost when it crosses the edge of a sheet's window (then each sheet shows a part)
    edges = sorted({t.source.right for t in result.tiles} | {t.source.x for t in result.tiles})
    for stage in big.stages():
        if stage.title in lines:
            continue
        header = layout.stages[stage.id].header
        assert any(header.x < edge < header.right for edge in edges), stage.title
    found = sum(stage.title in lines for stage in big.stages())
    assert found >= len(big.stages()) - len(edges)
    assert compute_layout(big).bounds.w <= comp.width


def test_a_sheet_shows_only_its_window(tiled: tuple[Path, PosterResult], top_row: dict[str, str]) -> None:
    _, result = tiled
    middle = result.tiles[len(top_row) // 2]
    text = top_row[middle.label]
    assert middle.label in text.split() and RUSSIAN_TITLE not in text
    shown = {line for line in text.splitlines() if line.startswith("Этап ")}
    assert 0 < len(shown) < 25  # one sheet's width of the 300 stages
