"""``cxdesigner merge`` as git's merge driver, through real ``git merge`` of two branches of the sample."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from cxdesigner.cli import main
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.io import json_format, samples
from cxdesigner.storage.store import ProjectStore
from tests.git.gitrepo import Repo

FIRST, SECOND = "First wash", "Touched the fabric"


def retitle(path: Path, old: str, new: str) -> str:
    store, model = ProjectStore.open_file(path)
    card = next(t for t in model.touchpoints() if t.title.startswith(old))
    model.update(Touchpoint, card.id, title=new)
    store.close()
    return card.id


def read(path: Path) -> JourneyMap:
    store, model = ProjectStore.open_file(path, read_only=True)
    store.close()
    return model


def shared_sample(tmp_path: Path) -> Repo:
    repo = Repo(tmp_path / "maps")
    done = subprocess.run(
        [sys.executable, "-m", "cxdesigner", "git-setup"], cwd=repo.root, env=repo.env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "merge.cxd.driver" in done.stdout
    ProjectStore.create(repo.root / "shop.cxd", samples.build_template("sample")).close()
    repo.commit("the sample")
    return repo


def branch(repo: Repo, name: str, old: str, new: str) -> str:
    repo.git("checkout", "-q", "-b", name, "main")
    card = retitle(repo.root / "shop.cxd", old, new)
    repo.commit(f"{name}: {new}")
    return card


def test_git_merge_of_edits_to_different_touchpoints_keeps_both(tmp_path: Path) -> None:
    repo = shared_sample(tmp_path)
    a = branch(repo, "shop-owner", FIRST, "First wash at 30 °C")
    b = branch(repo, "consultant", SECOND, "Touched the fabric at the stand")
    repo.git("checkout", "-q", "shop-owner")
    done = repo.git("merge", "--no-edit", "consultant", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    merged = read(repo.root / "shop.cxd")
    assert merged.get(Touchpoint, a).title == "First wash at 30 °C"
    assert merged.get(Touchpoint, b).title == "Touched the fabric at the stand"
    with sqlite3.connect(repo.root / "shop.cxd") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_git_merge_of_one_touchpoint_retitled_twice_reports_the_conflict(tmp_path: Path) -> None:
    repo = shared_sample(tmp_path)
    card = branch(repo, "shop-owner", FIRST, "First wash at 30 °C")
    branch(repo, "consultant", FIRST, "The first wash")
    repo.git("checkout", "-q", "shop-owner")
    done = repo.git("merge", "--no-edit", "consultant", check=False)
    assert done.returncode != 0
    said = done.stdout + done.stderr
    assert "CONFLICT Touchpoint “First wash at 30 °C” (Use / Customer actions): title changed differently" in said
    assert "ours “First wash at 30 °C”, theirs “The first wash”; kept ours" in said
    assert "UU shop.cxd" in repo.git("status", "--short").stdout
    assert read(repo.root / "shop.cxd").get(Touchpoint, card).title == "First wash at 30 °C"


def test_merge_with_output_leaves_the_inputs_alone(tmp_path: Path, journey: JourneyMap, capsys) -> None:
    base = tmp_path / "base.cxd"
    ProjectStore.create(base, journey).close()
    ours, theirs = tmp_path / "ours.cxd", tmp_path / "theirs.cxd"
    ProjectStore.create(ours, journey).close()
    ProjectStore.create(theirs, journey).close()
    retitle(ours, "Website", "Online shop")
    retitle(theirs, "Advert", "Poster")
    before = ours.read_bytes()
    out = tmp_path / "merged.json"
    assert main(["merge", str(base), str(ours), str(theirs), "--output", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert ours.read_bytes() == before
    titles = {t.title for t in json_format.loads(out.read_bytes()).touchpoints()}
    assert {"Online shop", "Poster", "Seller", "Bag"} == titles


def test_merge_of_an_unreadable_side_says_so_and_writes_nothing(tmp_path: Path, journey: JourneyMap, capsys) -> None:
    ours = tmp_path / "ours.cxd"
    ProjectStore.create(ours, journey).close()
    junk = tmp_path / "theirs.cxd"
    junk.write_bytes(b"\x00" * 10)
    before = ours.read_bytes()
    assert main(["merge", str(ours), str(ours), str(junk)]) == 2
    err = capsys.readouterr().err
    assert "theirs.cxd" in err and len(err.strip().splitlines()) == 1
    assert ours.read_bytes() == before


def test_the_conflicted_file_opens_and_the_conflicts_list_resolves_it(qtbot, tmp_path: Path) -> None:
    from cxdesigner.document import Document
    from cxdesigner.domain.snapshot import Snapshot
    from cxdesigner.panels.conflicts import ConflictsPanel
    from cxdesigner.viewstate import ViewState

    repo = shared_sample(tmp_path)
    card = branch(repo, "shop-owner", FIRST, "First wash at 30 °C")
    branch(repo, "consultant", FIRST, "The first wash")
    repo.git("checkout", "-q", "shop-owner")
    assert repo.git("merge", "--no-edit", "consultant", check=False).returncode != 0
    document = Document.open(repo.root / "shop.cxd")
    panel = ConflictsPanel(document, ViewState())
    qtbot.addWidget(panel)
    assert panel.list.count() == 1
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.theirs_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 0
    assert document.model.get(Touchpoint, card).title == "The first wash"
    assert [s.label for s in document.model.all(Snapshot)] == ["Autumn 2024 mapping"]  # the sample's own
    document.close()
    repo.commit("merged, the conflict resolved")
    assert repo.git("status", "--short").stdout == ""


def test_an_empty_base_means_both_sides_added_the_map(tmp_path: Path, journey: JourneyMap, capsys) -> None:
    base = tmp_path / "base"
    base.write_bytes(b"")  # what git hands over when both branches added the file
    ours, theirs = tmp_path / "ours.cxd", tmp_path / "theirs.cxd"
    ProjectStore.create(ours, journey).close()
    ProjectStore.create(theirs, journey).close()
    retitle(theirs, "Advert", "Poster")
    assert main(["merge", str(base), str(ours), str(theirs)]) == 1  # the one title differs, with no ancestor
    assert "title changed differently on both sides: ours “Advert”, theirs “Poster”" in capsys.readouterr().out
    assert {t.title for t in read(ours).touchpoints()} == {"Advert", "Website", "Seller", "Bag"}
