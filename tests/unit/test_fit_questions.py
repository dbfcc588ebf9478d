"""After approval, questions of fit (COACHING.md D1) get an answer first, from the plan and the
sources, and say plainly what the sources do not cover: working for clients, whether a line of
work is a job, a language weighed against the plan's, a tool for the person's hardware, training
on their own data. Wordings are not the tester's: the rules are general."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.answers_fit import answer_fit
from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.engine.turns import classify_turn
from coach.engine.turns_fit import (
    asked_line_of_work,
    languages_named,
    own_data_question,
    works_for_clients,
)
from coach.knowledge import load_kb
from coach.schemas import Plan, Profile, SkillClaim, Want

KB = load_kb()


def _plan(
    role: str, lang: str = "en", current: str = "web developer", wants: tuple[str, ...] = ()
) -> tuple[Plan, Profile]:
    profile = Profile(
        wants=[Want(skill_id=w, raw=w, evidence=w) for w in wants],
        current_role=current,
        years_experience=7,
        target_role=role,
        hours_per_week=10,
        horizon_weeks=30,
        language="zh" if lang == "zh" else "en",
        skills=[SkillClaim(skill_id="programming_fundamentals", level=2, evidence="7 years")],
    )
    plan = build_plan(profile, research_role(KB, profile, role), KB, start_date=date(2027, 1, 4))
    return plan, profile


def _answer(text: str, plan: Plan, profile: Profile) -> str:
    kind = classify_turn(text, KB)
    answer = answer_fit(kind, text, plan, profile, 3, KB)
    assert answer is not None, (text, kind)
    return answer.text


@pytest.mark.parametrize(
    "text",
    [
        "thinking about freelancing, building chatbots for local shops - is the plan still ok?",
        "could I take contract gigs while learning this?",
        "我想边学边接私活，这个计划还行吗？",
        "以后想自己开工作室接外包项目，可以吗",
    ],
)
def test_work_for_clients_is_answered_mostly_yes_with_what_changes(text: str) -> None:
    assert works_for_clients(text)
    plan, profile = _plan("agent_engineer", "zh" if "计划" in text or "可以" in text else "en")
    reply = _answer(text, plan, profile)
    assert ("Mostly yes" in reply) or ("基本适用" in reply)
    assert ("freelance rates" in reply) or ("报价" in reply)  # what the sources do not cover


def test_a_skill_asked_about_as_a_job_is_said_to_be_a_skill_with_the_roles_asking_for_it() -> None:
    plan, profile = _plan("ai_augmented_professional", current="claims handler")
    assert asked_line_of_work("are there real jobs in responsible AI at insurers?")
    reply = _answer("Is responsible AI an actual career?", plan, profile)
    assert "not a role of its own" in reply and "AI ethics, governance and compliance" in reply


def test_a_line_of_work_the_sources_lack_is_said_plainly() -> None:
    plan, profile = _plan("ai_application_engineer", "zh", current="钢琴老师")
    reply = _answer("AI绘画方向有岗位吗？", plan, profile)
    assert "我的资料里没有“AI绘画”这个岗位" in reply


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("can I just build the LLM features in Kotlin, or is Python a must?", "Kotlin"),
        ("Ruby vs Python for agents?", "Ruby"),
        ("用Go能直接做大模型应用吗？一定要学Python吗", "Go"),
    ],
)
def test_a_language_weighed_against_the_plans_is_answered_yes_then_why(
    text: str, other: str
) -> None:
    assert other in [n for n, _ in languages_named(text, KB)]
    plan, profile = _plan("ai_application_engineer", "zh" if "吗" in text else "en")
    reply = _answer(text, plan, profile)
    first = reply.splitlines()[0]
    assert other in first and first.startswith(("Yes", "Both", "可以", "两个都能"))
    assert "Python" in reply.splitlines()[1]


def test_training_on_their_own_data_points_at_the_project_and_says_what_is_unknown() -> None:
    assert own_data_question("can our maintenance logs be used to train a model?")
    plan, profile = _plan("ai_for_science_engineer", "zh", current="CFD工程师")
    reply = _answer("我们公司的CFD算例数据能用来训练吗？", plan, profile)
    assert reply.startswith("可以") and "没有给出数字" in reply


def test_other_turns_are_not_questions_of_fit() -> None:
    plan, profile = _plan("ai_application_engineer")
    for text in ("what should I do this week?", "finished week 2", "thanks!", "What is RAG?"):
        kind = classify_turn(text, KB)
        assert answer_fit(kind, text, plan, profile, 3, KB) is None, text


def test_a_role_the_sources_lack_named_as_a_direction_is_said_plainly() -> None:
    plan, profile = _plan("ai_augmented_professional", "zh", current="外贸业务员")
    reply = _answer("AI数据标注主管这个方向你们能规划吗？", plan, profile)
    assert reply.startswith("我的资料里没有“AI数据标注主管”这个岗位")
    reply = _answer("我想换个方向，做直播电商的AI运营，可以吗？", plan, profile)
    assert "这个岗位" in reply.splitlines()[0]


@pytest.mark.parametrize(
    ("text", "task"),
    [("can ChatGPT draft my weekly client reports?", "draft my weekly client reports"),
     ("AI能帮我整理会议纪要吗？", "整理会议纪要")],
)  # fmt: skip
def test_can_ai_do_a_task_is_answered_often_yes_with_a_check_and_what_is_unknown(
    text: str, task: str
) -> None:
    from coach.engine.turns_fit import ai_task

    assert ai_task(text) == task
    plan, profile = _plan("ai_augmented_professional", "zh" if "吗" in text else "en")
    reply = _answer(text, plan, profile)
    assert reply.startswith("Often yes") or reply.startswith("很多情况下可以")
    unknown = [
        ln for ln in reply.splitlines() if "my sources do not say" in ln or "我的资料没有说" in ln
    ]
    assert unknown and task in unknown[0]  # how well it does that task: not in the sources


def test_a_week_asked_about_shows_that_weeks_items() -> None:
    plan, profile = _plan("ai_application_engineer")
    reply = _answer("what's planned in week 7?", plan, profile)
    assert reply.startswith("Week 7 (")
    week7 = [i.title for i in plan.items() if i.week_start <= 7 <= i.week_end]
    assert all(title in reply for title in week7)


@pytest.mark.parametrize(
    "text", ["I'm stuck, the RAG exercise keeps failing", "向量数据库那部分一直报错，跑不通"]
)
def test_stuck_on_an_exercise_is_answered_with_a_smaller_step_not_a_skill_summary(
    text: str,
) -> None:
    plan, profile = _plan("ai_application_engineer", "zh" if "报错" in text else "en")
    kind = classify_turn(text, KB)
    answer = answer_fit(kind, text, plan, profile, 3, KB)
    assert answer is not None, kind
    assert ("Make it smaller" in answer.text) or ("把它拆小" in answer.text)
    assert ("debug code" in answer.text) or ("调试代码" in answer.text)


@pytest.mark.parametrize("text", ["I've got the flu this week, can't study", "这周发烧了，学不了"])
def test_being_ill_is_rest_first_with_no_replan(text: str) -> None:
    plan, profile = _plan("agent_engineer", "zh" if "发烧" in text else "en")
    kind = classify_turn(text, KB)
    answer = answer_fit(kind, text, plan, profile, 3, KB)
    assert answer is not None, kind
    assert ("rest first" in answer.text) or ("先好好休息" in answer.text)
    assert answer.proposal is None


def test_an_item_without_material_says_what_to_build_not_the_progress_check_again() -> None:
    from coach.engine.answers import _resources

    plan, _ = _plan("ai_application_engineer")
    bare = [i for i in plan.items() if not i.resource_ids]
    for item in bare:
        line, _src = _resources(item, KB, "en")
        assert not line.endswith(item.deliverable) or not item.deliverable.startswith("Progress")


@pytest.mark.parametrize(
    "text", ["our bank blocked ChatGPT, what now?", "公司禁止使用外部大模型，我还能怎么练？"]
)
def test_a_tool_the_employer_bans_is_follow_the_rule_then_how_to_keep_learning(text: str) -> None:
    plan, profile = _plan("ai_augmented_professional", "zh" if "公司" in text else "en")
    reply = _answer(text, plan, profile)
    assert reply.startswith("Then follow the rule") or reply.startswith("那就遵守规定")


@pytest.mark.parametrize(
    ("text", "kind"),
    [("are you a real person?", "off_topic"), ("你是真人吗？", "off_topic"),
     ("谢谢，太有帮助了", "thanks"), ("好的，谢谢", "thanks"), ("ok, thanks!", "thanks")],
)  # fmt: skip
def test_identity_and_thanks_are_told_apart_from_skills(text: str, kind: str) -> None:
    assert classify_turn(text, KB) == kind


def test_coach_says_what_it_is_when_asked() -> None:
    plan, profile = _plan("ai_application_engineer", "zh")
    assert _answer("你是机器人吗？", plan, profile).startswith("我是 coach，一个程序")


def test_criticism_of_the_plan_is_taken_up_not_answered_with_a_lighter_load() -> None:
    plan, profile = _plan("mlops_engineer", current="Java developer")
    text = "honestly the plan is too theoretical, I want hands-on stuff"
    reply = _answer(text, plan, profile)
    assert reply.startswith("Fair enough") and "cut it or swap it for practice" in reply


def test_news_in_their_life_is_noted_without_a_replan_or_an_unknown_name() -> None:
    plan, profile = _plan("mlops_engineer", current="Java developer")
    reply = _answer("We're moving to Lisbon in March, I start a new job there", plan, profile)
    assert reply.startswith("Congratulations! Thanks for telling me") and "Lisbon" not in reply


def test_explain_the_plan_is_the_overview() -> None:
    assert classify_turn("can you walk me through the plan?", KB) == "timeline"
    assert classify_turn("给我讲讲计划是怎么安排的", KB) == "timeline"


def test_more_hours_said_relative_are_added() -> None:
    from coach.engine.changes import _relative_hours

    assert _relative_hours("我下周开始每周能多学5小时") == 5
    assert _relative_hours("以后每周少学两小时") == -2


def test_two_names_of_one_planned_skill_are_said_to_be_taught_together() -> None:
    plan, profile = _plan("agent_engineer", "zh", current="Java后端")
    reply = _answer("LangChain还是LangGraph，先学哪个？", plan, profile)
    assert "放在一起学" in reply and "没有说先学哪个" in reply


def test_next_week_asked_shows_the_week_after_this_one() -> None:
    plan, profile = _plan("agent_engineer", "zh", current="Java后端")
    reply = _answer("下周我要做什么？", plan, profile)
    assert reply.startswith("第 4 周")


def test_english_replies_say_week_or_weeks_not_week_s() -> None:
    from coach.engine.answers import plurals

    assert plurals("keeping week(s) 1-2; 1 week(s) done; 3 week(s) behind") == (
        "keeping weeks 1-2; 1 week done; 3 weeks behind"
    )


def test_free_or_chinese_material_is_filtered_as_asked() -> None:
    plan, profile = _plan("ai_application_engineer")
    assert classify_turn("any free resources? I can't pay for courses", KB) == "resource"
    reply = _answer("any free resources? I can't pay for courses", plan, profile)
    assert reply.startswith("Free material") and "do not mark prices" in reply
    reply = _answer("are there resources in Chinese?", plan, profile)
    assert "Chinese" in reply.splitlines()[0]


def test_the_next_milestone_is_named_with_how_it_is_checked() -> None:
    plan, profile = _plan("ai_application_engineer", "zh")
    reply = _answer("下一个里程碑是什么？", plan, profile)
    assert reply.startswith("你的下一个里程碑在第") and "检验方式" in reply


def test_tired_today_is_rest_today_not_a_lighter_plan() -> None:
    plan, profile = _plan("ai_augmented_professional", "zh", current="会计")
    assert classify_turn("今天好累", KB) == "discouraged"
    reply = _answer("今天好累", plan, profile)
    assert reply.startswith("那今天就休息吧")


def test_not_for_me_is_a_doubt_and_hours_with_a_skill_done_mark_it_done() -> None:
    from coach.engine.progress import read_checkin

    assert classify_turn("maybe this isn't for me", KB) == "doubt"
    plan, _ = _plan("ai_application_engineer")
    checkin = read_checkin("I did 4 hours this week and finished prompt engineering", plan, KB, 3)
    assert checkin is not None and checkin.kind == "skill_done" and checkin.hours == 4
    assert "prompt_engineering" in checkin.skill_ids


def test_one_month_of_other_hours_is_a_window_of_that_month() -> None:
    from coach.engine.away import date_range

    today = date(2026, 12, 2)
    assert date_range("March is quiet, I could do 8 hours a week that month", today) == (
        date(2027, 3, 1),
        5,
    )
    assert date_range("4月份每周只能2小时", today) == (date(2027, 4, 1), 5)
    assert date_range("从3月份起每周5小时", today) is None  # from March on, not March only
    assert date_range("December is busy, only 2 hours that month", today)[0] == today


def test_more_hours_for_a_short_while_is_a_chance_to_get_ahead() -> None:
    from coach.engine.answers_plan import answer_temporary

    plan, _ = _plan("ai_application_engineer")
    text = answer_temporary(plan, 3, 14, KB).text
    assert text.startswith("Good: 14 h a week") and "dip" not in text


@pytest.mark.parametrize(
    "text",
    [
        "can AI agents call our internal APIs?",
        "is RAG useful for our SAP system?",
        "are there many agent engineer jobs in Berlin?",
        "how many examples do I need for fine-tuning?",
    ],
)
def test_questions_of_fit_do_not_take_over_ordinary_questions(text: str) -> None:
    plan, profile = _plan("agent_engineer")
    kind = classify_turn(text, KB)
    assert answer_fit(kind, text, plan, profile, 3, KB) is None, text


@pytest.mark.parametrize(
    "text",
    ["等导师审核的时候我能先学点什么？", "while my mentor checks it, what can I learn meanwhile?"],
)
def test_what_to_learn_while_waiting_is_this_weeks_work(text: str) -> None:
    assert classify_turn(text, KB) == "this_week"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("they turned me down after the final round", "I'm sorry, that stings"),
        ("笔试没通过，好郁闷", "很遗憾，这确实难受"),
        ("my team lead offered an internal transfer to the data science team", "Worth serious"),
        ("公司内部有转岗到算法组的机会，要去吗？", "值得认真考虑"),
        ("can I skip week 2? I did that stuff at work", "Skip what you already know"),
    ],
)
def test_setbacks_internal_moves_and_skips_get_their_own_answer(text: str, start: str) -> None:
    plan, profile = _plan("ai_application_engineer", "zh" if start[0] > "~" else "en")
    assert _answer(text, plan, profile).startswith(start)


def test_a_story_check_in_is_read_as_progress_not_as_a_dip() -> None:
    from coach.engine.progress import read_checkin

    plan, _ = _plan("ai_application_engineer")
    story = (
        "Rough week, the kid was sick and I only managed maybe 3 hours. I did finish the "
        "prompt engineering exercises though. Next week should be normal again."
    )
    checkin = read_checkin(story, plan, KB, 3)
    assert checkin is not None and checkin.kind == "skill_done" and checkin.hours == 3


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("can you give me a study schedule for each day?", "Your plan counts hours a week"),
        ("每天该怎么安排学习？", "计划按每周的小时数来排"),
        ("what happens if I don't finish the plan in time?", "Nothing breaks"),
        ("到期了还没学完怎么办？", "不会有什么后果"),
    ],
)
def test_daily_schedule_and_not_finishing_are_answered(text: str, start: str) -> None:
    plan, profile = _plan("ai_application_engineer", "zh" if start[0] > "~" else "en")
    assert _answer(text, plan, profile).startswith(start)


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("落后了一个多月", 4),
        ("I'm a month behind", 4),
        ("最近两周没怎么学", 2),
        ("落后两个月了", 8),
    ],
)
def test_behind_said_in_months_or_loosely_is_a_check_in(text: str, weeks: int) -> None:
    from coach.engine.progress import read_checkin

    plan, _ = _plan("ai_application_engineer", "zh")
    checkin = read_checkin(text, plan, KB, 9)
    assert checkin is not None and checkin.kind == "behind" and checkin.value == weeks


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("is it legal to use AI to read our customers' emails?", "It depends on where you work"),
        ("用AI筛简历合法吗？", "这取决于你所在的地方"),
        ("my boss wants me to pitch some AI ideas to the team", "Keep it to three ideas"),
        ("下周要给领导做个AI分享，讲什么好？", "只讲三个"),
    ],
)
def test_legal_and_presentation_questions_are_answered_from_the_plan(text: str, start: str) -> None:
    plan, profile = _plan("ai_augmented_professional", "zh" if start[0] > "~" else "en")
    assert _answer(text, plan, profile).startswith(start)


def test_write_my_cv_says_coach_does_not_write_it_and_what_goes_in() -> None:
    from coach.engine.answers import Answer
    from coach.engine.answers_help import for_me

    plan, _ = _plan("ai_augmented_professional")
    done = for_me(
        "can you write my resume for me?", plan, Answer(text="Yes, put it on.\nLead with X")
    )
    assert done.text.startswith("I don't write documents for you here") and "Yes," not in done.text


@pytest.mark.parametrize(
    ("text", "start"),
    [("is my laptop with an RTX 4060 good enough?", "For what your plan has you build"),
     ("我们实验室只有一块3060显卡，够用吗？", "就你计划里要做的东西来说")],
)  # fmt: skip
def test_is_my_machine_enough_is_answered_with_what_decides_it(text: str, start: str) -> None:
    plan, profile = _plan("ai_application_engineer", "zh" if start[0] > "~" else "en")
    reply = _answer(text, plan, profile)
    assert reply.startswith(start) and ("rent a cloud GPU" in reply or "云端 GPU" in reply)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("how do I network with people in AI?", "My sources do not cover networking"),
        ("怎么认识AI圈的人？", "我的资料不涉及怎么拓展人脉"),
        ("what if I get bored halfway?", "It happens to most people around the middle"),
        ("怎么坚持下去？我怕三分钟热度", "大多数人到中段都会这样"),
    ],
)
def test_networking_and_keeping_going_are_answered(text: str, start: str) -> None:
    plan, profile = _plan("ai_application_engineer", "zh" if start[0] > "~" else "en")
    assert _answer(text, plan, profile).startswith(start)


def test_every_message_of_the_fit_and_help_areas_has_both_languages() -> None:
    from coach.i18n import coach_fit, coach_help

    for area in (coach_fit, coach_help):
        for key, (en, zh) in area.MESSAGES.items():
            assert key.startswith("coach.f.") and en.strip() and zh.strip(), key


def test_two_skills_at_once_says_order_when_one_builds_on_the_other() -> None:
    plan, profile = _plan("ai_application_engineer")
    reply = _answer("can I study embeddings and vector databases at the same time?", plan, profile)
    assert reply.startswith("Better one after the other: Vector databases builds on Embeddings")


@pytest.mark.parametrize(
    ("text", "kind"),
    [("is this a waste of time?", "doubt"), ("这是在浪费时间吗？", "doubt"), ("压力好大", "discouraged"),
     ("can I switch the project to finance?", "project"),
     ("AI工程师和机器学习工程师有什么区别？", "skill_question"), ("新计划有什么变化？", "changes")],
)  # fmt: skip
def test_turns_found_weak_in_the_sweep_are_read_as_their_kind(text: str, kind: str) -> None:
    assert classify_turn(text, KB) == kind


def test_a_role_the_sources_lack_wanted_instead_is_said_plainly() -> None:
    from coach.nodes.coach_kinds import become_role

    assert become_role("I want to become a data scientist instead", KB)
    assert become_role("I want to become an MLOps engineer instead", KB) is None  # a known role


def test_what_is_a_skill_says_what_it_means_in_practice() -> None:
    from coach.engine.answers_pairs import explain_line

    plan, _ = _plan("ai_application_engineer", "zh")
    line = explain_line("能简单讲讲向量嵌入吗？", "embeddings", plan, KB)
    assert line is not None and line.startswith("落到实处，向量嵌入就是能做出这样的东西")
    assert explain_line("should I learn embeddings?", "embeddings", plan, KB) is None


def test_good_news_is_congratulated_before_the_hours_question() -> None:
    plan, profile = _plan("ai_application_engineer", "zh")
    assert _answer("我升职了，当了组长", plan, profile).startswith("恭喜！")
    plan, profile = _plan("ai_application_engineer")
    assert _answer("we're moving house next month", plan, profile).startswith("Thanks for telling")


def test_a_language_choice_says_what_the_other_costs_this_person_and_what_is_not_covered() -> None:
    plan, profile = _plan("agent_engineer")
    profile = profile.model_copy(
        update={
            "skills": [*profile.skills, SkillClaim(skill_id="javascript", level=2, evidence="JS")]
        }
    )
    reply = _answer("Should I learn TypeScript agents instead of Python?", plan, profile)
    assert "about 60 h, since you know JavaScript" in reply
    assert "do not cover the AI libraries and agent frameworks for TypeScript" in reply


def test_really_need_and_realistic_with_no_ml_background_answer_the_part_asked() -> None:
    from coach.engine.answers_extra import need_line, realistic_lines

    plan, profile = _plan("ai_application_engineer")
    research = research_role(KB, profile, "ai_application_engineer")
    docker = need_line("Do I really need Docker for a first job?", "docker", plan, research, KB)
    assert docker is None or docker.startswith(("Yes:", "Not at its centre"))
    lines = realistic_lines("realistic at a startup with no ML background?", research, plan, KB)
    assert lines and lines[0].startswith("On the ML side")


@pytest.mark.parametrize(
    ("text", "kind"),
    [("sounds good, do it", "confirm"), ("好的，就这样吧", "confirm"), ("no thanks, I'll manage", "decline"),
     ("不用了，我自己调整", "decline"), ("no, only 3 hours a week", "general"),
     ("nothing makes sense", "general")],
)  # fmt: skip
def test_a_reply_to_an_offer_is_a_yes_or_a_no_with_a_short_remark(text: str, kind: str) -> None:
    assert classify_turn(text, KB, proposal_pending=True) == kind


def test_joining_a_startup_is_no_freelancing_and_a_nod_with_no_offer_is_an_ack() -> None:
    assert not works_for_clients("没有机器学习背景，去创业公司做AI应用现实吗？")
    assert works_for_clients("我想自己创业，接AI外包的活，可以吗？")
    assert classify_turn("好的，就这样吧", KB) == "ack"


def test_stuck_and_burned_out_keeps_the_lighter_plan_answer() -> None:
    plan, profile = _plan("ai_application_engineer")
    text = "I'm stuck and completely burned out, it's too much"
    assert classify_turn(text, KB) == "discouraged"
    assert answer_fit("discouraged", text, plan, profile, 3, KB) is None  # the lighter plan


def test_two_roles_compared_say_what_each_does_and_which_the_plan_aims_at() -> None:
    plan, profile = _plan("ai_application_engineer", "zh")
    reply = _answer("智能体工程师和AI应用工程师有什么区别？", plan, profile)
    assert reply.startswith("在我的资料里，两者分别是做什么的") and "你的计划面向" in reply
