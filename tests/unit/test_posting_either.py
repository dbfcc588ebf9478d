"""'A or B' in a posting is one requirement: the plan's research asks for the one the person
has or is nearest to, and the coverage check is met by either."""

from __future__ import annotations

from coach.engine.planner.posting_target import POSTING_REQUIRED_WEIGHT, posting_research
from coach.engine.posting import parse_posting
from coach.engine.posting_checks import unscheduled_requirements
from coach.engine.research import research_role
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb
from coach.schemas import Plan, Profile, SkillClaim

POSTING = "Backend AI Engineer\n- 3+ years of Go 1.21+ or Java 17 backend development\n"


def _weights(profile: Profile) -> dict[str, float]:
    kb = load_kb()
    posting = parse_posting(POSTING, get_lexicon(kb), kb)
    research = research_role(kb, profile, "ai_application_engineer")
    out = posting_research(research, posting, kb, profile)
    return {r.skill_id: r.weight for r in out.required_skills}


def test_the_alternative_the_person_has_stands_for_the_requirement() -> None:
    has_java = Profile(
        target_role="ai_application_engineer",
        skills=[SkillClaim(skill_id="java", level=3, evidence="8 years of Java")],
    )
    weights = _weights(has_java)
    assert weights.get("java", 0) >= POSTING_REQUIRED_WEIGHT
    assert weights.get("golang", 0) < POSTING_REQUIRED_WEIGHT  # not asked of them as well


def test_either_scheduled_covers_the_requirement() -> None:
    kb = load_kb()
    posting = parse_posting(POSTING, get_lexicon(kb), kb)
    profile = Profile(target_role="ai_application_engineer")
    plan = Plan.model_validate(
        {
            "target": "ai_application_engineer",
            "target_name": "AI application engineer",
            "language": "en",
            "start_date": "2026-12-07",
            "hours_per_week": 8,
            "horizon_weeks": 26,
            "total_hours": 208,
            "phases": [
                {
                    "name": "P1",
                    "kind": "core",
                    "week_start": 1,
                    "week_end": 10,
                    "items": [
                        {
                            "title": t,
                            "skill_id": s,
                            "hours": 60,
                            "week_start": 1,
                            "week_end": 10,
                            "deliverable": "a service",
                        }
                        for s, t in (("java", "Java"), ("backend_engineering", "Backend"))
                    ],
                }
            ],
        }
    )
    missing = unscheduled_requirements(plan, posting, profile, kb)
    assert "golang" not in missing and "java" not in missing


def test_the_title_target_stands_in_for_the_posting() -> None:
    from coach.engine.pasted import posting_target, targeted_posting

    kb = load_kb()
    posting = parse_posting(
        "AI平台后端工程师（推理服务方向）\n任职要求：\n1. 精通Go或Python\n2. 熟悉大模型推理优化\n",
        get_lexicon(kb),
        kb,
    )
    update = posting_target(posting, get_lexicon(kb), kb, __import__("datetime").date(2026, 12, 2))
    stored = targeted_posting(posting, update, kb)
    assert stored.closest_role == update["target_role"]  # the plan for it targets the posting


def test_the_pasted_note_says_a_or_b_as_one() -> None:
    from coach.nodes.documents import _posting_note

    kb = load_kb()
    posting = parse_posting(
        "大模型应用工程师\n任职要求：\n1. 熟悉Python或Go\n2. 有LangChain/LlamaIndex使用经验者优先\n3. 熟悉RAG",
        get_lexicon(kb),
        kb,
    )
    zh = _posting_note(posting, Profile(), kb, "zh", True)
    assert "Python 编程或Go 语言" in zh
    en = _posting_note(posting, Profile(), kb, "en", True)
    assert "Python or Go" in en and "or Retrieval" not in en
