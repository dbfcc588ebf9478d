"""Answers to turns about the person's life rather than the plan: "I got the job!" (the plan's
job search is no longer needed; what is left becomes learning on the job), and the worries a
question carries (age, a career gap, AI replacing their work, a friend's shorter timeline, a
field they hope to work in), answered first, from their background and the sources."""

from __future__ import annotations

import math
import re

from coach.engine.answers import Answer, with_sources
from coach.engine.constraints.quantities import DURATION
from coach.engine.constraints.topics import PROJECT_FIELDS
from coach.engine.fields import field_name
from coach.engine.numbers.approx import number, to_weeks
from coach.engine.progress import done_through
from coach.engine.whole_hours import whole
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan, Profile


def answer_got_job(plan: Plan, week: int) -> Answer:
    """Congratulations, what the rest of the plan becomes, and how to drop the job search."""
    lang = plan.language
    done = done_through(plan.progress, week)
    left = [
        i for i in plan.items() if i.week_end > done and i.skill_id not in plan.progress.skills_done
    ]
    core = [i.title for i in left if i.skill_id in set(plan.core_skills)][:3]
    lines = [t(lang, "coach.a.got_job", role=plan.target_name)]
    if left:
        hours = f"{sum(i.hours for i in left):g}"
        lines.append(t(lang, "coach.a.got_job_left", count=len(left), hours=hours))
        if core:
            sep = "；" if lang == "zh" else "; "
            lines.append(t(lang, "coach.a.got_job_core", items=sep.join(core)))
    if any(ph.kind == "job_search" for ph in plan.phases):
        lines.append(t(lang, "coach.a.got_job_search"))
    return with_sources(lang, lines, [])


_AGE = re.compile(
    r"\b\d{2}\s*(?:-\s*)?(?:years?[\s-]*old|yo|y/o)\b|\b(?:i'?m|i\s+am|turning|at)\s+\d{2}\b|"
    r"\b(?:my|at\s+my)\s+age\b|\btoo\s+old\b|\bolder\b"
    r"|\d{2}\s*岁|我(?:今年|已经|都)?\s*\d{2}\s*了|这个年纪|这把年纪|年纪|年龄",
    re.I,
)
_GAP = re.compile(
    r"\b(?:career\s+)?gap\b|\bbeen\s+(?:out|away|off)\b|\btime\s+off\b|\bback\s+to\s+work\b"
    r"|空窗|断档|离开职场|回归职场|重返职场|没上班",
    re.I,
)
_EXAM = re.compile(
    r"\b(?:failed|flunked|didn'?t\s+pass|did\s+not\s+pass)\s+(?:my|the|an|a)\s+(?:\w+\s+){0,2}"
    r"(?:exam|test|certification|qualification|module|course)\b|\b(?:exam|test)\s+(?:went\s+badly|failed)\b"
    r"|考试(?:没过|没通过|挂了|失利|考砸了?)|没考过|考砸|挂科|没通过(?:考试|认证)",
    re.I,
)
_ENGLISH = re.compile(
    r"\bmy\s+english\b|\b(?:bad|poor|weak|not\s+good|not\s+great)\s+(?:at|in|with)\s+english\b"
    r"|英语|英文",
    re.I,
)


def _english_line(plan: Plan, kb: KnowledgeBase) -> str:
    """A worry about English: the plan's material in their language where the sources have it,
    AI tools in their language; English helps later, it is no condition to start."""
    lang = plan.language
    own = [
        kb.resources[r]
        for i in plan.items()
        for r in i.resource_ids
        if r in kb.resources and kb.resources[r].language in (lang, "mixed")
    ]
    titles = list(dict.fromkeys(r.title_in(lang) for r in own))[:2]
    sep = "、" if lang == "zh" else "; "
    if titles:
        return t(lang, "coach.a.english", titles=sep.join(titles))
    return t(lang, "coach.a.english_none")


_REPLACED = re.compile(
    r"\b(?:replac\w*|take\s+over|taking\s+over|obsolete|automate\w*\s+away|kill\w*\s+(?:my|the)\s+job)\b"
    r"|取代|替代|淘汰|失业|抢饭碗|被AI",
    re.I,
)
_FACT_REPLACED = re.compile(r"takes?\s+over|pushed\s+out|pressure\s+from\s+AI|replace", re.I)
_OTHERS = re.compile(
    r"\b(?:my\s+)?(?:friend|colleague|cousin|brother|sister|someone|people|others?)\b|朋友|同事|别人|有人",
    re.I,
)
_FIELD_RES = {
    f: re.compile(rf"(?<![A-Za-z])(?:{w})(?![A-Za-z])", re.I) for f, w in PROJECT_FIELDS.items()
}


def _sooner(text: str, plan: Plan) -> str | None:
    """ "my friend did it in 6 months": how much of this plan that time holds at its hours."""
    if not _OTHERS.search(text):
        return None
    m = DURATION.search(text)
    value = number(m.group(1)) if m else None
    if m is None or value is None:
        return None
    weeks = to_weeks(value, m.group(2))
    if not 0 < weeks < plan.horizon_weeks:
        return None
    hours = weeks * plan.hours_per_week
    share = min(100, math.floor(100 * hours / plan.total_hours)) if plan.total_hours else 0
    return t(
        plan.language,
        "coach.a.sooner",
        weeks=weeks,
        hours=f"{hours:g}",
        share=share,
        total=whole(plan.total_hours),
        per_week=f"{plan.hours_per_week:g}",
    )


_JOB_KIND = re.compile(
    r"\bwhat\s+(?:kind|sort|type)s?\s+of\s+(?:jobs?|roles?|positions?|work)\b|\bwhich\s+(?:jobs?|roles?)\b|"
    r"\bwhat\s+(?:jobs?|roles?)\s+(?:can|could|will)\b"
    r"|什么样的(?:工作|岗位|职位)|什么(?:工作|岗位|职位)|哪些(?:工作|岗位|职位)|能做什么",
    re.I,
)


def _job_kind(text: str, plan: Plan, kb: KnowledgeBase) -> list[str]:
    """ "What kind of job can I get with this plan?": the role it aims at, in the sources' words."""
    role = kb.roles.get(plan.target)
    if role is None or not _JOB_KIND.search(text):
        return []
    return [
        t(
            plan.language,
            "coach.a.job_kind",
            role=plan.target_name,
            summary=role.summary.get(plan.language),
        )
    ]


# A field named only to leave it ("about bridges instead of HR", "而不是招聘"): not the wish
_FIELD_RES_ANY = re.compile("|".join(PROJECT_FIELDS.values()), re.I)
_NOT_FIELD = re.compile(
    r"\b(?:instead\s+of|rather\s+than|not)\s+(?:the\s+|a\s+|an\s+)?[\w/-]+|"
    r"(?:而不是|不要|不是|别)\s*[\u4e00-\u9fff]{1,6}",
    re.I,
)
_PROJECT_ABOUT = re.compile(
    r"\bproject\b.{0,30}?\b(?:about|on|around)\s+(?P<en>[a-z][\w -]{1,30}?)"
    r"(?=\s+(?:instead|rather|not)\b|\s*[?.!,]|\s*$)"
    r"|项目.{0,6}?(?:做|关于|换成|改成)(?P<zh>[\u4e00-\u9fff]{1,8}?)(?:的|方向|相关|领域)",
    re.I,
)


def project_field_line(text: str, lang: str, project: str = "") -> str | None:
    """The field the person wants the project in: a known field (not one named to leave), else
    their own words for it ("can the project be about bridges instead of HR?"); a project
    already in that field (``project``: its title and description) is said to be."""
    wanted = _NOT_FIELD.sub(" ", text)
    for field, words in _FIELD_RES.items():
        if words.search(wanted) and field not in {"software", "research"}:
            name = field_name(field, lang)
            if project and words.search(project):
                return t(lang, "coach.a.field_already", field=name)
            return t(lang, "coach.a.field_project", field=name)
    if m := _PROJECT_ABOUT.search(wanted):
        what = (m.group("en") or m.group("zh") or "").strip()
        own = re.search(r"\b(?:my|your|our|it|this|that|them|what|which)\b", what, re.I)
        if what and len(what.split()) <= 3 and not own and not _FIELD_RES_ANY.search(what):
            return t(lang, "coach.a.field_project", field=what)
    return None


def about_the_person(
    answer: Answer, text: str, plan: Plan, profile: Profile, kb: KnowledgeBase
) -> Answer:
    """The worries in ``text`` answered first, before ``answer``."""
    lang = plan.language
    lines: list[str] = _job_kind(text, plan, kb)
    sources: list[str] = list(kb.roles[plan.target].source_ids[:1]) if lines else []
    years, role = profile.years_experience, profile.current_role
    if _EXAM.search(text):  # "精算考试没过，心态有点崩": the trigger first
        lines.append(t(lang, "coach.a.exam"))
    if _AGE.search(text):
        key = "coach.a.age_years" if years and role else "coach.a.age"
        lines.append(t(lang, key, years=f"{years:g}" if years else "", role=role or ""))
    if _GAP.search(text):
        lines.append(t(lang, "coach.a.gap"))
    if hard := hard_going_line(text, plan, 1 + done_through(plan.progress, 0), kb):
        lines.append(hard)  # "感觉自己很笨，AI的东西都听不懂": a gentler way in
    if _ENGLISH.search(text):  # "我英语不好，能学吗"
        lines.append(_english_line(plan, kb))
    if _REPLACED.search(text):
        facts = [f for f in kb.facts.values() if _FACT_REPLACED.search(f.text.en)][:2]
        if facts:
            lines.append(t(lang, "coach.a.replaced"))
            lines += [f"- {f.text.get(lang)}" for f in facts]
            sources += [f.source_id for f in facts]
    if sooner := _sooner(text, plan):
        lines.append(sooner)
    mine = " ".join(f"{p.title} {p.description}" for p in plan.portfolio_projects[:1])
    if field_line := project_field_line(text, lang, mine):
        lines.append(field_line)
    if not lines:
        return answer
    head = t(lang, "coach.a.sources", ids="")
    body = [line for line in answer.text.split("\n") if not (head and line.startswith(head))]
    merged = list(dict.fromkeys([*sources, *answer.sources]))
    return with_sources(lang, [*lines, *body], merged, kb).model_copy(
        update={"proposal": answer.proposal}
    )


_HARD = re.compile(
    r"\b(?:(?:hard|difficult|tough)\s+to\s+(?:follow|understand|get)|over\s+my\s+head|"
    r"(?:too|really|so|pretty|quite)\s+(?:hard|difficult|confusing|dense)|can'?t\s+follow|confusing|"
    r"went\s+over\s+my\s+head|(?:much\s+)?harder\s+than)\b|难(?:听|看)?懂|听不懂|看不懂|有点难|太难|好难|跟不上|难多了|比.{1,12}难",
    re.I,
)
_TITLE_WORDS = re.compile(r"[\u4e00-\u9fff]{2,4}|[A-Za-z][A-Za-z.-]{3,}")
_PLAIN = frozenset(
    {"with", "from", "your", "guide", "course", "courses", "official", "docs", "book"}
)


def _names_resource(text: str, title: str) -> bool:
    words = [w for w in _TITLE_WORDS.findall(title) if w.lower() not in _PLAIN]
    return any(w.lower() in text.lower() for w in words[:3])


def hard_going_line(text: str, plan: Plan, week: int, kb: KnowledgeBase) -> str | None:
    """ "李宏毅的课有点难听懂", "the course is hard to follow": a gentler material for the same
    skill from the sources (or how to practise it when they list none); None when nothing is
    said to be hard."""
    if not _HARD.search(text):
        return None
    lang = plan.language
    pairs = [
        (i, kb.resources[r]) for i in plan.items() for r in i.resource_ids if r in kb.resources
    ]
    named = [(i, r) for i, r in pairs if _names_resource(text, r.title + " " + r.title_zh)]
    if not named:  # the material of the week just done
        last = max(1, done_through(plan.progress, week))
        named = [(i, r) for i, r in pairs if i.week_start <= last <= i.week_end][:1]
    if not named:
        return None
    item, used = named[0]
    others = [r for r in kb.learning_resources(item.skill_id, lang) if r.id != used.id]
    if not others:
        return t(lang, "coach.a.hard_going_none")
    return t(lang, "coach.a.hard_going", title=used.title_in(lang), other=others[0].title_in(lang))
