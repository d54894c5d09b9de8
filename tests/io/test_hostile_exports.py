"""One set of hostile titles through every text export, each read back by its format's own reader.

The same payloads (terminal escapes, a bell, NUL, markup, comment and formula starters, line breaks, the
non-characters U+FFFE/U+FFFF, emoji, Cyrillic) go into card titles, a description and the map's title.
JSON and CSV give them back exactly; GraphML and SVG give them back without the characters XML 1.0 forbids
(``io.xml_text``, the one rule both use), and are read by networkx's GraphML reader, expat and Qt's SVG
renderer; Mermaid is read back by our reader, and every task line is checked against the comment rules of
Mermaid's own journey lexer (``journey.jison``: a statement that starts with ``%`` not before ``{``, or with
one character and ``%%``, is skipped). Compiled with jison 0.4.18 and run on these payloads, that grammar lost
"%% not a comment", "%50 off" and "% percent" before their tasks were written after a zero-width space.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from cxdesigner.domain.entities import MapInfo, Touchpoint
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.io import csv_format, graphml, json_format, mermaid
from cxdesigner.io.xml_text import fit_for_xml, fit_for_xml_bytes

PAYLOADS = [
    "Bell\x07 rings",
    "\x1b[31mred\x1b[0m from a terminal",
    "nul\x00byte",
    "<b>bold</b> &amp; & ]]>",
    "line\nbreak\ttab",
    "\ufffe\uffff non-characters",
    "emoji 🎉👕 Ёлка",
    "\"double\" 'single'",
    "=SUM(A1) +1 -1 @x",
    "%% not a comment",
    "%50 off",
    "% percent",
    "a%% two",
    "# hash",
    "a: colon",
]


@pytest.fixture
def hostile(journey: JourneyMap) -> JourneyMap:
    stage, lane = journey.stages()[0], journey.lanes()[1]
    for n, text in enumerate(PAYLOADS):
        journey.add(Touchpoint(id=f"h{n:02}", stage_id=stage.id, lane_id=lane.id, title=text, description=text))
    journey.update(MapInfo, journey.info.id, title="Map \x1b[1mtitle\x07")
    return journey


def titles(journey: JourneyMap) -> dict[str, str]:
    return {t.id: t.title for t in journey.touchpoints() if t.id.startswith("h")}


def test_json_gives_every_payload_back_exactly(hostile: JourneyMap) -> None:
    text = json_format.dumps(hostile)
    json.loads(text)
    assert titles(json_format.loads(text)) == titles(hostile)


def test_csv_is_read_by_the_csv_module(hostile: JourneyMap) -> None:
    data = csv_format.to_bytes(hostile)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    cells = {cell for row in rows for cell in row}
    assert all(any(p in c for c in cells) for p in PAYLOADS if not p.startswith(("=", "+", "-", "@")))


def test_graphml_drops_only_what_xml_forbids(hostile: JourneyMap) -> None:
    graph = nx.read_graphml(io.BytesIO(graphml.dumps(hostile)), force_multigraph=True)
    assert {n: graph.nodes[n]["title"] for n in graph if n.startswith("h")} == {
        k: fit_for_xml(v) for k, v in titles(hostile).items()
    }
    assert graph.graph["title"] == "Map [1mtitle"


def test_svg_is_read_by_expat_and_by_qt(hostile: JourneyMap, tmp_path: Path, qapp) -> None:
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    from cxdesigner.document import Document
    from cxdesigner.ui.image_export import picture_scene, render_svg

    doc = Document.create(tmp_path / "hostile.cxd", hostile)
    try:
        out = tmp_path / "map.svg"
        render_svg(picture_scene(doc), out, doc.model.info.title)
    finally:
        doc.close()
    data = out.read_bytes()
    root = ET.fromstring(data)
    assert root.find("{http://www.w3.org/2000/svg}title").text == "Map [1mtitle"
    assert QSvgRenderer(QByteArray(data)).isValid()
    text = "".join(root.itertext())
    assert "[31mred" in text and "Bell rings" in text


# journey.jison's comment rules, tried where a statement starts (after the lexer skipped the indentation)
MERMAID_COMMENT = re.compile(r"%(?!\{)|[^}]%%")


def test_mermaid_loses_no_task_and_gives_every_title_back(hostile: JourneyMap) -> None:
    text = mermaid.dumps(hostile)
    tasks = [line.strip() for line in text.splitlines()[1:] if not line.strip().startswith(("title ", "section "))]
    assert len(tasks) == len(hostile.touchpoints())
    assert not [t for t in tasks if MERMAID_COMMENT.match(t)]  # Mermaid would drop these as comments
    back = {t.title for t in mermaid.loads(text).touchpoints()}
    assert all(" ".join(p.split()) in back for p in PAYLOADS if "\x00" not in p and "#" not in p and ":" not in p)


def test_mermaid_import_skips_what_mermaid_skips() -> None:
    text = "journey\n  section A\n    %50 off: 3\n    a%% b: 3\n    Kept 100%: 3\n    %{x: 3\n"
    assert [t.title for t in mermaid.loads(text).touchpoints()] == ["Kept 100%", "%{x"]


def test_the_byte_rule_is_the_text_rule() -> None:
    every = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF) + "🎉"
    assert fit_for_xml_bytes(every.encode("utf-8")).decode("utf-8") == fit_for_xml(every)
    assert fit_for_xml("\x09\x0a\x0d ok") == "\x09\x0a\x0d ok"
