"""The headless verbs of the ``cxdesigner`` command (``new``, ``info``, ``check``, ``export``, ...).

Each verb is a pair (configure the parser, run) registered in ``VERBS``; later features add theirs here.
A verb imports what it needs inside its functions, so ``--version``, ``--help`` and ``templates`` start
without loading the graph, storage, PDF or Qt libraries (``tests/test_cli_startup.py`` keeps it so).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cxdesigner.domain.template_names import NAMES as TEMPLATE_NAMES
from cxdesigner.storage.errors import Problem, ProjectFileError


def _configure_new(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the project file to create (.cxd)")
    p.add_argument("--title", default="", help="the map's title")
    p.add_argument("--template", default="blank", choices=sorted(TEMPLATE_NAMES), help="what to start from")
    p.add_argument("--language", default="en", choices=["en", "ru"], help="language of the template's names")
    p.add_argument("--force", action="store_true", help="replace an existing file")


def _run_new(ns: argparse.Namespace) -> int:
    from cxdesigner.domain.entities import Stage
    from cxdesigner.io import samples
    from cxdesigner.storage.store import ProjectStore

    path = Path(ns.file)
    if path.exists() and not ns.force:
        print(f"cxdesigner: {path.name} already exists. Choose another name or add --force.", file=sys.stderr)
        return 2
    if not path.parent.exists():
        raise ProjectFileError(Problem.NOT_FOUND, str(path.parent))
    from cxdesigner.locking import holding

    journey = samples.build_template(ns.template, ns.title, ns.language)
    with holding(path):  # --force never replaces a project an editor has open
        ProjectStore.create(path, journey).close()
    print(f"created {path} ({ns.template}, {journey.count(Stage)} stages)")
    return 0


def _configure_templates(p: argparse.ArgumentParser) -> None:
    pass


def _run_templates(ns: argparse.Namespace) -> int:
    for name in TEMPLATE_NAMES:
        print(name)
    return 0


def project_info(path: Path, notices: list[str] | None = None) -> dict[str, Any]:
    """Title, schema version and counts of a project, read without changing it.

    The file's notice (e.g. made by a newer version), if any, is appended to ``notices``.
    """
    from cxdesigner.domain import saved_views
    from cxdesigner.domain.conditions import Condition
    from cxdesigner.domain.entities import Emotion, Flow, Lane, Persona, Stage, Touchpoint
    from cxdesigner.domain.feedback import FeedbackItem
    from cxdesigner.domain.improvements import Barrier, Improvement
    from cxdesigner.domain.pictures import Picture
    from cxdesigner.domain.quality import QualityRequirement, map_summary
    from cxdesigner.domain.snapshot import Snapshot
    from cxdesigner.storage.store import ProjectStore

    store, journey = ProjectStore.open_file(path, read_only=True)
    if store.notice and notices is not None:
        notices.append(store.notice)
    try:
        return {
            "title": journey.info.title,
            "language": "ru" if journey.info.language == "ru" else "en",
            "schema_version": store.schema_version,
            "stages": journey.count(Stage),
            "lanes": journey.count(Lane),
            "touchpoints": journey.count(Touchpoint),
            "flows": journey.count(Flow),
            "personas": journey.count(Persona),
            "emotions": journey.count(Emotion),
            "requirements": journey.count(QualityRequirement),
            "requirements_met": map_summary(journey).met,
            "feedback": journey.count(FeedbackItem),
            "barriers": journey.count(Barrier),
            "improvements": journey.count(Improvement),
            "conditions": journey.count(Condition),
            "snapshots": journey.count(Snapshot),
            "images": journey.count(Picture),
            "segments": latest_segments(journey),
            "views": saved_views.summary(journey),
            "kpis": kpi_figures(journey),
        }
    finally:
        store.close()


def latest_segments(journey: Any) -> list[dict[str, Any]]:
    """The segments of the newest customer-base analysis (``cxdesigner rfm``), as plain figures."""
    from cxdesigner.domain.base_trend import newest_segments

    return [
        {
            "name": seg.name, "key": seg.key, "customers": seg.customers, "revenue_share": seg.revenue_share,
            "recency_days": seg.mean_recency_days, "frequency": seg.mean_frequency, "monetary": seg.mean_monetary,
        }
        for seg in newest_segments(journey)
    ]  # fmt: skip


def kpi_figures(journey: Any) -> list[dict[str, Any]]:
    """Every KPI with its improvement, line, measurements and where it stands at each review."""
    from cxdesigner.domain import kpis
    from cxdesigner.domain.improvements import Improvement

    out = []
    for kpi in kpis.all_kpis(journey):
        values = kpis.measurements_of(journey, kpi.id)
        out.append(
            {
                "name": kpi.name, "unit": kpi.unit, "improvement": journey.get(Improvement, kpi.improvement_id).title,
                "baseline": kpi.baseline, "target": kpi.target, "started_on": kpi.started_on,
                "strategy": kpi.strategy_key,
                "measurements": [{"date": m.measured_on, "value": m.value} for m in values],
                "reviews": [
                    {"date": r.day.isoformat(), "planned": r.planned, "value": r.value, "behind": r.behind}
                    for r in kpis.reviews(journey, kpi)
                ],
            }
        )  # fmt: skip
    return out


def _configure_info(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the project file (.cxd)")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def _run_info(ns: argparse.Namespace) -> int:
    notices: list[str] = []
    info = project_info(Path(ns.file), notices)
    for line in notices:  # on stderr, so --json output stays one clean object; the exit status stays 0
        print(f"cxdesigner: {line}", file=sys.stderr)
    if ns.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        ru = info["language"] == "ru"  # the labels follow the map's language, like check's findings
        labels = {k: (INFO_LABELS_RU.get(k, k) if ru else k.replace("_", " ")) for k in info}
        width = max(len(label) for label in labels.values())
        for key, value in info.items():
            shown = len(value) if isinstance(value, list) else value
            if key == "language":
                shown = "русский" if ru else "English"
            print(f"{labels[key]:<{width}}  {shown}")
    return 0


INFO_LABELS_RU = {
    "title": "название",
    "language": "язык",
    "schema_version": "версия схемы",
    "stages": "этапы",
    "lanes": "дорожки",
    "touchpoints": "точки контакта",
    "flows": "связи",
    "personas": "персоны",
    "emotions": "эмоции",
    "requirements": "требования",
    "requirements_met": "выполнено требований",
    "feedback": "отзывы",
    "barriers": "барьеры",
    "improvements": "улучшения",
    "conditions": "внешние условия",
    "snapshots": "снимки",
    "images": "изображения",
    "segments": "сегменты",
    "views": "сохранённые виды",
    "kpis": "показатели (KPI)",
}
"""``info``'s labels for a Russian map; --json keeps its English keys."""


def _configure_check(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the project file (.cxd)")
    p.add_argument(
        "--json",
        action="store_true",
        help="print a list of objects with kind, severity, message, ids and, where it has one, value",
    )


def _run_check(ns: argparse.Namespace) -> int:
    from datetime import date

    from cxdesigner.domain import phrases
    from cxdesigner.domain.analysis import analyse
    from cxdesigner.storage.store import ProjectStore

    store, journey = ProjectStore.open_file(Path(ns.file), read_only=True)
    try:
        result = analyse(journey, listed=0, today=date.today())  # no paths one by one: the findings say it all
    finally:
        store.close()
    if ns.json:
        print(json.dumps([f.as_dict() for f in result.findings], ensure_ascii=False, indent=2))
        return 0
    lang = journey.info.language  # the map's language, like every other word the findings say
    words = {s: phrases.say(f"severity_{s}", lang) for s in ("error", "warning", "info")}
    width = max(len(w) for w in words.values())
    for finding in result.findings:
        print(f"{words[finding.severity.value]:<{width}}  {finding.message}")
    counts = {s: sum(f.severity == s for f in result.findings) for s in ("error", "warning", "info")}
    paths = phrases.count(result.path_count, "path", lang)
    print(
        phrases.say(
            "check_total", lang, paths=paths, errors=counts["error"], warnings=counts["warning"], notes=counts["info"]
        )
    )
    return 0


def _configure_export(p: argparse.ArgumentParser) -> None:
    from cxdesigner import cli_exchange

    cli_exchange.configure_export(p)


def _run_export(ns: argparse.Namespace) -> int:
    from cxdesigner import cli_exchange

    return cli_exchange.run_export(ns)


def _configure_import(p: argparse.ArgumentParser) -> None:
    from cxdesigner import cli_exchange

    cli_exchange.configure_import(p)


def _run_import(ns: argparse.Namespace) -> int:
    from cxdesigner import cli_exchange

    return cli_exchange.run_import(ns)


def _git_verb(name: str) -> tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]:
    """The (configure, run) pair of a verb in ``cli_git``, imported only when that verb runs."""

    def configure(p: argparse.ArgumentParser) -> None:
        from cxdesigner import cli_git

        getattr(cli_git, f"configure_{name}")(p)

    def run(ns: argparse.Namespace) -> int:
        from cxdesigner import cli_git

        return getattr(cli_git, f"run_{name}")(ns)  # type: ignore[no-any-return]

    return configure, run


def _configure_import_feedback(p: argparse.ArgumentParser) -> None:
    from cxdesigner import cli_feedback

    cli_feedback.configure(p)


def _run_import_feedback(ns: argparse.Namespace) -> int:
    from cxdesigner import cli_feedback

    return cli_feedback.run(ns)


def _configure_rfm(p: argparse.ArgumentParser) -> None:
    from cxdesigner import cli_rfm

    cli_rfm.configure(p)


def _run_rfm(ns: argparse.Namespace) -> int:
    from cxdesigner import cli_rfm

    return cli_rfm.run(ns)


Verb = tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int], str]
VERBS: dict[str, Verb] = {
    "new": (_configure_new, _run_new, "Create a project from a template."),
    "templates": (_configure_templates, _run_templates, "List the template names."),
    "info": (_configure_info, _run_info, "Print a project's title, schema version and counts."),
    "check": (_configure_check, _run_check, "Analyse a project's paths and print what needs attention."),
    "export": (_configure_export, _run_export, "Write a project in other formats."),
    "import": (_configure_import, _run_import, "Create a project from another format."),
    "import-feedback": (
        _configure_import_feedback,
        _run_import_feedback,
        "Add the voice of the customer from a CSV file to a project.",
    ),
    "rfm": (_configure_rfm, _run_rfm, "RFM segments of a customer base (CSV), kept in the project."),
    "diff": (*_git_verb("diff"), "Show what changed between two maps (exit 0 same, 1 different, 2 trouble)."),
    "textconv": (*_git_verb("textconv"), "Print a map as canonical JSON (git's diff.cxd.textconv)."),
    "merge": (*_git_verb("merge"), "Three-way merge of maps by entity and field (git's merge.cxd.driver)."),
    "git-setup": (*_git_verb("git_setup"), "Teach a git repository to diff (and merge) .cxd maps."),
}
