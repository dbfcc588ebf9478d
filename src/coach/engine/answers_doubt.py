"""Self-doubt after approval ("I'm not technical enough", "我怕学不会"): what the person already
brings, in their own words where they said it and as their background where the plan drew it
from that (never quoted as if they had said it), that the plan fits, and a lighter plan if the
load is the problem."""

from __future__ import annotations

import re

from coach.engine.answers import Answer
from coach.engine.answers_plan import _IMPLIED, _sep, _with_next
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan, Profile


def answer_doubt(
    plan: Plan, week: int, kb: KnowledgeBase, profile: Profile | None = None
) -> Answer:
    """Self-doubt: what the person already brings (their own words in quotes; a strength the
    plan drew from their background said as that, never quoted as if they had said it), that
    the plan fits, one small next step, and that a lighter plan is there if the load is the
    problem."""
    lang = plan.language
    lines = [t(lang, "coach.b.doubt_head")]
    by_words: dict[str, list[str]] = {}
    derived: list[str] = []
    for strength in plan.strengths:
        skill = kb.skills.get(strength.skill_id)
        name = skill.name.get(lang) if skill else strength.skill_id
        words = _IMPLIED.sub("", strength.words).strip()
        if _BACKGROUND.match(words) or not words:
            derived.append(name)
        else:
            by_words.setdefault(words, []).append(name)
    for words, names in list(by_words.items())[:3]:
        skills = _sep(lang).join(names[:4])
        lines.append(f"- {t(lang, 'coach.b.strength', skill=skills, words=words)}")
    if derived:
        years = profile.years_experience if profile is not None else None
        role = profile.current_role if profile is not None else None
        key = "coach.b.strength_background" if years and role else "coach.b.strength_work"
        skills = ("、" if lang == "zh" else ", ").join(list(dict.fromkeys(derived))[:4])
        lines.append("- " + t(lang, key, skills=skills, years=f"{years or 0:g}", role=role or ""))
    key = "coach.b.doubt_fits" if plan.feasible else "coach.b.doubt_tight"
    lines.append(t(lang, key, weeks=plan.horizon_weeks, per_week=f"{plan.hours_per_week:g}"))
    lines.append(t(lang, "coach.b.doubt_lighter"))
    return _with_next(plan, week, lines, [])


_BACKGROUND = re.compile(
    "|".join(re.escape(t(lang, "plan.evidence.field", words="").strip()) for lang in ("en", "zh")),
    re.I,
)
"""The planner's "from your background: …", the person's background, not their words."""
