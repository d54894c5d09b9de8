"""Tiles assemble: neighbours overlap by the stated strip, their drawings line up, and together they cover the map."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesigner.domain.geometry import Rect
from cxdesigner.export.tiling import MAX_TILES, Tile, grid, row_label, tiles

A4 = (595.2756, 841.8898)

sizes = st.floats(10.0, 10000.0, allow_nan=False)
pages = st.tuples(st.floats(150.0, 2400.0), st.floats(150.0, 2400.0))


def _by_cell(result: list[Tile]) -> dict[tuple[int, int], Tile]:
    return {(t.row, t.col): t for t in result}


@settings(max_examples=80, deadline=None)
@given(
    w=sizes, h=sizes, page=pages, margin=st.floats(0.0, 40.0), scale=st.floats(0.05, 4.0), overlap=st.floats(0.0, 40.0)
)
def test_tiles_overlap_by_the_strip_and_line_up(w, h, page, margin, scale, overlap) -> None:
    bounds = Rect(0.0, 0.0, w, h)
    try:
        result = tiles(bounds, page, margin, scale, overlap)
    except ValueError:
        return  # impossible settings (too many sheets, margins eating the paper) are refused with a message
    cells = _by_cell(result)
    rows, cols = grid(bounds, page, margin, scale, overlap)
    assert len(result) == rows * cols == len(cells)
    for (r, c), tile in cells.items():
        p = tile.placement
        assert p.x == pytest.approx(margin) and p.y == pytest.approx(margin)
        assert p.w == pytest.approx(page[0] - 2 * margin) and p.h == pytest.approx(page[1] - 2 * margin)
        assert tile.source.w * scale == pytest.approx(p.w) and tile.source.h * scale == pytest.approx(p.h)
        right, below = cells.get((r, c + 1)), cells.get((r + 1, c))
        if right is not None:
            # on paper, the neighbour's window starts `overlap` before this one ends
            shared = (tile.source.right - right.source.x) * scale
            assert shared == pytest.approx(overlap, abs=1e-6)
            assert right.source.y == tile.source.y
            # a map point in the shared strip prints on both sheets, exactly `step` apart on paper:
            # laying the right sheet's printable edge on this sheet's strip puts both prints on top of each other
            x, y = right.source.x + (overlap / scale) / 2, tile.source.y + tile.source.h / 2
            a, b = tile.page_point(x, y, page[1]), right.page_point(x, y, page[1])
            assert a.x - b.x == pytest.approx(p.w - overlap, abs=1e-6)
            assert a.y == pytest.approx(b.y, abs=1e-6)
        if below is not None:
            shared = (tile.source.bottom - below.source.y) * scale
            assert shared == pytest.approx(overlap, abs=1e-6)
            x, y = tile.source.x + tile.source.w / 2, below.source.y + (overlap / scale) / 2
            a, b = tile.page_point(x, y, page[1]), below.page_point(x, y, page[1])
            assert b.y - a.y == pytest.approx(p.h - overlap, abs=1e-6)
            assert a.x == pytest.approx(b.x, abs=1e-6)
    # together the windows cover the whole map, with the spare paper shared at both ends
    first, last = cells[(0, 0)], cells[(rows - 1, cols - 1)]
    assert first.source.x <= 1e-6 and first.source.y <= 1e-6
    assert last.source.right >= w - 1e-6 and last.source.bottom >= h - 1e-6
    assert first.source.x == pytest.approx(w - last.source.right, abs=1e-6)


def test_the_matrix_draws_the_poster_where_page_point_says() -> None:
    poster_h = 1000.0
    (tile, *_rest) = tiles(Rect(0, 0, 3000, poster_h), A4, 20.0, 1.5, 15.0)
    a, b, c, d, e, f = tile.transform(poster_h)
    for x, y in [(0.0, 0.0), (100.0, 250.0), (tile.source.right, tile.source.bottom)]:
        fx, fy = x, poster_h - y  # the form is y-up
        expected = tile.page_point(x, y, A4[1])
        assert (a * fx + c * fy + e, b * fx + d * fy + f) == pytest.approx((expected.x, expected.y))


def test_a_map_smaller_than_the_paper_is_one_sheet_centred() -> None:
    (only,) = tiles(Rect(0, 0, 100, 50), A4, 20.0, 1.0, 10.0)
    assert only.label == "A1"
    assert only.source.x + only.source.w / 2 == pytest.approx(50.0)
    assert only.source.y + only.source.h / 2 == pytest.approx(25.0)


def test_labels_run_by_row_letter_and_column_number() -> None:
    result = tiles(Rect(0, 0, 2000, 2000), A4, 20.0, 1.0, 10.0)
    rows, cols = grid(Rect(0, 0, 2000, 2000), A4, 20.0, 1.0, 10.0)
    assert [t.label for t in result[:cols]] == [f"A{i}" for i in range(1, cols + 1)]
    assert result[cols].label == "B1" and result[-1].label == f"{row_label(rows - 1)}{cols}"
    assert [row_label(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((A4, 20.0, 0.0, 10.0), "scale"),
        ((A4, 300.0, 1.0, 10.0), "margins"),
        ((A4, 20.0, 1.0, 400.0), "overlap"),
        ((A4, 20.0, 1.0, -1.0), "negative"),
        ((A4, 20.0, 1000.0, 10.0), str(MAX_TILES)),
    ],
)
def test_impossible_settings_are_refused_with_a_reason(args, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        tiles(Rect(0, 0, 3000, 1000), *args)
