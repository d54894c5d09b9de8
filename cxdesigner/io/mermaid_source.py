"""What Mermaid does to a diagram's text before its grammar reads it, with the line numbers kept.

Mermaid (``mermaid.ts`` and ``preprocess.ts``) removes the text's common indentation and the blank lines
around it, then a YAML front matter block (``---`` … ``---``, whose ``title`` becomes the diagram's title),
every ``%%{…}%%`` directive (also one spread over lines) and every ``%%`` comment line; the journey grammar's
lexer (``journey.jison``) then skips, as comments, a line that starts with ``%`` (not ``%{``) or with one
character and ``%%``. Here those parts are blanked out instead of cut, so that an error still names the line
the user sees in their file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cxdesigner.io.errors import FormatError, at_line

# Mermaid's own pattern for directives (diagram-api/regexes.ts), unclosed ones included.
_DIRECTIVE = re.compile(
    r"%{2}\{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!\}%{2}).|\r?\n)*))?\s*(?:\}%{2})?", re.IGNORECASE
)

# The journey lexer's two comment rules, where a statement starts: "%" not before "{", or "x%%" (x not "}").
_COMMENT = re.compile(r"%(?!\{)|[^}]%%")


@dataclass(frozen=True)
class Source:
    """The diagram's lines (``lines[0]`` is line 1) with what Mermaid ignores blanked, and the front matter's title."""

    lines: list[str]
    title: str


def clean(text: str) -> Source:
    """Blank out front matter, directives and comment lines, as Mermaid skips them."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) > 1 and not lines[-1]:
        lines.pop()  # the end of the last line, not a line of its own
    title = _front_matter(lines)
    body = _DIRECTIVE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), "\n".join(lines))
    lines = ["" if _COMMENT.match(line.lstrip()) else line for line in body.split("\n")]
    return Source(lines, title)


def _front_matter(lines: list[str]) -> str:
    """Blank a front matter block at the start (after blank lines, at any indentation); return its title."""
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None or lines[start].strip() != "---":
        return ""
    indent = len(lines[start]) - len(lines[start].lstrip())
    title = ""
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if line.strip() == "---":
            for j in range(start, i + 1):
                lines[j] = ""
            return title
        key, sep, value = line.partition(":")
        # Only a key at the block's own indentation is the diagram's title (config: may hold other titles).
        if sep and key.strip() == "title" and len(key) - len(key.lstrip()) <= indent:
            title = _yaml_scalar(value)
    raise FormatError(at_line(start + 1), 'the front matter that starts with "---" never ends')


def _yaml_scalar(value: str) -> str:
    """A one-line YAML scalar: quotes removed ('' and \\" unescaped), a trailing comment dropped."""
    value = value.strip()
    if value[:1] == "'" and value.endswith("'") and len(value) > 1:
        return value[1:-1].replace("''", "'")
    if value[:1] == '"' and value.endswith('"') and len(value) > 1:
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return re.sub(r"\s+#.*$", "", value)
