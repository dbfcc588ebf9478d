"""Feasibility: an infeasible plan says so with options; a feasible one defers no core skill."""

from __future__ import annotations

from collections.abc import Sequence

from coach.engine.checks.common import finding, skill_label
from coach.engine.constraints import Constraint, excluded_skills
from coach.engine.planner.ambition import AmbitionInput, assess_ambitions, goal_words
from coach.engine.planner.experience import profile_words, read_experience
from coach.engine.planner.track import goal_text, wants_intro
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Finding, Plan, Profile


def check_feasibility(
    plan: Plan,
    kb: KnowledgeBase,
    constraints: Sequence[Constraint] = (),
    profile: Profile | None = None,
) -> list[Finding]:
    """An infeasible goal is flagged, with deferrals and options; a plan marked feasible defers
    no core skill for lack of time: every core skill is at least started (its remainder may
    wait "after you switch", as may lower-priority skills); exclusions asked for are fine."""
    lang = plan.language
    check = "feasibility"
    out: list[Finding] = []
    if not plan.feasible:
        msg = t(lang, "checks.infeasible", count=len(plan.deferred), options=len(plan.options))
        out.append(finding(check, "warning", msg))
        if not plan.options:
            out.append(finding(check, "error", t(lang, "checks.infeasible_no_options")))
        # What does not fit is either skills (deferred) or the project and job search (phases
        # left out, said in the risks); a plan with all of them is not infeasible.
        kinds = {ph.kind for ph in plan.phases}
        core_cut = [d for d in plan.deferred if d.kind != "after_switch"]
        if not core_cut and {"project", "job_search"} <= kinds:
            out.append(finding(check, "error", t(lang, "checks.infeasible_no_deferral")))
        return out
    excluded = excluded_skills(constraints, kb)
    core = set(plan.core_skills)
    if profile is not None and wants_intro(_goal(profile)):
        # only a start was asked for: the heaviest core started is the plan; the rest of the
        # core is its next stage, said in the Deferred list
        core = _heaviest(plan, kb, core)
    started = {it.skill_id for it in plan.items()} | {g.skill_id for g in plan.gaps if g.have > 0}
    squeezed = [
        d.skill_id
        for d in plan.deferred
        if d.skill_id not in excluded
        and (d.kind != "after_switch" or (d.skill_id in core and d.skill_id not in started))
    ]
    if squeezed:
        names = [skill_label(kb, s, lang) for s in squeezed]
        msg = t(
            lang, "checks.feasible_with_deferrals", skills=t(lang, "checks.list_sep").join(names)
        )
        out.append(finding(check, "error", msg))
    return out


def _goal(profile: Profile) -> str:
    """The person's words about their goal, as the profile keeps them."""
    return " \n".join([goal_text(profile), goal_words(profile), *profile.evidence.values()])


def _heaviest(plan: Plan, kb: KnowledgeBase, core: set[str]) -> set[str]:
    """The core skills of the heaviest weight (the role's own, or the plan's posting's)."""
    role = kb.roles.get(plan.target)
    own = dict(plan.requirement_weights) or (
        {r.skill_id: r.weight for r in role.required} if role is not None else {}
    )
    top = max((own.get(s, 0.0) for s in core), default=0.0)
    return {s for s in core if own.get(s, 0.0) >= top - 1e-9}


def check_ambition(plan: Plan, profile: Profile, kb: KnowledgeBase) -> list[Finding]:
    """A goal the sources say is not realistic (a top lab from zero in months, pay above every
    band for the person's level, more than ~40 h a week, a timeline far shorter than the staged
    paths) never passes: one error per kind, from the plan's own flags and the profile's words."""
    role = kb.roles.get(plan.target)
    inp = AmbitionInput(
        words=profile_words(profile),
        exp=read_experience(profile, kb),
        role=role,
        role_name=plan.target_name,
        hours_asked=profile.hours_per_week,
        horizon=plan.horizon_weeks,
        lang=plan.language,
        core_fits=plan.feasible,
        goal=goal_words(profile),
    )
    flags = {a.kind: a for a in assess_ambitions(inp)} | {a.kind: a for a in plan.ambitions}
    return [
        finding("ambition", "error", t(plan.language, "checks.ambition", text=a.message), a.kind)
        for a in flags.values()
    ]
