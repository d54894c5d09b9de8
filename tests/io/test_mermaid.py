"""Mermaid journey diagrams: export, import, the export -> import -> export round trip, and errors by line."""

from __future__ import annotations

import pytest

from cxdesigner.domain.entities import Emotion, Persona, Stage, Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.io import mermaid
from cxdesigner.io.errors import FormatError
from tests.io.generated import generated_map


def _felt(journey: JourneyMap, title: str) -> dict[str, int]:
    tp = next(t for t in journey.touchpoints() if t.title == title)
    return {p.name: e.designed for p in journey.personas() if (e := journey.emotion(tp.id, p.id))}


def test_export_shape(journey: JourneyMap) -> None:
    student = journey.personas()[0]
    parent = journey.add(Persona(id=new_id(), name="Parent", order=1.0))
    tps = {t.title: t for t in journey.touchpoints()}
    journey.add(Emotion(id=new_id(), touchpoint_id=tps["Advert"].id, persona_id=student.id, designed=2))
    journey.add(Emotion(id=new_id(), touchpoint_id=tps["Advert"].id, persona_id=parent.id, designed=-1))
    journey.add(Emotion(id=new_id(), touchpoint_id=tps["Seller"].id, persona_id=parent.id, designed=-2))
    text = mermaid.dumps(journey)
    lines = text.splitlines()
    assert lines[:4] == ["journey", "    title Shop", "    section Need", "      Advert: 4: Parent, Student"]
    assert "      Website: 3" in lines and "      Seller: 1: Parent" in lines
    assert lines.count("    section Use") == 1 and text.endswith("\n")


def test_import_reads_sections_tasks_scores_and_actors() -> None:
    text = """%% a comment
journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5
      Sit down: 3
"""
    journey = mermaid.loads(text)
    assert journey.info.title == "My working day" and journey.info.language == "en"
    assert [s.title for s in journey.stages()] == ["Go to work", "Go home"]
    assert [p.name for p in journey.personas()] == ["Me", "Cat", "Customer"]
    assert _felt(journey, "Do work") == {"Me": -2, "Cat": -2}
    assert _felt(journey, "Make tea") == {"Me": 2}
    assert _felt(journey, "Go downstairs") == {"Customer": 2} and _felt(journey, "Sit down") == {}
    lane = {t.lane_id for t in journey.touchpoints()}
    assert len(lane) == 1 and journey.lanes()[1].id in lane


def test_awkward_names_survive_the_round_trip() -> None:
    journey = JourneyMap()
    journey.update(type(journey.info), journey.info.id, title="Q&A: <b>#1</b>; 100%% cotton", language="ru")
    stage = journey.add(Stage(id=new_id(), title="Покупка: шаг 1", order=0))
    from cxdesigner.domain import templates

    lane = templates.add_standard_lanes(journey, "ru")[1]
    a = journey.add(Persona(id=new_id(), name="Smith, John: VIP"))
    names = ["title of the task", "Section 2", "journey", "a # b ; c : d", "%% not a comment", "emoji 🎉 עברית"]
    for i, name in enumerate(names):
        tp = journey.add(Touchpoint(id=new_id(), stage_id=stage.id, lane_id=lane.id, title=name, order=i))
        journey.add(Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=a.id, designed=i % 5 - 2))
    text = mermaid.dumps(journey)
    back = mermaid.loads(text)
    assert back.info.title == journey.info.title
    assert [s.title for s in back.stages()] == ["Покупка: шаг 1"]
    assert [p.name for p in back.personas()] == ["Smith, John: VIP"]
    assert sorted(t.title for t in back.touchpoints()) == sorted(names)
    assert mermaid.dumps(back) == text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_export_import_export_is_equal_on_generated_maps(seed: int) -> None:
    journey = generated_map(400, seed=seed)
    journey.add(Persona(id=new_id(), name=""))  # an unnamed persona gets a name
    journey.add(Persona(id=new_id(), name=journey.personas()[0].name))  # a duplicate name is told apart
    first = mermaid.dumps(journey)
    assert mermaid.dumps(mermaid.loads(first)) == first


def test_front_matter_title_and_description() -> None:
    text = '---\ntitle: "From front matter"\n---\njourney\n  accDescr: what it shows\n  section A\n    X: 2: Я\n'
    journey = mermaid.loads(text.encode("utf-8"))
    assert journey.info.title == "From front matter" and journey.info.description == "what it shows"
    assert journey.info.language == "ru" and _felt(journey, "X") == {"Я": -1}
    assert "    accDescr: what it shows" in mermaid.dumps(journey)


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        ("graph TD\n  A-->B\n", "line 1", 'starts with the line "journey"'),
        ("%% only a comment\n", "line 1", 'no "journey" line'),
        ("journey\n  section A\n  Make tea: great: Me\n", "line 3, score", '"great" is not a whole number from 1 to 5'),
        ("journey\n  section A\n  Make tea: 6\n", "line 3, score", '"6"'),
        ("journey\n\n  section A\n  just words\n", "line 4", "is not a task"),
        ("journey\n  section A\n  : 3: Me\n", "line 3, task", "no name"),
        ("---\ntitle: x\njourney\n", "line 1", "never ends"),
        (b"journey\n\xff\n", "byte 8", "not UTF-8"),
    ],
)
def test_errors_name_the_line(text: str | bytes, where: str, what: str) -> None:
    with pytest.raises(FormatError) as caught:
        mermaid.loads(text)
    assert caught.value.where == where and what in caught.value.what


def test_what_mermaid_skips_is_skipped_and_errors_keep_their_line() -> None:
    text = """

    ---
    config:
      journey:
        title: not this one
    title: 'Shop''s day'
    ---
    %%{init: {
      "theme": "forest"
    }}%%
    journey
      section Go #35;1 # a comment
        Pay: 6: Me
"""
    with pytest.raises(FormatError) as caught:
        mermaid.loads(text)
    assert caught.value.where == "line 14, score"
    journey = mermaid.loads(text.replace("6: Me", "4: Me #1"))
    assert journey.info.title == "Shop's day"
    assert [s.title for s in journey.stages()] == ["Go #1"]
    assert _felt(journey, "Pay") == {"Me": 1}


def test_acc_title_stands_in_only_for_a_missing_title() -> None:
    assert mermaid.loads("journey\n  accTitle: Accessible\n", title="file").info.title == "Accessible"
    assert mermaid.loads("journey\n  accTitle: Accessible\n  title Shown\n").info.title == "Shown"
    assert mermaid.loads("journey\n  title Shown\n  accTitle: Accessible\n").info.title == "Shown"
    assert mermaid.loads("journey title On the header line\n").info.title == "On the header line"


def test_acc_descr_block_spans_lines() -> None:
    journey = mermaid.loads("journey\n  accDescr {\n    First line\n    second line\n  }\n  section A\n")
    assert journey.info.description == "First line\nsecond line" and journey.count(Stage) == 1
    with pytest.raises(FormatError) as caught:
        mermaid.loads("journey\n  section A\n  accDescr {\n  nothing closes it\n")
    assert caught.value.where == "line 3" and "never ends" in caught.value.what


def test_line_breaks_in_stage_titles_travel_as_br() -> None:
    journey = mermaid.loads("journey\n  section Go<br>to work<BR/>early<br />now\n    Tea: 5: Me\n")
    assert [s.title for s in journey.stages()] == ["Go\nto work\nearly\nnow"]
    text = mermaid.dumps(journey)
    assert "    section Go<br>to work<br>early<br>now" in text.splitlines()
    assert mermaid.dumps(mermaid.loads(text)) == text
