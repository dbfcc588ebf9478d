"""A long foundation is split around the core it serves: a just-enough first share before the
core's basic pass, the rest after it; hours add up and labels say which part is which."""

from __future__ import annotations

from coach.engine.planner.selection import Learn
from coach.engine.planner.sequence import REST, SPLIT_MIN_HOURS, Ordered, spiral


def _hours(skill: str, frm: int, to: int) -> float:
    return 10.0 * (to - frm)


def test_a_long_foundation_gets_a_first_share_and_the_rest_after_the_core_basics() -> None:
    chosen = {
        "python": Learn("python", 1, 2, 30.0),
        "ml_fundamentals": Learn("ml_fundamentals", 0, 1, 60.0),
        "mlops": Learn("mlops", 0, 2, 40.0),
    }
    ordered = Ordered([], ["python", "ml_fundamentals", "mlops"], [])
    out, parts = spiral(ordered, chosen, _hours, core=["python", "mlops"])
    keys = out.all
    assert (
        keys.index("ml_fundamentals") < keys.index("mlops") < keys.index("ml_fundamentals" + REST)
    )
    first, rest = parts["ml_fundamentals"], parts["ml_fundamentals" + REST]
    assert (first.part, rest.part, first.serves) == ("first", "rest", "mlops")
    assert first.hours < rest.hours and first.hours + rest.hours == 60.0
    total = sum(p.hours for p in parts.values())
    assert total == sum(c.hours for c in chosen.values())


def test_a_foundation_in_the_foundations_block_serves_the_first_core_skill() -> None:
    chosen = {"linear_algebra": Learn("linear_algebra", 0, 1, 30.0), "dl": Learn("dl", 0, 1, 10.0)}
    out, parts = spiral(Ordered(["linear_algebra"], ["dl"], []), chosen, _hours, core=["dl"])
    assert parts["linear_algebra"].serves == "dl"
    assert out.core.index("dl") < out.core.index("linear_algebra" + REST)


def test_short_foundations_and_no_core_stay_whole() -> None:
    short = SPLIT_MIN_HOURS - 1
    chosen = {"a": Learn("a", 0, 1, short), "b": Learn("b", 0, 1, 10.0)}
    out, parts = spiral(Ordered(["a"], ["b"], []), chosen, _hours, core=["b"])
    assert REST not in "".join(out.all) and parts["a"].part == ""
    out2, _ = spiral(Ordered(["a"], ["b"], []), {**chosen, "a": Learn("a", 0, 1, 60.0)}, _hours)
    assert out2.all == ["a", "b"]
