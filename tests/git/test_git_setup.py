"""``cxdesigner git-setup`` in a real repository: ``git diff`` of a ``.cxd`` then shows the change as text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage.store import ProjectStore
from tests.git.gitrepo import Repo


def cxdesigner(repo: Repo, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cxdesigner", *args], cwd=repo.root, env=repo.env, capture_output=True, text=True
    )


def test_git_diff_of_a_map_shows_the_changed_title(tmp_path: Path, journey: JourneyMap) -> None:
    repo = Repo(tmp_path / "maps")
    done = cxdesigner(repo, "git-setup")
    assert done.returncode == 0, done.stderr
    assert "*.cxd diff=cxd merge=cxd" in (repo.root / ".gitattributes").read_text(encoding="utf-8")
    assert "diff.cxd.textconv" in done.stdout
    ProjectStore.create(repo.root / "shop.cxd", journey).close()
    repo.commit("the shop")
    store, model = ProjectStore.open_file(repo.root / "shop.cxd")
    site = next(t for t in model.touchpoints() if t.title == "Website")
    model.update(Touchpoint, site.id, title="Online shop")
    store.close()
    diff = repo.git("diff").stdout
    changed = [line[0] + line[1:].strip() for line in diff.splitlines() if line[:1] in "+-" and line[1:2] == " "]
    assert changed == ['-"title": "Website",', '+"title": "Online shop",']
    assert "Binary files" not in diff


def test_setup_twice_writes_the_attribute_once_and_keeps_other_lines(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "maps")
    (repo.root / ".gitattributes").write_text("*.png binary", encoding="utf-8")
    assert cxdesigner(repo, "git-setup").returncode == 0
    again = cxdesigner(repo, "git-setup", str(repo.root))
    assert again.returncode == 0 and "already has" in again.stdout
    assert (repo.root / ".gitattributes").read_text(encoding="utf-8") == "*.png binary\n*.cxd diff=cxd merge=cxd\n"
    assert repo.git("config", "diff.cxd.textconv").stdout.strip().endswith("-m cxdesigner textconv")


def test_outside_a_repository_one_line_and_exit_2(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cxdesigner", "git-setup", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "GIT_CEILING_DIRECTORIES": str(tmp_path.parent)},
    )
    assert done.returncode == 2
    assert "not inside a git repository" in done.stderr and len(done.stderr.strip().splitlines()) == 1
