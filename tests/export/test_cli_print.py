"""``cxdesigner export --poster/--report/--png/--svg``: files written with the asked options, one-line refusals."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from reportlab.lib.pagesizes import A1, A4

from cxdesigner.cli import main
from cxdesigner.storage.store import ProjectStore
from tests.export import pdfcheck
from tests.export.maps import shop_map


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "shop.cxd"
    ProjectStore.create(path, shop_map("ru")).close()
    return path


def test_poster_on_the_asked_paper(project: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "poster.pdf"
    assert main(["export", str(project), "--poster", str(out), "--paper", "A1", "--landscape"]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    assert pdfcheck.page_sizes(out) == [pytest.approx((A1[1], A1[0]), abs=0.01)]
    assert "Магазин футболок" in pdfcheck.text(out)


def test_tiled_poster_with_scale_margin_and_overlap(project: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "tiles.pdf"
    args = ["--paper", "A4", "--portrait", "--tile", "--scale", "1.0", "--margin", "12", "--overlap", "15"]
    assert main(["export", str(project), "--poster", str(out), *args]) == 0
    said = capsys.readouterr().out
    sizes = pdfcheck.page_sizes(out)
    assert len(sizes) > 2 and all(size == pytest.approx(A4, abs=0.01) for size in sizes)
    assert f"{len(sizes)} pages" in said
    assert "Нахлёст 15 мм" in pdfcheck.text(out, 2, 2)


def test_pictures_of_the_map(project: Path, tmp_path: Path, qapp) -> None:
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    assert main(["export", str(project), "--png", str(png), "--svg", str(svg), "--zoom", "0.5"]) == 0
    image = QImage(str(png))
    assert not image.isNull() and 500 < image.width() < 1400
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "Магазин футболок" in svg.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--paper", "B9"], "Unknown paper 'B9'"),
        (["--tile", "--scale", "0"], "scale must be a positive number"),
        (["--margin", "400"], "margins leave no room"),
    ],
)
def test_bad_options_end_with_one_line(project: Path, tmp_path: Path, capsys, args, message) -> None:
    out = tmp_path / "x.pdf"
    assert main(["export", str(project), "--poster", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_report_on_a4_by_default(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    assert main(["export", str(project), "--report", str(out), "--language", "en"]) == 0
    sizes = pdfcheck.page_sizes(out)
    assert len(sizes) > 2 and all(size == pytest.approx(A4, abs=0.01) for size in sizes)
    assert "Management summary" in pdfcheck.text(out, 2, 2) and "Summary" in pdfcheck.text(out, 3, 3)
