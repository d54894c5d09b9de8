"""The user's words for comparisons, statuses, badges and feedback sources, translated, with their colours.

The quality panel, the control round and the voice-of-the-customer panel all show these; one table keeps
them saying the same thing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from cxdesigner.domain.feedback import FeedbackSource
from cxdesigner.domain.quality import SYMBOLS, Comparison, QualityRequirement, QualitySummary, Status

_COMPARISONS: dict[Comparison, str] = {
    Comparison.AT_LEAST: QT_TRANSLATE_NOOP("QualityNames", "at least (≥)"),
    Comparison.AT_MOST: QT_TRANSLATE_NOOP("QualityNames", "at most (≤)"),
    Comparison.EQUALS: QT_TRANSLATE_NOOP("QualityNames", "equals (=)"),
    Comparison.YES_NO: QT_TRANSLATE_NOOP("QualityNames", "yes / no"),
}

_STATUSES: dict[Status, str] = {
    Status.MET: QT_TRANSLATE_NOOP("QualityNames", "met"),
    Status.NOT_MET: QT_TRANSLATE_NOOP("QualityNames", "not met"),
    Status.NOT_CHECKED: QT_TRANSLATE_NOOP("QualityNames", "not checked"),
}
STATUS_COLORS: dict[Status, str] = {Status.MET: "#c3fae8", Status.NOT_MET: "#ffc9c9", Status.NOT_CHECKED: "#e9ecef"}

_SOURCES: dict[FeedbackSource, str] = {
    FeedbackSource.SURVEY: QT_TRANSLATE_NOOP("QualityNames", "Survey"),
    FeedbackSource.INTERVIEW: QT_TRANSLATE_NOOP("QualityNames", "Interview"),
    FeedbackSource.REVIEW: QT_TRANSLATE_NOOP("QualityNames", "Review"),
    FeedbackSource.COMPLAINT: QT_TRANSLATE_NOOP("QualityNames", "Complaint"),
    FeedbackSource.CHAT_RATING: QT_TRANSLATE_NOOP("QualityNames", "Chat rating"),
    FeedbackSource.CALL_RATING: QT_TRANSLATE_NOOP("QualityNames", "Call rating"),
    FeedbackSource.OBSERVATION: QT_TRANSLATE_NOOP("QualityNames", "Observation"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("QualityNames", text)


def comparison_name(comparison: Comparison) -> str:
    return _tr(_COMPARISONS[comparison])


def comparison_choices() -> list[tuple[str, str]]:
    return [(c.value, comparison_name(c)) for c in Comparison]


def status_name(status: Status) -> str:
    return _tr(_STATUSES[status])


def status_color(status: Status) -> QColor:
    return QColor(STATUS_COLORS[status])


def source_name(source: FeedbackSource) -> str:
    return _tr(_SOURCES[source])


def source_choices() -> list[tuple[str, str]]:
    return [(s.value, source_name(s)) for s in FeedbackSource]


def target_text(req: QualityRequirement) -> str:
    """The target as a short phrase, e.g. "≤ 5 min" or "yes"."""
    if not req.target.strip():
        return ""
    symbol = SYMBOLS[req.comparison]
    parts = [symbol, req.target.strip(), req.unit.strip()]
    return " ".join(p for p in parts if p)


def summary_text(summary: QualitySummary) -> str:
    """E.g. "2 of 5 met (40 %) · 1 not met · 2 not checked"."""
    if not summary.total:
        return _tr("No requirements")
    share = round(100 * (summary.share_met or 0.0))
    text = _tr("%1 of %2 met (%3 %)").replace("%1", str(summary.met)).replace("%2", str(summary.total))
    text = text.replace("%3", str(share))
    if summary.not_met:
        text += " · " + _tr("%1 not met").replace("%1", str(summary.not_met))
    if summary.not_checked:
        text += " · " + _tr("%1 not checked").replace("%1", str(summary.not_checked))
    return text


def today() -> str:
    """Today's date as the model stores it."""
    return date.today().isoformat()
