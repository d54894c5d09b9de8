"""The hostile corpus: every damaged or hand-made file opens with its data checked or fails with a fixed message.

Files are generated from our own projects with a fixed seed (``corpus.SEED``) and opened in child processes,
so an interpreter crash or a hang is caught and named instead of taking the test run down. A file that
opens must survive Save As and a reopen unchanged and take an edit; a file that is refused must say so with
one of the fixed one-line messages of ``storage/errors.py``. Then the CLI runs on a sample of them.
"""

from __future__ import annotations

import random
import statistics
import sys
from pathlib import Path
from typing import Any

import pytest

from cxdesigner.storage.errors import MESSAGES, Problem
from tests.robustness import corpus
from tests.robustness.workers import open_in_workers, run_cli_forked, run_commands


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[corpus.Case], list[corpus.Case], dict[str, Any]]:
    folder = tmp_path_factory.mktemp("hostile")
    bases = corpus.base_files(folder / "bases")
    mutants = corpus.mutated(bases, folder / "mutated")
    made = corpus.hand_made(bases[0], folder / "hand-made")
    results = open_in_workers([c.path for c in mutants + made], folder / "scratch")
    seconds = [r["seconds"] for r in results.values() if "seconds" in r]
    print(  # the measurement the issue asks for; a hang is caught by the worker pool, not judged here
        f"\nhostile corpus: {len(results)} files, open time max {max(seconds):.3f} s, "
        f"mean {statistics.mean(seconds):.4f} s, "
        f"{sum(r['outcome'] == 'opened' for r in results.values())} opened"
    )
    return mutants, made, results


def assert_fixed_message(result: dict[str, Any]) -> None:
    problem = Problem(result["problem"])
    expected = MESSAGES[problem].format(name=result["name"], detail=result["detail"] or problem.value)
    assert result["message"] == expected
    assert "\n" not in expected and "Traceback" not in expected


def assert_sound(path: Path, result: dict[str, Any]) -> None:
    """Opened with validated data, or refused with one of the fixed messages; never a crash or a hang."""
    assert result["outcome"] in ("opened", "refused"), f"{path.name}: {result}"
    if result["outcome"] == "refused":
        assert_fixed_message(result)
    else:
        assert result["roundtrip"], f"{path.name}: Save As and reopen changed the content"
        assert result.get("written") or result.get("write_problem") or result["read_only"], path.name


def test_at_least_200_mutants_all_open_cleanly_or_fail_with_a_fixed_message(opened) -> None:
    mutants, _made, results = opened
    assert len(mutants) >= 200
    kinds = {c.name.split("-")[0] for c in mutants}
    assert kinds == {"header", "btree", "middle", "truncated", "zeroed"}
    for case in mutants:
        assert_sound(case.path, results[str(case.path)])
    refused = [r for r in (results[str(c.path)] for c in mutants) if r["outcome"] == "refused"]
    assert len(refused) > len(mutants) // 4  # the damage is real: many are caught, not silently read


def test_hand_made_files_do_what_they_must(opened) -> None:
    _mutants, made, results = opened
    names = {c.name for c in made}
    for needed in ("view-named-touchpoints", "trigger", "fts5", "rtree", "future-version", "wrong-application-id",
                   "empty", "text", "directory", "text-10mb", "titles-10000", "invalid-utf8", "dangling-stage",
                   "duplicate-map-info", "infinite-order", "nan-share", "text-in-real", "blob-in-text",
                   "picture-not-decoding", "picture-garbage", "picture-as-text", "picture-svg",
                   "picture-bomb"):  # fmt: skip
        assert f"{needed}.cxd" in names
    for case in made:
        result = results[str(case.path)]
        assert_sound(case.path, result)
        if isinstance(case.expect, Problem):
            assert result.get("problem") == case.expect.value, f"{case.name}: {result}"
        elif case.expect == corpus.OPENS:
            assert result["outcome"] == "opened" and not result["read_only"], f"{case.name}: {result}"
        elif case.expect == corpus.NEWER:
            assert result["outcome"] == "opened" and result["read_only"], f"{case.name}: {result}"
            assert result["notice"] == MESSAGES[Problem.NEWER].format(name=case.name, detail="")
        if case.title is not None:
            assert result["title"] == case.title


def test_cli_info_exits_2_with_one_line_on_refused_files(opened, tmp_path: Path) -> None:
    """30 refused files through the CLI's main in fresh processes, 2 of them as the real ``python -m`` command."""
    mutants, made, results = opened
    refused = [c for c in mutants + made if results[str(c.path)]["outcome"] == "refused"]
    sample = random.Random(corpus.SEED).sample(refused, 30)
    forked = run_cli_forked([["info", str(c.path)] for c in sample[2:]], tmp_path)
    real = run_commands([[sys.executable, "-m", "cxdesigner", "info", str(c.path)] for c in sample[:2]])
    outcomes = [(r.returncode, r.stdout, r.stderr) for r in real] + forked
    for case, (status, out, err) in zip(sample, outcomes, strict=True):
        lines = err.strip().splitlines()
        assert status == 2, f"{case.name}: {status} {err}"
        assert len(lines) == 1 and "Traceback" not in err, f"{case.name}: {err}"
        assert lines[0] == f"cxdesigner: {results[str(case.path)]['message']}"
        assert out == ""


def test_cli_info_on_a_newer_file_prints_the_notice_and_succeeds(opened) -> None:
    _mutants, made, _results = opened
    newer = next(c for c in made if c.expect == corpus.NEWER)
    (run,) = run_commands([[sys.executable, "-m", "cxdesigner", "info", str(newer.path)]])
    assert run.returncode == 0, run.stderr
    assert run.stderr.strip() == "cxdesigner: " + MESSAGES[Problem.NEWER].format(name=newer.name, detail="")
    assert "версия схемы" in run.stdout  # the corpus's map is Russian, and info speaks the map's language
