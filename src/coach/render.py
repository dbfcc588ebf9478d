"""Render a plan for people and calendars: Markdown, JSON and iCalendar."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

from coach.knowledge.loader import KnowledgeBase, load_kb
from coach.nodes.choice_text import plan_choice_line
from coach.schemas import Language, Phase, Plan, Review

_LABELS: dict[str, tuple[str, str]] = {
    "plan": ("Plan", "计划"),
    "status": ("Status", "状态"),
    "target": ("Target", "目标"),
    "budget": ("Budget", "时间预算"),
    "budget_text": (
        "{hours:g} h/week x {weeks} weeks from {start}; {total:g} h scheduled",
        "每周 {hours:g} 小时 x {weeks} 周，{start} 开始；已安排 {total:g} 小时",
    ),
    "gaps": ("Skill gaps", "技能差距"),
    "gap_line": ("{name}: {have} -> {need} ({evidence})", "{name}：{have} → {need}（{evidence}）"),
    "phase_head": (
        "{name} (weeks {a}-{b}, {first} – {last}, {hours:g} h)",
        "{name}（第 {a}-{b} 周，{first} – {last}，共 {hours:g} 小时）",
    ),
    "hours": ("{hours:g} h", "{hours:g} 小时"),
    "skills_used": ("uses", "用到"),
    "weeks": ("weeks", "周"),
    "milestones": ("Milestones", "里程碑"),
    "checked": ("checked by", "检验方式"),
    "projects": ("Portfolio projects", "作品集项目"),
    "interview": ("Interview preparation", "面试准备"),
    "expectations": ("Level and pay (with sources)", "职级与薪资（附来源）"),
    "deferred": ("Deferred", "暂缓"),
    "options": ("Options (the goal does not fit the time)", "备选方案（目标超出可用时间）"),
    "risks": ("Risks", "风险"),
    "assumptions": ("Assumptions", "假设"),
    "constraints": ("Constraints (yours and your mentor's)", "约束条件（你和导师提出的）"),
    "review": ("Reviewer findings", "审核意见"),
    "verdict": ("verdict", "结论"),
    "none": ("none", "无"),
    "usage": ("Model usage", "模型用量"),
    "level.0": ("none", "零基础"),
    "level.1": ("basic", "入门"),
    "level.2": ("working", "熟练"),
    "level.3": ("expert", "精通"),
    "verdict.pass": ("pass", "通过"),
    "verdict.revise": ("revise", "需修改"),
    "verdict.infeasible": ("infeasible", "不可行"),
    "severity.error": ("error", "错误"),
    "severity.warning": ("warning", "警告"),
    "severity.info": ("info", "提示"),
}

JOB_SEARCH_STEPS: tuple[tuple[str, str], ...] = (
    (
        "Update your resume: lead with the portfolio project and what your current job "
        "already taught you.",
        "更新简历：以作品集项目和你现有工作中已经具备的能力开篇。",
    ),
    (
        "Write up the project: architecture, key decisions and their trade-offs, measured results.",
        "写好项目说明：架构、关键决策及其取舍、实测结果。",
    ),
    (
        "Two mock interviews on the topics under Interview preparation; after each, note what "
        "to improve.",
        "围绕“面试准备”中的题目做两次模拟面试；每次结束后记下需要改进的地方。",
    ),
    (
        "Apply to at least 10 matching roles and track each application and its outcome.",
        "向至少 10 个匹配岗位投递，并记录每份申请的进展和结果。",
    ),
)
"""What the job-search phase holds (the planner's job-search milestone checks these)."""

STATUS_TEXT: dict[str, tuple[str, str]] = {
    "intake": ("intake (no plan yet)", "信息收集中（尚无计划）"),
    "drafting": ("draft", "草案"),
    "awaiting_mentor": ("awaiting mentor", "等待导师审批"),
    "changes_requested": ("changes requested", "导师要求修改"),
    "approved": ("approved", "已批准"),
}


def _l(lang: str, key: str) -> str:
    en, zh = _LABELS[key]
    return zh if lang == "zh" else en


def status_text(status: str, lang: str) -> str:
    en, zh = STATUS_TEXT.get(status, (status, status))
    return zh if lang == "zh" else en


def week_dates(plan: Plan, week: int) -> tuple[date, date]:
    start = plan.start_date + timedelta(weeks=week - 1)
    return start, start + timedelta(days=6)


def _level(lang: str, level: int) -> str:
    return _l(lang, f"level.{level}") if 0 <= level <= 3 else str(level)


def _skill_name(kb: KnowledgeBase, skill_id: str, lang: Language) -> str:
    skill = kb.skills.get(skill_id)
    return skill.name.get(lang) if skill is not None else skill_id


def _resource_title(kb: KnowledgeBase, resource_id: str) -> str:
    res = kb.resources.get(resource_id)
    return res.title if res is not None else resource_id


def _weeks(lang: str, a: int, b: int) -> str:
    return f"第 {a}-{b} 周" if lang == "zh" else f"W{a}-{b}"


def _paren(lang: str, text: str) -> str:
    return f"（{text}）" if lang == "zh" else f" ({text})"


def _phase_body(plan: Plan, phase: Phase, kb: KnowledgeBase) -> list[str]:
    """The lines under a phase header: its items, or what the project / job search holds."""
    lang = plan.language
    sep = "、" if lang == "zh" else ", "
    out: list[str] = []
    for item in phase.items:
        res = ", ".join(_resource_title(kb, r) for r in item.resource_ids)
        hours = _l(lang, "hours").format(hours=item.hours)
        out.append(
            f"- {_weeks(lang, item.week_start, item.week_end)} **{item.title}**"
            + _paren(lang, hours)
            + (f" — {res}" if res else "")
            + f"\n  - {item.deliverable}"
        )
    if phase.kind == "project":
        for p in plan.portfolio_projects:
            if p.week_end < phase.week_start or p.week_start > phase.week_end:
                continue
            skills = sep.join(_skill_name(kb, s, lang) for s in p.skill_ids)
            colon = "：" if lang == "zh" else ": "
            used = _paren(lang, f"{_l(lang, 'skills_used')}{colon}{skills}") if skills else ""
            weeks = _weeks(lang, p.week_start, p.week_end)
            out.append(f"- {weeks} **{p.title}**{used}\n  - {p.description}")
    elif phase.kind == "job_search":
        out += [f"- {zh if lang == 'zh' else en}" for en, zh in JOB_SEARCH_STEPS]
    return out


def plan_markdown(
    plan: Plan,
    review: Review | None,
    status: str,
    usage: dict[str, Any] | None = None,
    *,
    kb: KnowledgeBase | None = None,
) -> str:
    """The plan as Markdown in its own language. ``kb`` (default: the shipped one) gives skill
    names and resource titles for the ids the plan stores."""
    kb = kb if kb is not None else load_kb()
    lang = plan.language
    out: list[str] = [f"# {_l(lang, 'plan')} v{plan.version}: {plan.target_name}", ""]
    out.append(f"- **{_l(lang, 'status')}**: {status_text(status, lang)}")
    budget = _l(lang, "budget_text").format(
        hours=plan.hours_per_week,
        weeks=plan.horizon_weeks,
        start=plan.start_date.isoformat(),
        total=plan.total_hours,
    )
    out.append(f"- **{_l(lang, 'budget')}**: {budget}")
    if plan.message:
        out += ["", plan.message]
    if plan.rationale:
        out += ["", plan.rationale]
    if plan.choice is not None:  # the roles an unsure user was shown, and how this one was chosen
        out += ["", plan_choice_line(plan.choice, lang)]
    if plan.gaps:
        out += ["", f"## {_l(lang, 'gaps')}"]
        out += [
            "- "
            + _l(lang, "gap_line").format(
                name=_skill_name(kb, g.skill_id, lang),
                have=_level(lang, g.have),
                need=_level(lang, g.need),
                evidence=g.evidence,
            )
            for g in plan.gaps
        ]
    for phase in plan.phases:
        first, _ = week_dates(plan, phase.week_start)
        _, last = week_dates(plan, phase.week_end)
        head = _l(lang, "phase_head").format(
            name=phase.name,
            a=phase.week_start,
            b=phase.week_end,
            first=first,
            last=last,
            hours=phase.hours,
        )
        out += ["", f"## {head}"]
        out += _phase_body(plan, phase, kb)
    if plan.milestones:
        out += ["", f"## {_l(lang, 'milestones')}"]
        for m in plan.milestones:
            if lang == "zh":
                out.append(
                    f"- 第 {m.week} 周：{m.deliverable}（{_l(lang, 'checked')}：{m.how_checked}）"
                )
            else:
                out.append(f"- W{m.week}: {m.deliverable} ({_l(lang, 'checked')}: {m.how_checked})")
    if plan.portfolio_projects:
        out += ["", f"## {_l(lang, 'projects')}"]
        for p in plan.portfolio_projects:
            colon = "：" if lang == "zh" else ": "
            out.append(
                f"- {_weeks(lang, p.week_start, p.week_end)} **{p.title}**{colon}{p.description}"
            )
    if plan.interview_prep:
        out += ["", f"## {_l(lang, 'interview')}"] + [f"- {x}" for x in plan.interview_prep]
    if plan.expectations or plan.salary_bands:
        out += ["", f"## {_l(lang, 'expectations')}"]
        out += [f"- {f.text} [{f.source_id}]" for f in plan.expectations]
        for b in plan.salary_bands:
            high = f"–{b.high:,.0f}" if b.high else "+"
            out.append(
                f"- {b.level} ({b.region}): {b.low:,.0f}{high} {b.currency}/{b.period} "
                f"[{b.source_id}]"
            )
    if plan.deferred:
        out += ["", f"## {_l(lang, 'deferred')}"] + [
            f"- {_skill_name(kb, d.skill_id, lang)}{'：' if lang == 'zh' else ': '}{d.reason}"
            for d in plan.deferred
        ]
    if plan.options:
        out += ["", f"## {_l(lang, 'options')}"] + [f"- {o.description}" for o in plan.options]
    for key, values in (
        ("risks", plan.risks),
        ("assumptions", plan.assumptions),
        ("constraints", plan.constraints),
    ):
        if values:
            out += ["", f"## {_l(lang, key)}"] + [f"- {v}" for v in values]
    if review is not None:
        verdict = _l(lang, f"verdict.{review.verdict}")
        colon = "：" if lang == "zh" else ": "
        out += [
            "",
            f"## {_l(lang, 'review')}" + _paren(lang, f"{_l(lang, 'verdict')}{colon}{verdict}"),
        ]
        if not review.findings:
            out.append(f"- {_l(lang, 'none')}")
        out += [
            f"- [{_l(lang, f'severity.{f.severity}')}] {f.check}: {f.message}"
            for f in review.findings
        ]
        if review.critique:
            out += ["", review.critique]
    if usage and usage.get("calls"):
        out += [
            "",
            f"---\n{_l(lang, 'usage')}: {usage['calls']} calls, "
            f"{usage.get('input_tokens', 0)} in / {usage.get('output_tokens', 0)} out tokens",
        ]
    return "\n".join(out) + "\n"


def plan_json(plan: Plan, review: Review | None, status: str, **extra: Any) -> str:
    doc: dict[str, Any] = {
        "status": status,
        "plan": plan.model_dump(mode="json"),
        "review": review.model_dump(mode="json") if review else None,
        **extra,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def _ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def plan_ics(plan: Plan, session_id: str) -> str:
    """One all-day event per scheduled item-week and per milestone (RFC 5545)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//coach//plan//EN", "CALSCALE:GREGORIAN"]

    def event(uid: str, day: date, days: int, summary: str, description: str) -> None:
        lines.extend(
            [
                "BEGIN:VEVENT",
                f"UID:{uid}@coach",
                f"DTSTAMP:{stamp}",
                f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{day + timedelta(days=days):%Y%m%d}",
                f"SUMMARY:{_ics_escape(summary)}",
                f"DESCRIPTION:{_ics_escape(description)}",
                "END:VEVENT",
            ]
        )

    for n, item in enumerate(plan.items()):
        first, _ = week_dates(plan, item.week_start)
        days = 7 * (item.week_end - item.week_start + 1)
        event(f"{session_id}-v{plan.version}-i{n}", first, days, item.title, item.deliverable)
    for n, m in enumerate(plan.milestones):
        _, last = week_dates(plan, m.week)
        event(f"{session_id}-v{plan.version}-m{n}", last, 1, m.deliverable, m.how_checked)
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"
