"""``cxdesigner rfm``: a customer base analysed and kept in the map, figures only, never the customers."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from cxdesigner.domain.segments import CustomerAnalysis, Segment
from cxdesigner.io import json_format, samples
from cxdesigner.storage.store import ProjectStore

NAMES = [f"Secretname{i:03d}" for i in range(40)]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cxdesigner", *args], capture_output=True, text=True)


def _base(path: Path) -> Path:
    rows = ["Customer,Date,Amount"]
    for i, who in enumerate(NAMES):
        for k in range(1 + i % 5):
            rows.append(f"{who},2025-{1 + (i * 7 + k) % 12:02d}-{1 + i % 27:02d},{10 * (i + 1) + k}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_an_analysis_is_kept_with_its_segments_and_no_customer(tmp_path: Path) -> None:
    project = tmp_path / "shop.cxd"
    ProjectStore.create(project, samples.build_template("sample", "Shop", "en")).close()
    done = _run("rfm", str(project), str(_base(tmp_path / "base.csv")), "--date", "2026-01-01", "--json")
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert printed["customers"] == len(NAMES) and printed["as_of"] == "2026-01-01"
    assert sum(s["customers"] for s in printed["segments"]) == len(NAMES)
    store, journey = ProjectStore.open_file(project, read_only=True)
    store.close()
    (analysis,) = [a for a in journey.all(CustomerAnalysis) if a.source == "base.csv"]  # beside the sample's own
    assert len(analysis.digest) == 64 and analysis.customers == len(NAMES)
    mine = [s.customers for s in journey.all(Segment) if s.analysis_id == analysis.id]
    assert mine == [s["customers"] for s in printed["segments"]]
    info = json.loads(_run("info", str(project), "--json").stdout)
    assert [s["name"] for s in info["segments"]] == [s["name"] for s in printed["segments"]]
    conn = sqlite3.connect(project)
    dump = "\n".join(conn.iterdump())
    conn.close()
    blob = project.read_bytes() + dump.encode() + json_format.dumps(journey).encode()
    assert not any(name.encode() in blob for name in NAMES), "a customer's identifier reached the project"


def test_a_bad_base_is_one_line_and_the_map_is_untouched(tmp_path: Path) -> None:
    project = tmp_path / "shop.cxd"
    ProjectStore.create(project, samples.build_template("sample", "Shop", "en")).close()
    before = project.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text("Customer,Date,Amount\nann,2025-01-03,-5\n", encoding="utf-8")
    done = _run("rfm", str(project), str(bad))
    assert done.returncode == 2 and done.stderr.strip().splitlines() == [
        "cxdesigner: bad.csv: line 2, Amount: “-5” is negative"
    ]
    assert project.read_bytes() == before


def test_the_table_speaks_the_maps_language_with_decimal_commas(tmp_path: Path) -> None:
    for lang, head, row in (
        ("ru", "клиентов: 40 на 2026-01-01, сохранено в shop-ru.cxd", " % клиентов "),
        ("en", "40 customers as of 2026-01-01, kept in shop-en.cxd", " % of customers "),
    ):
        project = tmp_path / f"shop-{lang}.cxd"
        ProjectStore.create(project, samples.build_template("sample", "Shop", lang)).close()
        done = _run("rfm", str(project), str(_base(tmp_path / "base.csv")), "--date", "2026-01-01")
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert lines[0] == head and len(lines) == 6 and all(row in line for line in lines[1:])
        figures = " ".join(lines[1:])
        decimals = [n for n in figures.replace("%", " ").split() if any(c.isdigit() for c in n) and len(n) > 2]
        assert decimals and all(("," in n) == (lang == "ru") and ("." in n) == (lang == "en") for n in decimals)
