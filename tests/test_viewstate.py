"""The shared view state emits only on real changes."""

from __future__ import annotations

import pytest

from cxdesigner.viewstate import ViewState


def test_selection_and_highlights(qtbot) -> None:
    state = ViewState()
    with qtbot.waitSignal(state.selection_changed) as sig:
        state.select(["a", "b", "a"])
    assert sig.args == [["a", "b"]] and state.selection == ["a", "b"]
    with qtbot.assertNotEmitted(state.selection_changed):
        state.select(["a", "b"])
    with qtbot.waitSignal(state.highlights_changed):
        state.highlight("failing", {"x"})
    assert state.highlighted("failing") == {"x"} and state.roles() == ["failing"]
    with qtbot.assertNotEmitted(state.highlights_changed):
        state.highlight("failing", ["x"])


def test_personas_modes_path_lock(qtbot) -> None:
    state = ViewState()
    with qtbot.waitSignal(state.personas_changed):
        state.set_persona_visible("p", False)
    assert not state.persona_visible("p")
    with qtbot.assertNotEmitted(state.personas_changed):
        state.set_persona_visible("p", False)
    with pytest.raises(ValueError):
        state.set_emotion_mode("loud")
    state.set_emotion_mode("both")
    assert state.emotion_mode == "both"
    state.set_path(["t1", "t2"])
    assert state.path == ["t1", "t2"]
    with qtbot.waitSignal(state.locked_changed):
        state.set_locked(True)
    assert state.locked
