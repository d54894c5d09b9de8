"""The Quality and Voice of the customer docks live in the window and follow its selection."""

from __future__ import annotations

from cxdesigner.domain.entities import new_id
from cxdesigner.domain.quality import QualityRequirement
from cxdesigner.panels.feedback import VoicePanel
from cxdesigner.panels.quality import QualityPanel
from cxdesigner.ui.main_window import MainWindow


def test_quality_docks_follow_the_window_selection(qtbot, window: MainWindow) -> None:
    quality, voice = window.panels["quality"], window.panels["voice"]
    assert isinstance(quality, QualityPanel) and isinstance(voice, VoicePanel)
    assert window.docks["quality"].isVisible() and not window.docks["voice"].isVisible()  # voice: on demand
    window.docks["voice"].toggleViewAction().trigger()
    assert window.docks["voice"].isVisible()
    model = window.document.model
    tp = model.touchpoints()[0]
    model.add(QualityRequirement(id=new_id(), touchpoint_id=tp.id, text="Pages per visit", target="2", measured="1"))
    window.view_state.select([tp.id])
    assert quality.table_model.rowCount() == 1 and voice.table_model.touchpoint_id == tp.id
    quality.failing_toggle.setChecked(True)
    assert window.view_state.highlighted("failing") == {tp.id}
