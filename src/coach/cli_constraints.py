"""What the CLI shows a mentor about their requests: the parts not applied, word for word."""

from __future__ import annotations

import re
from typing import Any

from coach.i18n import MESSAGES, t
from coach.schemas import Language


def not_applied_text(values: dict[str, Any], lang: str | None = None) -> str:
    """What a re-plan changes against the approved plan, and the parts of the mentor's requests
    that were not applied, word for word ('' if neither)."""
    from datetime import date

    from coach.engine.constraints import requests_not_applied
    from coach.knowledge import load_kb
    from coach.nodes.replan import approved_diff

    lang = mentor_lang(values, lang)
    lines: list[str] = []
    diff = approved_diff(values)  # type: ignore[arg-type]
    if diff:
        version = (values.get("approved_plan") or {}).get("version", "?")
        marked = [d if d[:2] in {"+ ", "- ", "~ "} else f"- {d}" for d in diff]  # one marker
        lines += [t(lang, "coach.diff.header", version=version), *(f"  {d}" for d in marked)]
    notes = _since_approval(values)
    kb = load_kb()
    start = (values.get("plan") or {}).get("start_date")
    parts = requests_not_applied(notes, kb, date.fromisoformat(str(start)) if start else None)
    if parts:
        lines += [t(lang, "coach.not_applied"), *(f"  - “{p}”" for p in parts)]
        lines += [f"  {line}" for line in unknown_targets(notes, lang)]
        lines.append(t(lang, "coach.ask_back"))
        if any(_DISPUTED.search(p) for p in parts):  # "that error is wrong": how to overrule it
            lines.append(t(lang, "mentor.override_hint"))
    return "\n".join(lines)


_DISPUTED = re.compile(
    r"\b(?:(?:that|the|this)\s+(?:error|finding|check)|reviewer)\s+(?:is|was)\s+(?:wrong|mistaken|"
    r"incorrect|a\s+false\s+alarm)\b|\bfalse\s+(?:error|alarm|positive)\b"
    r"|(?:这个|那个|该)?(?:错误|报错|审核意见|检查)(?:是)?(?:不对|错的|误报|有误)|误报",
    re.I,
)
"""A mentor disputing a reviewer's finding: not a change to the plan."""


def mentor_lang(values: dict[str, Any], lang: str | None = None) -> str:
    """The language the mentor reads the CLI in (``lang``: their recorded one or ``--lang``),
    else the plan's: a Chinese mentor of an English plan reads the headers in Chinese."""
    plan = values.get("plan") or {}
    return lang or str(plan.get("language") or values.get("language") or "en")


def unknown_targets(notes: list[str], lang: str) -> list[str]:
    """For each target asked for that the knowledge base lacks: the closest roles to pick."""
    from datetime import date

    from coach.engine.constraints import describe_constraint, parse_constraints
    from coach.knowledge import load_kb

    kb = load_kb()
    language: Language = "zh" if lang == "zh" else "en"
    return [
        describe_constraint(c, language, kb, date.min, 0)
        for note in notes
        for c in parse_constraints(note, kb)
        if c.kind == "set_target" and c.role_id is None
    ]


def _verdict(lang: str, verdict: str) -> str:
    key = f"render.verdict.{verdict}"
    return t(lang, key) if key in MESSAGES else verdict


def _since_approval(values: dict[str, Any]) -> list[str]:
    """The mentor's requests still to show as not applied: those since the plan in force was
    approved (what was approved was seen and decided), else all of them."""
    from coach.nodes.replan import since_approval

    if values.get("approved_plan"):
        return since_approval(values)  # type: ignore[arg-type]
    return list(values.get("mentor_notes") or [])


def waiting_problems(values: dict[str, Any], lang: str) -> list[str]:
    """What a waiting version leaves undone, for the mentor's queue: the parts of the requests
    made since the last approval that were not applied (word for word, quoted), then the
    constraints read but not met (a request the mentor already approved is not listed again)."""
    from datetime import date

    from coach.engine.constraints import requests_not_applied
    from coach.knowledge import load_kb

    start = (values.get("plan") or {}).get("start_date")
    day = date.fromisoformat(str(start)) if start else None
    parts = requests_not_applied(_since_approval(values), load_kb(), day)
    missed = list(_not_met(values, "error", lang).values())
    return [*parts, *(f"! {m}" for m in missed)]  # the queue quotes the mentor's words


def new_version_text(
    values: dict[str, Any], before: dict[str, Any] | None = None, lang: str | None = None
) -> str:
    """The version a change request made: its verdict and findings, how each request was
    applied, what changed that was not asked for (against ``before``, the version the mentor
    reviewed), and the parts not applied with a question back."""
    from coach.cli_constraints import not_applied_text
    from coach.i18n import t

    plan = values.get("plan") or {}
    review = values.get("review") or {}
    lang = mentor_lang(values, lang)
    lines = [
        t(
            lang,
            "mentor.new_version",
            version=plan.get("version", "?"),
            verdict=_verdict(lang, str(review.get("verdict"))),
        )
    ]
    other = lang != str(plan.get("language") or lang)  # a zh mentor of an en plan
    missed = _not_met(values, "error", lang)
    caveats = _not_met(values, "warning", lang)  # read and kept, with what they do not do
    said = _in_lang(values, lang) if other else {}
    records = _latest_settings(list(plan.get("constraint_records") or []))
    applied = [
        f"  - {said.get(str(r.get('display')), r.get('display'))}"
        for r in records
        if r.get("kind") != "note"
        and not (r.get("kind") == "set_target" and not r.get("value"))
        and r.get("display") not in missed
        and r.get("display") not in caveats
    ]
    lines += applied or [f"  - {t(lang, 'mentor.none_applied')}"]
    if missed:
        lines.append(t(lang, "mentor.not_met"))
        lines += [f"  - {line}" for line in missed.values()]
    if caveats:
        lines.append(t(lang, "mentor.caveats"))
        lines += [f"  - {line}" for line in caveats.values()]
    lines += [
        f"  ! {f.get('message')}"
        for f in review.get("findings") or []
        if f.get("severity") == "error" and not (other and f.get("check") == "constraints")
    ]  # a mentor reading another language has those errors above, in theirs
    if side := _side_effects(values, before, lang):
        lines += [t(lang, "mentor.side.header"), *(f"  - {line}" for line in side)]
    lines += _consequences(values, before, lang)
    if unread := not_applied_text(values, lang):
        lines.append(unread)
    return "\n".join(lines)


_LAST_WINS = frozenset({"max_hours_per_week", "set_horizon"})
"""Settings a later request replaces ("25 h a week", then "20 h a week instead")."""


def _latest_settings(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records with each setting of the weekly hours or the horizon shown once: the last
    one asked (an earlier one was replaced, not applied)."""
    last = {
        (r.get("kind"), r.get("source")): i
        for i, r in enumerate(records)
        if r.get("kind") in _LAST_WINS
    }
    return [
        r
        for i, r in enumerate(records)
        if r.get("kind") not in _LAST_WINS or last[(r.get("kind"), r.get("source"))] == i
    ]


def _side_effects(
    values: dict[str, Any], before: dict[str, Any] | None, lang: str | None = None
) -> list[str]:
    from coach.engine.constraints import notes_constraints
    from coach.engine.side_effects import unasked_changes
    from coach.knowledge import load_kb
    from coach.schemas import Plan

    before = before or values.get("reviewed_plan")  # the version the changes were asked to
    if not before or not values.get("plan"):
        return []
    if values["plan"].get("version") != (before.get("version") or 0) + 1:
        return []  # an older request's version: a later re-plan came since
    kb = load_kb()
    old, new = Plan.model_validate(before), Plan.model_validate(values["plan"])
    cons = notes_constraints(values.get("mentor_notes") or [], kb, new.start_date)
    mine: Language = "zh" if (lang or new.language) == "zh" else "en"
    new = new.model_copy(update={"language": mine})  # in the mentor's language
    return unasked_changes(old, new, cons, kb) if old.version != new.version else []


def _consequences(values: dict[str, Any], before: dict[str, Any] | None, lang: str) -> list[str]:
    """When the new version does not fit: how far off, what the requests add, what would fit."""
    from coach.engine.constraints import notes_constraints
    from coach.engine.constraints.consequences import fit_consequences
    from coach.knowledge import load_kb
    from coach.schemas import Plan

    if not values.get("plan"):
        return []
    kb = load_kb()
    new = Plan.model_validate(values["plan"])
    reviewed = before or values.get("reviewed_plan")
    old = Plan.model_validate(reviewed) if reviewed else None
    cons = notes_constraints(values.get("mentor_notes") or [], kb, new.start_date)
    return fit_consequences(old, new, cons, kb, lang)


def _in_lang(values: dict[str, Any], lang: str) -> dict[str, str]:
    """Each constraint's display line in the plan's language -> the same line in ``lang``
    (the mentor's), for the mentor's and the user's constraints."""
    from coach.engine.constraints import (
        describe_constraint,
        notes_constraints,
        with_user_constraints,
    )
    from coach.knowledge import load_kb
    from coach.schemas import Plan, Profile

    if not values.get("plan"):
        return {}
    kb = load_kb()
    plan = Plan.model_validate(values["plan"])
    every = notes_constraints(values.get("mentor_notes") or [], kb, plan.start_date)
    if values.get("profile"):
        profile = Profile.model_validate(values["profile"])
        every = with_user_constraints(profile.constraints, every, kb)
    taught = {it.skill_id for it in plan.items()}
    args = (kb, plan.start_date, plan.horizon_weeks, taught)
    mine: Language = "zh" if lang == "zh" else "en"
    return {
        describe_constraint(c, plan.language, *args): describe_constraint(c, mine, *args)
        for c in every
    }


def _not_met(
    values: dict[str, Any], severity: str = "error", lang: str | None = None
) -> dict[str, str]:
    """The display lines of the mentor's constraints the plan does not honour (each one
    checked on its own, the others as context): read, tried, and not met; never listed as
    applied. ``severity="warning"``: those kept with a caveat (a raise of the hours that buys
    nothing, a skill asked for that is deferred), each line with the caveat said. Keyed by
    the line in the plan's language; the values are in ``lang`` (the mentor's), and a mentor
    reading another language gets the reason with an error too."""
    from coach.engine.checks import check_constraints
    from coach.engine.checks.constraint_kinds import check_constraint_kinds
    from coach.engine.constraints import describe_constraint, notes_constraints
    from coach.knowledge import load_kb
    from coach.schemas import Plan, Profile

    if not values.get("plan"):
        return {}
    kb = load_kb()
    plan = Plan.model_validate(values["plan"])
    profile = Profile.model_validate(values["profile"]) if values.get("profile") else None
    out: dict[str, str] = {}
    mine: Language = "zh" if (lang or plan.language) == "zh" else "en"
    reader = plan.model_copy(update={"language": mine})
    every = notes_constraints(values.get("mentor_notes") or [], kb, plan.start_date)
    for c in every:
        if c.kind != "note":
            found = [
                *check_constraint_kinds(plan, kb, [c], profile, context=every),
                *check_constraints(plan, kb, [c]),
            ]
            errors = [f for f in found if f.severity == "error"]
            said = errors if severity == "error" else [] if errors else found
            if said:
                args = (kb, plan.start_date, plan.horizon_weeks)
                line = describe_constraint(c, plan.language, *args)
                if reader.language != plan.language:  # the reason, in the mentor's words
                    said = [
                        *check_constraint_kinds(reader, kb, [c], profile, context=every),
                        *check_constraints(reader, kb, [c]),
                    ]
                    said = [f for f in said if f.severity == severity]
                shown = describe_constraint(c, reader.language, *args)
                why = " ".join(f.message for f in said)
                plain = severity == "error" and reader.language == plan.language
                sep = "：" if reader.language == "zh" else ": "
                out.setdefault(line, shown if plain or not why else f"{shown}{sep}{why}")
    return out


def show_errors(values: dict[str, Any]) -> list[str]:
    """Print one line naming the reviewer's errors (what approving would accept); return them."""
    from coach.cli_common import out
    from coach.cli_mentor_lang import _m
    from coach.nodes.mentor import joined_errors, review_errors

    errors = review_errors(values.get("review"))
    if errors:
        out.print(
            _m("mentor.review_errors", count=len(errors), errors=joined_errors(errors)),
            markup=False,
        )
    return errors


def refuse_errors(
    ledger: Any, runner: Any, action: str, identity: str, override: bool, errors: list[str]
) -> None:
    """Approving a plan with reviewer errors needs --override: else a one-line refusal (audited)."""
    from coach.cli_common import fail
    from coach.cli_mentor_lang import _m
    from coach.mentoring import record_refusal
    from coach.nodes.mentor import joined_errors

    if action != "approve" or override or not errors:
        return
    short = [e if len(e) <= 70 else e[:69] + "…" for e in errors]  # shown in full just above
    record = t("en", "mentor.refused.errors", count=len(errors), errors=joined_errors(errors))
    record_refusal(ledger, runner, {"action": action, "mentor_id": identity}, record)
    fail(_m("mentor.refused.errors", count=len(errors), errors=joined_errors(short)))


def refuse_not_understood(
    ledger: Any, runner: Any, action: str, identity: str, message: str | None
) -> None:
    """A change request of which nothing was understood makes no new version: say so in the
    mentor's language and ask back (recorded); the session stays waiting on the same plan."""
    from coach.cli_common import fail
    from coach.cli_mentor_lang import _lang
    from coach.mentoring import record_refusal
    from coach.nodes.mentor import not_understood_text

    if action != "reject" or not (message or "").strip():
        return
    if (record := not_understood_text(message or "", "en")) is None:
        return
    record_refusal(ledger, runner, {"action": action, "mentor_id": identity}, record)
    fail(not_understood_text(message or "", _lang()) or record)
