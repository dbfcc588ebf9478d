"""The first answer a turn after approval may need before its kind's own (en/zh): a week asked
about, being ill, stuck, a rejection, a skip, a milestone, a banned tool, a legal question, a
presentation... each from :mod:`coach.engine.answers_help`; None leaves the kind's answer."""

from __future__ import annotations

import re

from coach.engine.answers import Answer, with_sources
from coach.engine.answers_help import (
    answer_banned,
    answer_criticised,
    answer_daily,
    answer_internal_move,
    answer_legal,
    answer_life_change,
    answer_machine,
    answer_milestone,
    answer_motivation,
    answer_networking,
    answer_not_finishing,
    answer_presentation,
    answer_setback,
    answer_skip,
    answer_stuck,
    answer_tired_today,
    answer_unwell,
    answer_week,
    answer_wished_resources,
)
from coach.engine.answers_misfit import answer_misfit, misfit
from coach.engine.answers_plan import next_step
from coach.engine.answers_story import answer_hardest, answer_quit, hardest_question, quit_question
from coach.engine.answers_trust import answer_trust, trust_question
from coach.engine.progress import done_through
from coach.engine.turns import skill_mentions
from coach.engine.turns_fit import week_asked
from coach.engine.turns_help import (
    asks_identity,
    asks_milestone,
    asks_skip,
    daily_schedule,
    good_news,
    internal_move,
    legal_question,
    life_change,
    machine_enough,
    motivation,
    networking,
    not_finishing,
    plan_criticised,
    presentation,
    resource_wish,
    setback,
    stuck,
    tired_today,
    tool_banned,
    unwell,
    write_for_me,
)
from coach.engine.turns_more import load_said
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan

FIT_KINDS = frozenset(
    {
        "skill_question", "compare", "general", "known_skill", "tool_choice", "project", "useful",
        "job_kind", "alternative", "outlook", "realistic", "job_search", "off_topic", "resource",
    }
)  # fmt: skip
"""The kinds of turn a question of fit is read as first (a check-in, a change, thanks, a
decision or a worry keep their own answers)."""

_NEXT_WEEK = re.compile(r"\bnext\s+week\b|下周|下个?星期|下礼拜", re.I)


def help_answer(kind: str, text: str, plan: Plan, week: int, kb: KnowledgeBase) -> Answer | None:
    """The everyday answer ``text`` needs first, or None (its kind's own answer stands)."""
    if (
        kind in FIT_KINDS | {"this_week"}
        and asks_skip(text)
        and (week_asked(text) or skill_mentions(text, kb))
    ):
        return answer_skip(plan, week)  # "can I skip week 3?"
    if kind in FIT_KINDS | {"discouraged", "doubt"} and setback(text):
        return answer_setback(plan, week, kb)  # "I got rejected after the final interview"
    if kind in FIT_KINDS | {"discouraged", "pace", "timeline"} and quit_question(text):
        return answer_quit(plan, week)  # "should I quit my job to study full time?"
    if kind in FIT_KINDS | {"timeline", "this_week"} and hardest_question(text):
        return answer_hardest(plan, week, kb)  # "what's the hardest part of this plan?"
    if kind in FIT_KINDS and internal_move(text):
        return answer_internal_move(plan, week)  # "an internal move to the ML team"
    asked_week = week_asked(text)
    if asked_week is None and kind == "this_week" and _NEXT_WEEK.search(text):
        asked_week = min(plan.horizon_weeks, done_through(plan.progress, week) + 2)  # "下周做什么"
    if asked_week is not None and kind in {"this_week", "timeline", "general", "resource"}:
        return answer_week(plan, asked_week, week, kb)  # "what does week 5 look like?"
    if kind in {"general", "timeline", "this_week", "off_topic"} and asks_milestone(text):
        return answer_milestone(plan, week)  # "what's my next milestone?"
    if kind == "discouraged" and tired_today(text) and not stuck(text):
        return answer_tired_today(plan, week)  # "今天好累": rest today, not a lighter plan
    if kind == "resource" and any(wish := resource_wish(text)):
        return answer_wished_resources(plan, week, kb, wish[0], wish[1])  # "free?", "中文的？"
    load = kind == "discouraged" and load_said(text)  # "stuck and burned out": a lighter plan
    if kind in FIT_KINDS | {"this_week", "doubt", "discouraged", "fear"} and not load:
        if unwell(text):  # "I'm sick this week": rest first, no re-plan
            return answer_unwell(plan, week, kb)
        if trust_question(text):  # "我们老板觉得AI不靠谱": how AI work earns trust
            return answer_trust(plan, week, kb)
        if misfit(text) and (fits := answer_misfit(text, plan, week, kb)) is not None:
            return fits  # "the DFT thing makes no sense for me": why it is there, how to change
        if stuck(text):  # "couldn't get the embeddings exercise to work"
            return answer_stuck(text, plan, week, kb)
        if plan_criticised(text) and kind not in {"doubt", "fear"}:  # "too much theory"
            return answer_criticised(plan, week, kb)
    if kind in FIT_KINDS | {"this_week", "pace", "timeline"} and daily_schedule(text):
        return answer_daily(plan, week, kb)  # "a study schedule for each day?"
    if kind in FIT_KINDS | {"timeline", "doubt", "fear"} and not_finishing(text):
        return answer_not_finishing(plan, week)  # "what if I don't finish in time?"
    if kind in FIT_KINDS | {"privacy"} and legal_question(text) and not tool_banned(text):
        return answer_legal(plan, kb)  # "is using AI to screen candidates even legal?"
    if kind in FIT_KINDS | {"this_week"} and presentation(text) and not write_for_me(text):
        return answer_presentation(plan, week, kb)  # "present AI ideas to my director"
    if kind in FIT_KINDS | {"this_week"} and life_change(text):  # "moving for a new job"
        return answer_life_change(plan, week, good_news(text))
    if kind in FIT_KINDS and networking(text):
        return answer_networking(plan, week)  # "how do I network with people in AI?"
    if kind in FIT_KINDS | {"doubt", "fear"} and motivation(text):
        return answer_motivation(plan, week)  # "what if I get bored halfway?"
    if kind in FIT_KINDS | {"pace"} and machine_enough(text):
        return answer_machine(plan, week, kb)  # "只有一块3060显卡，够用吗？"
    if kind in FIT_KINDS | {"privacy"} and tool_banned(text):
        return answer_banned(plan, week, kb)  # "我们医院不让用ChatGPT，怎么办？"
    if kind == "off_topic" and asks_identity(text):  # "are you a robot?"
        return with_sources(
            plan.language, [t(plan.language, "coach.f.identity"), next_step(plan, week)], []
        )
    return None
