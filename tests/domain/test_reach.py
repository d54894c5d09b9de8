"""Reach from the flows' shares against a seeded simulation of customer walks, and worked small cases."""

from __future__ import annotations

import random

import pytest

from cxdesigner.domain.reach import FlowIn, solve

WALKS = 40_000
TRAPPED = 10_000  # steps after which a walk counts as going round for ever (never, on these maps)


def chances(flows: list[FlowIn]) -> tuple[list[tuple[FlowIn, float]], float]:
    """The rule of the docs, written again: shares (scaled to 100 % when above), the rest split evenly."""
    given = [f for f in flows if f.share is not None and f.share >= 0]
    free = [f for f in flows if f not in given]
    total = sum(f.share for f in given)
    scale = 1 / total if total > 1 else 1
    rest = max(0.0, 1 - total * scale)
    out = [(f, f.share * scale) for f in given] + [(f, rest / len(free)) for f in free]
    return out, (rest if not free else 0.0)


def pick(rng: random.Random, options: list[tuple[FlowIn, float]]) -> str | None:
    """The flow a customer takes, or None for the part that leaves."""
    r = rng.random()
    for f, p in options:
        if r < p:
            return f.target
        r -= p
    return None


def simulate(stage, flows, entries, finishes, t_loss, s_loss, seed):
    rng = random.Random(seed)
    options = {t: chances([f for f in flows if f.source == t])[0] for t in stage}
    reached = dict.fromkeys(stage, 0)
    stages = dict.fromkeys(stage.values(), 0)
    squares = dict.fromkeys(stage.values(), 0)  # of each walk's count, for the standard error
    lost: dict[str, int] = {}
    finished = 0
    for _ in range(WALKS):
        here, before = rng.choice(entries), None
        seen = set()
        came = dict.fromkeys(stages, 0)
        for _step in range(TRAPPED):
            s = stage[here]
            if s != before:
                came[s] += 1
                if rng.random() < s_loss.get(s, 0):
                    lost[s] = lost.get(s, 0) + 1
                    break
            seen.add(here)
            if rng.random() < t_loss.get(here, 0):
                lost[here] = lost.get(here, 0) + 1
                break
            if not options[here]:
                if here in finishes:
                    finished += 1
                else:
                    lost[here] = lost.get(here, 0) + 1
                break
            nxt = pick(rng, options[here])
            if nxt is None:  # the part that leaves here
                lost[here] = lost.get(here, 0) + 1
                break
            before, here = s, nxt
        else:
            lost["trap"] = lost.get("trap", 0) + 1
        for t in seen:
            reached[t] += 1
        for k, c in came.items():
            stages[k] += c
            squares[k] += c * c
    return (
        {t: n / WALKS for t, n in reached.items()},
        {s: (n / WALKS, ((squares[s] / WALKS - (n / WALKS) ** 2) / WALKS) ** 0.5) for s, n in stages.items()},
        {k: n / WALKS for k, n in lost.items()},
        finished / WALKS,
    )


def random_map(seed: int):
    rng = random.Random(seed)
    n = rng.randint(3, 12)
    ids = [f"t{i}" for i in range(n)]
    stage = {t: f"s{min(3, i * 4 // n)}" for i, t in enumerate(ids)}
    edges = set()
    for i in range(n - 1):  # a forward spine with branches, and a few flows back (loops)
        edges.add((i, i + 1))
        if rng.random() < 0.5:
            edges.add((i, rng.randint(i + 1, n - 1)))
    back = set()
    for _ in range(rng.randint(0, 3)):
        a, b = rng.randrange(1, n), rng.randrange(0, n)
        if a != b:
            edges.add((max(a, b), min(a, b)))
            back.add(ids[max(a, b)])
    flows = [
        FlowIn(f"f{a}-{b}", ids[a], ids[b], round(rng.uniform(0.1, 0.8), 2) if rng.random() < 0.5 else None)
        for a, b in sorted(edges)
    ]
    # Every loop leaks (its flow back starts where some customers are lost): walks end; traps are tested apart.
    t_loss = {t: round(rng.uniform(0.05, 0.3), 2) for t in ids if rng.random() < 0.2 or t in back}
    s_loss = {s: 0.1 for s in set(stage.values()) if rng.random() < 0.3 and s != "s0"}
    targets = {f.target for f in flows}
    entries = [t for t in ids if t not in targets]
    sources = {f.source for f in flows}
    finishes = {t for t in ids if t not in sources and stage[t] == "s3"}
    return stage, flows, entries, finishes, t_loss, s_loss


@pytest.mark.parametrize("seed", range(6))
def test_reach_matches_a_seeded_simulation_within_one_percent(seed: int) -> None:
    stage, flows, entries, finishes, t_loss, s_loss = random_map(seed)
    result = solve(stage, flows, entries, finishes, t_loss, s_loss)
    reached, stages, lost, finished = simulate(stage, flows, entries, finishes, t_loss, s_loss, seed)
    for t in stage:
        assert result.touchpoints[t] == pytest.approx(reached[t], abs=0.01), t
    for s, (mean, error) in stages.items():  # a mean count, above 1 where loops bring customers back
        assert result.stages[s] == pytest.approx(mean, rel=0.01, abs=max(0.01, 4 * error)), s
    trapped = lost.pop("trap", 0.0)
    for t in result.traps:
        lost[t[0]] = lost.get(t[0], 0.0) + trapped
    assert set(result.lost) <= set(lost) | set(result.lost)
    for place in set(lost) | set(result.lost):
        assert result.lost.get(place, 0.0) == pytest.approx(lost.get(place, 0.0), abs=0.01), place
    assert result.finished == pytest.approx(finished, abs=0.01)
    assert result.finished + sum(result.lost.values()) == pytest.approx(1.0)


def test_a_loop_is_a_linear_system_and_reach_is_not_visits() -> None:
    """A -> B, B -> C (half), B -> A (half): B is reached by everyone, A visited twice on average."""
    stage = {"A": "s", "B": "s", "C": "t"}
    flows = [FlowIn("ab", "A", "B"), FlowIn("bc", "B", "C", 0.5), FlowIn("ba", "B", "A", 0.5)]
    result = solve(stage, flows, ["A"], {"C"})
    assert result.touchpoints == pytest.approx({"A": 1.0, "B": 1.0, "C": 1.0})
    assert result.flows["ab"] == pytest.approx(2.0) and result.flows["ba"] == pytest.approx(1.0)
    assert result.finished == pytest.approx(1.0) and not result.lost


def test_shares_over_100_percent_and_below_zero_are_reported_not_fatal() -> None:
    stage = {"A": "s", "B": "t", "C": "t", "D": "t"}
    flows = [FlowIn("ab", "A", "B", 0.9), FlowIn("ac", "A", "C", 0.6), FlowIn("ad", "A", "D", -0.2)]
    result = solve(stage, flows, ["A"], {"B", "C", "D"})
    assert result.over == {"A": pytest.approx(1.5)} and result.negative == ("ad",)
    assert result.touchpoints["B"] == pytest.approx(0.6) and result.touchpoints["C"] == pytest.approx(0.4)
    assert result.touchpoints["D"] == 0.0  # the negative share is no share: nothing is left for it
    assert result.finished == pytest.approx(1.0)


def test_leaks_dead_ends_barriers_and_a_loop_nobody_leaves() -> None:
    stage = {"A": "s1", "B": "s2", "Dead": "s2", "X": "s3", "Y": "s3", "End": "s3"}
    flows = [
        FlowIn("ab", "A", "B", 0.5),
        FlowIn("ad", "A", "Dead", 0.3),  # 20 % leave at A
        FlowIn("bx", "B", "X", 0.5),
        FlowIn("be", "B", "End"),
        FlowIn("xy", "X", "Y"),
        FlowIn("yx", "Y", "X"),
    ]
    result = solve(stage, flows, ["A"], {"End"}, {"B": 0.2}, {"s2": 0.5})
    # Half of A's customers head for s2, 30 % for Dead, also in s2: s2 loses half of the 80 % on arrival.
    assert result.stages["s2"] == pytest.approx(0.8) and result.lost["s2"] == pytest.approx(0.4)
    assert result.lost["A"] == pytest.approx(0.2) and result.lost["Dead"] == pytest.approx(0.15)
    assert result.lost["B"] == pytest.approx(0.05)  # the barrier at B: 20 % of the 25 % reaching it
    assert result.traps == (("X", "Y"),) and result.lost["X"] == pytest.approx(0.1)
    assert result.touchpoints["Y"] == pytest.approx(0.1) and result.finished == pytest.approx(0.1)
    assert result.finished + sum(result.lost.values()) == pytest.approx(1.0)
