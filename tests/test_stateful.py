"""Random edits, undos, redos and reopens never let the file and the model differ."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from cxdesigner.commands import AddEntities, DeleteEntities, MoveTouchpoints, SetFields
from cxdesigner.document import Document
from cxdesigner.domain import templates
from cxdesigner.domain.entities import Channel, Emotion, Flow, Persona, Stage, Touchpoint, new_id
from cxdesigner.storage.store import ProjectStore

TEXT = st.text(max_size=40)


class FileFollowsModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        self.path = self.folder / "p.cxd"
        journey = templates.blank("Fuzz")
        journey.add(Persona(id=new_id(), name="P"))
        self.doc = Document.create(self.path, journey)

    def teardown(self) -> None:
        self.doc.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def model(self):
        return self.doc.model

    @rule(title=TEXT, data=st.data())
    def add_stage(self, title: str, data: st.DataObject) -> None:
        index = data.draw(st.integers(0, len(self.model.stages())))
        order = self.model.order_at(self.model.stages(), index)
        self.doc.push(AddEntities(self.model, [Stage(id=new_id(), title=title, order=order)], "stage"))

    @precondition(lambda self: self.model.stages() and self.model.lanes())
    @rule(title=TEXT, channel=st.sampled_from(Channel), data=st.data())
    def add_card(self, title: str, channel: Channel, data: st.DataObject) -> None:
        stage = data.draw(st.sampled_from(self.model.stages()))
        lane = data.draw(st.sampled_from(self.model.lanes()))
        tp = Touchpoint(id=new_id(), stage_id=stage.id, lane_id=lane.id, title=title, channel=channel)
        self.doc.push(AddEntities(self.model, [tp], "card"))

    @precondition(lambda self: len(self.model.touchpoints()) >= 2)
    @rule(data=st.data())
    def link(self, data: st.DataObject) -> None:
        a, b = data.draw(
            st.lists(st.sampled_from(self.model.touchpoints()), min_size=2, max_size=2, unique_by=lambda t: t.id)
        )
        self.doc.push(AddEntities(self.model, [Flow(id=new_id(), source_id=a.id, target_id=b.id)], "link"))

    @precondition(lambda self: self.model.touchpoints())
    @rule(data=st.data(), value=st.integers(-2, 2))
    def feel(self, data: st.DataObject, value: int) -> None:
        tp = data.draw(st.sampled_from(self.model.touchpoints()))
        persona = self.model.personas()[0]
        existing = self.model.emotion(tp.id, persona.id)
        if existing is None:
            self.doc.push(
                AddEntities(
                    self.model,
                    [Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=persona.id, designed=value)],
                    "e",
                )
            )
        else:
            self.doc.push(SetFields(self.model, existing, "e", designed=value))

    @precondition(lambda self: self.model.touchpoints())
    @rule(data=st.data(), title=TEXT, typing=st.booleans())
    def rename(self, data: st.DataObject, title: str, typing: bool) -> None:
        tp = data.draw(st.sampled_from(self.model.touchpoints()))
        self.doc.push(SetFields(self.model, tp, "rename", typing=typing, title=title))

    @precondition(lambda self: self.model.touchpoints() and self.model.stages())
    @rule(data=st.data())
    def move(self, data: st.DataObject) -> None:
        cards = data.draw(
            st.lists(st.sampled_from(self.model.touchpoints()), min_size=1, max_size=4, unique_by=lambda t: t.id)
        )
        stage = data.draw(st.sampled_from(self.model.stages()))
        moves = [(t, dataclasses.replace(t, stage_id=stage.id, order=float(i))) for i, t in enumerate(cards)]
        self.doc.push(MoveTouchpoints(self.model, moves, "move"))

    @precondition(lambda self: len(self.model.stages()) + len(self.model.touchpoints()) > 0)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        things = self.model.stages() + self.model.touchpoints() + self.model.lanes()
        victim = data.draw(st.sampled_from(things))
        self.doc.push(DeleteEntities(self.model, [victim.id], "delete"))

    @rule()
    def undo(self) -> None:
        self.doc.undo()

    @rule()
    def redo(self) -> None:
        self.doc.redo()

    @rule()
    def reopen(self) -> None:
        before = self._model_state()
        self.doc.close()
        self.doc = Document.open(self.path)
        assert self._model_state() == before

    def _model_state(self) -> list[str]:
        return sorted(repr(e) for e in self.model.entities())

    @invariant()
    def file_equals_model(self) -> None:
        store, journey = ProjectStore.open_file(self.path, read_only=True)
        store.close()
        assert sorted(repr(e) for e in journey.entities()) == self._model_state()


FileFollowsModel.TestCase.settings = settings(
    max_examples=25, stateful_step_count=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestFileFollowsModel = FileFollowsModel.TestCase
