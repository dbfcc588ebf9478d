"""Round 5 mentor requests (findings M5-1..M5-18, issue 11 part C): project hours and the time
freed given to it, order around the project, profile corrections as lists, dated windows and
kept horizons, second passes, and what the mentor is shown as not met or not applied."""

from __future__ import annotations

from datetime import date

from coach.engine.checks.constraint_kinds import check_constraint_kinds
from coach.engine.constraints import (
    Constraint,
    parse_constraints,
    requests_not_applied,
    resolve_from_date,
)
from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.knowledge import load_kb
from coach.schemas import Plan, Profile

KB = load_kb()
START = date(2026, 12, 7)
TODAY = date(2026, 12, 2)


def _read(text: str) -> list[tuple[object, ...]]:
    return [
        (c.kind, c.skill_id, c.level, c.horizon_weeks, c.hours_per_week)
        for c in parse_constraints(text, KB, today=TODAY)
        if c.kind != "note"
    ]


def _notes(text: str) -> list[str]:
    return [c.text for c in parse_constraints(text, KB, today=TODAY) if c.kind == "note"]


def test_a_profile_correction_covers_every_skill_of_its_list() -> None:
    text = "She is a designer, not a programmer: she does not know Git, Linux or API design."
    got = {(k, s, lv) for k, s, lv, _, _ in _read(text)}
    assert got == {
        ("profile_skill", s, 0) for s in ("programming_fundamentals", "git", "linux", "api_design")
    }
    assert _notes(text) == []  # who she is belongs to the correction
    zh = {(s, lv) for _, s, lv, _, _ in _read("他不是程序员，不会Git、Linux和SQL")}
    assert zh == {("programming_fundamentals", 0), ("git", 0), ("linux", 0), ("sql", 0)}
    # "not a programmer: he does not know Docker" never reads "know" as knowing them
    assert {lv for _, _, lv, _, _ in _read("He is not a programmer: he does not know Docker")} == {
        0
    }


def test_dated_windows_and_kept_horizons_in_english() -> None:
    text = (
        "Only 2 hours a week until the end of January 2027, then back to 6 hours a week; "
        "keep the 52 weeks."
    )
    kinds = [k for k, *_ in _read(text)]
    assert kinds == ["hours_from", "max_hours_per_week", "set_horizon"]
    assert _notes(text) == []
    laid_off = (
        "She was laid off: apply the 25 hours a week from now, not from March, "
        "and keep the horizon at 17 weeks."
    )
    assert ("max_hours_per_week", None, None, None, 25.0) in _read(laid_off)
    assert ("set_horizon", None, None, 17, None) in _read(laid_off)
    assert _notes(laid_off) == []
    assert _read("周期保持52周不变") == [("set_horizon", None, None, 52, None)]
    assert _notes("每周15小时从现在就开始，不是从三月") == []


def test_a_dated_window_by_plan_week_resolves_to_that_week() -> None:
    c = Constraint(kind="hours_from", text="from week 5", hours_per_week=3, from_week=5)
    assert resolve_from_date(c, START) == date(2027, 1, 4)


def test_order_around_the_project_and_a_skill_name_with_a_comma() -> None:
    text = "Start AI ethics, governance and compliance in week 1, before the project."
    assert [k for k, *_ in _read(text)] == ["week_anchor", "before_project"]
    assert _notes(text) == []
    very_start = (
        "Move the AI ethics and patient-privacy part to the very start, before she touches "
        "any patient data"
    )
    assert _notes(very_start) == []
    assert _read("RAG 要在项目之前学完") == [("before_project", "rag", None, None, None)]


def test_second_passes_in_chinese_cap_the_level() -> None:
    assert {(k, s) for k, s, *_ in _read("Kubernetes和云平台的第二轮都去掉")} == {
        ("max_level", "kubernetes"),
        ("max_level", "cloud"),
    }


def _fleet() -> Profile:
    return Profile(
        current_role="车队经理",
        years_experience=9,
        target_role="ai_augmented_professional",
        hours_per_week=4,
        horizon_weeks=21,
        language="zh",
    )


def _plan(person: Profile, text: str) -> tuple[Plan, list[Constraint]]:
    cons = parse_constraints(text, KB, today=TODAY)
    research = research_role(KB, person, person.target_role or "")
    return build_plan(person, research, KB, start_date=START, constraints=cons), cons


def _project_hours(plan: Plan) -> float:
    return sum(ph.hours for ph in plan.phases if ph.kind == "project")


def test_the_hours_asked_for_a_project_are_met_when_the_plan_had_one() -> None:
    person = _fleet()
    before, _ = _plan(person, "")
    assert before.portfolio_projects and _project_hours(before) > 22
    text = "加一个作品集项目：用扣子做一个车队油耗和排班的周报助手，大概20小时；AI伦理那块先去掉，时间给项目。"
    plan, cons = _plan(person, text)
    (project,) = plan.portfolio_projects
    assert project.title == "用扣子做一个车队油耗和排班的周报助手"
    assert abs(_project_hours(plan) - 20) <= 1
    assert "project_time" in {c.kind for c in cons}
    assert check_constraint_kinds(plan, KB, cons, person) == []


def test_the_time_freed_goes_to_the_project() -> None:
    person = Profile(
        current_role="backend developer",
        years_experience=6,
        target_role="mlops_engineer",
        hours_per_week=8,
        horizon_weeks=48,  # room beyond the core: the freed time is not all the core's
        language="en",
    )
    before, _ = _plan(person, "Drop Kubernetes.")
    plan, cons = _plan(person, "Drop Kubernetes and give the time to the project.")
    assert _project_hours(plan) > _project_hours(before)
    assert not any(i.skill_id == "kubernetes" for i in plan.items())
    assert check_constraint_kinds(plan, KB, cons, person) == []


def test_a_skill_after_the_project_fails_before_project() -> None:
    person = _fleet()
    plan, _ = _plan(person, "")
    project = next(ph for ph in plan.phases if ph.kind == "project")
    late = next((i for i in plan.items() if i.skill_id and i.week_end > project.week_start), None)
    first = next(i for i in plan.items() if i.skill_id and i.week_end <= project.week_start)
    ok = Constraint(kind="before_project", text="x", skill_id=first.skill_id)
    assert check_constraint_kinds(plan, KB, [ok]) == []
    missing = Constraint(kind="before_project", text="x", skill_id="kubernetes")
    assert check_constraint_kinds(plan, KB, [missing])  # not in the plan: said
    if late is not None:
        bad = Constraint(kind="before_project", text="x", skill_id=late.skill_id)
        assert check_constraint_kinds(plan, KB, [bad])


def test_one_constraint_is_judged_with_the_others_as_context() -> None:
    person = Profile(
        current_role="hospital pharmacist",
        years_experience=11,
        target_role="ai_augmented_professional",
        hours_per_week=5,
        horizon_weeks=26,
        language="en",
    )
    text = (
        "Start with AI ethics. Make the project about healthcare. Make the project a tool that drafts "
        "medication-reconciliation notes for the pharmacist to verify."
    )
    plan, cons = _plan(person, text)
    assert {"start_with", "project_field", "project_topic"} <= {c.kind for c in cons}
    whole = check_constraint_kinds(plan, KB, cons, person)
    for c in cons:  # each alone, with the rest as context: what the whole check says of it
        alone = check_constraint_kinds(plan, KB, [c], person, context=cons)
        assert all(f in whole for f in alone), c
    field = next(c for c in cons if c.kind == "project_field")
    assert check_constraint_kinds(plan, KB, [field], person, context=cons) == []
    # without the context the mentor's own topic is not seen: the false "not about healthcare"
    assert check_constraint_kinds(plan, KB, [field], person) != []


def test_a_part_asked_again_and_read_is_no_longer_not_applied() -> None:
    first = "Give AI ethics the spotlight somehow, and keep it fun."
    second = "Start AI ethics, governance and compliance in week 1."
    parts = requests_not_applied([first], KB)
    assert parts  # something of the first was not read
    later = requests_not_applied([first, second], KB)
    assert "and keep it fun" in later
    assert all("AI ethics" not in p for p in later)
    # read now (round 7): "early" moves a skill earlier; the project's data rule
    said = (
        "Start AI ethics early, before she touches any patient data, use de-identified cases only."
    )
    assert requests_not_applied([said], KB) == []


def test_more_project_and_level_forms() -> None:
    assert [(k, s) for k, s, *_ in _read("Cut the Kubernetes deep dive; basics are enough.")] == [
        ("max_level", "kubernetes")
    ]
    assert _notes("Cut the Kubernetes deep dive; basics are enough.") == []
    coder = {s for _, s, *_ in _read("She can't code at all and has never used Git.")}
    assert coder == {"programming_fundamentals", "git"}
    (sized,) = [
        c for c in parse_constraints("给项目30小时，做一个门诊排班助手", KB) if c.kind != "note"
    ]
    assert (sized.kind, sized.hours, sized.project_topic) == ("add_project", 30.0, "门诊排班助手")
    then = [c for c in parse_constraints("项目放在第10周开始，做一个仓库拣货路径优化的小工具", KB)]
    assert [c.kind for c in then] == ["week_anchor", "project_field", "project_topic"]
    assert then[-1].project_topic == "仓库拣货路径优化的小工具"
    assert [c.kind for c in parse_constraints("把项目提前，做个小的", KB)] == [
        "project_earlier",
        "note",
    ]  # a size is no topic
    window = parse_constraints("到明年2月底每周只能3小时", KB, today=TODAY)
    assert [(c.kind, c.from_date, c.for_weeks) for c in window] == [("hours_from", TODAY, 13)]


def test_a_topic_asked_for_a_plan_without_a_project_adds_one() -> None:
    person = Profile(
        current_role="建筑设计师",
        years_experience=10,
        target_role="ai_application_engineer",
        hours_per_week=6,
        horizon_weeks=26,
        language="zh",
    )
    asked = "他不会Git和Linux；Python 只安排 20 小时；加上大模型评估"
    before, _ = _plan(person, asked)
    assert before.portfolio_projects == []  # the core fills the time: no project
    plan, cons = _plan(person, asked + "；项目改成建筑设计规范（GB 50016等）问答助手，第15周开始。")
    (project,) = plan.portfolio_projects
    assert project.title == "建筑设计规范（GB 50016等）问答助手"
    assert project.week_start == 15
    assert check_constraint_kinds(plan, KB, cons, person) == []


def test_a_short_concrete_chinese_topic_is_a_topic_and_sized() -> None:
    text = "项目做一个发票核对助手，大概20小时，第6周开始"
    cons = parse_constraints(text, KB)
    topic = next(c for c in cons if c.kind == "project_topic")
    assert (topic.project_topic, topic.hours) == ("发票核对助手", 20.0)
    assert any(c.kind == "week_anchor" and c.from_week == 6 for c in cons)
    assert not [c for c in cons if c.kind == "note"]
    assert [c.kind for c in parse_constraints("项目换成金融数据", KB)] == ["project_field"]


def test_a_project_anchored_to_a_week_leaves_no_idle_weeks_before_it() -> None:
    person = Profile(
        current_role="会计",
        years_experience=8,
        target_role="ai_augmented_professional",
        hours_per_week=6,
        horizon_weeks=52,
        language="zh",
    )
    plan, cons = _plan(person, "项目做一个发票核对助手，大概20小时，第6周开始")
    project = next(ph for ph in plan.phases if ph.kind == "project")
    assert project.week_start == 6
    waiting = plan.weekly_hours[: project.week_start - 1]
    full = max(waiting)
    assert full > 0  # learning first, not a project waiting on idle weeks
    assert sum(1 for h in waiting if h < full / 4) <= 2  # the light week, the last piece's end
    assert check_constraint_kinds(plan, KB, cons, person) == []


def test_round_five_forms_never_misread_as_a_horizon_or_dropped() -> None:
    used = _read("She already knows SQL well, and she has used Python for 3 years.")
    assert {k for k, *_ in used} == {"profile_skill"}  # never a 156-week horizon
    window = _read("From March she has only 4 hours a week, for six weeks.")
    assert [k for k, *_ in window] == ["hours_from"]  # never a 6-week horizon
    assert (
        parse_constraints("From March she has only 4 hours a week, for six weeks.", KB)[0].for_weeks
        == 6
    )
    assert _notes("一月份每周只有2小时，周期不变") == []
    assert {
        (k, s) for k, s, *_ in _read("Use the hours from the Docker section for the project.")
    } == {
        ("exclude_skill", "docker"),
        ("project_time", None),
    }
    assert {(s, lv) for _, s, lv, *_ in _read("他已经会Python了，SQL也很熟")} == {
        ("python", 2),
        ("sql", 2),
    }


def test_a_setting_asked_again_is_shown_once_as_the_last_value() -> None:
    from coach.cli_constraints import _latest_settings

    records = [
        {"kind": "max_hours_per_week", "source": "mentor", "display": "25 h a week"},
        {"kind": "exclude_skill", "source": "mentor", "display": "Skill left out: Cloud"},
        {"kind": "max_hours_per_week", "source": "mentor", "display": "20 h a week"},
    ]
    shown = [r["display"] for r in _latest_settings(records)]
    assert shown == ["Skill left out: Cloud", "20 h a week"]


def test_a_replan_does_not_teach_again_what_the_kept_weeks_gave() -> None:
    from coach.engine.progress import partly_done
    from coach.engine.replan import replan_from_week
    from coach.schemas import Progress

    person = _fleet()
    research = research_role(KB, person, person.target_role or "")
    approved = build_plan(person, research, KB, start_date=START)
    keep = next(i.week_start for i in approved.items() if i.week_end > i.week_start)
    running = next(i for i in approved.items() if i.week_start <= keep < i.week_end)
    progress = Progress(weeks_done=list(range(1, keep + 1)))
    share = {i.skill_id: h for i, h in partly_done(approved, keep, progress)}
    assert share[running.skill_id] > 0
    again = replan_from_week(approved, person, research, KB, keep_weeks=keep, progress=progress)
    fresh = replan_from_week(approved, person, research, KB, keep_weeks=0, progress=progress)
    ahead = [i for i in again.items() if i.skill_id == running.skill_id and i.week_start > keep]
    whole = sum(i.hours for i in fresh.items() if i.skill_id == running.skill_id)
    taught = sum(i.hours for i in ahead)
    assert taught <= whole - share[running.skill_id] + 0.05  # the kept weeks' part is not again
    assert abs(sum(again.weekly_hours) - again.total_hours) < 0.05


def test_shares_sizes_and_a_skill_known_but_another_not() -> None:
    shares = parse_constraints("Double the RAG hours and halve the prompt engineering.", KB)
    assert [(c.skill_id, c.op, c.share) for c in shares] == [
        ("rag", "min", 2.0),
        ("prompt_engineering", "max", 0.5),
    ]
    assert [c.kind for c in parse_constraints("Double down on system design.", KB)] == [
        "focus_skill"
    ]
    matlab = {(s, lv) for _, s, lv, *_ in _read("He knows MATLAB but not Python.")}
    assert ("python", 0) in matlab
    for text, hours in (
        ("项目别做太大，15小时左右就行", 15.0),
        ("Keep the project small, 12 hours is enough.", 12.0),
    ):
        (c,) = parse_constraints(text, KB)
        assert (c.kind, c.hours) == ("add_project", hours)
    person = Profile(
        current_role="backend developer",
        years_experience=6,
        target_role="ai_application_engineer",
        hours_per_week=8,
        horizon_weeks=40,
        language="en",
    )
    plan, cons = _plan(person, "Keep the project small, 12 hours is enough.")
    assert _project_hours(plan) == 12.0
    assert check_constraint_kinds(plan, KB, cons, person) == []


def test_the_job_search_in_the_last_month_and_sized_after() -> None:
    cons = parse_constraints(
        "Can we push the job search to the last month and make it 15 hours?", KB
    )
    assert [(c.kind, c.window_weeks, c.hours) for c in cons] == [
        ("week_anchor", 4, None),
        ("job_search_hours", None, 15.0),
    ]


def test_a_mentor_disputing_an_error_is_told_how_to_overrule_it() -> None:
    from coach.cli_constraints import not_applied_text

    for lang, note, word in (
        ("en", "The project is already about healthcare, that error is wrong.", "--override"),
        ("zh", "项目本来就是医疗方向的，这个错误是误报", "--override"),
    ):
        text = not_applied_text({"plan": {"language": lang}, "mentor_notes": [note]})
        assert word in text
    plain = not_applied_text({"plan": {"language": "en"}, "mentor_notes": ["make it nicer"]})
    assert "--override" not in plain


def test_no_clause_of_any_corpus_request_is_dropped_silently() -> None:
    """Every clause of every request in the corpora is read into a constraint or kept as a
    note (its words in some constraint's text): never dropped (COACHING C2)."""
    import json
    import re
    from pathlib import Path

    from coach.engine.constraints.clauses import split_clauses

    root = Path(__file__).resolve().parents[2] / "evals" / "constraints"
    rows = [
        json.loads(line)
        for f in sorted(root.rglob("*.jsonl"))
        for line in f.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(rows) > 400
    dropped = []
    for row in rows:
        text = str(row["text"])
        covered = " ".join(c.text for c in parse_constraints(text, KB, today=TODAY))
        for clause in split_clauses(text, KB):
            courtesy = re.fullmatch(r"\W*(?:please|thanks?|谢谢|请)?\W*", clause, re.I)
            if clause not in covered and not courtesy:
                dropped.append((clause, text))
    assert dropped == []


def test_weekly_hours_around_a_named_holiday_are_a_window() -> None:
    (c,) = parse_constraints("到春节前每周只有2小时", KB, today=TODAY)
    assert (c.kind, c.from_date, c.for_weeks) == ("hours_from", TODAY, 10)
    (x,) = parse_constraints("until Christmas she only has 2 hours a week", KB, today=TODAY)
    assert (x.kind, x.for_weeks) == ("hours_from", 4)
    (after,) = parse_constraints("春节后每周能到8小时", KB, today=TODAY)
    assert (after.kind, after.from_date, after.for_weeks) == ("hours_from", date(2027, 2, 6), None)


def test_no_project_when_the_mentor_asks_for_none_and_the_latest_ask_wins() -> None:
    person = Profile(
        current_role="backend developer",
        years_experience=6,
        target_role="ai_application_engineer",
        hours_per_week=8,
        horizon_weeks=40,
        language="en",
    )
    plan, cons = _plan(person, "No project for now, she needs the fundamentals.")
    assert cons[0].kind == "no_project"
    assert plan.portfolio_projects == [] and not any(ph.kind == "project" for ph in plan.phases)
    assert check_constraint_kinds(plan, KB, cons, person) == []
    again, more = _plan(person, "Skip the project. Add a project of 20 hours on invoices.")
    assert again.portfolio_projects  # the later ask wins
    assert check_constraint_kinds(again, KB, more, person) == []
    with_one, _ = _plan(person, "")
    assert check_constraint_kinds(with_one, KB, cons, person)  # one there: said


def test_a_day_inside_a_month_starts_the_new_hours_then() -> None:
    (c,) = parse_constraints(
        "From mid-January she has only 4 hours a week, for six weeks.", KB, today=TODAY
    )
    assert (c.from_date, c.for_weeks) == (date(2027, 1, 15), 6)
    (z,) = parse_constraints("1月中旬起每周只有3小时", KB, today=TODAY)
    assert z.from_date == date(2027, 1, 15)
    (plain,) = parse_constraints("from March only 5 hours a week", KB, today=TODAY)
    assert (plain.from_month, plain.from_date) == (3, None)


def test_round_six_requests_are_never_applied_as_their_opposite() -> None:
    (gone, _) = parse_constraints("沟通表达那40小时去掉，她天天和客户、修理厂打交道", KB)
    assert (gone.kind, gone.skill_id) == ("exclude_skill", "communication")
    (drop,) = parse_constraints("drop the 40 hours of communication", KB)
    assert drop.kind == "exclude_skill"
    (cut,) = parse_constraints("科学领域知识那100小时砍到10小时以内", KB)
    assert (cut.kind, cut.hours, cut.op) == ("skill_hours", 10.0, "max")
    (to,) = parse_constraints("cut the 30 hours of Docker to 10", KB)
    assert (to.hours, to.op) == (10.0, "max")
    week = parse_constraints("PyTorch should start in week 1, not week 31", KB)
    assert [(c.kind, c.skill_id, c.from_week) for c in week] == [("week_anchor", "pytorch", 1)]
    topic = parse_constraints(
        "Make the project about her own clinic: triaging client messages and drafting "
        "discharge instructions for pet owners, not nurses.",
        KB,
    )
    assert "project_topic" in {c.kind for c in topic}
    (_, named) = parse_constraints(
        "Project: a client-message triage and discharge-note assistant for a veterinary clinic.",
        KB,
    )
    assert (
        named.project_topic
        == "client-message triage and discharge-note assistant for a veterinary clinic"
    )


def test_a_later_request_replaces_the_earlier_one_on_the_same_thing() -> None:
    from coach.engine.constraints import notes_constraints

    cons = notes_constraints(["沟通表达安排40小时", "沟通表达不要安排，0小时"], KB, START)
    assert not any(c.kind == "skill_hours" and c.hours == 40 for c in cons)
    cons = notes_constraints(["科学领域知识最多100小时", "科学领域知识最多8小时"], KB, START)
    assert [c.hours for c in cons if c.kind == "skill_hours"] == [8.0]
    cons = notes_constraints(
        [
            "Add a project of about 15 hours on summarising shift handovers.",
            "Make the project a triage tool for ICU alarms.",
        ],
        KB,
        START,
    )
    assert [(c.kind, c.hours, c.project_topic) for c in cons] == [
        ("project_topic", 15.0, "triage tool for ICU alarms")
    ]


def test_the_mentors_own_words_for_the_project_count_in_no_language() -> None:
    from coach.engine.checks import review_plan

    person = Profile(
        current_role="ICU nurse",
        years_experience=12,
        target_role="ai_augmented_professional",
        hours_per_week=5,
        horizon_weeks=39,
        language="en",
    )
    plan, cons = _plan(person, "项目改成ICU交班记录摘要助手，大概20小时")
    assert plan.portfolio_projects[0].title == "ICU交班记录摘要助手"
    review = review_plan(plan, person, KB, cons, 0)
    assert not [f for f in review.findings if f.check == "language" and f.severity == "error"]


def test_a_skill_after_the_project_moves_the_skill_not_the_project() -> None:
    for text, skill in (
        ("Move cloud platforms after the project", "cloud"),
        ("Docker放到项目之后", "docker"),
    ):
        (c,) = parse_constraints(text, KB)
        assert (c.kind, c.skill_id) == ("move_later", skill)
