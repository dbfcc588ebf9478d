"""One user turn -> an updated :class:`Profile` (the offline understanding pipeline).

Pure: text, the prior profile, the knowledge base (and ``today``) in, a new profile out. Every
turn is read for every field; the field the coach asked (``asked``) only lets a bare answer
count. A newer value wins; silence never erases what we know; what the user did not say stays
``None``. Each field the user gave keeps their words in ``Profile.evidence``.
"""

from __future__ import annotations

import re
from datetime import date

from coach.engine.choice import pick_candidate, wants_other_options
from coach.engine.coding import CODING_SKILL, coding_skills, needs_coding
from coach.engine.fields import NO_CODING, refuses_coding
from coach.engine.numbers import find_years
from coach.engine.numbers.later import LaterHours, from_day, hours_from_text
from coach.engine.numbers.numerals import Amount
from coach.engine.numbers.typos import fix_time_typos
from coach.engine.understand.background import find_current_role
from coach.engine.understand.contrast import contrast_as_wish, profile_in_own_words
from coach.engine.understand.coverage import spell_zh
from coach.engine.understand.cues import _JOB_CONTEXT, _UNSURE, WORRY
from coach.engine.understand.mentions import find_roles, find_skills
from coach.engine.understand.no_code import CANNOT_CODE
from coach.engine.understand.region import find_region
from coach.engine.understand.resolve import AUGMENTED_ROLE
from coach.engine.understand.roles import Target, find_target
from coach.engine.understand.skills import Claims, merge_skills, skill_claims
from coach.engine.understand.spans import CLAUSE_END, containing, masked, spans
from coach.engine.understand.timing import Times, corrected_years, read_times
from coach.knowledge.lexicon import Lexicon, Mention
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile, Want
from coach.text import LATIN, clean, has_cjk, language_of

ASKED_FIELDS = frozenset({"background", "target", "hours_per_week", "horizon"})


_MORE_HOURS = re.compile(
    r"(?:多加|再加|多出|(?<![最至不许很好])多|(?<![增参追])加)\s*(?:了)?\s*[\d一二两三四五六七八九十半]+|"
    r"\b(?:\d+|an?|one|two|three|four|five)\s+(?:more|extra|additional)\s+(?:hours?|hrs?)\b|"
    r"\b(?:another|an\s+extra|add(?:ing)?)\s+(?:\d+|an?|one|two|three|four|five)?\s*(?:hours?|hrs?)\b",
    re.I,
)
"""Hours said as added to the ones already given ("多加2小时", "2 more hours a week")."""
_NOW_JOB = re.compile(
    r"(?:我)?(?:现在|目前|其实)(?:是|在做|做的是)|我是|\bi'?m\s+(?:actually\s+|currently\s+)?(?:an?|the)\b|"
    r"\bi\s+am\s+(?:an?|the)\b|\bcurrently\s+(?:an?|working)\b|\bmy\s+(?:current\s+)?job\b",
    re.I,
)


def _sentence_at(text: str, pos: int) -> str:
    """The user's words around ``pos``: its clause (so evidence quotes no more than it needs)."""
    start, end = containing(spans(text, CLAUSE_END), pos)
    return " ".join(text[start:end].split())[:200]


def _times_update(
    text: str,
    times: Times,
    update: dict[str, object],
    ev: dict[str, str],
    known: float | None = None,
    constraints: list[str] | None = None,
) -> None:
    if times.hours is not None:
        update["hours_per_week"] = times.hours.value
        update["hours_per_week_high"] = times.hours.high
        ev["hours_per_week"] = _sentence_at(text, times.hours.start)
        if times.hours.how:  # a week said in parts: every clause of it
            last = _sentence_at(text, max(times.hours.start, times.hours.end - 1))
            if last not in ev["hours_per_week"]:
                start = containing(spans(text, CLAUSE_END), times.hours.start)[0]
                end = containing(spans(text, CLAUSE_END), max(0, times.hours.end - 1))[1]
                ev["hours_per_week"] = " ".join(text[start:end].split())[:200]
    if times.horizon is not None:
        update["horizon_weeks"] = int(times.horizon.value)
        high = times.horizon.high
        update["horizon_weeks_high"] = None if high is None else int(high)
        ev["horizon_weeks"] = _sentence_at(text, times.horizon.start)
    if times.later is not None:  # "in 3 months it goes up to 15": hours from that day on
        own = list(constraints or [])
        said = hours_from_text(times.later.hours, times.later.day)
        update["constraints"] = [c for c in own if not _LATER_HOURS.match(c)] + [said]
        ev["hours_later"] = _sentence_at(text, times.later.start)
    if times.years is not None and not _inner_span(times.years.text, times.years.value, known):
        update["years_experience"] = times.years.value
        ev["years_experience"] = _sentence_at(text, times.years.start)


_LATER_HOURS = re.compile(r"^\d+(?:\.\d+)? hours a week from \d{4}-\d{2}-\d{2}$")
"""A later weekly-hours figure said in intake (replaced by a new one, never stacked)."""

_LAST_YEARS = re.compile(r"\b(?:the\s+)?(?:last|past|recent)\b|最近|近|这几?", re.I)


def _inner_span(said: str, value: float, known: float | None) -> bool:
    """ "for the last 2 years it's mostly been Symfony" after "8 years": a span inside the
    career (what the recent years were), not a new figure for it."""
    return known is not None and value < known and bool(_LAST_YEARS.search(said))


def _target_update(
    target: Target, base: Profile, update: dict[str, object], ev: dict[str, str]
) -> None:
    if target.role_id is not None:
        update |= {"target_role": target.role_id, "target_raw": target.raw, "target_unsure": False}
        update |= {"target_candidates": [], "target_not_in_kb": None}
    elif target.unsure:
        update |= {"target_role": None, "target_unsure": True, "target_candidates": []}
        update["target_not_in_kb"] = None
    elif target.raw is not None and base.target_role in target.candidates and not target.not_in_kb:
        return  # "我想做的主要是数据新闻": a focus within the role chosen, which it still fits
    elif target.raw is not None:
        update |= {"target_raw": target.raw, "target_role": None, "target_unsure": False}
        candidates = target.candidates
        if set(candidates) == set(base.target_candidates):
            candidates = list(base.target_candidates)  # the same options keep their numbers
        update |= {"target_candidates": candidates, "target_not_in_kb": target.not_in_kb}
    else:
        return
    if target.evidence:
        ev["target_role"] = target.evidence


_WISH_OR_END = re.compile(
    r"[!！?？;；\n]|\b(?:want|wanna|would\s+like|'d\s+like|hope|plan|switch|become|move|"
    r"transition|pivot|target|goal)\b|想|希望|打算|准备|目标|转",
    re.I,
)


def _years_after_role(text: str, role_end: int, today: date | None) -> float | None:
    """Years said after the current role, before any wish: "Go dev 7 years", "lawyer
    (corporate), 7 years", "护士，8年", "Backend eng in SF, 6 years Python"."""
    stop = _WISH_OR_END.search(text, role_end)
    segment = text[role_end : stop.start() if stop else len(text)][:80]
    found = [y for y in find_years(segment, today, bare=True) if not y.past]
    return found[0].value if found else None


def _key(m: Mention) -> tuple[str, str, str, int, int]:
    """What makes two mentions equal (every field), hashable."""
    return (m.kind, m.id, m.text, m.start, m.end)


def _wants(text: str, mentions: list[Mention], prior: list[Want], kind: str) -> list[Want]:
    out = list(prior)
    for m in mentions:
        key = (m.id if kind == "skill" else None, m.id if kind == "role" else None)
        if any((w.skill_id, w.role_id) == key for w in out):
            continue
        sid, rid = key
        out.append(
            Want(skill_id=sid, role_id=rid, raw=m.text, evidence=_sentence_at(text, m.start))
        )
    return out


def _not_for_non_coder(target: Target, base: Profile, kb: KnowledgeBase) -> Target:
    """A coding role read from the words of someone who said earlier they cannot code (and
    names no programming they do): a choice led by the role without coding (COACHING A6)."""
    codes = any(c.skill_id in coding_skills(kb) and c.level > 0 for c in base.skills)
    if codes or AUGMENTED_ROLE not in kb.roles:
        return target
    if target.role_id is None:  # a close call: the role without coding is offered, first
        rest = [r for r in target.candidates if r != AUGMENTED_ROLE]
        target.candidates = [AUGMENTED_ROLE, *rest][:3]
        return target
    role = kb.roles.get(target.role_id)
    if role is None or not needs_coding(kb, role):
        return target
    if target.role_id == AUGMENTED_ROLE or any(m.id == role.id for m in target.used):
        return target  # a role they named themselves is their choice
    target.candidates, target.role_id = [AUGMENTED_ROLE, role.id], None
    return target


def extract_profile(
    text: str,
    prior: Profile | None,
    lexicon: Lexicon,
    kb: KnowledgeBase,
    asked: str | None = None,
    today: date | None = None,
) -> Profile:
    """Fold what ``text`` says into ``prior`` and return the new profile.

    ``asked`` is the field the coach just asked about (``background``, ``target``,
    ``hours_per_week`` or ``horizon``): a bare answer ("10", "半年", "Java developer") is read
    for it; other values are ignored. ``today`` dates relative deadlines ("by next summer",
    "明年六月前"); without it they are not read.
    """
    base = prior or Profile()
    asked = asked if asked in ASKED_FIELDS else None
    if asked == "background" and base.current_role is not None:
        # The background is known already: a bare role name now names where they want to go
        # (the question asked only breaks ties, and there is no tie left to break).
        asked = "target" if base.target_role is None else None
    # "by next sumer", "in 6 mounths", "想转智能提工程师": typos of time words and role names
    typed = spell_zh(fix_time_typos(clean(text)), kb)
    text = contrast_as_wish(typed)
    if not text:
        return base.model_copy(deep=True)
    update: dict[str, object] = {}
    ev: dict[str, str] = dict(base.evidence)
    if has_cjk(text) or LATIN.search(text):
        update["language"] = language_of(text)

    current_role, role_end = find_current_role(text, asked)
    # answering "which role?", a fragment of the wish ("不用一直做实验的") is no new job; only a
    # job said as the present one ("其实我现在是…", "I'm actually a …") replaces the one known
    job_known = base.current_role is not None and asked == "target"
    if current_role is not None and job_known and not _NOW_JOB.search(text):
        current_role, role_end = None, -1
    past_role = current_role is not None and bool(
        re.search(
            rf"\b(?:was|used\s+to\s+be)\s+(?:an?|the)\s+{re.escape(current_role)}", text, re.I
        )
    )
    # No job now (said in this turn or before): the years of the earlier one are the background
    # ("写过C和C++，以前做通信的，十年").
    no_job = current_role is None and base.current_role is None
    times = read_times(text, asked, today, past_ok=past_role or no_job)
    fixed = (
        None
        if times.years
        else corrected_years(text, base.years_experience, base.horizon_weeks, asked)
    )
    if fixed is not None:  # "actually 3 years not 5": the years, not a horizon of 3 years
        times.years = fixed
        if (
            times.horizon is not None
            and times.horizon.start < fixed.end
            and fixed.start < times.horizon.end
        ):
            times.horizon = None
    if base.hours_per_week is not None and times.hours is not None and times.later is None:
        # new hours from a later day, the usual ones until then ("15 hours a week from January")
        when = from_day(text, today, times.hours.start, times.hours.end)
        if when is not None and times.hours.value != base.hours_per_week:
            times.later = LaterHours(times.hours.value, when.day, when.start, when.end)
            times.hours = None
            h = times.horizon  # the day the hours start is no horizon ("明年3月起")
            if h is not None and h.start < when.end and when.start < h.end:
                times.horizon = None
    if times.hours is not None and base.hours_per_week is not None and times.later is None:
        more = _MORE_HOURS.search(text[max(0, times.hours.start - 8) : times.hours.end + 12])
        if more is not None:  # "每周可以多加2 hours", "2 more hours a week": on top of the hours
            h = times.hours
            high = None if h.high is None else h.high + base.hours_per_week
            times.hours = Amount(h.value + base.hours_per_week, h.start, h.end, high, h.text)
    _times_update(text, times, update, ev, base.years_experience, base.constraints)

    if current_role is not None:
        update["current_role"] = current_role
        ev["current_role"] = _sentence_at(text, max(0, text.find(current_role)))
        horizon = times.horizon
        right_after = horizon is not None and 0 <= horizon.start - role_end <= 3
        # "现在是Java开发，3年": years right after the role are experience, not a horizon.
        fresh = times.years is None and base.current_role is None and right_after
        if fresh and horizon and _years_after_role(text[: horizon.end], role_end, today):
            times.horizon = None
            for key in ("horizon_weeks", "horizon_weeks_high"):
                update.pop(key, None)
            ev.pop("horizon_weeks", None)
            if "horizon_weeks" in base.evidence:
                ev["horizon_weeks"] = base.evidence["horizon_weeks"]
        if times.years is None and role_end >= 0:
            years = _years_after_role(masked(text, times.spans()), role_end, today)
            if years is not None:
                update["years_experience"] = years
                ev["years_experience"] = _sentence_at(text, role_end)

    roles = find_roles(text, lexicon, kb)
    skills = find_skills(text, lexicon, kb)
    picked = (
        pick_candidate(text, base.target_candidates, kb, lexicon)
        if base.target_candidates and not (asked == "target" and _UNSURE.search(text))
        else None
    )
    if picked is not None:
        # The reply to a numbered choice ("2", "the second one", "推理那个").
        target = Target(role_id=picked, raw=kb.roles[picked].name.en, evidence=text[:200])
    else:
        target = find_target(text, roles, skills, kb, asked, times.spans())
    refused: list[str] = []
    listed = base.target_candidates if base.target_not_in_kb or base.target_candidates else []
    if listed and target.role_id is None and wants_other_options(text):
        # "none of these, they all need coding": the closest roles shown are turned down; the
        # person is as unsure as before, and the roles are ranked again without them
        refused = list(listed)
        if refuses_coding(text):  # the reason turns down the coding ones only
            refused = [r for r in listed if r in kb.roles and needs_coding(kb, kb.roles[r])]
        target = Target(unsure=True, avoid=target.avoid, evidence=_sentence_at(text, 0))
    worry = WORRY.search(text)
    if worry is not None and "worry" not in ev:
        ev["worry"] = _sentence_at(text, worry.start())  # acknowledged in the summary
    said_cannot = CANNOT_CODE.search(text)
    if said_cannot is not None:
        ev["cannot_code"] = _sentence_at(text, said_cannot.start())  # kept for later turns
    if (target.role_id or target.candidates) and "cannot_code" in ev and not said_cannot:
        target = _not_for_non_coder(target, base, kb)
    elif target.candidates and not target.role_id and NO_CODING in base.constraints:
        # a close call for someone who said earlier they won't code: the role without coding
        # is offered, first ("no coding at all" then "something with AI")
        target = _not_for_non_coder(target, base, kb)
    if current_role is not None and any(current_role in m.text for m in target.used):
        # "AI infra engineer" answering another question names the target, not the job.
        update.pop("current_role", None)
        if "current_role" in base.evidence:
            ev["current_role"] = base.evidence["current_role"]
        else:
            ev.pop("current_role", None)
    _target_update(target, base, update, ev)

    region, region_at = find_region(text)
    if region is not None:
        update["region"] = region
        ev["region"] = _sentence_at(text, region_at)
    if refuses_coding(text) and NO_CODING not in base.constraints:
        now = update.get("constraints")
        update["constraints"] = [*(now if isinstance(now, list) else base.constraints), NO_CODING]

    job_context = bool(
        current_role or base.current_role or times.years is not None or _JOB_CONTEXT.search(text)
    )
    blocked = [(m.start, m.end) for m in target.used]
    # skills named by the wanted role's own words ("端侧AI": on-device inference) are wanted
    in_target = [
        m for m in skills if any(u.start <= m.start and m.end <= u.end for u in target.used)
    ]
    if target.span is not None:
        lo, hi = target.span
        in_target += [m for m in skills if lo <= m.start and m.end <= hi and m not in in_target]
        blocked.append(target.span)
    wish_from = tuple(m.end for m in target.used) + ((target.span[1],) if target.span else ())
    job_years = update.get("years_experience") if current_role is not None else None
    claims: Claims = skill_claims(
        text,
        skills,
        blocked,
        job_context,
        wish_from,
        asked_target=asked == "target",
        job_years=(
            (role_end - len(current_role or ""), role_end, float(job_years))
            if isinstance(job_years, int | float) and role_end >= 0
            else None
        ),
    )
    known = {_key(m) for m in claims.wants}  # a set: a long list of mentions stays linear
    for m in in_target:
        if _key(m) not in known:
            known.add(_key(m))
            claims.wants.append(m)
    if claims.has:
        update["skills"] = merge_skills(base.skills, claims.has)
    wanted_roles = [m for m in target.used]
    prior_wants = base.wants
    if target.role_id and base.target_role and target.role_id != base.target_role:
        # a new target replaces the old one: the old role is no longer wanted
        prior_wants = [w for w in base.wants if w.role_id != base.target_role]
    if claims.wants or wanted_roles or prior_wants != base.wants:
        update["wants"] = _wants(
            text, wanted_roles, _wants(text, claims.wants, prior_wants, "skill"), "role"
        )
    avoided_roles = [m for m in roles if m.text in target.avoid]
    if claims.avoid or avoided_roles:
        update["avoid"] = _wants(
            text, avoided_roles, _wants(text, claims.avoid, base.avoid, "skill"), "role"
        )
    avoid = list(update.get("avoid") or base.avoid)  # type: ignore[call-overload]
    turned_down = {m.id for m in avoided_roles}
    if base.target_role in turned_down and "target_role" not in update:
        # "其实我不想做智能体工程师": the target turned down, none named instead: open again
        update |= {"target_role": None, "target_unsure": True, "target_candidates": []}
        ev["target_role"] = _sentence_at(text, 0)
    for role_id in refused:
        if not any(w.role_id == role_id for w in avoid):
            avoid.append(Want(role_id=role_id, raw=text[:80], evidence=_sentence_at(text, 0)))
            update["avoid"] = avoid
    said = refuses_coding(text) and CODING_SKILL in kb.skills
    if said and not any(w.skill_id == CODING_SKILL for w in avoid):
        # "I'd rather not code", "最好不用编程": programming is avoided, in their words
        words = _sentence_at(text, 0)
        avoid.append(Want(skill_id=CODING_SKILL, raw=words, evidence=words))
        update["avoid"] = avoid
    avoided = {w.skill_id for w in avoid if w.skill_id}
    wants_now = list(update.get("wants") or base.wants)  # type: ignore[call-overload]
    if any(w.skill_id in avoided for w in wants_now):  # "不写代码的那种": avoided, not wanted
        update["wants"] = [w for w in wants_now if w.skill_id not in avoided]
    update["evidence"] = ev
    return profile_in_own_words(base.model_copy(update=update, deep=True), text, typed)
