"""Write a reviewer-case base: the final plan and profile of a recorded case's replay.

Run: python evals/scripts/review_base.py CASE_NAME BASE_NAME
(writes evals/reviews/bases/BASE_NAME.json; the base must pass every hard check).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from coach.evals.case import load_case
from coach.evals.replay import replay, replay_model
from coach.evals.reviews import error_checks
from coach.knowledge import load_kb
from coach.schemas import Plan, Profile


def main(case_name: str, base_name: str) -> int:
    case = load_case(Path("evals/cases") / f"{case_name}.json")
    outcome = replay(case, replay_model(case) if case.is_llm else None)
    plan, profile = outcome.values["plan"], outcome.values["profile"]
    _, errors = error_checks(
        Plan.model_validate(plan), Profile.model_validate(profile), load_kb(), []
    )
    if errors:
        print(f"{case_name}: its plan is not valid ({sorted(errors)}); not a base")
        return 1
    out = Path("evals/reviews/bases") / f"{base_name}.json"
    data = {"from_case": case_name, "plan": plan, "profile": profile}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
