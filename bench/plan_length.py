"""How long every plan the personas and recorded eval cases produce reads (COACHING.md B6).

    python bench/plan_length.py [--limit-en 1000] [--limit-zh 2000] [--dump DIR]

For each persona (every stage with a plan) and each recorded case (its final plan), prints the
plan's language, its length (``coach.render.plan_words``: English words, or Chinese characters
plus Latin words) and the weeks it spans; the plans over the limit for their language are marked
``OVER`` and counted at the end. ``--dump`` writes each Markdown plan to DIR for reading.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _persona_plans() -> list[tuple[str, str, str, int]]:
    from coach.evals.personas.drive import drive
    from coach.evals.personas.model import load_persona, persona_files

    out: list[tuple[str, str, str, int]] = []
    for path in persona_files([ROOT / "evals" / "personas"]):
        persona = load_persona(path)
        run = drive(persona)
        seen: set[str] = set()
        for stage, doc in run.stages.items():
            text = str(doc.get("markdown") or "")
            if not text or text in seen:
                continue
            seen.add(text)
            plan = doc.get("plan") or {}
            out.append((f"persona {persona.id}:{stage}", _lang(plan), text, _weeks(plan)))
    return out


def _case_plans() -> list[tuple[str, str, str, int]]:
    from coach.evals.case import load_case
    from coach.evals.replay import replay
    from coach.render import plan_markdown
    from coach.schemas import Plan, Review

    out: list[tuple[str, str, str, int]] = []
    for path in sorted((ROOT / "evals" / "cases").glob("*.json")):
        case = load_case(path)
        values = replay(case).values
        if not values.get("plan"):
            continue
        plan = Plan.model_validate(values["plan"])
        review = Review.model_validate(values["review"]) if values.get("review") else None
        text = plan_markdown(plan, review, str(values.get("status") or "draft"))
        out.append((f"case {path.stem}", plan.language, text, plan.horizon_weeks))
    return out


def _lang(plan: dict[str, Any]) -> str:
    return str(plan.get("language") or "?")


def _weeks(plan: dict[str, Any]) -> int:
    return int(plan.get("horizon_weeks") or 0)


def main(argv: list[str] | None = None) -> int:
    import coach.graph  # noqa: F401  (the graph first: its modules import in that order)
    from coach.render import plan_words

    parser = argparse.ArgumentParser()
    parser.add_argument("--limit-en", type=int, default=1000)
    parser.add_argument("--limit-zh", type=int, default=2000)
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument("--only", choices=("personas", "cases", "both"), default="both")
    args = parser.parse_args(argv)
    plans: list[tuple[str, str, str, int]] = []
    if args.only in ("personas", "both"):
        plans += _persona_plans()
    if args.only in ("cases", "both"):
        plans += _case_plans()
    over = 0
    for name, lang, text, weeks in plans:
        count = plan_words(text)
        limit = args.limit_zh if lang == "zh" else args.limit_en
        flag = "OVER" if count > limit else ""
        over += bool(flag)
        print(f"{count:6d} {lang} {weeks:3d}w {name} {flag}")
        if args.dump is not None:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / (name.replace(" ", "_").replace(":", "_") + ".md")).write_text(text)
    en = [plan_words(t) for _, lang, t, _ in plans if lang != "zh"]
    zh = [plan_words(t) for _, lang, t, _ in plans if lang == "zh"]
    print(f"plans {len(plans)}; over the limit {over}")
    if en:
        print(f"en: {len(en)} plans, max {max(en)} words, mean {sum(en) // len(en)}")
    if zh:
        print(f"zh: {len(zh)} plans, max {max(zh)} chars, mean {sum(zh) // len(zh)}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
