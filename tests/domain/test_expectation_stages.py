"""Expectations tied to the stages they belong to: the eight mottos to their classic stages, ours to none."""

from __future__ import annotations

from cxdesigner.commands import DeleteEntities, SetFields
from cxdesigner.commands.history import UndoHistory
from cxdesigner.domain.entities import Persona, Stage
from cxdesigner.domain.personas import default_expectations, stage_named_for, standard_index
from cxdesigner.io.samples import build_template


def test_the_eight_mottos_go_to_their_stages_and_the_ninth_to_none() -> None:
    for language in ("en", "ru"):
        journey = build_template("eight-stages", "M", language)
        persona = journey.add(Persona(id="p", name="P"))
        made = default_expectations(persona, language, journey)
        stages = journey.stages()
        assert [e.stage_id for e in made] == [s.id for s in stages[:8]] + [""]


def test_a_stage_is_found_by_its_classic_name_in_either_language_wherever_it_stands() -> None:
    stages = [("a", "  RECOMMENDATION "), ("b", "Потребность"), ("c", "Choice")]
    assert stage_named_for(stages, "Engage me") == "b"  # Need / Потребность, whatever the map's language
    assert stage_named_for(stages, "награждайте") == "a"
    assert stage_named_for(stages, "Offer  what I need") == "c"
    assert stage_named_for(stages, "Surprise me") == ""  # the map has no purchase stage
    assert stage_named_for(stages, "Keep your promises") == ""  # ours belongs to the whole journey
    assert standard_index("Keep your promises") is None and standard_index("Удивляйте") == 3


def test_a_renamed_stage_takes_no_expectation() -> None:
    journey = build_template("eight-stages", "M")
    first = journey.stages()[0]
    journey.update(Stage, first.id, title="Noticing us")
    persona = journey.add(Persona(id="p", name="P"))
    made = default_expectations(persona, "en", journey)
    assert made[0].stage_id == "" and made[1].stage_id == journey.stages()[1].id


def test_deleting_its_stage_unties_an_expectation_and_undo_ties_it_again() -> None:
    journey = build_template("eight-stages", "M")
    persona = journey.add(Persona(id="p", name="P"))
    expectations = default_expectations(persona, "en", journey)
    for e in expectations:
        journey.add(e)
    need = journey.stages()[0]
    history = UndoHistory()
    history.push(DeleteEntities(journey, [need.id], "Delete stage"))
    assert journey.get(type(expectations[0]), expectations[0].id).stage_id == ""
    history.undo()
    assert journey.get(type(expectations[0]), expectations[0].id).stage_id == need.id
    history.push(SetFields(journey, journey.get(type(expectations[8]), expectations[8].id), "Stage", stage_id=need.id))
    assert journey.get(type(expectations[8]), expectations[8].id).stage_id == need.id
    history.undo()
    assert journey.get(type(expectations[8]), expectations[8].id).stage_id == ""
