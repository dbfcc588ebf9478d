"""``refused_include``: a case about a refused decision fails when the refusal gives another
reason (or nothing was refused)."""

from __future__ import annotations

from coach.evals.case import Expect
from coach.evals.plan_expect import refusal_checks


def test_a_refusal_for_the_expected_reason_passes_and_another_reason_fails() -> None:
    expect = Expect(refused_include=["Needs a message"])
    assert [c.ok for c in refusal_checks(expect, ["requesting changes needs a message"])] == [True]
    other = refusal_checks(expect, ["unknown mentor 'mentor-1'"])
    assert [c.ok for c in other] == [False]
    assert "unknown mentor" in other[0].message
    assert [c.ok for c in refusal_checks(expect, [])] == [False]
    assert refusal_checks(Expect(), ["anything"]) == []
