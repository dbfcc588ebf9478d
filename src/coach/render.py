"""Render a plan for people and calendars: Markdown, JSON and iCalendar."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

from coach.schemas import Plan, Review

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
    "constraints": ("Mentor constraints", "导师约束"),
    "review": ("Reviewer findings", "审核意见"),
    "verdict": ("verdict", "结论"),
    "none": ("none", "无"),
    "usage": ("Model usage", "模型用量"),
}

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


def plan_markdown(
    plan: Plan,
    review: Review | None,
    status: str,
    usage: dict[str, Any] | None = None,
) -> str:
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
    if plan.gaps:
        out += ["", f"## {_l(lang, 'gaps')}"]
        out += [f"- {g.skill_id}: {g.have} -> {g.need} ({g.evidence})" for g in plan.gaps]
    for phase in plan.phases:
        first, _ = week_dates(plan, phase.week_start)
        _, last = week_dates(plan, phase.week_end)
        out += ["", f"## {phase.name} ({phase.week_start}-{phase.week_end}, {first} – {last})"]
        for item in phase.items:
            res = f" — {', '.join(item.resource_ids)}" if item.resource_ids else ""
            out.append(
                f"- W{item.week_start}-{item.week_end} **{item.title}** "
                f"({item.hours:g} h){res}\n  - {item.deliverable}"
            )
    if plan.milestones:
        out += ["", f"## {_l(lang, 'milestones')}"]
        for m in plan.milestones:
            out.append(f"- W{m.week}: {m.deliverable} ({_l(lang, 'checked')}: {m.how_checked})")
    if plan.portfolio_projects:
        out += ["", f"## {_l(lang, 'projects')}"]
        for p in plan.portfolio_projects:
            out.append(f"- W{p.week_start}-{p.week_end} **{p.title}**: {p.description}")
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
            f"- {d.skill_id}: {d.reason}" for d in plan.deferred
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
        out += ["", f"## {_l(lang, 'review')} ({_l(lang, 'verdict')}: {review.verdict})"]
        if not review.findings:
            out.append(f"- {_l(lang, 'none')}")
        out += [f"- [{f.severity}] {f.check}: {f.message}" for f in review.findings]
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
