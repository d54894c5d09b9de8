"""Keep the translation files in step with the code: extract the messages, merge them into the .ts, build the .qm.

    python packaging/translations.py update    # add new messages to resources/translations/*.ts, drop gone ones
    python packaging/translations.py release   # compile every .ts into its .qm with pyside6-lrelease
    python packaging/translations.py check     # exit 1 when a .ts misses a message, has an untranslated one,
                                               # or its .qm is not the compiled .ts (the test suite runs this)

Why not pyside6-lupdate alone: it sees ``self.tr(...)``, ``QCoreApplication.translate(...)`` and
``QT_TRANSLATE_NOOP(...)``, but not our module helpers (``def _tr(text): return
QCoreApplication.translate("MainWindow", text)``), and it files a nested ``tr("…")`` helper under an empty
context, so a third of the interface would stay English. This script reads the code with ``ast`` and knows
those helpers: a function whose body returns ``<anything>.translate("Context", <its parameter>)`` makes every
call of it in its scope a message of that context. ``self.tr`` and ``QT_TR_NOOP`` use the enclosing class.

The .ts keeps file names but no line numbers, so moving code does not change it; messages are sorted by
context, then by first appearance. Translate new messages in the .ts (any text editor, or pyside6-linguist),
then run ``release``.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "cxdesigner"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "en")
FORMS = {"ru": 3, "en": 2}  # plural forms Qt expects for the language
# English is the source language, so its .ts holds only the plural forms: Qt cannot make "1 path" and
# "2 paths" from a "%n paths" source, and without them the window said "1 exits".
PLURALS_ONLY = {"en"}


def messages_for(language: str, messages: list[Message]) -> list[Message]:
    """The messages a language's .ts holds: all of them, or only the plural ones for the source language."""
    return [m for m in messages if m.numerus] if language in PLURALS_ONLY else messages


@dataclass
class Message:
    """One translatable text in one context."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    files: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


# ----------------------------------------------------------------- extracting
def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helper_context(func: ast.FunctionDef) -> str | None:
    """The context of a ``def _tr(text): return X.translate("Context", text)`` helper, else None."""
    params = [a.arg for a in func.args.args]
    body = [s for s in func.body if not (isinstance(s, ast.Expr) and _text(s.value) is not None)]
    if not params or len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "translate"):
        return None
    if len(call.args) < 2 or not isinstance(call.args[1], ast.Name) or call.args[1].id != params[0]:
        return None
    return _text(call.args[0])


class _Extractor(ast.NodeVisitor):
    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.found: list[Message] = []
        self.classes: list[str] = []
        self.scopes: list[dict[str, str]] = [{}]

    def _scope_helpers(self, body: list[ast.stmt]) -> dict[str, str]:
        helpers = {}
        for stmt in body:
            if isinstance(stmt, ast.FunctionDef) and (ctx := _helper_context(stmt)) is not None:
                helpers[stmt.name] = ctx
        return helpers

    def visit_Module(self, node: ast.Module) -> None:  # noqa: N802 - ast visitor
        self.scopes = [self._scope_helpers(node.body)]
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast visitor
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast visitor
        self.scopes.append(self._scope_helpers(node.body))
        self.generic_visit(node)
        self.scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815 - ast visitor

    def _add(self, context: str | None, args: list[ast.expr], text_at: int, comment_at: int, n_at: int) -> None:
        source = _text(args[text_at]) if len(args) > text_at else None
        if context is None or not source:
            return
        comment = (_text(args[comment_at]) or "") if 0 <= comment_at < len(args) else ""
        self.found.append(Message(context, source, comment, 0 <= n_at < len(args), [self.filename]))

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast visitor
        func, args = node.func, list(node.args)
        args += [k.value for k in node.keywords if k.arg == "n"]  # tr(text, n=...) counts as numerus
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        current_class = self.classes[-1] if self.classes else None
        if name == "translate" and isinstance(func, ast.Attribute):
            self._add(_text(args[0]) if args else None, args, 1, 2, 3)
        elif name == "tr" and isinstance(func, ast.Attribute):
            self._add(current_class, args, 0, 1, 2)
        elif name in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"):
            self._add(_text(args[0]) if args else None, args, 1, 2, -1)
        elif name == "QT_TR_NOOP":
            self._add(current_class, args, 0, -1, -1)
        elif isinstance(func, ast.Name):
            helper = next((s[func.id] for s in reversed(self.scopes) if func.id in s), None)
            self._add(helper, args, 0, -1, 1)
        self.generic_visit(node)


def extract(sources: Path = SOURCES) -> list[Message]:
    """Every message of the code under ``sources``, merged by (context, source, comment)."""
    merged: dict[tuple[str, str, str], Message] = {}
    for path in sorted(sources.rglob("*.py")):
        extractor = _Extractor(path.relative_to(sources.parent).as_posix())
        extractor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for message in extractor.found:
            known = merged.setdefault(message.key, message)
            if known is not message:
                known.numerus = known.numerus or message.numerus
                known.files += [f for f in message.files if f not in known.files]
    return list(merged.values())


# ----------------------------------------------------------------- .ts files
@dataclass
class Translation:
    """What a .ts holds for one message."""

    text: str = ""
    forms: list[str] = field(default_factory=list)
    finished: bool = False


def read_ts(path: Path) -> dict[tuple[str, str, str], Translation]:
    """The translations in a .ts file, by (context, source, comment)."""
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if node is None:
                out[key] = Translation()
                continue
            forms = [f.text or "" for f in node.iter("numerusform")]
            finished = node.get("type") not in ("unfinished", "obsolete", "vanished")
            out[key] = Translation(node.text or "" if not forms else "", forms, finished)
    return out


def write_ts(path: Path, language: str, messages: list[Message], old: dict) -> None:
    """Write the .ts: every message with its old translation, or an empty unfinished one."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in by_context[name]:
            node = ET.SubElement(context, "message", numerus="yes") if message.numerus else None
            node = node if node is not None else ET.SubElement(context, "message")
            for filename in message.files:
                ET.SubElement(node, "location", filename=f"../../{filename}")
            ET.SubElement(node, "source").text = message.source
            if message.comment:
                ET.SubElement(node, "comment").text = message.comment
            known: Translation = old.get(message.key, Translation())
            translation = ET.SubElement(node, "translation")
            if not known.finished:
                translation.set("type", "unfinished")
            if message.numerus:
                forms = (known.forms or [known.text] * bool(known.text)) + [""] * FORMS.get(language, 2)
                for form in forms[: FORMS.get(language, 2)]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = known.text or (known.forms[0] if known.forms else "")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def ts_path(language: str) -> Path:
    return FOLDER / f"cxdesigner_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"cxdesigner_{language}.qm"


def lrelease() -> str:
    """The lrelease command (PySide6 ships it as pyside6-lrelease)."""
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    if not Path(found).exists():
        raise SystemExit("pyside6-lrelease was not found; install PySide6-Essentials")
    return found


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


# ----------------------------------------------------------------- commands
def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    messages = extract()
    for language in LANGUAGES:
        path = ts_path(language)
        old = read_ts(path)
        wanted = messages_for(language, messages)
        write_ts(path, language, wanted, old)
        new = [m for m in wanted if not old.get(m.key, Translation()).finished]
        print(f"{path.relative_to(ROOT)}: {len(wanted)} messages, {len(new)} to translate")


def release() -> None:
    for language in LANGUAGES:
        compile_ts(ts_path(language), qm_path(language))
        print(f"{qm_path(language).relative_to(ROOT)} built")


_PLACEHOLDER = re.compile(r"%(?:n|L?\d)|\{[A-Za-z_]\w*\}")


def placeholders(text: str) -> list[str]:
    """The %1, %n and {name} placeholders of a text, sorted."""
    return sorted(_PLACEHOLDER.findall(text))


def problems() -> list[str]:
    """What is out of step: missing or untranslated messages, lost placeholders, and a stale .qm."""
    found: list[str] = []
    every = extract()
    for language in LANGUAGES:
        messages = messages_for(language, every)
        ts = read_ts(ts_path(language))
        name = ts_path(language).relative_to(ROOT)
        missing = [m for m in messages if m.key not in ts]
        untranslated = [m for m in messages if m.key in ts and not ts[m.key].finished]
        for m in missing[:10]:
            found.append(f"{name}: missing [{m.context}] {m.source!r} (run: python packaging/translations.py update)")
        for m in untranslated[:10]:
            found.append(f"{name}: not translated [{m.context}] {m.source!r}")
        for m in messages:
            known = ts.get(m.key)
            texts = (known.forms or [known.text]) if known and known.finished else []
            if any(placeholders(t) != placeholders(m.source) for t in texts):
                found.append(f"{name}: the translation of [{m.context}] {m.source!r} changes its placeholders")
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh.qm"
            compile_ts(ts_path(language), fresh)
            if not qm_path(language).exists() or fresh.read_bytes() != qm_path(language).read_bytes():
                found.append(f"{qm_path(language).relative_to(ROOT)} is not the compiled .ts (run: ... release)")
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        found = problems()
        print("\n".join(found) or "translations are up to date")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
