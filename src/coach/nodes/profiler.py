"""profiler: turn the user's words into a :class:`Profile`; ask one question at a time."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.engine.numbers import find_hours, for_a_while, says_zero
from coach.engine.ranking import closest_for_person
from coach.engine.understand import extract_profile
from coach.engine.understand.confirm import is_yes
from coach.engine.understand.cues import STAY_IN_JOB, USE_AI
from coach.engine.understand.resolve import AUGMENTED_ROLE
from coach.i18n import t
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon
from coach.nodes.assist import refine_profile
from coach.nodes.common import (
    END_TURN,
    MAX_DOCUMENT_CHARS,
    emit,
    last_user_text,
    profile_of,
    progress,
    touch_session,
)
from coach.nodes.documents import posting_reply, read_pasted
from coach.nodes.researcher import SUMMARY_CONFIRMED
from coach.nodes.role_notes import not_in_kb_first, role_question_notes
from coach.render.choice import summary_conflict
from coach.schemas import Profile
from coach.state import CoachState
from coach.store import remember_profile, remembered_profile, take_seeded
from coach.text import conversation_language


def summarise_profile(profile: Profile, lang: str) -> str:
    """A short bulleted summary of a profile, for the user to confirm."""
    kb = load_kb()
    target = (
        kb.roles[profile.target_role].name.get("zh" if lang == "zh" else "en")
        if profile.target_role in kb.roles
        else ("不确定" if lang == "zh" else "not sure")
        if profile.target_unsure
        else "?"
    )
    skills = ", ".join(
        kb.skills[s.skill_id].name.get("zh" if lang == "zh" else "en")
        if s.skill_id in kb.skills
        else (s.raw or "?")
        for s in profile.skills
        if s.level > 0  # a skill said not known (level 0) is no skill to list
    )
    years = "" if profile.years_experience is None else f"{profile.years_experience:g}"
    hours = "?" if profile.hours_per_week is None else f"{profile.hours_per_week:g}"
    if lang == "zh":
        return (
            f"- 现在：{profile.current_role or '?'}（{years or '?'} 年）\n- 技能：{skills or '无'}\n"
            f"- 目标：{target}\n- 每周：{hours} 小时\n"
            f"- 期限：{profile.horizon_weeks or '?'} 周"
        )
    return (
        f"- Now: {profile.current_role or '?'} ({years or '?'} years)\n"
        f"- Skills: {skills or 'none listed'}\n- Target: {target}\n"
        f"- Hours a week: {hours}\n"
        f"- Horizon: {profile.horizon_weeks or '?'} weeks"
    )


def _question(profile: Profile, lang: str) -> tuple[str, str]:
    missing = profile.missing()
    field = missing[0]
    if field == "target" and profile.target_raw:
        kb = load_kb()
        roles = ", ".join(r.name.get("zh" if lang == "zh" else "en") for r in kb.roles.values())
        return field, t(lang, "ask.target_unknown", raw=profile.target_raw, roles=roles)
    if field == "horizon" and _in_place(profile):  # no switch to make: AI in the job they have
        return field, t(lang, "understand.ask_horizon_in_place")
    return field, t(lang, f"ask.{field}")


ASK_AT_MOST = 2
"""Times one question is put to the person; a third would be a loop (COACHING A1)."""
DEFAULT_HOURS = 5.0
DEFAULT_WEEKS = 52


_NO_RUSH = re.compile(
    r"\bno\s+(?:rush|hurry|deadline|fixed\s+date|time\s+limit)\b|\bnot\s+in\s+a\s+hurry\b|"
    r"不急|不着急|没有?(?:期限|截止|时间要求)",
    re.I,
)
_NO_DEADLINE = re.compile(r"\bwhenever\b|\bno\s+idea\b|随便|都行|无所谓|不知道", re.I)
"""No date answering "by when?": the plan runs on a modest default, said so."""


def _times_asked(state: CoachState, question: str) -> int:
    """How many of the coach's last messages in a row end with ``question``."""
    count = 0
    for message in reversed(state.get("messages") or []):
        if getattr(message, "type", "") != "ai":
            continue
        if not str(message.content).rstrip().endswith(question.rstrip()):
            break
        count += 1
    return count


def _go_on_without(profile: Profile, field: str, lang: str) -> tuple[Profile, str]:
    """The profile with a field asked twice in vain filled as plainly as can be (the job "not
    said", the target left to a ranked choice, hours and horizon at a modest default), and the
    sentence that tells the person so."""
    values: dict[str, float] = {}
    if field == "background":
        update: dict[str, object] = {"current_role": t(lang, "understand.role_not_said")}
        key = "understand.default_background"
    elif field == "target":
        update, key = {"target_unsure": True}, "understand.default_target"
    elif field == "hours_per_week":
        update = {"hours_per_week": DEFAULT_HOURS}
        key, values = "understand.default_hours", {"hours": DEFAULT_HOURS}
    else:
        update = {"horizon_weeks": DEFAULT_WEEKS}
        key, values = "understand.default_horizon", {"weeks": DEFAULT_WEEKS}
    return profile.model_copy(update=update), t(lang, key, **values)


def _range_notes(
    prior: Profile | None, profile: Profile, lang: str, text: str = "", asked: str | None = None
) -> list[str]:
    """Say so when a range was just given (the plan uses its lower end), and how a week said
    in parts adds up ("1 h×5 + 4 h = 9 h a week")."""
    notes: list[str] = []
    before = prior or Profile()
    hours, high = profile.hours_per_week, profile.hours_per_week_high
    given = (before.hours_per_week, before.hours_per_week_high) != (hours, high)
    if asked == "horizon" and profile.horizon_weeks is None and says_zero(text):
        notes.append(t(lang, "understand.zero_horizon"))
    said = find_hours(text, bare=asked == "hours_per_week") if given and text else None
    if said is not None and said.how and hours is not None and abs(said.value - hours) < 0.01:
        total = f"{hours:g}" if high is None else f"{hours:g}-{high:g}"
        how = said.how.replace(" h", " 小时") if lang == "zh" else said.how
        notes.append(t(lang, "understand.hours_parts", how=how, total=total))
        if said.assumed_weekend:
            notes.append(t(lang, "understand.weekend_assumed"))
    if hours is not None and given and text and for_a_while(text):
        # "寒假每天4小时，开学后每周5小时": the lasting figure, the break's extra a head start
        notes.append(t(lang, "understand.hours_lasting", hours=hours))
    if hours is not None and high is not None and high > hours and given:
        notes.append(t(lang, "understand.hours_range", low=hours, high=high))
    notes += _track_note(before, profile, lang)
    old, new = before.years_experience, profile.years_experience
    if old is not None and new is not None and old != new:  # "actually 3 years not 5": heard
        notes.append(t(lang, "understand.years_changed", old=old, new=new))
    notes += _in_place_note(before, profile, lang)
    weeks, wk_high = profile.horizon_weeks, profile.horizon_weeks_high
    given = (before.horizon_weeks, before.horizon_weeks_high) != (weeks, wk_high)
    if weeks is not None and wk_high is not None and wk_high > weeks and given:
        notes.append(t(lang, "understand.horizon_range", low=weeks, high=wk_high))
    return notes


EDGE_SKILLS = frozenset({"edge_inference", "edge_quantization"})


def _track_note(before: Profile, profile: Profile, lang: str) -> list[str]:
    """Say plainly when the work wanted is a track of the role read, not a role of its own:
    on-device (edge) AI is the edge track of the AI infrastructure role."""
    kb = load_kb()
    role = kb.roles.get(profile.target_role or "")
    edge = any(w.skill_id in EDGE_SKILLS for w in profile.wants)
    was = any(w.skill_id in EDGE_SKILLS for w in before.wants)
    if role is None or role.family != "infra" or not edge:
        return []
    if was and before.target_role == profile.target_role:
        return []  # said once
    return [t(lang, "understand.edge_track", role=role.name.zh if lang == "zh" else role.name.en)]


def _in_place(profile: Profile) -> bool:
    """The wish is AI in the job they have, not a new career ("不想转行", "use AI in my work")."""
    said = profile.evidence.get("target_role", "")
    return profile.target_role == AUGMENTED_ROLE and bool(
        STAY_IN_JOB.search(said) or USE_AI.search(said)
    )


def _in_place_note(before: Profile, profile: Profile, lang: str) -> list[str]:
    """Say plainly when the wish is AI in the job they have (no career change): the closest
    role is named, with why, once."""
    if before.target_role == AUGMENTED_ROLE or not _in_place(profile):
        return []
    role = load_kb().roles.get(AUGMENTED_ROLE)
    if role is None:
        return []
    return [t(lang, "understand.in_place", role=role.name.zh if lang == "zh" else role.name.en)]


def _confirm_key(runtime: Runtime[Context]) -> str:
    """Confirm what coach remembers, or (once, after `coach chat --cv/--job`) what it read."""
    if take_seeded(runtime.store, runtime.context.user_id):
        return "fit.confirm_documents"
    return "ask.confirm"


def profiler(
    state: CoachState, runtime: Runtime[Context]
) -> Command[Literal["researcher", "__end__"]]:
    text = last_user_text(state)
    lang = (
        runtime.context.language
        if runtime.context.language != "auto"
        else conversation_language(text, state.get("language"))
    )
    progress("profiler", lang)
    kb = load_kb()
    today = runtime.context.today or date.today()
    asked = state.get("asked")
    prior = profile_of(state) if state.get("profile") else None

    remembered: Profile | None = None
    if prior is None and runtime.store is not None:
        raw = remembered_profile(runtime.store, runtime.context.user_id)
        if raw is not None:
            remembered = Profile.model_validate(raw)
    # A CV or a job posting pasted into the chat is read as --cv / --job would read it.
    pasted = read_pasted(
        last_user_text(state, MAX_DOCUMENT_CHARS),
        prior or remembered,
        lang,
        kb,
        today,
        runtime.store,
        runtime.context.user_id,
    )
    said = pasted.note + ("" if lang == "zh" else " ") if pasted else ""
    if pasted is None:  # "what does this job need most?" asked during the intake is answered
        asking = (prior or remembered or Profile()).model_copy(update={"language": lang})
        job = posting_reply(text, asking, None, kb, runtime.store, runtime.context.user_id)
        said = job + "\n\n" if job else ""

    if remembered is not None:
        # A returning user: start from what we know, fold in what they just said, and confirm.
        profile = (
            pasted.profile
            if pasted
            else extract_profile(text, remembered, get_lexicon(kb), kb, asked=None, today=today)
        )
        profile = profile.model_copy(update={"language": lang})
        summary = summarise_profile(profile, lang)
        reply = said + t(lang, _confirm_key(runtime), summary=summary)
        emit({"type": "profile", "profile": profile.model_dump(mode="json"), "from_memory": True})
        touch_session(runtime, status="intake", language=lang)
        return Command(
            goto=END_TURN,
            update={
                "profile": profile.model_dump(mode="json"),
                "asked": "confirm",
                "language": lang,
                "status": "intake",
                "messages": [AIMessage(reply)],
            },
        )

    confirmed = asked == "confirm" and is_yes(text)
    # Answering "is this right?" over a summary with a gap ("Horizon: ?"), a bare figure or
    # phrase ("a year is fine") is read for the first field still missing.
    missing = (prior or Profile()).missing()
    reading = (missing[0] if missing else None) if asked == "confirm" else asked
    profile = prior or Profile()
    if pasted is not None:
        profile = pasted.profile
    elif not confirmed:
        profile = extract_profile(
            text,
            prior,
            get_lexicon(kb),
            kb,
            asked=reading,
            today=today,
        )
        profile = refine_profile(
            runtime,
            text,
            profile,
            reading,
            int(state.get("turn") or 0),
        )
    profile = closest_for_person(profile.model_copy(update={"language": lang}), kb)
    emit({"type": "profile", "profile": profile.model_dump(mode="json")})

    remember_profile(runtime.store, runtime.context.user_id, profile.model_dump(mode="json"))

    update: dict[str, object] = {"profile": profile.model_dump(mode="json"), "language": lang}
    notes = _range_notes(prior, profile, lang, text, reading)
    # a role the KB lacks said once; "is that even a real job?", "那AI产品经理呢？" answered
    first = not_in_kb_first(prior, profile, lang, kb)
    notes += [first] if first else []
    notes += role_question_notes(text, profile, lang, kb, get_lexicon(kb))
    no_rush = profile.horizon_weeks is None and bool(
        _NO_RUSH.search(text) or (reading == "horizon" and _NO_DEADLINE.search(text))
    )
    defaulted = no_rush
    if no_rush:  # "no rush": a modest horizon, said so (whatever was asked)
        profile, note = _go_on_without(profile, "horizon", lang)
        notes.append(note)
    if not profile.is_complete():
        field, question = _question(profile, lang)
        if _times_asked(state, question) >= ASK_AT_MOST:
            # asked twice and not answered: go on with what was given, said so, never a loop
            profile, note = _go_on_without(profile, field, lang)
            notes.append(note)
            defaulted = True
    if defaulted:
        update["profile"] = profile.model_dump(mode="json")
        remember_profile(runtime.store, runtime.context.user_id, profile.model_dump(mode="json"))
    if not profile.is_complete():
        field, question = _question(profile, lang)
        gap = "" if lang == "zh" else " "
        skip = {"language", "evidence"}
        learned = prior is not None and (
            field != asked or profile.model_dump(exclude=skip) != prior.model_dump(exclude=skip)
        )
        prefix = said or (t(lang, "noted") + gap if learned else "")
        prefix += "".join(n + gap for n in notes)
        update |= {"asked": field, "status": "intake", "messages": [AIMessage(prefix + question)]}
        touch_session(runtime, status="intake", language=lang)
        return Command(goto=END_TURN, update=update)
    if notes or said:
        update["messages"] = [AIMessage(said + " ".join(notes))]
    # "yes" to the summary of what coach read or remembers is the summary confirmed: the one
    # before the plan is not shown again
    # (a conflict in it, a coding role for someone who won't code, still waits there)
    asked_now = SUMMARY_CONFIRMED if confirmed and not summary_conflict(kb, profile) else None
    update |= {"asked": asked_now, "status": "drafting", "revisions": 0, "research": None}
    touch_session(runtime, status="drafting", language=lang)
    return Command(goto="researcher", update=update)
