"""choose_role: show an unsure person (or a close call) the best roles, numbered, and wait for
their pick. Nothing is planned for a role the person did not choose.

Two entries: after the research fan-in it presents the options and ends the turn; on the next
turn (``route_turn`` sends it here while a choice is pending) it reads the answer:
- a pick ("2", "the second one", "推理那个", a role's name, "you pick") sets the target and goes
  on to the researcher and the planner;
- anything else that changes the profile (new hours, a different background) goes back to the
  profiler, which re-ranks and asks again; an answer that says neither is asked again briefly.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.engine.choice import (
    Pick,
    asks_about,
    parse_choice,
    undoes_pick,
    wants_other_options,
)
from coach.engine.coding import avoids_coding, refuses_coding
from coach.engine.understand import extract_profile
from coach.i18n import t
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon
from coach.nodes.common import (
    END_TURN,
    emit,
    lang_of,
    last_user_text,
    profile_of,
    progress,
    touch_session,
)
from coach.nodes.role_notes import role_question_notes
from coach.render.choice import (
    choice_message,
    compare_message,
    how_text,
    option_why,
    reask_message,
)
from coach.schemas import Profile, RoleChoice, RoleOption
from coach.state import CoachState
from coach.store import remember_profile

ASKED = "role_choice"
"""The ``asked`` value while a choice of roles waits for the user's answer."""


_ASK_AT_MOST = 2
"""Times the list is put to the person before an unreadable answer takes the best fit."""


def choice_pending(state: CoachState) -> bool:
    """Whether a numbered choice of roles waits for the user's answer (``route_turn`` uses it)."""
    raw = state.get("choice") or {}
    return raw.get("status") == "pending" and not state.get("candidates")


def choose_role(
    state: CoachState, runtime: Runtime[Context]
) -> Command[Literal["researcher", "profiler", "__end__"]]:
    lang = lang_of(state)
    progress("choose_role", lang)
    if state.get("candidates"):
        return _present(state, runtime, lang)
    return _answer(state, runtime, lang)


def _present(state: CoachState, runtime: Runtime[Context], lang: str) -> Command[Any]:
    kb = load_kb()
    profile = profile_of(state)
    options = [RoleOption.model_validate(c["option"]) for c in state.get("candidates") or []]
    options.sort(key=lambda o: (-o.score, o.gap_hours, o.role_id))
    # The roles already named to the person ("最接近的是智能体工程师、…") keep the order they were
    # named in: a number or "the first" means what the person read.
    named = [r for r in profile.target_candidates if any(o.role_id == r for o in options)]
    options.sort(key=lambda o: named.index(o.role_id) if o.role_id in named else len(named))
    options = [o.model_copy(update={"why": option_why(kb, o, lang)}) for o in options]
    previous = state.get("choice") or {}
    pending = previous.get("status") == "pending"
    if pending:
        options = _same_numbers(options, previous)
    asked = int(previous.get("asked", 0)) + 1 if pending else 1
    rejected = list(previous.get("rejected") or []) if pending else []
    repeated = bool(rejected) and any(o.role_id in rejected for o in options)
    # Every role was turned down: show the best again, and start the count afresh.
    rejected = [] if repeated else rejected
    choice = RoleChoice(alternatives=options, asked=asked, rejected=rejected)
    close_call = bool(profile.target_candidates)
    if len(options) == 1:
        return _chosen(
            state, runtime, lang, profile, choice, Pick(options[0].role_id, "only_option")
        )
    intro = "choose.intro_all" if repeated else "choose.intro_more" if rejected else None
    message = choice_message(kb, profile, choice, lang, close_call=close_call, intro=intro)
    emit({"type": "choice", "options": [o.role_id for o in options], "asked": asked})
    touch_session(runtime, status="intake", language=lang)
    return Command(
        goto=END_TURN,
        update={
            "choice": choice.model_dump(mode="json"),
            "candidates": None,
            "asked": ASKED,
            "status": "intake",
            "messages": [AIMessage(message)],
        },
    )


def _same_numbers(options: list[RoleOption], previous: dict[str, Any]) -> list[RoleOption]:
    """The options in the order they were shown last time when they are the same roles, even
    when a correction moved their scores ("actually make it 10 hours"): "1" must mean the role
    the person read as 1."""
    before = [RoleOption.model_validate(o) for o in previous.get("alternatives") or []]
    if {o.role_id for o in options} != {o.role_id for o in before}:
        return options
    by_id = {o.role_id: o for o in options}
    return [by_id[o.role_id] for o in before]


def _answer(state: CoachState, runtime: Runtime[Context], lang: str) -> Command[Any]:
    kb = load_kb()
    profile = profile_of(state)
    choice = RoleChoice.model_validate(state["choice"])
    text = last_user_text(state)
    ids = [o.role_id for o in choice.alternatives]
    today = runtime.context.today or date.today()
    # It answers a question about the target, so a role named in it is never the current job.
    updated = extract_profile(text, profile, get_lexicon(kb), kb, asked="target", today=today)
    named = updated.target_role
    if (
        named
        and named != profile.target_role
        and parse_choice(text, ids, kb, get_lexicon(kb)) is None
    ):
        # "都不是啊，我要做的是模型量化和推理部署，偏底层的": the answer says where instead
        return _chosen(state, runtime, lang, updated, choice, Pick(named, "named_other"), text)
    if wants_other_options(text) and parse_choice(text, ids, kb, get_lexicon(kb)) is None:
        # "none of these": rank again without them (a pick said after it stands)
        declined = ids
        if avoids_coding(updated) and not avoids_coding(profile):
            # "none of these, I don't want to code": the reason turns down the coding ones;
            # one that needs no code stays on offer, first.
            declined = [o.role_id for o in choice.alternatives if o.needs_coding] or ids
        turned_down = [*choice.rejected, *(r for r in declined if r not in choice.rejected)]
        choice = choice.model_copy(update={"rejected": turned_down})
        emit({"type": "choice_declined", "options": ids})
        # What the refusal says ("none of these, I don't want to code") weighs the new ranking.
        return Command(
            goto="researcher",
            update={
                "choice": choice.model_dump(mode="json"),
                "profile": updated.model_dump(mode="json"),
            },
        )
    pick = parse_choice(text, ids, kb, get_lexicon(kb)) or _by_coding(text, choice)
    if pick is not None and pick.how in ("default_pick", "coach_pick"):
        pick = Pick(best_fit(choice, updated), pick.how)
    question = asks_about(text, ids, kb, get_lexicon(kb)) if pick is None else None
    # "1吧。那AI产品经理呢？": the question about another role is answered, the pick stands
    asked_roles = role_question_notes(text, profile, lang, kb, get_lexicon(kb))
    # Whatever else the answer says (new hours, a correction) is kept either way.
    if pick is not None:
        return _chosen(state, runtime, lang, updated, choice, pick, text, notes=asked_roles)
    if _changed(profile, updated):
        # "这三个都要写代码吧？我不想写代码": answer the question, then rank again with what
        # the answer added (no coding first) and offer the options anew.
        update: dict[str, Any] = {"asked": None}
        if question is not None:
            answer = compare_message(profile, choice, question, lang, ask=False)
            update["messages"] = [AIMessage(answer)]
        return Command(goto="profiler", update=update)
    if question is None and choice.asked >= _ASK_AT_MOST:
        # Asked and asked again without an answer: the best fit, said so, never a loop.
        best = Pick(best_fit(choice, updated), "default_pick")
        return _chosen(state, runtime, lang, updated, choice, best, text)
    choice = choice.model_copy(update={"asked": choice.asked + 1})
    if question is not None:  # answer it: how the options asked about compare, then ask again
        reply = compare_message(profile, choice, question, lang)
    elif asked_roles:  # "what about AI product manager?": answered, then the options again
        reply = "\n".join([*asked_roles, reask_message(choice, lang, sorry=False)])
    else:
        reply = reask_message(choice, lang)
    emit({"type": "choice_unclear", "answer": text, "question": question is not None})
    return Command(
        goto=END_TURN,
        update={"choice": choice.model_dump(mode="json"), "messages": [AIMessage(reply)]},
    )


def pick_taken_back(state: CoachState, text: str) -> bool:
    """Whether ``text`` takes back the role read as the person's pick ("我没选第三个")."""
    raw = state.get("choice") or {}
    if raw.get("status") != "chosen" or not raw.get("alternatives"):
        return False
    choice = RoleChoice.model_validate(raw)
    ids = [o.role_id for o in choice.alternatives]
    number = ids.index(choice.chosen) + 1 if choice.chosen in ids else None
    return undoes_pick(text, number, len(ids))


_REPICK = re.compile(
    r"\b(?:option|number|no\.?)\s*\d\b|\bthe\s+(?:first|second|third|last|other)\b|\binstead\b|"
    r"\bswitch\b|\bgo\s+with\b|\bchange\s+(?:it\s+)?to\b|换成|换到|改成|改选|还是选|选第|第\s*[一二三123]\s*个",
    re.I,
)
"""Words that take another of the options shown ("option 3 please", "换成第一个")."""


def repicks(state: CoachState, text: str) -> bool:
    """Whether ``text``, while the draft waits, takes another of the roles the person chose
    among ("option 3 please, the AI-augmented one")."""
    raw = state.get("choice") or {}
    if raw.get("status") != "chosen" or not raw.get("alternatives") or not _REPICK.search(text):
        return False
    choice = RoleChoice.model_validate(raw)
    kb = load_kb()
    pick = parse_choice(text, [o.role_id for o in choice.alternatives], kb, get_lexicon(kb))
    picked = pick is not None and pick.how not in ("default_pick", "coach_pick", "named_other")
    return picked and pick is not None and pick.role_id != choice.chosen


def repick(state: CoachState, turn: int) -> Command[Any]:
    """The choice open again, answered by this very turn (the choose step reads it)."""
    choice = RoleChoice.model_validate(state["choice"])
    choice = choice.model_copy(update={"status": "pending", "chosen": None, "how": None})
    return Command(
        goto="choose_role",
        update={"choice": choice.model_dump(mode="json"), "turn": turn, "candidates": None},
    )


def reopen_choice(state: CoachState, runtime: Runtime[Context], turn: int) -> Command[Any]:
    """Undo a pick the person says they did not make: no target, the same options (same
    numbers) asked again, and the draft leaves the mentor's queue until they choose."""
    lang = lang_of(state)
    choice = RoleChoice.model_validate(state["choice"])
    choice = choice.model_copy(
        update={"status": "pending", "chosen": None, "how": None, "answer": None, "reason": ""}
    )
    profile = profile_of(state).model_copy(update={"target_role": None, "target_unsure": True})
    remember_profile(runtime.store, runtime.context.user_id, profile.model_dump(mode="json"))
    emit({"type": "choice_undone", "options": [o.role_id for o in choice.alternatives]})
    touch_session(runtime, status="intake", language=lang)
    reply = t(lang, "choose.undone") + "\n" + reask_message(choice, lang, sorry=False)
    return Command(
        goto=END_TURN,
        update={
            "choice": choice.model_dump(mode="json"),
            "profile": profile.model_dump(mode="json"),
            "asked": ASKED,
            "status": "intake",
            "turn": turn,
            "messages": [AIMessage(reply)],
        },
    )


_THE_ONE = re.compile(r"\b(?:the\s+one|that\s+one|the\s+option)\b|那个|那一个|这个|那项", re.I)


def best_fit(choice: RoleChoice, profile: Profile) -> str:
    """The option to take when the person leaves the pick to the coach: the one that fits them
    best (its share of what the role asks), among those that respect what they said they will
    not do (no coding); the order shown breaks ties."""
    options = list(choice.alternatives)
    plain = [o for o in options if not o.needs_coding]
    if avoids_coding(profile) and plain:
        options = plain
    return max(options, key=lambda o: (o.fit, -choice.alternatives.index(o))).role_id


def _by_coding(text: str, choice: RoleChoice) -> Pick | None:
    """ "The one with no coding pls", "不用写代码的那个": the only option without coding."""
    if not (refuses_coding(text) and _THE_ONE.search(text)):
        return None
    plain = [o for o in choice.alternatives if not o.needs_coding]
    return Pick(plain[0].role_id, "name") if len(plain) == 1 else None


def _changed(before: Profile, after: Profile) -> bool:
    """Whether the answer told us something new (the target fields aside: a vague "not sure"
    again, or a role we don't know, is an unclear answer, not a new profile)."""
    keep = {"language", "target_role", "target_raw", "target_unsure", "target_candidates"}
    return before.model_dump(exclude=keep) != after.model_dump(exclude=keep)


def _chosen(
    state: CoachState,
    runtime: Runtime[Context],
    lang: str,
    profile: Profile,
    choice: RoleChoice,
    pick: Pick,
    answer: str | None = None,
    notes: list[str] | None = None,
) -> Command[Any]:
    choice = choice.model_copy(
        update={"status": "chosen", "chosen": pick.role_id, "how": pick.how, "answer": answer}
    )
    choice = choice.model_copy(update={"reason": how_text(choice, lang)})
    update: dict[str, Any] = {"target_role": pick.role_id, "target_unsure": False}
    if pick.how != "named_other" and pick.role_id in load_kb().roles:
        # a pick by number or ordinal names the role shown; the rest of the answer ("第一个吧，
        # 我其实也想学点Python") is no target phrase
        update["target_raw"] = (
            load_kb().roles[pick.role_id].name.get("zh" if lang == "zh" else "en")
        )
    profile = profile.model_copy(update=update | {"target_candidates": []})
    remember_profile(runtime.store, runtime.context.user_id, profile.model_dump(mode="json"))
    emit({"type": "choice_made", "role_id": pick.role_id, "how": pick.how})
    touch_session(runtime, status="drafting", language=lang)
    return Command(
        goto="researcher",
        update={
            "choice": choice.model_dump(mode="json"),
            "profile": profile.model_dump(mode="json"),
            "candidates": None,
            "asked": None,
            "status": "drafting",
            "revisions": 0,
        }
        | ({"messages": [AIMessage(" ".join(notes))]} if notes else {}),
    )
