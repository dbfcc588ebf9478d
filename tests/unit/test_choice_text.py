"""The words of the role choice and of the summary before planning (en, zh)."""

from __future__ import annotations

from coach.engine.fields import NO_CODING
from coach.engine.ranking import role_options
from coach.knowledge import load_kb
from coach.render.choice import choice_message, reask_message, understood_summary
from coach.schemas import Profile, RoleChoice, SkillClaim

KB = load_kb()


def nurse(lang: str = "en", **extra: object) -> Profile:
    return Profile(
        current_role="护士" if lang == "zh" else "ICU nurse",
        years_experience=12,
        skills=[SkillClaim(skill_id="excel", level=1, evidence="I keep our rota in Excel")],
        target_unsure=True,
        hours_per_week=5,
        horizon_weeks=52,
        language=lang,  # type: ignore[arg-type]
        **extra,  # type: ignore[arg-type]
    )


def test_the_choice_shows_three_numbered_roles_with_why_in_both_languages() -> None:
    for lang, ask, source in (("en", "you pick", "source: "), ("zh", "你帮我选", "来源：")):
        profile = nurse(lang)
        choice = RoleChoice(alternatives=role_options(KB, profile))
        text = choice_message(KB, profile, choice, lang, close_call=False)
        assert [f"\n{n}. " in text for n in (1, 2, 3)] == [True] * 3
        assert "4. " not in text and ask in text and text.count(source) == 3
        assert "%" in text


def test_summary_before_planning_lists_now_target_time_and_counted_skills() -> None:
    profile = nurse().model_copy(
        update={"target_role": "ai_augmented_professional", "target_unsure": False}
    )
    text = understood_summary(KB, profile, "en")
    for part in ("ICU nurse, 12 years", "AI-augmented professional", "5 h a week for 52 weeks"):
        assert part in text
    assert "Excel" in text and "Judgment and review" in text
    zh = understood_summary(
        KB, nurse("zh").model_copy(update={"target_role": "agent_engineer"}), "zh"
    )
    assert "制定计划前" in zh and "每周 5 小时，共 52 周" in zh and "智能体工程师" in zh


def test_summary_flags_a_coding_role_for_someone_who_will_not_code() -> None:
    profile = nurse(constraints=[NO_CODING]).model_copy(update={"target_role": "agent_engineer"})
    assert "needs coding" in understood_summary(KB, profile, "en")
    calm = profile.model_copy(update={"target_role": "ai_augmented_professional"})
    assert "rather not code" in understood_summary(KB, calm, "en")


def test_summary_says_a_range_plans_on_its_lower_end() -> None:
    class RangedProfile(Profile):
        hours_per_week_high: float | None = None

    plain = {k: v for k, v in nurse().model_dump().items() if k != "hours_per_week_high"}
    profile = RangedProfile(**plain, hours_per_week_high=8).model_copy(
        update={"target_role": "ai_augmented_professional"}
    )
    assert "lower end of the 5-8" in understood_summary(KB, profile, "en")


def test_reask_is_short_and_lists_the_options() -> None:
    choice = RoleChoice(alternatives=role_options(KB, nurse()))
    text = reask_message(choice, "en")
    assert len(text) < 250 and "1 AI-augmented professional" in text and " or 3 " in text
