"""Which text encoding a spreadsheet's CSV file is in, decided or refused, never guessed silently.

In order: a byte-order mark (UTF-8, UTF-16) says it; bytes that are valid UTF-8 are UTF-8; then
Windows-1251 when that reading is clearly Russian (every letter Russian or typographic punctuation, no word
mixing Latin and Cyrillic letters, lower case the rule, and the six commonest Russian letters as common as
in real Russian; KOI8-R read as Windows-1251 has its case swapped and other letters commonest). Otherwise
charset-normalizer chooses among the code pages spreadsheets write on Western and Russian Windows and old
DOS and Unix systems (``CANDIDATES``), readings that mix Latin and Cyrillic letters in a word ruled out.
When two readings that give different text are equally good, or none fits, the file is refused with one
line naming the encodings tried; the user then chooses one (``ENCODINGS``). The frequency and case tests are
written by hand because charset-normalizer cannot judge the short texts a CSV cell holds (it reads a
three-line KOI8-R file as Shift-JIS, and "Café Größe naïve" as Windows-1250).
"""

from __future__ import annotations

import re

# What the import dialogs offer: Python codec name -> the name users know.
ENCODINGS: dict[str, str] = {
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "cp1251": "Windows-1251",
    "cp1252": "Windows-1252",
    "koi8_r": "KOI8-R",
    "cp866": "CP866 (DOS)",
}
CANDIDATES = ["cp1251", "cp1252", "koi8_r", "cp866"]
_RUSSIAN = re.compile(r"[А-яЁё]")
_RUSSIAN_LOWER = re.compile(r"[а-яё]")
_FOREIGN = re.compile("[^\x00-\x7fА-яЁё\u00a0«»„“”‘’‚–—…№•°±§©®™€]")  # beyond Russian letters and typography
_MIXED = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[А-яЁё])\w+")  # a word of Latin and Cyrillic letters
_COMMONEST = re.compile("[оеаинтОЕАИНТ]")  # about 48% of the letters of Russian text
MIN_LETTERS = 30  # fewer letters say too little about the frequencies
SAMPLE = 100_000  # characters enough to judge the frequencies


class EncodingError(ValueError):
    """The bytes are not text in the chosen encoding, or no encoding can be decided (one-line message)."""


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the codec's name; ``encoding`` None decides it. Raises ``EncodingError``."""
    if encoding:
        return _strict(data, encoding), encoding
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        text = ""
    if text and clearly_russian(text):
        return text, "cp1251"
    return _normalizer(data)


def _strict(data: bytes, encoding: str) -> str:
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        name = ENCODINGS.get(encoding, encoding)
        raise EncodingError(f"The file is not {name} text (byte {exc.start + 1}); choose another encoding.") from None


def clearly_russian(text: str) -> bool:
    """Whether ``text`` reads as Russian: only Russian letters and typography beyond ASCII, in honest case."""
    if _FOREIGN.search(text) or _MIXED.search(text):
        return False
    sample = text[:SAMPLE]
    letters = len(_RUSSIAN.findall(sample))
    if letters < MIN_LETTERS:
        return False
    lower = len(_RUSSIAN_LOWER.findall(sample))
    common = len(_COMMONEST.findall(sample))
    return lower * 2 > letters and common * 100 > letters * 35


def _normalizer(data: bytes) -> tuple[str, str]:
    """charset-normalizer's choice among the candidates, or a refusal when it cannot decide."""
    from charset_normalizer import from_bytes  # imported when needed: it takes a while to load

    matches = [m for m in from_bytes(data, cp_isolation=CANDIDATES) if m.encoding in CANDIDATES]
    clean = [m for m in matches if not _MIXED.search(str(m))]
    matches = clean or matches
    if matches:
        best = matches[0]
        rivals = {str(m) for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)}
        if len(rivals) == 1:
            return str(best), best.encoding
    tried = ", ".join(ENCODINGS[name] for name in ("utf-8", "utf-16", *CANDIDATES))
    raise EncodingError(f"Cannot tell the file's encoding (tried {tried}); choose the encoding and try again.")
