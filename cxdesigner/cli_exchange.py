"""The ``export`` and ``import`` verbs: a project to other formats, and other formats to a new project.

``EXPORTS`` maps an option name (``--json``) to its writer; ``IMPORTS`` maps a file extension to its reader.
A new format is one entry in one of these dicts: the verb's options and help follow from them.
Every problem ends with exit status 2 and one line naming the file, and for imports the line and field.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cxdesigner import cli_print
from cxdesigner.cli_failure import fail, read_source
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.io import csv_format, graphml, json_format, mermaid, workbook
from cxdesigner.io.encodings import ENCODINGS
from cxdesigner.io.errors import FormatError
from cxdesigner.io.files import (
    Check,
    check_xml,
    check_zip,
    clash_with_input,
    read_only,
    reason,
    shown,
    write_bytes_atomic,
)
from cxdesigner.storage.errors import Problem, ProjectFileError
from cxdesigner.storage.store import SUFFIX, ProjectStore


@dataclass(frozen=True)
class Export:
    """One output format of ``cxdesigner export``: ``write(journey, out_path, options)``."""

    write: Callable[[JourneyMap, Path, argparse.Namespace], None]
    help: str
    metavar: str = "OUT"
    options: Callable[[argparse.ArgumentParser], None] | None = None  # extra options, added once per function


@dataclass(frozen=True)
class Import:
    """One input format of ``cxdesigner import``: ``read(data, source_path[, encoding]) -> new map``."""

    read: Callable[..., JourneyMap]
    name: str


def _writer(
    to_bytes: Callable[[JourneyMap], bytes], check: Check | None = None
) -> Callable[[JourneyMap, Path, argparse.Namespace], None]:
    """A writer for a format whose whole file is one ``bytes`` value (``check`` proves it whole)."""

    def write(journey: JourneyMap, out: Path, ns: argparse.Namespace) -> None:
        write_bytes_atomic(out, to_bytes(journey), check)

    return write


EXPORTS: dict[str, Export] = {
    "json": Export(
        _writer(lambda j: json_format.dumps(j).encode("utf-8")), "the whole map as canonical JSON", "OUT.json"
    ),
    "csv": Export(_writer(csv_format.to_bytes), "the touchpoint table for spreadsheets", "OUT.csv"),
    "xlsx": Export(
        _writer(workbook.to_bytes, check_zip), "an Excel workbook: touchpoints, quality, voice, emotions", "OUT.xlsx"
    ),
    "mermaid": Export(_writer(lambda j: mermaid.dumps(j).encode("utf-8")), "a Mermaid journey diagram", "OUT.mmd"),
    "graphml": Export(_writer(graphml.dumps, check_xml), "the flow graph as GraphML", "OUT.graphml"),
    "poster": Export(cli_print.write_poster, "the map as a PDF poster", "OUT.pdf", cli_print.add_options),
    "report": Export(cli_print.write_report, "a PDF report for stakeholders", "OUT.pdf", cli_print.add_options),
    "pptx": Export(cli_print.write_deck, "a slide deck for stakeholders", "OUT.pptx", cli_print.add_options),
    "png": Export(cli_print.write_png, "a picture of the map (PNG)", "OUT.png", cli_print.add_options),
    "svg": Export(cli_print.write_svg, "a vector picture of the map (SVG)", "OUT.svg", cli_print.add_options),
}

IMPORTS: dict[str, Import] = {
    ".json": Import(lambda data, _src: json_format.loads(data), "JSON"),
    ".csv": Import(
        lambda data, src, enc=None: csv_format.loads(data, src.stem, enc, _progress(src)), "CSV touchpoint table"
    ),
    ".xlsx": Import(lambda data, src: workbook.loads(data, src.stem), "Excel workbook"),
    ".mmd": Import(lambda data, src: mermaid.loads(data, src.stem), "Mermaid journey"),
    ".mermaid": Import(lambda data, src: mermaid.loads(data, src.stem), "Mermaid journey"),
}


def _progress(source: Path) -> Callable[[int], None] | None:
    """Rows read so far, on one line of a terminal's stderr (never into a pipe or a log: errors stay one line)."""
    if not sys.stderr.isatty():
        return None

    def show(rows: int) -> None:
        print(f"\rreading {shown(source)}: {rows:,} rows", end="", file=sys.stderr, flush=True)

    return show


def read_project(path: Path) -> JourneyMap:
    """The map of a project file, read without changing the file."""
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return journey


# --------------------------------------------------------------------- export
def configure_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the project file (.cxd)")
    for name, fmt in EXPORTS.items():
        p.add_argument(f"--{name}", metavar=fmt.metavar, type=Path, help=f"write {fmt.help}")
    p.add_argument("--force", action="store_true", help="replace an output file that is marked read-only")
    for options in dict.fromkeys(fmt.options for fmt in EXPORTS.values() if fmt.options is not None):
        options(p)


def run_export(ns: argparse.Namespace) -> int:
    wanted = [(name, getattr(ns, name)) for name in EXPORTS if getattr(ns, name) is not None]
    if not wanted:
        options = ", ".join(f"--{n}" for n in EXPORTS)
        return fail(f"say what to write: one or more of {options}")
    for _name, out in wanted:  # before anything is read or written: one typo must not cost the project
        clash = clash_with_input(out, [Path(ns.file)])
        if clash:
            return fail(clash)
        if read_only(out) and not ns.force:
            return fail(f"{shown(out)} is read-only; add --force to replace it.")
    journey = read_project(Path(ns.file))
    try:
        journey = cli_print.in_view(journey, ns)
    except ValueError as exc:
        return fail(f"{shown(Path(ns.file))}: {exc}.")
    for name, out in wanted:
        if not out.parent.is_dir():
            raise ProjectFileError(Problem.NOT_FOUND, str(out.parent))
        kept = f"; the old {shown(out)} is unchanged" if out.exists() else ""
        try:
            EXPORTS[name].write(journey, out, ns)
        except FormatError as exc:
            return fail(f"{shown(out)}: {exc}")
        except OSError as exc:
            return fail(f"{shown(out)} could not be written ({reason(exc)}){kept}.")
        except ValueError as exc:
            return fail(f"{shown(out)} could not be written ({exc}).")
        print(f"wrote {out}")
    return 0


# --------------------------------------------------------------------- import
def configure_import(p: argparse.ArgumentParser) -> None:
    kinds = ", ".join(f"{ext} ({fmt.name})" for ext, fmt in IMPORTS.items())
    p.add_argument("source", help=f"the file to import: {kinds}")
    p.add_argument("out", help="the project file to create (.cxd)")
    p.add_argument("--force", action="store_true", help="replace an existing project file")
    p.add_argument(
        "--encoding", choices=list(ENCODINGS), help="the CSV file's encoding (decided from its bytes when not given)"
    )


def run_import(ns: argparse.Namespace) -> int:
    source, out = Path(ns.source), Path(ns.out)
    fmt = IMPORTS.get(source.suffix.lower())
    if fmt is None:
        known = ", ".join(IMPORTS)
        return fail(f"{source.name}: cannot tell the format from the extension; use one of {known}.")
    if out.suffix.lower() != SUFFIX:
        return fail(f"{out.name}: a project file ends in {SUFFIX}; choose a name like {out.stem}{SUFFIX}.")
    clash = clash_with_input(out, [source])
    if clash:
        return fail(clash)
    if out.exists() and not ns.force:
        return fail(f"{out.name} already exists. Choose another name or add --force.")
    if not out.parent.is_dir():
        raise ProjectFileError(Problem.NOT_FOUND, str(out.parent))
    data = read_source(source)
    try:
        if ns.encoding and source.suffix.lower() != ".csv":
            return fail(f"{source.name}: --encoding is for .csv files; {fmt.name} files are UTF-8.")
        journey = fmt.read(data, source, ns.encoding) if ns.encoding else fmt.read(data, source)
    except FormatError as exc:
        return fail(f"{shown(source)}: {exc}")
    finally:
        if sys.stderr.isatty():  # wipe the progress line
            print("\r\x1b[K", end="", file=sys.stderr, flush=True)
    from cxdesigner.locking import holding

    with holding(out):  # --force never replaces a project an editor has open
        ProjectStore.create(out, journey).close()
    print(f"created {out} from {source.name}")
    return 0
