"""The slide deck: read back with python-pptx, one slide per stage, real text in the bundled font."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from cxdesigner.domain.entities import Stage
from cxdesigner.domain.improvements import Improvement
from cxdesigner.export import deck
from cxdesigner.io import samples
from cxdesigner.storage.store import ProjectStore


def _png(width: int = 800, height: int = 300) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, "PNG")
    return out.getvalue()


def _texts(slide) -> list[str]:  # noqa: ANN001
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_title_map_a_slide_per_stage_the_curve_and_the_worst_moments(language: str) -> None:
    journey = samples.build_template("sample", "Shop", language)
    slides = list(Presentation(io.BytesIO(deck.to_bytes(journey, _png()))).slides)
    titles = [slide.shapes.title.text for slide in slides]
    stages = [s.title for s in journey.stages()]
    assert titles[0] == journey.info.title
    assert [slide.shapes[1].shape_type for slide in slides[1:2]] == [MSO_SHAPE_TYPE.PICTURE]
    assert titles[2 : 2 + len(stages)] == stages  # the sample's stages each fit one slide
    chart_slide = slides[2 + len(stages)]
    (frame,) = [shape for shape in chart_slide.shapes if shape.has_chart]
    series = [s.name for s in frame.chart.plots[0].series]
    assert series == [p.name for p in journey.personas()]
    assert all(-2 <= v <= 2 for s in frame.chart.plots[0].series for v in s.values if v is not None)
    worst = "\n".join(_texts(slides[-1]))
    planned = [i.title for i in journey.all(Improvement)]
    assert planned and all(title in worst for title in planned[: deck.LIST_LIMIT])
    touchpoint_text = "\n".join(t for slide in slides[2 : 2 + len(stages)] for t in _texts(slide))
    assert all(tp.title in touchpoint_text for tp in journey.touchpoints())
    if language == "ru":
        assert "Худшие моменты" in titles and "выполнено" in touchpoint_text
    fonts = {run.font.name for slide in slides for shape in slide.shapes if shape.has_text_frame
             for paragraph in shape.text_frame.paragraphs for run in paragraph.runs}  # fmt: skip
    assert fonts == {deck.FONT}


def test_the_picture_fits_the_slide_and_keeps_its_shape() -> None:
    journey = samples.build_template("sample", "Shop", "en")
    slide = list(Presentation(io.BytesIO(deck.to_bytes(journey, _png(4000, 500)))).slides)[1]
    picture = slide.shapes[1]
    assert picture.left >= 0 and picture.left + picture.width <= deck.SLIDE_W
    assert picture.top + picture.height <= deck.SLIDE_H
    assert abs(picture.width / picture.height - 8.0) < 0.01


def test_a_stage_with_many_touchpoints_continues_on_the_next_slide() -> None:
    from tests.bench.generate import synthetic_map

    journey = synthetic_map(300)  # 30 stages of ten cards
    slides = list(Presentation(io.BytesIO(deck.to_bytes(journey))).slides)
    first = journey.stages()[0].title
    assert [s.shapes.title.text for s in slides].count(first) == 1
    assert len(slides) >= 1 + journey.count(Stage) + 2


def test_the_command_line_writes_a_deck_with_the_canvas_picture(tmp_path: Path) -> None:
    project, out = tmp_path / "a.cxd", tmp_path / "a.pptx"
    ProjectStore.create(project, samples.build_template("sample", "Магазин", "ru")).close()
    done = subprocess.run(
        [sys.executable, "-m", "cxdesigner", "export", str(project), "--pptx", str(out)],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    slides = list(Presentation(str(out)).slides)
    picture = slides[1].shapes[1]
    with Image.open(io.BytesIO(picture.image.blob)) as image:
        assert image.width > 2000  # drawn at print resolution, not at screen size


@pytest.mark.parametrize("language", ["en", "ru"])
def test_each_stage_slide_gives_every_personas_designed_and_measured_emotion(language: str) -> None:
    from cxdesigner.domain.numbers import number
    from cxdesigner.export.catalogue import say
    from cxdesigner.export.report_data import gather

    journey = samples.build_template("sample", "Shop", language)
    slides = list(Presentation(io.BytesIO(deck.to_bytes(journey, _png()))).slides)
    text = "\n".join(t for slide in slides[2 : 2 + journey.count(Stage)] for t in _texts(slide))
    measured = say("measured_short", language)
    seen = 0
    for tp_id, moods in gather(journey).emotions.items():
        for persona, designed, as_is in moods:
            if designed is not None:
                assert f"{persona.name}: {number(designed, language, signed=True)}" in text
            if as_is is not None:
                assert f"{measured} {number(as_is, language, signed=True)}" in text, (tp_id, persona.name)
                seen += 1
    assert seen >= 5  # the sample's feedback gives measured emotions at several touchpoints
