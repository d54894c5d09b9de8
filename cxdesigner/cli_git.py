"""The verbs that let git diff and merge maps: ``diff``, ``textconv``, ``merge`` and ``git-setup``.

A map given to them is a project file (``.cxd``), a JSON export, or a snapshot inside a file
(``FILE@LABEL``, the label or the id of the snapshot); git hands its temporary copies over without the
suffix, so the kind is told from the first bytes. ``diff`` prints the revision comparison the Revisions
panel and the report use (``domain.revisions.compare``: measured emotions, feedback, measured values,
statuses, barriers, improvements, in the newer map's language), then every entity that differs field by
field; it exits like diff(1): 0 when the maps are the same, 1 when they differ, 2 on trouble.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cxdesigner.cli_failure import fail

if TYPE_CHECKING:
    from cxdesigner.domain.journey import JourneyMap

SQLITE_MAGIC = b"SQLite format 3\x00"


class Unreadable(Exception):
    """A map argument cannot be read; the message is the one line to print."""


def _read_file(path: Path) -> JourneyMap:
    from cxdesigner.io import json_format
    from cxdesigner.io.errors import FormatError
    from cxdesigner.io.files import open_input, read_input
    from cxdesigner.storage.store import ProjectStore

    try:
        with open_input(path) as fh:
            head = fh.read(len(SQLITE_MAGIC))
        data = b"" if head == SQLITE_MAGIC else read_input(path)
    except FileNotFoundError:
        raise Unreadable(f"{path} does not exist. Check the name.") from None
    except IsADirectoryError:
        raise Unreadable(f"{path} is a folder, not a map.") from None
    except OSError as exc:
        raise Unreadable(f"{path} cannot be read ({exc.strerror or exc}).") from None
    if head == SQLITE_MAGIC:
        store, journey = ProjectStore.open_file(path, read_only=True)
        store.close()
        return journey
    try:
        return json_format.loads(data)
    except FormatError as exc:
        raise Unreadable(f"{path.name} is neither a project nor a map in JSON ({exc}).") from None


def read_map(spec: str) -> JourneyMap:
    """The map a command-line argument names: ``FILE`` or ``FILE@SNAPSHOT``."""
    path = Path(spec)
    if path.exists() or "@" not in spec:
        return _read_file(path)
    name, _, label = spec.rpartition("@")
    return snapshot_map(_read_file(Path(name)), label, name)


def snapshot_map(journey: JourneyMap, label: str, name: str) -> JourneyMap:
    """The map a snapshot (by label, or by id) of ``journey`` holds."""
    from cxdesigner.domain.snapshot import Snapshot
    from cxdesigner.io import snapshots
    from cxdesigner.io.errors import FormatError

    found = [s for s in journey.all(Snapshot) if label in (s.label, s.id)]
    if not found:
        known = ", ".join(f"“{s.label}”" for s in journey.all(Snapshot)) or "none"
        raise Unreadable(f"{name} has no snapshot “{label}” (its snapshots: {known}).")
    if len(found) > 1:
        raise Unreadable(f"{name} has {len(found)} snapshots labelled “{label}”; name one by its id.")
    try:
        return snapshots.from_payload(found[0].payload)
    except FormatError as exc:
        raise Unreadable(f"{name}: the snapshot “{label}” cannot be read ({exc}).") from None


# ----------------------------------------------------------------------- diff
def configure_diff(p: argparse.ArgumentParser) -> None:
    p.add_argument("old", help="the older map: FILE.cxd, FILE.json or FILE@SNAPSHOT")
    p.add_argument("new", help="the newer map, likewise")
    p.add_argument("--json", action="store_true", help="print the comparison and the differences as JSON")


def run_diff(ns: argparse.Namespace) -> int:
    from cxdesigner.cli import print_json
    from cxdesigner.domain import comparison_words
    from cxdesigner.domain.revisions import compare, differences
    from cxdesigner.io import change_text

    try:
        old, new = read_map(ns.old), read_map(ns.new)
    except Unreadable as exc:
        return fail(str(exc))
    diffs, result = differences(old, new), compare(old, new)
    if ns.json:
        print_json(
            {
                "comparison": comparison_words.as_json(result, old, new),
                "differences": change_text.as_json(old, new, diffs),
            }
        )
    else:
        summary = comparison_words.text_lines(result, old, new)
        for text in [*summary, *([""] if summary and diffs else []), *change_text.lines(old, new, diffs)]:
            print(text)
    return 1 if diffs else 0


# ------------------------------------------------------------------- textconv
def configure_textconv(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the map (FILE.cxd, FILE.json or FILE@SNAPSHOT) to print as canonical JSON")


def run_textconv(ns: argparse.Namespace) -> int:
    from cxdesigner.io import json_format

    try:
        journey = read_map(ns.file)
    except Unreadable as exc:
        return fail(str(exc))
    sys.stdout.write(json_format.dumps(journey))
    return 0


# ------------------------------------------------------------------ git-setup
ATTRIBUTES = "*.cxd diff=cxd merge=cxd"


def command_line() -> str:
    """How git should call this very cxdesigner: the frozen application, or this Python with ``-m``."""
    if getattr(sys, "frozen", False):
        return shlex.quote(sys.executable)
    return f"{shlex.quote(sys.executable)} -m cxdesigner"


def git_settings() -> dict[str, str]:
    """The repository's git config entries for maps, by key."""
    cmd = command_line()
    return {
        "diff.cxd.textconv": f"{cmd} textconv",
        "merge.cxd.name": "CX Designer map merge",
        "merge.cxd.driver": f"{cmd} merge %O %A %B",
    }


def configure_git_setup(p: argparse.ArgumentParser) -> None:
    p.add_argument("repo", nargs="?", default=".", help="a folder inside the git repository (default: here)")


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)


def run_git_setup(ns: argparse.Namespace) -> int:
    from cxdesigner.io.files import write_bytes_atomic

    repo = Path(ns.repo)
    if not repo.is_dir():
        return fail(f"{repo} is not a folder.")
    try:
        top = _git(repo, "rev-parse", "--show-toplevel")
    except FileNotFoundError:
        return fail("git is not installed; install it first (e.g. apt-get install git).")
    if top.returncode != 0:
        return fail(f"{repo} is not inside a git repository; run 'git init' there first.")
    root = Path(top.stdout.strip())
    attributes = root / ".gitattributes"
    try:
        text = attributes.read_text(encoding="utf-8") if attributes.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        return fail(f"{attributes} cannot be read ({exc}).")
    if ATTRIBUTES in (line.strip() for line in text.splitlines()):
        print(f"{attributes} already has: {ATTRIBUTES}")
    else:
        text = text + ("" if not text or text.endswith("\n") else "\n") + ATTRIBUTES + "\n"
        try:
            write_bytes_atomic(attributes, text.encode("utf-8"))
        except OSError as exc:
            return fail(f"{attributes} could not be written ({exc.strerror or exc}).")
        print(f"wrote to {attributes}: {ATTRIBUTES}")
    for key, value in git_settings().items():
        done = _git(root, "config", "--local", key, value)
        if done.returncode != 0:
            return fail(f"git config {key} failed: {done.stderr.strip() or done.returncode}")
        print(f"git config {key} {shlex.quote(value)}")
    return 0


# ---------------------------------------------------------------------- merge
def configure_merge(p: argparse.ArgumentParser) -> None:
    p.add_argument("base", help="the common ancestor (git's %%O); an empty file means none")
    p.add_argument("ours", help="our version (git's %%A); the result is written here unless --output is given")
    p.add_argument("theirs", help="their version (git's %%B)")
    p.add_argument("-o", "--output", type=Path, help="write the merged map here instead (.cxd, or .json)")


def _read_base(spec: str, ours: JourneyMap) -> JourneyMap:
    from cxdesigner.domain.entities import MapInfo
    from cxdesigner.domain.journey import JourneyMap

    path = Path(spec)
    if path.is_file() and path.stat().st_size == 0:  # git's base when both sides added the file
        return JourneyMap(MapInfo(id=ours.info.id))
    return read_map(spec)


def _is_project(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def write_map(path: Path, journey: JourneyMap, as_project: bool) -> None:
    """Write a map whole (a project file, or canonical JSON) and check it reads back as any file we open."""
    import sqlite3

    from cxdesigner.io import json_format
    from cxdesigner.io.files import write_bytes_atomic
    from cxdesigner.storage.store import ProjectStore, write_new_file

    if not as_project:
        write_bytes_atomic(path, json_format.dumps(journey).encode("utf-8"))
        json_format.loads(path.read_bytes())
        return
    write_new_file(path, journey)
    store, _again = ProjectStore.open_file(path, read_only=True)
    store.close()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        (verdict,) = conn.execute("PRAGMA integrity_check").fetchone()
    conn.close()
    if verdict != "ok":
        raise Unreadable(f"{path.name}: the merged file failed SQLite's integrity check ({verdict}).")


def run_merge(ns: argparse.Namespace) -> int:
    from cxdesigner.domain.merge import merge
    from cxdesigner.io import conflict_text, merge_record

    try:
        ours = read_map(ns.ours)
        theirs = read_map(ns.theirs)
        base = _read_base(ns.base, ours)
    except Unreadable as exc:
        return fail(str(exc))
    result = merge(base, ours, theirs)
    if result.conflicts:  # theirs and the ancestor go into the file, so the editor can resolve them
        merge_record.record(result.journey, base, theirs)
    out = ns.output or Path(ns.ours)
    as_project = _is_project(Path(ns.ours)) if ns.output is None else out.suffix.lower() != ".json"
    try:
        write_map(out, result.journey, as_project)
    except Unreadable as exc:
        return fail(str(exc))
    for line in conflict_text.lines(result, ours, theirs):
        print(line)
    return 1 if result.conflicts else 0
