"""Turns about the person's own situation after approval, read and answered from the plan and
the profile (COACHING.md D): whether the plan helps in their own work ("is this any use for our
fleet?"), whether their data may go into AI tools (privacy), a fear of losing their job (an
offer to go faster, and what to show), and what kind of job the plan leads to."""

from __future__ import annotations

import math
import re

from coach.engine.answers import Answer, _item_line, with_sources
from coach.engine.answers_plan import next_step, week_span
from coach.engine.pay import pay_lines
from coach.engine.progress import done_through
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan, Profile

_SAFETY = re.compile(
    r"\b(?:safe(?:ly)?|unsafe|allowed|permitted|legal|illegal|compliant|risk(?:y|s)?|ok(?:ay)?\s+to|"
    r"fine\s+to|leak\w*|breach\w*|privacy|private|confidential\w*|hipaa|gdpr|pii)\b"
    r"|\b(?:can|could|may|should)\s+(?:i|we)\s+(?:paste|put|upload|share|feed|send|enter|give|copy)\b"
    r"|放进|放到|上传|粘贴|发给|丢给|安全|合规|违规|违法|隐私|泄露|泄密|保密|风险|可以把|能把|能不能把",
    re.I,
)
_PERSONAL = re.compile(
    r"\b(?:patients?'?|customers?'?|clients?'?|students?'?|employees?'?|staff|colleagues?'?|"
    r"personal|private|sensitive|medical|health|confidential|identifiable|records?|names?|"
    r"phone\s+numbers?|addresses|ids?|pii|hipaa|gdpr|privacy|company\s+data|internal|"
    r"(?:shift\s+)?handovers?|handoff|charts?|case\s+notes|clinical\s+notes|patient\s+notes)\b"
    r"|病人|患者|客户|学生|家长|员工|同事|司机|个人|身份证|手机号|电话|住址|病历|隐私|敏感|机密|内部"
    r"|孩子|儿童|幼儿|小朋友|宝宝|未成年|照片|相片|人脸|头像"
    r"|\b(?:children|child'?s|kids?|minors?|pupils?|photos?|pictures?|faces?)\b"
    r"|\b(?:source\s+code|code\s*base|proprietary|trade\s+secrets?|contracts?|financials?)\b"
    r"|\b(?:company|company'?s|our|client|employer'?s)\s+(?:\w+\s+)?(?:data|code|documents?|files?|reports?)\b"
    r"|源码|源代码|公司(?:的)?[\u4e00-\u9fff]{0,4}?(?:数据|资料|文件|代码|报表|账目|账本)|商业机密|合同|财务数据|客户资料",
    re.I,
)
_COMPANY = re.compile(
    r"\b(?:source\s+code|code\s*base|proprietary|trade\s+secrets?|contracts?|financials?|"
    r"(?:company|company'?s|our|employer'?s)\s+(?:\w+\s+)?(?:data|code|documents?|files?|reports?))\b"
    r"|源码|源代码|公司(?:的)?[\u4e00-\u9fff]{0,4}?(?:数据|资料|文件|代码|报表|账目|账本)|商业机密|合同|财务数据|客户资料",
    re.I,
)
_PEOPLE = re.compile(
    r"\b(?:patients?|customers?|clients?|students?|employees?|staff|colleagues?|personal|names?|"
    r"identifiable|phone|addresses|pii|medical|health|(?:shift\s+)?handovers?|handoff|charts?|"
    r"children|kids?|minors?|pupils?|photos?|faces?|"
    r"case\s+notes|clinical\s+notes|patient\s+notes)\b|病人|患者|客户|学生|家长|员工|同事|个人|身份证|手机号|电话|住址|病历|交班|孩子|儿童|幼儿|小朋友|未成年|照片|相片|人脸",
    re.I,
)
_MINORS = re.compile(
    r"\b(?:children|child'?s|kids?|minors?|pupils?|under\s+14)\b|孩子|儿童|幼儿|小朋友|未成年|学生的?照片",
    re.I,
)
_LEARNING = re.compile(r"\b(?:learn\w*|study\w*|course\w*)\b|学习|要学|学不学|学吗|课程", re.I)

_JOB_LOSS = re.compile(
    r"\b(?:laid\s+off|lay\s*-?offs?|layoffs?|redundanc\w*|made\s+redundant|let\s+go|fired|"
    r"job\s+cuts?|cutting\s+jobs|downsiz\w+|restructur\w+|lose\s+my\s+job|losing\s+my\s+job|"
    r"lost\s+my\s+job|out\s+of\s+(?:a\s+)?(?:job|work))\b"
    r"|裁员|被裁|失业|没工作|丢工作|丢了工作|丢饭碗|被辞|辞退|被开除|下岗|优化掉|被优化|裁掉",
    re.I,
)
_WORRY = re.compile(
    r"\b(?:may|might|could|worried|afraid|scared|rumou?rs?|probably|soon|fear|going\s+to|"
    r"about\s+to|planning|announced|what\s+if|will\s+ai|would\s+ai)\b|担心|可能|也许|怕|听说|要裁员|快要|马上|下个月|传言|万一|"
    r"会不会|会吗|是不是会",
    re.I,
)
_JOB_KIND = re.compile(
    r"\bwhat\s+(?:kinds?|sorts?|types?)\s+of\s+(?:jobs?|roles?|positions?|work|titles?)\b|"
    r"\bwhich\s+(?:jobs?|roles?|positions?|titles?)\b|"
    r"\bwhat\s+(?:jobs?|roles?|positions?|titles?)\s+(?:can|could|will|would|should|do|might)\b"
    r"|什么样的?(?:工作|岗位|职位)|什么(?:工作|岗位|职位)|哪(?:一)?(?:些|类|种)(?:工作|岗位|职位)|"
    r"什么类型的?(?:工作|岗位|职位)|能(?:去)?做(?:什么|哪)",
    re.I,
)
_USEFUL = re.compile(
    r"\b(?:useful|any\s+use|of\s+use|help(?:ful)?\s+(?:for|to|with|in|at)|worth\s+it\s+for|"
    r"(?:actually|really)\s+help|help\s+(?:me|us)\s+(?:in|at|with)|make\s+a\s+difference|"
    r"(?:use|apply)\s+(?:it|this|any\s+of\s+this|these)\s+(?:in|at|for|to)\s+(?:my|our)|"
    r"can\s+ai\s+(?:help|do|analy[sz]e|spot|find|detect|predict))\b"
    r"|有用|用处|有什么用|有帮助|用得上|帮得上|实际作用|派上用场|用场|用途|能用\s*AI|用\s*AI\s*(?:来)?(?:做|分析|处理|解决|发现|预测)",
    re.I,
)
_ASKS = re.compile(
    r"\?|？|\b(?:should|can|could|is|are|will|would|does|do|what|how|which)\b|吗|么|呢|怎么|能不能|是否|哪",
    re.I,
)


def privacy_question(text: str) -> bool:
    """ "Is it safe to put patient info into ChatGPT?", "把学生信息放进豆包安全吗": whether a
    person's data may go into AI tools (not "should I learn data privacy?")."""
    if not _ASKS.search(text) or _LEARNING.search(text):
        return False
    return bool(_SAFETY.search(text) and _PERSONAL.search(text))


def people_data(text: str) -> bool:
    """Whether the work named holds other people's data (patients, clients, staff, records)."""
    return bool(_PERSONAL.search(text)) and not (_COMPANY.search(text) and not _PEOPLE.search(text))


def job_loss(text: str) -> bool:
    """The person's job is, or may soon be, gone ("layoffs are coming", "公司要裁员了")."""
    return bool(_JOB_LOSS.search(text))


def job_loss_worry(text: str) -> bool:
    """A fear of losing the job, not the fact of it ("I may lose my job next month")."""
    return job_loss(text) and bool(_WORRY.search(text))


def job_kind_question(text: str) -> bool:
    """ "What kind of job can I get after this?": the target role's jobs, never a role name."""
    return bool(_JOB_KIND.search(text)) and bool(_ASKS.search(text))


def useful_question(text: str) -> bool:
    """ "Is this any use for our fleet?", "学这些对我们学校有什么用处？": the plan in their work."""
    return bool(_USEFUL.search(text)) and bool(_ASKS.search(text))


def _sep(lang: str) -> str:
    return "；" if lang == "zh" else "; "


def _strengths(plan: Plan, kb: KnowledgeBase) -> str:
    lang = plan.language
    names = [
        kb.skills[s.skill_id].name.get(lang) for s in plan.strengths if s.skill_id in kb.skills
    ]
    return ("、" if lang == "zh" else ", ").join(names[:4])


def _project_line(plan: Plan, kb: KnowledgeBase, key: str) -> list[str]:
    if not plan.portfolio_projects:
        return []
    project = plan.portfolio_projects[0]
    lang = plan.language
    names = _sep(lang).join(
        kb.skills[s].name.get(lang) for s in project.skill_ids[:4] if s in kb.skills
    )
    weeks = week_span(project.week_start, project.week_end)
    return [t(lang, key, title=project.title, weeks=weeks, skills=names or "-")]


def answer_useful(plan: Plan, profile: Profile, week: int, kb: KnowledgeBase) -> Answer:
    """Yes, in their own work: the plan's project, the skills it uses there, what they bring."""
    lang = plan.language
    role = profile.current_role
    lines = [t(lang, "coach.c.useful_role", role=role) if role else t(lang, "coach.c.useful")]
    lines += _project_line(plan, kb, "coach.c.useful_project")
    if plan.portfolio_projects:
        lines.append(plan.portfolio_projects[0].description)
    if strengths := _strengths(plan, kb):
        lines.append(t(lang, "coach.c.useful_strengths", skills=strengths))
    lines.append(t(lang, "coach.c.useful_try"))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, [], kb)


_GOVERNANCE = ("data_privacy", "ai_ethics_governance")


def answer_privacy(plan: Plan, week: int, kb: KnowledgeBase, text: str = "") -> Answer:
    """No identifiable personal data into public tools; de-identify; the employer's sanctioned
    tools and policy; the plan's governance item (or the KB's practice for it). Company code or
    documents (no person in them): only into the tools the employer approves."""
    lang = plan.language
    if _COMPANY.search(text) and not _PEOPLE.search(text):
        lines = [t(lang, "coach.t.privacy_company"), t(lang, "coach.t.privacy_company_how")]
    else:
        lines = [t(lang, "coach.c.privacy"), t(lang, "coach.c.privacy_how")]
        if _MINORS.search(text):  # children's photos and names: sensitive, and a parent's call
            lines.insert(0, t(lang, "coach.c.privacy_minors"))
    sources: list[str] = []
    items = [i for i in plan.items() if i.skill_id in _GOVERNANCE]
    if items:
        lines.append(t(lang, "coach.c.privacy_plan"))
        for item in items[:2]:
            line, src = _item_line(item, kb, lang)
            lines.append(line)
            sources += src
    else:
        skill = next((kb.skills[s] for s in _GOVERNANCE if s in kb.skills), None)
        if skill is not None and skill.practice is not None:
            lines.append(
                t(
                    lang,
                    "coach.c.privacy_practice",
                    skill=skill.name.get(lang),
                    practice=skill.practice.get(lang),
                )
            )
    fact = kb.facts.get("ethics_governance_built_in")
    if fact is not None:
        lines.append(f"- {fact.text.get(lang)}")
        sources.append(fact.source_id)
    return with_sources(lang, lines, sources, kb)


FASTER_HOURS = 10.0
"""The least a week a faster plan offers; else twice the plan's hours (at most 40)."""


def faster_offer(plan: Plan, week: int) -> tuple[str, dict[str, float | int] | None]:
    """More hours a week for the hours left, as a change the person confirms with "yes"."""
    lang = plan.language
    done = done_through(plan.progress, week)
    left = sum(plan.weekly_hours[done:])
    weeks_left = plan.horizon_weeks - done
    hours = min(40.0, max(FASTER_HOURS, 2 * plan.hours_per_week))
    if left <= 0 or hours <= plan.hours_per_week:
        return t(lang, "coach.c.faster_own"), None
    weeks = max(1, math.ceil(left / hours))
    line = t(
        lang,
        "coach.c.faster_offer",
        hours=f"{hours:g}",
        left=f"{left:g}",
        weeks=weeks,
        old=weeks_left,
    )
    gap = "" if lang == "zh" else " "
    return line + gap + t(lang, "coach.c.faster_own"), {
        "hours_per_week": hours,
        "horizon_weeks": done + weeks,
    }


def answer_job_loss(plan: Plan, profile: Profile, week: int, kb: KnowledgeBase) -> Answer:
    """Acknowledged; the concrete change (more hours, a shorter horizon) offered; what to show
    in interviews from what they have and the plan's project."""
    lang = plan.language
    offer, proposal = faster_offer(plan, week)
    lines = [t(lang, "coach.c.job_loss"), offer]
    years, role = profile.years_experience, profile.current_role
    if years and role:
        lines.append(t(lang, "coach.c.show_years", years=f"{years:g}", role=role))
    if strengths := _strengths(plan, kb):
        lines.append(t(lang, "coach.c.show_strengths", skills=strengths))
    lines += _project_line(plan, kb, "coach.c.show_project")
    answer = with_sources(lang, lines, [], kb)
    return answer.model_copy(update={"proposal": proposal})


def answer_job_kind(plan: Plan, profile: Profile, kb: KnowledgeBase) -> Answer:
    """The target role's jobs: what it is, in the sources' words, its pay lines, what to show."""
    lang = plan.language
    role = kb.roles.get(plan.target)
    lines: list[str] = []
    sources: list[str] = []
    if role is not None:
        summary = role.summary.get(lang)
        lines.append(t(lang, "coach.a.job_kind", role=plan.target_name, summary=summary))
        sources += role.source_ids[:1]
    else:
        lines.append(t(lang, "coach.c.job_kind_plain", role=plan.target_name))
    if profile.current_role and role is not None and role.family == "non_coding":
        lines.append(t(lang, "coach.c.job_kind_field", role=profile.current_role))
    lines += [f"- {line}" for line in pay_lines(plan, kb, profile.region)[:2]]
    sources += [b.source_id for b in plan.salary_bands[:1]]
    lines += _project_line(plan, kb, "coach.c.show_project")
    lines.append(t(lang, "coach.a.no_promise"))
    return with_sources(lang, lines, sources, kb)
