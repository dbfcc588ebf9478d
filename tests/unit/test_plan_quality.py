"""Plan quality on the shipped knowledge base: the plans a real user and a senior reviewer see.

Two reference users: an Android developer of five years aiming at AI application engineering
(the demo), and an operations manager of eight years who has never coded (a Chinese chat).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from coach.engine.checks import check_constraints, review_plan
from coach.engine.constraints import parse_constraints, with_user_constraints
from coach.engine.gaps import analyse_gaps
from coach.engine.planner import build_plan, deliverable_kind
from coach.engine.research import research_role
from coach.engine.understand import apply_implied_skills, extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb
from coach.render import plan_markdown
from coach.render.markdown import short_description
from coach.schemas import Plan, Profile

KB = load_kb()
START = date(2026, 1, 5)  # a Monday
DEMO = "I've been an Android developer for 5 years (Kotlin, some Python). I want to become an AI application engineer."
DEMO_ZH = "我做了5年安卓开发，用Kotlin，会一点Python。"
OPS_ZH = "我是运营经理，做了8年，从没写过代码。"
PROPER_NOUNS = ("AI for Science",)
"""Names that stay in English in Chinese text, as Chinese writers use them."""


def _profile(text: str, hours: float, weeks: int, target: str, **update: object) -> Profile:
    p = extract_profile(text, None, get_lexicon(KB), KB)
    return p.model_copy(
        update={"hours_per_week": hours, "horizon_weeks": weeks, "target_role": target, **update}
    )


def _demo(hours: float = 8, weeks: int = 52, **update: object) -> Profile:
    text = DEMO_ZH if update.get("language") == "zh" else DEMO
    return _profile(text, hours, weeks, "ai_application_engineer", **update)


def _ops(hours: float = 6, weeks: int = 52, **update: object) -> Profile:
    return _profile(OPS_ZH, hours, weeks, "ai_augmented_professional", **update)


def _plan(p: Profile, note: str = "") -> Plan:
    research = research_role(KB, p, p.target_role or "")
    cons = parse_constraints(note, KB) if note else []
    return build_plan(p, research, KB, start_date=START, constraints=cons)


# --------------------------------------------------------------------------- transferable skills
def test_a_professional_developer_is_not_sent_back_to_learn_the_tools_of_the_trade() -> None:
    p = _demo()
    have = apply_implied_skills(p, KB)
    assert have["git"][0] == 2
    assert have["data_structures_algorithms"][0] == 1
    assert have["software_testing"][0] == 1
    assert have["linux"][0] == 1
    assert have["communication"] == (1, "from your background: Android developer (5 years)")
    assert have["git"][1].startswith(("implied by ", "from your background"))  # says where from
    # the user's own words: what they said, or their stated role and years (the field's reader)
    assert any(w in have["git"][1] for w in ("Android developer for 5 years", "Android developer"))
    gaps = {g.skill_id for g in analyse_gaps(p, KB.roles["ai_application_engineer"], KB)}
    for skill in ("git", "communication", "data_structures_algorithms", "linux", "api_design"):
        assert skill not in gaps


def test_a_hobby_programmer_gets_no_tools_of_the_trade_for_free() -> None:
    p = _profile("I know a bit of Kotlin.", 8, 52, "ai_application_engineer")
    have = apply_implied_skills(p, KB)
    assert "git" not in have
    assert "communication" not in have  # no job stated


@pytest.mark.parametrize(
    ("role", "years", "level"),
    [("运营经理", 8, 2), ("Android developer", 5, 1), ("Android developer", 1, None)],
)
def test_years_in_a_job_show_working_communication(role: str, years: float, level: int) -> None:
    p = Profile(current_role=role, years_experience=years, language="zh")
    got = apply_implied_skills(p, KB).get("communication")
    assert (got[0] if got else None) == level
    if got:
        assert got[1].startswith("来自你的背景：")


# --------------------------------------------------------------------------- calibration
def test_the_demo_developer_fits_ai_application_engineering_in_a_year_at_8_hours() -> None:
    p = _demo()
    plan = _plan(p, "Move the portfolio project earlier, please.")
    review = review_plan(plan, p, KB, parse_constraints("Move the project earlier", KB))
    assert plan.feasible and review.verdict == "pass", [f.message for f in review.findings]
    assert plan.deferred == []
    assert len(plan.gaps) <= 16
    assert plan.total_hours <= 8 * 52
    # the learning alone is realistic: under 300 h (seed 001's case study: 12 months)
    assert sum(it.hours for it in plan.items()) < 300


def test_too_few_hours_are_still_infeasible_with_options() -> None:
    p = _demo(hours=3)
    plan = _plan(p)
    assert not plan.feasible
    assert plan.deferred and {o.kind for o in plan.options} >= {"longer_horizon", "more_hours"}
    assert review_plan(plan, p, KB).verdict == "infeasible"


def test_the_operations_manager_fits_the_non_coding_path_in_a_year_at_6_hours() -> None:
    p = _ops()
    plan = _plan(p)
    assert plan.feasible and review_plan(plan, p, KB).verdict == "pass"
    gaps = {g.skill_id for g in plan.gaps}
    assert "communication" not in gaps and "structured_thinking" not in gaps


def test_prerequisites_come_first_in_the_demo_plan() -> None:
    plan = _plan(_demo())
    end: dict[str, int] = {}
    start: dict[str, int] = {}
    for it in plan.items():  # a skill's first item: basic level is enough to build on
        end.setdefault(it.skill_id, it.week_end)
        start.setdefault(it.skill_id, it.week_start)
    order = [it.skill_id for it in plan.items()]
    first: dict[str, int] = {}
    for it in plan.items():
        first.setdefault(it.skill_id, it.level_from)
    known = {s for s, lv in first.items() if lv >= 1}  # basic already when the plan starts
    for s in order:
        for pre in KB.skills[s].prerequisites:
            if pre in end and pre not in known:  # a known basic is enough to build on
                assert order.index(pre) < order.index(s)
                assert start[s] >= end[pre]


def test_an_earlier_project_still_comes_after_the_skills_it_is_built_with() -> None:
    plan = _plan(_demo(), "Start the project earlier")
    project = next(ph for ph in plan.phases if ph.kind == "project")
    used = {s for pp in plan.portfolio_projects for s in pp.skill_ids}
    core = [it for ph in plan.phases if ph.kind == "core" for it in ph.items]
    before = [it.skill_id for it in core if it.week_end <= project.week_start]
    after = [it.skill_id for it in core if it.week_start >= project.week_end]
    assert used and used <= set(before)  # the project is not built before its skills
    assert after and not set(after) & used  # other core skills wait until after it
    assert check_constraints(plan, KB, parse_constraints("Start the project earlier", KB)) == []


# --------------------------------------------------------------------------- language
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:[ ,/]+[A-Za-z][A-Za-z'’-]*){2,}")


def _user_texts(plan: Plan) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = [
        ("message", plan.message),
        ("rationale", plan.rationale),
        *[("risk", r) for r in plan.risks],
        *[("assumption", a) for a in plan.assumptions],
        *[("constraint", c) for c in plan.constraints],
        *[("interview", x) for x in plan.interview_prep],
        *[("gap", g.evidence) for g in plan.gaps],
        *[("deferral", d.reason) for d in plan.deferred],
        *[("option", o.description) for o in plan.options],
        *[("fact", f.text) for f in plan.expectations],
    ]
    for ph in plan.phases:
        texts.append(("phase", ph.name))
        texts += [("item", f"{it.title} {it.deliverable}") for it in ph.items]
    for m in plan.milestones:
        texts += [("milestone", m.deliverable), ("check", m.how_checked)]
    for pp in plan.portfolio_projects:
        texts += [("project", f"{pp.title} {pp.description}")]
    return texts


def _stray_english(plan: Plan) -> list[str]:
    """English runs of three or more words, after skill ids and resource titles are removed."""
    names = sorted(
        [*KB.skills, *(r.title for r in KB.resources.values()), *PROPER_NOUNS],
        key=len,
        reverse=True,
    )
    found: list[str] = []
    for where, text in _user_texts(plan):
        for name in names:
            text = text.replace(name, " ")
        found += [f"{where}: {m.group(0)}" for m in _LATIN_RUN.finditer(text)]
    return found


@pytest.mark.parametrize(
    "case",
    ["ops_feasible", "ops_infeasible", "dev_infeasible", "dev_with_notes"],
)
def test_a_chinese_plan_has_no_stray_english(case: str) -> None:
    plans = {
        "ops_feasible": lambda: _plan(_ops()),
        "ops_infeasible": lambda: _plan(_ops(hours=1, weeks=12)),  # not even a first step
        "dev_infeasible": lambda: _plan(_demo(hours=3, language="zh")),
        "dev_with_notes": lambda: _plan(
            _demo(language="zh", constraints=["不考云认证", "周末没空"]),
            "项目提前。Docker不用学了。每周最多5小时。",
        ),
    }
    plan = plans[case]()
    assert plan.language == "zh"
    if case.endswith("infeasible"):
        assert plan.deferred and plan.options  # the texts under test are there
    assert _stray_english(plan) == []
    assert all(g.evidence != "not mentioned" for g in plan.gaps)
    assert any(g.evidence == "未提及" for g in plan.gaps)


def test_the_stray_english_detector_catches_english() -> None:
    plan = _plan(_ops())
    broken = plan.model_copy(update={"risks": [*plan.risks, "风险：does not fit the time"]})
    assert _stray_english(broken) == ["risk: does not fit the time"]


# --------------------------------------------------------------------------- milestone checks
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_milestone_checks_fit_the_kind_of_deliverable(lang: str) -> None:
    plan = _plan(_ops(language=lang))
    clone = "全新克隆" if lang == "zh" else "fresh clone"
    repo = "代码仓库" if lang == "zh" else "repository"
    kinds = {it.skill_id: deliverable_kind(KB.skills[it.skill_id]) for it in plan.items()}
    assert {"prompt", "review", "automation"} <= set(kinds.values())
    for m in plan.milestones:
        assert clone not in m.how_checked and repo not in m.deliverable, m
    dev = _plan(_demo(language=lang))
    python = next(it for it in dev.items() if it.skill_id == "python")
    at_python = next(m for m in dev.milestones if m.week == python.week_end)
    assert clone in at_python.how_checked  # code is still checked as code


def test_every_skill_has_a_deliverable_kind() -> None:
    assert deliverable_kind(KB.skills["communication"]) == "talk"
    assert deliverable_kind(KB.skills["judgment_review"]) == "review"
    assert deliverable_kind(KB.skills["prompt_engineering"]) == "prompt"
    assert deliverable_kind(KB.skills["rag"]) == "code"
    assert deliverable_kind(KB.skills["ai_ethics_governance"]) == "document"


# --------------------------------------------------------------------------- Markdown
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_markdown_says_what_happens_in_the_project_and_job_search_phases(lang: str) -> None:
    plan = _plan(_demo(language=lang))
    md = plan_markdown(plan, None, "drafting", kb=KB)
    sections = {s.split("\n", 1)[0]: s for s in md.split("\n## ")[1:]}
    project_phase = next(ph for ph in plan.phases if ph.kind == "project")
    project = next(v for k, v in sections.items() if k.startswith(project_phase.name))
    job = next(v for k, v in sections.items() if k.startswith(plan.phases[-1].name))
    assert plan.phases[-1].kind == "job_search"
    assert plan.portfolio_projects[0].title in project
    # said once (phase or milestone), up to its first clause: the JSON keeps all of it
    assert md.count(short_description(plan.portfolio_projects[0].description)) == 1
    assert len(job.strip().splitlines()) >= 4  # the header and the job-search steps
    hours = "小时" if lang == "zh" else " h"
    assert f"{plan.phases[-1].hours:g}{hours}" in job.splitlines()[0].replace(" 小时", "小时")
    assert "not mentioned" not in md  # the gaps' evidence stays in the JSON


# --------------------------------------------------------------------------- profile constraints
def test_the_users_own_constraints_are_honoured() -> None:
    p = _demo(constraints=["Skip Docker.", "At most 6 hours a week.", "No weekends."])
    plan = _plan(p)
    assert "docker" not in {it.skill_id for it in plan.items()}
    assert "Left out at your request." in [d.reason for d in plan.deferred]
    assert max(plan.weekly_hours) <= 6
    assert "Your note: No weekends" in plan.constraints
    review = review_plan(plan, p, KB)
    assert not [f for f in review.findings if f.severity == "error"]
    assert any(f.check == "constraints" and "No weekends" in f.message for f in review.findings)


def test_the_mentor_wins_over_the_users_constraints() -> None:
    p = _demo(constraints=["Skip Docker.", "At most 4 hours a week."])
    plan = _plan(p, "Focus on Docker. At most 6 hours a week.")
    assert "docker" in {it.skill_id for it in plan.items()}
    assert max(plan.weekly_hours) > 4
    assert max(plan.weekly_hours) <= 6
    mentor = parse_constraints("Focus on Docker. At most 6 hours a week.", KB)
    combined = with_user_constraints(p.constraints, mentor, KB)
    assert combined == mentor  # both of the user's constraints gave way
    assert with_user_constraints(p.constraints, combined, KB) == combined  # idempotent


def test_a_review_catches_a_plan_that_ignores_the_users_constraints() -> None:
    p = _demo(constraints=["Skip Docker."])
    plain = _plan(_demo())
    review = review_plan(plain, p, KB)
    assert any(f.check == "constraints" and f.ref == "docker" for f in review.findings)
    assert review.verdict == "revise"
