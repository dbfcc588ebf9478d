"""Which of the ranked roles are shown to a person, and with which demand fact each."""

from __future__ import annotations

from coach.schemas import Profile, RoleOption


def covered(options: list[RoleOption], profile: Profile, n: int) -> list[RoleOption]:
    """The best ``n`` options, a role the person covers none of ("you don't cover any of what
    it asks yet") replaced by the next one they do cover; a role they asked for stays."""
    wants = getattr(profile, "wants", None) or []
    named = {getattr(w, "role_id", None) for w in wants}
    fits = [o for o in options if o.fit > 0 or o.role_id in named]
    if len(fits) < n:  # too few roles they cover: the best ones, as ranked
        return options[:n]
    return fits[:n]


def distinct_demand(options: list[RoleOption]) -> list[RoleOption]:
    """One demand fact per option, none shown twice (a fact about several roles goes to the
    first option it fits, the next option gets its next best fact)."""
    shown: set[str] = set()
    out: list[RoleOption] = []
    for option in options:
        facts = [f for f in option.demand if f.fact_id not in shown][:1]
        shown |= {f.fact_id for f in facts}
        out.append(option.model_copy(update={"demand": facts}))
    return out
