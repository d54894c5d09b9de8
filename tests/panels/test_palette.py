"""The palette: Stage, Lane and every channel, each draggable with the palette MIME type and activatable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxdesigner.document import Document
from cxdesigner.domain.entities import Channel
from cxdesigner.panels.palette import MIME_TYPE, PAYLOAD_ROLE, PalettePanel
from cxdesigner.viewstate import ViewState

NAMES = {
    "stage": "Stage", "lane": "Lane",
    "channel:website": "Website", "channel:advert": "Advert", "channel:email": "E-mail", "channel:phone": "Phone",
    "channel:social": "Social network", "channel:chat": "Chat or feedback form", "channel:messenger": "Messenger",
    "channel:shop": "Shop or sales point", "channel:delivery": "Courier or delivery",
    "channel:product": "Product or packaging", "channel:staff": "Staff", "channel:print": "Printed matter",
    "channel:word_of_mouth": "Word of mouth or review", "channel:other": "Other",
}  # fmt: skip


def test_every_entry_has_its_name_icon_tooltip_and_accessible_text(qtbot, document: Document) -> None:
    panel = PalettePanel(document, ViewState())
    qtbot.addWidget(panel)
    entries = panel.entries()
    assert {e.data(PAYLOAD_ROLE): e.text() for e in entries} == NAMES
    assert len(entries) == 2 + len(Channel)
    for entry in entries:
        assert not entry.icon().isNull()
        assert entry.text() in entry.toolTip()
        assert entry.data(Qt.ItemDataRole.AccessibleTextRole) == entry.text()


def test_a_drag_carries_the_palette_mime_type_and_payload(qtbot, document: Document) -> None:
    panel = PalettePanel(document, ViewState())
    qtbot.addWidget(panel)
    for payload in NAMES:
        entry = panel.entry(payload)
        data = entry.listWidget().mimeData([entry])
        assert data.hasFormat(MIME_TYPE)
        assert bytes(data.data(MIME_TYPE).data()).decode("utf-8") == payload
    assert panel.channels.mimeTypes() == [MIME_TYPE]
    assert panel.channels.dragEnabled()


def test_enter_and_double_click_activate_an_entry(qtbot, document: Document) -> None:
    panel = PalettePanel(document, ViewState())
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    entry = panel.entry("channel:phone")
    panel.channels.setCurrentItem(entry)
    with qtbot.waitSignal(panel.entry_activated) as enter:
        qtbot.keyClick(panel.channels, Qt.Key.Key_Return)
    assert enter.args == ["channel:phone"]
    stage = panel.entry("stage")
    rect = panel.structure.visualItemRect(stage)
    assert rect.isValid()
    qtbot.mouseClick(panel.structure.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.entry_activated) as double:
        qtbot.mouseDClick(panel.structure.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert double.args == ["stage"]


def test_read_only_documents_get_a_disabled_palette(qtbot, document: Document) -> None:
    path = document.path
    document.close()
    viewer = Document.open(path, read_only=True)
    panel = PalettePanel(viewer, ViewState())
    qtbot.addWidget(panel)
    assert not panel.channels.isEnabled() and not panel.structure.isEnabled()
    viewer.close()
