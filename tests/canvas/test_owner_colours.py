"""Cards coloured by owner: one colour per department (case and spaces aside), grey without an owner."""

from __future__ import annotations

from cxdesigner.canvas import style
from cxdesigner.commands.edit import SetFields
from tests.canvas.conftest import Canvas


def test_colour_by_owner_and_back(canvas: Canvas, qtbot) -> None:
    doc, scene, state = canvas.doc, canvas.scene, canvas.state
    a, b, c, d = doc.model.touchpoints()[:4]
    for tp, owner in ((a, "Shop"), (b, "  shop "), (c, "Web team"), (d, "")):
        doc.push(SetFields(doc.model, doc.model.find(tp.id), "Owner", owner=owner))
    cards = [scene.item_for(t.id) for t in (a, b, c, d)]
    channel = [card.strip_color().name() for card in cards]
    state.set_card_colours("owner")
    owned = [card.strip_color().name() for card in cards]
    assert owned[0] == owned[1] != owned[2] and owned[3] == style.NO_OWNER
    assert owned != channel
    doc.push(SetFields(doc.model, doc.model.find(c.id), "Owner", owner="SHOP"))  # joins the shop
    assert cards[2].strip_color().name() == owned[0]
    state.set_card_colours("channel")
    assert [card.strip_color().name() for card in cards][:2] == channel[:2]
