"""A new card's form (physical or digital) follows the channel it was made from; the user can change it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cxdesigner.domain.entities import Channel, Touchpoint
from cxdesigner.panels.inspector import InspectorPanel
from tests.canvas.gestures import Canvas, reopen

PHYSICAL = [Channel.SHOP, Channel.STAFF, Channel.DELIVERY, Channel.PRODUCT]
DIGITAL = [Channel.WEBSITE, Channel.EMAIL, Channel.MESSENGER, Channel.SOCIAL, Channel.ADVERT]


@pytest.mark.parametrize("channel", PHYSICAL + DIGITAL)
def test_a_dropped_card_takes_its_form_from_its_channel(canvas: Canvas, channel: Channel) -> None:
    website = next(t for t in canvas.model.touchpoints() if t.title == "Website")
    rect = canvas.scene.layout.cards[website.id].rect
    before = {t.id for t in canvas.model.touchpoints()}

    assert canvas.palette_drop(f"channel:{channel.value}", rect.center.x, rect.bottom + 4)

    (new,) = [t for t in canvas.model.touchpoints() if t.id not in before]
    assert new.channel == channel
    assert new.physical is (channel in PHYSICAL)
    assert reopen(canvas.doc.path).get(Touchpoint, new.id).physical is new.physical


def test_the_form_of_a_new_card_can_still_be_changed_in_the_inspector(canvas: Canvas, qtbot) -> None:
    panel = InspectorPanel(canvas.doc, canvas.state)
    qtbot.addWidget(panel)
    panel.show()
    seller = next(t for t in canvas.model.touchpoints() if t.title == "Seller")
    rect = canvas.scene.layout.cards[seller.id].rect
    assert canvas.palette_drop("channel:staff", rect.center.x, rect.bottom + 4)
    (new_id,) = canvas.state.selection
    assert canvas.model.get(Touchpoint, new_id).physical
    form = panel.field("physical")
    assert form.currentText() == "Physical"

    qtbot.keyClick(form, Qt.Key.Key_Up)  # Physical -> Digital

    assert not canvas.model.get(Touchpoint, new_id).physical
    assert not reopen(canvas.doc.path).get(Touchpoint, new_id).physical
    canvas.doc.undo()
    assert canvas.model.get(Touchpoint, new_id).physical
