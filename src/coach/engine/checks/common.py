"""What every check shares: the Check signature, findings, numbers, the plan's texts."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from coach.engine.constraints import Constraint
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Finding, Plan, Profile, Severity

EPS = 1e-6
MIN_BUFFER_SHARE = 0.10
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z]+")

Check = Callable[[Plan, Profile, KnowledgeBase, Sequence[Constraint]], list[Finding]]
"""One signature for every hard check: (plan, profile, kb, constraints) -> findings."""


def num(x: float) -> str:
    """A number for text: at most one decimal, no trailing zero."""
    return f"{x:.1f}".rstrip("0").rstrip(".")


def skill_label(kb: KnowledgeBase | None, skill_id: str, lang: str) -> str:
    """A skill as findings name it: its name in the plan's language (the id only when the
    knowledge base does not know it; the finding's ``ref`` keeps the id)."""
    skill = kb.skills.get(skill_id) if kb is not None else None
    if skill is None:
        return skill_id
    return skill.name.zh if lang == "zh" else skill.name.en


def finding(check: str, severity: Severity, message: str, ref: str | None = None) -> Finding:
    return Finding(check=check, severity=severity, message=message, ref=ref)


def plan_texts(plan: Plan) -> list[tuple[str, str]]:
    """(ref, text) for every text of the plan the user reads, written by the planner.

    ``constraints`` are left out: they quote the mentor's and user's own words.
    """
    out: list[tuple[str, str]] = [("target_name", plan.target_name)]
    for i, ph in enumerate(plan.phases):
        out.append((f"phases[{i}].name", ph.name))
        for j, it in enumerate(ph.items):
            out.append((f"phases[{i}].items[{j}].title", it.title))
            out.append((f"phases[{i}].items[{j}].deliverable", it.deliverable))
    for i, ms in enumerate(plan.milestones):
        out.append((f"milestones[{i}].deliverable", ms.deliverable))
        out.append((f"milestones[{i}].how_checked", ms.how_checked))
    for i, pp in enumerate(plan.portfolio_projects):
        out.append((f"portfolio_projects[{i}].title", pp.title))
        out.append((f"portfolio_projects[{i}].description", pp.description))
    out += [(f"interview_prep[{i}]", t) for i, t in enumerate(plan.interview_prep)]
    out += [(f"expectations[{i}]", f.text) for i, f in enumerate(plan.expectations)]
    out += [(f"deferred[{i}]", d.reason) for i, d in enumerate(plan.deferred)]
    out += [(f"options[{i}]", o.description) for i, o in enumerate(plan.options)]
    out += [(f"risks[{i}]", t) for i, t in enumerate(plan.risks)]
    out += [(f"assumptions[{i}]", t) for i, t in enumerate(plan.assumptions)]
    out += [("rationale", plan.rationale), ("message", plan.message)]
    return [(ref, text) for ref, text in out if text]
