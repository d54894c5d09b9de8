"""``cxdesigner import-feedback``: the CSV's rows become feedback in the project, or nothing does."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage.store import ProjectStore


def _project(tmp_path: Path, journey: JourneyMap) -> Path:
    path = tmp_path / "shop.cxd"
    ProjectStore.create(path, journey).close()
    return path


def _feedback(path: Path) -> list[FeedbackItem]:
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return journey.all(FeedbackItem)


def test_good_rows_are_added_in_one_go(tmp_path: Path, journey: JourneyMap, capsys: pytest.CaptureFixture[str]) -> None:
    path = _project(tmp_path, journey)
    csv = tmp_path / "survey.csv"
    csv.write_text("точка контакта;оценка;текст;вид\nWebsite;4,5;Быстро;опрос\nseller;1;Грубо;жалоба\n", "cp1251")
    assert main(["import-feedback", str(path), str(csv)]) == 0
    assert capsys.readouterr().out.strip() == "added 2 feedback items to shop.cxd"
    items = sorted(_feedback(path), key=lambda i: i.text)
    assert [(i.score, i.text, i.source) for i in items] == [
        (4.5, "Быстро", FeedbackSource.SURVEY),
        (1.0, "Грубо", FeedbackSource.COMPLAINT),
    ]


def test_a_bad_row_imports_nothing_unless_told(
    tmp_path: Path, journey: JourneyMap, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _project(tmp_path, journey)
    csv = tmp_path / "survey.csv"
    csv.write_text("touchpoint,score,text\nWebsite,4,fine\nNowhere,3,lost\nBag,9,too high\n", "utf-8")
    assert main(["import-feedback", str(path), str(csv)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0] == "cxdesigner: survey.csv: line 3, touchpoint: no touchpoint called “Nowhere”"
    assert err[1].startswith("cxdesigner: survey.csv: line 4, score:")
    assert err[-1] == "cxdesigner: nothing imported: 2 of 3 rows are bad (fix them, or add --skip-bad)."
    assert _feedback(path) == []
    assert main(["import-feedback", str(path), str(csv), "--skip-bad"]) == 0
    assert capsys.readouterr().out.strip() == "added 1 feedback items to shop.cxd, 2 bad rows skipped"
    assert [i.text for i in _feedback(path)] == ["fine"]


def test_a_missing_file_is_one_line(tmp_path: Path, journey: JourneyMap, capsys: pytest.CaptureFixture[str]) -> None:
    path = _project(tmp_path, journey)
    assert main(["import-feedback", str(path), str(tmp_path / "none.csv")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "none.csv does not exist" in err[0]


def test_a_russian_map_is_told_in_russian(
    tmp_path: Path, journey: JourneyMap, capsys: pytest.CaptureFixture[str]
) -> None:
    journey.update(type(journey.info), journey.info.id, language="ru")
    path = _project(tmp_path, journey)
    csv = tmp_path / "survey.csv"
    csv.write_text("touchpoint,score,text\nWebsite,4,fine\nNowhere,3,lost\nBag,9,too high\n", "utf-8")
    assert main(["import-feedback", str(path), str(csv)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0] == "cxdesigner: survey.csv: строка 3, точка контакта: нет точки контакта с названием «Nowhere»"
    assert err[-1] == ("cxdesigner: ничего не добавлено: плохих строк 2 из 3 (исправьте их или добавьте --skip-bad).")
    assert main(["import-feedback", str(path), str(csv), "--skip-bad"]) == 0
    assert capsys.readouterr().out.strip() == "в shop.cxd добавлено отзывов: 1, пропущено плохих строк: 2"
    nameless = tmp_path / "nameless.csv"
    nameless.write_text("оценка;текст\n4;хорошо\n", "utf-8")
    assert main(["import-feedback", str(path), str(nameless)]) == 2
    assert "ни один столбец не называет точку контакта" in capsys.readouterr().err
