"""The bundled sample and the templates: fully worked, in both languages, and the committed files up to date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.domain import templates
from cxdesigner.domain.analysis import analyse
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementBarrier, ImprovementStatus, roadmap
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import QualityRequirement, Status, status
from cxdesigner.domain.revisions import compare
from cxdesigner.domain.snapshot import Snapshot
from cxdesigner.domain.strategy import StrategyScore
from cxdesigner.io.samples import SAMPLE, SAMPLE_FILES, build_template
from cxdesigner.io.snapshots import from_payload
from cxdesigner.paths import resource_path
from cxdesigner.storage.store import ProjectStore

PATH_EN = [
    "Ordered on the site",
    "Order packed and sent to the stand",
    "Came to the stand to collect",
    "Touched the fabric and tried it on",
    "Asked the seller about returns if the print fades",
    "Got a bag with a funny print and a card",
]


def _content(journey: JourneyMap) -> list[str]:
    """Every entity but the snapshots, plus each snapshot's label, time and the content of its map."""
    rows = [repr(e) for e in journey.entities() if not isinstance(e, Snapshot)]
    for snap in journey.all(Snapshot):
        rows.append(
            repr((snap.id, snap.label, snap.taken_at, sorted(map(repr, from_payload(snap.payload).entities()))))
        )
    return sorted(rows)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_committed_sample_files_match_the_builder(language: str) -> None:
    path = resource_path("samples", SAMPLE_FILES[language])
    store, stored = ProjectStore.open_file(path, read_only=True)
    store.close()
    assert _content(stored) == _content(build_template(SAMPLE, language=language)), (
        f"{path.name} is out of date: run packaging/make_sample.py and commit the result"
    )


def test_the_sample_is_fully_worked() -> None:
    journey = build_template(SAMPLE)
    titles = {t.id: t.title for t in journey.touchpoints()}
    result = analyse(journey)
    labels = [[titles[i] for i in p.ids] for p in result.paths]
    # The path of DOMAIN.md, from the site to the bag with the card, in order.
    assert any(label[label.index(PATH_EN[0]) :][: len(PATH_EN)] == PATH_EN for label in labels if PATH_EN[0] in label)
    # Branches: two entries; the friend's ways rejoin the site path at the print and at the fitting.
    assert [titles[i] for i in result.entries] == ["Saw an Instagram advert", "Heard about it from a friend"]
    assert len(result.paths) == 8 and result.of_kind("dead_end") and not result.of_kind("loop")
    moments = [t for t in journey.touchpoints() if t.moment_of_truth]
    assert len(moments) == 4 and all(t.owner for t in moments)
    # Two personas with designed emotions on most touchpoints, and a clear low point at the returns question.
    personas = journey.personas()
    assert [p.name for p in personas] == ["Student, buys a gift", "Office worker, buys for himself"]
    for persona in personas:
        values = {e.touchpoint_id: e.designed for e in journey.emotions() if e.persona_id == persona.id}
        assert len(values) >= 12 and values[_id(journey, PATH_EN[4])] == min(values.values()) == -2
    # Requirements, some failing; feedback; barriers with improvements; the strategy checklist.
    statuses = [status(r) for r in journey.all(QualityRequirement)]
    assert statuses.count(Status.NOT_MET) >= 3 and Status.MET in statuses and Status.NOT_CHECKED in statuses
    assert journey.count(FeedbackItem) >= 8 and journey.count(Barrier) == 4
    assert journey.count(ImprovementBarrier) == 5 and roadmap(journey.all(Improvement))[0].effort == 1
    assert journey.count(StrategyScore) == 14
    (snap,) = journey.all(Snapshot)
    changes = compare(from_payload(snap.payload), journey)
    assert len(changes.added) == 3 and len(changes.new_barriers) == 3
    assert changes.requirements and changes.emotions and not changes.removed


def test_the_sample_second_mapping_half_a_year_later_has_something_to_say() -> None:
    """Autumn 2024 against the map now (spring 2025): new feedback, the photo compression done, the slow
    site's barrier closed, the messenger's measured emotion new."""
    journey = build_template(SAMPLE, language="en")
    (snap,) = journey.all(Snapshot)
    old = from_payload(snap.payload)
    assert snap.taken_at == "2024-09-15T11:00:00"
    assert all(f.date > snap.taken_at[:10] for f in journey.all(FeedbackItem) if f.date)
    changes = compare(old, journey)
    assert len(changes.feedback_added) == journey.count(FeedbackItem) and not changes.feedback_removed
    done = [i for i in changes.improvements if i.new is ImprovementStatus.DONE]
    assert [journey.get(Improvement, i.improvement_id).title for i in done] == ["Compress the catalogue photos"]
    assert done[0].old is ImprovementStatus.IN_PROGRESS
    (closed,) = changes.removed_barriers
    assert old.get(Barrier, closed).description == "The site is slow on mobile phones"
    assert changes.measured and changes.values


def _id(journey: JourneyMap, title: str) -> str:
    return next(t.id for t in journey.touchpoints() if t.title == title)


def test_the_russian_sample_is_russian() -> None:
    en, ru = build_template(SAMPLE, language="en"), build_template(SAMPLE, language="ru")
    assert ru.info.title == "Магазин футболок с весёлыми принтами" and ru.info.language == "ru"
    cyrillic = [t.title for t in ru.touchpoints() if any("а" <= c.lower() <= "я" for c in t.title)]
    assert len(cyrillic) == ru.count(Touchpoint) == en.count(Touchpoint)
    assert [s.title for s in ru.stages()][:2] == ["Потребность", "Поиск"]
    assert {status(r) for r in ru.all(QualityRequirement)} == {status(r) for r in en.all(QualityRequirement)}
    assert all(i.text for i in ru.all(FeedbackItem)) and all(b.description for b in ru.all(Barrier))


@pytest.mark.parametrize("language", ["en", "ru"])
def test_online_shop_has_the_typical_touchpoints_linked(language: str) -> None:
    journey = templates.build("online-shop", language=language)
    assert journey.count(Touchpoint) == 16 and len(journey.stages()) == 8
    assert {t.channel.value for t in journey.touchpoints()} >= {
        "website", "advert", "email", "phone", "social", "chat", "delivery",
    }  # fmt: skip
    result = analyse(journey)
    assert not result.of_kind("orphan") and not result.of_kind("empty_stage") and not result.of_kind("no_owner")
    assert len(result.paths) >= 6


@pytest.mark.parametrize("name", ["sample", "online-shop"])
def test_new_from_template_and_templates_verb(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    path = tmp_path / f"{name}.cxd"
    assert main(["new", str(path), "--template", name, "--language", "ru"]) == 0
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["touchpoints"] == 16 and info["snapshots"] == (1 if name == "sample" else 0)
    assert main(["templates"]) == 0
    assert capsys.readouterr().out.split() == ["blank", "eight-stages", "online-shop", "sample"]


def test_the_sample_keeps_an_rfm_analysis_with_two_segments_drawn_as_personas() -> None:
    from cxdesigner.domain.segments import CustomerAnalysis, Segment

    journey = templates.build("sample")
    (analysis,) = journey.all(CustomerAnalysis)
    segments = journey.all(Segment)
    assert sum(s.customers for s in segments) == analysis.customers == 600
    linked = {s.key for s in segments if s.persona_id}
    assert linked == {"loyal", "new"} and all(s.persona_id in journey for s in segments if s.persona_id)
