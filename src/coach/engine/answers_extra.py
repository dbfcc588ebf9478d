"""Lines that answer the part of a question the kind's answer leaves out (en/zh): "do I *really*
need Docker for a first job?" (how much the role asks for it, what the plan gives it) and "is
it realistic … with no ML background / at a start-up?" (what the role asks, what the sources
say about start-ups or that they say nothing)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from coach.engine.answers_help import items_of, name_of
from coach.engine.away import said_day
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan, RoleResearch

_REALLY = re.compile(
    r"\breally\s+need|\bdo\s+i\s+(?:really\s+)?have\s+to\b|\bis\s+it\s+(?:really\s+)?(?:necessary|required|a\s+must)\b|"
    r"\bmust\s+i\b|\bfirst\s+job\b|\bcan\s+i\s+skip\b|真的(?:需要|要)|非(?:学|得)|一定要|必须|第一份工作"
    r"|\bdo\s+i\s+(?:even\s+)?need\b|\bis\s+\S+(?:\s+\S+)?\s+(?:needed|required|necessary)\b|\bshould\s+i\s+(?:learn|study)\b"
    r"|\breally\s+(?:that\s+|so\s+)?(?:important|necessary|needed|essential|required)\b|\bwor+t+h+\s+(?:it|learning)\b|\bis\s+it\s+wor+t+h+\b"
    r"|需要学|需不需要|要不要学|有必要学|该不该学|要学.{0,12}吗|得学.{0,12}吗|真的(?:那么|很)?重要|值得学",
    re.I,
)
_NO_ML = re.compile(
    r"\b(?:no|without(?:\s+an?)?|zero|little)\s+(?:ml|machine\s+learning|ai|data\s+science|math|maths)\s+"
    r"(?:background|experience|knowledge)\b|没有(?:机器学习|ML|AI|数学)(?:背景|基础|经验)|不懂机器学习",
    re.I,
)
_MATH = re.compile(
    r"\b(?:bad|terrible|weak|poor|not\s+(?:good|great|strong))\s+(?:at|in|with)\s+maths?\b"
    r"|\bmaths?\s+(?:is|was|are)\s+(?:not\s+my\s+thing|(?:my\s+)?weak|bad|rusty|terrible)"
    r"|\b(?:no|weak|little)\s+maths?\s+(?:background|skills?)\b|\bhate\s+maths?\b"
    r"|数学(?:不好|很差|差|一般|不行|很烂|弱|基础(?:差|弱|不好|一般))|不懂数学|不会数学|怕数学",
    re.I,
)
_MATHS = ("math_for_ml", "statistics")
_NO_EXPERIENCE = re.compile(
    r"\b(?:no|without(?:\s+an?)?|zero|never\s+had\s+an?)\s+(?:internships?|work\s+experience|"
    r"professional\s+experience|industry\s+experience|job\s+experience)\b|\bfresh\s+grad\w*\b"
    r"|没有(?:实习|工作|项目)?经验|没(?:有)?实习(?:过)?|零经验|应届",
    re.I,
)
_INTERN_FACT = re.compile(r"\binternship", re.I)
_STARTUP = re.compile(r"\bstart-?ups?\b|创业公司|初创(?:公司)?", re.I)
_STARTUP_FACT = re.compile(r"\bstart-?ups?\b", re.I)
_ML = ("ml_fundamentals", "deep_learning", "math_for_ml")


def _level(lang: str, level: int) -> str:
    return t(lang, f"coach.f.level_{max(1, min(3, level))}")


def need_line(
    text: str, skill_id: str, plan: Plan, research: RoleResearch, kb: KnowledgeBase
) -> str | None:
    """For "do I really need X?": how much the role asks for X and what the plan gives it."""
    if not _REALLY.search(text):
        return None
    asked = next((r for r in research.required_skills if r.skill_id == skill_id), None)
    items = items_of(plan, skill_id)
    if asked is None or not items:
        return None
    lang = plan.language
    hours = f"{sum(i.hours for i in items):g}"
    key = "coach.f.need_core" if asked.weight >= 0.7 else "coach.f.need_support"
    return t(
        lang,
        key,
        skill=name_of(kb, skill_id, lang),
        role=research.role_name,
        level=_level(lang, asked.level),
        planned=_level(lang, max(i.level_to for i in items)),
        hours=hours,
    )


def realistic_lines(text: str, research: RoleResearch, plan: Plan, kb: KnowledgeBase) -> list[str]:
    """For "realistic … with no ML background / at a start-up?": what the role asks of ML, and
    what the sources say about start-ups (or that they say nothing)."""
    lang = plan.language
    lines: list[str] = []
    if _NO_ML.search(text):
        ml = [r for r in research.required_skills if r.skill_id in _ML]
        if ml:
            names = ("、" if lang == "zh" else ", ").join(name_of(kb, r.skill_id, lang) for r in ml)
            lines.append(t(lang, "coach.f.no_ml_needed", role=research.role_name, skills=names))
        else:
            lines.append(t(lang, "coach.f.no_ml_fine", role=research.role_name))
    if _MATH.search(text) and not _NO_ML.search(text):  # "我数学不好"
        maths = [r for r in research.required_skills if r.skill_id in _MATHS]
        if maths:
            names = ("、" if lang == "zh" else ", ").join(
                name_of(kb, r.skill_id, lang) for r in maths
            )
            lines.append(t(lang, "coach.f.math_needed", role=research.role_name, skills=names))
        else:
            lines.append(t(lang, "coach.f.math_fine", role=research.role_name))
    if _NO_EXPERIENCE.search(text):  # "我没有实习经验，能找到工作吗？"
        facts = [f for f in kb.facts.values() if _INTERN_FACT.search(f.text.en)][:1]
        said = facts[0].text.get(lang) if facts else ""
        key = "coach.f.no_experience" if said else "coach.f.no_experience_plain"
        project = plan.portfolio_projects[0].title if plan.portfolio_projects else "-"
        lines.append(t(lang, key, fact=said.rstrip("。."), project=project))
    if _STARTUP.search(text):
        facts = [f for f in kb.facts.values() if _STARTUP_FACT.search(f.text.en)][:1]
        lines += [t(lang, "coach.f.startup", text=f.text.get(lang)) for f in facts]
        if not facts:
            lines.append(t(lang, "coach.f.startup_none"))
    return lines


_INTERVIEW = re.compile(r"\binterview\w*\b|面试", re.I)


def interview_day(text: str, plan: Plan, week: int) -> date | None:
    """The day of an interview the person has ("an interview at X on January 15")."""
    if not _INTERVIEW.search(text):
        return None
    today = plan.start_date + timedelta(weeks=max(0, week - 1))
    return said_day(text, today)
