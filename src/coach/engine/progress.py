"""Progress check-ins ("finished week 2", "done with RAG", "第3周完成了", "落后了两周") read into
a :class:`~coach.schemas.CheckIn`, and folded into the :class:`~coach.schemas.Progress` record."""

from __future__ import annotations

import re
from datetime import date

from coach.engine.numbers.approx import NUM, number
from coach.i18n import t
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import CheckIn, Plan, PlanItem, Progress

_DONE = (
    r"\b(?:finished|completed|complete|done(?:\s+with)?|through|wrapped\s+up|got\s+through|"
    r"passed|nailed|covered|did)\b|完成了?|做完了?|学完了?|搞定了?|搞完了?|弄好了?|结束了?|弄完了?|过完了?|"
    r"看完了?|读完了?|练完了?"
)
_DONE_RE = re.compile(_DONE, re.I)
_JOIN = r"(?:\s*(?:,|，|、|\band\b|&|\+|-|–|~|\bto\b|\bthrough\b|\bthru\b|和|与|及|跟|到|至)\s*)+"
# every week a check-in names: "week 1 and week 2", "weeks 1-3", "the first two weeks",
# "第一周和第二周", "第1、2周", "1-3周", "前两周"; the latest of them is done (and all before it)
_WEEK_REFS = re.compile(
    rf"\b(?:weeks?|wks?)\s*{NUM}(?:{_JOIN}(?:(?:weeks?|wks?)\s*)?{NUM}\b)*"
    rf"|\b(?:the\s+)?first\s+(?:{NUM}\s+weeks?|week)\b"
    rf"|(?:第|前)\s*{NUM}(?:{_JOIN}第?\s*{NUM})*\s*(?:个)?(?:周|星期|礼拜)"
    rf"|{NUM}\s*(?:-|–|~|到|至)\s*{NUM}\s*(?:个)?(?:周|星期|礼拜)",
    re.I,
)
_NUMBER = re.compile(NUM, re.I)
_STARTING = re.compile(
    r"(?:\bstart(?:ing|ed)?|\bbegin(?:ning)?|\bnow\s+on|开始|进入|正在)\W*$", re.I
)
_CLAUSE = re.compile(r"[.;!?。；！？\n]+|\bbut\b|但是|不过")


def without_progress(text: str) -> str:
    """``text`` without what it says of progress ("did nothing for 2 weeks", "3 weeks behind",
    "spent 4 hours"): a duration in the past is no new horizon."""
    for said in (_MONTHS_BEHIND, _BEHIND, _IDLE, _SPENT):
        text = said.sub(" ", text)
    return text


def without_week_refs(text: str) -> str:
    """``text`` without the weeks a check-in names ("第1、2、3周", "weeks 1-3"), so that what
    else it says is not read as a horizon of 3 weeks."""
    text = _RECENT_DONE.sub(" ", _WEEK_REFS.sub(" ", text))
    # "behind by two weeks", "missed 3 weeks", "spent 4 hours": progress, not a horizon or hours
    for said in (_MONTHS_BEHIND, _BEHIND, _IDLE, _SPENT):
        text = said.sub(" ", text)
    return text


_NOT_DONE = re.compile(
    r"(?:没|没有|未|还没|还没有|尚未|不)\s*$|\b(?:not|n't|never|haven'?t|hasn'?t|didn'?t|yet\s+to)\s*$"
    r"|\b(?:not|n't|never)\s+(?:quite\s+|really\s+|yet\s+)?$",
    re.I,
)


def _said_done(clause: str) -> bool:
    """Whether the clause says something is done ("没学完", "didn't finish" say it is not)."""
    return any(
        not _NOT_DONE.search(clause[max(0, m.start() - 12) : m.start()])
        for m in _DONE_RE.finditer(clause)
    )


_NOT_FINISHED = re.compile(
    r"\b(?:didn'?t|did\s+not|haven'?t|have\s+not|couldn'?t|could\s+not|wasn'?t\s+able\s+to)\s+"
    r"(?:quite\s+|fully\s+)?(?:finish|complete|get\s+through|do)\b",
    re.I,
)


def unfinished_week(text: str) -> int | None:
    """The week a check-in says is not finished ("第1周没学完", "didn't finish week 2")."""
    if _said_done(text):  # "finished week 1 but not week 2": the check-in keeps week 1
        return None
    if not (_DONE_RE.search(text) or _NOT_FINISHED.search(text)):
        return None
    refs = [
        number(n.group(0)) for r in _WEEK_REFS.finditer(text) for n in _NUMBER.finditer(r.group(0))
    ]
    found = [int(v) for v in refs if v is not None]
    return max(found) if found else None


def _weeks_done(text: str) -> int | None:
    """The latest week a check-in reports done (None when it names no week done)."""
    latest: int | None = None
    for clause in _CLAUSE.split(text):
        if not _said_done(clause):
            continue
        for ref in _WEEK_REFS.finditer(clause):
            if _STARTING.search(clause[max(0, ref.start() - 16) : ref.start()]):
                continue
            span = ref.group(0)
            values = [number(n.group(0)) for n in _NUMBER.finditer(span)]
            if re.match(r"(?:the\s+)?first\s+week\b", span, re.I):
                values = [1]
            found = [int(v) for v in values if v is not None]
            if found:
                latest = max(latest or 0, *found)
    return latest


# "这两周的都做完了", "the last two weeks are done": the recent weeks, up to this one
_RECENT_DONE = re.compile(
    rf"这\s*({NUM})\s*(?:个)?(?:周|星期)(?:的)?\s*(?:内容|任务)?\s*(?:已经|都)?\s*(?:{_DONE})"
    rf"|\b(?:the\s+)?(?:last|past)\s+({NUM})\s+weeks?\s+(?:are\s+|is\s+)?(?:done|finished)",
    re.I,
)
_BEHIND = re.compile(
    rf"({NUM})\s*(?:weeks?|wks?)\s+behind|behind\s+(?:by\s+)?({NUM})\s*weeks?"
    rf"|\b(?:missed|skipped|lost)\s+(?:the\s+)?(?:last\s+|past\s+)?({NUM})\s*(?:weeks?|wks?)"
    rf"|(?:错过|没学|没做|荒废)了?\s*({NUM})\s*(?:个)?(?:周|星期)"
    rf"|(?:落后|拖|慢|晚|耽误)了?\s*({NUM})\s*(?:个)?(?:周|星期|礼拜)"
    rf"|(?:落后|拖后|进度慢)了?\s*({NUM})\s*(?:个)?(?:周|星期)",
    re.I,
)
_MONTHS_BEHIND = re.compile(
    rf"(?:({NUM})|\ban?)\s*months?\s+behind|behind\s+(?:by\s+)?(?:({NUM})|an?)\s*months?"
    rf"|(?:落后|拖|耽误|荒废)了?\s*({NUM})\s*个\s*(?:多)?月",
    re.I,
)
_BEHIND_ONE = re.compile(
    r"\bbehind\b|\bfell\s+behind\b|\b(?:missed|skipped)\s+(?:last|this)\s+week\b|落后了|拖延了|进度落后|"
    r"上周没(?:学|做|时间)|上星期没(?:学|做)"
    # "这周学校迎检，一点没学", "I didn't study at all this week", "zero hours this week"
    r"|(?:这周|本周|这星期|这个星期|这礼拜|上周|上星期)[^，。,.!?？！]{0,12}[，,]?\s*[^。.!?？！]{0,8}?"
    r"(?:一点(?:都|也)?没(?:学|做|碰|动)|完全没(?:学|做|碰|动)|没(?:学|做|碰|动)(?:成|了)?(?![^。.]*吗)|什么都没(?:学|做))"
    r"|\b(?:didn'?t|did\s+not|couldn'?t|could\s+not|haven'?t|have\s+not|wasn'?t\s+able\s+to)\s+"
    r"(?:get\s+to\s+(?:it|study)|study|do\s+(?:any|anything)|touch\s+(?:it|the\s+plan)|open\s+"
    r"(?:it|the\s+book)|learn\s+anything|work\s+on\s+(?:it|the\s+plan))\b[^.?!]{0,30}?\b(?:this|last)\s+week\b"
    r"|\b(?:zero|no|0)\s+(?:hours?|study|studying|progress)\s+(?:this|last)\s+week\b",
    re.I,
)
_IDLE = re.compile(
    rf"\b(?:did|done|got|have\s+done|achieved)\s+nothing\s+(?:for|in)\s+(?:the\s+(?:last|past)\s+)?({NUM})\s+weeks?|"
    rf"\b(?:haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:done|do|studied|study|touched|opened|"
    rf"worked\s+on)\s+(?:anything|it|much|a\s+thing)?\s*(?:for|in)\s+(?:the\s+(?:last|past)\s+)?"
    rf"({NUM})\s+weeks?|({NUM})\s*(?:个)?(?:周|星期)(?:都)?没(?:怎么|什么)?(?:学|做|动)",
    re.I,
)
_SPENT = re.compile(
    rf"\b(?:spent|did|put\s+in|studied|worked|logged|got\s+in|managed)\s+(?:about\s+|around\s+|maybe\s+|"
    rf"only\s+|just\s+|roughly\s+)?"
    rf"({NUM})\s*(?:hours?|hrs?|h)\b|(?:学了|花了|用了|投入了|练了)\s*({NUM})\s*(?:个)?(?:小时|钟头)",
    re.I,
)
_ON_TRACK = re.compile(r"\bon\s+track\b|\bon\s+schedule\b|按计划|进度正常|跟上了", re.I)
_SKILL_DONE = (
    re.compile(rf"(?:{_DONE})\s*(?:the\s+)?([^,.;!?，。；！？]{{2,60}})", re.I),
    re.compile(
        rf"([^,.;!?，。；！？]{{2,40}}?)\s*(?:已经|都)?\s*(?:{_DONE}|is\s+done|are\s+done)", re.I
    ),
)
_QUESTION = re.compile(
    r"\?|？|^\W*(?:when|how|should|can|what|is|do|does)\b|吗|呢|怎么|什么时候", re.I
)  # "Next week should be normal again." is no question


def plan_week(plan: Plan, today: date) -> int:
    """The plan week ``today`` falls in (1 before the start, the last week after the end)."""
    return max(1, min(plan.horizon_weeks, (today - plan.start_date).days // 7 + 1))


def read_checkin(text: str, plan: Plan, kb: KnowledgeBase, week: int) -> CheckIn | None:
    """The progress ``text`` reports (None when it is not a check-in, e.g. a question)."""
    if m := _RECENT_DONE.search(text):
        value = number(next(g for g in m.groups() if g))
        if value is not None and value >= 1:
            done = min(plan.horizon_weeks, max(int(value), week))
            return CheckIn(text=text, week=week, kind="week_done", value=done)
    value = _weeks_done(text)
    if value is not None and 1 <= value <= plan.horizon_weeks:
        also = _skills_done(without_week_refs(text), plan, kb)  # "第1周完成了，RAG 也做完了"
        return CheckIn(text=text, week=week, kind="week_done", value=value, skill_ids=also)
    if m := _MONTHS_BEHIND.search(text):  # "落后了一个多月", "a month behind": about 4 weeks each
        value = number(next((g for g in m.groups() if g), "1"))
        if value is not None and value >= 1:
            return CheckIn(text=text, week=week, kind="behind", value=int(value * 4))
    if m := _BEHIND.search(text):
        value = number(next(g for g in m.groups() if g))
        if value is not None and value >= 1:
            return CheckIn(text=text, week=week, kind="behind", value=int(value))
    if m := _IDLE.search(text):
        value = number(next(g for g in m.groups() if g))
        if value is not None and value >= 1:
            return CheckIn(text=text, week=week, kind="behind", value=int(value))
    if _QUESTION.search(text):
        return None
    planned = {i.skill_id for i in plan.items()}
    if m := _SPENT.search(text):  # "I spent 3 hours on the python book this week"
        hours = number(next(g for g in m.groups() if g))
        ids = [x.id for x in get_lexicon(kb).find_skills(text) if x.id in planned]
        if hours is not None and 0 < hours <= 100:
            done = _DONE_RE.search(_SPENT.sub(" ", text)) is not None  # "4 h, and finished RAG"
            return CheckIn(
                text=text,
                week=week,
                kind="skill_done" if done and ids else "hours",
                hours=hours,
                skill_ids=list(dict.fromkeys(ids)),
            )
    for pattern in _SKILL_DONE:
        m = pattern.search(text)
        ids = [x.id for x in get_lexicon(kb).find_skills(m.group(1))] if m else []
        ids = [i for i in ids if i in planned]
        if ids:
            return CheckIn(
                text=text, week=week, kind="skill_done", skill_ids=list(dict.fromkeys(ids))
            )
    if _BEHIND_ONE.search(text):
        return CheckIn(text=text, week=week, kind="behind", value=1)
    if _ON_TRACK.search(text):
        return CheckIn(text=text, week=week, kind="on_track")
    return None


def _skills_done(text: str, plan: Plan, kb: KnowledgeBase) -> list[str]:
    planned = {i.skill_id for i in plan.items()}
    out: list[str] = []
    for part in re.split(r"[,，;；.。!！]|\band\b|\bbut\b", text):
        if _DONE_RE.search(part):
            out += [m.id for m in get_lexicon(kb).find_skills(part) if m.id in planned]
    return list(dict.fromkeys(out))


def _skills_ended(plan: Plan, week: int) -> list[str]:
    """The skills whose every item ends by ``week`` (Git "just enough" in week 1 and "the rest"
    in weeks 23-25 is not done with week 3)."""
    ends: dict[str, int] = {}
    for item in plan.items():
        if item.skill_id:
            ends[item.skill_id] = max(ends.get(item.skill_id, 0), item.week_end)
    return [s for s, end in ends.items() if end <= week]


def apply_checkin(progress: Progress, checkin: CheckIn, plan: Plan) -> Progress:
    """``progress`` with ``checkin`` folded in. A week done means every week up to it is done;
    the weeks behind are recomputed from what is done against the week it is now."""
    weeks = set(progress.weeks_done)
    skills = list(progress.skills_done)
    behind = progress.behind_weeks
    if checkin.kind == "week_done" and checkin.value:
        weeks |= set(range(1, checkin.value + 1))
        skills += _skills_ended(plan, checkin.value)
        skills += checkin.skill_ids
        behind = max(0, checkin.week - 1 - checkin.value)
    elif checkin.kind == "skill_done":
        skills += checkin.skill_ids
    elif checkin.kind == "behind" and checkin.value:
        behind = checkin.value
    elif checkin.kind == "on_track":
        behind = 0
    logged = dict(progress.hours_logged)
    if checkin.kind in {"hours", "skill_done"} and checkin.hours:
        for skill in checkin.skill_ids or [""]:
            logged[skill] = round(
                logged.get(skill, 0.0) + checkin.hours / max(1, len(checkin.skill_ids)), 1
            )
    return progress.model_copy(
        update={
            "hours_logged": logged,
            "weeks_done": sorted(weeks),
            "skills_done": list(dict.fromkeys(skills)),
            "behind_weeks": behind,
            "checkins": [*progress.checkins, checkin],
        }
    )


def done_through(progress: Progress, week: int) -> int:
    """The last plan week that counts as done: the latest week reported done, else the weeks
    before this one less the weeks behind (never less than weeks a re-plan already kept)."""
    if progress.weeks_done:
        return max(max(progress.weeks_done), progress.kept_weeks)
    return max(progress.kept_weeks, week - 1 - progress.behind_weeks, 0)


def progress_lines(plan: Plan, kb: KnowledgeBase) -> list[str]:
    """The plan's progress as Markdown list lines ([] before the first check-in)."""
    p = plan.progress
    if not (p.weeks_done or p.skills_done or p.behind_weeks or p.kept_weeks or p.hours_logged):
        return []
    lang = plan.language
    parts: list[str] = []
    if p.weeks_done:
        parts.append(
            t(lang, "coach.p.weeks", span=_span(max(p.weeks_done)), weeks=plan.horizon_weeks)
        )
    if p.skills_done:
        names = [kb.skills[s].name.get(lang) for s in p.skills_done if s in kb.skills]
        parts.append(t(lang, "coach.p.skills", skills=", ".join(names)))
    if p.behind_weeks:
        parts.append(t(lang, "coach.p.behind", weeks=p.behind_weeks))
    if p.hours_logged:
        logged = [
            f"{kb.skills[s].name.get(lang) if s in kb.skills else t(lang, 'coach.p.week_work')} {h:g} h"
            for s, h in p.hours_logged.items()
        ]
        parts.append(t(lang, "coach.p.logged", items=", ".join(logged)))
    if p.kept_weeks:
        parts.append(t(lang, "coach.p.kept", span=_span(p.kept_weeks)))
    if p.checkins:
        parts.append(t(lang, "coach.p.last", text=p.checkins[-1].text))
    return [f"- **{t(lang, 'coach.p.head')}**: " + ("；" if lang == "zh" else "; ").join(parts)]


def _span(last: int) -> str:
    return "1" if last == 1 else f"1-{last}"


CREDIT_TEXT = "(hours already done before the re-plan)"
"""The words of a credit constraint: internal to a re-plan, never shown as a request."""


def partly_done(plan: Plan, keep_weeks: int, progress: Progress) -> list[tuple[PlanItem, float]]:
    """Items under way when the kept weeks end, each with the hours done in the kept weeks
    (their share of the item's weeks): "Python, weeks 1-14, 70 h" with weeks 1-3 done has
    about 15 h done, which a re-plan credits instead of teaching them again."""
    out: list[tuple[PlanItem, float]] = []
    for item in plan.items():
        if item.skill_id in progress.skills_done:
            continue
        if item.week_start <= keep_weeks < item.week_end:
            span = item.week_end - item.week_start + 1
            done = round(item.hours * (keep_weeks - item.week_start + 1) / span, 1)
            if 0 < done < item.hours:
                out.append((item, done))
    return out


def kept_part(item: PlanItem, keep_weeks: int, done: float) -> PlanItem:
    """The kept weeks of an item under way: its first weeks and the hours done in them."""
    return item.model_copy(update={"week_end": keep_weeks, "hours": done})


def skills_under_way(
    plan: Plan, keep_weeks: int, progress: Progress
) -> dict[str, tuple[float, float, int]]:
    """Skills whose current pass is unfinished when the kept weeks end, each with (hours done,
    hours of the unfinished passes, the level they end at): an item under way counts its share; a first pass done
    ("Git: just enough", levels 0-2, with "the rest" to come) counts its hours, as it reaches no
    level of its own. A pass done whole ("CI/CD to basic") is a level known, not listed here."""
    partial = {id(i): done for i, done in partly_done(plan, keep_weeks, progress)}
    out: dict[str, tuple[float, float, int]] = {}
    for skill in dict.fromkeys(i.skill_id for i in plan.items()):
        if skill in progress.skills_done:
            continue
        items = [i for i in plan.items() if i.skill_id == skill]
        kept = [i for i in items if i.week_end <= keep_weeks]
        later = [i for i in items if i.week_end > keep_weeks]
        split = [k for k in kept if any(a.level_from < k.level_to for a in later)]
        if not later or not (split or any(id(i) in partial for i in later)):
            continue
        done = sum(k.hours for k in split) + sum(partial.get(id(i), 0.0) for i in later)
        total = sum(k.hours for k in split) + sum(i.hours for i in later)
        out[skill] = (round(done, 1), round(total, 1), max(i.level_to for i in later))
    return out


def split_passes(plan: Plan, keep_weeks: int) -> set[int]:
    """Ids of kept items that are a first pass of a level still being taught later."""
    later = [i for i in plan.items() if i.week_end > keep_weeks]
    return {
        id(k)
        for k in plan.items()
        if k.week_end <= keep_weeks
        and any(a.skill_id == k.skill_id and a.level_from < k.level_to for a in later)
    }
