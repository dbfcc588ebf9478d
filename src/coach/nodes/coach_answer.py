"""The coach's answer to one after-approval turn, by kind (:mod:`coach.engine.turns`), from the
plan in force, the profile, the role's research and the knowledge base; in LLM mode the model
words the same grounded answer (:func:`coach.nodes.assist.answer_question`)."""

from __future__ import annotations

import re

from langgraph.runtime import Runtime

from coach.context import Context
from coach.engine.answers import (
    Answer,
    answer_realistic,
    answer_resources,
    answer_skill,
    answer_this_week,
    plurals,
    with_setting,
    with_sources,
)
from coach.engine.answers import _alike as planned_alike
from coach.engine.answers_ambition import answer_ambition, answer_interview
from coach.engine.answers_care import (
    answer_job_kind,
    answer_job_loss,
    answer_privacy,
    answer_useful,
    faster_offer,
)
from coach.engine.answers_doubt import answer_doubt
from coach.engine.answers_extra import interview_day, need_line, realistic_lines
from coach.engine.answers_fit import answer_fit
from coach.engine.answers_help import for_me
from coach.engine.answers_lang import in_language, translated
from coach.engine.answers_life import about_the_person, answer_got_job, project_field_line
from coach.engine.answers_market import answer_pay_where, market_in, place_words
from coach.engine.answers_pairs import explain_line
from coach.engine.answers_plan import (
    answer_ack,
    answer_compare,
    answer_greeting,
    answer_job_search,
    answer_known,
    answer_mentor,
    answer_off_topic,
    answer_pay,
    answer_project,
    answer_timeline,
    next_step,
)
from coach.engine.answers_role import other_role_line
from coach.engine.answers_story import answer_story, story_question
from coach.engine.constraints import (
    excluded_skills,
    matches_topic,
    parse_constraints,
    requests_not_applied,
)
from coach.engine.constraints.corrections import FIND_WORK
from coach.engine.lighter import Trial, lighter_plan
from coach.engine.planner.track import track_research
from coach.engine.turns import asked_skill, skill_mentions
from coach.engine.turns_fit import skill_by_meaning
from coach.engine.turns_more import ambition, own_for_project
from coach.i18n import t
from coach.knowledge import KnowledgeBase, load_kb
from coach.knowledge.models import Track
from coach.knowledge.retrieval import get_index
from coach.nodes.assist import answer_question
from coach.nodes.coach_kinds import answer_more, certification, employer_in
from coach.nodes.coach_retrieved import retrieved
from coach.schemas import Language, Plan, Profile, RoleResearch
from coach.state import CoachState


def lighter_trial(
    state: CoachState, plan: Plan, profile: Profile, week: int, kb: KnowledgeBase
) -> Trial | None:
    """Re-plans a lighter candidate as the confirmed change would (to check it is feasible)."""
    if not state.get("research"):
        return None
    from coach.engine.changes import Change, replan_profile
    from coach.engine.progress import done_through
    from coach.engine.replan import replan_from_week

    research = RoleResearch.model_validate(state["research"])
    notes = list(state.get("mentor_notes") or [])
    cons = [c for n in notes for c in parse_constraints(n, kb)]

    def trial(hours: float, weeks: int) -> Plan | None:
        keep = min(done_through(plan.progress, week), max(0, weeks - 2))
        change = Change(hours_per_week=hours, horizon_weeks=weeks)
        new = replan_profile(profile, change, plan, keep)
        return replan_from_week(
            plan, new, research, kb, keep_weeks=keep, progress=plan.progress, constraints=cons
        )

    return trial


def answer_turn(
    state: CoachState,
    runtime: Runtime[Context],
    kind: str,
    text: str,
    plan: Plan,
    profile: Profile,
    week: int,
    kb: KnowledgeBase,
    lead: str | None = None,
) -> Answer:
    """The grounded answer to a turn of ``kind``; ``lead`` (how the targeted posting lists the
    skill asked about) goes first."""
    lang = plan.language
    research = _research(state, lang, kb)
    skills = [m.id for m in skill_mentions(text, kb)]
    offline: Answer
    if kind == "decision":
        if state.get("status") != "awaiting_mentor":  # approved, nothing new waits
            return Answer(text=t(lang, "coach.a.approved_already"))
        key = "coach.a.waiting" if state.get("approved_plan") else "coach.a.waiting_first"
        return Answer(text=t(lang, key))
    if kind == "decline":
        return Answer(text=t(lang, "coach.a.declined"))
    if (fit := answer_fit(kind, text, plan, profile, week, kb)) is not None:
        offline = fit  # freelance, "is X a real job?", Swift or Python, a tool on their board
    elif kind == "discouraged":
        offline = lighter_plan(plan, week, kb, lighter_trial(state, plan, profile, week, kb))
    elif kind == "realistic" and (research is not None or ambition(text)):
        offline = _realistic(state, text, plan, profile, research, week, kb)
        extra = realistic_lines(text, research, plan, kb) if research is not None else []
        head, _, rest = offline.text.partition("\n")  # the verdict first, then what they asked
        offline = offline.model_copy(update={"text": "\n".join([head, *extra, rest]).rstrip()})
    elif kind == "this_week":
        offline = _this_week(state, plan, week, kb)
    elif kind == "thanks":
        focus = answer_this_week(plan, week, kb)
        offline = focus.model_copy(update={"text": t(lang, "coach.a.welcome") + "\n" + focus.text})
    elif kind == "resource":
        said = [text[m.start : m.end] for m in skill_mentions(text, kb)]  # "quantization"
        offline = answer_resources(plan, skills, week, kb, said)
    elif kind == "skill_question" and research is not None and skills:
        offline = _skill_answer(state, text, plan, profile, research, skills, kb)
    else:
        offline = _plan_answer(state, kind, text, plan, profile, research, skills, week, kb)
    if kind in {"doubt", "realistic", "discouraged", "pay", "fear"}:
        offline = about_the_person(offline, text, plan, profile, load_kb())
    if kind != "job_kind" and (
        other := other_role_line(text, plan, kb)
    ):  # "will this get me a PM job?"
        # retrieved snippets or a skill named in the role's name answered something else
        alone = kind in {"general", "skill_question", "known_skill"}
        body = "" if alone else "\n" + offline.text
        offline = offline.model_copy(
            update={"text": other + body, "sources": [] if alone else offline.sources}
        )
    if lead:
        offline = offline.model_copy(update={"text": lead + "\n" + offline.text})
    history = [f"{m.type}: {m.content}" for m in (state.get("messages") or [])[-7:-1]]
    grounded = [{"grounded_answer": offline.text, "sources": offline.sources}]
    hits = [h.model_dump() for h in get_index(kb).search(text, k=3)]
    worded = answer_question(
        runtime, text, plan, grounded + hits, history, offline.text, int(state.get("turn") or 0)
    )
    return offline.model_copy(update={"text": plurals(worded)})


def _skill_answer(
    state: CoachState,
    text: str,
    plan: Plan,
    profile: Profile,
    research: RoleResearch,
    skills: list[str],
    kb: KnowledgeBase,
) -> Answer:
    """A question about a skill: whether the role (on the plan's track) needs it, where the
    plan has it, what the mentor said about it; "do I need X?" and "what is X?" first."""
    lang = plan.language
    subject = asked_skill(text, skill_mentions(text, kb)) or skills[0]
    if subject not in {i.skill_id for i in plan.items()}:  # "quantization": the plan's own
        said = [text[m.start : m.end] for m in skill_mentions(text, kb) if m.id == subject]
        alike = [s for s in planned_alike([subject], said, plan, kb) if s != subject]
        subject = alike[0] if alike else subject
    track = plan_track(plan, kb)  # the plan follows a track of the role (edge AI...)
    tracked = track_research(research, track, kb.roles.get(plan.target))
    offline = answer_skill(plan, profile, tracked, subject, kb)
    if track is not None and subject in track.drop:
        role_name = tracked.role_name  # the role asks for it, on another track than theirs
        drop = t(
            lang, "coach.a.not_needed", skill=kb.skills[subject].name.get(lang), role=role_name
        )
        offline = offline.model_copy(update={"text": offline.text.replace(drop + "\n", "")})
        line = t(
            lang,
            "coach.a.track_drops",
            track=track.name.get(lang),
            skill=kb.skills[subject].name.get(lang),
        )
        offline = offline.model_copy(update={"text": line + "\n" + offline.text})
    asked = _mentor_words(state, subject, kb)
    if asked:
        name = kb.skills[subject].name.get(lang)
        line = t(lang, "coach.a.mentor_excluded", skill=name, words=asked)
        offline = offline.model_copy(update={"text": line + "\n" + offline.text})
    offline = with_setting(offline, plan, [s for s in skills if s != subject], kb)
    need = need_line(text, subject, plan, tracked, kb)
    if need:  # "do I really need Docker?": how much; it says what "X is core" said
        _, _, rest = offline.text.partition("\n")
        offline = offline.model_copy(update={"text": need + "\n" + rest})
    if explained := explain_line(text, subject, plan, kb):  # "what is RAG?": in practice
        offline = offline.model_copy(update={"text": explained + "\n" + offline.text})
    return offline


def _research(state: CoachState, lang: str, kb: KnowledgeBase) -> RoleResearch | None:
    """The role's research, its name in the reply's language."""
    if not state.get("research"):
        return None
    research = RoleResearch.model_validate(state["research"])
    shown: Language = "zh" if lang == "zh" else "en"
    role = kb.roles.get(research.role_id)
    name = role.name.get(shown) if role else research.role_name
    facts = [  # the sources' own words, in the reply's language
        f.model_copy(update={"text": kb.facts[f.fact_id].text.get(shown)})
        if f.fact_id in kb.facts
        else f
        for f in research.facts
    ]
    return research.model_copy(update={"role_name": name, "facts": facts})


def _realistic(
    state: CoachState,
    text: str,
    plan: Plan,
    profile: Profile,
    research: RoleResearch | None,
    week: int,
    kb: KnowledgeBase,
) -> Answer:
    """Is it realistic: the reviewer's errors first; a pay figure or a top employer answered
    candidly from the bands and experience asks, else the plan's verdict for the role."""
    same = (state.get("plan") or {}).get("version") == plan.version  # its review, not a draft's
    review = (state.get("review") or {}) if same else {}
    errors = [
        str(f.get("message"))
        for f in review.get("findings") or []
        if isinstance(f, dict)
        and f.get("severity") == "error"
        and f.get("message")
        and _FIT_CHECK.search(str(f.get("check") or ""))  # not "asked by week 4, starts in 5"
    ]
    if ambition(text) or research is None:
        return answer_ambition(text, plan, profile, week, kb, errors)
    return answer_realistic(plan, profile, research, employer_in(text), kb, errors)


_FIT_CHECK = re.compile(r"feasib|ambition|realis|budget|capacity|hours|horizon|core|burnout", re.I)
"""Review checks whose error says the goal does not fit (a constraint slipping a week does not)."""


def plan_track(plan: Plan, kb: KnowledgeBase) -> Track | None:
    """The track of the plan's role the plan follows: the one whose own requirements the plan
    teaches or counts as known the most (none when no track's requirement is in the plan)."""
    role = kb.roles.get(plan.target)
    if role is None or not role.tracks:
        return None
    taught = {i.skill_id for i in plan.items()} | {s.skill_id for s in plan.strengths}
    scored = [(len({r.skill_id for r in tr.required} & taught), tr) for tr in role.tracks]
    best = max(scored, key=lambda x: x[0])
    return best[1] if best[0] > 0 else None


def _plan_answer(
    state: CoachState,
    kind: str,
    text: str,
    plan: Plan,
    profile: Profile,
    research: RoleResearch | None,
    skills: list[str],
    week: int,
    kb: KnowledgeBase,
) -> Answer:
    """The answers of :mod:`coach.engine.answers_plan`, by kind; the rest from the sources."""
    if (more := answer_more(kind, text, plan, profile, week, kb)) is not None:
        return more
    if kind == "changes":
        return _changes(state, plan, week)
    if kind == "got_job":
        return answer_got_job(plan, week)
    if kind == "greeting":
        return answer_greeting(plan, week)
    if kind == "ack":
        return answer_ack(plan, week)
    if kind == "off_topic":
        return answer_off_topic(plan, week)
    if kind == "timeline":
        return answer_timeline(plan, week)
    if kind == "pay":
        region, said = market_in(text)  # "what's the pay in Munich?": Germany's, or none
        if region is not None:
            return answer_pay_where(plan, region, said, kb)
        return answer_pay(plan, profile.years_experience, place_words(text), kb)
    if kind == "job_search" and (day := interview_day(text, plan, week)) is not None:
        return answer_interview(plan, week, day, kb)  # "an interview on January 15!"
    if kind in {"job_search", "general"} and story_question(text):  # "explain my switch?"
        return answer_story(plan, profile, week, kb)
    if kind == "job_search":
        return _job_search(text, plan, profile, research, kb)
    if kind == "mentor" and state.get("status") == "awaiting_mentor" and state.get("approved_plan"):
        waiting = Plan.model_validate(state["plan"]).version  # "导师什么时候会回复？"
        line = t(plan.language, "coach.a.mentor_waiting", version=waiting, approved=plan.version)
        return with_sources(plan.language, [line, next_step(plan, week)], [])
    if kind == "mentor":
        notes = list(state.get("mentor_notes") or [])
        # what the latest request could not apply (older notes were answered by their version)
        return answer_mentor(plan, notes, requests_not_applied(notes[-1:], kb), week)
    if kind == "doubt":
        return answer_doubt(plan, week, kb, profile)
    if kind == "faster":  # "能不能快一点？": what sooner takes, as a change to ask for
        weeks = plan.horizon_weeks - week + 1
        line = t(plan.language, "coach.a.faster", hours=f"{plan.hours_per_week:g}", weeks=weeks)
        offer, proposal = faster_offer(plan, week)
        return Answer(text=line + ("\n" + offer if proposal else ""), proposal=proposal)
    if kind == "job_loss":
        return answer_job_loss(plan, profile, week, kb)
    if kind == "privacy":
        return answer_privacy(plan, week, kb, text)
    if kind == "useful":
        return answer_useful(plan, profile, week, kb)
    if kind == "job_kind":
        return answer_job_kind(plan, profile, kb)
    if kind == "project":
        answer = answer_project(plan, week, kb, own_for_project(text))
        mine = " ".join(f"{p.title} {p.description}" for p in plan.portfolio_projects[:1])
        if field := project_field_line(text, plan.language, mine):  # "the project on bridges?"
            return answer.model_copy(update={"text": field + "\n" + answer.text})
        return answer
    if kind == "compare":
        return answer_compare(plan, research, list(dict.fromkeys(skills)), kb)
    if kind == "known_skill" and skills:
        return answer_known(plan, skills[0], kb, week)
    if kind == "realistic":  # no research to judge by: the plan's own verdict
        return answer_timeline(plan, week)
    if matches_topic("certification", text):
        return certification(state, plan, week, kb)
    if research is not None and (skill := skill_by_meaning(text, kb)) is not None:
        return answer_skill(plan, profile, research, skill, kb)  # "我是不是应该先学数学？"
    return retrieved(plan, text, week, kb)


def _job_search(
    text: str, plan: Plan, profile: Profile, research: RoleResearch | None, kb: KnowledgeBase
) -> Answer:
    """CV, interviews, applications; staying in their job for a non-coding target when they
    are not out of work."""
    role = kb.roles.get(plan.target)
    in_job = (
        role is not None and role.family == "non_coding" and FIND_WORK not in profile.constraints
    )
    role_words = profile.current_role or ""  # "I manage a practice" is no job title
    current = None if re.match(r"(?i)(?:i|i'm|my|我)\b", role_words) else role_words or None
    return for_me(text, plan, answer_job_search(plan, research, kb, current, in_job))


def _this_week(state: CoachState, plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """This week's work; while a lighter re-plan waits for the mentor ("I burned out, make it
    10 h"), this week at the lighter pace already (the mentor decides the rest)."""
    raw = state.get("plan") or {}
    waiting = bool(state.get("approved_plan")) and raw.get("version") != plan.version
    pending = in_language(Plan.model_validate(raw), plan.language, kb) if waiting and raw else None
    if pending is None or pending.hours_per_week >= plan.hours_per_week:
        return answer_this_week(plan, week, kb)
    focus = answer_this_week(pending.model_copy(update={"progress": plan.progress}), week, kb)
    lead = t(
        plan.language,
        "coach.a.this_week_lighter",
        version=pending.version,
        hours=f"{pending.hours_per_week:g}",
    )
    return focus.model_copy(update={"text": lead + "\n" + focus.text})


def _changes(state: CoachState, plan: Plan, week: int) -> Answer:
    """What the waiting version changes against the plan in force (or that nothing waits)."""
    from coach.nodes.replan import approved_diff

    lang = plan.language
    diff = approved_diff(state) if state.get("status") == "awaiting_mentor" else []
    if not diff:
        return with_sources(lang, [t(lang, "coach.a.no_changes"), next_step(plan, week)], [])
    waiting = Plan.model_validate(state["plan"])
    diff = translated(diff, waiting.language, lang, load_kb())  # asked in the other language
    head = t(lang, "coach.a.changes", new=waiting.version, old=plan.version)
    return with_sources(lang, [head, *(f"- {line}" for line in diff[:8])], [])


def _mentor_words(state: CoachState, skill_id: str, kb: KnowledgeBase) -> str | None:
    """The mentor's words that left ``skill_id`` out of the plan, if they did."""
    for note in state.get("mentor_notes") or []:
        for c in parse_constraints(note, kb):
            if skill_id in excluded_skills([c], kb):
                return c.text
    return None
