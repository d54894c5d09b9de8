"""A touchpoint's pictures in the report: a row of up to ``PER_ROW`` pictures per line under its block,
each at most ``SIDE`` points on its long side, with its caption below in the report's small type."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from cxdesigner.domain.picture_layout import fit
from cxdesigner.domain.pictures import Picture
from cxdesigner.export import fonts
from cxdesigner.export.report_style import para_text

SIDE = 150.0
PER_ROW = 3
GAP = 8.0


def picture_row(pictures: list[Picture], caption_style: Any) -> Flowable:
    """The pictures as a table of cells: picture above, caption below."""
    cells = []
    for picture in pictures:
        w, h = fit(picture.width, picture.height, SIDE, SIDE * 0.75)
        image = Image(BytesIO(picture.data), width=w, height=h)
        caption = Paragraph(para_text(picture.caption), caption_style) if picture.caption.strip() else None
        cells.append([image, caption])
    rows = [cells[i : i + PER_ROW] for i in range(0, len(cells), PER_ROW)]
    # empty cells hold a Spacer rather than text
    data = [[_stack(cell) for cell in row] + [Spacer(1, 1)] * (PER_ROW - len(row)) for row in rows]
    table = Table(
        data,
        colWidths=[SIDE + GAP] * PER_ROW,
        hAlign="LEFT",
    )
    regular, _bold = fonts.register()  # a Table sets its cells' font even for pictures: not Helvetica
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), regular),
            ]
        )
    )
    return table


def _stack(cell: list[Any]) -> Any:
    image, caption = cell
    return [image, caption] if caption else [image]
