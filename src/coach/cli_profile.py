"""`coach profile [USER] [--session ID] [--json]`: what coach knows about a person, every field
with the user's own words as its evidence. The JSON uses the ``Profile`` contract's field names.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from coach.knowledge.loader import KnowledgeBase
    from coach.memory import Memory
    from coach.schemas import Profile, RoleChoice

SHOWN = (
    "current_role",
    "years_experience",
    "target_role",
    "target_candidates",
    "hours_per_week",
    "horizon_weeks",
    "region",
    "constraints",
    "language",
)


def _session_state(
    mem: Memory, user: str, session: str | None
) -> tuple[str, str | None, dict[str, Any]]:
    """The user, the session to read (the given one, or the user's latest) and its state."""
    from coach.cli_common import _load_runner, fail
    from coach.sessions import get_session, list_sessions

    if session is not None:
        info = get_session(mem.store, session)
        if info is None:
            fail(f"unknown session {session!r}; `coach sessions` lists them")
        if user not in ("local", info.user_id):
            fail(f"session {session!r} belongs to another user")
        return info.user_id, session, _load_runner(mem, session).values()
    mine = [i for i in list_sessions(mem.store) if i.user_id == user]
    if not mine:
        return user, None, {}
    return user, mine[0].session_id, _load_runner(mem, mine[0].session_id).values()


def _user_turns(values: dict[str, Any]) -> list[str]:
    from langchain_core.messages import HumanMessage

    from coach.engine.pasted import own_words
    from coach.knowledge import load_kb
    from coach.knowledge.lexicon import get_lexicon
    from coach.nodes.common import clean_text
    from coach.runner import message_text

    lexicon = get_lexicon(load_kb())
    return [  # a pasted posting's lines are the job's words, not the person's
        own_words(clean_text(message_text(m)), lexicon)
        for m in values.get("messages") or []
        if isinstance(m, HumanMessage)
    ]


def transferred(kb: KnowledgeBase, profile: Profile) -> list[dict[str, Any]]:
    """Skills coach counts that the user did not name: shown by their work or by a skill."""
    from coach.engine.research import effective_skills

    named = {c.skill_id for c in profile.skills}
    have = effective_skills(profile, kb)
    return [
        {"skill_id": s, "level": level, "evidence": words}
        for s, (level, words) in sorted(have.items())
        if s not in named and level > 0 and s in kb.skills
    ]


def profile_document(
    kb: KnowledgeBase,
    profile: Profile,
    evidence: dict[str, str],
    choice: RoleChoice | None,
    user: str,
    session: str | None,
) -> dict[str, Any]:
    """The JSON document: the profile (contract field names), evidence per field, the skills
    counted from the user's work, and the choice of role."""
    return {
        "user": user,
        "session": session,
        "profile": profile.model_dump(mode="json"),
        "evidence": evidence,
        "transferred_skills": transferred(kb, profile),
        "choice": choice.model_dump(mode="json") if choice is not None else None,
    }


def _value_text(kb: KnowledgeBase, profile: Profile, name: str, lang: str) -> str:
    from coach.engine.fields import NO_CODING
    from coach.i18n import MESSAGES, t
    from coach.render.choice import role_name

    value = getattr(profile, name)
    if name == "target_role":
        if value:
            return role_name(kb, value, lang)
        if profile.target_unsure:
            return t(lang, "profile.unsure")
        return profile.target_raw or t(lang, "profile.unknown")
    if name == "language" and value in {"en", "zh"}:
        return t(lang, f"checks.lang.{value}")  # "中文", not the code "zh"
    if name == "region" and value:
        key = f"understand.region.{value}"
        return t(lang, key) if key in MESSAGES else str(value)
    if name == "target_candidates":
        return t(lang, "choose.sep").join(role_name(kb, r, lang) for r in value)
    if name == "constraints":
        return t(lang, "choose.sep").join(
            t(lang, "profile.no_coding") if c == NO_CODING else str(c) for c in value
        )
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value) if value is not None else t(lang, "profile.unknown")


def profile_text(
    kb: KnowledgeBase, doc: dict[str, Any], profile: Profile, choice: RoleChoice | None
) -> str:
    from coach.i18n import t
    from coach.render.choice import how_text, role_name, skill_name

    lang = profile.language
    session = t(lang, "profile.session", session=doc["session"]) if doc["session"] else ""
    lines = [t(lang, "profile.title", user=doc["user"], session=session)]
    evidence: dict[str, str] = doc["evidence"]
    pending = choice is not None and choice.status == "pending" and bool(choice.alternatives)
    if pending and choice is not None:
        # the options in the order they were shown: "1" is the first of them, here too
        shown = [o.role_id for o in choice.alternatives]
        profile = profile.model_copy(update={"target_candidates": shown})
    for name in SHOWN:
        value = getattr(profile, name)
        if name == "target_candidates" and not value:
            continue
        if name == "constraints" and not value:
            continue
        label = t(lang, f"profile.field.{name}")
        value_text = _value_text(kb, profile, name, lang)
        lines.append(t(lang, "profile.line", label=label, value=value_text))
        if name in evidence:
            lines.append(t(lang, "profile.words", words=evidence[name]))
        elif value not in (None, []) and name != "language":
            lines.append(t(lang, "profile.no_words"))
        chosen = choice is not None and value is not None and choice.chosen == value
        if name == "target_role" and chosen and choice is not None:
            options = t(lang, "choose.sep").join(
                role_name(kb, o.role_id, lang) for o in choice.alternatives
            )
            lines.append(t(lang, "profile.choice", options=options, how=how_text(choice, lang)))
    lines.append(t(lang, "profile.line_head", label=t(lang, "profile.field.skills")))
    for claim in profile.skills:
        name = skill_name(kb, claim.skill_id, lang) if claim.skill_id else (claim.raw or "?")
        lines.append(t(lang, "profile.skill", name=name, level=claim.level, words=claim.evidence))
    if not profile.skills:
        lines.append(t(lang, "profile.no_skills"))
    if doc["transferred_skills"]:
        lines.append(t(lang, "profile.line_head", label=t(lang, "profile.field.transferred")))
    for item in doc["transferred_skills"]:
        name = skill_name(kb, item["skill_id"], lang)
        lines.append(
            t(
                lang,
                "profile.transferred",
                name=name,
                level=item["level"],
                words=item["evidence"],
            )
        )
    return "\n".join(lines) + "\n"


def profile_cmd(
    user: Annotated[
        str, typer.Argument(help="The user name (as in `coach chat --user`).")
    ] = "local",
    session: Annotated[
        str | None, typer.Option("--session", "-s", help="Read this session (default: the latest).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Show what coach knows about a person: every field with their own words as evidence."""
    from coach.cli_common import memory, out, user_or_fail
    from coach.engine.profile_evidence import profile_evidence
    from coach.i18n import t
    from coach.knowledge import load_kb
    from coach.knowledge.lexicon import get_lexicon
    from coach.schemas import Profile, RoleChoice
    from coach.store import remembered_profile

    user = user_or_fail(user)
    with memory() as mem:
        user, session_id, values = _session_state(mem, user, session)
        stored = remembered_profile(mem.store, user)
    raw = values.get("profile") or stored
    if not raw:
        if as_json:
            sys.stdout.write(
                json.dumps({"user": user, "session": session_id, "profile": None}) + "\n"
            )
        else:
            out.print(t("en", "profile.none", user=user), markup=False)
        return
    kb = load_kb()
    profile = Profile.model_validate(raw)
    choice = RoleChoice.model_validate(values["choice"]) if values.get("choice") else None
    chosen_by = (
        choice.answer if choice is not None and choice.chosen == profile.target_role else None
    )
    evidence = profile_evidence(profile, _user_turns(values), kb, get_lexicon(kb), chosen_by)
    # Evidence the understanding step kept per field, when the profile carries it, wins.
    evidence |= {k: str(v) for k, v in (getattr(profile, "evidence", None) or {}).items() if v}
    doc = profile_document(kb, profile, evidence, choice, user, session_id)
    if as_json:
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(profile_text(kb, doc, profile, choice))
