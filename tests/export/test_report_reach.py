"""The report's reach section on the bundled sample: the funnel's stages and percentages, the biggest losses."""

from __future__ import annotations

import shutil
from pathlib import Path

from pypdf import PdfReader

from cxdesigner.domain.reach import reach_of
from cxdesigner.export.report import write_report
from cxdesigner.paths import resource_path
from cxdesigner.storage.store import ProjectStore


def test_the_funnel_and_the_biggest_losses_are_printed(tmp_path: Path) -> None:
    path = tmp_path / "shop.cxd"
    shutil.copy(resource_path("samples", "tshirt-shop.cxd"), path)
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    out = tmp_path / "report.pdf"
    write_report(journey, out)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert "Reach: entering customers who come to each stage" in text
    reach = reach_of(journey)
    for stage in journey.stages():
        assert f"{stage.title} {round(reach.stages[stage.id] * 100)} %" in text  # a row: name, then share
    place, share = max(reach.lost.items(), key=lambda kv: kv[1])
    biggest = f"{round(share * 100)} % of entering customers are lost at “{journey.find(place).title}”."
    assert "Where the most customers are lost " + biggest in text
