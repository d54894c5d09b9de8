"""``cxdesigner diff`` says a Russian map's field-by-field lines in Russian: kinds, fields, yes/no, channel
names, statuses and decimal commas, whatever the interface's language."""

from __future__ import annotations

from pathlib import Path

from cxdesigner.cli import main
from cxdesigner.domain.entities import Channel, Emotion, Flow, Persona, Touchpoint
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementStatus
from cxdesigner.domain.templates import blank
from cxdesigner.io import json_format
from cxdesigner.storage.store import ProjectStore


def _map():
    journey = blank("Карта", "ru")
    stage, lane = journey.stages()[0], journey.lanes()[1]
    journey.add(Touchpoint(id="t1", stage_id=stage.id, lane_id=lane.id, title="Сайт", channel=Channel.WEBSITE))
    journey.add(Touchpoint(id="t2", stage_id=stage.id, lane_id=lane.id, title="Звонок", order=1.0))
    journey.add(Flow(id="f1", source_id="t1", target_id="t2", share=0.5))
    journey.add(Persona(id="p1", name="Студент"))
    journey.add(Emotion(id="e1", touchpoint_id="t1", persona_id="p1", designed=1))
    journey.add(Barrier(id="b1", touchpoint_id="t1", description="Долго", share_lost=0.15))
    journey.add(Improvement(id="i1", title="Сжать фото", status=ImprovementStatus.IN_PROGRESS))
    return journey


def test_a_russian_maps_changes_are_listed_in_russian(tmp_path: Path, capsys) -> None:
    before = _map()
    after = json_format.loads(json_format.dumps(before))
    after.update(Touchpoint, "t1", owner="Онлайн-команда", channel=Channel.MESSENGER, moment_of_truth=True)
    after.update(Flow, "f1", share=0.25)
    after.update(Emotion, "e1", designed=-2)
    after.update(Improvement, "i1", status=ImprovementStatus.DONE)
    after.update(Barrier, "b1", share_lost=0.125)
    after.delete(["t2"])
    a, b = tmp_path / "a.cxd", tmp_path / "b.cxd"
    ProjectStore.create(a, before).close()
    ProjectStore.create(b, after).close()
    assert main(["diff", str(a), str(b)]) == 1
    out = capsys.readouterr().out.splitlines()
    field_lines = out[out.index("") + 1 :]
    assert field_lines == [
        "Изменено: Точка контакта «Сайт» (Этап 1 / Точки контакта): канал Сайт → Мессенджер; ответственный «» → "
        "«Онлайн-команда»; момент истины нет → да",
        "Удалено: Точка контакта «Звонок» (Этап 1 / Точки контакта)",
        "Удалено: Связь «Сайт» → «Звонок»",
        "Изменено: Эмоция: «Студент» — «Сайт»: целевая эмоция +1 → −2",
        "Изменено: Барьер «Долго» («Сайт»): доля потерь 0,15 → 0,125",
        "Изменено: Улучшение «Сжать фото»: статус в работе → сделано",
    ]
