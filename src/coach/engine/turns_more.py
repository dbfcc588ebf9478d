"""More kinds of after-approval turns (en/zh), read before the general ones in
:func:`coach.engine.turns.classify_turn`: a choice of tool ("Copilot instead of Zapier?",
"扣子里能直接读Excel吗", "用什么工具搭智能客服"), another path ("a master's instead?"), a fear
about a credential ("只要名校硕士，博士是不是没戏"), an ambition of pay or employer ("$400k at
OpenAI?", "anthropic by september?"), and a fear of not managing that is not about the load
("我年纪大了，怕学不会"): each answered by its own builder, not by retrieved snippets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from coach.knowledge.lexicon import Mention

TurnKind = Literal[
    "confirm", "decline", "discouraged", "realistic", "this_week", "resource", "skill_question",
    "decision", "thanks", "ack", "greeting", "off_topic", "timeline", "pay", "job_search",
    "mentor", "doubt", "known_skill", "compare", "project", "changes", "got_job", "faster",
    "useful", "privacy", "job_loss", "job_kind", "tool_choice", "alternative", "credential",
    "fear", "general",
]  # fmt: skip


# --- tools -------------------------------------------------------------------------------

_CAPITALISED = re.compile(r"(?<![\w.])([A-Z][A-Za-z0-9+.]*(?:\s+[A-Z][A-Za-z0-9+.]*)*)")
_NOT_WORDS = """I I'M I'D I'LL AI ML LLM LLMS RAG API APIS HR PM US UK EU CEO CTO QA UI UX IT PHD MBA MSC
    CV OK FDE FDES MLOPS LLMOPS GPU GPUS NLP CS DE SE SWE TMS ERP CRM KPI KPIS SQL
    JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER
    JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY
    SATURDAY SUNDAY SHOULD IS ARE CAN COULD WOULD WILL WHAT WHICH HOW WHY WHEN DO DOES MY OUR WE
    THE A AN AND OR IF HONESTLY OKAY SO ALSO THANKS HI HELLO HEY"""
_NOT_TOOLS = frozenset(_NOT_WORDS.split())
_SWITCH = re.compile(
    r"\b(?:instead(?:\s+of)?|rather\s+than|in\s+place\s+of|replace|swap|switch\s+(?:to|from)|"
    r"vs\.?|versus|over|or|better\s+than|worse\s+than|still\s+need|"
    r"(?:do|would)\s+i\s+(?:even\s+|still\s+)?need)\b"
    r"|代替|替代|换成|改用|而不是|还是|取代|还需要|还要(?:学|用)|比.{1,8}(?:好|强|合适)",
    re.I,
)
_CAN_DO = re.compile(
    r"\b(?:can|could|does|do|will|is)\s+(?!i\b|we\b|you\b)(?:it|that|this|they|the\s+\w+|\w+(?:\s+\w+)?)\s+"
    r"(?:(?:directly|really|actually)\s+)?(?:read|open|import|load|connect|handle|process|"
    r"pull|parse|understand|work\s+with|take|use|access|talk\s+to|integrate)\b"
    r"|(?:能|可以|可不可以|能不能)(?:直接)?(?:读|打开|导入|读取|连|接入|对接|处理|识别|解析|用|调用|上传)"
    r"|支持",
    re.I,
)
_WHICH_TOOL = re.compile(
    r"\b(?:what|which)\s+(?:\w+\s+)?(?:tools?|platforms?|apps?|software|services?|products?|"
    r"builders?)\b|\bbest\s+(?:tool|platform|way\s+to\s+build)\b|\bwhat\s+(?:should|do)\s+i\s+"
    r"(?:build|use)\s+(?:it|this|that)?\s*(?:with|on|in)\b"
    r"|(?:用|拿)(?:什么|哪个|哪种|哪些)(?:工具|平台|软件|产品)?(?:来)?(?:搭|做|建|开发|实现|弄)|"
    r"(?:什么|哪个|哪种|哪些)(?:工具|平台|软件|产品)",
    re.I,
)
_OWN_CUE = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+){0,2}?(?:(?:is|are|has|have|'s|just|now|already|will\s+be)\s+)*"
    r"(?:rolling\s+out|introduc\w+|adopt\w*|us(?:es|ing)|provid\w+|bought|buy\w*|licens\w+|"
    r"approved|gives?\s+us|giving\s+us|switch\w*\s+(?:\w+\s+){0,2}?to|mov\w+\s+(?:\w+\s+){0,2}?to|standardi[sz]\w+\s+on|"
    r"pays?\s+for|subscribe\w*\s+to|got|deploy\w*|runs?\s+on)\b"
    r"|\b(?:we|they)\s+(?:already\s+|now\s+|just\s+)?(?:use|have|got|run|are\s+on|are\s+using|"
    r"work\s+in|work\s+with|bought|pay\s+for)\b"
    r"|\b(?:company|hospital|school|employer|firm|team|university|clinic|bank)(?:'s)?\s+"
    r"(?:own|approved|official|sanctioned|licensed|internal)\b|\b(?:approved|sanctioned|official)\s+tool"
    r"|(?:公司|单位|医院|学校|我们|团队|部门|集团|店里)[^，。,.？?]{0,8}?"
    r"(?:用的是|在用|推行|推广|推|上线|上了|买了|引入|统一用|部署了|采购了|开通了|用)"
    r"|官方|内部工具",
    re.I,
)
_CLAUSE = re.compile(r"[.;!?。；！？\n,，]")

_ZH_OWN_LIST = re.compile(
    r"(?:我们|公司|我|店里|单位|学校|医院)(?:店|家|公司|这边|单位)?(?:统一|主要|现在|一直|都|平时|正在|在)?"
    r"(?:用的是|在用|用的|开的是|做的是|推行|推广|推|引入了?|上了|买了|部署了|开通了|用)\s*"
    r"(?P<list>[\u4e00-\u9fffA-Za-z0-9]{1,8}(?:\s*(?:和|、|跟|与|及)\s*[\u4e00-\u9fffA-Za-z0-9]{1,8})*)"
    r"|\b(?:we|i)\s+(?:use|sell\s+on|are\s+on|work\s+in|run\s+on)\s+(?P<en>[A-Z][\w.]*(?:\s*(?:,|and|&)\s*[A-Z][\w.]*)*)"
)


@dataclass(frozen=True)
class Tool:
    """A tool or platform the person names: their words, the skill the plan teaches it under
    (None when the sources do not know it), and whether it is theirs (their employer's, their
    platform)."""

    name: str
    skill_id: str | None
    own: bool = False


@dataclass(frozen=True)
class ToolTurn:
    """A question about a tool: which kind (switch, can_do, which) and the tools named."""

    mode: str
    tools: tuple[Tool, ...] = field(default_factory=tuple)

    @property
    def own(self) -> list[Tool]:
        return [x for x in self.tools if x.own]

    @property
    def others(self) -> list[Tool]:
        return [x for x in self.tools if not x.own]


def _unknown_names(text: str, mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """Capitalised names the lexicon does not know ("SAP BTP", "Joule"), with where they are;
    a sentence's first word counts only when it looks like a name (two capitals, "SharePoint")."""
    taken = [(m.start, m.end) for m in mentions]
    out: list[tuple[int, int, str]] = []
    for m in _CAPITALISED.finditer(text):
        words = [w for w in m.group(1).split() if w.upper().rstrip("'S") not in _NOT_TOOLS]
        words = [w for w in words if w.upper() not in _NOT_TOOLS]
        if not words:
            continue
        start = text.find(words[0], m.start())
        end = start + len(" ".join(words))
        if any(a < end and start < b for a, b in taken):
            continue
        first = start == 0 or re.search(r"[.!?。！？]\s*$", text[:start])
        if first and not (sum(c.isupper() for c in words[0]) >= 2 or len(words) > 1):
            continue
        out.append((start, end, " ".join(words)))
    return out


def _widen(text: str, m: Mention) -> str:
    """A mention with the capitalised words right before it ("Microsoft Copilot")."""
    before = re.search(r"((?:[A-Z][A-Za-z0-9]+\s+){1,2})$", text[: m.start])
    head = before.group(1) if before else ""
    words = [w for w in head.split() if w.upper() not in _NOT_TOOLS]
    return (" ".join(words) + " " if words else "") + text[m.start : m.end]


def _own_spans(text: str) -> list[tuple[int, int]]:
    """The clauses that say a tool is the person's own ("my hospital is rolling out ...")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*(m.start() for m in _CLAUSE.finditer(text)), len(text)]:
        if _OWN_CUE.search(text[start:cut]):
            spans.append((start, cut))
        start = cut + 1
    return spans


def own_platforms(text: str) -> list[str]:
    """The platforms the person says they work on ("我们用的是淘宝和抖店", "we sell on Shopify")."""
    m = _ZH_OWN_LIST.search(text)
    if m is None:
        return []
    raw = m.group("list") or m.group("en") or ""
    parts = re.split(r"\s*(?:和|、|跟|与|及|,|，|\band\b|&)\s*", raw)
    return [p.strip() for p in parts if p.strip()][:4]


def tools_named(text: str, mentions: list[Mention]) -> list[Tool]:
    """The tools ``text`` names: lexicon mentions (with the skill they belong to) and names
    the sources lack, in the order said; those in a clause that makes them the person's own
    (their employer's, their platform) are marked ``own``."""
    products = [m for m in mentions if m.id in _TOOL_SKILLS]  # RAG or Python are no products
    found: list[tuple[int, str, str | None]] = [(m.start, _widen(text, m), m.id) for m in products]
    found += [(a, name, None) for a, _, name in _unknown_names(text, mentions)]
    found.sort()
    spans = _own_spans(text)
    out: list[Tool] = []
    for at, name, skill in found:
        own = any(a <= at < b for a, b in spans)
        same = next((x for x in out if name in x.name or x.name in name), None)
        if same is None:
            out.append(Tool(name=name, skill_id=skill, own=own))
        elif own and not same.own:  # "... Microsoft Copilot ... build it in Copilot?"
            out[out.index(same)] = Tool(name=same.name, skill_id=same.skill_id, own=True)
    for name in own_platforms(text):  # "我们用的是淘宝和抖店": theirs, named or not
        same = next((x for x in out if name in x.name or x.name in name), None)
        if same is None:
            out.append(Tool(name=name, skill_id=None, own=True))
        else:
            out[out.index(same)] = Tool(name=same.name, skill_id=same.skill_id, own=True)
    return out


_TOOL_SKILLS = frozenset(
    {
        "low_code_automation",
        "agent_frameworks",
        "ai_assisted_development",
        "llm_basics",
        "excel",
        "data_analysis",
        "vector_databases",
        "conversational_ux",
        "cloud_platforms",
        "llm_api_integration",
    }
)
"""Skills whose names in a question are usually products (Zapier, LangChain, Copilot, ChatGPT)."""


def tool_turn(text: str, mentions: list[Mention]) -> ToolTurn | None:
    """A question about a tool, if ``text`` is one: "X instead of Y?" (switch), "can X read
    Z?" (can_do), "what tool should I build Z with?" (which)."""
    if pay_figure(text) is not None:
        return None  # "could I pull $350k at Anthropic?": an ambition
    named = tools_named(text, mentions)  # an employer is no tool, unless it is their platform
    tools = [x for x in named if x.own or not _TOP_EMPLOYER.fullmatch(x.name)]
    products = [x for x in tools if x.skill_id is None or x.skill_id in _TOOL_SKILLS]
    if _WHICH_TOOL.search(text):
        return ToolTurn("which", tuple(tools))
    if _SWITCH.search(text) and products and (len(tools) >= 2 or any(x.own for x in tools)):
        # two known skills weighed ("LangChain or LlamaIndex?") are a comparison of skills
        unknown = any(x.skill_id is None for x in tools)
        same = len({x.skill_id for x in tools}) == 1
        if unknown or same or any(x.own for x in tools):
            return ToolTurn("switch", tuple(tools))
    if products and _CAN_DO.search(text) and re.search(r"\?|？|吗|么|能不能|可不可以", text):
        return ToolTurn("can_do", tuple(tools))
    return None


# --- another path, credentials, ambition, fear ------------------------------------------------

_PATH = re.compile(
    r"\b(?:masters?|master'?s|msc|m\.s\.|mba|ph\.?d|doctorate|degree|bootcamp|boot\s+camp|"
    r"diploma|grad(?:uate)?\s+school|(?:go|going)\s+back\s+to\s+(?:school|uni\w*|college)|"
    r"university\s+(?:course|programme|program)|certificate\s+program\w*|certificates?|"
    r"certifications?|coursera|udemy|edx)\b"
    r"|证书|认证|读研|考研|读(?:个|一个)?[\u4e00-\u9fffA-Za-z]{0,6}?(?:硕士|研究生|博士|MBA)|在职(?:硕士|研究生)|读博|"
    r"培训班|训练营|报班|报个班|学位|回学校",
    re.I,
)
_INSTEAD = re.compile(
    r"\b(?:instead|rather\s+than|worth\s+it|worth\s+(?:doing|getting|the\s+money)|better\s+than|"
    r"or\s+(?:just\s+)?(?:this|the|my)\s+plan|vs\.?|versus|than\s+this|should\s+i\s+(?:do|get|"
    r"take|go\s+for|apply\s+for)|would\s+(?:a|an)\b)"
    r"|\b(?:help\s+(?:me\s+)?more\s+than|more\s+than\s+(?:the|this|my)\s+(?:project|plan))\b"
    r"|还是|值得|值不值|有必要|划算|代替|而不是|要不要|该不该|有没有必要|更好|比这个|比项目",
    re.I,
)
_BAR = re.compile(
    r"\b(?:(?:degree|masters?|master'?s|ph\.?d|doctorate)\s+(?:is\s+|are\s+)?(?:required|needed|"
    r"a\s+must|necessary|mandatory)|only\s+have\s+(?:a\s+)?(?:bachelor'?s|ba|bsc|diploma|high\s+school)|"
    r"only\s+(?:hire|want|take|consider)s?|only\s+(?:phds?|masters?|master'?s|grads?|graduates)|(?:require|ask\s+for|want|need)s?\s+(?:a\s+)?"
    r"(?:top\s+|cs\s+|computer\s+science\s+)?(?:degree|masters?|master'?s|phd)|without\s+(?:a\s+)?"
    r"(?:cs\s+|computer\s+science\s+|relevant\s+)?(?:degree|masters?|phd)|no\s+(?:cs\s+|computer\s+"
    r"science\s+)?(?:degree|masters?|diploma)|never\s+(?:finished|completed|got)\s+(?:my|a)\s+(?:\w+\s+)?"
    r"(?:degree|diploma|college|university)|dropped\s+out|no\s+(?:college|university)\s+degree|(?:don'?t|do\s+not)\s+have\s+(?:a\s+)?(?:cs\s+|"
    r"computer\s+science\s+|relevant\s+)?(?:degree|masters?|phd)|self[- ]taught|top\s+(?:school|"
    r"university|universities)|ivy|elite\s+(?:school|university))\b"
    r"|只要|只招|只收|要求|门槛|必须是?(?:硕士|博士|名校)|需要(?:硕士|博士)|只有本科|只是本科|没有(?:学历|文凭|学位|硕士|本科)|没学历|学历(?:不够|低|不高)|大专|专科|"
    r"非科班|不是科班|名校|985|211|双一流|海归",
    re.I,
)
_CREDENTIAL = re.compile(
    r"\b(?:degree|masters?|master'?s|phd|ph\.d|doctorate|diploma|bachelor'?s?|school|"
    r"universit\w+|cs\s+background)\b|硕士|博士|学历|本科|名校|科班|研究生|文凭|学位",
    re.I,
)
_CHANCE = re.compile(
    r"\?|？|\b(?:chance|hire|hired|stand\s+a|out\s+of\s+the\s+running|no\s+hope|hopeless|"
    r"pointless|any\s+point|rule\s+me\s+out|count\s+me\s+out)\b|没戏|没希望|没机会|有戏|希望|机会|行吗|能行|要我|录用|被刷",
    re.I,
)
_PAY_FIGURE = re.compile(
    r"(?P<cur>[$€£])\s*(?P<a>\d+(?:[.,]\d+)?)\s*(?P<ak>[kKmM])?\b"
    r"|\b(?P<b>\d+(?:\.\d+)?)\s*(?P<bk>[kK])\b(?!\s*(?:steps|km|words|lines))"
    r"|(?P<c>\d+(?:\.\d+)?)\s*(?P<ck>万|w\b|W\b)|(?P<d>百万|千万)|年薪(?P<e>\d+(?:\.\d+)?)",
)
_TOP_EMPLOYER = re.compile(
    r"\b(?:openai|anthropic|deepmind|google|meta|nvidia|microsoft|apple|amazon|mistral|cohere|"
    r"xai|hugging\s*face|databricks|scale\s+ai|palantir|faang|big\s+tech)\b"
    r"|字节跳动|字节|腾讯|阿里巴巴|阿里|百度|华为|美团|京东|大厂|月之暗面|智谱|DeepSeek|深度求索|MiniMax",
    re.I,
)
_AIM = re.compile(
    r"\b(?:make|earn|get|land|hired|realistic|join|work\s+(?:at|for)|reach|like|by)\b"
    r"|拿到|挣|赚|进|去|入职|现实|可能|能不能|有戏|年薪|月薪",
    re.I,
)
_LOAD = re.compile(
    r"\b(?:burn(?:ed|t)?\s*out|burning\s+out|too\s+much|overwhelm\w*|exhausted|tired|no\s+time|"
    r"too\s+busy|no\s+energy|drained|worn\s+out|can'?t\s+keep\s+(?:up|the\s+pace|this\s+pace)|"
    r"too\s+many\s+hours|workload|the\s+load|stressed|breaking\s+point|running\s+on\s+empty)\b"
    r"|太累|心累|好累|累了|累垮|累趴|累死|没时间|太忙|压力(?:太|很)?大|撑不住|吃不消|透支|倦怠|身心俱疲|"
    r"心力交瘁|熬不住|扛不住|顶不住|太多了|时间不够",
    re.I,
)
_FEAR = re.compile(
    r"\b(?:too\s+hard|too\s+difficult|(?:can'?t|cannot|never)\s+(?:learn|get|understand|do)\s+"
    r"(?:it|this|that|these)|not\s+(?:smart|clever|good)\s+enough|afraid|scared|fear|worried|"
    r"doubt|give\s+up|giving\s+up|want\s+to\s+quit|feel\s+like\s+quitting|lost\s+(?:my|all)\s+"
    r"confidence|hopeless|pointless|no\s+point|not\s+cut\s+out)\b"
    r"|太难|好难|学不会|学不懂|怕|担心|没信心|想放弃|放弃|跟不上",
    re.I,
)


_CERT = re.compile(r"\b(?:certificates?|certifications?)\b|证书|认证", re.I)
_AGAINST = re.compile(
    r"\b(?:instead|rather\s+than|better\s+than|more\s+than|versus|vs\.?|or\s+(?:the|this|my))\b"
    r"|还是|代替|而不是|比",
    re.I,
)


def alternative_path(text: str) -> bool:
    """ "Is a master's worth it instead of this plan?", "考研还是自学？": another way there."""
    if _BAR.search(text) and not _INSTEAD.search(text):
        return False
    if _CERT.search(text) and not _AGAINST.search(text):  # "should I do the AWS certificate?"
        return False  # a certificate on its own is a question about certificates
    return bool(_PATH.search(text) and _INSTEAD.search(text))


def credential_fear(text: str) -> bool:
    """ "They only hire top-school master's; as a physics PhD am I out?", "没有学历是不是没戏":
    a fear that a degree (or the lack of one) rules the person out."""
    return bool(_BAR.search(text) and _CREDENTIAL.search(text) and _CHANCE.search(text))


def pay_figure(text: str) -> tuple[float, str] | None:
    """A pay figure the person aims at, with its currency ("$400k" 400000 USD, "50万" CNY)."""
    m = _PAY_FIGURE.search(text)
    if m is None:
        return None
    if m.group("a"):
        value = float(m.group("a").replace(",", ""))
        unit = (m.group("ak") or "").lower()
        value *= {"k": 1e3, "m": 1e6}.get(unit, 1)
        cur = {"$": "USD", "€": "EUR", "£": "GBP"}[m.group("cur")]
        return (value, cur) if value >= 1000 else None
    if m.group("b"):
        return float(m.group("b")) * 1e3, "USD"
    if m.group("c"):
        return float(m.group("c")) * 1e4, "CNY"
    if m.group("d"):
        return (1e6 if m.group("d") == "百万" else 1e7), "CNY"
    return float(m.group("e")) * 1e4, "CNY"


def ambition(text: str) -> bool:
    """ "Can I make $400k like the FDEs at OpenAI?", "is Anthropic realistic by September?",
    "能进字节拿50万吗": a pay figure or a top employer aimed at ("how much does Google pay?"
    is a question about pay)."""
    if not re.search(r"\?|？|吗|么|能不能|有没有可能|有戏", text):
        return False
    if pay_figure(text) is None and re.search(r"\bhow\s+much\b|多少", text, re.I):
        return False
    return pay_figure(text) is not None or bool(_TOP_EMPLOYER.search(text) and _AIM.search(text))


def top_employer(text: str) -> str | None:
    """The employer named in an ambition ("openai" -> "OpenAI" is left as written)."""
    m = _TOP_EMPLOYER.search(text)
    return m.group(0) if m else None


def fear_not_load(text: str) -> bool:
    """ "我年纪大了，怕学不会", "I feel like giving up": a fear of not managing, not a load too
    heavy (no burn-out, no lack of time in it)."""
    return bool(_FEAR.search(text)) and not _LOAD.search(text)
