"""A question about the targeted posting (DOC5-7) is answered from the posting: its must-haves
in the order it lists them, with the person's standing on each; other turns are not caught."""

from __future__ import annotations

from coach.engine.fit import fit_report
from coach.engine.posting import parse_posting
from coach.engine.posting_ask import asks_about_posting, means_a_posting, posting_answer
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb
from coach.schemas import Profile, SkillClaim

POSTING = """Site Reliability Engineer, ML Platform
About the role
You will keep our training fleet healthy: provisioning, monitoring and automation.
Salary: $120,000 - $150,000
Requirements
- 3+ years operating Linux servers
- Kubernetes in production
- Python or Go for automation
- Monitoring with Prometheus and Grafana
Nice to have
- CUDA basics
"""


def test_posting_questions_are_told_from_other_turns() -> None:
    for text in (
        "what matters most for the SRE job?",
        "how far am I from this job?",
        "这个岗位我还差多少？",
        "这个岗位我最该先补什么？",
        "what should I focus on first for this job?",
        "对，按这个岗位来",
        "我看中了一个岗位，帮我看看差多少",
    ):
        assert asks_about_posting(text), text
    for text in (
        "finished week 2",
        "should I learn Go for this job?",
        "这个工作我需要学Java吗",
        "6 hours a week",
        "我想找一份工作",
    ):
        assert not asks_about_posting(text), text
    assert means_a_posting("I found a job posting, how far am I from it?")
    assert not means_a_posting("what do I need for this role?")


def test_the_answer_lists_the_must_haves_in_the_postings_order() -> None:
    kb = load_kb()
    posting = parse_posting(POSTING, get_lexicon(kb), kb)
    profile = Profile(
        current_role="Systems administrator",
        skills=[SkillClaim(skill_id="linux", level=2, evidence="Linux admin since 2018")],
    )
    answer = posting_answer(fit_report(profile, posting, kb), posting, None, kb, "en")
    have = next(line for line in answer.splitlines() if line.startswith("You already have"))
    gaps = next(line for line in answer.splitlines() if line.startswith("Still missing"))
    assert "Linux" in have
    order = [gaps.index(n) for n in ("Kubernetes", "Python or Go", "Observability")]
    assert order == sorted(order)  # the posting's own order
    assert "A plus: CUDA" in answer
    assert "$120,000 - $150,000" in answer  # the job's own pay
    assert "Kubernetes" in answer.splitlines()[-1]  # the first must-have they lack comes first


def test_the_target_a_posting_set_has_the_postings_title_as_its_words() -> None:
    from datetime import date

    from coach.engine.pasted import posting_target, targeted_posting, with_posting_evidence

    kb = load_kb()
    posting = parse_posting(POSTING, get_lexicon(kb), kb)
    update = posting_target(posting, get_lexicon(kb), kb, date(2026, 12, 2))
    posting = targeted_posting(posting, update, kb)
    profile = with_posting_evidence(Profile().model_copy(update=update), posting)
    assert profile.evidence.get("target_role") == "Site Reliability Engineer, ML Platform"
