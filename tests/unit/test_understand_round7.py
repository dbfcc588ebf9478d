"""Round 7 of issue 9: years after a duty, corrections of the years, artists in a coding
industry, context words (a game's physics, an editor's plugins, network operations),
upskilling in the job one has, wishes said with an amount ("I'd like some SQL")."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.understand import apply_implied_skills, extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb
from coach.schemas import Profile

KB = load_kb()
LEX = get_lexicon(KB)


def read(*turns: str, asked: str | None = None) -> Profile:
    profile: Profile | None = None
    for text in turns:
        profile = extract_profile(text, profile, LEX, KB, asked=asked, today=date(2026, 12, 2))
    assert profile is not None
    return profile


def counted(profile: Profile) -> set[str]:
    return {s for s, (level, _) in apply_implied_skills(profile, KB).items() if level > 0}


def has(profile: Profile) -> set[str]:
    return {c.skill_id or "" for c in profile.skills if c.level > 0}


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("我负责公司机房服务器的上架和运维，6年", 6),
        ("handling claims for an insurer, 4 years", 4),
        ("I'm a 3D animator at a game studio, 4 yrs", 4),
    ],
)
def test_years_after_a_duty_or_an_unusual_title_are_read(text: str, years: int) -> None:
    assert read(text).years_experience == years


@pytest.mark.parametrize(
    ("first", "fix", "years"),
    [
        ("qa engineer, 6 years", "actually 4 years not 6", 4),
        ("我是会计，8年", "不对，不是8年，是5年", 5),
        ("nurse, 10 years", "wait, more like 12 years actually", 12),
    ],
)
def test_a_correction_of_the_years_wins_and_is_no_horizon_or_job(
    first: str, fix: str, years: int
) -> None:
    profile = read(first, fix)
    assert profile.years_experience == years
    assert profile.horizon_weeks is None
    assert profile.current_role == read(first).current_role


def test_a_horizon_that_would_do_too_is_not_a_years_correction() -> None:
    profile = read("我是会计，7年", "AI应用工程师", "每周5小时", "一年", "其实两年也可以")
    assert profile.years_experience == 7
    assert profile.horizon_weeks == 104


@pytest.mark.parametrize("text", ["游戏美术，做了5年，主要画角色", "game artist, 6 years"])
def test_an_artist_in_games_is_not_a_programmer(text: str) -> None:
    assert not counted(read(text)) & {"programming_fundamentals", "git", "oop"}


def test_a_game_programmer_still_codes() -> None:
    assert "programming_fundamentals" in counted(read("Unity programmer, 5 years, C#"))


def test_game_physics_and_editor_plugins_are_no_science_nor_tool_calling() -> None:
    profile = read("Unity dev, 7 years, gameplay, physics and some editor plugins")
    assert not has(profile) & {"scientific_domain_knowledge", "tool_calling"}
    assert "tool_calling" in has(read("I built ChatGPT plugins that call our APIs"))


def test_network_operations_is_not_running_a_business() -> None:
    assert "operations_management" not in counted(read("network operations technician, 5 yrs"))
    assert "operations_management" in counted(read("operations manager at a 3PL, 8 years"))


@pytest.mark.parametrize(
    "text",
    [
        "not planning to change careers, I just want to get better with AI at work",
        "我不打算转行，只想在工作里用上AI",
    ],
)
def test_ai_in_the_job_one_has_is_the_augmented_professional(text: str) -> None:
    assert read(text, asked="target").target_role == "ai_augmented_professional"


@pytest.mark.parametrize(
    ("text", "skill"),
    [("I'd like some SQL too", "sql"), ("I'd also like to pick up a bit of Python", "python")],
)
def test_an_amount_after_a_wish_is_wanted_not_had(text: str, skill: str) -> None:
    profile = read(text)
    assert skill in {w.skill_id for w in profile.wants}
    assert skill not in has(profile)
    assert skill in has(read(f"I know some {skill}"))


def test_a_role_no_kb_role_is_sure_for_waits_for_the_choose_step_not_asked_each_turn() -> None:
    profile = read(
        "compliance officer, 9 years", "I want to move into AI governance", asked="target"
    )
    assert profile.target_role is None and profile.target_candidates
    assert "target" not in profile.missing()


def test_background_said_after_the_target_question_is_no_target() -> None:
    first = read("compliance officer at a bank, 10 years")
    text = "I use SQL a bit for transaction monitoring queries and lots of Excel."
    profile = extract_profile(text, first, LEX, KB, asked="target", today=date(2026, 12, 2))
    assert profile.target_raw is None and not profile.target_candidates
    assert {"sql", "excel"} <= has(profile) and "observability" not in has(profile)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1吧。那AI产品经理呢？你们没有这个吗", "AI产品经理"),
        ("ok the first. what about a prompt engineer?", "prompt engineer"),
        ("有没有AI训练师这个岗位", "AI训练师"),
        ("how about 10 hours?", None),
        ("那这个呢？", None),
    ],
)
def test_a_question_about_another_role_is_read(text: str, words: str | None) -> None:
    from coach.engine.understand.role_questions import role_asked_about

    assert role_asked_about(text) == words


def test_what_the_kb_says_of_a_role_it_lacks_is_its_skills_and_roles() -> None:
    from coach.engine.understand.role_questions import REAL_JOB, what_kb_says

    said = what_kb_says("AI governance / model risk", KB, LEX)
    assert said.role_id is None and "ai_ethics_governance" in said.skill_ids
    assert said.roles_needing
    assert REAL_JOB.search("Is that even a real job?") and REAL_JOB.search("真的有这个岗位吗")
    assert not REAL_JOB.search("is that realistic in 6 months?")


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("没学过编程。想半年内去大模型创业公司做算法研究员，月薪五万起步。", "算法研究员"),
        ("想去字节做AI产品经理", "AI产品经理"),
    ],
)
def test_a_time_or_an_employer_before_the_job_wanted_is_not_the_job(text: str, raw: str) -> None:
    profile = read(text)
    assert profile.target_raw == raw and profile.target_not_in_kb == raw


def test_willing_to_try_answers_a_choice_with_the_best_fit() -> None:
    from coach.engine.choice import parse_choice

    pick = parse_choice("我想试试", ["ai_augmented_professional", "agent_engineer"], KB, LEX)
    assert pick is not None and pick.role_id == "ai_augmented_professional"


@pytest.mark.parametrize(
    ("typed", "weeks"), [("by next sumer", 26), ("in 6 mounths", 26), ("in a yaer", 52)]
)
def test_misspelt_time_words_are_read(typed: str, weeks: int) -> None:
    assert read(typed, asked="horizon").horizon_weeks == weeks


def test_words_near_a_time_word_that_are_words_stay() -> None:
    from coach.engine.numbers.typos import fix_time_typos

    for text in ("3 tours a week", "in sprint planning", "the winner", "like 2h every evening"):
        assert fix_time_typos(text) == text


def test_i_work_in_a_place_is_the_job_not_a_target() -> None:
    profile = read("i work in a warehouse, forklift and inventory, 6 years")
    assert profile.target_role is None and profile.target_raw is None
    assert profile.years_experience == 6


def test_an_unsure_person_sees_the_role_they_lean_to() -> None:
    from coach.engine.ranking import role_options

    first = read("i work in a warehouse, forklift and inventory, 6 years")
    text = "i wanna get into ai stuff, idk maybe agnets?"
    profile = extract_profile(text, first, LEX, KB, asked="target", today=date(2026, 12, 2))
    assert profile.target_unsure
    assert "agent_engineer" in [o.role_id for o in role_options(KB, profile, k=3)]


def test_not_x_i_meant_y_turns_x_down_as_the_target_not_as_a_skill() -> None:
    profile = read("devops engineer, 7 yrs, k8s", "actually not MLOps, I meant LLMOps")
    assert "mlops" not in {c.skill_id for c in profile.skills}
    assert "mlops" in {w.skill_id for w in profile.avoid}
    assert "llmops" in {w.skill_id for w in profile.wants}


def test_the_work_ai_would_do_is_no_skill_nor_wish() -> None:
    first = read("我是护士，干了8年，不会编程")
    text = "想用AI做护理记录和排班，不想转行"
    profile = extract_profile(text, first, LEX, KB, asked="target", today=date(2026, 12, 2))
    assert profile.target_role == "ai_augmented_professional"
    assert "operations_management" not in {w.skill_id for w in profile.wants} | has(profile)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("寒假每天4小时，开学后每周5小时", 5),
        ("20 hours a week over the christmas break, then about 6 hours a week", 6),
        ("暑假期间每周15小时，平时每周6小时", 6),
    ],
)
def test_hours_for_a_while_then_lasting_plan_on_the_lasting(text: str, hours: int) -> None:
    assert read(text, asked="hours_per_week").hours_per_week == hours


def test_between_two_spans_is_a_range() -> None:
    profile = read("somewhere between 6 months and a year", asked="horizon")
    assert (profile.horizon_weeks, profile.horizon_weeks_high) == (26, 52)


@pytest.mark.parametrize(
    "text", ["what jobs could i even do?", "which roles could someone like me get?"]
)
def test_asking_what_one_could_do_is_unsure(text: str) -> None:
    assert read(text, asked="target").target_unsure


def test_the_one_with_no_coding_picks_the_only_option_without_coding() -> None:
    from coach.nodes.choose import _by_coding
    from coach.schemas import RoleChoice, RoleOption

    options = [
        RoleOption(
            role_id=r,
            role_name=r,
            fit=0.1,
            score=0.1,
            needs_coding=r != "ai_augmented_professional",
        )
        for r in ("agent_engineer", "ai_augmented_professional", "forward_deployed_engineer")
    ]
    pick = _by_coding("the one with no coding pls", RoleChoice(alternatives=options))
    assert pick is not None and pick.role_id == "ai_augmented_professional"
    assert _by_coding("the one with no coding", RoleChoice(alternatives=options[:1])) is None


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("bootcamp, then I've been a junior Vue developer for 8 months now", 0.7),
        ("我是前端，做了8个月", 0.7),
        ("Just graduated in computer science, no job yet", 0.0),
        ("hello! senior accountant, 12 years. I'm the excel person in my team", 12),
    ],
)
def test_months_in_a_job_a_graduate_and_a_nickname_are_read(text: str, years: float) -> None:
    assert read(text).years_experience == years


def test_a_bootcamp_of_months_is_no_experience() -> None:
    assert read("I did a 6 month bootcamp").years_experience is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I run a small bakery (8 years)", "bakery owner"),
        ("我自己开了一家面包店，5年了", "面包店店主"),
    ],
)
def test_running_ones_own_business_is_the_job(text: str, role: str) -> None:
    profile = read(text)
    assert profile.current_role == role and profile.years_experience in (8, 5)


def test_by_spring_is_a_season_not_the_framework() -> None:
    assert "spring" not in has(read("by next spring", asked="horizon"))
    assert "spring" in has(read("java dev, I use Spring Boot"))


def test_hours_after_an_ok_are_hours_whatever_was_asked() -> None:
    assert read("ok so 3 hours", asked="background").hours_per_week == 3


@pytest.mark.parametrize(
    ("text", "role"),
    [("想转智能提工程师", "agent_engineer"), ("大模形应用工程师", "ai_application_engineer")],
)
def test_a_chinese_role_name_with_one_wrong_character_is_read(text: str, role: str) -> None:
    assert read(text, asked="target").target_role == role


def test_a_title_that_differs_in_its_head_noun_is_not_respelt() -> None:
    from coach.engine.understand.coverage import spell_zh

    assert spell_zh("计算机视觉算法工程师", KB) == "计算机视觉算法工程师"


def test_a_later_date_said_to_do_as_well_wins() -> None:
    profile = read(
        "biostatistician, 6 yrs",
        "8 hours",
        "by March",
        "actually March isn't fixed, June would be fine too",
    )
    assert profile.horizon_weeks == 26


def test_x_like_that_can_i_do_it_asks_about_a_role() -> None:
    from coach.engine.understand.role_questions import role_asked_about

    assert role_asked_about("第三个吧，我想试试学编程，AI音乐那种能做吗") == "AI音乐"


def test_a_focus_within_the_chosen_role_keeps_it() -> None:
    profile = read("我是记者，干了10年，不会写代码")
    profile = extract_profile("AI增强型职场人", profile, LEX, KB, asked="target")
    assert profile.target_role == "ai_augmented_professional"
    text = "我想做的主要是数据新闻，比如用AI分析政府公开数据写稿子"
    after = extract_profile(text, profile, LEX, KB, today=date(2026, 12, 2))
    assert after.target_role == "ai_augmented_professional"


def test_a_progress_report_naming_a_skill_changes_no_target() -> None:
    from coach.nodes.route import changes_plan

    p = read("physio, 9 years")
    p = extract_profile("AI application engineer", p, LEX, KB, asked="target")
    p = read_on(p, "10 hours", "hours_per_week")
    p = read_on(p, "a year", "horizon")
    today = date(2026, 12, 2)
    assert not changes_plan("finished week 1 and 2, prompt engineering was fun", p, today)
    assert changes_plan("actually make it agent engineer", p, today)


def read_on(profile: Profile, text: str, asked: str) -> Profile:
    return extract_profile(text, profile, LEX, KB, asked=asked, today=date(2026, 12, 2))


def test_a_dotnet_developer_is_read_with_the_dot() -> None:
    profile = read("我是做了6年的.NET开发，C#和SQL Server比较熟，想转AI Agent开发")
    assert profile.current_role == ".NET开发" and profile.years_experience == 6


def test_llm_related_work_is_a_close_call_not_a_missing_role() -> None:
    profile = read("想做大模型相关的工作，但是不想写代码")
    assert profile.target_candidates and profile.target_not_in_kb is None


def test_ai_and_a_clause_about_oneself_is_unsure() -> None:
    text = "Air traffic controller, 14 years. I'd like something in AI where my brain counts."
    assert read(text).target_unsure


def test_a_game_tester_is_a_tester_in_games_not_a_game_programmer() -> None:
    levels = apply_implied_skills(read("我是游戏测试，做了3年，会一点Lua脚本"), KB)
    assert levels["programming_fundamentals"][0] <= 1 and "oop" not in levels
    assert "oop" in counted(read("Unity dev, 6 years"))


def test_what_one_wants_to_learn_is_not_implied_by_other_skills() -> None:
    profile = read("测试工程师，5年，会一点Selenium自动化（Python写的），想往大模型评测方向转")
    assert "evaluation" in {w.skill_id for w in profile.wants}
    assert "evaluation" not in counted(profile)


def test_an_air_traffic_controller_is_not_in_finance() -> None:
    from coach.engine.fields import fields_in

    assert "finance" not in {f.id for f in fields_in("Air traffic controller, 14 years")}
    assert "finance" in {f.id for f in fields_in("financial controller, 9 years")}
