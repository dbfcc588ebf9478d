"""After approval, a choice weighed (a tool, another path), a credential feared, a pay figure
or employer aimed at and a fear of not managing are kinds of turns of their own (COACHING.md
D1), each answered first (yes / no / it depends) from the plan, the profile and the sources.
The wordings here are not the tester's: the rules are general."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.answers_ambition import answer_ambition, answer_credential, answer_fear
from coach.engine.answers_choice import answer_alternative, answer_tool
from coach.engine.answers_plan import answer_job_search
from coach.engine.away import date_range
from coach.engine.planner import build_plan
from coach.engine.progress import read_checkin
from coach.engine.research import research_role
from coach.engine.turns import classify_turn, skill_mentions
from coach.engine.turns_more import pay_figure
from coach.engine.turns_tools import own_platforms, tool_turn, tools_named
from coach.schemas import Plan, Profile
from tests.unit.test_progress_and_replan import KB, PLAN, PROFILE

START = date(2027, 1, 4)


def _plan(lang: str, role: str = "ai_augmented_professional") -> tuple[Plan, Profile]:
    profile = Profile(
        current_role="护士" if lang == "zh" else "nurse",
        years_experience=10,
        target_role=role,
        hours_per_week=4,
        horizon_weeks=26,
        language="zh" if lang == "zh" else "en",
    )
    research = research_role(KB, profile, role)
    return build_plan(profile, research, KB, start_date=START), profile


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "our clinic just bought ChatGPT Enterprise, should I build the flow there instead of n8n?",
            "tool_choice",
        ),
        ("我们单位统一用的是钉钉，用它代替Zapier可以吗？", "tool_choice"),
        ("can Power Automate pull rows from a SharePoint list?", "tool_choice"),
        ("Dify能不能直接连我们的数据库？", "tool_choice"),
        ("用哪个平台做一个学校的问答机器人比较好？", "tool_choice"),
        ("what tool would you use to build an FAQ bot for our Shopify store?", "tool_choice"),
        ("should I pick up Oracle APEX instead of LangChain?", "tool_choice"),
        ("would a bootcamp be better than this plan?", "alternative"),
        ("要不要先去读个在职研究生，还是按计划自学？", "alternative"),
        ("is an MBA worth it instead?", "alternative"),
        ("I don't have a CS degree, will companies even look at me?", "credential"),
        ("很多岗位要求985硕士，我只是个大专，还有机会吗？", "credential"),
        ("they say only PhDs get hired for this, any chance with my bachelor's?", "credential"),
        ("could I earn $250k at Google after this?", "realistic"),
        ("学完能进字节拿年薪50万吗？", "realistic"),
        ("is joining DeepMind realistic next year?", "realistic"),
        ("这些内容太难了，我怕自己学不会", "fear"),
        ("I feel like quitting, it's all too hard for me", "fear"),
        ("I'm exhausted and want to give up", "discouraged"),
        ("太累了，每周8小时根本撑不住", "discouraged"),
        ("what should I work on this week while my mentor reviews it?", "this_week"),
        ("导师审批期间我这周该做什么？", "this_week"),
        ("what did my mentor ask for?", "mentor"),
        ("how much does Google pay AI engineers?", "pay"),
    ],
)
def test_choice_and_ambition_turns_are_kinds_of_their_own(text: str, kind: str) -> None:
    assert classify_turn(text, KB) == kind


def test_two_skills_weighed_stay_a_comparison() -> None:
    assert classify_turn("should I learn LangChain or LlamaIndex first?", KB) == "compare"


def test_the_tools_named_and_whose_they_are() -> None:
    text = "Our hospital is introducing Microsoft Copilot next month; is it fine to use it rather than Zapier?"
    tools = tools_named(text, skill_mentions(text, KB))
    assert [(x.name, x.own) for x in tools] == [("Microsoft Copilot", True), ("Zapier", False)]
    zh = "我们公司用的是飞书，还需要学扣子吗？"
    tools = tools_named(zh, skill_mentions(zh, KB))
    assert {(x.name, x.own) for x in tools} == {("扣子", False), ("飞书", True)}
    assert own_platforms("我们用的是拼多多和京东") == ["拼多多", "京东"]
    assert pay_figure("can I make $400k?") == (400000.0, "USD")
    assert pay_figure("年薪50万有可能吗") == (500000.0, "CNY")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_employers_tool_is_the_better_choice(lang: str) -> None:
    plan, profile = _plan(lang)
    text = (
        "我们医院下个月开始推行 Copilot Studio，用它代替 Zapier 行吗？"
        if lang == "zh"
        else "My clinic is rolling out Copilot Studio, should I use that instead of Zapier?"
    )
    turn = tool_turn(text, skill_mentions(text, KB))
    assert turn is not None and turn.own
    answer = answer_tool(turn, plan, profile, 1, KB).text
    first = answer.split("\n")[0]
    assert first.startswith("Yes, where Copilot Studio") or first.startswith(
        "可以，只要 Copilot Studio"
    )
    assert ("Low-code AI automation" in answer) or ("低代码 AI 自动化" in answer)


def test_a_tool_the_sources_lack_depends_and_ties_to_the_plan() -> None:
    text = "should I learn Oracle APEX instead of LangChain?"
    turn = tool_turn(text, skill_mentions(text, KB))
    assert turn is not None and turn.mode == "switch"
    answer = answer_tool(turn, PLAN, PROFILE, 1, KB).text
    assert answer.startswith("It depends") and "Oracle APEX" in answer and "LangChain" in answer


def test_can_a_tool_read_a_file_is_answered_with_a_test() -> None:
    plan, profile = _plan("zh")
    text = "Dify里能直接导入我们的Excel排班表吗？"
    turn = tool_turn(text, skill_mentions(text, KB))
    assert turn is not None and turn.mode == "can_do"
    answer = answer_tool(turn, plan, profile, 1, KB).text
    assert answer.startswith("要看") and "脱敏" in answer and "CSV" in answer


def test_which_tool_starts_from_the_persons_own_platforms() -> None:
    plan, profile = _plan("zh")
    text = "网店客服机器人用什么工具搭？我们用的是拼多多和京东"
    turn = tool_turn(text, skill_mentions(text, KB))
    assert turn is not None and turn.mode == "which"
    answer = answer_tool(turn, plan, profile, 1, KB).text
    assert "拼多多、京东" in answer.split("\n")[0]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_another_path_compares_time_cost_and_what_employers_ask(lang: str) -> None:
    plan, profile = _plan(lang, "ai_application_engineer")
    answer = answer_alternative(plan, profile, 1, KB)
    text = answer.text
    assert text.startswith("Not needed") or text.startswith("按我的资料")
    assert (f"{plan.horizon_weeks} more weeks" in text) or (f"还有 {plan.horizon_weeks} 周" in text)
    assert answer.sources


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("听说这行只招名校硕士，我一个化学博士是不是没希望？", "没有没戏"),
        ("I don't have a degree at all, will anyone hire me?", "No, a missing degree"),
        ("postings want a CS master's; is there any chance for me?", "Not ruled out"),
    ],
)
def test_a_credential_fear_is_answered_no_first(text: str, start: str) -> None:
    lang = "zh" if start.startswith("没") else "en"
    plan, profile = _plan(lang, "ai_application_engineer")
    assert answer_credential(text, plan, profile, 1, KB).text.startswith(start)


def test_a_pay_figure_above_the_entry_band_is_not_called_realistic() -> None:
    answer = answer_ambition("could I make $350k at OpenAI after this?", PLAN, PROFILE, 1, KB)
    first = answer.text.split("\n")[0]
    assert first.startswith("Not straight after this plan") and "Realistic" not in answer.text
    assert "junior" in answer.text and "first step" in answer.text
    zh_plan, zh_profile = _plan("zh", "ai_application_engineer")
    zh = answer_ambition("学完能去OpenAI拿40万美元吗？", zh_plan, zh_profile, 1, KB).text
    assert zh.startswith("坦白说")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_fear_gets_a_smaller_next_step_not_fewer_hours(lang: str) -> None:
    plan, profile = _plan(lang)
    answer = answer_fear(plan, profile, 1, KB)
    assert answer.proposal is None
    assert ("only one thing" in answer.text) or ("只做一件事" in answer.text)


def test_a_cv_question_in_a_stay_in_job_plan_is_not_a_job_search() -> None:
    plan, profile = _plan("en")
    text = answer_job_search(plan, None, KB, profile.current_role, in_job=True).text
    assert text.startswith("Yes, put it on your CV now, under your current job (nurse)")
    assert "job search runs" not in text


@pytest.mark.parametrize(
    "text",
    [
        "这周家里有事，一点没学",
        "本周出差，完全没碰",
        "I didn't get to study at all this week",
        "zero hours this week, sorry",
    ],
)
def test_a_missed_week_is_recorded(text: str) -> None:
    checkin = read_checkin(text, PLAN, KB, 3)
    assert checkin is not None and (checkin.kind, checkin.value) == ("behind", 1)


@pytest.mark.parametrize(
    ("text", "first", "weeks"),
    [
        ("暑假从7月10号到8月20号每周能学10小时", date(2027, 7, 10), 6),
        ("from March 3 to March 30 I can only do 2 hours", date(2027, 3, 3), 4),
        ("15 June to 30 June no time at all", date(2027, 6, 15), 3),
    ],
)
def test_a_span_of_days_is_a_window(text: str, first: date, weeks: int) -> None:
    assert date_range(text, date(2027, 1, 10)) == (first, weeks)


def test_a_re_plan_credits_the_hours_done_on_an_item_under_way() -> None:
    from coach.engine.changes import Change, replan_profile
    from coach.engine.progress import apply_checkin, partly_done
    from coach.engine.replan import replan_from_week
    from coach.schemas import CheckIn, Progress
    from tests.unit.test_progress_and_replan import RESEARCH

    item = next(i for i in PLAN.items() if i.week_end - i.week_start >= 2)
    keep = item.week_start + 1
    progress = Progress(weeks_done=list(range(1, keep + 1)))
    under_way = [(i, done) for i, done in partly_done(PLAN, keep, progress) if i is item]
    assert under_way and 0 < under_way[0][1] < item.hours
    profile = replan_profile(PROFILE, Change(hours_per_week=6), PLAN, keep)
    new = replan_from_week(PLAN, profile, RESEARCH, KB, keep_weeks=keep, progress=progress)
    hours = sum(i.hours for i in new.items() if i.skill_id == item.skill_id)
    before = sum(i.hours for i in PLAN.items() if i.skill_id == item.skill_id)
    assert hours <= before + 0.05  # the hours done are not taught again
    kept = [i for i in new.items() if i.skill_id == item.skill_id and i.week_end <= keep]
    assert kept and abs(kept[0].hours - under_way[0][1]) < 0.05
    assert all("already done" not in c for c in new.constraints)
    deepest = max(i.level_to for i in PLAN.items() if i.skill_id == item.skill_id)
    assert all(i.level_to <= deepest for i in new.items() if i.skill_id == item.skill_id)
    # a skill with a later item is not done when its first item ends
    multi = next(
        s
        for s in {i.skill_id for i in PLAN.items()}
        if len([i for i in PLAN.items() if i.skill_id == s]) > 1
    )
    first = min(i.week_end for i in PLAN.items() if i.skill_id == multi)
    record = apply_checkin(
        Progress(), CheckIn(text="x", week=first, kind="week_done", value=first), PLAN
    )
    assert multi not in record.skills_done


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("我36了，转行还来得及吗？", "doubt"),
        ("is Claude better than ChatGPT for drafting letters?", "tool_choice"),
        ("should I use Zapier or learn Python?", "compare"),
        ("could I pull $300k at a lab after this?", "realistic"),
        ("我们公司用钉钉，能不能用它做审批自动化？", "tool_choice"),
    ],
)
def test_more_wordings(text: str, kind: str) -> None:
    assert classify_turn(text, KB) == kind


def test_a_bootcamp_is_compared_as_a_bootcamp_and_a_foreign_currency_is_said() -> None:
    plan, profile = _plan("zh", "ai_application_engineer")
    text = answer_alternative(plan, profile, 1, KB, "要不要报个训练营？").text
    assert "训练营" in text and "读硕士" not in text
    zh = answer_ambition("学完能拿年薪80万吗？", plan, profile, 1, KB).text
    assert "没有以人民币计的薪资区间" in zh
    rag = "我做RAG项目能用它代替OpenAI的API吗？"
    assert all(x.name != "RAG" for x in tools_named(rag, skill_mentions(rag, KB)))


@pytest.mark.parametrize(
    ("text", "first", "weeks"),
    [
        ("春节前后最忙，1月下旬到2月中旬那三周我没时间学", date(2027, 1, 21), 3),
        ("I'll be away in mid-April for two weeks", date(2027, 4, 11), 2),
        ("3月初出差两周，没时间", date(2027, 3, 1), 2),
    ],
)
def test_time_away_said_to_a_part_of_a_month(text: str, first: date, weeks: int) -> None:
    from coach.engine.away import read_away

    assert read_away(text, date(2026, 12, 2)) == (first, weeks)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("can I upload our codebase to Claude to write tests?", "privacy"),
        ("我们公司的合同能上传到豆包吗？", "privacy"),
        ("would a Udemy certificate count more than the project?", "alternative"),
        ("考个证书还是做项目？", "alternative"),
        ("should I do the AWS certificate?", "skill_question"),
        ("my boss thinks AI is going to replace analysts, is that right?", "outlook"),
        ("AI会取代会计吗？", "outlook"),
        ("I only have a bachelor's, is a PhD required for this?", "credential"),
        ("这个岗位必须是博士吗？", "credential"),
        ("I feel like I'm too slow and will never catch up", "doubt"),
        ("我学得太慢了，感觉追不上", "doubt"),
    ],
)
def test_company_data_certificates_and_replacement(text: str, kind: str) -> None:
    assert classify_turn(text, KB) == kind


def test_company_code_is_kept_in_the_employers_tools() -> None:
    from coach.engine.answers_care import answer_privacy

    text = answer_privacy(
        PLAN, 1, KB, "is it safe to paste our company's source code into ChatGPT?"
    ).text
    assert text.startswith("Not into a public AI tool: source code")
    people = answer_privacy(PLAN, 1, KB, "can I paste customer names into ChatGPT?").text
    assert people.startswith("Not with anything that identifies a person")


def test_a_window_from_a_later_start_to_a_months_end() -> None:
    assert date_range("下个月开始到3月底每周只能学1小时", date(2026, 12, 2)) == (
        date(2027, 1, 1),
        13,
    )
    assert date_range("from February until the end of April only 2 h", date(2026, 12, 2)) == (
        date(2027, 2, 1),
        13,
    )
    assert date_range("only 2 hrs a week till end of January", date(2026, 12, 2)) is None


def test_a_certificate_is_compared_as_an_exam() -> None:
    plan, profile = _plan("zh")
    text = answer_alternative(plan, profile, 1, KB, "要不要考个健康管理师证书，还是按计划学？").text
    assert "考证书" in text and "训练营" not in text


def test_a_degree_for_a_science_role_is_not_waved_away() -> None:
    plan, profile = _plan("en", "ai_for_science_engineer")
    text = answer_credential(
        "is a PhD required for this, do I stand a chance?", plan, profile, 1, KB
    ).text
    assert text.startswith("It can matter here")


def test_a_top_lab_with_no_ai_years_is_a_goal_for_later() -> None:
    plan, profile = _plan("en", "ai_for_science_engineer")
    text = answer_ambition("could I get hired at DeepMind next year?", plan, profile, 1, KB).text
    assert text.startswith("Not straight after this plan")


@pytest.mark.parametrize(
    ("text", "weekly"),
    [
        ("每天学一小时够吗？", 7.0),
        ("is an hour a day enough?", 7.0),
        ("每个工作日2小时可以吗？", 10.0),
    ],
)
def test_a_pace_is_weighed_against_the_plan(text: str, weekly: float) -> None:
    from coach.engine.answers_choice import answer_pace
    from coach.engine.turns_more import pace_hours

    assert classify_turn(text, KB) == "pace" and pace_hours(text) == weekly
    answer = answer_pace(PLAN, 1, weekly)
    fits = sum(PLAN.weekly_hours) / weekly <= PLAN.horizon_weeks
    assert (answer.proposal is None) == fits
    assert answer.text.startswith("Yes") == fits
    assert answer_pace(PLAN, 1, 1.0).proposal is not None  # an hour a week falls short


def test_a_skill_naming_their_work_is_the_setting() -> None:
    assert classify_turn("学这些对我现在的Java工作有帮助吗？", KB) == "useful"
    assert classify_turn("is any of this useful for my Python job?", KB) == "useful"
    assert classify_turn("is RAG useful for me?", KB) == "skill_question"


@pytest.mark.parametrize(
    "text", ["大模型应用开发前景怎么样？", "is the job market for this saturated?"]
)
def test_an_outlook_question_is_answered_from_the_sources_trends(text: str) -> None:
    from coach.engine.answers_ambition import answer_outlook

    assert classify_turn(text, KB) == "outlook"
    answer = answer_outlook(PLAN, 1, KB)
    assert answer.text.startswith("What my sources say about where") and answer.sources


def test_a_lighter_plan_keeps_at_least_two_hours_a_week() -> None:
    from coach.engine.lighter import candidates

    plan, _ = _plan("zh")  # 4 h a week
    small = plan.model_copy(update={"hours_per_week": 3.0})
    assert all(hours >= 2.0 for hours, _ in candidates(small, 1))


def test_a_span_of_months_starts_on_the_first_month() -> None:
    today = date(2026, 12, 2)
    assert date_range("明年3月到5月每周只能2小时", today) == (date(2027, 3, 1), 14)
    assert date_range("from April to June I can only do 3 hours", today) == (date(2027, 4, 1), 13)


@pytest.mark.parametrize(
    "text", ["算了，感觉AI卷不动，要不我还是继续做Java？", "maybe I should just stay a pharmacist"]
)
def test_going_back_on_the_change_is_a_doubt_taken_up(text: str) -> None:
    assert classify_turn(text, KB) == "fear"
    lang = "zh" if "算了" in text else "en"
    plan, profile = _plan(lang)
    answer = answer_fear(plan, profile, 1, KB, text).text
    assert ("a real option" in answer) or ("实实在在的选择" in answer)


@pytest.mark.parametrize(
    "text",
    [
        "I have an interview at Acme on March 3, what should I focus on?",
        "3月3号有个面试，这之前该准备什么？",
    ],
)
def test_an_interview_on_a_date_gets_a_focus_until_then(text: str) -> None:
    from coach.engine.answers_ambition import answer_interview
    from coach.engine.away import said_day

    day = said_day(text, date(2027, 1, 10))
    assert day == date(2027, 3, 3)
    assert classify_turn(text, KB) == "job_search"
    answer = answer_interview(PLAN, 2, day, KB)
    assert answer.text.startswith("Congratulations on the interview! 2027-03-03")
    assert answer.proposal is not None and answer.proposal["horizon_weeks"] <= PLAN.horizon_weeks
