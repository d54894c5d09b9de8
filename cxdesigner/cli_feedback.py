"""``cxdesigner import-feedback FILE.cxd SRC.csv``: the Feedback import dialog's work from the command line.

The CSV (or an Excel workbook's feedback sheet) is read as the dialog reads it (``io.feedback_csv``:
encoding and delimiter found, columns guessed from the header); every good row becomes a feedback item,
added to the project in one transaction while the project's lock is held, so an editor that has it open is
never written under. A bad row is reported on its own line with its line number and field, and then nothing is imported
unless ``--skip-bad`` says to take the good rows: a half-imported survey is worse than none.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cxdesigner.cli_failure import fail, read_source
from cxdesigner.io.encodings import ENCODINGS

LISTED = 20  # bad rows listed; the rest are counted


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
    if mapping.get("touchpoint") is None:
        return fail(f"{shown(source)}: no column names the touchpoint (a header such as “touchpoint”).")
    with holding(project):
        store, journey = ProjectStore.open_file(project)
        try:
            result = feedback_csv.build_items(journey, table, mapping, has_header=True)
            for problem in result.problems[:LISTED]:  # in the map's language
                line = feedback_problems.problem_line(
                    problem.line, problem.field, problem.message, journey.info.language, problem.sheet
                )
                print(f"cxdesigner: {source.name}: {line}", file=sys.stderr)
            if len(result.problems) > LISTED:
                print(f"cxdesigner: … and {len(result.problems) - LISTED} more problems", file=sys.stderr)
            if result.problems and not ns.skip_bad:
                bad = len(result.bad_lines)
                return fail(f"nothing imported: {bad} of {result.rows} rows are bad (fix them, or add --skip-bad).")
            with store.transaction():
                for item in result.items:
                    journey.add(item)
        finally:
            store.close()
    skipped = f", {len(result.bad_lines)} bad rows skipped" if result.problems else ""
    print(f"added {len(result.items)} feedback items to {project.name}{skipped}")
    return 0
