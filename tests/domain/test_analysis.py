"""Every path-analysis rule on small hand-made graphs: a line, a branch that rejoins, a loop, a trap."""

from __future__ import annotations

from cxdesigner.domain import templates
from cxdesigner.domain.analysis import Analysis, Severity, analyse, path_label
from cxdesigner.domain.entities import Emotion, Flow, MapInfo, Persona, Touchpoint, new_id
from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import Comparison, QualityRequirement


class Builder:
    """A map of eight stages where touchpoints are named and placed by (name, stage index)."""

    def __init__(self) -> None:
        self.journey = templates.eight_stages("Test")
        self.stages = self.journey.stages()
        self.lane = self.journey.lanes()[1]
        self.ids: dict[str, str] = {}

    def tp(self, name: str, stage: int, owner: str = "Team", moment: bool = False) -> Builder:
        tp = Touchpoint(
            id=new_id(),
            stage_id=self.stages[stage].id,
            lane_id=self.lane.id,
            title=name,
            order=float(len(self.ids)),
            owner=owner,
            moment_of_truth=moment,
        )
        self.ids[name] = self.journey.add(tp).id
        return self

    def flow(self, *names: str) -> Builder:
        for a, b in zip(names, names[1:], strict=False):
            self.journey.add(Flow(id=new_id(), source_id=self.ids[a], target_id=self.ids[b]))
        return self

    def names(self, ids: tuple[str, ...] | list[str]) -> list[str]:
        back = {v: k for k, v in self.ids.items()}
        return [back.get(i, i) for i in ids]


def branch() -> Builder:
    """Advert -> Site -> Stand -> Bag, and Friend -> Stand: a branch that rejoins; every stage used."""
    b = Builder()
    for i, name in enumerate(["Advert", "Site", "Search", "Stand", "Fitting", "Use", "Care", "Bag"]):
        b.tp(name, i, moment=name == "Fitting")
    b.tp("Friend", 1)
    b.flow("Advert", "Site", "Search", "Stand", "Fitting", "Use", "Care", "Bag")
    b.flow("Friend", "Stand")
    return b


def run(journey: JourneyMap, **kw: object) -> Analysis:
    """The analysis, taking every touchpoint to have a requirement unless told otherwise."""
    kw.setdefault("requirements", {t.id for t in journey.touchpoints()})
    return analyse(journey, **kw)  # type: ignore[arg-type]


def kinds(journey: JourneyMap, **kw: object) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in run(journey, **kw).findings:
        out.setdefault(f.kind, []).append(f)
    return out


def test_entries_exits_and_every_path_of_a_branch() -> None:
    b = branch()
    result = run(b.journey)
    assert b.names(result.entries) == ["Advert", "Friend"]
    assert b.names(result.exits) == ["Bag"]
    assert [b.names(p.ids) for p in result.paths] == [
        ["Advert", "Site", "Search", "Stand", "Fitting", "Use", "Care", "Bag"],
        ["Friend", "Stand", "Fitting", "Use", "Care", "Bag"],
    ]
    assert not result.truncated and result.path_count == 2
    found = kinds(b.journey)
    assert set(found) == {"entry", "exit", "bottleneck", "moment_of_truth", "path_count", "reach"}
    # With no shares, customers come in at the two entries in equal parts; the friend's skip stage 3.
    assert [f.value for f in found["reach"]] == [0.5, 1.0, 0.5] + [1.0] * 5
    assert found["reach"][0].message == "50 % of entering customers reach stage “Need”."
    assert [b.names(f.ids) for f in found["entry"]] == [["Advert"], ["Friend"]]
    (count,) = found["path_count"]
    assert count.message == "2 paths lead from 2 entries to 1 exit." and count.value == 2
    # Every path passes Stand and all after it: the dominators, in path order, each a bottleneck.
    assert [b.names(f.ids) for f in found["bottleneck"]] == [["Stand"], ["Fitting"], ["Use"], ["Care"], ["Bag"]]
    assert found["bottleneck"][0].message == (
        "Every path passes through “Stand”: a problem there reaches every customer."
    )
    assert result.barriers == tuple((b.ids[n],) for n in ["Stand", "Fitting", "Use", "Care", "Bag"])
    assert result.share(b.ids["Site"]) == 0.5 and result.share(b.ids["Stand"]) == 1.0


def test_moments_of_truth_on_each_path() -> None:
    b = branch()
    b.tp("Card", 3, moment=True).flow("Site", "Card")
    result = run(b.journey)
    by_end = {b.names(p.ids)[-1] + b.names(p.ids)[0]: b.names(p.moments) for p in result.paths}
    assert by_end == {"BagAdvert": ["Fitting"], "BagFriend": ["Fitting"], "CardAdvert": ["Card"]}
    messages = {f.message for f in result.of_kind("moment_of_truth")}
    assert messages == {
        "“Fitting” is a moment of truth on 2 of 3 paths (67 %).",
        "“Card” is a moment of truth on 1 of 3 paths (33 %).",
    }


def test_dead_end_is_an_exit_before_the_last_stage() -> None:
    b = branch()
    b.tp("Price", 2).flow("Site", "Price")
    found = kinds(b.journey)
    assert [b.names(f.ids) for f in found["dead_end"]] == [["Price"]]
    assert found["dead_end"][0].severity is Severity.WARNING
    assert "leave after “Price”" in found["dead_end"][0].message
    assert [b.names(f.ids) for f in found["exit"]] == [["Bag"]]


def test_orphans_and_empty_stages_and_owners() -> None:
    b = Builder()
    b.tp("A", 0).tp("B", 1, owner="  ").tp("Lonely", 3, owner="").flow("A", "B")
    found = kinds(b.journey)
    assert [b.names(f.ids) for f in found["orphan"]] == [["Lonely"]]
    assert [b.names(f.ids) for f in found["no_owner"]] == [["B"], ["Lonely"]]
    empty = [f.ids[0] for f in found["empty_stage"]]
    assert empty == [s.id for i, s in enumerate(b.stages) if i not in (0, 1, 3)]
    assert found["empty_stage"][0].message == "Stage “Choice” has no touchpoint."
    # B is an exit in stage 2 while Lonely sits in stage 4: customers leave at B.
    assert [b.names(f.ids) for f in found["dead_end"]] == [["B"]]


def test_a_loop_is_found_and_paths_stay_simple() -> None:
    b = branch()
    b.flow("Care", "Site")  # customers who need care go back to the site
    result = run(b.journey)
    loops = result.of_kind("loop")
    assert [b.names(f.ids) for f in loops] == [["Site", "Search", "Stand", "Fitting", "Use", "Care"]]
    assert "“Care” → “Site”" in loops[0].message
    assert len(result.paths) == 2 and all(len(set(p.ids)) == len(p.ids) for p in result.paths)
    assert not result.of_kind("trap") and not result.of_kind("unreachable")


def test_a_loop_with_no_way_out_is_a_trap_and_unreachable_parts_are_named() -> None:
    b = Builder()
    b.tp("A", 0).tp("B", 1).tp("C", 2).tp("X", 3).tp("Y", 4)
    b.flow("A", "B", "C", "B")  # B <-> C: reached from A, never left
    b.flow("X", "Y", "X")  # a ring no entry reaches
    found = kinds(b.journey)
    traps = sorted(b.names(f.ids) for f in found["trap"])
    assert traps == [["B", "C"], ["X", "Y"]]
    assert all(f.severity is Severity.ERROR for f in found["trap"])
    assert [b.names(f.ids) for f in found["unreachable"]] == [["X", "Y"]]
    assert run(b.journey).paths == ()


def test_no_requirement_rule_reads_the_requirements_of_the_map() -> None:
    b = branch()
    for n in ["Advert", "Site", "Search", "Stand", "Fitting", "Use", "Care"]:
        b.journey.add(QualityRequirement(id=new_id(), touchpoint_id=b.ids[n], text="works"))
    found = {}
    for f in analyse(b.journey).findings:
        found.setdefault(f.kind, []).append(f)
    assert [b.names(f.ids) for f in found["no_requirement"]] == [["Friend"], ["Bag"]]
    assert found["no_requirement"][0].message == "“Friend” has no quality requirement."


def test_a_requirement_not_met_is_a_warning_with_its_measured_and_target_values() -> None:
    b = branch()
    site, stand = b.ids["Site"], b.ids["Stand"]
    for req in (
        QualityRequirement(id=new_id(), touchpoint_id=site, text="Opens fast", comparison=Comparison.AT_MOST,
                           target="3", measured="4,2", unit="s"),
        QualityRequirement(id=new_id(), touchpoint_id=site, text="Works on a phone", comparison=Comparison.YES_NO,
                           target="yes", measured="yes"),  # met: no finding
        QualityRequirement(id=new_id(), touchpoint_id=stand, text="Card in the bag", target="100", unit="%"),
        QualityRequirement(id=new_id(), touchpoint_id=stand, text="Explains returns", comparison=Comparison.YES_NO,
                           target="да", measured="нет"),
    ):  # fmt: skip
        b.journey.add(req)
    failing = kinds(b.journey)["failing_requirement"]  # not checked ("Card in the bag"): not a failure
    assert [(b.names(f.ids), f.severity) for f in failing] == [(["Site"], Severity.WARNING), (["Stand"], "warning")]
    assert failing[0].message == "“Site”: “Opens fast” is not met: measured 4,2 s, target ≤ 3 s."
    assert failing[1].message == "“Stand”: “Explains returns” is not met: measured нет, target да."
    b.journey.update(MapInfo, b.journey.info.id, language="ru")
    (first, _) = kinds(b.journey)["failing_requirement"]
    assert first.message == "«Site»: требование «Opens fast» не выполнено: измерено 4,2 s, цель ≤ 3 s."


def test_worst_path_by_mean_designed_emotion_per_persona() -> None:
    b = branch()
    j = b.journey
    student = j.add(Persona(id=new_id(), name="Student"))
    worker = j.add(Persona(id=new_id(), name="Worker"))
    for name, s, w in [("Advert", 2, -1), ("Site", -2, -1), ("Friend", 1, -2), ("Stand", 0, 1), ("Bag", 1, 1)]:
        j.add(Emotion(id=new_id(), touchpoint_id=b.ids[name], persona_id=student.id, designed=s))
        j.add(Emotion(id=new_id(), touchpoint_id=b.ids[name], persona_id=worker.id, designed=w))
    result = run(j)
    worst = {f.message.split(",")[0]: (b.names(f.ids)[0], f.severity) for f in result.of_kind("worst_path")}
    # Student: site path (2-2+0+1)/4 = 0.25, friend path (1+0+1)/3 = 0.67 -> the site path.
    # Worker: site path (-1-1+1+1)/4 = 0, friend path (-2+1+1)/3 = 0 -> tie, the first listed.
    assert worst == {"For “Student”": ("Advert", Severity.INFO), "For “Worker”": ("Advert", Severity.INFO)}
    p = result.paths[1]
    assert p.mean(student.id) is not None and abs(p.mean(student.id) - 2 / 3) < 1e-9
    # A measured series (as issue 4 supplies it) is analysed beside the designed ones.
    measured = {f"measured:{student.id}": {b.ids["Friend"]: -2.0, b.ids["Advert"]: 1.0}}
    result = run(j, emotions=measured)
    (finding,) = result.of_kind("worst_path")
    assert finding.severity is Severity.WARNING and b.names(finding.ids)[0] == "Friend"
    assert finding.message.startswith("For “Student” (measured), the worst path is “Friend” → “Stand”")
    assert "(mean emotion −2.0)" in finding.message  # a true minus, as the report prints
    # By default the measured values come from scored feedback (1..5 mapped onto -2..+2).
    for name, score in [("Friend", 1.0), ("Stand", 2.0), ("Advert", 5.0)]:
        j.add(FeedbackItem(id=new_id(), touchpoint_id=b.ids[name], score=score, persona_id=worker.id))
    result = run(j)
    measured = [f for f in result.of_kind("worst_path") if "(measured)" in f.message]
    assert [f.message.split(",")[0] for f in measured] == ["For all customers (measured)", "For “Worker” (measured)"]
    assert all(b.names(f.ids)[0] == "Friend" and f.severity is Severity.WARNING for f in measured)


def test_bottleneck_is_where_most_paths_pass() -> None:
    b = Builder()
    b.tp("A1", 0).tp("A2", 0).tp("A3", 0).tp("Hub", 1).tp("Z1", 2).tp("Z2", 2)
    for a in ("A1", "A2", "A3"):
        b.flow(a, "Hub")
    b.flow("Hub", "Z1").flow("Hub", "Z2").flow("A3", "Z2")
    result = run(b.journey)
    assert len(result.paths) == 7
    (finding,) = result.of_kind("bottleneck")
    assert b.names(finding.ids) == ["Hub"]
    assert finding.message.startswith("6 of 7 paths (86 %) pass through “Hub”")
    assert finding.value == 6 / 7 and result.path_counts[b.ids["Hub"]] == 6


def ladder(stages: int) -> Builder:
    """Two cards per stage, each linked to both cards of the next stage: 2 ** stages paths."""
    b = Builder()
    for s in range(stages):
        b.tp(f"U{s}", s % 8).tp(f"D{s}", s % 8)
    for s in range(stages - 1):
        for x in "UD":
            b.flow(f"{x}{s}", f"U{s + 1}").flow(f"{x}{s}", f"D{s + 1}")
    return b


def test_paths_are_counted_exactly_and_only_the_list_is_short() -> None:
    b = ladder(5)
    full = run(b.journey)
    assert len(full.paths) == 32 and full.path_count == 32 and not full.truncated and not full.of_kind("bound")
    listed = run(b.journey, listed=10)
    assert len(listed.paths) == 10 and listed.truncated and listed.paths == full.paths[:10]
    assert listed.path_count == 32 and listed.findings == full.findings  # every answer covers every path
    assert all("only the first" not in f.message for f in listed.findings)


def test_huge_path_counts_are_exact_and_readable() -> None:
    b = ladder(60)  # 2 ** 60 paths: far beyond listing, and beyond a float's exact integers
    result = run(b.journey, listed=3)
    assert result.path_count == 2**60 and result.path_counts[b.ids["U30"]] == 2**59
    (count,) = result.of_kind("path_count")
    assert count.value == 2**60 and count.message == "1.2 × 10¹⁸ paths lead from 2 entries to 2 exits."
    assert len(result.paths) == 3
    (moment,) = run(b.tp("Gift", 0, moment=True).flow("Gift", "U1").journey, listed=0).of_kind("moment_of_truth")
    # Gift -> U1 adds 2 ** 58 paths to 2 ** 60: a fifth of them.
    assert moment.message == "“Gift” is a moment of truth on 2.9 × 10¹⁷ of 1.4 × 10¹⁸ paths (20 %)."
    assert moment.value == 0.2


def test_a_loop_is_one_step_of_a_path() -> None:
    b = ladder(5)
    b.tp("Exit", 6).flow("U4", "Exit").flow("D4", "U0")
    # D4 -> U0 closes a loop through every card but D0: D0 and Exit around one step.
    result = run(b.journey)
    assert result.path_count == 1 and [b.names(p.ids)[0] for p in result.paths] == ["D0"]
    assert b.names(result.paths[0].ids)[-1] == "Exit" and len(result.paths[0].ids) == 11
    (count,) = result.of_kind("path_count")
    assert count.message == "1 path leads from 1 entry to 1 exit, each loop taken as one step."


def test_findings_come_sorted_by_severity_and_json_ready() -> None:
    b = Builder()
    b.tp("A", 0, owner="").tp("B", 1).tp("C", 2).flow("A", "B", "C", "B")
    findings = run(b.journey).findings
    ranks = [["error", "warning", "info"].index(f.severity.value) for f in findings]
    assert ranks == sorted(ranks) and findings[0].kind == "trap"
    d = findings[0].as_dict()
    assert set(d) == {"kind", "severity", "message", "ids"} and d["severity"] == "error"  # no number: no value
    assert isinstance(d["ids"], list)


def test_titles_are_quoted_literally() -> None:
    b = Builder()
    b.tp("<b>Site & co</b>", 0, owner="").tp("", 1)
    messages = [f.message for f in run(b.journey).findings]
    assert "No one owns “<b>Site & co</b>”." in messages
    assert "“(untitled)” is not linked to any other touchpoint." in messages
    assert path_label(b.journey, list(b.ids.values())) == "“<b>Site & co</b>” → “(untitled)”"


def test_an_empty_map_has_only_empty_stages() -> None:
    journey = templates.eight_stages()
    result = run(journey)
    assert {f.kind for f in result.findings} == {"empty_stage", "path_count", "reach"} and result.paths == ()
    assert result.of_kind("path_count")[0].message == "No path leads from an entry to an exit."


def test_long_paths_are_shortened_in_messages_only() -> None:
    b = Builder()
    for i in range(8):
        b.tp(f"T{i}", i)
    ids = list(b.ids.values())
    assert path_label(b.journey, ids, longest=6) == "“T0” → “T1” → … → “T6” → “T7” (8 touchpoints)"
    assert path_label(b.journey, ids[:6], longest=6).count("→") == 5


def test_reach_by_the_flows_shares_losses_and_shares_over_100_percent() -> None:
    b = branch()
    b.tp("Price", 2).flow("Site", "Price")
    flows = {(f.source_id, f.target_id): f for f in b.journey.flows()}
    b.journey.update(Flow, flows[(b.ids["Site"], b.ids["Price"])].id, share=0.3)
    result = run(b.journey)
    # Half the customers come in at the advert; 30 % of those leave at the price: 15 % of all.
    (loss,) = result.of_kind("loss")
    assert loss.message == "15 % of entering customers are lost at “Price”." and abs(loss.value - 0.15) < 1e-12
    reach = {f.ids[0]: f.value for f in result.of_kind("reach")}
    assert abs(reach[b.stages[-1].id] - 0.85) < 1e-12 and abs(result.reach.finished - 0.85) < 1e-12
    assert abs(result.reach.touchpoints[b.ids["Search"]] - 0.35) < 1e-12
    b.tp("Chat", 2).flow("Site", "Chat")
    b.journey.update(Flow, flows[(b.ids["Site"], b.ids["Search"])].id, share=0.9)
    (over,) = run(b.journey).of_kind("share_over")
    assert (
        over.message == "The flows out of “Site” give 120 % of its customers; reach takes them in proportion, as 100 %."
    )
    assert over.ids == (b.ids["Site"],) and abs(over.value - 1.2) < 1e-12
