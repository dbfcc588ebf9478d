"""Step 5, milestones: checkable deliverables every 3-6 weeks, each saying how it is checked."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from coach.engine.planner.assemble import deliverable_kind
from coach.engine.planner.projects import ProjectChoice
from coach.engine.planner.sequence import REST
from coach.engine.schedule import Slot
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Language, Milestone, PlanItem, PortfolioProject

MILESTONE_MIN_GAP = 4
MILESTONE_MAX_GAP = 6


def milestone_texts(
    items: Mapping[str, PlanItem],
    projects: Sequence[tuple[ProjectChoice, PortfolioProject]],
    kb: KnowledgeBase,
    lang: Language,
    mode: str = "",
    guarded: bool = False,
) -> tuple[dict[str, tuple[str, str, str]], set[str]]:
    """work key -> (title, deliverable, how checked), and the keys whose work is not code;
    ``guarded``: the person's cases are people's data (patients, pupils, clients), so the
    project runs on de-identified cases and a person signs off every output."""
    texts: dict[str, tuple[str, str, str]] = {}
    no_code: set[str] = set()
    for key, it in items.items():
        kind = deliverable_kind(kb.skills[it.skill_id])
        check = f"plan.check.{kind}.{'basic' if it.level_to <= 1 else 'working'}"
        name = kb.skills[it.skill_id].name.get(lang)
        toward = _toward_project(it, name, kind, projects, lang, guarded)
        texts[key] = (name, toward or it.deliverable, t(lang, check))
        if kind != "code":
            no_code.add(key)
        if key + REST in items:  # a first share: its deliverable is due when the rest ends
            suffix = "" if kind == "code" else ".no_code"
            progress = t(lang, "plan.progress.midway" + suffix, title=name)
            texts[key] = (name, progress, t(lang, "plan.progress.check" + suffix))
    for choice, pp in projects:
        code = any(deliverable_kind(kb.skills[s]) == "code" for s in pp.skill_ids)
        suffix = ("" if code else ".no_code") + (".guarded" if guarded else "")
        deliverable = t(
            lang, "plan.project.deliverable" + suffix, title=pp.title, description=pp.description
        )
        texts[choice.key] = (pp.title, deliverable, t(lang, "plan.project.check" + suffix))
        if not code:
            no_code.add(choice.key)
    suffix = mode  # assemble.job_mode: a new job, AI in the job they have, or finding work
    if mode:
        no_code.add("job_search")
    texts["job_search"] = (
        t(lang, "plan.phase.job_search" + suffix),
        t(lang, "plan.job.deliverable" + suffix),
        t(lang, "plan.job.check" + suffix),
    )
    return texts, no_code


def _toward_project(
    it: PlanItem,
    name: str,
    kind: str,
    projects: Sequence[tuple[ProjectChoice, PortfolioProject]],
    lang: Language,
    guarded: bool,
) -> str:
    """A work skill the project later puts to use is shown on the project's own material, not
    as a generic exercise of its own (a form -> AI report -> email flow before a librarian's
    project on reader questions: the same flow twice, and not from their work); after it, taken
    further there. Code keeps its own stepping stones. Empty when the item keeps its
    deliverable."""
    if kind == "code":
        return ""
    for _, pp in projects:
        if it.skill_id not in pp.skill_ids:
            continue
        when = "toward" if it.week_end <= pp.week_start else "beyond"
        key = f"plan.deliverable.{when}_project" + (".guarded" if guarded else "")
        return t(lang, key, name=name, title=pp.title)
    return ""


def _weight(slot: Slot) -> tuple[int, int, int]:
    """A project or the job search first, then the most hours, then the latest."""
    return (slot.kind != "learn", slot.tenths, slot.week_end)


def make_milestones(
    slots: Sequence[Slot],
    texts: Mapping[str, tuple[str, str, str]],
    lang: Language,
    no_code: Collection[str] = (),
) -> list[Milestone]:
    """Milestones 3-6 weeks apart: at the end of work items (the biggest of those that end close
    together gives the deliverable) and progress checks inside long items, each with a
    deliverable and its check.
    ``texts`` maps a work key to (title, deliverable, how checked); a progress check on work in
    ``no_code`` looks at shared notes and drafts rather than commits."""
    if not slots:
        return []
    ends = sorted({sl.week_end for sl in slots})
    chosen: list[int] = []
    for e in ends:
        if e - (chosen[-1] if chosen else 0) >= MILESTONE_MIN_GAP:
            chosen.append(e)
    if not chosen:
        chosen = [ends[-1]]
    elif chosen[-1] != ends[-1]:
        chosen[-1] = ends[-1]
    weeks: list[int] = []
    previous = 0
    for w in chosen:
        while w - previous > MILESTONE_MAX_GAP:
            previous += MILESTONE_MAX_GAP - 2
            weeks.append(previous)
        weeks.append(w)
        previous = w
    out: list[Milestone] = []
    previous = 0
    seen: set[str] = set()  # a deliverable is due once (a basic part and its deepening share one)
    for w in weeks:
        done = [sl for sl in slots if previous < sl.week_end <= w]
        fresh = [sl for sl in done if texts[sl.key][1] not in seen]
        if fresh:  # one deliverable: the biggest piece of work done (the rest is in the items)
            main = max(fresh, key=_weight)
            deliverable, how = texts[main.key][1], texts[main.key][2]
            seen.add(deliverable)  # one not shown yet is due when its deepening ends
        else:
            unfinished = [sl for sl in slots if sl.week_end > w]
            active = unfinished[0] if unfinished else done[-1]
            suffix = ".no_code" if active.key in no_code else ""
            deliverable = t(lang, "plan.progress.midway" + suffix, title=texts[active.key][0])
            how = t(lang, "plan.progress.check" + suffix)
        out.append(Milestone(week=w, deliverable=deliverable, how_checked=how))
        previous = w
    return out
