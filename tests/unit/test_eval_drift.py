"""What a replay compares beyond the plan (``coach.evals.drift``), tested on its own: the session's
state, the reviewer's judgement and the coach's replies. The judge's calibration checks the same
on edited recordings, but only while those recordings replay unchanged; these need none."""

from __future__ import annotations

from coach.evals.drift import normalise_reply, replies_drift, review_drift, state_drift


def test_the_mentor_queue_state_alone_is_a_change() -> None:
    assert state_drift(("awaiting_mentor", True), ("awaiting_mentor", True)) == []
    queue = state_drift(("awaiting_mentor", True), ("awaiting_mentor", False))
    assert "-in mentor queue: True" in queue and "+in mentor queue: False" in queue
    status = state_drift(("intake", False), ("drafting", False))
    assert "-status: intake" in status and "+status: drafting" in status
    changed = [ln for ln in status if ln[:1] in "+-" and ln[:3] not in ("---", "+++")]
    assert changed == ["-status: intake", "+status: drafting"]  # the queue state did not move


def test_the_verdict_and_each_failing_check_are_compared() -> None:
    def review(verdict: str, *checks: tuple[str, str]) -> dict[str, object]:
        return {"verdict": verdict, "findings": [{"severity": s, "check": c} for s, c in checks]}

    passed = review("pass", ("info", "pace"))
    assert (
        review_drift(passed, review("pass", ("info", "other_info"))) == []
    )  # info is no judgement
    assert "+verdict: revise" in review_drift(passed, review("revise", ("info", "pace")))
    fired = review_drift(passed, review("pass", ("warning", "weekly_hours")))
    assert "+warning: weekly_hours" in fired
    order = review("revise", ("error", "a"), ("error", "b"))
    assert review_drift(order, review("revise", ("error", "b"), ("error", "a"))) == []
    assert review_drift(None, None) == []
    assert "+verdict: pass" in review_drift(None, passed)


def test_replies_count_what_was_said_not_ids_dates_or_times() -> None:
    said = "Resume with `coach chat --session 20261202-5a1ed7` on 2026-12-02 at 19:59:16+00:00."
    again = "Resume with `coach chat --session 20270101-0b2c3d` on 2027-01-01 at 08:00:00Z."
    assert normalise_reply(said) == normalise_reply(again)
    assert replies_drift([[said]], [[again]]) == []
    changed = replies_drift([["Your plan is ready."]], [["Your plan is not ready."]])
    assert "-step 1: Your plan is ready." in changed
    assert "+step 1: Your plan is not ready." in changed
    moved = replies_drift([["a"], ["b"]], [["a", "b"]])  # the same words at another step
    assert "-step 2: b" in moved and "+step 1: b" in moved
