"""The plan's pay line uses the targeted posting's own figure over the sources' band, and
says so (en and zh)."""

from __future__ import annotations

from coach.engine.pay import MAX_PAY_LINES, pay_lines
from coach.engine.posting_pay import read_pay
from coach.knowledge.loader import load_kb
from coach.schemas import Plan


def _plan(lang: str, pay: str) -> Plan:
    plan = Plan.model_validate(
        {
            "target": "ai_application_engineer",
            "target_name": "AI application engineer",
            "language": lang,
            "start_date": "2026-12-07",
            "hours_per_week": 8,
            "horizon_weeks": 26,
            "total_hours": 208,
        }
    )
    return plan.model_copy(update={"posting_pay": read_pay(pay)})


def test_the_postings_pay_comes_first_and_says_it_counts() -> None:
    kb = load_kb()
    zh = pay_lines(_plan("zh", "薪资：30-50K·15薪"), kb)
    assert zh[0].startswith("这个职位写明的薪资：30-50K·15薪（约合每年 45 万–75 万元）")
    assert "为准" in zh[0] and len(zh) <= MAX_PAY_LINES
    en = pay_lines(_plan("en", "Salary range: $180k–$220k base"), kb)
    assert "$180k–$220k" in en[0] and "counts over" in en[0]


def test_a_plan_without_a_posting_serialises_as_before() -> None:
    plan = _plan("en", "no figure here")
    assert plan.posting_pay is None and "posting_pay" not in plan.model_dump()


def test_a_far_closest_role_is_said_as_only_the_nearest() -> None:
    from coach.cli_fit import render_fit_md
    from coach.engine.fit import fit_report
    from coach.engine.posting import parse_posting
    from coach.knowledge.lexicon import get_lexicon
    from coach.schemas import Profile

    kb = load_kb()
    posting = parse_posting(
        "Analytics Engineer\n- Python or R for analysis\n- Expert SQL\n- Machine learning basics",
        get_lexicon(kb),
        kb,
    )
    report = fit_report(Profile(), posting, kb)
    assert report.closest_role_coverage < 0.25
    text = render_fit_md(report, "en")
    assert "No curated role is close" in text and "it also usually needs" not in text


def test_years_of_the_work_meet_a_work_taught_requirement() -> None:
    from coach.engine.fit import fit_report
    from coach.engine.posting import parse_posting
    from coach.knowledge.lexicon import get_lexicon
    from coach.schemas import Profile, SkillClaim

    kb = load_kb()
    posting = parse_posting(
        "AI Operations Lead\nRequirements\n- 5+ years leading clinical or operations teams\n"
        "- 5+ years of Python",
        get_lexicon(kb),
        kb,
    )
    manager = Profile(
        years_experience=14,
        skills=[
            SkillClaim(skill_id="domain_expertise", level=2, evidence="Clinical Nurse Manager"),
            SkillClaim(skill_id="python", level=2, evidence="some Python scripts"),
        ],
    )
    report = fit_report(manager, posting, kb)
    assert "domain_expertise" in {i.skill_id for i in report.have}
    assert "python" in {i.skill_id for i in report.missing}  # a tool's years are its own


def test_terms_the_cv_shows_are_said_as_the_persons() -> None:
    from coach.engine.fit import fit_report
    from coach.engine.posting import parse_posting
    from coach.knowledge.lexicon import get_lexicon
    from coach.schemas import Profile, SkillClaim

    kb = load_kb()
    posting = parse_posting(
        "Cluster Engineer\nRequirements\n- Understanding of InfiniBand / RoCE networking\n- Linux",
        get_lexicon(kb),
        kb,
    )
    cv_line = "Linux, Bash, InfiniBand cabling, Ansible (a little)"
    person = Profile(skills=[SkillClaim(skill_id="linux", level=2, evidence=cv_line)])
    report = fit_report(person, posting, kb)
    assert report.uncovered_shown == ["InfiniBand"] and report.uncovered == ["RoCE"]
