"""info --json reports the segments of the newest analysis and every KPI with its reviews."""

from __future__ import annotations

import json
from pathlib import Path

from cxdesigner.cli import main


def test_info_json_lists_the_segments_and_the_kpis_of_the_sample(tmp_path: Path, capsys) -> None:
    path = tmp_path / "sample.cxd"
    assert main(["new", str(path), "--template", "sample"]) == 0
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    segments = info["segments"]
    assert [s["key"] for s in segments] == ["true_loyalty", "at_risk", "loyal", "new", "lost"]
    assert set(segments[0]) == {"name", "key", "customers", "revenue_share", "recency_days", "frequency", "monetary"}
    assert sum(s["customers"] for s in segments) == 600
    (kpi,) = info["kpis"]
    assert kpi["name"] == "Orders returned for a faded print" and kpi["unit"] == "%"
    assert kpi["improvement"] == "Switch to a wash-proof print supplier" and kpi["strategy"] == "consistency"
    assert (kpi["baseline"], kpi["target"], kpi["started_on"]) == (6.0, 2.0, "2025-01-01")
    assert [m["value"] for m in kpi["measurements"]] == [5.2, 4.9, 4.1]
    assert [(r["date"], r["value"], r["behind"]) for r in kpi["reviews"]] == [
        ("2025-04-01", 4.1, True), ("2025-07-01", 4.1, True),
    ]  # fmt: skip
    assert round(kpi["reviews"][0]["planned"], 2) == 4.01
    assert main(["info", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].split() == ["kpis", "1"]
