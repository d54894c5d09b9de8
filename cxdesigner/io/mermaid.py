"""Mermaid ``journey`` diagram text: export a map as one, and make a map from one.

::

    journey
        title T-shirt shop
        section Purchase
          Tried it on: 5: Parent, Student

A section is a stage; a task is a touchpoint (stage by stage; inside a stage lane by lane, top to bottom);
the score is the emotion, −2..+2 mapped onto Mermaid's 1..5; the actors are the personas with an emotion
there, in alphabetical order (Mermaid keeps no persona order, so this order survives a round trip).
Mermaid has one score per task, so several personas share their mean emotion, rounded half up. A task
nobody feels anything about gets the neutral 3 and no actors; on import, a task with another score and no
actors is felt by a persona called "Customer".

Mermaid's grammar forbids some characters where we allow them, so they are written as look-alikes and read
back: ``#`` as ``＃``, ``;`` as ``；``, ``:`` in names as ``꞉``, ``,`` in persona names as ``‚``, ``%%`` with a
zero-width space between, and a task that starts with a keyword (``title``, ``section``…) or with ``%``
(a comment to Mermaid's lexer, which would drop the task) after a zero-width space. A line break in a
stage's title becomes ``<br>`` (Mermaid's own, read back as a break), other line breaks become spaces,
and a missing name becomes "Stage 2" or "Persona 1". So export → import → export gives the same text,
though the first export may already have simplified a name.

Import reads what Mermaid reads (``mermaid_source.py`` does its clean-up first): front matter and
``%%{init}%%`` directives are skipped, indentation and blank lines are free, ``#`` starts a comment while
``#35;``-style entity codes are characters, ``<br>`` in a section is a line break, and ``accTitle`` /
``accDescr`` (also the ``accDescr { … }`` block) give the map's title, where no ``title`` does, and its
description. Import errors name the line: ``line 7, score: "great" is not a whole number from 1 to 5``.
"""

from __future__ import annotations

import html
import math
import re
from collections import deque
from collections.abc import Iterator

from cxdesigner.domain import templates
from cxdesigner.domain.entities import Emotion, LaneKind, MapInfo, Persona, Stage, Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.io import mermaid_source
from cxdesigner.io.errors import FormatError, at_line

NEUTRAL = 3
_ZWSP = "\u200b"
_LOOKALIKES = {"#": "\uff03", ";": "\uff1b"}
_NAME_LOOKALIKES = {**_LOOKALIKES, ":": "\ua789"}
_ACTOR_LOOKALIKES = {**_NAME_LOOKALIKES, ",": "\u201a"}
# What must not start a task: a keyword, or "%", where Mermaid's lexer starts a comment (journey.jison).
_KEYWORD = re.compile(r"(journey|title\s|section\s|acctitle|accdescr|%)", re.IGNORECASE)
_COMMENT = re.compile(r"#(?!\w+;)")  # a "#" starts a comment, unless it begins an entity code like #35;
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)  # Mermaid's own line break pattern
_PALETTE = ["#d9480f", "#1864ab", "#2b8a3e", "#862e9c", "#e67700", "#0b7285", "#c2255c", "#5c940d"]
_WORDS = {
    "en": {"stage": "Stage", "persona": "Persona", "customer": "Customer"},
    "ru": {"stage": "Этап", "persona": "Персона", "customer": "Клиент"},
}


# -------------------------------------------------------------------- writing
def dumps(journey: JourneyMap) -> str:
    """The map as a Mermaid ``journey`` diagram."""
    lang = "ru" if journey.info.language == "ru" else "en"
    actors = _actor_names(journey.personas(), lang)
    lines = ["journey"]
    if journey.info.title.strip():
        lines.append(f"    title {_escape(journey.info.title, _LOOKALIKES)}")
    if journey.info.description.strip():
        lines.append(f"    accDescr: {_escape(journey.info.description, _LOOKALIKES)}")
    lanes = journey.lanes()
    for n, stage in enumerate(journey.stages(), start=1):
        fallback = f"{_WORDS[lang]['stage']} {n}"
        title = "<br>".join(_name(part, "") for part in stage.title.splitlines() if part.strip())
        lines.append(f"    section {title or fallback}")
        for lane in lanes:
            for tp in journey.cell(stage.id, lane.id):
                lines.append(f"      {_task(journey, tp, actors)}")
    return "\n".join(lines) + "\n"


def _task(journey: JourneyMap, tp: Touchpoint, actors: dict[str, str]) -> str:
    felt = [(actors[p.id], e.designed) for p in journey.personas() if (e := journey.emotion(tp.id, p.id))]
    name = _name(tp.title, "…")
    if _KEYWORD.match(name):
        name = _ZWSP + name
    if not felt:
        return f"{name}: {NEUTRAL}"
    mean = sum(v for _, v in felt) / len(felt)
    score = math.floor(mean + 0.5) + NEUTRAL
    return f"{name}: {score}: {', '.join(sorted((a for a, _ in felt), key=str.casefold))}"


def _actor_names(personas: list[Persona], lang: str) -> dict[str, str]:
    """Unique, non-empty Mermaid actor names for the personas."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for n, persona in enumerate(personas, start=1):
        base = _escape(persona.name, _ACTOR_LOOKALIKES) or f"{_WORDS[lang]['persona']} {n}"
        name, k = base, 2
        while name.casefold() in used:
            name, k = f"{base} ({k})", k + 1
        used.add(name.casefold())
        names[persona.id] = name
    return names


def _name(text: str, fallback: str) -> str:
    return _escape(text, _NAME_LOOKALIKES) or fallback


def _escape(text: str, table: dict[str, str]) -> str:
    text = " ".join(text.split())
    for char, lookalike in table.items():
        text = text.replace(char, lookalike)
    return text.replace("%%", f"%{_ZWSP}%")


def _unescape(text: str) -> str:
    text = _entities(text)
    for char, lookalike in _ACTOR_LOOKALIKES.items():
        text = text.replace(lookalike, char)
    return text.replace(_ZWSP, "").strip()


# -------------------------------------------------------------------- reading
def loads(text: str | bytes, title: str = "") -> JourneyMap:
    """A new map from a Mermaid ``journey`` diagram: standard lanes, a stage per section, a card per task."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise FormatError(f"byte {exc.start}", "not UTF-8 text; save the file as UTF-8") from None
    builder = _Builder(title, "ru" if re.search("[\u0400-\u04ff]", text) else "en")
    titled = False
    for kind, line, value in _statements(text):
        if kind == "title":
            builder.set_info(title=value)
            titled = True
        elif kind == "acctitle":
            if not titled:  # the accessible title stands in for a missing title, never over one
                builder.set_info(title=value)
        elif kind == "description":
            builder.set_info(description=value)
        elif kind == "section":
            builder.add_stage(value)
        else:
            builder.add_task(*_parse_task(line, value))
    return builder.journey


class _Builder:
    """Adds stages, cards, personas and emotions to a new map as the statements come."""

    def __init__(self, title: str, lang: str) -> None:
        self.words = _WORDS[lang]
        self.journey = JourneyMap(MapInfo(id=new_id(), title=title, language=lang))
        lanes = templates.add_standard_lanes(self.journey, lang)
        self.lane = next(ln for ln in lanes if ln.kind is LaneKind.TOUCHPOINTS)
        self.stage: Stage | None = None
        self.personas: dict[str, Persona] = {}

    def set_info(self, **fields: str) -> None:
        self.journey.update(MapInfo, self.journey.info.id, **fields)

    def add_stage(self, title: str) -> None:
        n = self.journey.count(Stage) + 1
        stage = Stage(id=new_id(), title=title or f"{self.words['stage']} {n}", order=float(n))
        self.stage = self.journey.add(stage)

    def add_task(self, name: str, score: int, actors: list[str]) -> None:
        if self.stage is None:
            self.add_stage("")
        assert self.stage is not None
        order = float(len(self.journey.cell(self.stage.id, self.lane.id)))
        tp = Touchpoint(id=new_id(), stage_id=self.stage.id, lane_id=self.lane.id, title=name, order=order)
        self.journey.add(tp)
        if not actors and score != NEUTRAL:
            actors = [self.words["customer"]]
        for actor in dict.fromkeys(actors):
            persona = self._persona(actor)
            self.journey.add(Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=persona.id, designed=score - NEUTRAL))

    def _persona(self, name: str) -> Persona:
        key = name.casefold()
        if key not in self.personas:
            n = len(self.personas)
            persona = Persona(id=new_id(), name=name, order=float(n), color=_PALETTE[n % len(_PALETTE)])
            self.personas[key] = self.journey.add(persona)
        return self.personas[key]


def _statements(text: str) -> Iterator[tuple[str, int, str]]:
    """(kind, line, value) for each statement after the ``journey`` header.

    kind is title, acctitle, description, section or task. As in Mermaid's grammar, ``#`` starts a comment
    (but ``#35;`` is an entity), statements may be indented, the header line may go on with a statement,
    and ``accDescr { ... }`` may span lines and be followed by a statement on its closing line.
    """
    source = mermaid_source.clean(text)
    if source.title:
        yield "title", 1, source.title
    items = deque(enumerate(source.lines, start=1))
    seen_header = False
    while items:
        n, raw = items.popleft()
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not seen_header:
            header = re.match(r"journey(?=\s|$)", stripped, re.IGNORECASE)
            if header is None:
                raise FormatError(at_line(n), 'a Mermaid journey starts with the line "journey"')
            seen_header = True
            items.appendleft((n, stripped[header.end() :]))
            continue
        lower = stripped.lower()
        if block := re.match(r"accdescr\s*\{", lower):
            value, end, rest = _block(items, n, stripped[block.end() :])
            yield "description", n, value
            items.appendleft((end, rest))
        elif acc := re.match(r"(acctitle|accdescr)\s*:", lower):
            kind = "acctitle" if acc.group(1) == "acctitle" else "description"
            yield kind, n, _unescape(stripped[acc.end() :])
        else:
            statement = _COMMENT.split(stripped, maxsplit=1)[0].strip()
            lower = statement.lower()
            if re.match(r"title\s", lower):
                yield "title", n, _unescape(statement[6:])
            elif re.match(r"section\s", lower):
                yield "section", n, _unescape(_LINE_BREAK.sub("\n", statement[8:]))
            elif statement:
                yield "task", n, statement
    if not seen_header:
        raise FormatError(
            at_line(max(len(source.lines), 1)), 'no "journey" line: this is not a Mermaid journey diagram'
        )


def _block(items: deque[tuple[int, str]], n: int, first: str) -> tuple[str, int, str]:
    """The text of an ``accDescr { ... }`` block, the line it ends on and what follows its ``}``."""
    parts, end = [first], n
    while "}" not in parts[-1]:
        if not items:
            raise FormatError(at_line(n), 'the description that starts with "accDescr {" never ends')
        end, line = items.popleft()
        parts.append(line)
    body, _, rest = "\n".join(parts).partition("}")
    return re.sub(r"\n\s+", "\n", body.strip()), end, rest  # Mermaid drops each line's indentation


def _entities(text: str) -> str:
    """Mermaid's entity codes: ``#35;`` is "#", ``#59;`` is ";", ``#amp;`` is "&" (kept when not printable)."""

    def decode(match: re.Match[str]) -> str:
        code = match.group(1)
        char = chr(int(code)) if code.isdigit() and int(code) < 0x110000 else html.unescape(f"&{code};")
        return char if char.isprintable() and not char.startswith("&") else match.group()

    return re.sub(r"#(\w+);", decode, text)


def _parse_task(line: int, text: str) -> tuple[str, int, list[str]]:
    name, sep, data = text.partition(":")
    if not sep:
        raise FormatError(at_line(line), f'"{text[:60]}" is not a task; write "Task: score: actors"')
    if not _unescape(name):
        raise FormatError(at_line(line, "task"), "the task has no name")
    score_text, _, actors_text = data.partition(":")
    try:
        score = int(score_text.strip())
    except ValueError:
        score = 0
    if not 1 <= score <= 5:
        raise FormatError(at_line(line, "score"), f'"{score_text.strip()}" is not a whole number from 1 to 5')
    actors = [_unescape(a) for a in actors_text.split(":")[0].split(",")]
    return _unescape(name), score, [a for a in actors if a]
