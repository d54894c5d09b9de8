"""The merge metric: ``cxdesigner merge`` of two edited copies of a generated map, as git's driver runs it.

Subject: the verb in process on three project files (read base, ours and theirs with every open check,
merge by id and field, write the merged file whole and read it back with the same checks and
``integrity_check``). Baseline (issue 17): loading both sides' canonical JSON files into maps.
Each side retitles and re-owns its own tenth of the cards and adds cards of its own.
"""

from __future__ import annotations

import dataclasses
import time
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

from cxdesigner.cli import main
from cxdesigner.domain.entities import Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.io import json_format
from cxdesigner.storage.store import ProjectStore, write_new_file
from tests.bench.stats import Samples, interleave


def _edited(journey: JourneyMap, cards: list[Touchpoint], tag: str) -> JourneyMap:
    side = json_format.loads(json_format.dumps(journey))
    for card in cards:
        side.update(Touchpoint, card.id, title=f"{card.title} ({tag})", owner=tag)
    for card in cards[:: max(1, len(cards) // 20)]:
        side.add(dataclasses.replace(card, id=new_id(), title=f"New {tag}", order=card.order + 0.5))
    return side


def sides(path: Path, scratch: Path) -> tuple[Path, Path, Path, Path, Path]:
    """Base, ours and theirs as project files, and ours and theirs as JSON files."""
    store, base = ProjectStore.open_file(path, read_only=True)
    store.close()
    cards = sorted(base.touchpoints(), key=lambda t: t.id)
    tenth = max(1, len(cards) // 10)
    ours, theirs = _edited(base, cards[:tenth], "ours"), _edited(base, cards[tenth : 2 * tenth], "theirs")
    files = [scratch / f"merge-{n}.cxd" for n in ("base", "ours", "theirs")]
    for file, journey in zip(files, (base, ours, theirs), strict=True):
        write_new_file(file, journey)
    texts = [scratch / f"merge-{n}.json" for n in ("ours", "theirs")]
    for file, journey in zip(texts, (ours, theirs), strict=True):
        file.write_text(json_format.dumps(journey), encoding="utf-8")
    return files[0], files[1], files[2], texts[0], texts[1]


def merge_maps(path: Path, scratch: Path, rounds: int) -> Samples:
    """``cxdesigner merge BASE OURS THEIRS -o OUT`` in process vs loading both JSON files."""
    base, ours, theirs, ours_json, theirs_json = sides(path, scratch)
    out = scratch / "merge-out.cxd"

    def subject() -> float:
        start = time.perf_counter()
        with redirect_stdout(StringIO()):
            status = main(["merge", str(base), str(ours), str(theirs), "--output", str(out)])
        elapsed = time.perf_counter() - start
        assert status == 0, "a merge of disjoint edits has no conflicts"
        return elapsed

    def baseline() -> float:
        start = time.perf_counter()
        json_format.loads(ours_json.read_bytes())
        json_format.loads(theirs_json.read_bytes())
        return time.perf_counter() - start

    return interleave(subject, baseline, rounds)
