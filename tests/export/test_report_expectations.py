"""The report's stage sections name each persona's expectations tied to the stage, met or not, in the map's
language; an expectation tied to no stage is in none of them."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from cxdesigner.domain.entities import Persona
from cxdesigner.domain.personas import Expectation
from cxdesigner.export.report import ReportOptions, write_report
from tests.export.small_maps import two_cards


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _tied(language: str):  # noqa: ANN202
    journey = two_cards(language)
    first = journey.stages()[0].id
    journey.add(Persona(id="p2", name="Оля" if language == "ru" else "Olga", order=1.0))
    journey.add(Expectation(id="x1", persona_id="p1", text="Be quick", order=0.0, met=True, stage_id=first))
    journey.add(Expectation(id="x2", persona_id="p2", text="Be kind", order=0.0, met=False, stage_id=first))
    journey.add(Expectation(id="x3", persona_id="p2", text="Keep promises", order=1.0, met=True))
    return journey


def test_a_stage_section_names_the_expectations_tied_to_it(tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    write_report(_tied("en"), out, ReportOptions(language="en"))
    text = _text(out)
    assert "Personas' expectations here: Маша: Be quick (met); Olga: Be kind (not met)" in text
    assert "Keep promises" not in text


def test_in_russian(tmp_path: Path) -> None:
    out = tmp_path / "ru.pdf"
    write_report(_tied("ru"), out)
    assert "Ожидания персон на этапе: Маша: Be quick (выполнено); Оля: Be kind (не выполнено)" in _text(out)
