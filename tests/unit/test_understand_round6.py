"""Round 6 of issue 9: what a job title shows, words that name a skill only in context, the
weekday figure with "more at the weekend", roles the knowledge base lacks."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.fields import fields_in
from coach.engine.understand import apply_implied_skills, extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb
from coach.schemas import Profile

KB = load_kb()
LEX = get_lexicon(KB)
CODING = {"programming_fundamentals", "git", "linux", "api_design", "software_testing"}


def read(*turns: str, asked: str | None = None) -> Profile:
    profile: Profile | None = None
    for text in turns:
        profile = extract_profile(text, profile, LEX, KB, asked=asked, today=date(2026, 12, 2))
    assert profile is not None
    return profile


def claimed(profile: Profile) -> dict[str, int]:
    return {c.skill_id or "": c.level for c in profile.skills}


@pytest.mark.parametrize(
    "title",
    [
        "network engineer, 13 years",
        "process engineer, 8 years",
        "field service engineer, 6 years",
        "data center engineer, 5 years",
        "网络工程师，8年",
        "工艺工程师，10年",
        "实施工程师，5年",
    ],
)
def test_an_engineer_of_a_trade_that_writes_no_code_shows_no_programming(title: str) -> None:
    assert not CODING & set(apply_implied_skills(read(title), KB))


@pytest.mark.parametrize(
    "title",
    [
        "senior engineer, 9 years",
        "Java engineer, 6 years",
        "我是一名高级工程师，6年",
        "算法工程师，3年",
    ],
)
def test_a_bare_or_software_engineer_still_codes(title: str) -> None:
    assert any(f.codes for f in fields_in(title))


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("security analyst at a bank, 6 years, SOC and SIEM", "security_guardrails"),
        ("I work at a network security vendor as a sales engineer", "security_guardrails"),
        ("we rack and cable GPU servers all day", "gpu_programming"),
        ("our cluster has 64 compute nodes", "javascript"),
        ("UX researcher, usability studies", "conversational_ux"),
    ],
)
def test_a_word_of_another_trade_is_not_the_skill(text: str, skill: str) -> None:
    assert claimed(read(text)).get(skill, 0) == 0


def test_the_skill_words_in_their_own_context_still_count() -> None:
    assert (
        claimed(read("I build guardrails against prompt injection for our LLM apps"))[
            "security_guardrails"
        ]
        >= 1
    )
    assert claimed(read("I write GPU kernels in CUDA, 3 years"))["gpu_programming"] >= 1
    assert claimed(read("UX designer, 6 years"))["conversational_ux"] == 1  # transfers, basic


def test_a_programming_language_the_kb_lacks_is_programming() -> None:
    assert claimed(read("PHP developer, 8 years"))["programming_fundamentals"] >= 2
    assert claimed(read("I write C# at work, 5 yrs"))["programming_fundamentals"] >= 2


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("an hour every weeknight, a bit more on weekends", 7),
        ("平时每天晚上2个小时，周末再多点", 14),
        ("weekdays 1-2h, weekends a bit more", 7),
    ],
)
def test_more_at_the_weekend_counts_each_weekend_day_as_a_weekday(text: str, hours: float) -> None:
    from coach.engine.numbers.hours import find_hours

    found = find_hours(text, bare=True)
    assert found is not None and found.value == hours and found.assumed_weekend


@pytest.mark.parametrize(
    "text",
    [
        "I can't code, but I'd love to set up AI chatbots for our support team",
        "不懂编程，想帮公司把知识库问答搭起来",
        "我是客服主管，不会代码，想把智能客服和知识库搭起来",
    ],
)
def test_a_non_coder_who_wants_to_build_gets_a_choice_led_by_the_no_code_role(text: str) -> None:
    p = read(text)
    assert p.target_role is None and p.target_candidates[:1] == ["ai_augmented_professional"]
    assert len(p.target_candidates) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "教研组长，教了11年数学，想看看能不能把AI用在备课和教学上",
        "nurse, 8 years, I'd like to use ChatGPT in patient education",
        "SAP consultant, 12 years; our clients keep asking about agents and RAG",
        "做售前6年，客户一直在问知识库",
    ],
)
def test_where_ai_would_go_or_what_others_ask_for_is_no_skill(text: str) -> None:
    had = {c.skill_id for c in read(text).skills if c.level > 0}
    assert not had & {"communication", "agents", "rag"}


def test_a_worry_about_ai_is_kept_for_the_summary() -> None:
    p = read("claims adjuster, 9 years. Honestly I'm worried AI will replace my job")
    assert "worried" in p.evidence["worry"]
    assert "担心" in read("会计，10年，有点担心被AI取代").evidence["worry"]
    assert "worry" not in read("I worry about deadlines at work").evidence


def test_two_words_for_one_skill_in_a_turn_the_strongest_stands() -> None:
    assert claimed(read("做小程序前端3年，js/ts都熟，偶尔写点node接口"))["javascript"] == 2
    assert claimed(read("I know Python well. Well, a bit of Python really"))["python"] == 1


def test_a_target_said_tentatively_in_the_first_message_is_read() -> None:
    p = read("UI designer, 5 yrs, sketch and figma. maybe designing AI products or agents?")
    assert p.target_role is not None or len(p.target_candidates) >= 2
    assert read("nurse, 10 years. maybe 10 hours a week").target_candidates == []


def test_a_language_named_in_the_job_sentence_has_the_job_s_years() -> None:
    assert (
        claimed(read("SAP ABAP consultant, 15+ years, mostly FI/CO"))["programming_fundamentals"]
        == 3
    )
    assert claimed(read("COBOL programmer at a bank, 20 years"))["programming_fundamentals"] == 3


def test_a_background_strength_quotes_the_person_not_a_title_built_for_them() -> None:
    from coach.engine.ranking import strengths

    p = read("我是一所县城高中的副校长，当了7年副校长，之前教了20年物理")
    role = KB.roles["ai_augmented_professional"]
    quoted = {s.words for s in strengths(KB, p, role)}
    assert any("当了7年副校长" in w for w in quoted)
    assert "副校长，7 年" not in quoted


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("我在一家做AI的公司做行政，3年", "行政"),
        ("电气工程师，做PLC编程8年，西门子和三菱都熟", "电气工程师"),
        ("之前做了5年会计，现在做财务经理3年了", "财务经理"),
    ],
)
def test_the_chinese_job_title_held_now(text: str, role: str) -> None:
    assert read(text).current_role == role


def test_a_few_scripts_beside_the_job_are_basic() -> None:
    assert claimed(read("structural engineer for 14 years, a few Python scripts"))["python"] == 1


def test_route_tells_a_question_about_a_figure_from_a_change() -> None:
    from coach.nodes.route import changes_plan

    today = date(2026, 12, 2)
    p = read("Go developer, 7 years. I want to become an agent engineer, 8 hours a week, in a year")
    for question in (
        "is 10 hours a week enough?",
        "如果每周只有5小时呢？",
        "what if I had 5 hours?",
    ):
        assert not changes_plan(question, p, today)
    for change in (
        "can we make it 6 hours a week?",
        "能改成每周5小时吗？",
        "actually make it 5 hours",
    ):
        assert changes_plan(change, p, today)


def test_an_os_kernel_is_computer_systems_not_gpu_programming() -> None:
    p = claimed(read("Linux kernel developer, 10 years, C"))
    assert p.get("gpu_programming", 0) == 0 and p["computer_systems"] >= 2
    assert claimed(read("我写过几个Triton kernel，做算子融合")).get("gpu_programming", 0) >= 1


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("ICU nurse, 9 years, patient monitoring every shift", "observability"),
        ("electrical engineer, power transformers and substations", "transformers"),
        ("logistics coordinator, shipping containers and customs", "docker"),
        ("lab technician, blood testing and sample tracking", "software_testing"),
        ("HR partner, 7 years, performance evaluation and onboarding", "evaluation"),
        ("护士，做了8年，每天做护理评估和病情监控", "observability"),
    ],
)
def test_a_word_another_trade_uses_for_its_own_work_is_not_the_skill(text: str, skill: str) -> None:
    assert claimed(read(text)).get(skill, 0) == 0


def test_the_same_words_in_tech_work_still_count() -> None:
    p = claimed(read("SRE, 6 years: prometheus monitoring, docker containers, unit testing"))
    assert p["observability"] >= 2 and p["docker"] >= 2 and p["software_testing"] >= 1
    assert claimed(read("I built LLM evaluation for patient notes"))["evaluation"] >= 1


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("I manage a team of 20 call center agents, 6 years", "agents"),
        ("我是做视觉设计的，5年", "computer_vision"),
        ("品牌经理，6年，负责品牌感知和用户洞察", "robot_perception"),
        ("工厂设备运维，干了10年", "linux"),
        ("flight simulation instructor, 12 years", "simulation"),
    ],
)
def test_more_words_of_other_trades(text: str, skill: str) -> None:
    assert claimed(read(text)).get(skill, 0) == 0


def test_agents_built_are_ai_agents() -> None:
    assert claimed(read("I build customer support agents with LangGraph, 2 years"))["agents"] >= 1


def test_the_current_job_after_an_age_and_before_an_earlier_one() -> None:
    p = read(
        "hey, 38, currently a logistics planner (5 yrs) and before that 6 years as a truck "
        "dispatcher. no coding at all"
    )
    assert (p.current_role, p.years_experience) == ("logistics planner", 5)
    assert read("I'm currently a bit lost career-wise").current_role is None


def test_a_vague_wish_answering_the_background_question_is_no_job() -> None:
    p = read("something with AI that doesn't need coding", asked="background")
    assert p.current_role is None


def test_the_last_years_of_a_career_are_a_span_inside_it() -> None:
    p = read(
        "php dev, 8 years, mostly laravel",
        "oh wait, for the last 2 years its mostly been symfony actually",
    )
    assert p.years_experience == 8


def test_a_hyphenated_title_is_kept_whole() -> None:
    assert read("I'm a small-animal veterinarian, been practicing 13 years").current_role == (
        "small-animal veterinarian"
    )


def test_round6_tester_words_of_other_trades_and_tools() -> None:
    assert not any(
        f.id == "erp" for f in fields_in("biostatistician, I write SAPs for phase II/III trials")
    )
    assert any(f.id == "erp" for f in fields_in("SAP FI/CO consultant, 10 years"))
    aml = claimed(read("I'm a compliance officer at a regional bank, AML and KYC, 7 years"))
    assert aml.get("ai_ethics_governance", 0) == 0
    php = claimed(read("php dev, 8 years, mostly laravel and wordpress plugins"))
    assert php.get("tool_calling", 0) == 0 and php["backend_engineering"] >= 1
    assert claimed(read("桥梁结构工程师，8年，会用Midas和ANSYS"))["scientific_computing"] >= 1
    assert claimed(read("biostatistician, SAS every day, 9 years"))["statistics"] >= 1


def test_two_directions_said_as_either_is_a_choice_and_recent_work_has_no_career_years() -> None:
    p = read("想转大模型应用开发，或者端侧模型也可以，还没想好")
    assert p.target_role is None and len(p.target_candidates) >= 2
    ios = claimed(read("我做iOS开发6年了，Swift和ObjC都熟，最近在做app里接入大模型的功能"))
    assert ios["programming_fundamentals"] == 3 and ios["llm_basics"] <= 2
