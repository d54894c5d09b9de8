"""Hand-offs between owners: normalised owners, the count along a path, the worst path found exactly."""

from __future__ import annotations

from cxdesigner.domain import handoffs
from cxdesigner.domain.analysis import analyse
from cxdesigner.domain.entities import Touchpoint
from tests.domain.test_analysis import Builder
from tests.export.samples import sample


def _titles(journey, ids) -> list[str]:  # noqa: ANN001
    return [journey.find(i).title for i in ids]


def test_owners_are_one_department_whatever_their_case_and_spaces() -> None:
    b = Builder().tp("A", 0, "Sales").tp("B", 1, "sales ").tp("C", 2, "  SALES  team").tp("D", 3, "Sales Team")
    assert handoffs.departments(b.journey) == ["Sales", "SALES team"]
    assert handoffs.canonical_owner(b.journey, " sales") == "Sales"
    assert handoffs.canonical_owner(b.journey, "  New   desk ") == "New desk"


def test_the_count_skips_cards_without_an_owner() -> None:
    # Sales, sales (same), nobody, Support (1), Sales (2)
    b = Builder().tp("A", 0, "Sales").tp("B", 1, "sales ").tp("C", 2, "").tp("D", 3, "Support").tp("E", 4, "Sales")
    b.flow("A", "B", "C", "D", "E")
    ids = [b.ids[n] for n in "ABCDE"]
    assert handoffs.count(b.journey, ids) == 2
    assert handoffs.owners_along(b.journey, ids) == ["Sales", "Support", "Sales"]


def test_the_worst_path_is_found_on_a_branching_map_with_a_loop() -> None:
    # A(S) -> B(S) -> D(X) ; A -> C(Y) -> C2(Z) -> D ; D -> E(S); E -> C (a loop back)
    b = Builder().tp("A", 0, "S").tp("B", 1, "S").tp("C", 1, "Y").tp("C2", 2, "Z").tp("D", 3, "X").tp("E", 4, "S")
    b.flow("A", "B", "D", "E").flow("A", "C", "C2", "D").flow("E", "C")
    worst = handoffs.worst(b.journey)
    assert worst is not None and worst.handoffs == 4  # S→Y→Z→X→S
    assert _titles(b.journey, worst.ids) == ["A", "C", "C2", "D", "E"]


def test_the_sample_fading_print_path_hands_the_customer_on_nine_times() -> None:
    journey = sample("en")
    paths = [p.ids for p in analyse(journey).paths]
    faded = [p for p in paths if "Wrote to the group about a faded print" in _titles(journey, p)]
    by_start = {_titles(journey, p)[:2][1]: handoffs.count(journey, p) for p in faded}
    # Marketing → Online team → Designer → Online team → Warehouse → Stand → Designer → Production →
    # Online team → Marketing: 9; from a friend to the stand: Stand → Designer → Production → Online team → Marketing: 4
    assert by_start["Website on the phone: short address"] == 9
    assert by_start["Found the stand in the mall"] == 4
    worst = handoffs.worst(journey)
    assert worst is not None and worst.handoffs == 9 and worst.ids in faded


def test_findings_list_each_path_and_the_worst_in_the_map_language() -> None:
    journey = sample("ru")
    found = [f for f in analyse(journey).findings if f.kind.startswith("handoff")]
    worst = [f for f in found if f.kind == "handoff_worst"]
    assert len(worst) == 1 and worst[0].message.startswith("Больше всего передач (9) на пути «")
    listed = [f for f in found if f.kind == "handoffs"]
    assert len(listed) == 8 and listed[0].message.startswith("9 передач: «")
    assert any(f.message.startswith("4 передачи: «") for f in listed)


def test_many_paths_are_summed_up() -> None:
    b = Builder()
    for i in range(14):  # 14 parallel two-card paths; half change owner
        b.tp(f"a{i}", 0, "S").tp(f"b{i}", 1, "S" if i % 2 else "T").flow(f"a{i}", f"b{i}")
    found = [f for f in analyse(b.journey).findings if f.kind == "handoffs"]
    assert [f.message for f in found] == ["Hand-offs between owners per path: 1 on 7 paths; 0 on 7 paths."]
    assert b.journey.get(Touchpoint, b.ids["b0"]).owner == "T"
