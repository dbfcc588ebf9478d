"""Questions about the person's field and its market after approval (COACHING.md D1): "Will AI
replace data entry?", "数据录入会不会被AI取代", "what's the pay in Munich?". Answered from the
sources' facts and the plan (which part of the work AI takes first, which part stays, the part
the plan trains), or, for a place the sources have no figure for, said plainly with what they
do have. Never a forecast of the coach's own."""

from __future__ import annotations

import re

from coach.engine.answers import Answer, with_sources
from coach.engine.answers_plan import band_text, next_step
from coach.engine.pay import band_applies, pay_lines
from coach.engine.seniority import band_years
from coach.engine.understand.region import find_region
from coach.i18n import MESSAGES, t
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Fact
from coach.schemas import Plan, Profile

_AI = r"(?:ai|a\.i\.|llms?|chatgpt|gpt|agents?|automation|robots?|machines?)"
_TAKE = (
    r"(?:replac\w*|take\s+over|taking\s+over|kill\w*|eliminat\w*|wipe\s+out|automate\s+away|"
    r"make\s+\S+(?:\s+\S+){0,3}\s+obsolete|put\s+\S+(?:\s+\S+){0,3}\s+out\s+of\s+(?:a\s+)?(?:job|work|business))"
)
_REPLACED_EN = re.compile(
    rf"\b{_AI}\s+(?:will|is\s+going\s+to|going\s+to|gonna|could|might|would|can|may)?\s*"
    rf"(?:\w+\s+)?{_TAKE}"
    rf"|\b(?:will|is|are|could|might|can|would)\s+{_AI}\s+(?:\w+\s+)?{_TAKE}"
    rf"|\b(?:be(?:ing)?|get(?:ting)?)\s+(?:replaced|automated(?:\s+away)?|made\s+obsolete)\b"
    r"|\bobsolete\b|\bfuture[- ]proof\b|\bautomated\s+away\b",
    re.I,
)
_REPLACED_ZH = re.compile(
    r"(?:会|要|将|能)?(?:不会)?被\s*(?:AI|人工智能|大模型|机器|ChatGPT)?\s*(?:取代|替代|代替|淘汰|干掉)"
    r"|(?:AI|人工智能|大模型|机器|ChatGPT)\s*(?:会|将|要|能)?(?:不会)?(?:取代|替代|代替|淘汰|干掉|抢)"
    r"|会不会(?:被)?(?:取代|替代|淘汰)|(?:没|失)(?:饭碗|业)(?:了|吗)?\s*[?？吗]"
    r"|(?:AI|人工智能|大模型|机器人?|ChatGPT)\s*(?:会不会|会|将|要|能)?(?:让|使|把|害)?[\u4e00-\u9fffA-Za-z]{0,8}?"
    r"(?:失业|下岗|丢(?:了)?(?:饭碗|工作)|没饭碗|被淘汰)",
    re.I,
)
_FEAR = re.compile(
    r"\b(?:scared|afraid|worried|worry|anxious|nervous|fear)\b|担心|害怕|怕|焦虑|慌", re.I
)
_ME = re.compile(
    r"^(?:me|us|my\s+job|my\s+work|my\s+role|people\s+like\s+me|我|我们|我的工作|我这行|我这种)$",
    re.I,
)
_CODING_FIELD = re.compile(
    r"\b(?:develop\w*|engineer\w*|programm\w*|coder?s?|coding|software|devs?|backend|frontend|"
    r"full[- ]?stack|qa|testers?|sre|devops)\b|开发|程序员|工程师|码农|编程|前端|后端|测试|运维",
    re.I,
)
_EXPOSED = re.compile(
    r"takes?\s+over\s+first|most\s+exposed|automate\s+the\s+operational|pressure\s+from\s+AI", re.I
)
_STAYS = re.compile(
    r"remain\s+with\s+people|knows\s+better\s+than\s+a\s+programmer|judgment\s+workers", re.I
)
_SOFTWARE_FACT = re.compile(r"\bengineers?\b|\bCRUD\b|\bbug\b", re.I)
_FIELD_EN = re.compile(
    rf"{_TAKE}\s+(?P<a>[\w' -]{{2,40}}?)(?=\s*(?:jobs?|roles?|work|people|workers)?\s*(?:[?.!,]|$|\b(?:soon|in|by|within|completely|entirely|lol|haha|is|are|right|really|or|and|too|anytime|one\s+day)\b))"
    r"|\bmake\s+(?P<c>[\w' -]{2,40}?)\s+obsolete"
    rf"|\b(?:will|are|is)\s+(?P<b>[\w' -]{{2,40}}?)\s+(?:jobs?\s+)?(?:be(?:ing)?|get(?:ting)?)\s+(?:replaced|automated|obsolete)",
    re.I,
)
_FIELD_ZH = re.compile(
    r"(?P<z>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:这(?:个|种)?(?:行业?|工作|岗位|职业))?"
    r"(?:以后|将来|未来)?(?:会不会|会|要|将|能不能|是不是)?(?:被\s*(?:AI|人工智能|大模型|机器))"
    r"|(?:AI|人工智能|大模型)(?:会|将|要)?(?:不会)?(?:取代|替代|淘汰)(?P<y>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:吗|么|[?？]|$)",
    re.I,
)
MAX_FACTS = 3


def replaced_question(text: str) -> bool:
    """Whether ``text`` asks (or fears) that AI takes over a field or a job."""
    return bool(_REPLACED_EN.search(text) or _REPLACED_ZH.search(text))


def _field_words(text: str, profile: Profile, lang: str) -> str:
    """The field the question names, in the person's words; their own job by default."""
    m = _FIELD_EN.search(text) or _FIELD_ZH.search(text)
    said = next((g for g in (m.groups() if m else ()) if g), "") or ""
    said = re.sub(r"^(?:the|all|most|our|my|a|an)\s+", "", said.strip(), flags=re.I)
    said = (
        re.sub(r"^(?:数据|)?(?:我们|我的|我这行的|像我这样的)", "", said) if lang == "zh" else said
    )
    if not said or _ME.match(said) or said.lower() in {"it", "this", "that", "them", "jobs"}:
        return profile.current_role or t(lang, "coach.m.your_work")
    return said


def _facts(kb: KnowledgeBase, coding: bool) -> list[Fact]:
    """What the sources say AI takes first and what stays, for software work or for any work."""
    exposed = [
        f
        for f in kb.facts.values()
        if _EXPOSED.search(f.text.en) and bool(_SOFTWARE_FACT.search(f.text.en)) == coding
    ]
    stays = [
        f
        for f in kb.facts.values()
        if _STAYS.search(f.text.en) and f not in exposed and (coding or "non_coding" in f.topic)
    ]
    if coding:  # the split among engineers says which ones feel it
        stays += [f for f in kb.facts.values() if re.search(r"middle 60%", f.text.en)]
    return (exposed[:2] + stays[:1])[:MAX_FACTS]


def answer_replaced(
    text: str, plan: Plan, profile: Profile, week: int, kb: KnowledgeBase
) -> Answer:
    """Partly: the repetitive part of the field goes first, checking and deciding stay; what the
    sources say; the part the plan trains, with the project as the proof; their years as an
    asset (they know which steps to automate)."""
    lang = plan.language
    field = _field_words(text, profile, lang)
    coding = bool(_CODING_FIELD.search(field))
    lines = [t(lang, "coach.m.fear")] if _FEAR.search(text) else []
    lines.append(t(lang, "coach.m.replaced_code" if coding else "coach.m.replaced", field=field))
    facts = _facts(kb, coding)
    if facts:
        lines.append(t(lang, "coach.m.sources_say"))
        lines += [f"- {f.text.get(lang)}" for f in facts]
    core = [kb.skills[s].name.get(lang) for s in plan.core_skills[:3] if s in kb.skills]
    if core:
        sep = "、" if lang == "zh" else ", "
        lines.append(t(lang, "coach.m.replaced_plan", skills=sep.join(core)))
    if plan.portfolio_projects:
        lines.append(t(lang, "coach.m.replaced_project", project=plan.portfolio_projects[0].title))
    if profile.years_experience and profile.current_role:
        years = f"{profile.years_experience:g}"
        lines.append(t(lang, "coach.m.replaced_years", years=years, role=profile.current_role))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, [f.source_id for f in facts], kb)


def market_in(text: str) -> tuple[str | None, str]:
    """The market a question names ("Munich" -> "DE") and the words it was named by."""
    code, at = find_region(text)
    if code is None or code == "remote":
        return None, ""
    rest = text[at : at + 24]
    for end in range(1, len(rest) + 1):  # the shortest words still read as that market
        after = rest[end : end + 1]
        if find_region(rest[:end]) == (code, 0) and not (after.isascii() and after.isalpha()):
            said = rest[:end].strip()
            return code, said[:1].upper() + said[1:]  # "london": London
    return code, ""


_PLACE_WORDS = re.compile(
    r"\b(?:in|at|around|near|for)\s+(?P<en>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
    r"|(?:在|去)(?P<zh>[\u4e00-\u9fff]{2,4}?)(?:工作|上班|的话|这边|那边|能|可以|大概|一般|做)",
)
_NOT_PLACE = re.compile(
    r"^(?:AI|ML|LLM|I|Python|Java|Go|English|Chinese|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Monday|Friday|Google|Meta|Amazon|OpenAI)\b"
)


def place_words(text: str) -> str | None:
    """A place a pay question names that no market reader knows ("in Kraków"), as said."""
    for m in _PLACE_WORDS.finditer(text):
        said = (m.group("en") or m.group("zh") or "").strip()
        if said and not _NOT_PLACE.match(said):
            return said
    return None


def pay_where(plan: Plan, region: str, said: str, kb: KnowledgeBase) -> list[str]:
    """Pay in a place named in the question: the sources' figure there, or plainly none, with
    the range they do give (for no stated country), never shown as that place's pay."""
    lang = plan.language
    lines = pay_lines(plan, kb, region=region)
    key = f"render.region.{region}"
    place = t(lang, key) if key in MESSAGES else region
    here = [b for b in plan.salary_bands if band_applies(b, region)]
    if plan.salary_bands and not here:
        known = plan.pay_level is not None and plan.pay_level.relevant_years is not None
        levelled = [b for b in plan.salary_bands if band_years(b) is not None]
        band = (levelled if known and levelled else plan.salary_bands)[0]  # research's order
        lines.append(t(lang, "coach.m.pay_elsewhere", place=place, band=band_text(lang, band, kb)))
    if said and said.lower() not in place.lower() and plan.salary_bands and not here:
        lines.insert(0, t(lang, "coach.m.pay_place", said=said, place=place))
    return lines


def answer_pay_where(plan: Plan, region: str, said: str, kb: KnowledgeBase) -> Answer:
    """ "What's the pay in Munich?": :func:`pay_where`, sourced, never a promise."""
    lang = plan.language
    lines = [f"- {line}" for line in pay_where(plan, region, said, kb)]
    lines.append(t(lang, "coach.a.no_promise"))
    return with_sources(lang, lines, [b.source_id for b in plan.salary_bands[:1]], kb)
