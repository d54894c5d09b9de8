"""The one rule for text in XML outputs (SVG, GraphML): characters XML 1.0 cannot hold are dropped.

XML 1.0 allows tab, line feed, carriage return and everything from U+0020 up, except the surrogates and
U+FFFE/U+FFFF; not even a character reference may name the others. A card title pasted from a terminal
(a bell, an ANSI colour escape) would otherwise make a file no XML parser reads. Dropping them is what
users expect: they were never visible, and the printable rest of an escape such as ``[31m`` stays.
"""

from __future__ import annotations

import re

XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORBIDDEN_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")


def fit_for_xml(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    return XML_FORBIDDEN.sub("", text)


def fit_for_xml_bytes(data: bytes) -> bytes:
    """A UTF-8 XML document without the characters XML 1.0 forbids (for writers such as Qt's that pass them
    through); in UTF-8 these are single bytes below 0x20, or the three-byte U+FFFE and U+FFFF, so no other
    character is touched."""
    return _FORBIDDEN_BYTES.sub(b"", data)
