"""The method's terms read the same in every Russian text: the interface's .ts and the exports' catalogue.

The glossary is DOMAIN.md's table. "Control round" is "Контрольный обход": "Обход контроля" reads as
"getting round the control", so it must appear nowhere.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cxdesigner.export import catalogue

ROOT = Path(__file__).resolve().parents[1]

# English term (lower case) -> the stem its Russian must contain (lower case)
GLOSSARY = {
    "control round": "контрольн",
    "touchpoint": "точ",
    "persona": "персон",
    "barrier": "барьер",
    "owner": "ответствен",
    "pain point": "болев",
    "moment of truth": "момент истин",
    "voice of the customer": "голос",
    "improvement": "улучшен",
    "line of visibility": "линия видимости",
}
WRONG = ("обход контрол",)
# where the term is implied by what the text follows
IMPLIED = {"no owner": "printed after «Ответственный:» in the report"}


def _pairs() -> list[tuple[str, str]]:
    pairs = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*_ru.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            node = message.find("translation")
            pairs.append((message.findtext("source") or "", "".join(node.itertext()) if node is not None else ""))
    table = catalogue._WORDS  # noqa: SLF001 - the catalogue's own table is what is checked
    pairs += [(en, ru) for en, ru in table.values()]
    return pairs


@pytest.mark.parametrize("term", sorted(GLOSSARY))
def test_every_russian_text_uses_the_glossary_term(term: str) -> None:
    def says(en: str) -> bool:  # placeholders such as {persona} or %1 are not the term
        return en not in IMPLIED and term in re.sub(r"\{\w+\}|%\d", "", en).lower()

    misses = [(en, ru) for en, ru in _pairs() if says(en) and GLOSSARY[term] not in ru.lower()]
    assert not misses


def test_control_round_is_never_getting_round_the_control() -> None:
    assert not [ru for _en, ru in _pairs() if any(w in ru.lower() for w in WRONG)]
    assert any(ru == "Контрольный обход" for en, ru in _pairs() if en == "Control round")
