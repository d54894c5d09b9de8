"""``cxdesigner export`` and ``cxdesigner import``: files written, round trips, refusals and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.cli_exchange import EXPORTS, IMPORTS
from cxdesigner.storage.store import ProjectStore

BAD_JSON = '{"format": "cxdesigner", "version": 1, "map": {"id": "m"}, "stages": [{"id": "s", "width": "w"}]}'


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cxdesigner", *args], capture_output=True, text=True)


@pytest.fixture
def project(tmp_path: Path, journey) -> Path:
    path = tmp_path / "shop.cxd"
    ProjectStore.create(path, journey).close()
    return path


def test_export_json_then_import_is_the_same_map(project: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "shop.json"
    assert main(["export", str(project), "--json", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    back = tmp_path / "back.cxd"
    assert main(["import", str(out), str(back)]) == 0
    again = tmp_path / "again.json"
    assert main(["export", str(back), "--json", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()
    assert json.loads(out.read_text(encoding="utf-8"))["map"]["title"] == "Shop"


def test_export_writes_every_requested_format(project: Path, tmp_path: Path) -> None:
    args = ["export", str(project)]
    for name in EXPORTS:
        args += [f"--{name}", str(tmp_path / f"out.{name}")]
    assert main(args) == 0
    for name in EXPORTS:
        assert (tmp_path / f"out.{name}").stat().st_size > 0


def test_export_needs_a_format(project: Path, capsys) -> None:
    assert main(["export", str(project)]) == 2
    assert "--json" in capsys.readouterr().err


def test_import_refuses_to_overwrite_without_force(project: Path, tmp_path: Path, capsys) -> None:
    src = tmp_path / "shop.json"
    assert main(["export", str(project), "--json", str(src)]) == 0
    target = tmp_path / "target.cxd"
    target.write_bytes(b"precious")
    assert main(["import", str(src), str(target)]) == 2
    assert "already exists" in capsys.readouterr().err and target.read_bytes() == b"precious"
    assert main(["import", str(src), str(target), "--force"]) == 0
    assert ProjectStore.open_file(target, read_only=True)[1].info.title == "Shop"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("map.txt", "x", "cannot tell the format"),
        ("missing.json", None, "does not exist"),
        ("bad.json", BAD_JSON, "bad.json: stages[0].width: not a number"),
        ("broken.json", '{\n"format": ', "broken.json: line 2, column 11"),
        ("table.csv", "Stage;Title;Channel\nNeed;A;web\nNeed;B;pigeon\n", "table.csv: line 3, Channel: unknown"),
        ("day.mmd", "journey\n  section A\n  Tea: 9: Me\n", "day.mmd: line 3, score:"),
        ("day.mermaid", "flowchart\n", "day.mermaid: line 1:"),
    ],
)  # fmt: skip
def test_import_errors_are_one_line_with_status_2(
    tmp_path: Path, name: str, content: str | None, expected: str
) -> None:
    src = tmp_path / name
    if content is not None:
        src.write_text(content, encoding="utf-8")
    out = tmp_path / "out.cxd"
    result = run("import", str(src), str(out))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert not out.exists()


def test_import_wants_a_cxd_name(tmp_path: Path, project: Path, capsys) -> None:
    src = tmp_path / "a.json"
    assert main(["export", str(project), "--json", str(src)]) == 0
    assert main(["import", str(src), str(tmp_path / "a.json2")]) == 2
    assert "ends in .cxd" in capsys.readouterr().err


def test_export_of_a_broken_project_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.cxd"
    bad.write_text("not sqlite")
    result = run("export", str(bad), "--json", str(tmp_path / "x.json"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.json").exists()


def test_every_import_extension_has_a_reader() -> None:
    assert {".json", ".csv", ".mmd", ".mermaid"} <= set(IMPORTS)
    assert {"json", "csv", "mermaid", "graphml"} <= set(EXPORTS)


def test_csv_and_mermaid_exports_import_again(project: Path, tmp_path: Path) -> None:
    csv_out, mmd_out = tmp_path / "shop.csv", tmp_path / "shop.mmd"
    assert main(["export", str(project), "--csv", str(csv_out), "--mermaid", str(mmd_out)]) == 0
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbf")
    for src in (csv_out, mmd_out):
        out = tmp_path / f"{src.suffix[1:]}.cxd"
        assert main(["import", str(src), str(out)]) == 0
        journey = ProjectStore.open_file(out, read_only=True)[1]
        assert sorted(t.title for t in journey.touchpoints()) == ["Advert", "Bag", "Seller", "Website"]
    mmd_again = tmp_path / "again.mmd"
    assert main(["export", str(tmp_path / "mmd.cxd"), "--mermaid", str(mmd_again)]) == 0
    assert mmd_again.read_text(encoding="utf-8") == mmd_out.read_text(encoding="utf-8")


def test_csv_import_names_the_map_after_the_file(tmp_path: Path) -> None:
    src = tmp_path / "Футболки.csv"
    src.write_bytes("Этап;Название\nПоиск;Сайт\n".encode("cp1251"))
    assert main(["import", str(src), str(tmp_path / "t.cxd")]) == 0
    journey = ProjectStore.open_file(tmp_path / "t.cxd", read_only=True)[1]
    assert journey.info.title == "Футболки" and journey.info.language == "ru"


def test_csv_import_of_an_undecidable_file_says_so_and_takes_encoding(tmp_path: Path) -> None:
    src = tmp_path / "western.csv"
    src.write_bytes(b"Stage;Title\r\nBuy;\xe9\xe9\r\n")
    out = tmp_path / "w.cxd"
    refused = run("import", str(src), str(out))
    assert refused.returncode == 2 and not out.exists()
    assert len(refused.stderr.strip().splitlines()) == 1 and "KOI8-R" in refused.stderr
    assert main(["import", str(src), str(out), "--encoding", "cp1252"]) == 0
    journey = ProjectStore.open_file(out, read_only=True)[1]
    assert [t.title for t in journey.touchpoints()] == ["éé"]
    mermaid_src = tmp_path / "j.mmd"
    mermaid_src.write_text("journey\n", encoding="utf-8")
    assert main(["import", str(mermaid_src), str(tmp_path / "m.cxd"), "--encoding", "cp1252"]) == 2
