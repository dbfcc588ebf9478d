"""Round 6 (DOC6-1, DOC6-3): a level the CV's skills line states is the person's own
("basic Python (pandas)" is basic, whatever another line suggests); a posting's examples of a
named kind of role are no uncovered terms; "agent workflows" and "with customer teams" are asked
skills; `coach fit` names the role the chat would plan toward."""

from __future__ import annotations

from datetime import date

from coach.engine.cv_import import profile_from_cv
from coach.engine.fit import fit_report
from coach.engine.posting import parse_posting
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

CV = """Jordan Lee
## Experience
**Implementation Consultant**, Fieldwise — Jan 2020 – present
- Ran customer onboarding; automated report exports with Python scripts for clients
## Skills
Salesforce, SQL (advanced), basic Python (pandas), Zendesk
"""
POSTING = """Solutions Engineer, LLM Platform
Requirements
- 4+ years in a client-facing technical role (pre-sales engineering, implementation consulting)
- Strong Python and SQL
- Embed with customer teams to turn their runbooks into agent workflows
"""


def test_the_level_a_skills_line_states_is_the_persons_own() -> None:
    kb = load_kb()
    profile = profile_from_cv(CV, get_lexicon(kb), kb, date(2026, 12, 2)).profile
    levels = {c.skill_id: int(c.level) for c in profile.skills if c.skill_id}
    assert levels.get("python") == 1 and levels.get("sql") == 3
    posting = parse_posting(POSTING, get_lexicon(kb), kb)
    missing = {i.skill_id: i.gap_hours for i in fit_report(profile, posting, kb).missing}
    assert missing.get("python", 0) > 0  # "Strong Python" is a gap for basic Python


def test_examples_of_a_kind_of_role_and_phrases_no_alias_spans() -> None:
    kb = load_kb()
    posting = parse_posting(POSTING, get_lexicon(kb), kb)
    assert not posting.uncovered  # "pre-sales engineering, implementation consulting": examples
    asked = {r.skill_id for r in posting.requirements}
    assert {"agents", "customer_facing"} <= asked
    assert not posting.unmapped
