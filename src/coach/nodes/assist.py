"""Where a chat model helps the nodes. Offline, each function returns the engine's result as is.

The engine stays the authority: a model may word things and fill fields the user gave, but never
changes numbers, order, coverage or grounding (the guards in :mod:`coach.llm.tasks` enforce it).
When the model keeps failing, :class:`~coach.llm.client.LLMClient` returns ``None``, logs a
``fallback`` event, and the node goes on with the engine's result.
"""

from __future__ import annotations

import json
import re
import threading
from typing import Any

from langchain_core.language_models import BaseChatModel
from langgraph.config import get_config
from langgraph.runtime import Runtime

from coach.context import Context
from coach.knowledge import load_kb
from coach.llm.client import LLMClient, backoff, should_mask
from coach.llm.factory import make_chat_model
from coach.llm.tasks import (
    PlanCritique,
    PlanWording,
    ProfileDraft,
    apply_critique,
    apply_plan_wording,
    as_prompt_json,
    language_name,
    make_kb_search_tool,
    merge_profile,
    roles_catalog,
    skills_catalog,
    unknown_citations,
)
from coach.llm.usage import Totals, UsageLedger
from coach.nodes.common import emit
from coach.schemas import Plan, Profile, Review, RoleResearch
from coach.store import USAGE_NAMESPACE as USAGE_NAMESPACE  # home: coach.store
from coach.store import record_session, record_usage, session_usage

_lock = threading.Lock()
_models: dict[str, BaseChatModel] = {}


def _session_id() -> str:
    return str(get_config().get("configurable", {}).get("thread_id", ""))


def _model(runtime: Runtime[Context]) -> BaseChatModel | None:
    """The session's chat model: injected (tests, eval replay), or built once per spec."""
    if runtime.context.chat_model is not None:
        model: BaseChatModel = runtime.context.chat_model
        return model
    spec = runtime.context.model
    if spec == "offline":
        return None
    with _lock:
        if spec not in _models:
            built = make_chat_model(spec)
            if built is None:
                return None
            _models[spec] = built
        return _models[spec]


def _ledger(runtime: Runtime[Context], turn: int) -> UsageLedger:
    """The session's ledger, restored from the store: totals carry across turns and processes,
    and the per-turn counters reset when a new user turn starts."""
    ledger = UsageLedger.from_context(runtime.context)
    if runtime.store is not None:
        saved = session_usage(runtime.store, _session_id())
        if saved:
            ledger.restore(saved)
            if saved.get("turn") == turn:
                ledger.turn = Totals.model_validate(saved.get("turn_totals", {}))
    return ledger


def _save_usage(runtime: Runtime[Context], ledger: UsageLedger, turn: int) -> None:
    if runtime.store is None:
        return
    session = _session_id()
    snapshot = ledger.snapshot() | {"turn": turn, "turn_totals": ledger.turn.model_dump()}
    record_usage(runtime.store, session, snapshot)
    totals = ledger.totals()
    record_session(
        runtime.store,
        session,
        runtime.context.user_id,
        model_calls=int(totals.get("calls", 0)),
        tokens=int(totals.get("tokens", 0)),
    )


class _Session:
    """A client for one node call, saving the session's usage when done."""

    def __init__(self, runtime: Runtime[Context], turn: int) -> None:
        self.runtime = runtime
        self.turn = turn
        self.client: LLMClient | None = None
        model = _model(runtime)
        if model is not None:
            self.ledger = _ledger(runtime, turn)
            self.client = LLMClient(
                model,
                ledger=self.ledger,
                mask_pii=should_mask(model, runtime.context.mask_pii_for_local),
                on_event=emit,
                retry_wait=backoff(runtime.context.retry_backoff_seconds),
            )

    def __enter__(self) -> LLMClient | None:
        return self.client

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            _save_usage(self.runtime, self.ledger, self.turn)


def _rejected(node: str, items: list[str]) -> None:
    if items:
        emit({"type": "llm_rejected", "node": node, "items": items})


def refine_profile(
    runtime: Runtime[Context], text: str, profile: Profile, asked: str | None, turn: int
) -> Profile:
    """Fill profile fields the lexicon missed, where the user's own words show them."""
    with _Session(runtime, turn) as client:
        if client is None or not text.strip():
            return profile
        kb = load_kb()
        draft = client.structured(
            "profiler",
            "profiler",
            {
                "language": language_name(profile.language),
                "skills_catalog": skills_catalog(kb),
                "roles_catalog": roles_catalog(kb),
                "known": as_prompt_json(profile),
                "asked": asked or "none",
                "message": text,
            },
            ProfileDraft,
        )
        if draft is None:
            return profile
        merged, rejected = merge_profile(
            profile, draft, text, skill_ids=kb.skills.keys(), role_ids=kb.roles.keys()
        )
        _rejected("profiler", rejected)
        return merged


def annotate_research(
    runtime: Runtime[Context], profile: Profile, research: RoleResearch, turn: int
) -> RoleResearch:
    """A short research note from the model, which may search the knowledge base."""
    with _Session(runtime, turn) as client:
        if client is None:
            return research
        kb = load_kb()
        from coach.knowledge.retrieval import get_index

        def search(query: str, k: int) -> list[dict[str, Any]]:
            return [h.model_dump() for h in get_index(kb).search(query, k=k)]

        note = client.with_tools(
            "researcher",
            "researcher",
            {
                "language": language_name(profile.language),
                "profile": as_prompt_json(profile),
                "research": as_prompt_json(research),
            },
            tools=[make_kb_search_tool(search)],
        )
        if note is None:
            return research
        unknown = unknown_citations(note, kb.sources.keys() | kb.facts.keys())
        if unknown:
            _rejected("researcher", [f"note cites unknown sources: {', '.join(unknown)}"])
            return research
        return research.model_copy(update={"note": note})


def word_plan(
    runtime: Runtime[Context],
    profile: Profile,
    research: RoleResearch,
    plan: Plan,
    notes: list[str],
    turn: int,
) -> Plan:
    """Rationale, personalised project wording and the coach's message around the plan."""
    with _Session(runtime, turn) as client:
        if client is None:
            return plan
        wording = client.structured(
            "planner",
            "planner",
            {
                "language": language_name(plan.language),
                "profile": as_prompt_json(profile),
                "plan": as_prompt_json(plan),
                "notes": "\n".join(notes) or "none",
            },
            PlanWording,
        )
        if wording is None:
            return plan
        worded, rejected = apply_plan_wording(plan, wording, profile)
        _rejected("planner", rejected)
        return worded


def critique_plan(
    runtime: Runtime[Context], profile: Profile, plan: Plan, review: Review, turn: int
) -> Review:
    """A qualitative critique next to the hard checks; the verdict stays the checks'."""
    with _Session(runtime, turn) as client:
        if client is None:
            return review
        critique = client.structured(
            "reviewer",
            "reviewer",
            {
                "language": language_name(plan.language),
                "profile": as_prompt_json(profile),
                "plan": as_prompt_json(plan),
                "findings": as_prompt_json([f.model_dump(mode="json") for f in review.findings]),
            },
            PlanCritique,
        )
        return review if critique is None else apply_critique(review, critique)


_PROMISE = re.compile(
    r"\bguarantee[sd]?\b|\byou will (?:get|land|receive|be offered) (?:a |an |the )?"
    r"(?:job|offer|position|raise)\b|保证|包就业|一定(?:能|会)(?:拿到|找到|获得)",
    re.IGNORECASE,
)
NO_PROMISE_NOTE = {
    "en": "(Note: coach cannot promise a job, an offer or a salary.)",
    "zh": "（提示：coach 无法承诺工作、offer 或薪资。）",
}


def answer_question(
    runtime: Runtime[Context],
    text: str,
    plan: Plan,
    hits: list[dict[str, Any]],
    history: list[str],
    offline: str,
    turn: int,
) -> str:
    """The coach's reply after approval, streamed token by token; the offline answer otherwise."""
    with _Session(runtime, turn) as client:
        if client is None:
            return offline
        reply = client.text(
            "coach",
            "coach",
            {
                "language": language_name(plan.language),
                "plan": as_prompt_json(plan),
                "kb": json.dumps(hits, ensure_ascii=False),
                "history": "\n".join(history) or "none",
                "message": text,
            },
            on_token=lambda token: emit({"type": "token", "text": token}),
        )
        if reply is None:
            return offline
        if _PROMISE.search(reply):
            _rejected("coach", ["reply contained a promise of a job, offer or salary"])
            note = NO_PROMISE_NOTE["zh" if plan.language == "zh" else "en"]
            emit({"type": "token", "text": "\n" + note})
            reply = f"{reply}\n{note}"
        return reply
