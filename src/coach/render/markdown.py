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
from coach.render.capped import item_title
from coach.render.choice import plan_choice_line
from coach.render.common import (
    IN_WORK_KEYS,
    JOB_SEARCH_KEYS,
    hours_changes,
    item_resource,
    item_url,
    num,
    skill_name,
    status_text,
    weeks_label,
    whole,
)
from coach.render.compact import MAX_WORDS, compact_plan
from coach.render.grouping import deferred_lines, grouped_findings
from coach.render.milestones import catalog_shape, milestone_lines, short_description
from coach.render.pay import band_shown, pay_lines
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


def _item_lines(
    plan: Plan,
    phase: Phase,
    kb: KnowledgeBase,
    said: set[str],
    first: dict[str, str],
) -> list[str]:
    """One line per item; the material or practice of a skill is named once, on its first
    item: the second half of a split skill points back to it ("same as W3-5"), and so does
    a skill whose material an earlier skill already named (one Datawhale tutorial for
    embeddings, vector databases and RAG is named once)."""
    lang = plan.language
    dot = t(lang, "render.dot")
    out: list[str] = []
    for item in phase.items:
        weeks = weeks_label(lang, item.week_start, item.week_end)
        text, material = item_resource(kb, item, lang)
        url = item_url(kb, item) if material else None
        what = f"[{text}]({url})" if url else text if material else ""
        what = what or (t(lang, "render.practise", text=text) if text else "")
        if f"{item.skill_id}\n{what}" in said:
            what = t(lang, "render.same_as", weeks=first.get(item.skill_id, ""))
        elif material and f"\n{what}" in first:  # the same material as an earlier skill's
            first.setdefault(item.skill_id, weeks)
            said.add(f"{item.skill_id}\n{what}")
            what = t(lang, "render.same_material", weeks=first[f"\n{what}"])
        else:
            first.setdefault(item.skill_id, weeks)
            first.setdefault(f"\n{what}", weeks)
        said.update({f"{item.skill_id}\n{what}", text})
        parts = [
            weeks,
            f"**{item_title(plan, item, kb)}**",
            t(lang, "render.hours", hours=whole(item.hours)),
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
        tail = f"{colon}{short_description(p.description)}" if p.description and not said else ""
        out.append("- " + dot.join(head) + tail)
    return out


def _phases(plan: Plan, kb: KnowledgeBase) -> tuple[list[str], bool]:
    """Every phase with its lines; True when a project phase showed the portfolio project."""
    lang = plan.language
    out: list[str] = []
    shown = False
    said: set[str] = set()
    first: dict[str, str] = {}  # the weeks where each skill's material was named
    for phase in plan.phases:
        a, b = phase.week_start, phase.week_end
        weeks = (
            t(lang, "render.phase.week", a=a) if a == b else t(lang, "render.phase.weeks", a=a, b=b)
        )
        head = t(lang, "render.phase", name=phase.name, weeks=weeks, hours=whole(phase.hours))
        body = _item_lines(plan, phase, kb, said, first)
        if phase.kind == "project":
            projects = _project_lines(plan, phase, kb)
            shown = shown or bool(projects)
            body += projects
        elif phase.kind == "job_search":
            role = kb.roles.get(plan.target)
            in_work = role is not None and role.family == "non_coding"  # no job search
            keys = IN_WORK_KEYS if in_work else JOB_SEARCH_KEYS
            body += [f"- {x}" for x in phase.steps] or [f"- {t(lang, k)}" for k in keys]
        out += ["", f"## {head}", *body]
    return out, shown


_DERIVED = re.compile(r"^(?:implied by [^:]+: |由.+?推断：)")
"""The prefix of evidence carried over from another skill (engine/understand/implied.py): the
person's own words follow it."""


def _strengths(plan: Plan, kb: KnowledgeBase) -> list[str]:
    """What the person already brings: one line per piece of their own words, naming every
    skill those words show (their level in brackets)."""
    lang = plan.language
    by_words: dict[str, list[str]] = {}
    for s in plan.strengths:
        name = t(
            lang,
            "render.strength",
            name=skill_name(kb, s.skill_id, lang),
            level=t(lang, f"plan.level.{s.level}"),
        )
        by_words.setdefault(_DERIVED.sub("", s.words), []).append(name)
    sep = t(lang, "render.sep")
    return [
        "- " + t(lang, "render.strengths_line", skills=sep.join(names), words=words)
        for words, names in by_words.items()
    ]


def _ambitions(plan: Plan) -> list[str]:
    """Goals the sources say are not realistic yet, each with the realistic alternative."""
    lang = plan.language
    return [
        "- " + t(lang, "render.ambition", message=a.message, alternative=a.alternative)
        for a in plan.ambitions
    ]


def _notes(plan: Plan, region: str | None) -> list[str]:
    """Risks and assumptions, without what the plan already says elsewhere: the goals to adjust,
    the strengths, and the hours (the header gives them)."""
    lang = plan.language
    # the foundations' "just enough" is in the rationale and their items; a caveat about pay
    # figures only where the plan shows figures
    shapes = [
        catalog_shape(lang, "plan.assume.capacity"),
        catalog_shape(lang, "plan.assume.just_enough"),
    ]
    if not band_shown(plan, region):
        shapes.append(catalog_shape(lang, "plan.risk.sources"))
    if plan.options:  # said as the first line of the options
        shapes.append(catalog_shape(lang, "plan.risk.infeasible"))
    if not plan.salary_bands:
        shapes.append(catalog_shape(lang, "plan.risk.market"))
    if plan.strengths:
        shapes.append(catalog_shape(lang, "plan.assume.known"))
    goals = tuple(a.message for a in plan.ambitions)
    return [
        n
        for n in [*plan.risks, *plan.assumptions]
        if not (goals and n.startswith(goals)) and not any(p.match(n) for p in shapes)
    ]


def _options(plan: Plan) -> list[str]:
    """Why the goal does not fit (the hours it needs against the hours there are), then each
    option that would make it fit."""
    if not plan.options:
        return []
    shape = catalog_shape(plan.language, "plan.risk.infeasible")
    why = [r for r in plan.risks if shape.match(r)][:1]
    return [*why, *(f"- {o.description}" for o in plan.options)]


def _unique(values: Sequence[str], seen: set[str]) -> list[str]:
    out = []
    for v in values:
        if v and v not in seen:
            seen.add(v)
            out.append(f"- {v}")
    return out


def _review(plan: Plan, review: Review) -> list[str]:
    """The verdict and its findings; the findings about goals the plan already names under
    "Goals to adjust" are one line pointing there, not the same text again."""
    lang = plan.language
    verdict = t(lang, f"render.verdict.{review.verdict}")
    named = {a.kind for a in plan.ambitions}
    said = [f for f in review.findings if f.check == "ambition" and f.ref in named]
    # "does not fit: N deferred, M options": the options and deferred sections show them
    listed = catalog_shape(lang, "checks.infeasible") if plan.options else None
    kept = [f for f in review.findings if f not in said]
    kept = [f for f in kept if listed is None or not listed.match(f.message)]
    lines = grouped_findings(lang, kept)
    if said:
        severity = t(lang, f"render.severity.{said[0].severity}")
        line = t(lang, "render.review.ambitions", severity=severity, count=len(said))
        lines.insert(0, f"- {line}")
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
    the pay band and the pay facts for where the person lives. A plan over the length limit
    is said more briefly (:mod:`coach.render.compact`)."""
    kb = kb if kb is not None else load_kb()
    text = _render(plan, review, status, usage, kb, region)
    if plan_words(text) > MAX_WORDS.get(plan.language, MAX_WORDS["en"]):
        text = _render(compact_plan(plan, kb), review, status, usage, kb, region)
    return single_stops(text)


_DOUBLED = re.compile(r"(?<!\.)\.\.(?!\.)|。[。.]|\.。")


def single_stops(text: str) -> str:
    """One full stop where a sentence that ends in one was put into a message that adds its own
    ("... per year.. For this job"; "。。"); an ellipsis ("...") is kept."""
    return _DOUBLED.sub(lambda m: "。" if "。" in m.group() else ".", text)


def _render(
    plan: Plan,
    review: Review | None,
    status: str,
    usage: dict[str, Any] | None,
    kb: KnowledgeBase,
    region: str | None,
) -> str:
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
            total=whole(plan.total_hours),
            changes=hours_changes(plan),
        ),
    ]
    out += progress_lines(plan, kb)  # check-ins so far (issue 11)
    # plan.message restates the header (it is the chat reply); the rationale says why
    if plan.rationale:
        out += ["", plan.rationale]
    if plan.choice is not None:  # the roles an unsure user was shown, and how this one was chosen
        out += ["", plan_choice_line(plan.choice, lang)]
    out += _section(lang, "render.ambitions", _ambitions(plan))
    out += _section(lang, "render.strengths", _strengths(plan, kb))
    phases, project_shown = _phases(plan, kb)
    out += phases
    role = kb.roles.get(plan.target)
    no_code = role is not None and role.family == "non_coding"
    out += _section(lang, "render.milestones", milestone_lines(plan, no_code))
    if not project_shown:
        out += _section(lang, "render.projects", _project_lines(plan, None, kb))
    stays = t(lang, "plan.phase.job_search.non_coding")  # AI in the job they have: no interview
    in_work = no_code or any(p.kind == "job_search" and p.name == stays for p in plan.phases)
    # a role without coding is AI in one's own work (even when no time is left for the last
    # phase, a clinic owner is not interviewing)
    topics = [] if in_work else list(dict.fromkeys(plan.interview_prep))[:MAX_INTERVIEW_TOPICS]
    out += _section(lang, "render.interview", [f"- {x}" for x in topics])
    out += _section(lang, "render.pay", [f"- {x}" for x in pay_lines(plan, kb, region)])
    out += _section(lang, "render.deferred", deferred_lines(plan, kb))
    out += _section(lang, "render.options", _options(plan))
    seen: set[str] = set()
    out += _section(lang, "render.notes", _unique(_notes(plan, region), seen))
    out += _section(lang, "render.constraints", _unique(plan.constraints, seen))
    if review is not None:
        out += _review(plan, review)
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
