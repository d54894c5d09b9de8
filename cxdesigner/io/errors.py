"""The one error every importer raises: what is wrong and where, in one line a user can act on.

``where`` points into the source the user has in front of them: a JSON path (``stages[3].width``), or a
line and a field of a CSV or Mermaid text (``line 7, channel``). The message reads "WHERE: WHAT".
"""

from __future__ import annotations


class FormatError(ValueError):
    """An imported text cannot become a map; nothing was created."""

    def __init__(self, where: str, what: str) -> None:
        self.where = where
        self.what = what
        super().__init__(f"{where}: {what}" if where else what)


def at_line(line: int, field: str = "") -> str:
    """The ``where`` of a FormatError for a line (and a field) of a text file."""
    return f"line {line}, {field}" if field else f"line {line}"
