def test_the_posting_outranks_the_roles_defaults() -> None:
    from coach.engine.planner.posting_target import (
        NOT_IN_POSTING_SHARE,
        POSTING_TITLE_WEIGHT,
        posting_research,
    )
    from coach.engine.posting import parse_posting
    from coach.engine.research import research_role
    from coach.knowledge.lexicon import get_lexicon
    from coach.knowledge.loader import load_kb
    from coach.schemas import Profile

    kb = load_kb()
    posting = parse_posting(
        "LLM Evaluation Engineer\n- Experience evaluating model outputs: golden sets\n"
        "- Familiarity with prompt engineering and LLM APIs",
        get_lexicon(kb),
        kb,
    )
    research = research_role(
        kb, Profile(target_role="ai_application_engineer"), "ai_application_engineer"
    )
    before = {r.skill_id: r.weight for r in research.required_skills}
    after = {r.skill_id: r.weight for r in posting_research(research, posting, kb).required_skills}
    assert after["evaluation"] == POSTING_TITLE_WEIGHT  # the job's own name is its core
    named = {r.skill_id for r in posting.requirements}
    for skill, weight in before.items():
        if skill not in named:  # what the posting never mentions drops below what it asks for
            assert after[skill] == round(weight * NOT_IN_POSTING_SHARE, 3)
