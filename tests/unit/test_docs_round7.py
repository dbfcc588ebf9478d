"""Round 7 (DOC7-1, DOC7-2): "closes in spring" is the season, never Spring Boot; a skill the
person rates basic ("basic SQL") is not raised by their field; the posting's terms that the
person's job or CV shows ("HRBP" for an HR Business Partner, "Workday") are hers; partnering
with operations leaders is no operations management."""

from __future__ import annotations

from datetime import date

from coach.engine.cv_import import profile_from_cv
from coach.engine.fit import fit_report
from coach.engine.posting import parse_posting
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb
from coach.schemas import Profile

TODAY = date(2026, 12, 2)
CV = """Priya Raman
HR Business Partner | London, UK
SUMMARY
HR business partner with 10 years. Partner to engineering and operations leaders (600 staff).
EXPERIENCE
HR Business Partner, Finch Payments Ltd, London — Mar 2020 – present
- Built attrition and headcount dashboards in Excel and Power BI
- Ran the rollout of Workday HCM to 600 employees
HR Advisor, Brightmart Retail, Manchester — Sep 2016 – Feb 2020
- Used SQL (basic) to pull absence data from the HRIS
SKILLS
Workday, Power BI, Excel (advanced), basic SQL, stakeholder management
"""
JOB = """People Analytics & AI Enablement Lead
Requirements
- 5+ years in HR, HRBP or people analytics
- Strong data skills: SQL, Power BI or Tableau
Nice to have
- Workday or SuccessFactors
"""


def test_spring_the_season_is_no_skill() -> None:
    kb = load_kb()
    said = "the posting closes in spring but I'd say 9 months"
    profile = extract_profile(said, Profile(), get_lexicon(kb), kb, asked="horizon", today=TODAY)
    assert profile.skills == [] and profile.horizon_weeks == 39
    java = extract_profile("Java/Spring developer, 6 years", Profile(), get_lexicon(kb), kb)
    assert "spring" in {c.skill_id for c in java.skills}


def test_an_hr_partners_fit_counts_her_words() -> None:
    kb = load_kb()
    lexicon = get_lexicon(kb)
    profile = profile_from_cv(CV, lexicon, kb, TODAY).profile
    assert "operations_management" not in {c.skill_id for c in profile.skills}
    report = fit_report(profile, parse_posting(JOB, lexicon, kb), kb)
    sql = next(i for i in [*report.have, *report.missing] if i.skill_id == "sql")
    assert sql.have == 1 and sql.gap_hours > 0  # "basic SQL" as she says it
    assert {"HRBP", "Workday"} <= set(report.uncovered_shown)
    assert "HRBP" not in report.uncovered
