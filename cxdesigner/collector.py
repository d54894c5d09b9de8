"""Pausing Python's cyclic garbage collector: while a map's many long-lived objects are made, and while a
worker thread runs Python beside the window.

Reading a map and building its scene make tens of thousands of objects that live as long as the window and
form no garbage cycles, so each collection meanwhile would only walk the growing heap again (at 3,000 cards
the scene's build took about 40 % longer with the collector running). Reference counting still frees
everything as usual; cycles made meanwhile wait for the next collection after the pause.

A collection can start in whichever thread allocates, and it frees every unreachable cycle, Qt objects of
the window's thread included (a closed dialog, an old scene). Freed from a worker thread (the analysis, an
export), such an object left a queued call aimed at freed memory, and the process crashed. So a worker
thread runs with the collector paused (``workers.held_while_running``), from the window's thread before it
starts until after it has ended. Pauses nest: the collector runs again when the last one ends, if it ran before.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_pauses = 0
_was_enabled = True


def hold() -> None:
    """Pause the collector until the matching ``release`` (calls nest)."""
    global _pauses, _was_enabled
    if _pauses == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _pauses += 1


def release() -> None:
    """End one ``hold``; the last one lets the collector run again if it ran before the first."""
    global _pauses
    _pauses = max(0, _pauses - 1)
    if _pauses == 0 and _was_enabled:
        gc.enable()


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block (or the decorated function)."""
    hold()
    try:
        yield
    finally:
        release()

