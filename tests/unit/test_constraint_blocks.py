"""Week anchors, the job-search block and the mentor's corrections of the profile and target
(round 3 of issue 11): read as meant, applied by the planner, checked by the reviewer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coach.engine.checks import review_plan
from coach.engine.checks.constraint_kinds import check_constraint_kinds
from coach.engine.constraints import describe_constraint, parse_constraints, requests_not_applied
from coach.engine.constraints.blocks import corrected_profile, target_changed
from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.evals.constraints import load_corpus, score_corpus, spec_of
from coach.knowledge import load_kb
from coach.schemas import Plan, Profile, SkillClaim

KB = load_kb()
START = date(2027, 1, 4)
HELDOUT3 = Path(__file__).resolve().parents[2] / "evals" / "constraints" / "heldout3"


def specs(text: str) -> list[str]:
    return [s for c in parse_constraints(text, KB) if (s := spec_of(c))]


def test_round_three_is_big_half_chinese_and_read() -> None:
    rows = load_corpus([HELDOUT3])
    zh = [r for r in rows if any("\u4e00" <= ch <= "\u9fff" for ch in str(r["text"]))]
    assert len(rows) >= 60 and len(zh) >= len(rows) // 2
    assert sum(1 for r in rows if not r["expect"]) >= 8  # vague ones, to be asked back
    assert score_corpus(rows, KB).accuracy >= 0.95


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kick off the capstone by wk 6", ["week_anchor:project:max:6"]),
        ("作品集项目从第15周开始", ["week_anchor:project:min:15"]),
        ("no earlier than week 20 for the job hunt", ["week_anchor:job_search:min:20"]),
        ("Docker最迟第9周开始学", ["week_anchor:docker:max:9"]),
        ("she won't need the job-search phase at all", ["job_search_hours:set:0"]),
        ("求职那部分最多8小时", ["job_search_hours:max:8"]),
        ("He has never used SQL.", ["profile_skill:sql:0"]),
        ("她做了两年TypeScript", ["profile_skill:typescript:2"]),
        ("Change his goal to MLOps engineer", ["set_target:mlops_engineer"]),
        ("she can only spare 4 hours", ["max_hours_per_week:4"]),
    ],
)
def test_new_kinds_in_words_the_corpus_does_not_have(text: str, expected: list[str]) -> None:
    assert specs(text) == expected


def test_a_skill_known_as_the_reason_for_an_instruction_is_no_correction() -> None:
    assert specs("He knows Linux inside out, take Linux off the plan.") == ["exclude_skill:linux"]


def test_vague_requests_and_unknown_targets_are_shown_as_not_applied() -> None:
    notes = ["Make it more practical.", "目标换成AI产品经理"]
    assert requests_not_applied(notes, KB) == ["Make it more practical", "目标换成AI产品经理"]
    unknown = next(c for c in parse_constraints(notes[1], KB) if c.kind == "set_target")
    line = describe_constraint(unknown, "zh", KB, START, 52)
    assert "未应用" in line and unknown.candidates  # the closest roles, to choose from


def _person() -> Profile:
    return Profile(
        current_role="backend developer",
        years_experience=6,
        skills=[
            SkillClaim(skill_id="java", level=3, evidence="6 years of Java"),
            SkillClaim(skill_id="python", level=2, evidence="Python at work"),
        ],
        target_role="ai_application_engineer",
        hours_per_week=10,
        horizon_weeks=39,
        language="en",
    )


def _plan(text: str, profile: Profile | None = None) -> tuple[Plan, list[object]]:
    person = profile or _person()
    cons = parse_constraints(text, KB)
    research = research_role(KB, person, person.target_role or "")
    plan = build_plan(person, research, KB, start_date=START, constraints=cons)
    return plan, cons  # type: ignore[return-value]


def test_project_by_week_is_applied_and_checked() -> None:
    default, _ = _plan("")
    assert default.portfolio_projects[0].week_start > 10  # the anchor has work to do
    plan, cons = _plan("Start the project by week 10.")
    assert plan.portfolio_projects[0].week_start <= 10
    assert check_constraint_kinds(plan, KB, cons, _person()) == []  # type: ignore[arg-type]
    review = review_plan(default, _person(), KB, cons, 0)  # type: ignore[arg-type]
    assert any("week 10" in f.message for f in review.findings if f.severity == "error")


def test_project_in_a_week_is_applied() -> None:
    plan, cons = _plan("项目第12周开始")
    assert plan.portfolio_projects[0].week_start == 12
    assert check_constraint_kinds(plan, KB, cons, _person()) == []  # type: ignore[arg-type]


def test_an_anchor_that_cannot_fit_is_flagged_not_silent() -> None:
    plan, cons = _plan("Job search not before week 37")  # 30 h do not fit in weeks 37-39
    findings = check_constraint_kinds(plan, KB, cons, _person())  # type: ignore[arg-type]
    assert [f.severity for f in findings] == ["error"]
    assert "week 37" in findings[0].message


def test_the_job_search_block_is_cut_or_capped() -> None:
    cut, _ = _plan("skip the job search part, she has an offer")
    assert all(ph.kind != "job_search" for ph in cut.phases) and cut.interview_prep == []
    assert cut.feasible
    capped, cons = _plan("Cut the job search block to 10 hours")
    hours = sum(ph.hours for ph in capped.phases if ph.kind == "job_search")
    assert 0 < hours <= 10
    assert check_constraint_kinds(capped, KB, cons, _person()) == []  # type: ignore[arg-type]


def test_a_skill_the_mentor_says_is_unknown_is_taught_from_zero() -> None:
    default, _ = _plan("")
    plan, _ = _plan("He does not know Python.")
    before = [i for i in default.items() if i.skill_id == "python"]
    after = [i for i in plan.items() if i.skill_id == "python"]
    assert after and min(i.level_from for i in after) == 0
    assert not before or min(i.level_from for i in before) >= 1
    assert all(s.skill_id != "python" for s in plan.strengths)


def test_a_target_change_corrects_the_profile() -> None:
    cons = parse_constraints("目标换成AI增强型职场人", KB)
    person = _person()
    assert target_changed(person, cons)
    assert corrected_profile(person, cons, KB).target_role == "ai_augmented_professional"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("本周学了5小时RAG", "hours", None),
        ("haven't done anything for 3 weeks", "behind", 3),
        ("上周没学，这周补上", "behind", 1),
        ("did the prompt engineering stuff, moving on to the API part", "skill_done", None),
    ],
)
def test_informal_check_ins_are_progress(text: str, kind: str, value: int | None) -> None:
    from coach.engine.progress import apply_checkin, read_checkin

    plan, _ = _plan("")
    checkin = read_checkin(text, plan, KB, 5)
    assert checkin is not None and (checkin.kind, checkin.value) == (kind, value)
    if kind == "hours":
        assert apply_checkin(plan.progress, checkin, plan).hours_logged == {"rag": 5.0}


def test_a_date_in_the_clause_before_sets_when_the_hours_start() -> None:
    found = parse_constraints("下个月开始仓库旺季，每周只能3小时了", KB, today=date(2026, 12, 2))
    assert [(c.kind, c.hours_per_week, c.from_date) for c in found] == [
        ("hours_from", 3.0, date(2027, 1, 1))
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I got the job!!", "got_job"),
        ("我拿到offer了", "got_job"),
        ("if I get the job, should I still do the project?", "project"),
        ("what changed in the new plan?", "changes"),
        ("新计划有什么变化？", "changes"),
    ],
)
def test_life_turns(text: str, kind: str) -> None:
    from coach.engine.turns import classify_turn

    assert classify_turn(text, KB) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Add RAG, start it by week 4", ["include_skill:rag", "week_anchor:rag:max:4"]),
        (
            "swap the project for one on healthcare data and start it by week 10",
            ["project_field:healthcare", "week_anchor:project:max:10"],
        ),
        (
            "a refresher on Java and Spring, about 16 hours",
            ["skill_hours:java:set:8", "skill_hours:spring:set:8"],
        ),
        (
            "20 hours each for SQL and Docker",
            ["skill_hours:sql:set:20", "skill_hours:docker:set:20"],
        ),
    ],
)
def test_a_week_or_hours_about_what_was_named_before(text: str, expected: list[str]) -> None:
    assert specs(text) == expected


def test_worries_are_answered_first_from_the_sources() -> None:
    from coach.engine.answers import Answer
    from coach.engine.answers_life import about_the_person

    plan, _ = _plan("")
    base = Answer(text="rest")
    replaced = about_the_person(base, "is AI going to replace devs like me?", plan, _person(), KB)
    assert "\nrest\n" in replaced.text and replaced.sources  # grounded, then the answer
    sooner = about_the_person(base, "my friend did it in 6 months", plan, _person(), KB).text
    assert "26 weeks" in sooner and "%" in sooner
    old = about_the_person(base, "am I too old at 52?", plan, _person(), KB).text
    assert "6 years as backend developer" in old


def test_compare_explains_the_difference() -> None:
    from coach.engine.answers_plan import answer_compare
    from coach.engine.research import research_role

    plan, _ = _plan("")
    research = research_role(KB, _person(), "ai_application_engineer")
    text = answer_compare(plan, research, ["llmops", "mlops"], KB).text
    assert "difference" in text and "MLOps" in text


def test_a_window_of_fewer_hours_lowers_only_its_weeks() -> None:
    from coach.engine.constraints import weekly_limits

    cons = parse_constraints("接下来两周每周只能3小时", KB, today=START)
    assert [(c.kind, c.hours_per_week, c.for_weeks) for c in cons] == [("hours_from", 3.0, 2)]
    assert weekly_limits(10, 6, START, cons) == [3, 3, 10, 10, 10, 10]
    plan, _ = _plan("only 5 hours a week for 3 weeks from week 4")
    assert plan.weekly_hours[3:6] == [min(h, 5) for h in plan.weekly_hours[3:6]]
    assert max(plan.weekly_hours[6:]) > 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("start the project in month 3", ["week_anchor:project:set:9"]),
        ("先把项目提前到第10周", ["week_anchor:project:max:10"]),
        ("求职推迟到第30周", ["week_anchor:job_search:min:30"]),
        ("第3周的内容太多了", []),
    ],
)
def test_weeks_from_months_and_moves(text: str, expected: list[str]) -> None:
    assert specs(text) == expected


def test_no_second_pass_keeps_a_skill_at_basic_level_not_out() -> None:
    assert specs("No second passes on CI/CD and Docker") == [
        "max_level:ci_cd:1",
        "max_level:docker:1",
    ]
    default, _ = _plan("")
    assert max(i.level_to for i in default.items() if i.skill_id == "rag") >= 2
    plan, cons = _plan("RAG不用深入")
    rag = [i for i in plan.items() if i.skill_id == "rag"]
    assert rag and max(i.level_to for i in rag) == 1
    assert check_constraint_kinds(plan, KB, cons, _person()) == []  # type: ignore[arg-type]


def test_too_long_or_too_short_without_a_number_is_a_share_of_the_estimate() -> None:
    from coach.engine.constraints import parse_constraints as parse

    assert specs("The RAG part is too long") == ["skill_hours:rag:max:share"]
    assert specs("Too much linux. 6 hours is plenty.") == ["skill_hours:linux:max:6"]
    default, _ = _plan("")
    before = sum(i.hours for i in default.items() if i.skill_id == "rag")
    for text, shorter in (("The RAG part is too long", True), ("RAG部分太短了", False)):
        plan, _ = _plan(text)
        after = sum(i.hours for i in plan.items() if i.skill_id == "rag")
        assert (after < before) if shorter else (after > before)
        assert check_constraint_kinds(plan, KB, parse(text, KB), _person()) == []
