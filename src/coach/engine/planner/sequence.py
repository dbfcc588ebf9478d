"""Step 3, sequence: the order of the work, core first.

Each core skill comes right after the prerequisites it needs (heaviest core first), so the
role's defining skills start in the first weeks and foundations sit just before what needs
them. After the core: the portfolio project (it uses only what came before), then the
production-readying and supporting skills, then the job search: the sources' staged path
(seed 003: months 1-3 foundations, 4-7 a side project, 8-12 production-readying and the story).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from coach.engine.planner.select import HoursFn, Learn
from coach.engine.planner.selection import SPLIT_MIN_HOURS, first_share
from coach.engine.schedule import topo_order
from coach.knowledge.loader import KnowledgeBase


@dataclass(frozen=True)
class Ordered:
    """Chosen skills in learning order, split into the plan's blocks."""

    foundations: list[str]
    core: list[str]
    supporting: list[str]

    @property
    def all(self) -> list[str]:
        return [*self.foundations, *self.core, *self.supporting]


def _with_prerequisites(
    skill: str,
    chosen: Collection[str],
    done: Collection[str],
    kb: KnowledgeBase,
    weights: Mapping[str, float],
) -> list[str]:
    need: set[str] = set()
    stack = [skill]
    while stack:
        s = stack.pop()
        if s in need or s in done:
            continue
        need.add(s)
        stack.extend(p for p in kb.skills[s].prerequisites if p in chosen)
    return topo_order(need, kb, weights)


def order_skills(
    chosen: Collection[str],
    core: Sequence[str],
    weights: Mapping[str, float],
    kb: KnowledgeBase,
    first: Sequence[str] = (),
) -> Ordered:
    """Chosen skills in order: ``first`` (a mentor's focus, or what an early project needs),
    then each core skill after its prerequisites, heaviest first, then the rest by weight."""
    done: list[str] = []
    rest = sorted((s for s in chosen if s not in core), key=lambda s: (-weights.get(s, 0.0), s))
    leads = [s for s in first if s in chosen]
    for skill in [*leads, *[c for c in core if c in chosen], *rest]:
        done += _with_prerequisites(skill, chosen, done, kb, weights)
    done = _through_dropped(done, kb)
    core_set = set(core)
    positions = [i for i, s in enumerate(done) if s in core_set]
    if not positions:
        return Ordered([], [], done)
    a, b = positions[0], positions[-1] + 1
    return Ordered(done[:a], done[a:b], done[b:])


def ancestors(skill: str, kb: KnowledgeBase) -> set[str]:
    """Every skill ``skill`` builds on, transitively (through skills not in the plan too)."""
    seen: set[str] = set()
    stack = list(kb.skills[skill].prerequisites)
    while stack:
        s = stack.pop()
        if s not in seen and s in kb.skills:
            seen.add(s)
            stack.extend(kb.skills[s].prerequisites)
    return seen


def _through_dropped(order: list[str], kb: KnowledgeBase) -> list[str]:
    """``order`` with each skill after everything it builds on that the plan teaches, also
    through a prerequisite the plan leaves out (deep learning builds on Python through classic
    ML: Python comes first even when classic ML is not taught on its own)."""
    out = list(order)
    moved = True
    while moved:
        moved = False
        for i, s in enumerate(out):
            later = [p for p in out[i + 1 :] if p in ancestors(s, kb)]
            if later:
                for p in later:
                    out.remove(p)
                out[i:i] = later
                moved = True
                break
    return out


DEEPEN_MIN_HOURS = 16.0
"""A core skill is split into basic + deepening only when deepening is a real block of work:
short ones stay one line (the plan stays short)."""
DEEPEN = "#deepen"
"""Work key suffix of the second pass over a core skill (basic -> its level)."""


REST = "#rest"
"""Work key suffix of the remainder of a split foundation."""


def _split_foundations(
    keys: Sequence[str],
    core: Collection[str],
    parts: dict[str, Learn],
    after: Sequence[str] = (),
    split_for: Collection[str] | None = None,
    below: Mapping[str, Collection[str]] | None = None,
) -> tuple[list[str], list[str]]:
    """``keys`` with each long foundation (not a core skill) cut to its first share, for the
    core skill that follows it (in ``keys`` or ``after``), and the rests, in order. ``parts``
    gets both shares; their hours add up to the whole."""
    head: list[str] = []
    rests: list[str] = []
    for i, s in enumerate(keys):
        learn = parts[s]
        head.append(s)
        if s in core or learn.hours < SPLIT_MIN_HOURS:
            continue
        later = [*keys[i + 1 :], *after]
        serves = next(
            (c for c in later if c in core and (below is None or s in below.get(c, ()))), ""
        )
        if (split_for is not None and serves not in split_for) or not serves:
            continue  # it serves a skill learned in one pass: so is it
        share = first_share(learn.hours)
        parts[s] = replace(learn, hours=share, part="first", serves=serves)
        parts[s + REST] = replace(learn, hours=learn.hours - share, part="rest")
        rests.append(s + REST)
    return head, rests


def spiral(
    ordered: Ordered,
    chosen: Mapping[str, Learn],
    hours: HoursFn,
    first: Sequence[str] = (),
    core: Collection[str] = (),
    defining: Collection[str] = (),
    lead: Collection[str] = (),
    below: Mapping[str, Collection[str]] | None = None,
) -> tuple[Ordered, dict[str, Learn]]:
    """Every defining skill to basic level first, then each one deepened, in the same order: the
    role's defining skills all start in the first weeks (a spiral, as a coach teaches) instead
    of the last one waiting for the first ones to reach working level. Every other skill is
    learned in one pass to its level, in its place (no second pass of CI/CD or Docker after the
    core: COACHING.md B1), and so is a defining skill whose deepening is short. What comes before a
    skill the request leads with (``first``: a mentor's focus) is taken only to basic level
    there, however short its deepening, and a skill already at basic level waits whole: the
    focus starts in the first weeks. A long foundation of the ``core`` skills gets a just-enough
    first share before them and the rest after their basic pass. Returns the order as work keys
    and what each key learns; the hours add up to the selection's."""
    parts: dict[str, Learn] = {s: chosen[s] for s in ordered.all}
    splits = set(lead) or None  # a long foundation is split only before what leads
    foundations, rests = (
        _split_foundations(ordered.foundations, core, parts, ordered.core, splits, below)
        if core
        else (
            ordered.foundations,
            [],
        )
    )
    basics: list[str] = []
    deeper: list[str] = []
    known: list[tuple[str, int]] = []
    leads = [i for i, s in enumerate(ordered.core) if s in first]
    lead_end = max(leads, default=-1)
    for i, s in enumerate(ordered.core):
        learn = chosen[s]
        if learn.part == "toward" and s not in first:  # hours left over: after the core's
            # own steps (a defining skill's right after the other defining skills have started;
            # one a request leads with, "privacy in week 1", keeps its place at the front)
            if s in defining:
                known.append((s, len(basics)))
            else:
                deeper.append(s)
            continue
        basic = hours(s, learn.level_from, 1) if learn.level_from == 0 else 0.0
        rest = learn.hours - basic
        before_lead = i < lead_end and s not in first
        if s not in {*first, *defining, *lead} and not before_lead:
            basics.append(s)  # nothing defining builds on it: one pass, in its place
            if s not in core and learn.level_from == 0 and learn.hours >= SPLIT_MIN_HOURS:
                after = ordered.core[i + 1 :]  # just enough of it before a defining skill
                rests += _split_foundations([s], core, parts, after, splits, below)[1]
            continue
        if learn.level_from >= 1 and (before_lead or s not in {*first, *defining}):
            # basic already: its deepening waits until every core skill has started (and the
            # focus a request leads with)
            deeper.append(s)
            continue
        if learn.level_from >= 1 and s in defining and s not in first:
            # a defining skill at basic: deepened once the others have started, never before
            # what it builds on (its place in the order)
            known.append((s, len(basics)))
            continue
        basics.append(s)
        if core and s not in core and learn.level_from == 0 and learn.hours >= SPLIT_MIN_HOURS:
            after = ordered.core[i + 1 :]
            rests += _split_foundations([s], core, parts, after, splits, below)[1]
            continue
        if (
            learn.level_from == 0
            and learn.level_to >= 2
            and basic >= 1
            # what the defining skills build on: basic before them, its depth after they have
            # all started (prompting to working level does not hold tool calling back)
            and (rest >= DEEPEN_MIN_HOURS or ((before_lead or s not in defining) and rest >= 1))
        ):
            parts[s] = Learn(s, 0, 1, basic)
            parts[s + DEEPEN] = Learn(s, 1, learn.level_to, rest)
            deeper.append(s + DEEPEN)
    basics = _placed(basics, known, defining, lead)
    order = _spiral_order(basics, rests, deeper, lead)
    return Ordered(foundations, order, ordered.supporting), parts


def _placed(
    basics: list[str],
    known: list[tuple[str, int]],
    defining: Collection[str],
    lead: Collection[str],
) -> list[str]:
    """The first passes with what leads first and each defining skill the person has at basic
    level (``known``: skill, place) put back, after the other defining skills' first passes."""
    if lead:  # the defining skills and what they build on start first; the other core after
        was = basics
        basics = [s for s in was if s in lead] + [s for s in was if s not in lead]
        known = [(s, sum(1 for b in was[:place] if b in lead)) for s, place in known]
    last = max((i for i, s in enumerate(basics) if s in defining), default=-1)
    for s, place in reversed(known):  # later places first: earlier ones keep their index
        at = max(last + 1, place)
        basics.insert(at, s)
    return basics


def _spiral_order(
    basics: list[str], rests: list[str], deeper: list[str], lead: Collection[str]
) -> list[str]:
    """The defining skills' first passes (and what they build on), the rests of their long
    foundations, their deepening; then the other core skills in one pass each; then what is
    left over."""
    if not lead:
        return [*basics, *rests, *deeper]
    head = [s for s in basics if s in lead]
    others = [s for s in basics if s not in lead]
    deepen = [k for k in deeper if k.endswith(DEEPEN) or k in lead]
    rest = [k for k in deeper if k not in deepen]
    return [*head, *rests, *deepen, *others, *rest]
