"""The plan: gaps -> hours -> prerequisite order -> weeks -> phases, milestones and options.

``build_plan`` is pure and deterministic: the same profile, research, KB, start date and
constraints give the same :class:`~coach.schemas.Plan`. Every text is written in the user's
language. A goal that does not fit the hours is never squeezed: what fits is scheduled in
priority order, the rest is deferred with a reason, and concrete options are offered.
See docs/planning.md.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from coach.engine.constraints import (
    Constraint,
    describe_constraint,
    effective_horizon,
    effective_hours_per_week,
    excluded_skills,
    resource_allowed,
    to_tenths,
    weekly_limits,
    with_user_constraints,
)
from coach.engine.gaps import (
    analyse_gaps,
    as_level,
    effective_levels,
    gap_weights,
    required_skills,
)
from coach.engine.schedule import (
    EXPERIENCED_FACTOR,
    JOB_SEARCH_HOURS,
    LIGHT_WEEK_EVERY,
    LIGHT_WEEK_SHARE,
    PROJECT_MIN_HOURS,
    Slot,
    Work,
    estimate_hours,
    experience_factor,
    project_hours,
    schedule_work,
    topo_order,
    usable_tenths,
)
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Project, Role, Skill
from coach.schemas import (
    Deferral,
    FeasibilityOption,
    Finding,
    Gap,
    Language,
    Milestone,
    Phase,
    Plan,
    PlanItem,
    PortfolioProject,
    Profile,
    RoleResearch,
    SalaryBand,
    SourcedFact,
)

DEFAULT_HOURS_PER_WEEK = 5.0
DEFAULT_HORIZON_WEEKS = 26
MAX_HORIZON_WEEKS = 520
MAX_OPTION_HOURS_PER_WEEK = 60.0
"""More hours a week than this is not offered as an option."""
RESOURCES_PER_ITEM = 3
MILESTONE_MIN_GAP = 3
MILESTONE_MAX_GAP = 6
REVISION_MARGIN = 0.9
"""After a review found hours over budget, the planner fills only 90 % of each week."""

PhaseKind = Literal["foundations", "core", "project", "job_search", "buffer"]

HOUR_CHECKS = frozenset({"weekly_hours", "total_within_horizon"})

# --------------------------------------------------------------------------- texts
_T: dict[str, tuple[str, str]] = {
    "level.0": ("none", "零基础"),
    "level.1": ("basic", "入门"),
    "level.2": ("working", "熟练"),
    "level.3": ("expert", "精通"),
    "phase.foundations": ("Foundations", "打基础"),
    "phase.core": ("Core skills", "核心技能"),
    "phase.core_project": ("Core skills the project needs", "项目所需的核心技能"),
    "phase.project": ("Portfolio project", "作品集项目"),
    "phase.job_search": ("Job search and interviews", "求职与面试"),
    "item.learn": ("{name}: learn to {to} level", "{name}：学到{to}水平"),
    "item.deepen": ("{name}: from {frm} to {to} level", "{name}：从{frm}提升到{to}水平"),
    "item.deliverable": (
        "A small public project that uses {name} at {to} level, with a README.",
        "一个用到{name}（{to}水平）的小型公开项目，附 README。",
    ),
    # how a milestone is checked, by the kind of deliverable (see DELIVERABLE_KINDS)
    "check.code.basic": (
        "It runs from a fresh clone by following its README, and you can explain each step "
        "to your mentor.",
        "按照 README 能从全新克隆运行起来，并能向导师讲清每一步。",
    ),
    "check.code.working": (
        "It runs from a fresh clone, its automated tests pass, and a short note explains one "
        "design decision and its trade-off.",
        "能从全新克隆运行，自动化测试通过，并有一段简短说明讲清一个设计决策及其取舍。",
    ),
    "check.prompt.basic": (
        "The test cases run on the first draft and on the final prompt; your mentor re-runs "
        "two of them and gets the same result.",
        "测试用例分别在初稿和定稿提示词上跑过；导师抽取其中两个重跑，结果一致。",
    ),
    "check.prompt.working": (
        "A before/after table scores the first draft and the final prompt on every test case, "
        "including hard and adversarial ones; your mentor re-runs three cases and explains "
        "which change helped most.",
        "用对比表给初稿和定稿提示词在每个测试用例（含难例和对抗样例）上打分；导师抽取三个用例"
        "重跑，并说明哪一处修改帮助最大。",
    ),
    "check.document.basic": (
        "Your mentor reads it and can explain it back in their own words; every point the "
        "deliverable names is covered.",
        "导师读完后能用自己的话复述；成果要求的每一点都有覆盖。",
    ),
    "check.document.working": (
        "Your mentor and one person who does this work review it; it covers every point the "
        "deliverable names, with real examples from your field, and their comments are answered "
        "in a second version.",
        "由导师和一位从事该工作的人审阅：成果要求的每一点都有覆盖，并配有你所在领域的真实例子；"
        "他们的意见在第二版中逐条回应。",
    ),
    "check.talk.basic": (
        "You give it to your mentor; they can retell the main point, and you note the questions "
        "you could not answer yet.",
        "你讲给导师听；导师能复述要点，你记下暂时答不上来的问题。",
    ),
    "check.talk.working": (
        "You give it to a small audience without a technical background; they can retell the "
        "main point, and you answer their questions or follow up in writing.",
        "你讲给一小群没有技术背景的听众；他们能复述要点，你当场回答提问或会后书面跟进。",
    ),
    "check.review.basic": (
        "Your mentor applies your checklist to five of the outputs you reviewed and reaches the "
        "same decisions; every rejection has a written reason.",
        "导师用你的清单复核其中五份已审产出，得出相同结论；每一次否决都有书面理由。",
    ),
    "check.review.working": (
        "Your mentor applies your checklist to five of the outputs you reviewed and reaches the "
        "same decisions; every rejection has a written reason, and the checklist has been "
        "revised once from what the reviews taught you.",
        "导师用你的清单复核其中五份已审产出，得出相同结论；每一次否决都有书面理由，"
        "并根据审核中的收获把清单修订过一次。",
    ),
    "check.automation.basic": (
        "Shown live to your mentor on a real input: it runs end to end and you can explain "
        "each step.",
        "用真实输入向导师现场演示：流程能从头跑到尾，你能讲清每一步。",
    ),
    "check.automation.working": (
        "Shown live to your mentor on real inputs: it runs end to end without you, one failure "
        "case is handled, the step where a person approves is marked, and the time saved is "
        "measured against doing it by hand.",
        "用真实输入向导师现场演示：无需你值守即可从头跑到尾，处理了一种失败情况，标明由人审批的"
        "环节，并与手工完成相比测出节省的时间。",
    ),
    "project.deliverable": (
        "{title}: {description} Delivered as a runnable demo with a README and an "
        "architecture diagram.",
        "{title}：{description}以可运行的演示交付，附 README 和架构图。",
    ),
    "project.check": (
        "A demo runs from a fresh clone; quality, latency and cost are measured and shown in a "
        "before/after table; the key decisions and their trade-offs are written down.",
        "能从全新克隆运行演示；质量、延迟和成本有实测数据，并整理成优化前/后对比表；"
        "关键决策及其取舍有书面记录。",
    ),
    "project.deliverable.no_code": (
        "{title}: {description} Delivered as a working demo on real cases from your field, "
        "with a one-page write-up and a diagram of the flow.",
        "{title}：{description}以基于你所在领域真实案例的可用演示交付，附一页说明和流程图。",
    ),
    "project.check.no_code": (
        "Shown live to your mentor on real inputs; time spent and error rate before and after "
        "are in a table; the steps that stay with a person, and who signs off, are written down.",
        "用真实输入向导师现场演示；用对比表列出使用前后的耗时和出错率；"
        "书面写明哪些环节仍由人负责、由谁最终拍板。",
    ),
    "capstone.title": ("Capstone: {names}", "综合项目：{names}"),
    "capstone.description": (
        "Build one end-to-end application that uses {names}; deploy it and measure it.",
        "做一个端到端应用，用上{names}；把它部署起来并做实测。",
    ),
    "job.deliverable": (
        "Resume and project write-ups updated, two mock interviews done, and applications sent "
        "to at least 10 matching roles.",
        "更新简历和项目说明，完成两次模拟面试，并向至少 10 个匹配岗位投递申请。",
    ),
    "job.check": (
        "Your mentor reviews the resume and write-ups; notes from each mock interview list "
        "what to improve.",
        "导师审阅简历和项目说明；每次模拟面试都有记录，写明需要改进的地方。",
    ),
    "progress.deliverable": (
        "Progress check on {title}: notes and exercises so far pushed to your repository.",
        "进度检查（{title}）：目前的笔记和练习已提交到你的代码仓库。",
    ),
    "progress.check": (
        "Your mentor looks at the commits and you give a 5-minute walkthrough of what you learned.",
        "导师查看提交记录，你用 5 分钟讲解学到的内容。",
    ),
    "progress.deliverable.no_code": (
        "Progress check on {title}: notes, drafts and exercises so far shared with your mentor.",
        "进度检查（{title}）：目前的笔记、草稿和练习已分享给导师。",
    ),
    "progress.check.no_code": (
        "Your mentor reads the drafts and you give a 5-minute walkthrough of what you learned.",
        "导师阅读草稿，你用 5 分钟讲解学到的内容。",
    ),
    "interview.project": (
        "Walk through your portfolio project: architecture, key decisions, trade-offs and "
        "measured results.",
        "讲清你的作品集项目：架构、关键决策、权衡取舍和实测数据。",
    ),
    "interview.skill": (
        "Explain {name} with an example from your own work or project.",
        "结合自己的工作或项目，讲清{name}。",
    ),
    "defer.capacity": (
        "Does not fit in {weeks} weeks at {hours} h a week (needs about {need} h).",
        "按每周 {hours} 小时、共 {weeks} 周放不下（约需 {need} 小时）。",
    ),
    "defer.partial": (
        "This plan reaches {to} level; {need_level} level needs about {need} h more.",
        "本计划先达到{to}水平；达到{need_level}水平还需约 {need} 小时。",
    ),
    "defer.prerequisite": (
        "Waits for its prerequisite {name}, which is deferred.",
        "需要先学的{name}已推迟，因此一并推迟。",
    ),
    "defer.excluded": ("Left out at your mentor's request.", "按导师要求不安排。"),
    "defer.excluded_user": ("Left out at your request.", "按你的要求不安排。"),
    "option.longer": (
        "Keep {hours} h a week and extend the plan to {weeks} weeks (about {months} months).",
        "保持每周 {hours} 小时，把周期延长到 {weeks} 周（约 {months} 个月）。",
    ),
    "option.longer_none": (
        "Even {weeks} weeks at {hours} h a week are not enough: the goal needs more hours a "
        "week or a nearer role first.",
        "按每周 {hours} 小时，即使 {weeks} 周也不够：需要增加每周投入，或先转向更近的岗位。",
    ),
    "option.stone_total": (
        "Aim first for {name}, a nearer role: about {need} h in all.",
        "先以更近的{name}为目标：总共约需 {need} 小时。",
    ),
    "option.more_hours": (
        "Keep {weeks} weeks and raise your time to {hours} h a week.",
        "保持 {weeks} 周不变，把每周投入提高到 {hours} 小时。",
    ),
    "option.stone_fits": (
        "Aim first for {name}, a nearer role: about {need} h in all, which fits your "
        "{weeks} weeks at {hours} h a week.",
        "先以更近的{name}为目标：总共约 {need} 小时，在你每周 {hours} 小时、{weeks} 周内放得下。",
    ),
    "option.stone_longer": (
        "Aim first for {name}, a nearer role: about {need} h in all, about {stone_weeks} weeks "
        "at {hours} h a week.",
        "先以更近的{name}为目标：总共约需 {need} 小时，按每周 {hours} 小时约需 {stone_weeks} 周。",
    ),
    "risk.buffer": (
        "Busy weeks happen: every 4th week and the last week are light (half load) as a "
        "buffer. If you fall more than two weeks behind, ask for a replan.",
        "总会有忙的时候：每第 4 周和最后一周是轻量周（一半工作量），作为缓冲。"
        "如果落后超过两周，请申请重新规划。",
    ),
    "risk.market": (
        "Pay bands and market facts come from the cited sources at their dates; they describe "
        "the market, not a promise about your own offer.",
        "薪资区间和市场信息来自所引资料（以资料日期为准），只描述市场情况，"
        "不代表你个人的录用结果。",
    ),
    "risk.infeasible": (
        "The full goal needs about {need} h, but about {capacity} h fit in {weeks} weeks; "
        "some skills are deferred. See the options.",
        "完整目标约需 {need} 小时，但 {weeks} 周内大约只能安排 {capacity} 小时，"
        "部分技能已推迟。请查看备选方案。",
    ),
    "risk.no_project": (
        "There is too little time for a portfolio project and a job search in this horizon.",
        "在这个周期内，没有足够时间做作品集项目和求职准备。",
    ),
    "assume.hours": (
        "Hour estimates are the knowledge base's typical hours per skill level.",
        "学时估算采用知识库中各技能等级的典型学时。",
    ),
    "assume.scaled": (
        "Programming, engineering, infra, data, LLM-application and ops skills are estimated "
        "at x{factor} because you have {years} years of experience and working-level "
        "programming.",
        "因为你有 {years} 年经验且具备熟练的编程能力，编程、工程、基础设施、数据、大模型应用和"
        "运维类技能的学时按 x{factor} 估算。",
    ),
    "assume.capacity": (
        "You can spend up to {hours} h a week from {start}; the plan uses {total} of about "
        "{capacity} h available.",
        "你从 {start} 起每周最多投入 {hours} 小时；计划安排了 {total} 小时（可用约 {capacity} 小时）。",
    ),
    "assume.known": (
        "Skills you already have are not relearned: {skills}.",
        "已掌握的技能不再重复学习：{skills}。",
    ),
    "assume.unknown": (
        "{count} required skill(s) are not in the knowledge base and are not planned.",
        "有 {count} 项要求的技能不在知识库中，未纳入计划。",
    ),
    "assume.revised": (
        "Revised after review: each week is filled to at most 90 % of its budget.",
        "已按审核意见修订：每周最多排满预算的 90%。",
    ),
    "assume.defaults": (
        "Hours per week or horizon were not given; assumed {hours} h a week for {weeks} weeks.",
        "未提供每周时间或周期；暂按每周 {hours} 小时、共 {weeks} 周规划。",
    ),
    "rationale": (
        "{count} skill gap(s) for {role}. Foundations come first because later skills build on "
        "them; then the core skills; then a portfolio project that exercises {project_skills}; "
        "then the job search. Expected level: {experience}",
        "转向{role}共有 {count} 项技能差距。先打基础，因为后面的技能依赖它们；再学核心技能；"
        "然后做一个用到{project_skills}的作品集项目；最后求职。岗位经验预期：{experience}",
    ),
    "rationale.no_project": (
        "{count} skill gap(s) for {role}. Foundations come first because later skills build on "
        "them; then the core skills. There is no time left for a portfolio project or a job "
        "search in this horizon. Expected level: {experience}",
        "转向{role}共有 {count} 项技能差距。先打基础，因为后面的技能依赖它们；再学核心技能。"
        "在这个周期内没有时间再做作品集项目和求职准备。岗位经验预期：{experience}",
    ),
    "message": (
        "Your plan for {role}: {weeks} weeks, up to {hours} h a week, {total} h scheduled.",
        "你转向{role}的计划：共 {weeks} 周，每周最多 {hours} 小时，已安排 {total} 小时。",
    ),
    "message.infeasible": (
        " The full goal does not fit: {count} skill(s) are deferred; options are attached.",
        "完整目标在现有时间内放不下：{count} 项技能已推迟，附有备选方案。",
    ),
    "message.infeasible_no_project": (
        " The skills fit, but a portfolio project and the job search do not; options are attached.",
        "技能部分放得下，但作品集项目和求职准备放不下，附有备选方案。",
    ),
    "list.sep": (", ", "、"),
}


def _t(lang: Language, key: str, **values: object) -> str:
    en, zh = _T[key]
    return (zh if lang == "zh" else en).format(**values)


def _num(x: float) -> str:
    """A number for text: at most one decimal, no trailing zero."""
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _level(lang: Language, level: int) -> str:
    return _t(lang, f"level.{level}")


# --------------------------------------------------------------------------- helpers
DeliverableKind = Literal["code", "prompt", "document", "talk", "review", "automation"]
CODE_CATEGORIES = frozenset(
    {"programming", "engineering", "infra", "data", "ml_foundations", "llm_core", "ops"}
)
"""Categories whose deliverable is code by default; the others default to a document."""
DELIVERABLE_KINDS: dict[str, DeliverableKind] = {
    "llm_basics": "document",  # a one-page explainer
    "prompt_engineering": "prompt",  # a versioned prompt with test cases
    "communication": "talk",
    "judgment_review": "review",  # a review checklist applied to real outputs
    "low_code_automation": "automation",
    "human_ai_workflow_design": "automation",
    "conversational_ux": "code",
    "robotics_ros": "code",
    "simulation": "code",
    "control_systems": "code",
    "robot_perception": "code",
    "scientific_computing": "code",
}
"""Skills whose deliverable is not what their category suggests (see ``deliverable_kind``)."""


def deliverable_kind(skill: Skill) -> DeliverableKind:
    """What a skill's deliverable is, so that a milestone is checked the way that kind of work
    is checked: code runs from a fresh clone, a talk is given, a checklist is re-applied..."""
    if skill.deliverable is None:
        return "code"  # the generic deliverable is a small public project
    kind = DELIVERABLE_KINDS.get(skill.id)
    if kind is not None:
        return kind
    return "code" if skill.category in CODE_CATEGORIES else "document"


@dataclass(frozen=True)
class _Learn:
    skill_id: str
    level_from: int
    level_to: int
    hours: float


def pick_resources(
    skill: Skill, kb: KnowledgeBase, lang: Language, constraints: Sequence[Constraint]
) -> list[str]:
    """Up to three KB resources that teach ``skill``: the skill's own list first, then others
    that name it; resources in the user's language (or mixed) before the rest."""
    # learning material only (kb.learning_resources): practice and project ideas are not resources
    candidates = [r for r in kb.learning_resources(skill.id) if resource_allowed(r, constraints)]
    ranked = sorted(
        enumerate(candidates), key=lambda ic: (ic[1].language not in (lang, "mixed"), ic[0])
    )
    return [r.id for _, r in ranked[:RESOURCES_PER_ITEM]]


def choose_projects(
    role: Role | None, gap_ids: Sequence[str], levels: Mapping[str, tuple[int, str]]
) -> list[Project]:
    """Role projects best for this user: 2 points per gap skill exercised, 1 per skill the
    user already has (a project that builds on their background), ties by id."""
    if role is None:
        return []
    gaps = set(gap_ids)

    def score(p: Project) -> int:
        return 2 * len(gaps & set(p.skills)) + sum(1 for s in p.skills if levels.get(s, (0,))[0])

    return sorted(role.projects, key=lambda p: (-score(p), p.id))


def _fallback_facts(role: Role | None, kb: KnowledgeBase, lang: Language) -> list[SourcedFact]:
    if role is None:
        return []
    facts = [f for f in kb.facts.values() if role.id in f.roles]
    return [SourcedFact(fact_id=f.id, text=f.text.get(lang), source_id=f.source_id) for f in facts]


def _usable_total(limits: Sequence[int], horizon: int, margin: float) -> int:
    usable = usable_tenths(list(limits[:horizon]))
    return sum(int(u * margin) for u in usable)


def _min_horizon(need_t: int, limits: Sequence[int], start_h: int, margin: float) -> int | None:
    """Smallest horizon > start_h whose usable capacity holds ``need_t`` tenths."""
    full = [int(cap * margin) for cap in limits]
    light = [int(int(cap * LIGHT_WEEK_SHARE) * margin) for cap in limits]
    # capacity of horizon h: weeks 1..h-1 by the every-4th-week rule, week h (the last) light
    total = sum(
        light[w - 1] if w % LIGHT_WEEK_EVERY == 0 else full[w - 1] for w in range(1, start_h + 1)
    )
    for h in range(start_h + 1, len(limits) + 1):
        if total + light[h - 1] >= need_t:
            return h
        total += light[h - 1] if h % LIGHT_WEEK_EVERY == 0 else full[h - 1]
    return None


# --------------------------------------------------------------------------- build
def build_plan(
    profile: Profile,
    research: RoleResearch,
    kb: KnowledgeBase,
    *,
    start_date: date,
    constraints: Sequence[Constraint] | None = None,
    version: int = 1,
    previous_findings: Sequence[Finding] | None = None,
) -> Plan:
    """Build the transition plan for ``profile`` towards ``research.role_id``.

    ``constraints`` are the mentor's typed change requests; ``previous_findings`` are the
    reviewer's findings on the previous version, used to fix what the planner can (hours over
    budget -> fill weeks to 90 %).
    """
    lang = profile.language
    cons = with_user_constraints(profile.constraints, list(constraints or []), kb)
    findings = list(previous_findings or [])
    role = kb.roles.get(research.role_id)
    role_name = role.name.get(lang) if role else research.role_name
    assumptions: list[str] = []
    risks: list[str] = []

    base_hours = profile.hours_per_week
    base_horizon = profile.horizon_weeks
    if base_hours is None or base_horizon is None or base_hours <= 0 or base_horizon <= 0:
        base_hours = base_hours if base_hours and base_hours > 0 else DEFAULT_HOURS_PER_WEEK
        base_horizon = base_horizon if base_horizon and base_horizon > 0 else DEFAULT_HORIZON_WEEKS
        assumptions.append(_t(lang, "assume.defaults", hours=_num(base_hours), weeks=base_horizon))
    hours_pw = effective_hours_per_week(base_hours, cons)
    horizon = effective_horizon(base_horizon, cons)

    # ---- gaps
    levels = effective_levels(profile, kb)
    focus = list(
        dict.fromkeys(
            c.skill_id for c in cons if c.kind == "focus_skill" and c.skill_id in kb.skills
        )
    )
    required_level = {s: lv for s, lv, _ in required_skills(research)}
    extra = [
        (s, min(3, max(levels.get(s, (0, ""))[0] + 1, required_level.get(s, 0))), 1.0)
        for s in focus
        if s is not None
    ]
    all_gaps = analyse_gaps(profile, research, kb, levels=levels, extra=extra)
    excluded = excluded_skills(cons, kb)
    by_mentor = excluded_skills([c for c in cons if c.source == "mentor"], kb)
    gaps = _drop_orphan_prerequisites(all_gaps, excluded, kb)
    gap_by_id = {g.skill_id: g for g in gaps}
    weights = gap_weights(gaps, research, kb)
    _boost(weights, [s for s in focus if s is not None and s in gap_by_id], kb)
    active = [g.skill_id for g in gaps if g.skill_id not in excluded]
    deferred: list[Deferral] = [
        Deferral(
            skill_id=g.skill_id,
            reason=_t(lang, "defer.excluded" if g.skill_id in by_mentor else "defer.excluded_user"),
        )
        for g in gaps
        if g.skill_id in excluded
    ]
    unknown = [s for s, _, _ in required_skills(research) if s not in kb.skills]
    if unknown:
        assumptions.append(_t(lang, "assume.unknown", count=len(unknown)))

    factors = {s: experience_factor(kb.skills[s], profile, levels, kb) for s in active}
    full_hours = {
        s: estimate_hours(kb.skills[s], gap_by_id[s].have, gap_by_id[s].need, factors[s])
        for s in active
    }

    # ---- capacity
    margin = (
        REVISION_MARGIN
        if any(f.check in HOUR_CHECKS and f.severity == "error" for f in findings)
        else 1.0
    )
    limits_t = [to_tenths(x) for x in weekly_limits(hours_pw, horizon, start_date, cons)]
    usable = [int(u * margin) for u in usable_tenths(limits_t)]
    capacity_t = sum(usable)
    job_t = to_tenths(JOB_SEARCH_HOURS)
    project_min_t = to_tenths(PROJECT_MIN_HOURS)
    learning_t = sum(to_tenths(h) for h in full_hours.values())
    full_need_t = learning_t + to_tenths(project_hours(sum(full_hours.values()))) + job_t
    feasible = learning_t + project_min_t + job_t <= capacity_t

    # ---- choose what to learn
    order = topo_order(active, kb, weights)
    chosen: dict[str, _Learn] = {}
    if feasible:
        for s in order:
            g = gap_by_id[s]
            chosen[s] = _Learn(s, g.have, g.need, full_hours[s])
        reserve_t = project_min_t + job_t
    else:
        reserve_t = project_min_t + job_t if capacity_t >= 2 * (project_min_t + job_t) else 0
        budget = capacity_t - reserve_t
        for s in order:
            g = gap_by_id[s]
            missing = [
                p
                for p in kb.skills[s].prerequisites
                if p in gap_by_id and p not in excluded and p not in chosen
            ]
            if missing:
                name = kb.skills[missing[0]].name.get(lang)
                deferred.append(
                    Deferral(skill_id=s, reason=_t(lang, "defer.prerequisite", name=name))
                )
                continue
            taken = False
            for level in range(int(g.need), int(g.have), -1):
                hours = estimate_hours(kb.skills[s], g.have, level, factors[s])
                if to_tenths(hours) <= budget:
                    chosen[s] = _Learn(s, g.have, level, hours)
                    budget -= to_tenths(hours)
                    taken = True
                    if level < g.need:
                        rest = estimate_hours(kb.skills[s], level, g.need, factors[s])
                        deferred.append(
                            Deferral(
                                skill_id=s,
                                reason=_t(
                                    lang,
                                    "defer.partial",
                                    to=_level(lang, level),
                                    need_level=_level(lang, g.need),
                                    need=_num(rest),
                                ),
                            )
                        )
                    break
            if not taken:
                deferred.append(
                    Deferral(
                        skill_id=s,
                        reason=_t(
                            lang,
                            "defer.capacity",
                            weeks=horizon,
                            hours=_num(hours_pw),
                            need=_num(full_hours[s]),
                        ),
                    )
                )
    chosen_t = sum(to_tenths(c.hours) for c in chosen.values())
    if reserve_t:
        project_t = min(to_tenths(project_hours(chosen_t / 10)), capacity_t - chosen_t - job_t)
        project_t = max(project_t, project_min_t)
    else:
        project_t = 0
        risks.append(_t(lang, "risk.no_project"))

    # ---- order the work: foundations, (project early), core, (project), job search
    chosen_ids = [s for s in order if s in chosen]
    foundation_ids = {
        p for s in chosen_ids for p in kb.skills[s].prerequisites if p in chosen and p != s
    }
    foundations = [s for s in chosen_ids if s in foundation_ids]
    core = [s for s in chosen_ids if s not in foundation_ids]
    ranked_projects = choose_projects(role, [*chosen_ids, *active], levels)
    projects = ranked_projects[:1]
    if project_t >= 800 and len(ranked_projects) > 1:
        projects = ranked_projects[:2]
    project_work: list[Work] = []
    if project_t:
        if projects:
            shares = _split(project_t, len(projects))
            project_work = [
                Work(f"project:{p.id}", "project", t) for p, t in zip(projects, shares, strict=True)
            ]
        else:
            project_work = [Work("project:capstone", "project", project_t)]
    # Earlier project (mentor's request): right after the skills it exercises, before the
    # other core skills. A project never comes before what it is built with.
    early = any(c.kind == "project_earlier" for c in cons)
    project_skills = (
        {s for p in projects for s in p.skills} if projects else set((core or chosen_ids)[:3])
    )
    before_project = [s for s in core if s in project_skills] if early else []
    after_project = [s for s in core if s not in before_project]
    learn_work = {s: Work(s, "learn", to_tenths(chosen[s].hours)) for s in chosen_ids}
    work: list[Work] = [learn_work[s] for s in [*foundations, *before_project]]
    if early:
        work += project_work
    work += [learn_work[s] for s in after_project]
    if not early:
        work += project_work
    if reserve_t:
        work.append(Work("job_search", "job_search", job_t))

    scheduled = schedule_work(work, usable, spread=feasible)
    if scheduled is None:  # cannot happen: the work was sized to the capacity
        raise AssertionError("planned work exceeds capacity")
    slots, used = scheduled
    slot_by_key = {sl.key: sl for sl in slots}

    # ---- items and phases
    def item(s: str) -> PlanItem:
        learn = chosen[s]
        skill = kb.skills[s]
        sl = slot_by_key[s]
        name = skill.name.get(lang)
        to = _level(lang, learn.level_to)
        title = (
            _t(lang, "item.learn", name=name, to=to)
            if learn.level_from == 0
            else _t(lang, "item.deepen", name=name, frm=_level(lang, learn.level_from), to=to)
        )
        deliverable = (
            skill.deliverable.get(lang)
            if skill.deliverable
            else _t(lang, "item.deliverable", name=name, to=to)
        )
        resource_ids = pick_resources(skill, kb, lang, cons)
        return PlanItem(
            skill_id=s,
            title=title,
            hours=sl.tenths / 10,
            week_start=sl.week_start,
            week_end=sl.week_end,
            resource_ids=resource_ids,
            practice="" if resource_ids else kb.practice_text(s, lang),
            deliverable=deliverable,
            level_from=as_level(learn.level_from),
            level_to=as_level(learn.level_to),
        )

    phases: list[Phase] = []

    def add_phase(
        kind: PhaseKind, keys: Sequence[str], items: list[PlanItem], name: str = ""
    ) -> None:
        group = [slot_by_key[k] for k in keys if k in slot_by_key]
        if not group:
            return
        phases.append(
            Phase(
                name=_t(lang, name or f"phase.{kind}"),
                kind=kind,
                week_start=min(sl.week_start for sl in group),
                week_end=max(sl.week_end for sl in group),
                items=items,
                hours=sum(sl.tenths for sl in group) / 10,
            )
        )

    project_keys = [w.key for w in project_work]
    add_phase("foundations", foundations, [item(s) for s in foundations])
    if early:
        add_phase("core", before_project, [item(s) for s in before_project], "phase.core_project")
        add_phase("project", project_keys, [])
    add_phase("core", after_project, [item(s) for s in after_project])
    if not early:
        add_phase("project", project_keys, [])
    add_phase("job_search", ["job_search"], [])

    # ---- portfolio projects
    portfolio: list[PortfolioProject] = []
    for w in project_work:
        sl = slot_by_key[w.key]
        if w.key == "project:capstone":
            ids = (core or chosen_ids)[:3]
            names = _t(lang, "list.sep").join(kb.skills[s].name.get(lang) for s in ids)
            names = names or role_name
            title = _t(lang, "capstone.title", names=names)
            description = _t(lang, "capstone.description", names=names)
        else:
            proj = next(p for p in projects if f"project:{p.id}" == w.key)
            ids = [s for s in proj.skills if s in kb.skills]
            title, description = proj.title.get(lang), proj.description.get(lang)
        portfolio.append(
            PortfolioProject(
                title=title,
                description=description,
                skill_ids=ids,
                week_start=sl.week_start,
                week_end=sl.week_end,
            )
        )

    # ---- milestones
    texts: dict[str, tuple[str, str, str]] = {}  # key -> (title, deliverable, how checked)
    no_code: set[str] = set()  # work whose progress is not in a code repository
    for ph in phases:
        for it in ph.items:
            kind = deliverable_kind(kb.skills[it.skill_id])
            check = f"check.{kind}.{'basic' if it.level_to <= 1 else 'working'}"
            texts[it.skill_id] = (it.title, it.deliverable, _t(lang, check))
            if kind != "code":
                no_code.add(it.skill_id)
    for w, pp in zip(project_work, portfolio, strict=True):
        code = any(deliverable_kind(kb.skills[s]) == "code" for s in pp.skill_ids)
        suffix = "" if code else ".no_code"
        texts[w.key] = (
            pp.title,
            _t(lang, "project.deliverable" + suffix, title=pp.title, description=pp.description),
            _t(lang, "project.check" + suffix),
        )
        if not code:
            no_code.add(w.key)
    texts["job_search"] = (
        _t(lang, "phase.job_search"),
        _t(lang, "job.deliverable"),
        _t(lang, "job.check"),
    )
    milestones = make_milestones(slots, texts, lang, no_code)

    # ---- interview prep, expectations, options
    interview = [topic.get(lang) for topic in (role.interview_topics if role else [])]
    if portfolio:
        interview.append(_t(lang, "interview.project"))
    for s in sorted(chosen_ids, key=lambda s: (-weights.get(s, 0.0), s))[:3]:
        interview.append(_t(lang, "interview.skill", name=kb.skills[s].name.get(lang)))

    expectations = [
        SourcedFact(
            fact_id=f.fact_id,
            text=kb.facts[f.fact_id].text.get(lang),
            source_id=kb.facts[f.fact_id].source_id,
        )
        for f in research.facts
        if f.fact_id in kb.facts
    ] or _fallback_facts(role, kb, lang)
    bands = list(research.salary_bands) or [
        SalaryBand(**b.model_dump()) for b in (role.salary_bands if role else [])
    ]

    total_t = sum(used)
    options: list[FeasibilityOption] = []
    if not feasible:
        options = _options(
            profile,
            research,
            role,
            kb,
            levels,
            cons,
            lang=lang,
            start=start_date,
            hours_pw=hours_pw,
            horizon=horizon,
            need_t=full_need_t,
            capacity_t=capacity_t,
            margin=margin,
        )
        risks.insert(
            0,
            _t(
                lang,
                "risk.infeasible",
                need=_num(full_need_t / 10),
                capacity=_num(capacity_t / 10),
                weeks=horizon,
            ),
        )
    risks += [_t(lang, "risk.buffer"), _t(lang, "risk.market")]

    # ---- assumptions, rationale, message
    assumptions.append(_t(lang, "assume.hours"))
    if any(f < 1.0 for f in factors.values()):
        assumptions.append(
            _t(
                lang,
                "assume.scaled",
                factor=_num(EXPERIENCED_FACTOR),
                years=_num(profile.years_experience or 0.0),
            )
        )
    assumptions.append(
        _t(
            lang,
            "assume.capacity",
            hours=_num(hours_pw),
            start=start_date.isoformat(),
            total=_num(total_t / 10),
            capacity=_num(sum(limits_t) / 10),
        )
    )
    known = sorted((s for s, (lv, _) in levels.items() if lv > 0), key=lambda s: (-levels[s][0], s))
    if known:
        names = _t(lang, "list.sep").join(
            f"{kb.skills[s].name.get(lang)} ({_level(lang, levels[s][0])})" for s in known[:6]
        )
        assumptions.append(_t(lang, "assume.known", skills=names))
    if margin < 1.0:
        assumptions.append(_t(lang, "assume.revised"))

    project_skill_ids = list(dict.fromkeys(s for pp in portfolio for s in pp.skill_ids))[:3]
    project_names = (
        _t(lang, "list.sep").join(kb.skills[s].name.get(lang) for s in project_skill_ids)
        or role_name
    )
    rationale = _t(
        lang,
        "rationale" if portfolio else "rationale.no_project",
        count=len(gaps),
        role=role_name,
        project_skills=project_names,
        experience=role.experience.get(lang) if role else "",
    )
    message = _t(
        lang,
        "message",
        role=role_name,
        weeks=horizon,
        hours=_num(hours_pw),
        total=_num(total_t / 10),
    )
    if not feasible:
        count = len({d.skill_id for d in deferred})
        key = "message.infeasible" if count else "message.infeasible_no_project"
        message += _t(lang, key, count=count)

    return Plan(
        version=version,
        target=research.role_id,
        target_name=role_name,
        language=lang,
        start_date=start_date,
        hours_per_week=hours_pw,
        horizon_weeks=horizon,
        total_hours=total_t / 10,
        weekly_hours=[u / 10 for u in used],
        gaps=gaps,
        phases=phases,
        milestones=milestones,
        portfolio_projects=portfolio,
        interview_prep=interview,
        expectations=expectations,
        salary_bands=bands,
        deferred=deferred,
        feasible=feasible,
        options=options,
        risks=risks,
        assumptions=assumptions,
        constraints=[describe_constraint(c, lang, kb, start_date, horizon) for c in cons],
        rationale=rationale,
        message=message,
    )


def revise_plan(
    plan: Plan,
    findings: Sequence[Finding],
    profile: Profile,
    research: RoleResearch,
    kb: KnowledgeBase,
    constraints: Sequence[Constraint] | None = None,
) -> Plan:
    """The next version of ``plan`` after a review: rebuilt with the findings taken in."""
    return build_plan(
        profile,
        research,
        kb,
        start_date=plan.start_date,
        constraints=constraints,
        version=plan.version + 1,
        previous_findings=findings,
    )


# --------------------------------------------------------------------------- pieces
def _split(total: int, parts: int) -> list[int]:
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def _boost(weights: dict[str, float], focus: Sequence[str], kb: KnowledgeBase) -> None:
    """Mentor focus: the skill and the prerequisites it needs go first among equals."""
    stack = list(focus)
    while stack:
        s = stack.pop()
        if s in weights and weights[s] < 2.0:
            weights[s] = 2.0
            stack.extend(p for p in kb.skills[s].prerequisites if p in weights)


def _drop_orphan_prerequisites(
    gaps: Sequence[Gap], excluded: set[str], kb: KnowledgeBase
) -> list[Gap]:
    """Keep required gaps and only those prerequisites still needed by a kept, non-excluded gap."""
    by_id = {g.skill_id: g for g in gaps}
    needed: set[str] = set()
    stack = [g.skill_id for g in gaps if g.reason == "required"]
    while stack:
        s = stack.pop()
        if s in needed:
            continue
        needed.add(s)
        if s in excluded:
            continue
        stack.extend(p for p in kb.skills[s].prerequisites if p in by_id)
    return [g for g in gaps if g.skill_id in needed]


def make_milestones(
    slots: Sequence[Slot],
    texts: Mapping[str, tuple[str, str, str]],
    lang: Language,
    no_code: Collection[str] = (),
) -> list[Milestone]:
    """Milestones 3-6 weeks apart: at the end of work items (merging those that end close
    together) and progress checks inside long items, each with a deliverable and its check.
    ``texts`` maps a work key to (title, deliverable, how checked); a progress check on work in
    ``no_code`` looks at shared notes and drafts rather than commits."""
    if not slots:
        return []
    ends = sorted({sl.week_end for sl in slots})
    chosen: list[int] = []
    for e in ends:
        if e - (chosen[-1] if chosen else 0) >= MILESTONE_MIN_GAP:
            chosen.append(e)
    if not chosen:
        chosen = [ends[-1]]
    elif chosen[-1] != ends[-1]:
        chosen[-1] = ends[-1]
    weeks: list[int] = []
    previous = 0
    for w in chosen:
        while w - previous > MILESTONE_MAX_GAP:
            previous += MILESTONE_MAX_GAP - 2
            weeks.append(previous)
        weeks.append(w)
        previous = w
    out: list[Milestone] = []
    previous = 0
    for w in weeks:
        done = [sl for sl in slots if previous < sl.week_end <= w]
        if done:
            sep = "" if lang == "zh" else " "
            deliverable = sep.join(texts[sl.key][1] for sl in done)
            how = sep.join(dict.fromkeys(texts[sl.key][2] for sl in done))
        else:
            active = next(sl for sl in slots if sl.week_end > w)  # the first unfinished
            suffix = ".no_code" if active.key in no_code else ""
            deliverable = _t(lang, "progress.deliverable" + suffix, title=texts[active.key][0])
            how = _t(lang, "progress.check" + suffix)
        out.append(Milestone(week=w, deliverable=deliverable, how_checked=how))
        previous = w
    return out


def _options(
    profile: Profile,
    research: RoleResearch,
    role: Role | None,
    kb: KnowledgeBase,
    levels: Mapping[str, tuple[int, str]],
    constraints: Sequence[Constraint],
    *,
    lang: Language,
    start: date,
    hours_pw: float,
    horizon: int,
    need_t: int,
    capacity_t: int,
    margin: float,
) -> list[FeasibilityOption]:
    """Concrete ways out of an infeasible goal: more weeks, more hours, a nearer role."""
    options: list[FeasibilityOption] = []
    limits = [to_tenths(x) for x in weekly_limits(hours_pw, MAX_HORIZON_WEEKS, start, constraints)]
    weeks = _min_horizon(need_t, limits, horizon, margin)
    options.append(
        FeasibilityOption(
            kind="longer_horizon",
            description=_t(
                lang,
                "option.longer",
                hours=_num(hours_pw),
                weeks=weeks,
                months=_num(round(weeks * 12 / 52)),
            )
            if weeks is not None
            else _t(lang, "option.longer_none", hours=_num(hours_pw), weeks=MAX_HORIZON_WEEKS),
            horizon_weeks=weeks,
            hours_per_week=hours_pw,
        )
    )
    others = [c for c in constraints if c.kind != "max_hours_per_week"]
    hours = hours_pw + 0.5
    while hours <= MAX_OPTION_HOURS_PER_WEEK:
        lim = [to_tenths(x) for x in weekly_limits(hours, horizon, start, others)]
        if _usable_total(lim, horizon, margin) >= need_t:
            options.append(
                FeasibilityOption(
                    kind="more_hours",
                    description=_t(lang, "option.more_hours", weeks=horizon, hours=_num(hours)),
                    horizon_weeks=horizon,
                    hours_per_week=hours,
                )
            )
            break
        hours += 0.5
    stones: list[tuple[int, str]] = []
    for stone_id in role.stepping_stones if role else []:
        stone = kb.roles.get(stone_id)
        if stone is None or stone_id == research.role_id:
            continue
        stones.append((_role_need_tenths(profile, stone, kb, levels), stone_id))
    for stone_need, stone_id in sorted(stones)[:2]:
        name = kb.roles[stone_id].name.get(lang)
        stone_weeks = _min_horizon(stone_need, limits, 0, margin)
        fits = stone_need <= capacity_t
        key = "option.stone_fits" if fits else "option.stone_longer"
        if not fits and stone_weeks is None:
            key = "option.stone_total"
        options.append(
            FeasibilityOption(
                kind="stepping_stone",
                description=_t(
                    lang,
                    key,
                    name=name,
                    need=_num(stone_need / 10),
                    weeks=horizon,
                    hours=_num(hours_pw),
                    stone_weeks=stone_weeks,
                ),
                horizon_weeks=horizon if fits else stone_weeks,
                hours_per_week=hours_pw,
                role_id=stone_id,
            )
        )
    return options


def _role_need_tenths(
    profile: Profile, role: Role, kb: KnowledgeBase, levels: Mapping[str, tuple[int, str]]
) -> int:
    """Estimated tenths of hours for the whole plan towards ``role`` (learning, project, job
    search), the same estimate ``build_plan`` uses."""
    gaps = analyse_gaps(profile, role, kb, levels=levels)
    learning = [
        estimate_hours(
            kb.skills[g.skill_id],
            g.have,
            g.need,
            experience_factor(kb.skills[g.skill_id], profile, levels, kb),
        )
        for g in gaps
    ]
    total = sum(to_tenths(h) for h in learning)
    return total + to_tenths(project_hours(total / 10)) + to_tenths(JOB_SEARCH_HOURS)


def estimate_total_hours(profile: Profile, role: Role, kb: KnowledgeBase) -> float:
    """Hours a full plan towards ``role`` needs (learning, portfolio project, job search)."""
    return _role_need_tenths(profile, role, kb, effective_levels(profile, kb)) / 10


__all__ = [
    "build_plan",
    "choose_projects",
    "deliverable_kind",
    "estimate_total_hours",
    "make_milestones",
    "pick_resources",
    "revise_plan",
]
