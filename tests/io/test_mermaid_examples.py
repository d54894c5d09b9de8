"""Every journey diagram from Mermaid's own documentation, demos and tests imports as Mermaid reads it.

The diagrams are in ``tests/data/mermaid-journeys.txt``, verbatim; for each, the title, description, stages
and number of cards Mermaid itself would show (its grammar in ``user-journey/parser/journey.jison``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdesigner.domain.entities import Touchpoint
from cxdesigner.io import mermaid
from cxdesigner.io.errors import FormatError

DATA = Path(__file__).resolve().parents[1] / "data" / "mermaid-journeys.txt"
WORKING_DAY = ["Go to work", "Go home"]


def examples() -> dict[str, str]:
    found: dict[str, str] = {}
    name = ""
    for line in DATA.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("~~~~ "):
            name = line[5:].split(" | ")[0].strip()
            found[name] = ""
        elif name:
            found[name] += line
    return {key: text.removesuffix("\n") for key, text in found.items()}


EXAMPLES = examples()
# name: (title, description, stage titles, number of cards)
EXPECTED: dict[str, tuple[str, str, list[str], int]] = {
    "working day": ("My working day", "", WORKING_DAY, 5),
    "accessible working day": ("My working day", "My User Journey Diagram Description", WORKING_DAY, 5),
    "readme working day": ("My working day", "", WORKING_DAY, 5),
    "showcase working day": ("My working day", "", WORKING_DAY, 5),
    "demo with indented front matter": (
        "My working day", "2 main sections: work and home, each with just a few tasks", WORKING_DAY, 5
    ),
    "go shopping": ("Go shopping", "", ["Get to the shops", "Do shopping", "Go home"], 11),
    "init directive": ("My working day", "This is a description", WORKING_DAY, 5),
    "simple test": ("Adding journey diagram functionality to mermaid", "", ["Order from website"], 0),
    "indented chart": ("My working day", "", WORKING_DAY, 5),
    "e-commerce": ("E-Commerce", "", ["Order from website", "Checkout from website"], 2),
    "left margin": ("User Journey Example", "", ["Onboarding", "Engagement"], 5),
    "web hook life cycle": ("Web hook life cycle", "", ["Darkoob", "External Service", "Darkoob"], 8),
    "long word": ("Long Word Test", "", ["Test"], 1),
    "whitespace": ("Whitespace Test", "", ["Test"], 1),
    "long labels": ("User Journey Example", "", ["Onboarding", "Engagement"], 5),
    "parser: title": ("Adding journey diagram functionality to mermaid", "", [], 0),
    "parser: accDescr": (
        "Adding journey diagram functionality to mermaid", "A user journey for family shopping",
        ["Order from website"], 0,
    ),
    "parser: accDescr block": (
        "Adding journey diagram functionality to mermaid", "A user journey for\nfamily shopping",
        ["Order from website"], 0,
    ),
    "parser: accTitle": ("The title", "", ["Order from website"], 0),
    "parser: section": ("Adding journey diagram functionality to mermaid", "", ["Order from website"], 0),
    "parser: section line breaks": (
        "Adding gantt diagram functionality to mermaid", "", ["Line1\nLine2\nLine3</br />Line4\nLine5"], 0
    ),
    "parser: tasks": (
        "Adding journey diagram functionality to mermaid", "", ["Documentation", "Another section"], 8
    ),
    "two tasks": ("My working day", "", ["Go to work"], 2),
}  # fmt: skip
# Mermaid reads "size: 2rem" as a task whose score is not a number (NaN) and draws it without a face;
# we refuse it in one line rather than guess a score.
REFUSED = {"title styling": ("line 21, score", '"2rem" is not a whole number from 1 to 5')}


def test_every_example_is_checked() -> None:
    assert len(EXAMPLES) == 24 and set(EXAMPLES) == set(EXPECTED) | set(REFUSED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_example_imports_as_mermaid_reads_it(name: str) -> None:
    title, description, stages, cards = EXPECTED[name]
    journey = mermaid.loads(EXAMPLES[name], title="file name")
    assert journey.info.title == title
    assert journey.info.description == description
    assert [s.title for s in journey.stages()] == stages
    assert journey.count(Touchpoint) == cards


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_an_example_mermaid_draws_without_a_score_is_refused_by_line(name: str) -> None:
    with pytest.raises(FormatError) as caught:
        mermaid.loads(EXAMPLES[name])
    assert (caught.value.where, caught.value.what) == REFUSED[name]


def test_the_title_styling_example_imports_once_its_stray_line_is_gone() -> None:
    text = EXAMPLES["title styling"].replace("        size: 2rem\n", "")
    journey = mermaid.loads(text)
    assert journey.info.title == "User Journey Example" and journey.count(Touchpoint) == 6
    assert [s.title for s in journey.stages()] == ["Onboarding", "Engagement", "Retention"]


def test_actors_and_scores_are_read_as_mermaid_reads_them() -> None:
    journey = mermaid.loads(EXAMPLES["parser: tasks"])
    felt = {
        t.title: {p.name: e.designed for p in journey.personas() if (e := journey.emotion(t.id, p.id))}
        for t in journey.touchpoints()
    }
    assert felt["A task"] == {"Alice": 2, "Bob": 2, "Charlie": 2}
    assert felt["B task"] == {"Bob": 0, "Charlie": 0}
    assert felt["E task"] == {"Customer": 2}  # "5:" names nobody; someone felt it
