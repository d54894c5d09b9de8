"""``cxdesigner export --view NAME`` and ``info --json``'s views, on the bundled sample and its two views.

"The student, as measured" shows the touchpoints, emotions, barriers and ideas lanes and the student alone:
the poster, the report and the deck written from it lack the backstage lane, its card and the office worker.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pptx import Presentation

from cxdesigner.cli import main
from cxdesigner.paths import resource_path
from tests.export import pdfcheck

VIEW = "The student, as measured"
HIDDEN = ("Backstage", "Customer actions", "Office worker", "Order packed and sent")  # lanes, persona, a card
SHOWN = ("Student, buys a gift", "Touchpoints", "Website on the phone")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("views") / "sample.cxd"
    shutil.copy(resource_path("samples", "tshirt-shop.cxd"), path)
    return path


def _deck_text(path: Path) -> str:
    deck = Presentation(str(path))
    return " ".join(shape.text_frame.text for s in deck.slides for shape in s.shapes if shape.has_text_frame)


@pytest.mark.parametrize("kind", ["poster", "report", "pptx"])
def test_a_view_leaves_its_hidden_lanes_and_personas_out(kind: str, project: Path, tmp_path: Path) -> None:
    suffix = ".pptx" if kind == "pptx" else ".pdf"
    whole, focused = tmp_path / f"whole{suffix}", tmp_path / f"view{suffix}"
    assert main(["export", str(project), f"--{kind}", str(whole)]) == 0
    assert main(["export", str(project), f"--{kind}", str(focused), "--view", VIEW]) == 0
    read = _deck_text if kind == "pptx" else (lambda p: pdfcheck.squeeze(pdfcheck.text(p)))
    everything, shown = read(whole), read(focused)
    hidden = HIDDEN[2:] if kind != "poster" else HIDDEN  # only the poster names the lanes
    assert all(word in everything for word in hidden)
    assert [word for word in hidden if word in shown] == []
    assert all(word in shown for word in SHOWN[:1])


def test_the_views_name_is_matched_without_case(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    assert main(["export", str(project), "--poster", str(out), "--view", VIEW.upper()]) == 0
    assert "Office worker" not in pdfcheck.text(out)


def test_an_unknown_view_is_one_line_naming_the_views_there_are(project: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "poster.pdf"
    assert main(["export", str(project), "--poster", str(out), "--view", "Nope"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Nope" in err and VIEW in err and "The customer's side" in err
    assert not out.exists()


def test_info_json_lists_the_views(project: Path, capsys) -> None:
    assert main(["info", str(project), "--json"]) == 0
    views = json.loads(capsys.readouterr().out)["views"]
    assert [v["name"] for v in views] == ["The customer's side", VIEW]
    assert views[1]["emotions"] == "measured" and views[1]["personas"] == ["Student, buys a gift"]
    assert "Backstage" not in views[1]["lanes"] and "Backstage" not in views[0]["lanes"]
    assert views[1]["path"] > 3


@pytest.mark.parametrize("kind", ["png", "svg", "pptx"])
def test_pictures_of_a_view_draw_its_emotions_along_its_path(
    kind: str, project: Path, tmp_path: Path, monkeypatch
) -> None:
    from cxdesigner.domain import saved_views
    from cxdesigner.storage.store import ProjectStore
    from cxdesigner.ui import image_export

    store, journey = ProjectStore.open_file(project, read_only=True)
    store.close()
    path = saved_views.content(journey, saved_views.by_name(journey, VIEW).id).path
    drawn: list[tuple[str, list[str]]] = []
    real = image_export.picture_scene

    def spy(document, state=None):  # noqa: ANN001, ANN202
        scene = real(document, state)
        drawn.append((scene.view_state.emotion_mode, scene.view_state.path))
        return scene

    monkeypatch.setattr(image_export, "picture_scene", spy)
    assert main(["export", str(project), f"--{kind}", str(tmp_path / f"view.{kind}"), "--view", VIEW]) == 0
    assert drawn == [("measured", list(path))] and len(path) > 3
    drawn.clear()
    assert main(["export", str(project), f"--{kind}", str(tmp_path / f"whole.{kind}")]) == 0
    assert drawn == [("designed", [])]
