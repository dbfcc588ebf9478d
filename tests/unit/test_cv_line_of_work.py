"""A CV read whole (DOC5-2, DOC5-3): every item of a skills line counts with its level words,
the current job is the latest one with its own line as evidence, and its years are the years of
that line of work (an unrelated earlier job not summed in)."""

from __future__ import annotations

from datetime import date

from coach.engine.cv_import import profile_from_cv
from coach.engine.fit import fit_report
from coach.engine.posting import parse_posting
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

TODAY = date(2026, 12, 2)
CV = """# Dana Whitfield
Network Operations Technician, Phoenix AZ

## Experience
**Network Operations Technician**, DesertNet Colo — 2022–present
- Patch and replace optics, label cross-connects, run cable certification
- Linux basics: write bash checks for switch configs

**Barista and shift lead**, Copper Cup Coffee — 2015–2022
- Opened the store, trained new staff

## Skills
Linux, Bash, Juniper JunOS (beginner), fiber splicing, Ansible, Salt (a little), Python (beginner), Spanish (native)
"""


def _read():  # type: ignore[no-untyped-def]
    kb = load_kb()
    return profile_from_cv(CV, get_lexicon(kb), kb, TODAY).profile, kb


def test_every_item_of_a_skills_line_counts_with_its_level_words() -> None:
    profile, _ = _read()
    raw = {c.raw: int(c.level) for c in profile.skills if c.skill_id is None}
    assert raw.get("Juniper JunOS") == 1 and raw.get("Salt") == 1
    assert raw.get("fiber splicing") == 2
    assert "Spanish" not in raw  # a spoken language is no skill to plan
    python = [c for c in profile.skills if c.skill_id == "python"]
    assert python and python[0].level == 1


def test_the_current_job_its_line_and_its_own_years() -> None:
    profile, _ = _read()
    assert profile.current_role == "Network Operations Technician"
    assert "2022" in profile.evidence["current_role"]
    assert "Barista" not in " ".join(profile.evidence.values())
    assert "target_role" not in profile.evidence  # nobody named a target in a CV
    assert profile.years_experience is not None and 4.5 <= profile.years_experience <= 5.0


def test_a_name_outside_the_kb_the_cv_lists_meets_an_or_requirement() -> None:
    profile, kb = _read()
    posting = parse_posting(
        "Fleet Engineer\nRequirements\n- Experience with Ansible or Kubernetes\n"
        "- Salt or Terraform for configuration\n",
        get_lexicon(kb),
        kb,
    )
    report = fit_report(profile, posting, kb)
    met = {i.skill_id: i.met_by for i in report.have}
    assert met.get("kubernetes") == "Ansible"
    missing = {i.skill_id for i in report.missing}
    assert "cloud" in missing  # Salt "(a little)" is below the level asked: not met
    assert next(i for i in report.missing if i.skill_id == "cloud").shown_below == "Salt"
    assert "kubernetes" not in missing


def test_a_company_two_unrelated_jobs_share_does_not_join_them() -> None:
    kb = load_kb()
    cv = (
        "Experience\n**Data Analyst**, Copper Cup Coffee — 2020–present\n"
        "- Weekly sales dashboards in Tableau, SQL over the POS data\n"
        "**Barista**, Copper Cup Coffee — 2014–2020\n- Opened the store, trained new staff\n"
    )
    profile = profile_from_cv(cv, get_lexicon(kb), kb, TODAY).profile
    assert profile.years_experience is not None and 6.5 <= profile.years_experience <= 7.0
