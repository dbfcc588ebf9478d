"""Benchmark: time to build and review a plan. Not a test; prints JSON.

    python bench/bench_planner.py [--repeat N]

1. One realistic profile on the shipped KB (Java engineer -> AI application engineer), median
   of N runs of ``build_plan`` + ``review_plan``.
2. Growth with the number of gaps: synthetic KBs whose target role needs a chain-and-fan
   prerequisite graph of 5, 10, 20, 40, 80 skills the user lacks.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from datetime import date

from coach.engine.checks import review_plan
from coach.engine.planner import build_plan
from coach.engine.research import required_skills
from coach.knowledge import KnowledgeBase, load_kb
from coach.knowledge.models import Requirement, Resource, Role, Skill, Source, Text
from coach.schemas import Profile, RoleResearch, SkillClaim

START = date(2025, 1, 6)


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 3)


def _research(kb: KnowledgeBase, role_id: str) -> RoleResearch:
    role = kb.roles[role_id]
    return RoleResearch(
        role_id=role.id,
        role_name=role.name.en,
        fit=0.8,
        required_skills=required_skills(role),
    )


def synthetic_kb(n: int) -> KnowledgeBase:
    """``n`` skills: s_i needs s_{i-1} and, every third one, s_{i-3} too; the role needs all."""
    src = "bench_source"
    text = Text(en="x", zh="x")
    skills = {
        f"s{i:03d}": Skill(
            id=f"s{i:03d}",
            name=Text(en=f"Skill {i}", zh=f"技能 {i}"),
            category="engineering",
            prerequisites=[
                f"s{j:03d}" for j in (i - 1, i - 3) if j >= 0 and (j == i - 1 or i % 3 == 0)
            ],
            hours={1: 10, 2: 30, 3: 80},
            resources=[f"r{i:03d}"],
            deliverable=Text(en=f"Demo of skill {i}.", zh=f"技能 {i} 的演示。"),
        )
        for i in range(n)
    }
    resources = {
        f"r{i:03d}": Resource(
            id=f"r{i:03d}", title=f"Course {i}", kind="course", language="en", hours=10,
            skills=[f"s{i:03d}"], source_id=src,
        )
        for i in range(n)
    }  # fmt: skip
    role = Role(
        id="target",
        family="bench",
        name=Text(en="Target role", zh="目标岗位"),
        summary=text,
        required=[
            Requirement(
                skill_id=s, level=2, weight=round(0.3 + 0.7 * (i % 7) / 6, 3), source_id=src
            )
            for i, s in enumerate(skills)
        ],
        experience=Text(en="Some experience.", zh="一些经验。"),
        source_ids=[src],
    )
    source = Source(id=src, title=text, date="2025", language="en", summary=text)
    return KnowledgeBase(
        version="bench", sources={src: source}, roles={"target": role}, skills=skills,
        resources=resources, facts={},
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    out: dict[str, object] = {"repeat": args.repeat}

    kb = load_kb()
    profile = Profile(
        current_role="Java backend developer",
        years_experience=6,
        skills=[SkillClaim(skill_id="java", level=3, evidence="6 years of Java")],
        target_role="ai_application_engineer",
        hours_per_week=10,
        horizon_weeks=52,
    )
    research = _research(kb, "ai_application_engineer")

    def one() -> None:
        plan = build_plan(profile, research, kb, start_date=START)
        review_plan(plan, profile, kb, [], 0)

    plan = build_plan(profile, research, kb, start_date=START)
    out["shipped_kb"] = {
        "role": "ai_application_engineer",
        "gaps": len(plan.gaps),
        "feasible": plan.feasible,
        "build_plus_review_ms": _median_ms(one, args.repeat),
        "build_ms": _median_ms(
            lambda: build_plan(profile, research, kb, start_date=START), args.repeat
        ),
    }

    growth = []
    for n in (5, 10, 20, 40, 80):
        skb = synthetic_kb(n)
        sprofile = profile.model_copy(
            update={
                "skills": [],
                "target_role": "target",
                "hours_per_week": 20,
                "horizon_weeks": 104,
            }
        )
        sresearch = _research(skb, "target")

        def run(
            skb: KnowledgeBase = skb, p: Profile = sprofile, r: RoleResearch = sresearch
        ) -> None:
            plan = build_plan(p, r, skb, start_date=START)
            review_plan(plan, p, skb, [], 0)

        splan = build_plan(sprofile, sresearch, skb, start_date=START)
        growth.append(
            {
                "gaps": len(splan.gaps),
                "feasible": splan.feasible,
                "items": len(splan.items()),
                "build_plus_review_ms": _median_ms(run, args.repeat),
            }
        )
    out["growth"] = growth
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
