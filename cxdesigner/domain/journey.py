"""The journey map: the one class that owns and mutates the touchpoint graph.

Touchpoints are the nodes of a ``networkx.DiGraph`` and flows its edges; stages, lanes, personas and the
other kinds sit in dictionaries beside it. The graph is built on first use and kept current after that, so
reading a project (``cxdesigner info``) does not pay for importing networkx.
Every mutation checks the invariants first, changes the state,
then emits typed events (old and new values) to the subscribers, in order.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from cxdesigner.domain import referrer_index
from cxdesigner.domain.entities import (
    Emotion,
    Flow,
    Lane,
    MapInfo,
    Persona,
    Stage,
    Touchpoint,
    new_id,
)
from cxdesigner.domain.entity_rules import kind_problem, rules_met, shape_problem
from cxdesigner.domain.events import Added, Changed, Event, Removed
from cxdesigner.domain.kinds import KIND_OF, KINDS, RANK, kind_of
from cxdesigner.domain.storable import columns_fine, storable_problem, type_problem

if TYPE_CHECKING:
    import networkx as nx

E = TypeVar("E")
Listener = Callable[[Event], None]


class ModelError(ValueError):
    """An operation would break an invariant of the map; nothing was changed.

    ``field`` names the entity field at fault when there is one, so importers can point at it.
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass
class Removal:
    """What a delete took away, in dependency order, so that ``restore`` can undo it whole."""

    removed: list[Any] = field(default_factory=list)
    detached: list[tuple[Any, Any]] = field(default_factory=list)


class JourneyMap:
    """Stages, lanes, touchpoints, flows, personas and emotions, with their invariants."""

    def __init__(self, info: MapInfo | None = None) -> None:
        self._nx: nx.DiGraph | None = None  # built by _graph on first use
        self._flow_keys: dict[tuple[str, str], str] = {}
        self._items: dict[type, dict[str, Any]] = {k.cls: {} for k in KINDS}
        self._referrers: referrer_index.Index = {}
        self._owner_cls: dict[str, type] = {}
        self._cells: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._emotion_keys: dict[tuple[str, str], str] = {}
        self._unique: dict[tuple[Any, ...], str] = {}
        self._listeners: list[Listener] = []
        info = info or MapInfo(id=new_id())
        self._check_values(info)
        self._insert(info)

    # ----------------------------------------------------------------- reading
    @property
    def info(self) -> MapInfo:
        """The single map-info record."""
        return next(iter(self._items[MapInfo].values()))

    @property
    def _graph(self) -> nx.DiGraph:
        """The touchpoint graph itself, built from the entities the first time it is needed."""
        if self._nx is None:
            import networkx as nx

            graph = nx.DiGraph()
            for tp in self._items[Touchpoint].values():
                graph.add_node(tp.id, touchpoint=tp)
            for flow in self._items[Flow].values():
                graph.add_edge(flow.source_id, flow.target_id, flow=flow, id=flow.id)
            self._nx = graph
        return self._nx

    @property
    def graph(self) -> nx.DiGraph:
        """A read-only view of the touchpoint graph (node attr ``touchpoint``, edge attr ``flow``)."""
        return self._graph.copy(as_view=True)

    def get(self, cls: type[E], entity_id: str) -> E:
        """The entity of class ``cls`` with this id; ``KeyError`` when absent."""
        return self._items[cls][entity_id]  # type: ignore[no-any-return]

    def find(self, entity_id: str) -> Any | None:
        """Any entity with this id, whatever its kind."""
        cls = self._owner_cls.get(entity_id)
        return None if cls is None else self._items[cls][entity_id]

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._owner_cls

    def all(self, cls: type[E]) -> list[E]:
        """Every entity of a class; ordered kinds come sorted by ``order``."""
        values = list(self._items[cls].values())
        if kind_of(cls).ordered:
            values.sort(key=lambda e: (e.order, e.id))
        return values

    def count(self, cls: type) -> int:
        """How many entities of this class the map holds."""
        return len(self._items[cls])

    def stages(self) -> list[Stage]:
        return self.all(Stage)

    def lanes(self) -> list[Lane]:
        return self.all(Lane)

    def personas(self) -> list[Persona]:
        return self.all(Persona)

    def touchpoints(self) -> list[Touchpoint]:
        return list(self._items[Touchpoint].values())

    def flows(self) -> list[Flow]:
        return list(self._items[Flow].values())

    def emotions(self) -> list[Emotion]:
        return list(self._items[Emotion].values())

    def cell(self, stage_id: str, lane_id: str) -> list[Touchpoint]:
        """The cards in one stage x lane cell, top to bottom."""
        tps = [self._items[Touchpoint][i] for i in self._cells.get((stage_id, lane_id), ())]
        tps.sort(key=lambda t: (t.order, t.id))
        return tps

    def cells(self) -> dict[tuple[str, str], list[Touchpoint]]:
        """Every non-empty cell with its cards, top to bottom."""
        return {key: self.cell(*key) for key, ids in self._cells.items() if ids}

    def emotion(self, touchpoint_id: str, persona_id: str) -> Emotion | None:
        """The designed emotion of a persona at a touchpoint, if set."""
        eid = self._emotion_keys.get((touchpoint_id, persona_id))
        return None if eid is None else self._items[Emotion][eid]

    def flow_between(self, source_id: str, target_id: str) -> Flow | None:
        """The flow from one touchpoint to another, if any."""
        fid = self._flow_keys.get((source_id, target_id))
        return None if fid is None else self._items[Flow][fid]

    def referrers(self, entity_id: str) -> list[Any]:
        """The entities that refer to this one."""
        return [self.find(i) for i in self._referrers.get(entity_id, ())]

    def entities(self) -> Iterable[Any]:
        """Every entity, parents before children (dependency order)."""
        for kind in KINDS:
            yield from self._items[kind.cls].values()

    # -------------------------------------------------------------- listeners
    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with every event, after the change is made."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    # -------------------------------------------------------------- mutation
    def add(self, entity: Any) -> Any:
        """Insert a new entity after checking its references; emits ``Added``."""
        self._check_new(entity)
        self._insert(entity)
        self._emit(Added(entity))
        return entity

    def update(self, cls: type[E], entity_id: str, **changes: Any) -> E:
        """Replace some fields of an entity; emits ``Changed`` if anything differs."""
        old = self._items[cls].get(entity_id)
        if old is None:
            raise ModelError(f"no {kind_of(cls).name} with id {entity_id}")
        if "id" in changes:
            raise ModelError("ids never change")
        new = dataclasses.replace(old, **changes)
        return self.put(new)  # type: ignore[no-any-return]

    def put(self, new: Any) -> Any:
        """Replace the entity with the same id by ``new``; emits ``Changed`` if anything differs."""
        cls = type(new)
        old = self._items[cls].get(new.id)
        if old is None:
            raise ModelError(f"no {kind_of(cls).name} with id {new.id}")
        fields = frozenset(f.name for f in dataclasses.fields(new) if getattr(old, f.name) != getattr(new, f.name))
        if not fields:
            return old
        self._check_values(new)
        self._check_refs(new, replacing=old)
        self._remove_indexes(old)
        self._store(new)
        self._emit(Changed(old, new, fields))
        return new

    def delete(self, ids: Iterable[str]) -> Removal:
        """Delete entities and everything that depends on them; returns what to restore on undo."""
        doomed: set[str] = set()
        stack = [i for i in ids if i in self._owner_cls]
        while stack:
            current = stack.pop()
            if current in doomed:
                continue
            if self._owner_cls[current] is MapInfo:
                raise ModelError("the map itself cannot be deleted")
            doomed.add(current)
            for ref in self._referrers.get(current, ()):
                entity = self.find(ref)
                if self._refers_required(entity, current) or self._loses_anchors(entity, doomed):
                    stack.append(ref)
        removal = Removal()
        for ref_id in sorted({r for d in doomed for r in self._referrers.get(d, ()) if r not in doomed}):
            old = self.find(ref_id)
            cleared = {name: "" for name in kind_of(old).optional_refs if getattr(old, name) in doomed}
            if cleared:
                removal.detached.append((old, self.put(dataclasses.replace(old, **cleared))))
        victims = sorted((self.find(i) for i in doomed), key=lambda e: (-RANK[type(e)], e.id))
        for entity in victims:
            self._remove_indexes(entity, removing=True)
            self._items[type(entity)].pop(entity.id)
            del self._owner_cls[entity.id]
            self._referrers.pop(entity.id, None)
            removal.removed.append(entity)
            self._emit(Removed(entity))
        removal.removed.reverse()
        return removal

    def restore(self, removal: Removal) -> None:
        """Undo a ``delete``: put back every removed entity and re-attach cleared references."""
        for entity in removal.removed:
            self.add(entity)
        for old, _new in removal.detached:
            self.put(old)

    def copy(self) -> JourneyMap:
        """A copy of the map as it is now, sharing its entities (they are immutable): no checks, no
        listeners, a few dictionaries copied, so a reader in another thread (the analysis) can take it
        from under the editor at once (a 10,000-card map in a few milliseconds; ``load`` takes a second)."""
        twin = object.__new__(JourneyMap)
        twin._nx = None
        twin._flow_keys = dict(self._flow_keys)
        twin._items = {cls: dict(items) for cls, items in self._items.items()}
        twin._referrers = referrer_index.copied(self._referrers)
        twin._owner_cls = dict(self._owner_cls)
        twin._cells = defaultdict(set, {k: set(v) for k, v in self._cells.items()})
        twin._emotion_keys = dict(self._emotion_keys)
        twin._unique = dict(self._unique)
        twin._listeners = []
        return twin

    def load(self, entities: Iterable[Any]) -> None:
        """Fill the map in one pass, checking every entity, without emitting events.

        Entities must come parents first (the order of ``KINDS``); raises ``ModelError`` on a broken one.
        """
        for entity in entities:
            self._check_new(entity)
            self._insert(entity)

    def load_table(self, cls: type, entities: list[Any]) -> bool:
        """Add new entities of one class at once when all of them pass every check of ``load``, checked a
        field or a reference at a time; else change nothing and return False (then ``load`` them, which
        names the first broken one). Their parents must be in the map already."""
        if not self._table_fine(cls, entities):
            return False
        for entity in entities:
            self._insert(entity)
        return True

    # ---------------------------------------------------------------- helpers
    @staticmethod
    def order_at(siblings: list[Any], index: int, exclude: Iterable[str] = ()) -> float:
        """An ``order`` key that places a thing at ``index`` among ``siblings`` (sorted by order)."""
        skip = set(exclude)
        keys = [s.order for s in siblings if s.id not in skip]
        index = max(0, min(index, len(keys)))
        if not keys:
            return 0.0
        if index == 0:
            return keys[0] - 1.0
        if index == len(keys):
            return keys[-1] + 1.0
        return (keys[index - 1] + keys[index]) / 2.0

    # -------------------------------------------------------------- internals
    def _refers_required(self, entity: Any, target_id: str) -> bool:
        return any(getattr(entity, name) == target_id for name in kind_of(entity).refs)

    @staticmethod
    def _loses_anchors(entity: Any, doomed: set[str]) -> bool:
        anchors = kind_of(entity).anchors
        return bool(anchors) and all(not getattr(entity, a) or getattr(entity, a) in doomed for a in anchors)

    @staticmethod
    def _unique_key(entity: Any) -> tuple[Any, ...] | None:
        fields = kind_of(entity).unique
        return (type(entity), *(getattr(entity, f) for f in fields)) if fields else None

    def _check_new(self, entity: Any) -> None:
        if type(entity) not in self._items:
            raise ModelError(f"unknown kind {type(entity).__name__}")
        if isinstance(entity, MapInfo):
            raise ModelError("a map has exactly one map-info record")
        if not isinstance(entity.id, str) or not entity.id:
            raise ModelError("an entity needs an id", "id")
        if entity.id in self._owner_cls:
            raise ModelError(f"id {entity.id} is already used", "id")
        self._check_values(entity)
        self._check_refs(entity, replacing=None)

    def _table_fine(self, cls: type, entities: list[Any]) -> bool:
        """Whether ``_check_new`` would pass every entity, each one added after those before it."""
        if cls not in self._items or cls is MapInfo or any(type(e) is not cls for e in entities):
            return False
        if not columns_fine(cls, entities):  # types first: the checks below rely on them
            return False
        ids = {e.id for e in entities}
        if len(ids) != len(entities) or "" in ids or not ids.isdisjoint(self._owner_cls):
            return False
        if not rules_met(cls, entities):
            return False
        kind = kind_of(cls)
        for name, target in (*kind.refs.items(), *kind.optional_refs.items()):
            known = self._items[target]
            values = {getattr(e, name) for e in entities} - ({"", None} if name in kind.optional_refs else set())
            if target is cls or not all(map(known.__contains__, values)):
                return False
        keys = {
            Flow: (self._flow_keys, ("source_id", "target_id")),
            Emotion: (self._emotion_keys, ("touchpoint_id", "persona_id")),
        }.get(cls)
        if keys is not None and not _new_and_distinct(entities, keys[1], keys[0]):
            return False
        return not kind.unique or _new_and_distinct(entities, kind.unique, self._unique, (cls,))

    def _check_values(self, entity: Any) -> None:
        mistyped = type_problem(entity)  # before the checks below, which rely on the declared types
        problem = kind_problem(entity) or mistyped or shape_problem(entity) or storable_problem(entity)
        if problem:
            raise ModelError(problem[1], problem[0])

    def _check_refs(self, entity: Any, replacing: Any | None) -> None:
        kind = kind_of(entity)
        for name, cls in kind.refs.items():
            if getattr(entity, name) not in self._items[cls]:
                raise ModelError(f"{kind.name}.{name} refers to a missing {kind_of(cls).name}", name)
        for name, cls in kind.optional_refs.items():
            value = getattr(entity, name)
            if value and value not in self._items[cls]:
                raise ModelError(f"{kind.name}.{name} refers to a missing {kind_of(cls).name}", name)
        if isinstance(entity, Flow):
            existing = self.flow_between(entity.source_id, entity.target_id)
            if existing is not None and (replacing is None or existing.id != entity.id):
                raise ModelError("these touchpoints are already linked", "target_id")
        if isinstance(entity, Emotion):
            eid = self._emotion_keys.get((entity.touchpoint_id, entity.persona_id))
            if eid is not None and eid != entity.id:
                raise ModelError("this persona already has an emotion at this touchpoint", "persona_id")
        key = self._unique_key(entity)
        if key is not None and self._unique.get(key, entity.id) != entity.id:
            raise ModelError(f"another {kind.name} row has the same {', '.join(kind.unique)}", kind.unique[-1])

    def _insert(self, entity: Any) -> None:
        self._owner_cls[entity.id] = type(entity)
        self._store(entity)

    def _store(self, entity: Any) -> None:
        cls, eid = type(entity), entity.id
        self._items[cls][eid] = entity
        kind = KIND_OF[cls]
        for name in kind.ref_names:
            target = getattr(entity, name)
            if target:
                referrer_index.add(self._referrers, target, eid)
        if isinstance(entity, Touchpoint):
            if self._nx is not None:
                self._nx.add_node(entity.id, touchpoint=entity)
            self._cells[(entity.stage_id, entity.lane_id)].add(entity.id)
        elif isinstance(entity, Flow):
            self._flow_keys[(entity.source_id, entity.target_id)] = entity.id
            if self._nx is not None:
                self._nx.add_edge(entity.source_id, entity.target_id, flow=entity, id=entity.id)
        elif isinstance(entity, Emotion):
            self._emotion_keys[(entity.touchpoint_id, entity.persona_id)] = entity.id
        if kind.unique:
            self._unique[(cls, *(getattr(entity, f) for f in kind.unique))] = eid

    def _remove_indexes(self, entity: Any, removing: bool = False) -> None:
        kind = kind_of(entity)
        for name in kind.ref_names:
            target = getattr(entity, name)
            if target:
                referrer_index.discard(self._referrers, target, entity.id)
        if isinstance(entity, Touchpoint):
            self._cells[(entity.stage_id, entity.lane_id)].discard(entity.id)
            if removing and self._nx is not None:
                self._nx.remove_node(entity.id)
        elif isinstance(entity, Flow):
            if self._flow_keys.get((entity.source_id, entity.target_id)) == entity.id:
                del self._flow_keys[(entity.source_id, entity.target_id)]
            if self._nx is not None and self._nx.has_edge(entity.source_id, entity.target_id):
                self._nx.remove_edge(entity.source_id, entity.target_id)
        elif isinstance(entity, Emotion):
            self._emotion_keys.pop((entity.touchpoint_id, entity.persona_id), None)
        key = self._unique_key(entity)
        if key is not None and self._unique.get(key) == entity.id:
            del self._unique[key]


def _new_and_distinct(
    entities: list[Any], fields: tuple[str, ...], taken: dict[Any, Any], head: tuple[Any, ...] = ()
) -> bool:
    """Whether no two entities share these fields' values and none has values already ``taken``."""
    keys = {(*head, *(getattr(e, f) for f in fields)) for e in entities}
    return len(keys) == len(entities) and keys.isdisjoint(taken)
