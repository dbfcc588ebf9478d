"""Questions about a tool or platform after approval (en/zh): "Copilot instead of Zapier?"
(switch), "扣子里能直接读Excel吗" (can_do), "智能客服用什么工具搭？我们用的是淘宝和抖店" (which),
with the tools named and whose they are (the person's employer's or platform's own)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.engine.turns_more import (
    TOP_EMPLOYER,
    TurnKind,
    alternative_path,
    ambition,
    credential_fear,
    pay_figure,
)
from coach.knowledge.lexicon import Mention

_CAPITALISED = re.compile(r"(?<![\w.])([A-Z][A-Za-z0-9+.]*(?:\s+[A-Z][A-Za-z0-9+.]*)*)")
_NOT_WORDS = """I I'M I'D I'LL AI ML LLM LLMS RAG API APIS HR PM US UK EU CEO CTO QA UI UX IT PHD MBA MSC
    CV OK FDE FDES MLOPS LLMOPS GPU GPUS NLP CS DE SE SWE TMS ERP CRM KPI KPIS SQL
    JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER
    JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY
    SATURDAY SUNDAY SHOULD IS ARE CAN COULD WOULD WILL WHAT WHICH HOW WHY WHEN DO DOES MY OUR WE
    THE A AN AND OR IF HONESTLY OKAY SO ALSO THANKS HI HELLO HEY"""
NOT_TOOLS = frozenset(_NOT_WORDS.split())
_NOT_TOOLS = NOT_TOOLS
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
    r"pull|parse|understand|work\s+with|take|use|access|talk\s+to|integrate|call|query|trigger|"
    r"send|post|update|write\s+to|hook\s+into|plug\s+into)\b"
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
    r"|\bwe'?re\s+(?:on|using|all\s+in\s+on|an?\s+[\w-]+\s+shop)\b"
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
    asked: tuple[Tool, ...] = field(default_factory=tuple)
    """For a switch, the tools weighed in the question's own clause ("should I use that
    instead of Zapier?": "that" is the one named before); the others are the setting."""

    @property
    def own(self) -> list[Tool]:
        return [x for x in self.tools if x.own]

    @property
    def others(self) -> list[Tool]:
        return [x for x in self.tools if not x.own]


def _unknown_names(
    text: str, mentions: list[Mention], products: list[Mention]
) -> list[tuple[int, int, str]]:
    """Capitalised names the lexicon does not know ("SAP BTP", "Joule"), with where they are
    (a name that only adds to a skill's word, "Bedrock Agents", counts; "Python" does not); a
    sentence's first word counts only when it looks like a name (two capitals, "SharePoint")."""
    taken = [(m.start, m.end) for m in products]
    words_of_skills = [(m.start, m.end) for m in mentions if m not in products]
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
        if any(a <= start and end <= b for a, b in words_of_skills):
            continue  # the skill's own word ("Python", "LlamaIndex")
        first = start == 0 or re.search(r"[.!?。！？]\s*$", text[:start])
        if first and not (sum(c.isupper() for c in words[0]) >= 2 or len(words) > 1):
            continue
        out.append((start, end, " ".join(words)))
    return out


def _widen(text: str, m: Mention) -> tuple[str, str | None]:
    """A mention with the capitalised words right before it ("Microsoft Copilot", still the
    mention's skill) or after it ("Bedrock Agents": another product, its skill unknown)."""
    before = re.search(r"((?:[A-Z][A-Za-z0-9]+\s+){1,2})$", text[: m.start])
    head = [w for w in (before.group(1) if before else "").split() if w.upper() not in _NOT_TOOLS]
    after = re.match(r"((?:\s+[A-Z][A-Za-z0-9]+){1,2})", text[m.end :])
    tail = [w for w in (after.group(1) if after else "").split() if w.upper() not in _NOT_TOOLS]
    name = " ".join([*head, text[m.start : m.end], *tail])
    return name, None if tail else m.id


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
    found: list[tuple[int, str, str | None]] = [(m.start, *_widen(text, m)) for m in products]
    found += [(a, name, None) for a, _, name in _unknown_names(text, mentions, products)]
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
        "cloud",
        "llm_api_integration",
    }
)
"""Skills whose names in a question are usually products (Zapier, LangChain, Copilot, ChatGPT)."""
TOOL_SKILLS = _TOOL_SKILLS


def tool_turn(text: str, mentions: list[Mention]) -> ToolTurn | None:
    """A question about a tool, if ``text`` is one: "X instead of Y?" (switch), "can X read
    Z?" (can_do), "what tool should I build Z with?" (which)."""
    if pay_figure(text) is not None:
        return None  # "could I pull $350k at Anthropic?": an ambition
    named = tools_named(text, mentions)  # an employer is no tool, unless it is their platform
    tools = [x for x in named if x.own or not TOP_EMPLOYER.fullmatch(x.name)]
    products = [x for x in tools if x.skill_id is None or x.skill_id in _TOOL_SKILLS]
    if _WHICH_TOOL.search(text):
        return ToolTurn("which", tuple(tools))
    if _SWITCH.search(text) and products and (len(tools) >= 2 or any(x.own for x in tools)):
        # two known skills weighed ("LangChain or LlamaIndex?") are a comparison of skills
        unknown = any(x.skill_id is None for x in tools)
        same = len({x.skill_id for x in tools}) == 1
        if unknown or same or any(x.own for x in tools):
            return ToolTurn("switch", tuple(tools), _weighed(text, tools))
    if products and _CAN_DO.search(text) and re.search(r"\?|？|吗|么|能不能|可不可以", text):
        return ToolTurn("can_do", tuple(tools))
    return None


_PRONOUN = re.compile(r"\b(?:that|it|this|them|those)\b|它|这个|那个", re.I)


def _weighed(text: str, tools: list[Tool]) -> tuple[Tool, ...]:
    """The tools in the clause that asks the switch; a pronoun there brings in the person's
    own tool named before it."""
    m = _SWITCH.search(text)
    if m is None:
        return tuple(tools)
    cuts = [c.start() for c in _CLAUSE.finditer(text)]
    start = max([c + 1 for c in cuts if c < m.start()], default=0)
    end = min([c for c in cuts if c >= m.end()], default=len(text))
    clause = text[start:end]
    pair = [x for x in tools if x.name in clause]
    if _PRONOUN.search(clause) or len(pair) < 2:
        pair = [*(x for x in tools if x.own and x not in pair), *pair]
    return tuple(pair)


def choice_kind(text: str, mentions: list[Mention]) -> TurnKind | None:
    """A pay figure or top employer aimed at (a realistic question), a tool or a path weighed,
    a credential feared."""
    if ambition(text):  # "$400k at OpenAI?": a realistic question, answered candidly
        return "realistic"
    if tool_turn(text, mentions) is not None:
        return "tool_choice"
    if alternative_path(text):
        return "alternative"
    if credential_fear(text):
        return "credential"
    return None
