"""Parts C and D checks on hand-made runs: each passes when it should and fails when not."""

from __future__ import annotations

import copy

from coach.evals.personas.drive import Turn
from coach.evals.personas.registry import evaluate
from tests.personas.helpers import ITEMS, after_run, plan, run, stage


def _revised(plan_doc: dict[str, object], **extra: object) -> object:
    return run(stages={"draft": stage(), "revised": stage(plan_doc, **extra)})


def test_mentor_change_hours_and_skills() -> None:
    cut = plan()
    cut["phases"][0]["items"][0]["hours"] = 20
    assert evaluate(_revised(cut), "mentor_change", {"hours": {"python": 20}}).ok
    assert not evaluate(_revised(cut), "mentor_change", {"hours": {"python": 10}}).ok
    dropped = plan()
    dropped["phases"][0]["items"] = ITEMS[1:]
    assert not evaluate(_revised(dropped), "mentor_change", {"hours": {"python": 20}}).ok
    assert evaluate(_revised(dropped), "mentor_change", {"not_schedule": ["python"]}).ok
    assert not evaluate(_revised(dropped), "mentor_change", {"schedule": ["python"]}).ok


def test_mentor_change_settings_and_kinds() -> None:
    longer = plan(horizon_weeks=65, constraints=[{"kind": "extend_horizon", "text": "x"}])
    assert evaluate(_revised(longer), "mentor_change", {"horizon_weeks": 65}).ok
    assert not evaluate(_revised(longer), "mentor_change", {"horizon_weeks": 52}).ok
    assert evaluate(_revised(longer), "mentor_change", {"kinds": ["extend_horizon"]}).ok
    assert not evaluate(_revised(longer), "mentor_change", {"kinds": ["project_earlier"]}).ok
    untyped = plan(constraints=["extend by 3 months"])
    result = evaluate(_revised(untyped), "mentor_change", {"kinds": ["extend_horizon"]})
    assert not result.ok and result.detail.startswith("cannot evaluate")
    assert evaluate(_revised(plan()), "mentor_change", {"project_starts_by": 9}).ok
    assert not evaluate(_revised(plan()), "mentor_change", {"project_starts_by": 5}).ok


def test_not_applied_shown_word_for_word() -> None:
    shown = '{"not_applied": ["talk to two engineers"]} Not applied: talk to two engineers'
    assert evaluate(_revised(plan(), interrupt=shown), "not_applied_shown", ["talk to two"]).ok
    assert not evaluate(_revised(plan(), interrupt=shown), "not_applied_shown", ["salon"]).ok
    assert not evaluate(_revised(plan()), "not_applied_shown", True).ok
    approved = stage(status="approved", interrupt=shown)
    assert not evaluate(run(stages={"revised": approved}), "not_applied_shown", True).ok


def test_answers_question_rejects_snippet_lists_and_refusals() -> None:
    good = "Go is not needed for this role: your plan is Python-first; maybe later, ~40 h."
    snippets = "Here is what I know about that:\n- fact one [src]\n- fact two [src]"
    bullets = "- fact one\n- fact two\n- fact three"
    waiting = "Your plan is waiting for a mentor's approval. Nothing is lost; I'll pick up as soon as a mentor has decided. (Type /plan to see the draft, /quit to leave.)"
    spec = {"turn": 1, "any": ["go"]}
    assert evaluate(after_run([good]), "answers_question", [spec]).ok
    assert not evaluate(after_run([snippets + " go"]), "answers_question", [spec]).ok
    assert not evaluate(after_run([bullets + " go"]), "answers_question", [spec]).ok
    assert not evaluate(after_run([waiting]), "answers_question", [spec]).ok
    assert not evaluate(
        after_run(["Sure, keep going with the plan."]),
        "answers_question",
        {"turn": 1, "words": ["python"]},
    ).ok
    assert not evaluate(after_run([good]), "answers_question", [{"turn": 2, "any": ["go"]}]).ok


def test_answers_while_waiting() -> None:
    r = run(stages={"draft": stage(), "final": stage()})
    r.turns += [
        Turn("user", "what to read?", "waiting"),
        Turn("coach", "Start with the Python docs.", "waiting"),
    ]
    assert evaluate(r, "answers_while_waiting", {"any": ["docs"]}).ok
    refused = run(stages={"draft": stage(), "final": stage()})
    refused.turns += [
        Turn("user", "what to read?", "waiting", refused=True),
        Turn("coach", "wait", "waiting"),
    ]
    assert not evaluate(refused, "answers_while_waiting", True).ok
    assert not evaluate(run(), "answers_while_waiting", True).ok


def _replanned(new_items: list[dict[str, object]], hours: float, version: int = 2) -> object:
    new = plan(version=version, hours_per_week=hours, weekly_hours=[8.0] * 3 + [hours] * 49)
    new["phases"] = [{"kind": "core", "items": new_items}]
    return after_run(["ok", "re-planned"], after2=stage(new))


def test_replans_from_week_keeps_the_past() -> None:
    kept = [ITEMS[0], {**ITEMS[1], "week_start": 4, "week_end": 14, "hours": 40}]
    spec = {"turn": 2, "week": 4, "hours": 4}
    assert evaluate(_replanned(kept, 4.0), "replans_from_week", spec).ok
    moved = [{**ITEMS[0], "week_start": 1, "week_end": 5}, ITEMS[1]]
    assert not evaluate(_replanned(moved, 4.0), "replans_from_week", spec).ok
    assert not evaluate(_replanned(kept, 4.0, version=1), "replans_from_week", spec).ok
    assert not evaluate(_replanned(kept, 6.0), "replans_from_week", spec).ok


def test_keeps_progress_needs_a_progress_record() -> None:
    result = evaluate(run(), "keeps_progress", {"week": 2})
    assert not result.ok and "progress missing" in result.detail
    done = stage(plan(progress={"weeks_done": [1, 2]}))
    assert evaluate(run(stages={"final": done}), "keeps_progress", {"week": 2}).ok
    assert not evaluate(run(stages={"final": done}), "keeps_progress", {"week": 3}).ok
    in_state = stage(state={"progress": {"completed_week": 3}})
    assert evaluate(run(stages={"final": in_state}), "keeps_progress", {"week": 3}).ok


def test_lighter_after_burnout() -> None:
    lighter = (
        "That's a lot. Let's go down to 4 hours a week for a month and drop the stretch topics."
    )
    assert evaluate(after_run([lighter]), "lighter_after_burnout", {"turn": 1}).ok
    next_up = "Noted. Next up: RAG, week 3."
    assert not evaluate(after_run([next_up]), "lighter_after_burnout", {"turn": 1}).ok
    replanned = copy.deepcopy(plan(version=2, hours_per_week=5.0))
    r = after_run(["A lighter plan is with your mentor."], after1=stage(replanned))
    assert evaluate(r, "lighter_after_burnout", {"turn": 1}).ok


def test_an_echo_of_the_question_is_not_an_answer() -> None:
    r = after_run(["I don't know the role 'question 1 about langgraph' yet."])
    r.turns[-2].text = "question 1 about langgraph"
    assert not evaluate(r, "answers_question", [{"turn": 1, "any": ["langgraph"]}]).ok


def test_after_approval_checks_need_an_approval() -> None:
    r = after_run(["Go is not needed for this role."])
    del r.stages["approved"]
    result = evaluate(r, "answers_question", [{"turn": 1, "any": ["go"]}])
    assert not result.ok and "never approved" in result.detail


def test_a_replan_from_week_one_fails() -> None:
    new = plan(version=2, hours_per_week=3.0, weekly_hours=[3.0] * 52)
    r = after_run(["ok", "re-planned"], after2=stage(new))
    result = evaluate(r, "replans_from_week", {"turn": 2, "week": 3})
    assert not result.ok and "weeks before 3 changed" in result.detail


def test_mentor_change_project_later_and_weekly_cap_from_a_week() -> None:
    later = plan(weekly_hours=[8.0] * 10 + [6.0] * 42)
    assert evaluate(_revised(later), "mentor_change", {"project_starts_after": 8}).ok
    assert not evaluate(_revised(later), "mentor_change", {"project_starts_after": 9}).ok
    assert evaluate(_revised(later), "mentor_change", {"weekly_from": {"week": 11, "hours": 6}}).ok
    assert not evaluate(
        _revised(later), "mentor_change", {"weekly_from": {"week": 10, "hours": 6}}
    ).ok


def test_weekly_dip_must_end() -> None:
    dip = plan(weekly_hours=[6.0] * 4 + [2.0] * 3 + [6.0] * 3)
    assert evaluate(_revised(dip), "weekly_dip", {"weeks": [5, 7], "hours": 2}).ok
    assert not evaluate(_revised(dip), "weekly_dip", {"weeks": [4, 7], "hours": 2}).ok
    for_good = plan(weekly_hours=[6.0] * 4 + [2.0] * 6)
    assert not evaluate(_revised(for_good), "weekly_dip", {"weeks": [5, 7], "hours": 2}).ok
    short = plan(weekly_hours=[6.0] * 6)
    result = evaluate(_revised(short), "weekly_dip", {"weeks": [5, 7], "hours": 2})
    assert not result.ok and result.detail.startswith("cannot evaluate")
