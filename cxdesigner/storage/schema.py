"""A project file's schema as SQLite understands it, not as the text that created it.

sqlite-utils words the same tables differently from one version to the next (3.x writes ``[x]`` and
``FLOAT``, 4.x ``"x"`` and ``REAL``), so two files with identical tables differ in ``sqlite_master``'s
text. ``shape`` describes what SQLite itself reads from the schema, through ``PRAGMA table_xinfo``,
``foreign_key_list``, ``index_list`` and ``index_xinfo``: every entry of ``sqlite_master`` (type, name,
table), each table's columns in order (name, type affinity, NOT NULL, default, place in the primary key,
hidden or generated), its foreign keys, and each index (unique, origin, partial; its columns in order
with direction and collation). Declared types are compared by affinity, the five rules of SQLite's
"Datatypes" page: FLOAT and REAL (or TEXT and VARCHAR) store values in exactly the same way, TEXT and
INTEGER do not. What the pragmas cannot show (CHECK, a column's COLLATE, ON CONFLICT, AUTOINCREMENT,
WITHOUT ROWID, STRICT) is caught by ``unexplained_words``: each CREATE statement may hold only the
keywords our migrations use, the names and declared types the pragmas already reported, and numbers.
"""

from __future__ import annotations

import re
import sqlite3

Fact = tuple[object, ...]
Shape = frozenset[Fact]

# The keywords of every CREATE statement sqlite-utils writes for our tables and indexes.
KEYWORDS = frozenset({"CREATE", "TABLE", "INDEX", "UNIQUE", "ON", "PRIMARY", "KEY", "NOT", "NULL", "DEFAULT"})
_TOKEN = re.compile(
    r"""(?P<skip>\s+|"(?:[^"]|"")*"|\[[^\]]*\]|`(?:[^`]|``)*`|'(?:[^']|'')*'|--[^\n]*|/\*.*?\*/)"""
    r"""|(?P<word>[A-Za-z_][A-Za-z0-9_$]*)|(?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)|(?P<punct>[(),;+-])""",
    re.DOTALL,
)


def affinity(declared: str) -> str:
    """The type affinity SQLite gives a column declared ``declared`` (rules applied in this order)."""
    word = declared.upper()
    if "INT" in word:
        return "INTEGER"
    if any(part in word for part in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in word or not word.strip():
        return "BLOB"
    if any(part in word for part in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def master_rows(conn: sqlite3.Connection) -> list[tuple[str, str, str, str | None]]:
    """The file's whole sqlite_master: type, name, table and SQL text of every entry."""
    return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()


def shape(conn: sqlite3.Connection) -> Shape:
    """Every fact SQLite's pragmas give about the schema (call only once views and triggers are refused)."""
    facts: set[Fact] = set()
    for kind, name, table, _sql in master_rows(conn):
        facts.add(("entry", kind, name, table))
        if kind == "table":
            facts.update(_table_facts(conn, name))
    return frozenset(facts)


def _table_facts(conn: sqlite3.Connection, table: str) -> list[Fact]:
    facts: list[Fact] = []
    for cid, name, declared, notnull, default, pk, hidden in conn.execute(
        'SELECT cid, name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)', (table,)
    ):
        facts.append(("column", table, cid, name, affinity(declared), notnull, default, pk, hidden))
    for row in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", (table,)):
        facts.append(("foreign key", table, *row))
    for index, unique, origin, partial in conn.execute(
        'SELECT name, "unique", origin, partial FROM pragma_index_list(?)', (table,)
    ):
        facts.append(("index", table, index, unique, origin, partial))
        for row in conn.execute("SELECT * FROM pragma_index_xinfo(?)", (index,)):
            facts.append(("index column", index, *row))
    return facts


def declared_words(conn: sqlite3.Connection) -> frozenset[str]:
    """The words of every declared column type, upper-cased (``VARCHAR(20)`` gives ``VARCHAR``)."""
    words: set[str] = set()
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for (declared,) in conn.execute("SELECT type FROM pragma_table_xinfo(?)", (table,)):
            words.update(re.findall(r"[A-Za-z_][A-Za-z0-9_$]*", declared.upper()))
    return frozenset(words)


def unexplained_words(conn: sqlite3.Connection) -> list[str]:
    """Words of the CREATE statements that neither our keywords nor the pragmas account for.

    Quoted names and string literals are skipped (the pragmas report what they mean); a bare name is
    fine when it is one of the file's tables, columns or indexes.
    """
    names = {str(n).upper() for (n,) in conn.execute("SELECT name FROM sqlite_master")}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        names.update(str(n).upper() for (n,) in conn.execute("SELECT name FROM pragma_table_xinfo(?)", (table,)))
    allowed = KEYWORDS | declared_words(conn) | names
    found: list[str] = []
    for _kind, _name, _table, sql in master_rows(conn):
        found.extend(word for word in _words(sql or "") if word not in allowed)
    return found


def _words(sql: str) -> list[str]:
    """The bare words of ``sql``; anything the tokenizer does not know counts as a word of its own."""
    words: list[str] = []
    position = 0
    while position < len(sql):
        match = _TOKEN.match(sql, position)
        if match is None:
            words.append(sql[position])
            position += 1
            continue
        if match.group("word"):
            words.append(match.group("word").upper())
        position = match.end()
    return words
