"""How experience changes the hours a skill takes: the factors, calibrated against the seeds'
figures (docs/planning.md), and :func:`hours_factor`, which picks one for a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.engine.planner.returner import refresh_factor
from coach.knowledge.models import Skill

if TYPE_CHECKING:
    from coach.engine.planner.experience import Experience

PYTHON_FACTOR_MANY = 0.3
"""Python x0.3 for someone who already programs in two or more languages: 100 h -> 30 h to
working level, seed 001's "strengthen Python basics in 2 weeks" at 2-3 h a day."""
PYTHON_FACTOR_ONE = 0.5
PYTHON_FACTOR_SENIOR = 0.3
"""3+ years of professional programming (one other language, or Python used on the job already): seed 001's case study (a
Java developer of 3 years) and its "2 weeks of Python basics" for people who already program."""
PROGRAMMING_FACTOR = 0.6
"""Other programming skills (a further language, async, OOP) for a working programmer."""
ENGINEER_FACTOR = 0.8
"""Engineering, infra, data and LLM-application skills for >= 3 years of software work."""
OPS_FACTOR = 0.6
"""Infra and ops skills (Kubernetes, serving, MLOps tooling) for people who run production."""
RESEARCH_FACTOR = 0.5
"""ML foundations for a quantitative researcher: maths and statistics are daily tools, and a
researcher learns from papers and docs on their own (deep learning 0 -> working: 100 h, not a
200 h course)."""
RESEARCH_FIELDS = frozenset({"research", "science"})
"""People with data and questions of their own: they practise ML on their field's data."""
MODELLING_SKILLS = frozenset(
    {"ml_fundamentals", "deep_learning", "computer_vision", "nlp", "reinforcement_learning"}
)
"""Skills whose textbook exercises (house prices, MNIST) a researcher replaces with their data."""
COMPUTING_FACTOR = 0.7
"""Scientific computing for a scientist who does research: numerical methods are their trade."""
TECHNICAL_CATEGORIES = frozenset({"engineering", "infra", "data", "llm_core", "ops"})
MATHS_SKILLS = frozenset({"math_for_ml", "statistics"})
STATISTICAL_LEARNING = frozenset({"ml_fundamentals"})
STATISTICS_FACTOR = 0.35
"""Classic ML for a researcher who works in statistics (level 2+): regression, validation and
model choice are their statistics under other names; what is new is the tooling (seed 001's
"a PhD who uses Python daily does not learn statistics")."""
"""ML foundations that are maths: programming experience does not shorten them."""


WORK_SKILLS_FACTOR = 0.5
"""Soft skills (communication, structured thinking, stakeholder work, writing) and reviewing
work for someone with ``WORK_SKILLS_YEARS`` or more in a field of work that uses them: what
they take further is the AI side of a skill their job practises every day, not a course in it
(a translator of 9 years got "communication: basic -> working, 40 h"; a call-centre QA lead 40 h
of "judgment and review of AI output")."""
WORK_SKILLS_YEARS = 5.0
WORK_SKILLS = frozenset({"judgment_review"})
"""Beside the soft category: reviewing others' work is a field's daily practice too."""


def is_work_skill(skill: Skill, exp: Experience) -> bool:
    """Whether ``WORK_SKILLS_FACTOR`` applies: a soft skill or reviewing, which the person's
    field shows at some level, after ``WORK_SKILLS_YEARS`` in it."""
    works = exp.years >= WORK_SKILLS_YEARS and bool(exp.fields) and exp.level(skill.id) >= 1
    return works and (skill.category == "soft" or skill.id in WORK_SKILLS)


def hours_factor(skill: Skill, exp: Experience) -> float:
    """How much faster than the KB estimate this person learns ``skill`` (see the constants);
    a skill they had before and let rust costs a refresher's share of that."""
    return _learning_factor(skill, exp) * refresh_factor(skill.id, exp.rusty)


def _learning_factor(skill: Skill, exp: Experience) -> float:
    others = [lang for lang in exp.languages if lang != skill.id]
    if exp.level("sql") >= 2 and exp.fields & {"databases", "data"}:
        others.append("sql")
    if exp.level("r_lang") >= 2 and "r" not in others:
        others.append("r")  # R every day: Python is a second language, not a first
    if "sre" in exp.fields and not others:
        others.append("shell")  # SREs automate with scripts every day
    if skill.id == "python" and exp.experienced_engineer:
        return PYTHON_FACTOR_MANY if len(others) >= 2 else PYTHON_FACTOR_SENIOR
    # a researcher's R or MATLAB, an actuary's daily R
    programs = exp.engineer or bool(exp.fields & RESEARCH_FIELDS) or exp.level("r_lang") >= 2
    if skill.id == "python" and programs and others:
        return PYTHON_FACTOR_MANY if len(others) >= 2 else PYTHON_FACTOR_ONE
    if skill.category == "programming" and exp.engineer and others:
        return PROGRAMMING_FACTOR
    if "sre" in exp.fields and skill.category in {"infra", "ops"}:
        return OPS_FACTOR
    if exp.experienced_engineer and skill.category in TECHNICAL_CATEGORIES:
        return ENGINEER_FACTOR
    if skill.id in STATISTICAL_LEARNING and exp.level("statistics") >= 3:
        return STATISTICS_FACTOR  # an actuary's or statistician's own models, renamed
    research = {"research", "science"} <= exp.fields or "research" in exp.fields
    if research and skill.category == "ml_foundations" and exp.level("statistics") >= 1:
        if skill.id in STATISTICAL_LEARNING and exp.level("statistics") >= 2:
            return STATISTICS_FACTOR
        return RESEARCH_FACTOR
    if research and "science" in exp.fields and skill.id == "scientific_computing":
        return COMPUTING_FACTOR
    if is_work_skill(skill, exp):
        return WORK_SKILLS_FACTOR
    applied_ml = skill.category == "ml_foundations" and skill.id not in MATHS_SKILLS
    if applied_ml and exp.experienced_engineer:
        return ENGINEER_FACTOR  # the coding half of applied ML is what they do every day
    return 1.0
