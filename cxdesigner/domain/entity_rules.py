"""The value rules an entity of each kind must meet on its own, apart from field types and storability.

A kind's own check (``Kind.check``) and the model's shape rules: an emotion within its range, a flow between
two different touchpoints with a share between 0 and 1, a stage or lane of positive size, a finite order key.
The rules of a class are gathered once per class, so a map's load does not walk them all for every row.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache, partial
from typing import Any

from cxdesigner.domain.entities import EMOTION_MAX, EMOTION_MIN, Emotion, Flow, Lane, Stage
from cxdesigner.domain.kinds import kind_of

Problem = tuple[str, str] | None  # the field at fault and a one-line message, or None


def kind_problem(entity: Any) -> Problem:
    """What the kind's own check finds (None when it has none, or meets a mistyped value and fails)."""
    check = kind_of(entity).check
    return None if check is None else _checked(check, entity)


def rules_met(cls: type, entities: list[Any]) -> bool:
    """Whether no entity (each of class ``cls``, its field types right) fails its kind's check or a shape
    rule: ``kind_problem`` and ``shape_problem`` of each, a rule at a time."""
    check = kind_of(cls).check
    if check is not None and any(map(partial(_checked, check), entities)):
        return False
    return not any(any(map(rule, entities)) for rule in _rules(cls))


def _checked(check: Callable[[Any], Problem], entity: Any) -> Problem:
    try:
        return check(entity)
    except (TypeError, ValueError, AttributeError):  # a kind's check meeting a mistyped value
        return None


def shape_problem(entity: Any) -> Problem:
    """The first shape rule the entity breaks, or None; its field types must be right."""
    for rule in _rules(type(entity)):
        problem = rule(entity)
        if problem is not None:
            return problem
    return None


@cache
def _rules(cls: type) -> tuple[Callable[[Any], Problem], ...]:
    rules: list[Callable[[Any], Problem]] = []
    if issubclass(cls, Emotion):
        rules.append(_emotion_rule)
    if issubclass(cls, Flow):
        rules.append(_flow_rule)
    if issubclass(cls, (Stage, Lane)):
        rules.append(_size_rule)
    rules.append(_order_rule)
    return tuple(rules)


def _emotion_rule(emotion: Emotion) -> Problem:
    if not EMOTION_MIN <= emotion.designed <= EMOTION_MAX:
        return "designed", f"an emotion lies between {EMOTION_MIN} and {EMOTION_MAX}"
    return None


def _flow_rule(flow: Flow) -> Problem:
    if flow.source_id == flow.target_id:
        return "target_id", "a flow joins two different touchpoints"
    if flow.share is not None and not 0.0 <= flow.share <= 1.0:
        return "share", "a flow's share of customers lies between 0 and 1"
    return None


def _size_rule(entity: Stage | Lane) -> Problem:
    name = "width" if isinstance(entity, Stage) else "height"
    if not 0 < getattr(entity, name) < math.inf:
        return name, "a stage or lane needs a positive size"
    return None


def _order_rule(entity: Any) -> Problem:
    if not -math.inf < getattr(entity, "order", 0.0) < math.inf:
        return "order", "an order key must be a finite number"
    return None
