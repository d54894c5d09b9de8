"""Reading PDFs back for the export tests: qpdf, pdffonts, pdftotext and pypdf."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader

BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def qpdf_check(path: Path) -> str:
    """qpdf's verdict; fails the test when qpdf finds an error."""
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout


def fonts(path: Path) -> list[tuple[str, str, str]]:
    """(name, type, embedded yes/no) of every font pdffonts lists."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type...] encoding emb sub uni object ID
        rows.append((parts[0], parts[1], parts[-5]))
    return rows


def text(
    path: Path,
    first: int | None = None,
    last: int | None = None,
    raw: bool = False,
    crop: tuple[float, float, float, float] | None = None,
) -> str:
    """pdftotext's text of the pages ``first`` to ``last`` (1-based), bidi marks removed.

    ``crop`` (x, y from the top-left, width, height in points) reads only that part of the page:
    pdftotext stops reading characters smaller than 3 points after the first 50,000 on a page, which a
    3,000-card map fitted onto one sheet exceeds.
    """
    args = ["pdftotext", "-enc", "UTF-8"]
    if raw:
        args.append("-raw")
    if crop is not None:
        args += [
            "-x",
            str(int(crop[0])),
            "-y",
            str(int(crop[1])),
            "-W",
            str(int(crop[2]) + 1),
            "-H",
            str(int(crop[3]) + 1),
        ]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, check=True).stdout.decode("utf-8")
    return out.translate(BIDI_MARKS)


def squeeze(value: str) -> str:
    """Text compared the way a reader would: NFC, every run of white space one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """Every page's media box size in points."""
    reader = PdfReader(str(path))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def metadata(path: Path) -> dict[str, str]:
    reader = PdfReader(str(path))
    return {k: str(v) for k, v in (reader.metadata or {}).items()}


def report_body(path: Path, title: str, day: str) -> str:
    """A report's text without the footer of each page (title, "Page N of M", date), so that a paragraph
    running over a page break reads as one."""
    pages = text(path).split("\f")
    out = []
    for page in pages:
        lines = [line for line in page.splitlines() if line.strip()]
        footer = {title.strip(), day}
        lines = [
            ln
            for ln in lines
            if ln.strip() not in footer and not re.fullmatch(r"(Page|Страница) \d+ (of|из) \d+", ln.strip())
        ]
        out.append("\n".join(lines))
    return "\n".join(out)
