"""A CV's line read with the senses a posting's line is read with (pure): "regression testing of
our SAP ERP modules" tests the ERP (no integration work), "triaged defects with developers"
names the people worked with (no programming), "installed GPU nodes" racks hardware (no GPU
programming). A skill the line names only in another sense is not the person's."""

from __future__ import annotations

from coach.engine.posting_senses import gpu_hardware, other_sense, serving_triton
from coach.knowledge.lexicon import Lexicon
from coach.schemas import Profile


def _other(skill_id: str, words: str, line: str) -> bool:
    return (
        other_sense(skill_id, words, line)
        or gpu_hardware(skill_id, words, line)
        or serving_triton(skill_id, words, line)
    )


def in_their_sense(before: Profile, after: Profile, line: str, lexicon: Lexicon) -> Profile:
    """``after`` without the skills that ``line`` added only through words in another sense."""
    had = {c.skill_id for c in before.skills}
    mentions = lexicon.find_skills(line)
    dropped = set()
    for claim in after.skills:
        if claim.skill_id is None or claim.skill_id in had:
            continue
        named = [m for m in mentions if m.id == claim.skill_id]
        if named and all(_other(m.id, m.text, line) for m in named):
            dropped.add(claim.skill_id)
    if not dropped:
        return after
    skills = [c for c in after.skills if c.skill_id not in dropped]
    return after.model_copy(update={"skills": skills})
