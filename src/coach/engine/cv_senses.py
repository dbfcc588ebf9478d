"""A CV's line read with the senses a posting's line is read with (pure): "regression testing of
our SAP ERP modules" tests the ERP (no integration work), "triaged defects with developers"
names the people worked with (no programming), "installed GPU nodes" racks hardware (no GPU
programming). A skill the line names only in another sense is not the person's."""

from __future__ import annotations

import re

from coach.engine.posting_senses import (
    ai_output_sense,
    gpu_hardware,
    other_sense,
    other_sense_in,
    serving_triton,
)
from coach.knowledge.lexicon import Lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile, SkillClaim

SERVER_LANGUAGES = re.compile(
    r"^(?:php|c#|\.net|\.net\s+core|ruby|perl|elixir|scala|groovy|erlang|clojure|f#|"
    r"cobol|abap|vb\.net|coldfusion)$",
    re.IGNORECASE,
)
"""Server-side languages the knowledge base has no skill for (it has Laravel, Rails, ASP.NET
as back-end work): years of building with one are back-end engineering."""


def _other(skill_id: str, words: str, line: str) -> bool:
    return (
        other_sense(skill_id, words, line)
        or gpu_hardware(skill_id, words, line)
        or serving_triton(skill_id, words, line)
        or ai_output_sense(skill_id, words, line) != skill_id  # "ERP的回归测试": no LLM evals
    )


def in_their_sense(before: Profile, after: Profile, line: str, lexicon: Lexicon) -> Profile:
    """``after`` without the skills that ``line`` added only through words in another sense."""
    had = {c.skill_id for c in before.skills}
    new = [(c.skill_id, c.evidence) for c in after.skills if c.skill_id and c.skill_id not in had]
    if not new:
        return after
    mentions = lexicon.find_skills(line)
    dropped: set[str] = set()
    for skill_id, evidence in new:
        named = [m for m in mentions if m.id == skill_id]
        if named and all(_other(m.id, m.text, line) for m in named):
            dropped.add(skill_id)
        elif not named and evidence in line and other_sense_in(skill_id, line):
            dropped.add(skill_id)  # "plugin fixes", read by a pattern no alias spans
    if not dropped:
        return after
    skills = [c for c in after.skills if c.skill_id not in dropped]
    return after.model_copy(update={"skills": skills})


def server_side_work(profile: Profile, kb: KnowledgeBase) -> Profile:
    """``profile`` with back-end engineering at the level of a server-side language its CV lists
    that the knowledge base lacks ("PHP" in a WordPress developer's skills), unless it shows
    that work at that level already."""
    if "backend_engineering" not in kb.skills:
        return profile
    langs = [
        c for c in profile.skills if c.skill_id is None and SERVER_LANGUAGES.match(c.raw or "")
    ]
    if not langs:
        return profile
    best = max(langs, key=lambda c: int(c.level))
    have = [c for c in profile.skills if c.skill_id == "backend_engineering"]
    if have and max(int(c.level) for c in have) >= int(best.level):
        return profile
    claim = SkillClaim(
        skill_id="backend_engineering", level=best.level, evidence=best.evidence, raw=best.raw
    )
    rest = [c for c in profile.skills if c.skill_id != "backend_engineering"]
    return profile.model_copy(update={"skills": [*rest, claim]})


_TESTER_TITLE = re.compile(
    r"^(?:qa\s+engineer|测试工程师|质量保障|test\s+engineer|tester|qa\s+analyst)$", re.IGNORECASE
)
"""A tester's job title: testing work, which may be all by hand; automation is what their lines
show (Selenium, pytest, "自动化测试"), not what the title says."""


def tested_by_hand(profile: Profile, text: str, lexicon: Lexicon) -> Profile:
    """``profile`` with QA automation that only a tester's title shows read as software testing
    at that level ("测试工程师" whose lines are functional and regression testing by hand)."""
    claims = [c for c in profile.skills if c.skill_id == "qa_automation"]
    if not claims:
        return profile
    for line in text.splitlines():
        for m in lexicon.find_skills(line):
            if m.id == "qa_automation" and not _TESTER_TITLE.match(m.text.strip()):
                return profile  # "Selenium", "接口自动化": automation the CV shows
    level = max(int(c.level) for c in claims)
    rest = [c for c in profile.skills if c.skill_id != "qa_automation"]
    if not any(c.skill_id == "software_testing" and int(c.level) >= level for c in rest):
        rest = [c for c in rest if c.skill_id != "software_testing"]
        rest.append(claims[0].model_copy(update={"skill_id": "software_testing", "level": level}))
    return profile.model_copy(update={"skills": rest})


_REGULATED = re.compile(
    r"\b(?:IEC\s*62304|ISO\s*14971|ISO\s*13485|ISO\s*26262|IEC\s*61508|DO-?178C?|GxP|GAMP\s*5?|"
    r"21\s*CFR(?:\s*Part\s*11)?|MDR|IVDR|FDA\s+(?:510\(k\)|submissions?|audits?)|SOX|Basel\s+I{2,3}|"
    r"model\s+risk\s+management|SR\s*11-7)\b",
)
"""Work under a regulated process (medical-device software, functional safety, banking model
risk): risk files, audits and compliance evidence, the base AI governance builds on."""


def regulated_work(profile: Profile, text: str, kb: KnowledgeBase) -> Profile:
    """``profile`` with AI governance and compliance at basic level when the CV's lines show
    regulated work ("IEC 62304, ISO 14971 risk management") and nothing shows it already: the
    regulated process is the hard part; the AI Act's specifics are what is left."""
    skill_id = "ai_ethics_governance"
    if skill_id not in kb.skills or any(c.skill_id == skill_id for c in profile.skills):
        return profile
    line = next((ln.strip() for ln in text.splitlines() if _REGULATED.search(ln)), None)
    if line is None:
        return profile
    claim = SkillClaim(skill_id=skill_id, level=1, evidence=line[:200])
    return profile.model_copy(update={"skills": [*profile.skills, claim]})
