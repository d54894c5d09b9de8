"""The map's own words on the canvas (the line of visibility, "2/3 met", a note's footer) follow the map's
language, not the interface's: a Russian map reads in Russian in an English window and in its PNG. They
come from the exports' catalogue, so the window and the poster say the same words.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.export.catalogue import language_of, say

__all__ = ["map_language", "say"]


def map_language(item: QGraphicsItem) -> str:
    """The language of the map ``item`` is drawn in ("en" when it is on no map's scene)."""
    document = getattr(item.scene(), "document", None)
    return language_of(document.model.info.language) if document is not None else "en"
