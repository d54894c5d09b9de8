"""``cxdesigner import-feedback FILE.cxd SRC.csv``: the Feedback import dialog's work from the command line.

The CSV (or an Excel workbook's feedback sheet) is read as the dialog reads it (``io.feedback_csv``:
encoding and delimiter found, columns guessed from the header); every good row becomes a feedback item,
added to the project in one transaction while the project's lock is held, so an editor that has it open is
never written under. A bad row is reported on its own line with its line number and field, and then nothing is imported
unless ``--skip-bad`` says to take the good rows: a half-imported survey is worse than none. Everything
it says about the rows and the result is in the map's language.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cxdesigner.cli_failure import fail, read_source
from cxdesigner.io.encodings import ENCODINGS

LISTED = 20  # bad rows listed; the rest are counted

_SAY = {
    "no_touchpoint": (
        "no column names the touchpoint (a header such as “touchpoint”).",
        "ни один столбец не называет точку контакта (нужен заголовок вроде «точка контакта»).",
    ),
    "more": ("… and {count} more problems", "… и ещё проблем: {count}"),
    "nothing": (
        "nothing imported: {bad} of {rows} rows are bad (fix them, or add --skip-bad).",
        "ничего не добавлено: плохих строк {bad} из {rows} (исправьте их или добавьте --skip-bad).",
    ),
    "added": ("added {count} feedback items to {name}{skipped}", "в {name} добавлено отзывов: {count}{skipped}"),
    "skipped": (", {count} bad rows skipped", ", пропущено плохих строк: {count}"),
}


def say(key: str, lang: str, **values: object) -> str:
    """One of the verb's sentences in the map's language."""
    en, ru = _SAY[key]
    return (ru if lang == "ru" else en).format(**values)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the project file (.cxd) to add the feedback to")
    p.add_argument("source", help="the CSV file (or .xlsx workbook) of feedback (docs/feedback-csv.md)")
    p.add_argument("--encoding", choices=list(ENCODINGS), help="the CSV's encoding (decided from its bytes otherwise)")
    p.add_argument("--skip-bad", action="store_true", help="import the good rows even when some rows are bad")


def run(ns: argparse.Namespace) -> int:
    from cxdesigner.io import feedback_csv, feedback_problems
    from cxdesigner.io.files import shown
    from cxdesigner.locking import holding
    from cxdesigner.storage.store import ProjectStore

    project, source = Path(ns.file), Path(ns.source)
    data = read_source(source)
    try:
        table = feedback_csv.read_table(data, encoding=ns.encoding)
    except feedback_csv.CsvError as exc:
        return fail(f"{shown(source)}: {exc}")
    header = table.rows[0][1] if table.rows else None
    mapping = feedback_csv.guess_mapping(header, table.width)
    with holding(project):
        store, journey = ProjectStore.open_file(project)
        lang = "ru" if journey.info.language == "ru" else "en"
        try:
            if mapping.get("touchpoint") is None:
                return fail(f"{shown(source)}: {say('no_touchpoint', lang)}")
            result = feedback_csv.build_items(journey, table, mapping, has_header=True)
            for problem in result.problems[:LISTED]:  # in the map's language
                line = feedback_problems.problem_line(
                    problem.line, problem.field, problem.message, journey.info.language, problem.sheet
                )
                print(f"cxdesigner: {source.name}: {line}", file=sys.stderr)
            if len(result.problems) > LISTED:
                print(f"cxdesigner: {say('more', lang, count=len(result.problems) - LISTED)}", file=sys.stderr)
            if result.problems and not ns.skip_bad:
                return fail(say("nothing", lang, bad=len(result.bad_lines), rows=result.rows))
            with store.transaction():
                for item in result.items:
                    journey.add(item)
        finally:
            store.close()
    skipped = say("skipped", lang, count=len(result.bad_lines)) if result.problems else ""
    print(say("added", lang, count=len(result.items), name=project.name, skipped=skipped))
    return 0
