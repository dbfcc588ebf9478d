"""What a request's parts became, for the mentor: the parts not applied (word for word), all
the mentor's requests read as constraints, and whether anything was understood at all."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from coach.engine.constraints.model import Constraint
from coach.engine.constraints.parse import parse_constraints
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase


def not_applied(constraints: list[Constraint]) -> list[str]:
    """The words of every part of a request that was not read (shown to the mentor)."""
    return [
        c.text
        for c in constraints
        if c.kind == "note" or (c.kind == "set_target" and c.role_id is None)
    ]


def nothing_understood(constraints: list[Constraint]) -> bool:
    """No part of a request was read (every part is kept only as words): no new plan from it."""
    return len(not_applied(constraints)) == len(constraints)


def notes_constraints(
    notes: Sequence[str], kb: KnowledgeBase, start: date | None
) -> list[Constraint]:
    """The constraints of all the mentor's requests, read against ``start`` (the plan's first
    day: "until the end of January" is a window from then), in order."""
    return [c for n in notes for c in parse_constraints(n, kb, today=start)]


def requests_not_applied(
    notes: list[str], kb: KnowledgeBase, start: date | None = None
) -> list[str]:
    """Of all the mentor's requests so far, the parts not applied, word for word, in order;
    a part a later request asked again and had read (the same skills, or the same words) is
    done, not listed."""
    read = [parse_constraints(n, kb, today=start) for n in notes]
    out: list[str] = []
    for at, cons in enumerate(read):
        later = [c for more in read[at + 1 :] for c in more if c.kind != "note"]
        for part in not_applied(cons):
            skills = {m.id for m in get_lexicon(kb).find_skills(part)}
            again = {c.skill_id for c in later if c.skill_id}
            said = any(part.lower() in c.text.lower() for c in later)
            if not said and not (skills and skills <= again):
                out.append(part)
    return list(dict.fromkeys(out))
