"""The window on real screen sizes: it fits, the map view gets the room, dock tabs show whole names.

Each case starts the editor in a subprocess (``screen_probe.py``) on an offscreen screen of that size
(Qt's offscreen platform reads the screens from a JSON file), with fresh settings, as a first start would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from cxdesigner.ui.window_layout import fitted_geometry

PROBE = Path(__file__).with_name("screen_probe.py")


def probe(tmp_path: Path, width: int, height: int, lang: str = "en", theme: str = "light", *extra: str) -> dict:
    screens = tmp_path / f"screen-{width}x{height}.json"
    screens.write_text(json.dumps({"synchronousWindowSystemEvents": True, "windowFrameMargins": True, "screens": [
        {"name": "S", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
         "dpr": 1}]}))  # fmt: skip
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))  # fmt: skip
    done = subprocess.run([sys.executable, str(PROBE), str(width), str(height), lang, theme, *extra],
                          env=env, capture_output=True, text=True, check=True)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def fits(measured: dict) -> bool:
    x, y, w, h = measured["frame"]
    ax, ay, aw, ah = measured["available"]
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


@pytest.mark.parametrize(("size", "share"), [((1366, 768), 0.6), ((1920, 1080), 0.7)])
def test_the_window_fits_the_screen_and_the_map_gets_the_room(tmp_path: Path, size, share) -> None:
    measured = probe(tmp_path, *size)
    assert fits(measured), measured
    assert measured["share"] >= share, measured
    assert measured["minimum"][0] <= 1024 and measured["minimum"][1] <= 600
    assert measured["tabs"] and all(t["whole"] and t["on_screen"] for t in measured["tabs"]), measured["tabs"]
    assert measured["map_shown"]["height"], "every lane, the emotions lane included, is in view"
    assert 0.5 <= measured["zoom"] <= 1.0


def test_the_whole_map_shows_where_it_fits_at_60_percent(tmp_path: Path) -> None:
    measured = probe(tmp_path, 1920, 1080)
    assert measured["map_shown"] == {"height": True, "width": True} and measured["zoom"] >= 0.6


@pytest.mark.parametrize(("size", "share"), [((1366, 768), 0.6), ((1920, 1080), 0.7)])
def test_in_russian_with_the_projectors_large_type_too(tmp_path: Path, size, share) -> None:
    measured = probe(tmp_path, *size, "ru", "projector")
    assert fits(measured), measured
    assert measured["share"] >= share, measured  # the same room as in English and the light theme
    texts = [t["text"] for t in measured["tabs"]]
    assert "Качество" in texts and all(t["whole"] and t["on_screen"] for t in measured["tabs"]), measured["tabs"]
    assert measured["map_shown"]["height"]


def test_a_geometry_saved_on_a_larger_screen_is_clamped(tmp_path: Path) -> None:
    big = probe(tmp_path, 2560, 1440, "en", "light", "--resize", "2400", "1350")  # closing saves the geometry
    assert big["frame"][2] > 2000 and big["frame"][3] > 1200
    measured = probe(tmp_path, 1366, 768)
    assert fits(measured), measured


def test_fitted_geometry_shrinks_and_moves_a_frame_inside() -> None:
    screen = QRect(0, 0, 1366, 768)
    assert fitted_geometry(QRect(100, 50, 1929, 925), screen) == QRect(0, 0, 1366, 768)
    assert fitted_geometry(QRect(1000, 600, 800, 500), screen) == QRect(566, 268, 800, 500)
    assert fitted_geometry(QRect(-40, -10, 800, 500), screen) == QRect(0, 0, 800, 500)
    assert fitted_geometry(QRect(10, 20, 800, 500), screen) == QRect(10, 20, 800, 500)
    second = QRect(1920, 0, 1280, 1024)  # a second monitor to the right
    assert fitted_geometry(QRect(1900, 100, 1400, 900), second) == QRect(1920, 100, 1280, 900)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_no_side_dock_scrolls_sideways_on_a_laptop(tmp_path: Path, lang: str) -> None:
    """Every right-hand dock, shown in turn in the 214-pixel side area, holds its panel at its width: button
    rows wrap, long labels and check boxes wrap, forms put a field under its label."""
    measured = probe(tmp_path, 1366, 768, lang, "light", "--docks")
    assert measured["sideways"] == {}, measured["sideways"]
