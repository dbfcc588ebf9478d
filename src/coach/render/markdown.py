"""The plan as short, plain Markdown in its own language (docs/knowledge.md, "Rendering").

One line per item (weeks, what, hours, one resource or what to practise), milestones as a
short list, at most three level-and-pay lines, every label from the catalog. The JSON keeps
the full detail (gaps, how each milestone is checked, every resource and fact).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from coach.engine.progress import progress_lines
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase, load_kb
from coach.render.choice import plan_choice_line
from coach.render.common import (
    JOB_SEARCH_KEYS,
    item_resource,
    num,
    skill_name,
    status_text,
    weeks_label,
)
from coach.render.pay import pay_lines
from coach.schemas import Language, Phase, Plan, Review

MAX_INTERVIEW_TOPICS = 3
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_MARKUP = re.compile(r"^[#*\-·|]+$")


def plan_words(markdown: str) -> int:
    """The length of a rendered plan as people count it: Chinese characters, plus the
    whitespace-separated words with no Chinese in them (Markdown markers not counted)."""
    words = [w for w in markdown.split() if not _CJK.search(w) and not _MARKUP.match(w)]
    return len(_CJK.findall(markdown)) + len(words)


def _section(lang: Language, key: str, lines: Sequence[str]) -> list[str]:
    return ["", f"## {t(lang, key)}", *lines] if lines else []


def _item_lines(plan: Plan, phase: Phase, kb: KnowledgeBase) -> list[str]:
    lang = plan.language
    dot = t(lang, "render.dot")
    out: list[str] = []
    for item in phase.items:
        text, material = item_resource(kb, item, lang)
        what = text if material else t(lang, "render.practise", text=text) if text else ""
        parts = [
            weeks_label(lang, item.week_start, item.week_end),
            f"**{item.title}**",
            t(lang, "render.hours", hours=num(item.hours)),
            what,
        ]
        out.append("- " + dot.join(p for p in parts if p))
    return out


def _project_lines(plan: Plan, phase: Phase | None, kb: KnowledgeBase) -> list[str]:
    lang = plan.language
    dot, colon = t(lang, "render.dot"), t(lang, "render.colon")
    out: list[str] = []
    for p in plan.portfolio_projects:
        if phase is not None and (p.week_end < phase.week_start or p.week_start > phase.week_end):
            continue
        skills = t(lang, "render.sep").join(skill_name(kb, s, lang) for s in p.skill_ids)
        head = [weeks_label(lang, p.week_start, p.week_end), f"**{p.title}**"]
        if skills:
            head.append(t(lang, "render.uses", skills=skills))
        # the description once: here, unless a milestone already carries it
        said = any(p.description in m.deliverable for m in plan.milestones)
        tail = f"{colon}{p.description}" if p.description and not said else ""
        out.append("- " + dot.join(head) + tail)
    return out


def _phases(plan: Plan, kb: KnowledgeBase) -> tuple[list[str], bool]:
    """Every phase with its lines; True when a project phase showed the portfolio project."""
    lang = plan.language
    out: list[str] = []
    shown = False
    for phase in plan.phases:
        head = t(
            lang,
            "render.phase",
            name=phase.name,
            a=phase.week_start,
            b=phase.week_end,
            hours=num(phase.hours),
        )
        body = _item_lines(plan, phase, kb)
        if phase.kind == "project":
            projects = _project_lines(plan, phase, kb)
            shown = shown or bool(projects)
            body += projects
        elif phase.kind == "job_search":
            body += [f"- {x}" for x in phase.steps] or [f"- {t(lang, k)}" for k in JOB_SEARCH_KEYS]
        out += ["", f"## {head}", *body]
    return out, shown


def _milestones(plan: Plan) -> list[str]:
    """One line per distinct deliverable; the same text due in several weeks is one line."""
    lang = plan.language
    colon, sep = t(lang, "render.colon"), t(lang, "render.sep")
    # the job-search steps are listed under their phase: the milestone that closes the phase
    # would say them again (a project due the same week is still listed)
    ends = {p.week_end for p in plan.phases if p.kind == "job_search"}
    ends -= {p.week_end for p in plan.portfolio_projects}
    weeks: dict[str, list[int]] = {}
    for m in plan.milestones:
        if m.week not in ends:
            weeks.setdefault(m.deliverable, []).append(m.week)
    return [
        f"- {sep.join(t(lang, 'render.week', week=w) for w in ws)}{colon}{text}"
        for text, ws in weeks.items()
    ]


def _deferred(plan: Plan, kb: KnowledgeBase) -> list[str]:
    """One line per reason, naming every skill deferred for it (no reason said twice)."""
    lang = plan.language
    by_reason: dict[str, list[str]] = {}
    for d in plan.deferred:
        names = by_reason.setdefault(d.reason, [])
        name = skill_name(kb, d.skill_id, lang)
        if name not in names:
            names.append(name)
    sep, colon = t(lang, "render.sep"), t(lang, "render.colon")
    return [f"- {sep.join(names)}{colon}{reason}" for reason, names in by_reason.items()]


def _unique(values: Sequence[str], seen: set[str]) -> list[str]:
    out = []
    for v in values:
        if v and v not in seen:
            seen.add(v)
            out.append(f"- {v}")
    return out


def _review(lang: Language, review: Review) -> list[str]:
    verdict = t(lang, f"render.verdict.{review.verdict}")
    colon = t(lang, "render.colon")
    lines = [
        f"- {t(lang, f'render.severity.{f.severity}')}{colon}{f.message}" for f in review.findings
    ]
    if review.critique:
        lines.append(review.critique)
    return ["", f"## {t(lang, 'render.review', verdict=verdict)}", *lines]


def plan_markdown(
    plan: Plan,
    review: Review | None,
    status: str,
    usage: dict[str, Any] | None = None,
    *,
    kb: KnowledgeBase | None = None,
    region: str | None = None,
) -> str:
    """The plan as short Markdown in its own language. ``kb`` (default: the shipped one) gives
    names and titles for the ids the plan stores; ``region`` (the profile's, e.g. "CN") picks
    the pay band and the pay facts for where the person lives."""
    kb = kb if kb is not None else load_kb()
    lang = plan.language
    out = [
        f"# {t(lang, 'render.title', version=plan.version, target=plan.target_name)}",
        "",
        t(
            lang,
            "render.header",
            status=status_text(status, lang),
            hours=num(plan.hours_per_week),
            weeks=plan.horizon_weeks,
            start=plan.start_date,
            total=num(plan.total_hours),
        ),
    ]
    out += progress_lines(plan, kb)  # check-ins so far (issue 11)
    # plan.message restates the header (it is the chat reply); the rationale says why
    if plan.rationale:
        out += ["", plan.rationale]
    if plan.choice is not None:  # the roles an unsure user was shown, and how this one was chosen
        out += ["", plan_choice_line(plan.choice, lang)]
    phases, project_shown = _phases(plan, kb)
    out += phases
    out += _section(lang, "render.milestones", _milestones(plan))
    if not project_shown:
        out += _section(lang, "render.projects", _project_lines(plan, None, kb))
    topics = plan.interview_prep[:MAX_INTERVIEW_TOPICS]
    out += _section(lang, "render.interview", [f"- {x}" for x in topics])
    out += _section(lang, "render.pay", [f"- {x}" for x in pay_lines(plan, kb, region)])
    out += _section(lang, "render.deferred", _deferred(plan, kb))
    out += _section(lang, "render.options", [f"- {o.description}" for o in plan.options])
    seen: set[str] = set()
    out += _section(lang, "render.notes", _unique([*plan.risks, *plan.assumptions], seen))
    out += _section(lang, "render.constraints", _unique(plan.constraints, seen))
    if review is not None:
        out += _review(lang, review)
    if usage and usage.get("calls"):
        out += [
            "",
            "---",
            t(
                lang,
                "render.usage",
                calls=usage["calls"],
                input=usage.get("input_tokens", 0),
                output=usage.get("output_tokens", 0),
            ),
        ]
    return "\n".join(out) + "\n"
