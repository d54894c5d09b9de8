"""The contact policy editor in the Personas panel: each change one undoable step, kept in the file."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxdesigner.document import Document
from cxdesigner.domain import contact_policy, templates
from cxdesigner.domain.contact_policy import ContactPolicy
from cxdesigner.domain.entities import Channel
from cxdesigner.domain.segments import Segment
from cxdesigner.panels.personas import PersonasPanel
from cxdesigner.storage.store import ProjectStore


def reopened(document: Document):
    store, journey = ProjectStore.open_file(document.path, read_only=True)
    store.close()
    return journey


def sample_panel(qtbot, tmp_path, view_state):
    document = Document.create(tmp_path / "sample.cxd", templates.build("sample"))
    panel = PersonasPanel(document, view_state)
    qtbot.addWidget(panel)
    panel.show()
    return document, panel


def _persona_of(document: Document, key: str) -> str:
    return next(s.persona_id for s in document.model.all(Segment) if s.key == key)


def test_the_policy_follows_the_persona_s_segment_and_says_when_it_is_far_from_50_50(qtbot, tmp_path, view_state):
    document, panel = sample_panel(qtbot, tmp_path, view_state)
    editor = panel.policy
    panel._select(_persona_of(document, "new"))
    assert editor.segment_key == "new"
    assert [editor.table.item(n, 0).text() for n in range(editor.table.rowCount())] == ["Social network", "Advert"]
    assert editor.table.item(0, 2).text() == "25 : 75"
    assert "17 % useful : 83 % offer, far from half and half" in editor.mix.text()
    panel._select(_persona_of(document, "loyal"))
    assert editor.segment_key == "loyal" and "close to half and half" in editor.mix.text()
    document.close()


def test_typing_the_useful_share_is_one_step_kept_in_the_file(qtbot, tmp_path, view_state):
    document, panel = sample_panel(qtbot, tmp_path, view_state)
    editor = panel.policy
    panel._select(_persona_of(document, "new"))
    editor.table.selectRow(1)  # the advert row, 0 % useful
    row = editor.current
    assert row is not None and row.channel is Channel.ADVERT
    editor.useful.setFocus()
    editor.useful.selectAll()
    qtbot.keyClicks(editor.useful, "75")
    qtbot.keyClick(editor.useful, Qt.Key.Key_Return)
    assert document.model.get(ContactPolicy, row.id).useful == 0.75
    assert reopened(document).get(ContactPolicy, row.id).useful == 0.75
    assert editor.table.item(1, 2).text() == "75 : 25"
    assert "42 % useful : 58 % offer, close to half and half" in editor.mix.text()  # (2 + 3) / 12
    assert not [f for f in contact_policy.findings(document.model) if f.kind == "content_mix"]
    document.undo()
    assert document.model.get(ContactPolicy, row.id).useful == 0.0
    assert "far from half and half" in editor.mix.text()
    document.close()


def test_adding_offers_only_the_map_s_channels_not_yet_used_and_undo_removes_the_row(qtbot, tmp_path, view_state):
    document, panel = sample_panel(qtbot, tmp_path, view_state)
    editor = panel.policy
    editor.segment.setFocus()
    qtbot.keyClick(editor.segment, Qt.Key.Key_Home)  # true loyalty: messenger and social already
    assert editor.segment_key == "true_loyalty"
    before = document.model.count(ContactPolicy)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    added = editor.current
    assert added is not None and added.channel is Channel.WEBSITE and added.segment_key == "true_loyalty"
    assert reopened(document).count(ContactPolicy) == before + 1
    offered = [editor.channel.itemData(n) for n in range(editor.channel.count())]
    assert "messenger" not in offered and "social" not in offered and "email" not in offered  # not on the map
    assert offered[0] == "website" and "advert" in offered
    editor.channel.setFocus()
    qtbot.keyClick(editor.channel, Qt.Key.Key_Down)
    assert document.model.get(ContactPolicy, added.id).channel is Channel(offered[1])
    editor.per_month.setFocus()
    editor.per_month.selectAll()
    qtbot.keyClicks(editor.per_month, "3")
    qtbot.keyClick(editor.per_month, Qt.Key.Key_Return)
    assert document.model.get(ContactPolicy, added.id).per_month == 3.0
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert added.id not in document.model
    for _ in range(3):
        document.undo()  # remove, contacts, channel
    assert document.model.get(ContactPolicy, added.id).channel is Channel.WEBSITE
    document.undo()
    assert document.model.count(ContactPolicy) == before and reopened(document).count(ContactPolicy) == before
    document.close()
