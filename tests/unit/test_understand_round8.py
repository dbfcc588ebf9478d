"""Round 8 of issue 9: unsure said with a degree word, hardware description languages, a hedge
that covers its tool, hours at work beside hours to learn, a target stated by contrast, and a
missing role's closest options ranked by the skill the words name."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.numbers import find_hours
from coach.engine.ranking import closest_for_person, named_weights
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


def level(profile: Profile, skill: str) -> int:
    return max((int(c.level) for c in profile.skills if c.skill_id == skill), default=0)


@pytest.mark.parametrize(
    "text",
    [
        "我在物业公司做物业管理，8年了。不太确定AI方面能做什么",
        "做了6年行政，AI这块我说不准自己能干啥",
        "not really sure what I could do in AI",
    ],
)
def test_unsure_with_a_degree_word_is_unsure(text: str) -> None:
    assert read(text).target_unsure


def test_not_knowing_a_skill_is_no_unsure_target() -> None:
    assert not read("Java开发5年，不太了解Python", asked="background").target_unsure


@pytest.mark.parametrize("text", ["FPGA engineer, 7 years, Verilog and VHDL", "做数字IC设计3年"])
def test_hardware_description_is_computer_systems(text: str) -> None:
    counted = {s for s, (lv, _) in apply_implied_skills(read(text), KB).items() if lv > 0}
    assert "computer_systems" in counted


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("data analyst 4 yrs, SQL daily, a bit of python with pandas", "python"),
        ("会一点Python，用pandas处理过表格", "python"),
        ("QA，5年手工测试加一点Selenium自动化（Python写的）", "python"),
    ],
)
def test_a_hedge_covers_the_tool_said_with_it(text: str, skill: str) -> None:
    assert level(read(text), skill) == 1


def test_a_skill_with_its_own_years_keeps_them_beside_a_hedged_tool() -> None:
    assert level(read("Python 5 years daily, and a bit of pandas"), "python") == 3


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("每天上班10个小时，周末能学6小时", 6),
        ("I work 10-hour shifts, but can study 5 hours on weekends", 5),
        ("my job is 45 hours a week so realistically 6 hours of study", 6),
        ("每天早上上班前一小时", 7),
    ],
)
def test_hours_at_work_are_not_hours_to_learn(text: str, hours: float) -> None:
    found = find_hours(text, bare=True)
    assert found is not None and found.value == hours


def test_a_target_by_contrast_turns_the_first_down_and_keeps_the_quote() -> None:
    p = read("她的目标不是做AI工程师，是做数据分析师")
    assert p.target_role is None and p.target_not_in_kb == "数据分析师"
    assert any(w.role_id == "ai_application_engineer" for w in p.avoid)
    assert not any(c.skill_id == "data_analysis" and c.level > 0 for c in p.skills)
    assert "是做数据分析师" in p.evidence["target_role"]  # the person's words, not a rewrite


def test_saying_what_one_is_not_is_no_target() -> None:
    assert read("我不是程序员，是做财务的，8年").target_not_in_kb is None


def test_missing_role_options_lead_with_the_skill_the_words_name() -> None:
    p = read(
        "QA 测试工程师，做了5年手工测试加一点Selenium自动化（Python写的）",
        "想转AI测试或者大模型评测方向",
    )
    assert p.target_not_in_kb and not any(c.skill_id == "evaluation" for c in p.skills)
    ranked = closest_for_person(p, KB).target_candidates
    weights = named_weights(p.target_not_in_kb or "", KB)
    assert ranked[0] == max(weights, key=lambda r: weights[r]) == "agent_engineer"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Senior Ruby on Rails developer, 11 yrs, also Postgres", "Senior Ruby on Rails developer"),
        ("Dynamics 365 consultant for 8 years", "Dynamics 365 consultant"),
        ("Head of Sales and Marketing, 10 years", "Head of Sales and Marketing"),
        ("I'm a teacher working with kids as a counselor, 6 yrs", "teacher"),
        ("Java dev 5 years", "Java dev"),
    ],
)
def test_a_title_keeps_the_stop_words_of_its_own_name(text: str, role: str) -> None:
    assert read(text).current_role == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("aplication enginer for LLMs", "ai_application_engineer"),
        ("infra engineer for AI", "ai_infra_engineer"),
        ("agent engeneer", "agent_engineer"),
    ],
)
def test_typos_and_ai_said_after_the_title_resolve(text: str, role: str) -> None:
    assert read(text, asked="target").target_role == role


@pytest.mark.parametrize(
    "text",
    [
        "做了4年电商运营，想转AI产品经理或者AI应用方向，还没想好",
        "maybe AI product manager or AI application engineer, not sure yet",
    ],
)
def test_a_role_named_beside_another_wish_by_or_is_a_close_call(text: str) -> None:
    p = read(text)
    assert p.target_role is None and p.target_candidates[0] == "ai_application_engineer"
    assert len(p.target_candidates) >= 2


def test_thinking_about_a_field_is_a_wish_not_a_skill() -> None:
    p = read("mechanical engineer 10 years, FEA with ANSYS. thinking about robotics + AI")
    assert not any(c.skill_id == "robotics_ros" and c.level > 0 for c in p.skills)


def test_a_fragment_of_the_wish_never_replaces_the_job_and_learning_ai_is_open() -> None:
    p = read("我是化验员，在药厂做了4年，想学点数据分析或者AI，以后不想一直站实验台")
    assert p.current_role == "化验员" and p.target_unsure
    p = read("我是化验员，在药厂做了4年")
    p = extract_profile(
        "数据分析吧，或者AI那种不用一直做实验的",
        p,
        LEX,
        KB,
        asked="target",
        today=date(2026, 12, 2),
    )
    assert p.current_role == "化验员" and p.target_unsure
    assert not any(c.skill_id == "data_analysis" and c.level > 0 for c in p.skills)


def test_a_horizon_answering_the_job_question_is_no_job_and_a_past_job_counts() -> None:
    p = read("我52岁，刚从部队退役，原来是陆军的团级干部，带过几百人。")
    p = extract_profile("两年内吧", p, LEX, KB, asked="background", today=date(2026, 12, 2))
    assert p.current_role == "团级干部" and p.horizon_weeks == 104


@pytest.mark.parametrize(
    "text", ["I want to become an AI engineer but idk which kind", "想做AI工程师，但不知道做哪种"]
)
def test_not_knowing_which_kind_is_unsure(text: str) -> None:
    assert read(text).target_unsure


def test_not_wanting_to_learn_to_code_is_no_wish_to_learn_ai() -> None:
    p = read("I don't want to learn to code, I want to use AI to make my team faster")
    assert p.target_role == "ai_augmented_professional"


@pytest.mark.parametrize(
    ("text", "hours"),
    [("每周可以多加2 hours", 10), ("I can do 2 more hours a week now", 10), ("每周最多10小时", 10)],
)
def test_hours_said_as_added_are_on_top_of_the_known_ones(text: str, hours: float) -> None:
    assert read("8 hours a week", text).hours_per_week == hours


def test_the_target_turned_down_with_none_named_is_open_again() -> None:
    p = read("化验员 4年")
    p = extract_profile("智能体工程师", p, LEX, KB, asked="target", today=date(2026, 12, 2))
    assert p.target_role == "agent_engineer"
    p = extract_profile("其实我不想做智能体工程师", p, LEX, KB, today=date(2026, 12, 2))
    assert p.target_role is None and p.target_unsure


@pytest.mark.parametrize("text", ["换成不用写代码的那个", "a role with no need to code, please"])
def test_what_a_role_needs_not_is_never_a_skill(text: str) -> None:
    assert not any(c.level > 0 for c in read("我是化验员，在药厂做了4年", text).skills)


def test_the_work_now_after_an_earlier_one_is_the_current_role() -> None:
    p = read("nurse, 15 yrs ICU, now in nursing informatics for 2 years doing Epic builds")
    assert p.current_role == "nursing informatics"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("I work at a German company", "DE"),
        ("a British bank, 5 yrs", "UK"),
        ("I speak Japanese", None),
    ],
)
def test_a_country_adjective_before_a_workplace_is_its_market(
    text: str, region: str | None
) -> None:
    assert read(text).region == region


def test_a_tilde_before_a_figure_is_about() -> None:
    assert read("Data engineer, 7 yrs. Want to move into MLOps in ~9 months").horizon_weeks == 39
    p = read("每周6~8小时")
    assert (p.hours_per_week, p.hours_per_week_high) == (6, 8)


def test_after_next_spring_festival_is_around_it() -> None:
    assert read("明年春节后", asked="horizon").horizon_weeks == 9
    assert read("春节后三个月内", asked="horizon").horizon_weeks == 22


@pytest.mark.parametrize(
    "text",
    [
        "paralegal, 6 yrs, zero coding. lawyers ask me to try chatgpt. could that become my job?",
        "我是做跨境电商的，自己开店5年了，想知道AI能帮我转什么岗位",
        "汽车销售顾问9年了，完全不懂技术，我这种人能转吗",
    ],
)
def test_asking_what_one_could_move_into_is_unsure(text: str) -> None:
    assert read(text).target_unsure


def test_how_the_job_is_is_not_what_it_is() -> None:
    p = read("I don't know, my job is fine, I just want to use AI in it")
    assert p.current_role is None and p.target_role == "ai_augmented_professional"


def test_items_listed_after_the_wished_role_are_wants() -> None:
    p = read(
        "SRE 8 yrs, k8s, python. I want to become an AI infra engineer, GPU clusters, inference serving"
    )
    assert not any(c.skill_id == "inference_optimization" for c in p.skills)
    assert any(w.skill_id == "inference_optimization" for w in p.wants)


def test_writing_documents_is_no_materials_science() -> None:
    p = read("我是公务员，做了11年文秘和公文写作，想用AI提高写材料的效率，不打算转行")
    assert not any(w.skill_id == "scientific_domain_knowledge" for w in p.wants)
    assert read("我做材料研究8年").skills[0].skill_id == "scientific_domain_knowledge"


def test_cannot_really_code_puts_the_role_without_coding_first() -> None:
    p = read(
        "graphic designer, 9 years. want to do something with generative AI, but i can't really code"
    )
    assert p.target_candidates[0] == "ai_augmented_professional"


@pytest.mark.parametrize(
    ("text", "weeks"), [("2027年底", 56), ("2027年底前", 56), ("2027年6月", 26)]
)
def test_a_year_said_with_its_end_is_that_year(text: str, weeks: int) -> None:
    assert read(text, asked="horizon").horizon_weeks == weeks


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("hi, I'm an A320 captain, 41, flying for 14 years", "A320 captain"),
        (
            "I'm 58 and I've written COBOL and JCL on IBM mainframes for 30 years",
            "COBOL and JCL developer",
        ),
    ],
)
def test_age_or_a_figure_in_the_title_never_hides_the_job(text: str, role: str) -> None:
    assert read(text).current_role == role


@pytest.mark.parametrize(
    "text", ["yes, though spring means end of March for me", "the posting closes in spring"]
)
def test_the_season_is_no_spring_boot(text: str) -> None:
    assert not any(
        c.skill_id == "spring"
        for c in read("Java dev, 6 years", text).skills
        if c.level > 0 and "spring" in c.evidence.lower() and "java" not in c.evidence.lower()
    )


def test_a_pick_said_after_turning_the_options_down_stands() -> None:
    from coach.engine.choice import parse_choice

    ids = ["ai_augmented_professional", "forward_deployed_engineer", "ai_application_engineer"]
    text = "hmm none of these is modernisation exactly, I'd take 3"
    pick = parse_choice(text, ids, KB, LEX)
    assert pick is not None and pick.role_id == "ai_application_engineer"
