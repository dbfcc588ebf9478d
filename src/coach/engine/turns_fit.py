"""What a question of fit names (en/zh, pure): work for clients, a line of work asked about as a
job, programming languages, the person's hardware, names the sources lack. Read by
:mod:`coach.engine.answers_fit`."""

from __future__ import annotations

import re

from coach.engine.numbers.approx import NUM, number
from coach.engine.turns_more import TOP_EMPLOYER
from coach.engine.turns_tools import NOT_TOOLS
from coach.knowledge.lexicon import Mention, get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.retrieval import get_index

_CLIENTS = re.compile(
    r"\b(?:freelanc\w*|contract(?:ing)?\s+(?:work|jobs?|gigs?|roles?)|contractor|"
    r"(?:own|my)\s+(?:agency|consultancy|business|studio)|start(?:ing)?\s+(?:an?\s+|my\s+own\s+)?"
    r"(?:agency|consultancy|business)|self[- ]employed|side\s+(?:gigs?|hustle|income)|"
    r"gig\s+work|upwork|fiverr|(?:work|working|build\w*)\s+for\s+(?:my\s+own\s+)?clients|"
    r"consulting\s+(?:work|business|gigs?))\b"
    r"|自由职业|接私活|私活|接外包|外包(?:的)?(?:活|项目|单)|接单|副业|自己(?:开|做)(?:公司|工作室)|单干|创业(?!公司)",
    re.I,
)
_WHILE = re.compile(
    r"\bwhile\s+(?:i'?m\s+)?(?:learning|studying|doing\s+(?:this|the\s+plan))\b|同时|边学边", re.I
)
ASKS = re.compile(
    r"\?|？|\b(?:does|do|will|would|can|could|should|is|still)\b|吗|么|能不能|可以|还适用|还行",
    re.I,
)


def works_for_clients(text: str) -> bool:
    """A question about working for clients ("going freelance, does the plan still work?")."""
    return bool(_CLIENTS.search(text) and ASKS.search(text))


def while_learning(text: str) -> bool:
    """Work said to run alongside the plan ("contract work while learning", "边学边接单")."""
    return bool(_WHILE.search(text))


_WORK_EN = (
    re.compile(
        r"\bis\s+(?P<x>[\w\s\-/&]{2,40}?)\s+(?:actually\s+|really\s+|even\s+|still\s+)?"
        r"(?:a\s+|an\s+)?(?:real|actual|proper|viable|legit\w*|genuine)\s+"
        r"(?:job|role|career|profession|position|thing)s?\b",
        re.I,
    ),
    re.compile(
        r"\bare\s+there\s+(?:any\s+|many\s+|real\s+|actual\s+)?(?:jobs?|roles?|positions?|openings?|"
        r"careers?)\s+(?:in|for|doing|as|around)\s+(?P<x>[\w\s\-/&]{2,40}?)\s*(?:[?.!,]|$|\bin\b|\bat\b|\bfor\b)",
        re.I,
    ),
    re.compile(
        r"\b(?:do|does|will)\s+(?:companies|employers|banks|firms|anyone|people)\s+(?:actually\s+|"
        r"really\s+)?hire\s+(?:for\s+|people\s+(?:in|for)\s+)?(?P<x>[\w\s\-/&]{2,40}?)\s*(?:[?.!,]|$)",
        re.I,
    ),
)
_WORK_ZH = (
    re.compile(
        r"(?P<x>[\u4e00-\u9fffA-Za-z ]{2,12}?)(?:这个|这种)?(?:方向|岗位|职位)(?:你们|你)?"
        r"(?:能|可以|能不能|可不可以)(?:帮我)?(?:规划|安排|做|转)"
    ),
    re.compile(
        r"(?:换个方向|换方向|转(?:向|去)|改做|想做|去做)[，,]?\s*(?:做)?(?P<x>[\u4e00-\u9fffA-Za-z ]{2,16}?)"
        r"[，,]?\s*(?:可以|行|能)(?:吗|不|么)"
    ),
    re.compile(
        r"(?P<x>[\u4e00-\u9fffA-Za-z ]{2,12}?)(?:方向|领域|行业)(?:有|有没有)(?:岗位|工作|职位|需求|人招)"
    ),
    re.compile(r"有没有(?P<x>[\u4e00-\u9fffA-Za-z ]{2,12}?)(?:的|方面的)?(?:岗位|工作|职位)"),
    re.compile(
        r"(?:学完|以后|将来|之后)(?:我)?(?:能|可以)(?:去)?(?:做|干|从事)(?P<x>[\u4e00-\u9fffA-Za-z ]{2,12}?)"
        r"(?:方向|工作|岗位)?(?:吗|么|嘛|不)"
        r"|(?:能|可以)去(?:做|干|从事)(?P<y>[\u4e00-\u9fffA-Za-z ]{2,12}?)(?:方向|工作|岗位)?(?:吗|么|嘛|不)"
    ),
    re.compile(
        r"(?P<x>[\u4e00-\u9fffA-Za-z ]{2,12}?)是(?:一个|一份)?(?:真|真正|实际)?的?(?:工作|岗位|职业)吗"
    ),
)
_LEAD = re.compile(
    r"^(?:(?:the|an?|any|real|ai\s+jobs?\s+in)\b|我们|我|学完|以后|将来|之后|还|也|去|那|这个)\s*",
    re.I,
)


_EN_PLAN_FOR = re.compile(
    r"\bcan\s+you\s+(?:also\s+)?(?:plan|make\s+(?:me\s+)?a\s+plan)\s+for\s+(?:an?\s+)?(?P<x>[\w\s\-/&]{2,40}?)"
    r"\s*(?:[?.!,]|$)",
    re.I,
)
ROLE_WORD = re.compile(
    r"\b(?:manager|engineer|designer|analyst|consultant|officer|specialist|scientist|architect|"
    r"developer|lead|director|researcher|operator|strategist|pm)s?\b|经理|工程师|设计师|分析师|顾问|专员|"
    r"运营|总监|研究员|架构师|产品经理|负责人|主管|组长|专家",
    re.I,
)
"""A word that makes the work asked about a role ("AI product manager"), not a skill."""


def asked_line_of_work(text: str) -> str | None:
    """The line of work a question asks about as a job ("AI governance", "AI音乐"), if it does."""
    for pattern in (*_WORK_EN, _EN_PLAN_FOR, *_WORK_ZH):
        if m := pattern.search(text):
            found = m.groupdict()
            words = (found.get("x") or found.get("y") or "").strip(" ，,")
            while (lead := _LEAD.match(words)) and lead.end():
                words = words[lead.end() :]
            if re.match(r"(?i)(?:it|this|that|these|those|them|there)\b", words):
                continue  # "can you plan for it instead?": the thing named before
            if len(words) >= 2 and not re.fullmatch(
                r"(?i)(?:it|this|that|there|这|那|这个)", words
            ):
                return words
    return None


_LANGUAGES = re.compile(
    r"(?<![A-Za-z0-9_#+])(?:Swift|PHP|Golang|Go(?=[\s?？,，.]|$|[\u4e00-\u9fff])|C#|Ruby|Scala|Dart|Objective-C|Lua|Perl|Julia|"
    r"MATLAB|Kotlin|Java(?!Script)|JavaScript|TypeScript|Rust|C\+\+|Python|VBA|R(?=语言)|Excel\s+VBA|"
    r"PowerShell|Bash|SAS|ABAP|Apex|COBOL)(?![A-Za-z0-9_#+])",
)
_PSEUDO = {"golang": "go", "c#": "csharp", "c++": "cpp", "objective-c": "objc"}


def languages_named(text: str, kb: KnowledgeBase) -> list[tuple[str, str]]:
    """The programming languages ``text`` names, as said, with the skill id the sources file
    them under (the lower-cased name when the sources lack it: "Swift", "PHP")."""
    out: list[tuple[str, str]] = []
    lexicon = get_lexicon(kb)
    for m in _LANGUAGES.finditer(re.sub(r"(?i)\bpython\b", "Python", text)):
        said = m.group(0)
        hits = [
            x.id for x in lexicon.find_skills(said) if kb.skills[x.id].category == "programming"
        ]
        skill = hits[0] if hits else _PSEUDO.get(said.lower(), said.lower())
        if all(s != skill for _, s in out):
            out.append((said, skill))
    return out


_HARDWARE = re.compile(
    r"\b(?:boards?|chips?|socs?|npus?|mcus?|fpgas?|microcontrollers?|dev\s*kits?|edge\s+devices?|"
    r"raspberry\s+pi|jetson\w*|iphones?|android\s+phones?)\b"
    r"|开发板|板子|芯片|单片机|嵌入式设备|端侧设备"
)
_MODEL_NO = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Z]{1,4}\d{2,5}[A-Za-z]?|[a-z]\.[A-Z]{2,3}\d{1,2}[A-Za-z]?)(?![A-Za-z0-9])"
)


def hardware_named(text: str) -> list[str]:
    """The hardware a question names ("RK3588", "i.MX8", "our boards", "开发板")."""
    found = [m.group(0) for m in _MODEL_NO.finditer(text)]
    if not found and (m := re.search(_HARDWARE.pattern, text, re.I)):
        found = [m.group(0)]
    return list(dict.fromkeys(found))


_NAME = re.compile(
    r"(?<![A-Za-z0-9_.])(?:[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9+\-]*|(?<=[\s\u4e00-\u9fff])[A-Z][a-z]{2,}|"
    r"^[A-Z][a-z]{2,}(?=\s+[A-Z]{2,})|[a-z]{1,4}[A-Z][A-Za-z0-9]{2,})"
    r"(?![A-Za-z0-9_])"
)
"""A name: a word with two capitals or digits ("ANSYS", "WordPress"), a capitalised word inside
a sentence (or first, before an acronym: "Revit API"), or a camel-case one ("pyRevit")."""


def unknown_names(text: str, mentions: list[Mention]) -> list[str]:
    """Names in ``text`` the sources do not know ("ANSYS"), not employers, hardware, languages
    or the words of a skill the sources know."""
    boards = set(hardware_named(text))
    langs = {m.group(0) for m in _LANGUAGES.finditer(text)}
    known = [(m.start, m.end) for m in mentions]
    out: list[str] = []
    for m in _NAME.finditer(text):
        name = m.group(0)
        if any(a < m.end() and m.start() < b for a, b in known):
            continue
        if name in boards or name in langs or name.upper() in NOT_TOOLS:
            continue
        if TOP_EMPLOYER.fullmatch(name) or re.fullmatch(r"[A-Z]{1,2}\d?", name):  # "AI", "Q3"
            continue
        out.append(name)
    return list(dict.fromkeys(out))


_OWN = re.compile(
    r"\b(?:my|our|own)\b|company'?s|team'?s|我的|我们的|自己的|手上的|手里的|公司的|单位的|我们公司|我们单位",
    re.I,
)
_DATA = re.compile(
    r"\b(?:data|dataset|datasets|runs|records|logs|tickets|documents|files|cases|simulations?|examples)\b"
    r"|数据|算例|样本|记录|案例|工单|文档|仿真结果",
    re.I,
)
_TRAIN = re.compile(
    r"\b(?:train\w*|fine-?tun\w*|how\s+(?:much|many))\b|训练|微调|多少(?:个|条|组)?(?:数据|算例|样本)",
    re.I,
)


def own_data_question(text: str) -> bool:
    """A question about training on the person's own data ("can my ANSYS runs be training
    data?", "我们公司的工单能拿来微调吗？"): their data, and training on it."""
    return bool(_OWN.search(text) and _DATA.search(text) and _TRAIN.search(text))


_AI_CAN = re.compile(
    r"\b(?:can|could|will|would)\s+(?:ai|chatgpt|gpt|copilot|an?\s+llm|llms|an?\s+(?:ai\s+)?(?:model|agent|tool))\s+"
    r"(?:really\s+|actually\s+|reliably\s+)?(?P<task>(?!replace|take\s+over|engineers?\b|developers?\b|jobs?\b|roles?\b|"
    r"people\b|experts?\b|teams?\b|companies\b|startups?\b|skills?\b|agents?\b|models?\b|tools?\b|"
    r"systems?\b|apps?\b)[\w\s'-]{3,60})"
    r"|\b(?:can|could|should|may)\s+(?:i|we)\s+use\s+(?:ai|chatgpt|gpt|copilot|claude|gemini|an?\s+llm|llms)\s+"
    r"(?:to|for)\s+(?P<task2>[\w\s'-]{3,60})"
    r"|(?:AI|人工智能|大模型|ChatGPT|智能体|ai)(?:能|可以|能不能|可不可以)(?:帮我|帮忙|自动|直接)?"
    r"(?P<zh>(?!取代|替代|代替|淘汰)[\u4e00-\u9fffA-Za-z]{2,20})"
    r"|(?:能|可以)用(?:AI|大模型|ChatGPT|ai)(?:来|自动)?(?P<zh2>[\u4e00-\u9fffA-Za-z]{2,20}?)(?:吗|么|嘛)",
    re.I,
)


def ai_task(text: str) -> str | None:
    """The task a question asks AI to do ("AI能帮我写开发信吗": 写开发信), if it asks that."""
    m = _AI_CAN.search(text)
    if m is None or not re.search(r"\?|？|吗|么|嘛|能不能|可不可以", text):
        return None
    found = m.group("task") or m.group("task2") or m.group("zh") or m.group("zh2")
    task = (found or "").strip(" ?？")
    task = re.sub(r"^(?:帮我|帮忙|帮|来|自动)", "", re.sub(r"(?:吗|么|嘛)$", "", task))
    return task or None


_WEEK_ASKED = re.compile(
    rf"\bweek\s+({NUM})\b|第\s*({NUM})\s*(?:个)?(?:周|星期)",
    re.I,
)
_WEEK_ASK = re.compile(
    r"\?|？|\b(?:what|which|how|look|show|hold|plan(?:ned)?|in)\b|什么|做啥|干什么|安排|要做|学什么|吗",
    re.I,
)


def week_asked(text: str) -> int | None:
    """The week a question asks about ("what does week 5 look like?", "第5周学什么？")."""
    m = _WEEK_ASKED.search(text)
    if m is None or not _WEEK_ASK.search(text):
        return None
    value = number(next(g for g in m.groups() if g))
    return int(value) if value is not None and value >= 1 else None


_WHILE_WAITING = re.compile(
    r"^\s*(?:while|until)\s+(?:the|my)\s+mentor\s+(?:looks|reviews|checks|decides|is\s+\w+ing)"
    r"[^:,;，：]{0,30}[:,;，：]\s*|^\s*(?:等|在等)(?:待)?导师(?:审批|审核|回复|看)?的?(?:时候|期间)?[，,：:]?\s*",
    re.I,
)


def without_waiting(text: str) -> str:
    """``text`` without a leading "while the mentor looks at it:" (the setting, not the topic)."""
    return _WHILE_WAITING.sub("", text)


_LEARN_FRAME = re.compile(
    r"\b(?:learn(?:ing)?|study(?:ing)?|need|know|pick\s+up|bother\s+with|worth)\s+([a-z][a-z+#.]{1,12})\b"
    r"|\b([a-z][a-z+#.]{1,12})\s+(?:too|as\s+well|worth\s+(?:it|learning))\b",
    re.I,
)


_PRODUCT_BEFORE = re.compile(
    r"(?:^|[\s(（,，])(?!REST\b|GraphQL\b|Web\b|OpenAPI\b)([A-Z][\w.+-]*)\s*$"
)


def _products_api(text: str, m: Mention) -> bool:
    """ "Revit API", "Jira API": a product's API, not API design as a skill."""
    if m.id != "api_design" or text[m.start : m.end].strip().upper() not in {"API", "APIS"}:
        return False
    return bool(_PRODUCT_BEFORE.search(text[max(0, m.start - 24) : m.start]))


def skill_mentions(text: str, kb: KnowledgeBase) -> list[Mention]:
    """The skills ``text`` names; a short name written in lower case ("should i learn go") counts
    when a learning verb frames it (the lexicon alone reads only "Go" as the language)."""
    lexicon = get_lexicon(kb)
    found = [m for m in lexicon.find_skills(text) if not _products_api(text, m)]
    if found:
        return found
    for m in _LEARN_FRAME.finditer(text):
        word = m.group(1) or m.group(2)
        for form in (word.capitalize(), word.upper()):
            if hits := lexicon.find_skills(form):
                return hits
    return []


_LEARN_ASK = re.compile(
    r"\b(?:should|do|must)\s+i\s+(?:first\s+)?(?:learn|study|know|need)\b|\bneed\s+to\s+(?:learn|know)\b"
    r"|(?:要不要|需不需要|该不该|是不是应该|应不应该|需要|得|必须)(?:先)?学",
    re.I,
)


def skill_by_meaning(text: str, kb: KnowledgeBase) -> str | None:
    """The skill a learning question asks about when no skill name matched ("先学数学？"): the
    closest record of the sources, when it is a skill."""
    if not _LEARN_ASK.search(text):
        return None
    hits = get_index(kb).search(text, k=1)
    if hits and hits[0].kind == "skill" and hits[0].id in kb.skills:
        return hits[0].id
    return None


_AT_ONCE = re.compile(
    r"\b(?:at\s+(?:the\s+same\s+time|once)|in\s+parallel|simultaneously|together)\b|同时(?:学|进行)?|一起学|并行|一块儿学",
    re.I,
)


def at_once(text: str) -> bool:
    """Two skills learned at the same time ("can I learn RAG and agents at once?", "能同时学吗")."""
    return bool(_AT_ONCE.search(text))
