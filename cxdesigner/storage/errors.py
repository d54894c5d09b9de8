"""The fixed set of one-line messages a user sees when a project file cannot be used.

Every failure to open, read or write a project ends in a ``ProjectFileError`` whose ``message`` says
what happened and what to do, in words a user understands; no traceback ever reaches them. Its
``cli_message`` says the same without advice the command line cannot follow (Save As). A file that
opens with a reservation (newer, not upgraded, not writable) carries one of these lines as its notice.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class Problem(StrEnum):
    """What went wrong with a project file."""

    NOT_FOUND = "not_found"
    IS_DIRECTORY = "is_directory"
    NO_PERMISSION = "no_permission"
    NOT_SQLITE = "not_sqlite"
    NOT_PROJECT = "not_project"
    UNSAFE = "unsafe"
    DAMAGED = "damaged"
    NEWER = "newer"
    TOO_NEW = "too_new"
    NOT_UPGRADED = "not_upgraded"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    GONE = "gone"
    IO = "io"
    NOT_WRITTEN = "not_written"


MESSAGES: dict[Problem, str] = {
    Problem.NOT_FOUND: "The file {name} does not exist. Check the name or choose another file.",
    Problem.IS_DIRECTORY: "{name} is a folder, not a project file. Choose a .cxd file.",
    Problem.NO_PERMISSION: "You may not read {name}. Check the file's permissions.",
    Problem.NOT_SQLITE: "{name} is not a CX Designer project. Choose a .cxd file.",
    Problem.NOT_PROJECT: "{name} is a database, but not a CX Designer project. Choose a .cxd file.",
    Problem.UNSAFE: "{name} contains objects a project never has, so it was not opened. Ask for a clean copy.",
    Problem.DAMAGED: "{name} is damaged and cannot be opened. Restore it from a backup.",
    Problem.NEWER: "{name} was made by a newer CX Designer; it opens read-only. Update CX Designer to edit it.",
    Problem.TOO_NEW: "{name} was made by a newer CX Designer that this one cannot read. Update CX Designer to open it.",
    Problem.NOT_UPGRADED: "{name} could not be upgraded ({detail}), so it opens read-only. Use Save As to keep a copy.",
    Problem.DISK_FULL: "The disk is full, so the last change was not written to {name}. Free space or use Save As.",
    Problem.READ_ONLY: "{name} cannot be written. Use Save As to keep your changes elsewhere.",
    Problem.GONE: "{name} was moved or deleted while open. Use Save As to keep your changes.",
    Problem.IO: "{name} could not be written ({detail}). Use Save As to keep your changes elsewhere.",
    Problem.NOT_WRITTEN: "{name} could not be written ({detail}); nothing was changed.",
}

CLI_MESSAGES: dict[Problem, str] = {
    Problem.NOT_UPGRADED: "{name} could not be upgraded ({detail}), so it is only read.",
    Problem.DISK_FULL: "The disk is full, so the change was not written to {name}. Free space and run it again.",
    Problem.READ_ONLY: "{name} cannot be written. Check the permissions of the file and its folder.",
    Problem.GONE: "{name} was moved or deleted while it was being written. Nothing was written to it.",
    Problem.IO: "{name} could not be written ({detail}).",
}
"""The command line has no Save As: where the editor's advice is to use it, the command line says this."""


class ProjectFileError(Exception):
    """A project file could not be used; ``message`` is the one line to show the user."""

    def __init__(self, problem: Problem, name: str, detail: str = "") -> None:
        self.problem = problem
        self.name = name
        self.detail = detail
        words = {"name": name, "detail": detail or problem.value}
        self.message = MESSAGES[problem].format(**words)
        self.cli_message = CLI_MESSAGES.get(problem, MESSAGES[problem]).format(**words)
        super().__init__(self.message)


class ProjectLocked(Exception):
    """Another editor holds the project's lock; ``holder`` says who, ``pid``/``hostname``/``app`` in parts."""

    def __init__(self, path: Path, holder: str, pid: int = 0, hostname: str = "", app: str = "") -> None:
        self.path = path
        self.holder = holder
        self.pid = pid
        self.hostname = hostname
        self.app = app
        super().__init__(f"{path.name} is open in {holder}. Open it read-only or work on a copy.")
