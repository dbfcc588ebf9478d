"""Round 4 of issue 11: the mentor's words applied as meant (a core by week N, dips that end,
the job search in the last weeks, anchors the prerequisites cannot meet said with the reason,
side effects said), and the reviewer checks the person is looking for work."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coach.engine.checks import review_plan
from coach.engine.checks.constraint_kinds import check_constraint_kinds
from coach.engine.constraints import parse_constraints, weekly_limits
from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.engine.side_effects import unasked_changes
from coach.evals.constraints import load_corpus, score_corpus
from coach.knowledge import load_kb
from coach.schemas import Plan, Profile, SkillClaim

KB = load_kb()
START = date(2027, 1, 4)
HELDOUT4 = Path(__file__).resolve().parents[2] / "evals" / "constraints" / "heldout4"


def _person(**changes: object) -> Profile:
    base = Profile(
        current_role="frontend developer",
        years_experience=5,
        skills=[SkillClaim(skill_id="javascript", level=3, evidence="5 years of React")],
        target_role="agent_engineer",
        hours_per_week=8,
        horizon_weeks=39,
        language="en",
    )
    return base.model_copy(update=changes)


def _plan(text: str, person: Profile | None = None) -> tuple[Plan, list[object]]:
    who = person or _person()
    cons = parse_constraints(text, KB)
    research = research_role(KB, who, who.target_role or "")
    return build_plan(who, research, KB, start_date=START, constraints=cons), cons  # type: ignore[return-value]


def test_round_four_is_big_half_chinese_and_read() -> None:
    rows = load_corpus([HELDOUT4])
    zh = [r for r in rows if any("\u4e00" <= ch <= "\u9fff" for ch in str(r["text"]))]
    assert len(rows) >= 40 and len(zh) >= len(rows) // 2
    assert score_corpus(rows, KB).accuracy >= 0.97


def test_a_core_from_week_n_starts_by_then_never_later() -> None:
    cons = parse_constraints("make evals the core from week 3", KB)
    kinds = {(c.kind, c.op) for c in cons}
    assert ("focus_skill", None) in kinds and ("week_anchor", "max") in kinds


def test_a_dip_in_named_months_ends() -> None:
    for text in ("only 2 hours a week over July and August", "七八月每周只能2小时"):
        cons = parse_constraints(text, KB)
        limits = weekly_limits(8, 52, date(2027, 1, 4), cons)  # type: ignore[arg-type]
        low = [i + 1 for i, h in enumerate(limits) if h <= 2]
        assert low and len(low) == 9, text  # two months, then the usual hours
        assert limits[low[-1]] == 8, text


def test_the_job_search_in_the_last_weeks() -> None:
    plan, cons = _plan("Put the job hunt in the final 6 weeks.")
    start = min(ph.week_start for ph in plan.phases if ph.kind == "job_search")
    assert start >= plan.horizon_weeks - 6 + 1
    assert check_constraint_kinds(plan, KB, cons, _person()) == []  # type: ignore[arg-type]
    tight, cons = _plan("求职放在最后2周")  # 30 h do not fit in two weeks of 8 h: said, not silent
    findings = check_constraint_kinds(tight, KB, cons, _person())  # type: ignore[arg-type]
    assert [f.severity for f in findings] == ["error"]


def test_an_anchor_the_prerequisites_cannot_meet_says_what_it_needs() -> None:
    plan, cons = _plan("make agent frameworks the core from week 2")
    review = review_plan(plan, _person(), KB, cons, 0)  # type: ignore[arg-type]
    missed = [f.message for f in review.findings if "week 2" in f.message]
    assert missed and "builds on" in missed[0]


def test_what_a_re_plan_changed_unasked_is_said() -> None:
    before, _ = _plan("")
    after, cons = _plan("add multi-agent systems and make evaluation the core")
    lines = unasked_changes(before, after, cons, KB)  # type: ignore[arg-type]
    assert lines  # something else had to give
    assert not any(
        "LLM evaluation" in line or "Multi-agent" in line.split(":")[0] for line in lines
    )


def test_find_work_is_checked_by_the_reviewer() -> None:
    person = _person(
        current_role="recruiter",
        skills=[],
        target_role="ai_augmented_professional",
        constraints=["not working now: looking for a new job"],
    )
    plan, cons = _plan("she was laid off, add a job search", person)
    assert check_constraint_kinds(plan, KB, cons, person) == []  # type: ignore[arg-type]
    kept = [ph for ph in plan.phases if ph.kind != "job_search"]
    without = plan.model_copy(update={"phases": kept})
    findings = check_constraint_kinds(without, KB, cons, person)  # type: ignore[arg-type]
    assert [f.severity for f in findings] == ["error"]


def test_a_role_switch_said_plainly_is_a_target_change() -> None:
    cases = {
        "换成AI应用工程师": "ai_application_engineer",
        "switch to agent engineer": "agent_engineer",
        "I'd rather go for agent engineer now": "agent_engineer",
        "let's aim for MLOps engineer instead": "mlops_engineer",
        "还是换成AI增强型职场人吧": "ai_augmented_professional",
    }
    for text, role in cases.items():
        targets = [c.role_id for c in parse_constraints(text, KB) if c.kind == "set_target"]
        assert targets == [role], text
    assert not [c for c in parse_constraints("换成LangGraph", KB) if c.kind == "set_target"]


def test_time_away_then_the_hours_of_that_month() -> None:
    cons = parse_constraints("我三月份出差，那个月每周只能2小时", KB, today=date(2027, 1, 20))
    assert [(c.kind, c.hours_per_week, c.for_weeks) for c in cons] == [("hours_from", 2, 4)]


def test_a_skill_anchored_by_a_week_comes_before_an_earlier_project_when_it_can() -> None:
    plan, _ = _plan("make evals the core from week 3 and move the project earlier")
    evaluation = min(i.week_start for i in plan.items() if i.skill_id == "evaluation")
    api = max(i.week_end for i in plan.items() if i.skill_id == "llm_api_integration")
    project = plan.portfolio_projects[0].week_start
    assert evaluation <= api + 1  # as soon as what it builds on is taught
    assert evaluation <= project


def test_a_switch_to_a_role_the_sources_lack_keeps_the_closest() -> None:
    for text in ("switch me to data scientist please", "是不是该换成AI产品经理？"):
        asked = [c for c in parse_constraints(text, KB) if c.kind == "set_target"]
        assert len(asked) == 1 and asked[0].role_id is None and asked[0].candidates, text


def test_a_window_then_the_usual_hours_leaves_no_note() -> None:
    for text in (
        "接下来三周每周只有2小时，之后恢复",
        "2 hours a week for the next three weeks, then back to normal",
    ):
        kinds = [c.kind for c in parse_constraints(text, KB)]
        assert kinds == ["hours_from"], text
    start = parse_constraints("4 hours a week for the first month, then 8", KB)
    assert [(c.kind, c.hours_per_week, c.for_weeks) for c in start] == [
        ("hours_from", 4, 4),
        ("max_hours_per_week", 8, None),
    ]


def test_moved_forward_to_a_week_is_at_the_latest() -> None:
    for text in ("RAG往前挪到第4周", "Move the portfolio project up to week 6."):
        anchors = [c for c in parse_constraints(text, KB) if c.kind == "week_anchor"]
        assert [c.op for c in anchors] == ["max"], text


def test_after_approval_turns_of_this_round() -> None:
    from coach.engine.turns import classify_turn

    kinds = {
        "can I do the project on hospital data instead?": "project",
        "项目能不能换成金融方向的": "project",
        "I'm feeling really discouraged lately": "discouraged",
        "honestly not sure this is for me": "doubt",
    }
    for text, kind in kinds.items():
        assert classify_turn(text, KB) == kind, text


def test_hours_said_as_a_change_and_two_more_is_no_horizon() -> None:
    from coach.engine.changes import _relative_hours

    assert _relative_hours("三月起我每周能多出5个小时") == 5
    assert _relative_hours("I can do two more hours a week from now") == 2
    assert _relative_hours("每周少2个小时") == -2
    assert _relative_hours("only 5 hours a week") is None
    cons = parse_constraints("I can do two more hours a week from now", KB)
    assert not [c for c in cons if c.kind.endswith("horizon")]  # "two mo(re)" is no 2 months


def test_the_mentor_inbox_shows_what_changed_unasked() -> None:
    from coach.nodes.mentor import review_request

    before, _ = _plan("")
    after, _ = _plan("add multi-agent systems and make evaluation the core")
    after = after.model_copy(update={"version": before.version + 1})
    state = {
        "plan": after.model_dump(mode="json"),
        "reviewed_plan": before.model_dump(mode="json"),
        "mentor_notes": ["add multi-agent systems and make evaluation the core"],
        "review": {"verdict": "pass", "findings": []},
        "language": "en",
    }
    payload = review_request(state)  # type: ignore[arg-type]
    args = payload["action_requests"][0]["args"]
    assert args["unasked_changes"]
    assert "not asked for" in payload["action_requests"][0]["description"]
    stale = state | {"plan": after.model_copy(update={"version": 5}).model_dump(mode="json")}
    assert review_request(stale)["action_requests"][0]["args"]["unasked_changes"] == []  # type: ignore[arg-type]


def test_round_five_changes_after_approval() -> None:
    from coach.engine.changes import read_change
    from coach.engine.understand import extract_profile
    from coach.knowledge.lexicon import get_lexicon
    from tests.unit.test_progress_and_replan import PLAN, PROFILE

    today = date(2026, 12, 2)

    def summary(text: str) -> list[str]:
        said = extract_profile(text, PROFILE, get_lexicon(KB), KB, asked=None, today=today)
        change = read_change(text, PROFILE, said, PLAN, 1, KB, today)
        return change.summary if change else []

    laid_off = summary(
        "I got laid off today. I can do 25 hours a week now and want a job in 4 months"
    )
    assert any("-> 25" in line and "from" not in line for line in laid_off)  # from now
    until = summary("work is crazy until end of January, only 2 hrs a week till then")
    assert any("-> 2 from 2026-12-02 for 9 weeks" in line for line in until)
    assert not [s for s in summary("in 3 weeks I'll only have 4 hours a week") if "weeks:" in s]


def test_round_five_mentor_requests() -> None:
    caps = parse_constraints("drop the second passes on cloud and Kubernetes", KB)
    assert {(c.kind, c.skill_id) for c in caps} == {
        ("max_level", "cloud"),
        ("max_level", "kubernetes"),
    }
    first = parse_constraints("Move the AI ethics part to the very start", KB)
    assert [(c.kind, c.skill_id) for c in first] == [("start_with", "ai_ethics_governance")]


def test_round_five_questions_after_approval() -> None:
    from coach.engine.turns import classify_turn

    kinds = {
        "这个对我们车队真的有用吗？比如油耗异常能用AI分析出来吗？": "useful",
        "学这些对我们学校到底有什么实际用处？": "useful",
        "公司要裁员了，我可能下个月就没工作了，能不能快一点？": "job_loss",
        "can we speed this up?": "faster",
        "should I learn Go faster?": "skill_question",
        "honestly at 47, is anyone going to hire me as an agent engineer?": "doubt",
    }
    for text, kind in kinds.items():
        assert classify_turn(text, KB) == kind, text


def test_a_layoff_after_approval_makes_the_plan_end_in_a_job_search() -> None:
    from coach.engine.changes import read_change, replan_profile
    from coach.engine.constraints.corrections import FIND_WORK
    from coach.engine.understand import extract_profile
    from coach.knowledge.lexicon import get_lexicon
    from tests.unit.test_progress_and_replan import PLAN, PROFILE

    text = "I got laid off today. I can do 25 hours a week now"
    said = extract_profile(text, PROFILE, get_lexicon(KB), KB, asked=None, today=date(2026, 12, 2))
    change = read_change(text, PROFILE, said, PLAN, 1, KB, date(2026, 12, 2))
    assert change is not None and change.find_work
    assert FIND_WORK in replan_profile(PROFILE, change, PLAN, 0).constraints
