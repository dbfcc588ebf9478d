"""A plan that reads too long is said more briefly, never with less that matters (B6).

When the full Markdown runs over :data:`MAX_WORDS` for its language, the plan is rendered
again from a compact copy: what to practise is cut to its first clause ("Lead a design review
of your project: write the proposal, ..." -> "Lead a design review of your project"), and the
milestones of the foundations (the checks on "just enough" groundwork) and the progress checks
are left to the JSON and the calendar, the project is described by its first clause, and two interview topics are
named instead of three. The core, the project, the pay lines and the findings are unchanged.
"""

from __future__ import annotations

import re

from coach.i18n import MESSAGES
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Language, Plan, PlanItem

MAX_WORDS: dict[str, int] = {"en": 1000, "zh": 2000}
"""About a 12-month plan's length (COACHING.md B6): English words, or Chinese characters."""

COMPACT_TOPICS = 2
"""Interview topics a compact plan names (the JSON keeps every one)."""
_PROGRESS = ("deliverable", "deliverable.no_code", "midway", "midway.no_code")
"""The progress checks' milestones (``plan.progress.*``): the calendar and the JSON keep them."""
_CLAUSE = re.compile(r"(?::\s|;\s|：|；)")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def first_clause(text: str, min_chars: int = 12) -> str:
    """``text`` up to its first colon or semicolon (kept whole when that part is too short to
    say what to do on its own)."""
    head = _CLAUSE.split(text.strip(), maxsplit=1)[0].rstrip(" ,，.。")
    if head == text.strip().rstrip(".。") or len(head) < min_chars:
        return text
    return head + ("。" if _CJK.search(head) else ".")


def _shape(lang: Language, key: str) -> re.Pattern[str]:
    """A pattern for any text the catalog message ``key`` makes (its values as wildcards)."""
    en, zh = MESSAGES[key]
    parts = re.split(r"\{[^}]*\}", zh if lang == "zh" else en)
    return re.compile("^" + ".+?".join(re.escape(p) for p in parts) + "$", re.S)


def _short_practice(item: PlanItem, kb: KnowledgeBase, lang: Language) -> PlanItem:
    material = any(
        (r := kb.resources.get(rid)) is not None and r.is_learning_material
        for rid in item.resource_ids
    )
    if material:
        return item
    practice = item.practice or kb.practice_text(item.skill_id, lang)
    return item.model_copy(update={"practice": first_clause(practice)}) if practice else item


def compact_plan(plan: Plan, kb: KnowledgeBase) -> Plan:
    """A copy of ``plan`` to render briefly: practice to its first clause, no foundations'
    milestones (a milestone that is exactly a foundation item's deliverable) nor progress
    checks, the project's
    description to its first clause, two interview topics."""
    lang = plan.language
    groundwork = {
        i.deliverable.strip() for ph in plan.phases if ph.kind == "foundations" for i in ph.items
    }
    checks = [_shape(lang, f"plan.progress.{k}") for k in _PROGRESS]
    milestones = [
        m
        for m in plan.milestones
        if m.deliverable.strip() not in groundwork
        and not any(c.match(m.deliverable.strip()) for c in checks)
    ]
    projects = []
    for p in plan.portfolio_projects:  # the project said up to its first clause
        short = first_clause(p.description) if p.description else p.description
        milestones = [
            m.model_copy(update={"deliverable": m.deliverable.replace(p.description, short)})
            if p.description
            else m
            for m in milestones
        ]
        projects.append(p.model_copy(update={"description": short}))
    phases = [
        ph.model_copy(update={"items": [_short_practice(i, kb, lang) for i in ph.items]})
        for ph in plan.phases
    ]
    topics = list(dict.fromkeys(plan.interview_prep))[:COMPACT_TOPICS]
    update = {
        "phases": phases,
        "milestones": milestones,
        "interview_prep": topics,
        "portfolio_projects": projects,
    }
    return plan.model_copy(update=update)
