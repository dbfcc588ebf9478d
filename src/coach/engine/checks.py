"""The reviewer's hard checks: pure functions, each returning a list of findings.

A plan that fails an error-severity check never reaches the mentor as "passed". Warnings and
info findings are shown to the mentor but do not block. ``review_plan`` runs them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Literal

from coach.engine.constraint_checks import check_constraint_kinds
from coach.engine.constraints import (
    Constraint,
    excluded_skills,
    matches_topic,
    plan_limits,
    resolve_from_date,
    with_user_constraints,
)
from coach.engine.gaps import effective_levels
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Finding, Language, Plan, Profile, Review, Severity

EPS = 1e-6
MIN_BUFFER_SHARE = 0.10
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z]+")

# --------------------------------------------------------------------------- messages
_M: dict[str, tuple[str, str]] = {
    "week_over": (
        "Week {week} has {hours} h scheduled, over its limit of {limit} h.",
        "第 {week} 周安排了 {hours} 小时，超过上限 {limit} 小时。",
    ),
    "weeks_beyond": (
        "Hours are scheduled in week {week}, after the {horizon}-week horizon.",
        "第 {week} 周仍有安排，超出了 {horizon} 周的周期。",
    ),
    "week_beyond": (
        "{what} ends in week {week}, after the {horizon}-week horizon.",
        "“{what}”在第 {week} 周结束，超出了 {horizon} 周的周期。",
    ),
    "week_order": ("{what} has week_start after week_end.", "“{what}”的开始周晚于结束周。"),
    "total_mismatch": (
        "Total hours {total} do not match the weekly hours, which add up to {sum}.",
        "总学时 {total} 与每周学时之和 {sum} 不一致。",
    ),
    "items_over_total": (
        "Items add up to {items} h, more than the {total} h scheduled.",
        "各学习项合计 {items} 小时，超过已安排的 {total} 小时。",
    ),
    "over_capacity": (
        "{total} h scheduled but only {capacity} h fit in {weeks} weeks.",
        "安排了 {total} 小时，但 {weeks} 周内只有 {capacity} 小时可用。",
    ),
    "thin_buffer": (
        "Only {share}% of the available hours are left as a buffer (aim for at least 10%).",
        "可用时间中只留了 {share}% 作为缓冲（建议至少 10%）。",
    ),
    "gap_uncovered": (
        "Gap {skill} (level {need} needed) is neither planned to that level nor deferred.",
        "技能差距 {skill}（需要 {need} 级）既没有安排到该水平，也没有说明推迟。",
    ),
    "deferral_no_reason": (
        "{skill} is deferred without a reason.",
        "{skill} 被推迟但没有说明原因。",
    ),
    "prereq_order": (
        "{skill} starts in week {start}, before its prerequisite {pre} ends (week {end}).",
        "{skill} 在第 {start} 周开始，早于其前置技能 {pre} 的结束（第 {end} 周）。",
    ),
    "prereq_sequence": (
        "{skill} is listed before its prerequisite {pre}.",
        "{skill} 排在其前置技能 {pre} 之前。",
    ),
    "prereq_deferred": (
        "{skill} is planned but its prerequisite {pre} is a gap with no item.",
        "{skill} 已安排，但其前置技能 {pre} 是差距却没有安排。",
    ),
    "no_deliverable": ("{what} has no deliverable.", "“{what}”没有可交付成果。"),
    "no_check": (
        "Milestone in week {week} does not say how it is checked.",
        "第 {week} 周的里程碑没有说明如何检查。",
    ),
    "milestone_gap": (
        "No milestone for {gap} weeks (weeks {a}-{b}); aim for one every 3-6 weeks.",
        "连续 {gap} 周没有里程碑（第 {a}-{b} 周）；建议每 3-6 周一个。",
    ),
    "no_milestones": ("The plan has no milestones.", "计划没有里程碑。"),
    "unknown_skill": (
        "Unknown skill id {ref} in {where}.",
        "{where} 中的技能 {ref} 不在知识库中。",
    ),
    "unknown_resource": ("Unknown resource id {ref}.", "资源 {ref} 不在知识库中。"),
    "resource_mismatch": (
        "Resource {ref} does not teach {skill}.",
        "资源 {ref} 并不教授 {skill}。",
    ),
    "unknown_fact": ("Fact {ref} is not in the knowledge base.", "事实 {ref} 不在知识库中。"),
    "fact_source": (
        "Fact {ref} cites {source}, but the knowledge base gives {expected}.",
        "事实 {ref} 引用了 {source}，但知识库中的来源是 {expected}。",
    ),
    "unknown_source": (
        "Source {ref} ({where}) is not in the knowledge base.",
        "{where} 引用的来源 {ref} 不在知识库中。",
    ),
    "unknown_role": (
        "Role {ref} ({where}) is not in the knowledge base.",
        "{where} 中的岗位 {ref} 不在知识库中。",
    ),
    "promise": (
        "A promise about jobs or pay: “{text}”. Plans describe the market, never promise.",
        "出现了对就业或薪资的承诺：“{text}”。计划只描述市场，不做承诺。",
    ),
    "language_text": (
        "Text is not in the user's language ({language}): “{text}”.",
        "文本不是用户使用的语言（{language}）：“{text}”。",
    ),
    "language_share": (
        "Only {share}% of the plan's words are Chinese; the user writes Chinese.",
        "计划中只有 {share}% 的文字是中文，而用户使用中文。",
    ),
    "language_share_en": (
        "{share}% of the plan's words are Chinese; the user writes English.",
        "计划中有 {share}% 的文字是中文，而用户使用英文。",
    ),
    "language_field": (
        "The plan is in {plan}, but the user writes {user}.",
        "计划语言为 {plan}，但用户使用 {user}。",
    ),
    "c_exclude_skill": (
        "{skill} was excluded (by the mentor or the user) but is planned.",
        "{skill} 已被排除（导师或用户要求），但计划中仍有安排。",
    ),
    "c_exclude_kind": (
        "Resource {ref} is a {kind}, which the mentor excluded.",
        "资源 {ref} 属于导师排除的类型（{kind}）。",
    ),
    "c_exclude_topic": (
        "{ref} is about a topic the mentor excluded ({topic}).",
        "{ref} 属于导师排除的主题（{topic}）。",
    ),
    "c_hours_from": (
        "Week {week} has {hours} h, over the {limit} h a week asked from {day}.",
        "第 {week} 周安排了 {hours} 小时，超过了自 {day} 起每周 {limit} 小时的要求。",
    ),
    "c_max_hours": (
        "Week {week} has {hours} h, over the mentor's {limit} h a week.",
        "第 {week} 周安排了 {hours} 小时，超过导师要求的每周 {limit} 小时。",
    ),
    "c_horizon": (
        "The horizon is {weeks} weeks; the mentor asked for {asked}.",
        "周期为 {weeks} 周，而导师要求 {asked} 周。",
    ),
    "c_focus": (
        "The mentor asked to focus on {skill}, but the plan neither covers nor defers it.",
        "导师要求重点加强 {skill}，但计划中既没有安排也没有说明推迟。",
    ),
    "c_project": (
        "The project was asked for earlier, but it starts in week {project}, after core skills "
        "it does not use (from week {core}).",
        "要求提前做项目，但项目在第 {project} 周才开始，晚于与项目无关的核心技能（第 {core} 周起）。",
    ),
    "c_note": ("Mentor note kept for review: “{text}”.", "保留导师备注供审阅：“{text}”。"),
    "c_note_user": (
        "The user's own constraint, kept for the mentor to read: “{text}”.",
        "用户自己提出的约束，留给导师查看：“{text}”。",
    ),
    "infeasible": (
        "The goal does not fit the hours: {count} skill(s) deferred; {options} option(s) offered.",
        "目标在现有时间内放不下：{count} 项技能推迟，提供了 {options} 个备选方案。",
    ),
    "infeasible_no_options": (
        "The plan is marked infeasible but offers no options.",
        "计划被标记为不可行，却没有提供备选方案。",
    ),
    "infeasible_no_deferral": (
        "The plan is marked infeasible but defers nothing and keeps the project and job search.",
        "计划被标记为不可行，却没有推迟任何内容，项目和求职也都在。",
    ),
    "feasible_with_deferrals": (
        "The plan is marked feasible but defers {skills} for lack of time.",
        "计划被标记为可行，却因时间不足推迟了 {skills}。",
    ),
}

# Promises about jobs or pay, in English and Chinese. "Guarantee"/"保证" count only near a job or
# pay word ("guarantees bounded latency" is engineering), and negated forms ("no guarantee",
# "不保证") are allowed: saying there is no promise is the honest thing to say.
_JOB_WORDS_EN = (
    r"(?:jobs?|offers?|positions?|roles?|hired|hiring|employment|placements?|salar(?:y|ies)|pay"
    r"|income|interviews?|career|promotion|raise)"
)
_JOB_WORDS_ZH = r"(?:就业|录用|录取|offer|入职|工作|岗位|职位|薪|涨薪|拿到|找到|面试|转型成功|高薪)"
PROMISE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(
        rf"(?<!no )(?<!not )(?<!cannot )(?<!can't )\bguarantee(?:d|s)?\b\W+(?:\w+\W+){{0,5}}?"
        rf"{_JOB_WORDS_EN}\b",
        re.I,
    ),
    re.compile(rf"\b{_JOB_WORDS_EN}\s+guarantee", re.I),
    re.compile(
        r"\byou(?:'ll| will) (?:definitely |surely |certainly )?(?:get|land|receive|secure) "
        r"(?:an? |the )?(?:offer|job|position|role)",
        re.I,
    ),
    re.compile(
        r"\byou(?:'ll| will) (?:definitely |surely |certainly )?(?:earn|make) (?:at least )?"
        r"[$¥€£]?\d",
        re.I,
    ),
    re.compile(r"\b(?:100|hundred)\s*%\s*(?:success|placement|job|hired|offer)", re.I),
    re.compile(
        r"\bjob placement (?:is )?assured\b|\bassured (?:job|offer|salary|placement)\b", re.I
    ),
    re.compile(
        r"\b(?:definitely|certainly|surely) (?:be )?(?:hired|get (?:an? )?(?:offer|job))", re.I
    ),
    re.compile(rf"(?<![不无难])保证.{{0,10}}?{_JOB_WORDS_ZH}", re.I),
    re.compile(r"包就业|包offer|包 offer|包过|包入职|包录取|保就业", re.I),
    re.compile(r"一定能?(?:拿到|找到|获得|进入|入职|拿|涨薪)"),
    re.compile(r"肯定能?(?:拿到|找到|获得|入职|拿)"),
    re.compile(r"稳拿|必拿|必定(?:能)?(?:拿到|找到|获得)|百分之百|100\s*%\s*(?:就业|录取|拿到)"),
    re.compile(r"确保.{0,8}(?:offer|录用|录取|就业|入职|薪资|年薪|月薪)", re.I),
)


def _m(lang: Language, key: str, **values: object) -> str:
    en, zh = _M[key]
    return (zh if lang == "zh" else en).format(**values)


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _f(check: str, severity: Severity, message: str, ref: str | None = None) -> Finding:
    return Finding(check=check, severity=severity, message=message, ref=ref)


def plan_texts(plan: Plan) -> list[tuple[str, str]]:
    """(ref, text) for every text of the plan the user reads, written by the planner.

    ``constraints`` are left out: they quote the mentor's and user's own words.
    """
    out: list[tuple[str, str]] = [("target_name", plan.target_name)]
    for i, ph in enumerate(plan.phases):
        out.append((f"phases[{i}].name", ph.name))
        for j, it in enumerate(ph.items):
            out.append((f"phases[{i}].items[{j}].title", it.title))
            out.append((f"phases[{i}].items[{j}].deliverable", it.deliverable))
    for i, ms in enumerate(plan.milestones):
        out.append((f"milestones[{i}].deliverable", ms.deliverable))
        out.append((f"milestones[{i}].how_checked", ms.how_checked))
    for i, pp in enumerate(plan.portfolio_projects):
        out.append((f"portfolio_projects[{i}].title", pp.title))
        out.append((f"portfolio_projects[{i}].description", pp.description))
    out += [(f"interview_prep[{i}]", t) for i, t in enumerate(plan.interview_prep)]
    out += [(f"expectations[{i}]", f.text) for i, f in enumerate(plan.expectations)]
    out += [(f"deferred[{i}]", d.reason) for i, d in enumerate(plan.deferred)]
    out += [(f"options[{i}]", o.description) for i, o in enumerate(plan.options)]
    out += [(f"risks[{i}]", t) for i, t in enumerate(plan.risks)]
    out += [(f"assumptions[{i}]", t) for i, t in enumerate(plan.assumptions)]
    out += [("rationale", plan.rationale), ("message", plan.message)]
    return [(ref, text) for ref, text in out if text]


# --------------------------------------------------------------------------- checks
def check_weekly_hours(plan: Plan, constraints: Sequence[Constraint] = ()) -> list[Finding]:
    """No week is over its limit: the weekly budget, lowered by ``hours_from`` constraints."""
    lang = plan.language
    limits = plan_limits(plan, constraints)
    out: list[Finding] = []
    for i, hours in enumerate(plan.weekly_hours):
        week = i + 1
        if week > len(limits):
            if hours > EPS:
                out.append(
                    _f(
                        "weekly_hours",
                        "error",
                        _m(lang, "weeks_beyond", week=week, horizon=plan.horizon_weeks),
                        f"week {week}",
                    )
                )
            continue
        if hours > limits[i] + EPS:
            out.append(
                _f(
                    "weekly_hours",
                    "error",
                    _m(lang, "week_over", week=week, hours=_num(hours), limit=_num(limits[i])),
                    f"week {week}",
                )
            )
    return out


def check_total_within_horizon(plan: Plan, constraints: Sequence[Constraint] = ()) -> list[Finding]:
    """Everything happens inside the horizon, the totals add up, and the total fits the hours
    available (with a buffer for real life, as a warning)."""
    lang = plan.language
    check = "total_within_horizon"
    out: list[Finding] = []
    spans: list[tuple[str, int, int]] = []
    for ph in plan.phases:
        spans.append((ph.name, ph.week_start, ph.week_end))
        spans += [(it.title, it.week_start, it.week_end) for it in ph.items]
    spans += [(pp.title, pp.week_start, pp.week_end) for pp in plan.portfolio_projects]
    spans += [(f"milestone {ms.week}", ms.week, ms.week) for ms in plan.milestones]
    for what, start, end in spans:
        if end > plan.horizon_weeks:
            msg = _m(lang, "week_beyond", what=what, week=end, horizon=plan.horizon_weeks)
            out.append(_f(check, "error", msg, what))
        if start > end:
            out.append(_f(check, "error", _m(lang, "week_order", what=what), what))
    for i, hours in enumerate(plan.weekly_hours[plan.horizon_weeks :], start=plan.horizon_weeks):
        if hours > EPS:
            msg = _m(lang, "weeks_beyond", week=i + 1, horizon=plan.horizon_weeks)
            out.append(_f(check, "error", msg, f"week {i + 1}"))
    weekly_sum = sum(plan.weekly_hours)
    if abs(weekly_sum - plan.total_hours) > 0.05:
        msg = _m(lang, "total_mismatch", total=_num(plan.total_hours), sum=_num(weekly_sum))
        out.append(_f(check, "error", msg))
    item_hours = sum(it.hours for it in plan.items())
    if item_hours > plan.total_hours + 0.05:
        msg = _m(lang, "items_over_total", items=_num(item_hours), total=_num(plan.total_hours))
        out.append(_f(check, "error", msg))
    limits = plan_limits(plan, constraints)
    capacity = sum(limits)
    if plan.total_hours > capacity + 0.05:
        msg = _m(
            lang,
            "over_capacity",
            total=_num(plan.total_hours),
            capacity=_num(capacity),
            weeks=plan.horizon_weeks,
        )
        out.append(_f(check, "error", msg))
    elif capacity > 0 and plan.total_hours > 0:
        share = (capacity - plan.total_hours) / capacity
        if share < MIN_BUFFER_SHARE - EPS:
            out.append(_f(check, "warning", _m(lang, "thin_buffer", share=_num(share * 100))))
    return out


def check_gap_coverage(plan: Plan) -> list[Finding]:
    """Every gap is planned up to its level, or deferred with a reason."""
    lang = plan.language
    reached: dict[str, int] = {}
    for it in plan.items():
        reached[it.skill_id] = max(reached.get(it.skill_id, 0), it.level_to)
    deferred = {d.skill_id: d.reason for d in plan.deferred}
    out: list[Finding] = []
    for gap in plan.gaps:
        if reached.get(gap.skill_id, 0) >= gap.need:
            continue
        if gap.skill_id not in deferred:
            msg = _m(lang, "gap_uncovered", skill=gap.skill_id, need=gap.need)
            out.append(_f("gap_coverage", "error", msg, gap.skill_id))
        elif not deferred[gap.skill_id].strip():
            msg = _m(lang, "deferral_no_reason", skill=gap.skill_id)
            out.append(_f("gap_coverage", "error", msg, gap.skill_id))
    return out


def check_prerequisite_order(
    plan: Plan, kb: KnowledgeBase, constraints: Sequence[Constraint] = ()
) -> list[Finding]:
    """No item starts before the items of its prerequisites end, and none is listed before them;
    a prerequisite that is a gap is not skipped (unless the mentor excluded it)."""
    lang = plan.language
    check = "prerequisite_order"
    items = plan.items()
    index = {it.skill_id: i for i, it in enumerate(items)}
    gap_ids = {g.skill_id for g in plan.gaps}
    excluded = excluded_skills(constraints, kb)
    out: list[Finding] = []
    for i, it in enumerate(items):
        skill = kb.skills.get(it.skill_id)
        if skill is None:
            continue  # check_grounding reports it
        for pre in skill.prerequisites:
            if pre in index:
                before = items[index[pre]]
                if index[pre] > i:
                    msg = _m(lang, "prereq_sequence", skill=it.skill_id, pre=pre)
                    out.append(_f(check, "error", msg, it.skill_id))
                if it.week_start < before.week_end:
                    msg = _m(
                        lang,
                        "prereq_order",
                        skill=it.skill_id,
                        start=it.week_start,
                        pre=pre,
                        end=before.week_end,
                    )
                    out.append(_f(check, "error", msg, it.skill_id))
            elif pre in gap_ids and pre not in excluded:
                msg = _m(lang, "prereq_deferred", skill=it.skill_id, pre=pre)
                out.append(_f(check, "error", msg, it.skill_id))
    return out


def check_deliverables(plan: Plan) -> list[Finding]:
    """Every item and milestone has a concrete deliverable; milestones say how they are checked
    and come every few weeks (a gap over 6 weeks is a warning)."""
    lang = plan.language
    check = "deliverables"
    out: list[Finding] = []
    for it in plan.items():
        if not it.deliverable.strip():
            out.append(_f(check, "error", _m(lang, "no_deliverable", what=it.title), it.skill_id))
    for pp in plan.portfolio_projects:
        if not pp.description.strip():
            out.append(_f(check, "error", _m(lang, "no_deliverable", what=pp.title), pp.title))
    for ms in plan.milestones:
        if not ms.deliverable.strip():
            what = f"milestone {ms.week}"
            out.append(_f(check, "error", _m(lang, "no_deliverable", what=what), what))
        if not ms.how_checked.strip():
            out.append(_f(check, "error", _m(lang, "no_check", week=ms.week), f"week {ms.week}"))
    if plan.items() and not plan.milestones:
        out.append(_f(check, "error", _m(lang, "no_milestones")))
    weeks = [0, *sorted(ms.week for ms in plan.milestones)]
    for a, b in pairwise(weeks):
        if b - a > 6:
            msg = _m(lang, "milestone_gap", gap=b - a, a=a + 1, b=b)
            out.append(_f(check, "warning", msg, f"week {b}"))
    return out


def check_grounding(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    """Every skill, resource, fact, source and role the plan names exists in the KB, and every
    resource teaches the skill it is listed for."""
    lang = plan.language
    check = "grounding"
    out: list[Finding] = []

    def skill(ref: str, where: str) -> None:
        if ref not in kb.skills:
            out.append(_f(check, "error", _m(lang, "unknown_skill", ref=ref, where=where), ref))

    def source(ref: str, where: str) -> None:
        if ref not in kb.sources:
            out.append(_f(check, "error", _m(lang, "unknown_source", ref=ref, where=where), ref))

    if plan.target not in kb.roles:
        out.append(
            _f(
                check,
                "error",
                _m(lang, "unknown_role", ref=plan.target, where="target"),
                plan.target,
            )
        )
    for gap in plan.gaps:
        skill(gap.skill_id, "gaps")
    for d in plan.deferred:
        skill(d.skill_id, "deferred")
    for it in plan.items():
        skill(it.skill_id, it.title)
        for rid in it.resource_ids:
            res = kb.resources.get(rid)
            if res is None:
                out.append(_f(check, "error", _m(lang, "unknown_resource", ref=rid), rid))
            elif it.skill_id not in res.skills:
                msg = _m(lang, "resource_mismatch", ref=rid, skill=it.skill_id)
                out.append(_f(check, "error", msg, rid))
    for pp in plan.portfolio_projects:
        for sid in pp.skill_ids:
            skill(sid, pp.title)
    for fact in plan.expectations:
        kb_fact = kb.facts.get(fact.fact_id)
        if kb_fact is None:
            out.append(_f(check, "error", _m(lang, "unknown_fact", ref=fact.fact_id), fact.fact_id))
        elif kb_fact.source_id != fact.source_id:
            msg = _m(
                lang,
                "fact_source",
                ref=fact.fact_id,
                source=fact.source_id,
                expected=kb_fact.source_id,
            )
            out.append(_f(check, "error", msg, fact.fact_id))
        source(fact.source_id, fact.fact_id)
    for band in plan.salary_bands:
        source(band.source_id, f"salary band {band.level}")
    for opt in plan.options:
        if opt.role_id is not None and opt.role_id not in kb.roles:
            msg = _m(lang, "unknown_role", ref=opt.role_id, where="options")
            out.append(_f(check, "error", msg, opt.role_id))
    return out


def check_no_promises(plan: Plan) -> list[Finding]:
    """No text promises a job, an offer or a salary (English and Chinese patterns)."""
    out: list[Finding] = []
    for ref, text in plan_texts(plan):
        for pattern in PROMISE_PATTERNS:
            m = pattern.search(text)
            if m:
                excerpt = text[max(0, m.start() - 20) : m.end() + 20]
                msg = _m(plan.language, "promise", text=excerpt)
                out.append(_f("no_promises", "error", msg, ref))
                break
    return out


def cjk_share(text: str) -> float | None:
    """Chinese characters / (Chinese characters + Latin words); None for a text with neither.

    Latin words count once each, so skill names like "LangGraph" inside Chinese text weigh
    little, as they do for a reader."""
    cjk = len(CJK.findall(text))
    words = len(LATIN_WORD.findall(text))
    return cjk / (cjk + words) if cjk + words else None


def check_language(plan: Plan, profile: Profile | None = None) -> list[Finding]:
    """The plan is in the user's language: for Chinese, most words are Chinese and no long text
    is in English only; for English, (almost) no Chinese. Skill names may be mixed in."""
    lang = plan.language
    check = "language"
    out: list[Finding] = []
    if profile is not None and profile.language != plan.language:
        msg = _m(lang, "language_field", plan=plan.language, user=profile.language)
        out.append(_f(check, "error", msg))
    cjk_total = words_total = 0
    for ref, text in plan_texts(plan):
        share = cjk_share(text)
        cjk_total += len(CJK.findall(text))
        words_total += len(LATIN_WORD.findall(text))
        if share is None:
            continue
        wrong = (share == 0 and len(LATIN_WORD.findall(text)) >= 4) if lang == "zh" else share > 0.2
        if wrong:
            msg = _m(lang, "language_text", language=lang, text=text[:60])
            out.append(_f(check, "error", msg, ref))
    if cjk_total + words_total:
        share = cjk_total / (cjk_total + words_total)
        if lang == "zh" and share < 0.5:
            out.append(_f(check, "error", _m(lang, "language_share", share=_num(share * 100))))
        if lang == "en" and share > 0.05:
            out.append(_f(check, "error", _m(lang, "language_share_en", share=_num(share * 100))))
    return out


def check_constraints(
    plan: Plan, kb: KnowledgeBase, constraints: Sequence[Constraint], profile: Profile | None = None
) -> list[Finding]:
    """Every typed mentor constraint is honoured; notes are surfaced to the mentor as info.

    With ``profile``, a focus on a skill the user already masters (level 3) needs no item."""
    lang = plan.language
    mastered = (
        {s for s, (level, _) in effective_levels(profile, kb).items() if level >= 3}
        if profile is not None
        else set()
    )
    check = "constraints"
    out: list[Finding] = []
    items = plan.items()
    deferred = {d.skill_id for d in plan.deferred}
    for c in constraints:
        if c.kind == "exclude_skill" and c.skill_id:
            if any(it.skill_id == c.skill_id for it in items):
                msg = _m(lang, "c_exclude_skill", skill=c.skill_id)
                out.append(_f(check, "error", msg, c.skill_id))
        elif c.kind == "exclude_resource_kind":
            for it in items:
                for rid in it.resource_ids:
                    res = kb.resources.get(rid)
                    if res is not None and res.kind == c.resource_kind:
                        msg = _m(lang, "c_exclude_kind", ref=rid, kind=res.kind)
                        out.append(_f(check, "error", msg, rid))
        elif c.kind == "exclude_topic" and c.topic:
            topic_skills = excluded_skills([c], kb)
            for it in items:
                if it.skill_id in topic_skills or matches_topic(c.topic, it.title):
                    msg = _m(lang, "c_exclude_topic", ref=it.skill_id, topic=c.topic)
                    out.append(_f(check, "error", msg, it.skill_id))
                for rid in it.resource_ids:
                    res = kb.resources.get(rid)
                    if res is not None and matches_topic(c.topic, res.title):
                        msg = _m(lang, "c_exclude_topic", ref=rid, topic=c.topic)
                        out.append(_f(check, "error", msg, rid))
        elif c.kind == "hours_from" and c.hours_per_week is not None:
            day = resolve_from_date(c, plan.start_date)
            if day is None:
                continue
            first = max(1, (day - plan.start_date).days // 7 + 1)
            for i, hours in enumerate(plan.weekly_hours):
                if i + 1 >= first and hours > c.hours_per_week + EPS:
                    msg = _m(
                        lang,
                        "c_hours_from",
                        week=i + 1,
                        hours=_num(hours),
                        limit=_num(c.hours_per_week),
                        day=day.isoformat(),
                    )
                    out.append(_f(check, "error", msg, f"week {i + 1}"))
        elif c.kind == "max_hours_per_week" and c.hours_per_week is not None:
            for i, hours in enumerate(plan.weekly_hours):
                if hours > c.hours_per_week + EPS:
                    msg = _m(
                        lang,
                        "c_max_hours",
                        week=i + 1,
                        hours=_num(hours),
                        limit=_num(c.hours_per_week),
                    )
                    out.append(_f(check, "error", msg, f"week {i + 1}"))
        elif c.kind == "extend_horizon":
            asked = c.horizon_weeks or 0
            if asked and plan.horizon_weeks < asked:
                msg = _m(lang, "c_horizon", weeks=plan.horizon_weeks, asked=asked)
                out.append(_f(check, "error", msg))
        elif c.kind == "focus_skill" and c.skill_id:
            planned = any(it.skill_id == c.skill_id for it in items)
            if not planned and c.skill_id not in deferred and c.skill_id not in mastered:
                msg = _m(lang, "c_focus", skill=c.skill_id)
                out.append(_f(check, "error", msg, c.skill_id))
        elif c.kind == "project_earlier":
            # Earlier = before every core skill the project does not exercise (the skills it is
            # built with may come first).
            project = [ph for ph in plan.phases if ph.kind == "project"]
            used = {s for pp in plan.portfolio_projects for s in pp.skill_ids}
            others = [
                it
                for ph in plan.phases
                if ph.kind == "core"
                for it in ph.items
                if it.skill_id not in used
            ]
            if project and others:
                start = project[0].week_start
                first = min(it.week_start for it in others)
                if any(it.week_end < start for it in others):
                    msg = _m(lang, "c_project", project=start, core=first)
                    out.append(_f(check, "error", msg))
        elif c.kind == "note":
            key = "c_note_user" if c.source == "user" else "c_note"
            out.append(_f(check, "info", _m(lang, key, text=c.text)))
    return out


def check_feasibility(
    plan: Plan, kb: KnowledgeBase, constraints: Sequence[Constraint] = ()
) -> list[Finding]:
    """An infeasible goal is flagged, with deferrals and options; a plan marked feasible defers
    nothing for lack of time (deferrals the mentor asked for are fine)."""
    lang = plan.language
    check = "feasibility"
    out: list[Finding] = []
    if not plan.feasible:
        msg = _m(lang, "infeasible", count=len(plan.deferred), options=len(plan.options))
        out.append(_f(check, "warning", msg))
        if not plan.options:
            out.append(_f(check, "error", _m(lang, "infeasible_no_options")))
        # What does not fit is either skills (deferred) or the project and job search (phases
        # left out, said in the risks); a plan with all of them is not infeasible.
        kinds = {ph.kind for ph in plan.phases}
        if not plan.deferred and {"project", "job_search"} <= kinds:
            out.append(_f(check, "error", _m(lang, "infeasible_no_deferral")))
        return out
    excluded = excluded_skills(constraints, kb)
    squeezed = [d.skill_id for d in plan.deferred if d.skill_id not in excluded]
    if squeezed:
        msg = _m(lang, "feasible_with_deferrals", skills=", ".join(squeezed))
        out.append(_f(check, "error", msg))
    return out


# --------------------------------------------------------------------------- review
Check = Callable[[Plan, Profile, KnowledgeBase, Sequence[Constraint]], list[Finding]]

HARD_CHECKS: dict[str, Check] = {
    "weekly_hours": lambda p, _u, _k, c: check_weekly_hours(p, c),
    "total_within_horizon": lambda p, _u, _k, c: check_total_within_horizon(p, c),
    "gap_coverage": lambda p, _u, _k, _c: check_gap_coverage(p),
    "prerequisite_order": lambda p, _u, k, c: check_prerequisite_order(p, k, c),
    "deliverables": lambda p, _u, _k, _c: check_deliverables(p),
    "grounding": lambda p, _u, k, _c: check_grounding(p, k),
    "no_promises": lambda p, _u, _k, _c: check_no_promises(p),
    "language": lambda p, u, _k, _c: check_language(p, u),
    "constraints": lambda p, u, k, c: check_constraints(p, k, c, u),
    "constraint_kinds": lambda p, u, k, c: check_constraint_kinds(p, k, c, u),
    "feasibility": lambda p, _u, k, c: check_feasibility(p, k, c),
}
"""Every hard check by name, in the order the reviewer runs them."""


def run_checks(
    plan: Plan, profile: Profile, kb: KnowledgeBase, constraints: Sequence[Constraint] = ()
) -> list[Finding]:
    """All hard checks' findings, in check order. The user's own profile constraints are
    checked with the mentor's (``with_user_constraints``), as the planner honours both."""
    cons = with_user_constraints(profile.constraints, constraints, kb)
    return [f for check in HARD_CHECKS.values() for f in check(plan, profile, kb, cons)]


def review_plan(
    plan: Plan,
    profile: Profile,
    kb: KnowledgeBase,
    constraints: Sequence[Constraint] = (),
    revision_round: int = 0,
) -> Review:
    """Run every hard check. Verdict: ``infeasible`` when the plan says the goal does not fit
    (findings attached for the mentor: only a human can choose an option), ``revise`` when
    any error remains (the planner rebuilds with the findings), else ``pass`` (warnings and
    info do not block)."""
    findings = run_checks(plan, profile, kb, constraints)
    verdict: Literal["pass", "revise", "infeasible"] = "pass"
    if not plan.feasible:
        verdict = "infeasible"
    elif any(f.severity == "error" for f in findings):
        verdict = "revise"
    return Review(verdict=verdict, findings=findings, round=revision_round)


__all__ = [
    "HARD_CHECKS",
    "check_constraints",
    "check_deliverables",
    "check_feasibility",
    "check_gap_coverage",
    "check_grounding",
    "check_language",
    "check_no_promises",
    "check_prerequisite_order",
    "check_total_within_horizon",
    "check_weekly_hours",
    "cjk_share",
    "plan_texts",
    "review_plan",
    "run_checks",
]
