"""Answers for the coach node: the turn kinds read by :mod:`coach.engine.turns_more` (a tool,
another path, a credential, a fear), certificates, the
employer or place a question names, a check-in of hours, and a short dip in hours."""

from __future__ import annotations

import re
from datetime import date, timedelta

from coach.engine.answers import Answer, with_sources
from coach.engine.answers_ambition import answer_credential, answer_fear, answer_outlook
from coach.engine.answers_choice import answer_alternative, answer_pace, answer_tool
from coach.engine.answers_market import answer_replaced, replaced_question
from coach.engine.answers_plan import next_step
from coach.engine.changes import TEMPORARY, Change, change_summary
from coach.engine.constraints import parse_constraints
from coach.engine.turns import skill_mentions
from coach.engine.turns_more import pace_hours
from coach.engine.turns_tools import tool_turn
from coach.i18n import t
from coach.knowledge import load_kb
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import CheckIn, Plan, Profile, Progress
from coach.state import CoachState

MORE_KINDS = frozenset({"tool_choice", "alternative", "credential", "fear", "pace", "outlook"})


def answer_more(
    kind: str, text: str, plan: Plan, profile: Profile, week: int, kb: KnowledgeBase
) -> Answer | None:
    """The answer for one of ``MORE_KINDS`` (None for any other kind)."""
    if kind == "tool_choice":
        turn = tool_turn(text, skill_mentions(text, kb))
        return answer_tool(turn, plan, profile, week, kb) if turn is not None else None
    if kind == "alternative":
        return answer_alternative(plan, profile, week, kb, text)
    if kind == "credential":
        return answer_credential(text, plan, profile, week, kb)
    if kind == "pace" and (weekly := pace_hours(text)) is not None:
        return answer_pace(plan, week, weekly)
    if kind == "outlook" and replaced_question(text):  # "Will AI replace data entry?"
        return answer_replaced(text, plan, profile, week, kb)
    if kind == "outlook":
        return answer_outlook(plan, week, kb)
    if kind == "fear":
        return answer_fear(plan, profile, week, kb, text)
    return None


def certification(state: CoachState, plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """Certificates: the plan has none (or the mentor left them out, in their words)."""
    lang = plan.language
    words = [
        c.text
        for note in state.get("mentor_notes") or []
        for c in parse_constraints(note, kb)
        if c.kind == "exclude_topic"
    ]
    lines = [t(lang, "coach.b.cert_mentor", words=words[0]) if words else t(lang, "coach.b.cert")]
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, [])


_EMPLOYERS = (
    # "at Nvidia", "join Google", "for DeepMind"; "OpenAI" (two capitals); 去字节 / 进腾讯
    re.compile(r"\b(?:at|for|join|joining|into|with)\s+([A-Z][A-Za-z0-9&]+)"),
    re.compile(r"(?<![\w.])(?!I\b)([A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*)"),
    re.compile(r"(字节跳动|字节|腾讯|阿里巴巴|阿里|百度|华为|美团|京东|大厂)"),
)


_NOT_EMPLOYERS = frozenset(
    [
        "CV",
        "AI",
        "ML",
        "LLM",
        "LLMS",
        "RAG",
        "API",
        "APIS",
        "SQL",
        "HR",
        "PM",
        "US",
        "UK",
        "EU",
        "CEO",
        "CTO",
        "QA",
        "UI",
        "UX",
        "IT",
        "PHD",
        "MBA",
        "FDE",
        "MLOPS",
        "LLMOPS",
        "GPU",
        "GPUS",
        "AWS",
        "GCP",
        "NLP",
        "CS",
        "DE",
        "JSON",
    ]
)


def employer_in(text: str) -> str | None:
    """An employer the user names in a 'realistic' question (None when they name none)."""
    for pattern in _EMPLOYERS:
        for m in pattern.finditer(text):
            word = m.group(1).upper()  # "FDEs" is the plural of a role, not a company
            if word not in _NOT_EMPLOYERS and word.removesuffix("S") not in _NOT_EMPLOYERS:
                return m.group(1)
    return None


def hours_reply(plan: Plan, record: Progress, checkin: CheckIn, week: int) -> str:
    """ "Noted: 3 h on Python (3 of its 30 h)." """
    lang, kb = plan.language, load_kb()
    if not checkin.skill_ids:
        return t(lang, "coach.a.checkin_hours_week", hours=f"{checkin.hours or 0:g}")
    parts = []
    for skill in checkin.skill_ids:
        planned = sum(i.hours for i in plan.items() if i.skill_id == skill)
        name = kb.skills[skill].name.get(lang) if skill in kb.skills else skill
        done = record.hours_logged.get(skill, 0.0)
        parts.append(
            t(
                lang,
                "coach.a.checkin_hours_skill",
                skill=name,
                done=f"{done:g}",
                planned=f"{planned:g}",
            )
        )
    return t(lang, "coach.a.checkin_hours", items=("；" if lang == "zh" else "; ").join(parts))


SHORT_DIP_WEEKS = 2
"""A dip in hours this long or shorter needs no re-plan (the light weeks absorb it)."""


def temporary_dip(text: str, change: Change, today: date) -> bool:
    """A short dip ("this week only 5 hours"); a longer window ("for the next month") is
    re-planned, with the usual hours back after it."""
    if change.horizon_weeks is not None or change.target_role or change.hours_per_week is None:
        return False
    if change.hours_from is not None and change.hours_from > today + timedelta(days=7):
        return False  # a dip weeks ahead ("春节那两周"): re-planned around those weeks
    if change.hours_for_weeks:
        return change.hours_for_weeks <= SHORT_DIP_WEEKS
    return bool(TEMPORARY.search(text))


SWITCH_VERB = re.compile(
    r"\b(?:switch|change|retarget|move\s+me|go\s+for|aim\s+for|(?:want|like|rather|plan)\s+to\s+become)\b"
    r"|换成|改成|改为|换为|转成|改做|想当|想做一名",
    re.I,
)


_ASKING_KINDS = frozenset(
    {
        "useful", "project", "skill_question", "general", "job_kind", "realistic", "compare",
        "tool_choice", "alternative", "outlook", "resource", "job_search", "pay",
    }
)  # fmt: skip
"""Kinds of question: a role they name is asked about, not switched to (without a switch verb)."""


def asked_not_switched(kind: str, text: str) -> bool:
    """A question that names work ("we use AI for lesson slides, does the plan help?") is no
    request to re-target the plan; "switch me to X" is."""
    asked = re.search(r"[?？]|[吗么嘛]\s*$", text) is not None  # "I want X instead" says it
    return (
        kind in _ASKING_KINDS and asked and not SWITCH_VERB.search(text) and not _WANT.search(text)
    )


_WANT = re.compile(
    r"\b(?:i\s+(?:now\s+)?(?:want|would\s+like|'d\s+like|plan)\s+to\s+(?:become|be|move|switch|go)|"
    r"i'?d\s+rather\s+(?:be|become)|instead|rather\s+than)\b|而不是|我(?:现在)?(?:想|要|打算)(?:改成|换成|转成|转做|改做|当|成为)",
    re.I,
)


def without_target(
    change: Change, profile: Profile, plan: Plan, kb: KnowledgeBase
) -> Change | None:
    """The change without its new target (None when nothing else changed)."""
    rest = change.model_copy(update={"target_role": None})
    if rest.hours_per_week is None and rest.horizon_weeks is None and not rest.find_work:
        return None
    rest.summary = change_summary(rest, profile, plan, plan.language, kb)
    return rest


def question_only(kind: str, text: str) -> bool:
    """A realistic question whose numbers are asked about, not said ("Can I really do this in a
    year?"): one sentence that ends as a question."""
    parts = [p for p in re.split(r"[.!。！;；\n]+", text.strip()) if p.strip()]
    return (
        kind == "realistic"
        and len(parts) == 1
        and re.search(r"[?？吗么]\s*$", text.strip()) is not None
    )


_BECOME = re.compile(
    r"\bbecome\s+(?:an?\s+)?(?P<en>[\w\s/-]{3,40}?)(?:\s+instead|\s+now|\s*[.?!,]|$)"
    r"|(?:想当|想做一名|想成为)(?P<zh>[\u4e00-\u9fffA-Za-z ]{2,12}?)(?:了|吧|[。！？，,]|$)",
    re.I,
)


def become_role(text: str, kb: KnowledgeBase) -> tuple[str, ...] | None:
    """The closest roles to one the person now wants that the sources lack ("I want to become
    a data scientist instead"); None when they name a known role or none."""
    from coach.engine.understand.resolve import resolve_phrase
    from coach.knowledge.lexicon import get_lexicon

    m = _BECOME.search(text)
    if m is None:
        return None
    phrase = (m.group("en") or m.group("zh") or "").strip()
    lexicon = get_lexicon(kb)
    if not phrase or lexicon.find_roles(phrase):
        return None
    found = resolve_phrase(phrase, lexicon.find_skills(phrase), kb)
    return tuple(found.candidates) if found.not_in_kb else None
