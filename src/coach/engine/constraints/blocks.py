"""Applying the week anchors, the job-search block and the mentor's corrections of the profile.

The planner calls these; :mod:`coach.engine.checks.constraint_kinds` verifies the result.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from coach.engine.coding import NO_CODING
from coach.engine.constraints.anchors import in_window
from coach.engine.constraints.corrections import FIND_WORK
from coach.engine.constraints.model import Constraint
from coach.engine.schedule import Work
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile, RoleResearch, SkillClaim

PROFILE_KINDS = frozenset({"profile_skill", "set_target", "no_coding", "find_work"})
"""Kinds that correct the profile (or the target) rather than shape the plan."""


def anchors(cons: Sequence[Constraint]) -> list[Constraint]:
    return [c for c in cons if c.kind == "week_anchor" and c.from_week]


def windows_resolved(cons: Sequence[Constraint], horizon_weeks: int) -> list[Constraint]:
    """Anchors said as a window at the end ("the job search in the last 6 weeks") tied to the
    week they open in, for a plan of ``horizon_weeks``."""
    return [in_window(c, horizon_weeks) for c in cons]


def not_before(cons: Sequence[Constraint]) -> dict[str, int]:
    """The first week (0-based) each anchored thing may start in: a ``min`` or ``set`` anchor
    on the project ("project"), the job search ("job_search") or a skill (its id)."""
    out: dict[str, int] = {}
    for c in anchors(cons):
        key = c.block or c.skill_id
        if key and c.op in {"min", "set"} and c.from_week:
            out[key] = max(out.get(key, 0), c.from_week - 1)
    return out


def anchored_work(work: list[Work], cons: Sequence[Constraint]) -> list[Work]:
    """``work`` with the week each anchored piece may start from (a skill's first part)."""
    first = not_before(cons)
    if not first:
        return work
    out = []
    for w in work:
        key = w.kind if w.kind in {"project", "job_search"} else w.key
        out.append(replace(w, not_before=max(w.not_before, first[key])) if key in first else w)
    return out


def deadline(cons: Sequence[Constraint], key: str) -> int | None:
    """The week (1-based) ``key`` ("project", "job_search" or a skill) must start by."""
    weeks = [
        c.from_week
        for c in anchors(cons)
        if (c.block or c.skill_id) == key and c.op in {"max", "set"} and c.from_week
    ]
    return min(weeks) if weeks else None


def job_block_hours(default: float, cons: Sequence[Constraint]) -> float:
    """The job-search block's hours after the request: cut (0), capped, set, or halved."""
    hours = default
    for c in cons:
        if c.kind != "job_search_hours":
            continue
        if c.share:
            hours = round(hours * c.share * 2) / 2
        elif c.hours is not None and c.op == "max":
            hours = min(hours, c.hours)
        elif c.hours is not None and c.op == "min":
            hours = max(hours, c.hours)
        elif c.hours is not None:
            hours = c.hours
    return max(0.0, hours)


def corrected_profile(profile: Profile, cons: Sequence[Constraint], kb: KnowledgeBase) -> Profile:
    """``profile`` with the mentor's corrections: skills at the level the mentor says (a
    programming level caps every language), no coding, the new target."""
    skills = list(profile.skills)
    update: dict[str, object] = {}
    for c in cons:
        if c.kind == "profile_skill" and c.skill_id and c.level is not None:
            level = c.level
            said = t(profile.language, "coach.evidence.mentor", text=c.text)
            capped = {c.skill_id}
            if c.skill_id == "programming_fundamentals":  # "he barely codes": every language
                category = kb.skills[c.skill_id].category if c.skill_id in kb.skills else ""
                capped |= {s.id for s in kb.skills.values() if category and s.category == category}
            kept = [
                s
                for s in skills
                if s.skill_id not in capped or (s.skill_id != c.skill_id and s.level <= level)
            ]
            capped_claims = [
                s.model_copy(update={"level": level, "evidence": said})
                for s in skills
                if s.skill_id in capped and s.skill_id != c.skill_id and s.level > level
            ]
            own = SkillClaim.model_validate(
                {"skill_id": c.skill_id, "level": level, "evidence": said}
            )
            skills = [*kept, *capped_claims, own]
        elif c.kind == "no_coding" and NO_CODING not in profile.constraints:
            update["constraints"] = [*profile.constraints, NO_CODING]
        elif c.kind == "find_work" and FIND_WORK not in profile.constraints:
            update["constraints"] = [*profile.constraints, FIND_WORK]  # the plan ends in a job hunt
        elif c.kind == "set_target" and c.role_id:
            update |= {"target_role": c.role_id, "target_raw": None}
    return profile.model_copy(update={"skills": skills, **update})


REFRESH_FROM = 1
"""A skill the mentor adds that the person already has is planned as a refresher from basic."""


# "Python 压缩到 10 小时", "cut Python to 10h", "bring Python down to 10 hours": a figure to
# cut to (the mentor means that many hours of it), not only a cap ("at most 10 h", "不超过")
_CUT_TO = re.compile(
    r"\b(?:cut|trim|reduce|bring|take|scale|shrink|compress)\b.{0,40}?\b(?:down\s+)?to\s+~?\s*\d"
    r"|\bdown\s+to\b|压缩到|减到|砍到|降到|缩减到|缩到|减少到|精简到",
    re.I,
)


def refreshed(profile: Profile, cons: Sequence[Constraint]) -> Profile:
    """ "Add a refresher on modern Java" for someone who has Java: the skill the mentor adds
    (or gives hours: set or at least, or a figure to cut it to: "Python 压缩到 10 小时") is
    planned again from basic level, within the hours asked (the planner would skip a skill
    known). A plain cap on a skill known ("Python at most 20 h") adds nothing: 0 h is within
    it, and a refresher would only compete with the core."""
    asked = {
        c.skill_id
        for c in cons
        if c.source == "mentor"
        and c.skill_id
        and (
            c.kind == "include_skill"
            or (c.kind == "skill_hours" and (c.op != "max" or _CUT_TO.search(c.text)))
        )
    }
    if not asked:
        return profile
    skills = [
        s.model_copy(update={"level": REFRESH_FROM})
        if s.skill_id in asked and s.level > REFRESH_FROM
        else s
        for s in profile.skills
    ]
    return profile.model_copy(update={"skills": skills})


def target_changed(profile: Profile, cons: Sequence[Constraint]) -> bool:
    return any(
        c.kind == "set_target" and c.role_id not in (None, profile.target_role) for c in cons
    )


def corrected_levels(
    levels: dict[str, tuple[int, str]], cons: Sequence[Constraint], kb: KnowledgeBase
) -> dict[str, tuple[int, str]]:
    """The planner's levels (with what the person's field shows) under the mentor's
    corrections: a corrected skill has the mentor's level, whatever else seemed to show it."""
    out = dict(levels)
    for c in cons:
        if c.kind != "profile_skill" or not c.skill_id or c.level is None:
            continue
        out[c.skill_id] = (c.level, c.text)
        if c.skill_id == "programming_fundamentals" and c.skill_id in kb.skills:
            category = kb.skills[c.skill_id].category
            for sid, (level, _) in levels.items():
                skill = kb.skills.get(sid)
                if skill is not None and skill.category == category and level > c.level:
                    out[sid] = (c.level, c.text)
    return out


def corrected_languages(
    languages: Sequence[str], levels: dict[str, tuple[int, str]]
) -> tuple[str, ...]:
    """The languages a person codes in, without those corrected to below working level."""
    return tuple(lang for lang in languages if levels.get(lang, (2, ""))[0] >= 2)


def gap_fillers(work: list[Work]) -> list[list[Work]]:
    """Orders of ``work`` that fill the weeks an anchored piece waits for: the first 0, 1, 2...
    learning pieces after it moved before it (their own order kept), so nothing waits idle."""
    at = next((i for i, w in enumerate(work) if w.not_before > 0), None)
    if at is None:
        return [work]
    after = [i for i in range(at + 1, len(work)) if work[i].kind == "learn"]
    out = [work]
    for k in range(1, len(after) + 1):
        moved = [work[i] for i in after[:k]]
        rest = [w for i, w in enumerate(work) if i not in set(after[:k])]
        j = rest.index(work[at])
        out.append([*rest[:j], *moved, *rest[j:]])
    return out


def capped_research(research: RoleResearch, cons: Sequence[Constraint]) -> RoleResearch:
    """The role's requirements with the levels a mentor caps ("no second passes on Docker":
    basic level only)."""
    caps = {c.skill_id: c.level for c in cons if c.kind == "max_level" and c.level is not None}
    floors = {c.skill_id: c.level for c in cons if c.kind == "min_level" and c.level}
    if not caps and not floors:
        return research
    required = [
        r.model_copy(update={"level": min(int(r.level), caps[r.skill_id])})
        if r.skill_id in caps and caps[r.skill_id] >= 1
        else r
        for r in research.required_skills
    ]
    required = [  # "RAG也要学到熟练": the level asked, never less than the role's
        r.model_copy(update={"level": max(int(r.level), floors[r.skill_id])})
        if r.skill_id in floors and r.skill_id not in caps
        else r
        for r in required
    ]
    return research.model_copy(update={"required_skills": required})


def concrete_shares(
    cons: Sequence[Constraint], estimate: Callable[[str], float]
) -> list[Constraint]:
    """Skill hours asked by a share ("too long": two thirds) made concrete from the planner's
    own estimate for the person (so the planner applies and the reviewer checks a number)."""
    out: list[Constraint] = []
    for c in cons:
        if c.kind == "skill_hours" and c.share and c.hours is None and c.skill_id:
            hours = max(1.0, float(round(estimate(c.skill_id) * c.share)))  # whole hours
            c = c.model_copy(update={"hours": hours, "share": None})
        out.append(c)
    return out
