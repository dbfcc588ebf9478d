"""While a lighter re-plan waits for the mentor ("I burned out, make it 10 h a week"), "what do I
do this week?" answers at the lighter pace, not from the heavier plan in force."""

from __future__ import annotations

from tests.integration.test_coach_keeps_coaching import _approved


def test_this_week_keeps_to_the_lighter_pace_while_the_mentor_decides() -> None:
    runner = _approved()
    approved = runner.values()["plan"]["hours_per_week"]
    runner.send("honestly I burned out. can we make it 4 hours a week?")
    assert runner.awaiting_mentor() and runner.values()["plan"]["hours_per_week"] == 4
    reply = "\n".join(runner.send("what do i do this week?").replies)
    assert "lighter plan (v2, 4 h a week)" in reply, reply
    assert f"{approved:g} h planned" not in reply
