"""Words that name a skill only in context, and words that name the employer, not a skill.

An alias can be an everyday word of another trade: "security" is AI security only next to AI
words (a network security engineer or a site safety officer does other work); "GPU" is GPU
programming only when the GPUs are not hardware someone installs, racks or runs; "UX" alone is
the design of interfaces in general, which carries over to conversational UX at a basic level
at most (and a UX *researcher* designs no interface). And a skill word inside what the
employer is ("at a network security vendor", "for a cloud provider", "在一家做AI的公司")
describes the company, not what the person can do.
"""

from __future__ import annotations

import re

from coach.knowledge.lexicon import Mention

_CLAUSE_EDGE = re.compile(r"[.;!?\n。；！？]|,\s|，")
_REACH = 60

_AI_WORDS = re.compile(
    r"(?<![A-Za-z])(?:ai|a\.i\.|llms?|genai|gpts?|chatgpt|models?|prompts?|agents?|chatbots?|"
    r"jailbreak\w*|guardrails?|red[\s-]?team\w*|ml)(?![A-Za-z])|大模型|模型|智能体|提示词|人工智能|越狱",
    re.IGNORECASE,
)
_GENERIC_SECURITY = re.compile(r"(?i:security)|安全")
"""The bare words; "prompt injection", "内容安全", "guardrails" name AI security by themselves."""

_HARDWARE_AFTER = re.compile(
    r"\s*(?:pods?|servers?|nodes?|clusters?|racks?|cards?|boxes|machines?|hardware|fleets?|"
    r"farms?|rigs?|trays?|sleds?|服务器|集群|机柜|节点|卡|机器|机房)",
    re.IGNORECASE,
)
_HARDWARE_WORK = re.compile(
    r"(?<![A-Za-z])(?:install\w*|rack\w*|cabl\w*|burn(?:ed|t|ing)?[\s-]in|swap\w*|replac\w*|"
    r"reseat\w*|repair\w*|maintain\w*|maintenance|procur\w*|provision\w*|data\s?cent(?:er|re)|"
    r"dc\s+tech\w*|technician|hardware)(?![A-Za-z])|上架|安装|装机|维修|更换|运维|机房|巡检|采购",
    re.IGNORECASE,
)
_PROGRAMMING_WORDS = re.compile(
    r"(?<![A-Za-z])(?:program\w*|kernels?|cuda|triton|code|coding|wrote|write|writing|"
    r"optimi[sz]\w*|shaders?|opencl|hip|rocm)(?![A-Za-z])|编程|算子|写|开发|优化",
    re.IGNORECASE,
)
_ML_WORK = re.compile(
    r"(?<![A-Za-z])(?:train\w*|serv(?:e|es|ing)|inference|models?|llms?)(?![A-Za-z])|训练|推理|模型",
    re.IGNORECASE,
)
_CONVERSATIONAL = re.compile(
    r"(?<![A-Za-z])(?:chat\w*|conversation\w*|dialog\w*|voice|bots?|agents?|assistants?|"
    r"copilots?|llms?|ai)(?![A-Za-z])|对话|聊天|语音|智能体|助手|机器人|客服|大模型|AI",
    re.IGNORECASE,
)
_NOT_DESIGN_AFTER = re.compile(
    r"\s*(?:research\w*|writ\w*|copy\w*|strateg\w*|研究|调研)", re.IGNORECASE
)
_USER_RESEARCH = re.compile(
    r"(?i:user\s+research|usability\s+\w+)|用户研究|用户调研|用户访谈|可用性测试"
)
_GENERIC_UX = re.compile(r"(?i:ux|ui/ux|ux/ui)|交互设计")

_EMPLOYER = re.compile(
    r"(?<![A-Za-z])(?:at|for|with|in)\s+(?:a|an|the|one|our|my)\s+(?:[A-Za-z][\w/&.+-]*\s+){0,3}?"
    r"(?:vendor|provider|company|startup|start-up|firm|agency|consultancy|shop|studio|"
    r"manufacturer|maker|integrator|reseller|distributor|msp)s?(?![A-Za-z])"
    r"|(?:在|去|进了?)(?:一家|一个|某家?)[^，。,；;、\s]{0,12}?(?:公司|企业|厂商|供应商|服务商|创业公司|厂)",
    re.IGNORECASE,
)


def _clause(text: str, m: Mention) -> str:
    start = max(0, m.start - _REACH)
    end = min(len(text), m.end + _REACH)
    before = text[start : m.start]
    after = text[m.end : end]
    edges = list(_CLAUSE_EDGE.finditer(before))
    if edges:
        before = before[edges[-1].end() :]
    edge = _CLAUSE_EDGE.search(after)
    if edge:
        after = after[: edge.start()]
    return f"{before} {after}"


def _security_is_ai(text: str, m: Mention) -> bool:
    return not _GENERIC_SECURITY.fullmatch(m.text) or bool(_AI_WORDS.search(_clause(text, m)))


_KERNEL = re.compile(r"(?i:kernels?)")
_GPU_WORDS = re.compile(
    r"(?<![A-Za-z])(?:gpus?|cuda|triton|hip|rocm|opencl|tensor|attention|matmul|gemm|fused|"
    r"flash)(?![A-Za-z])|算子|显卡",
    re.IGNORECASE,
)
_OS_WORDS = re.compile(
    r"(?<![A-Za-z])(?:linux|os|operating|drivers?|unix|bsd|windows|modules?|syscalls?)(?![A-Za-z])|"
    r"内核|驱动|操作系统",
    re.IGNORECASE,
)


def _kernel_sense(text: str, m: Mention) -> Mention | None:
    """ "kernel" is a GPU kernel next to GPU words ("CUDA kernels"); "Linux kernel", "kernel
    drivers" are operating systems (computer systems), and alone it says neither."""
    around = _clause(text, m)
    if _GPU_WORDS.search(around):
        return m
    if _OS_WORDS.search(around):
        return m.model_copy(update={"id": "computer_systems"})
    return None


def _gpu_is_programming(text: str, m: Mention) -> bool:
    if m.text.lower().rstrip("s") != "gpu":
        return True  # "GPU programming", "CUDA", "算子开发" name it by themselves
    around = _clause(text, m)
    if _PROGRAMMING_WORDS.search(around):
        return True
    if _HARDWARE_WORK.search(around):
        return False
    # "40 GPU nodes" are hardware; "serving models on GPU clusters" is the work GPUs do.
    return not _HARDWARE_AFTER.match(text, m.end) or bool(_ML_WORK.search(around))


def _ux_cap(text: str, m: Mention) -> Mention | None:
    """A bare "UX": none for a UX researcher or writer, at most basic for other UX work,
    as named for chat, voice or agent interfaces."""
    if not _GENERIC_UX.fullmatch(m.text):
        return m
    if _CONVERSATIONAL.search(_clause(text, m)):
        return m
    if _NOT_DESIGN_AFTER.match(text, m.end):
        return None
    return m.model_copy(update={"cap": 1})


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_OTHER_TRADES: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    # (skill, its everyday words, the words of another trade that use them)
    (
        "observability",
        _rx(r"monitor\w*|tracing|tracking|logging|监控|监测"),
        _rx(
            r"patients?|vitals?|wards?|icu|clinical|bedside|contact|covid|shipments?|parcels?|"
            r"timber|病情|患者|病人|生命体征|疫情|体征"
        ),
    ),
    (
        "transformers",
        _rx(r"transformers?"),
        _rx(r"power|electrical|substations?|grid|voltage|distribution|变电|配电|电力"),
    ),
    (
        "docker",
        _rx(r"containers?|容器"),
        _rx(r"shipping|cargo|freight|ports?|customs|trucks?|集装箱|货运|港口|物流"),
    ),
    (
        "software_testing",
        _rx(r"test\w*|测试"),
        _rx(
            r"blood|lab|laborator\w*|samples?|covid|water|soil|materials?|patients?|diagnos\w*|"
            r"化验|检验|血液|样本|水质|材料"
        ),
    ),
    (
        "evaluation",
        _rx(r"evaluat\w*|assessments?|评估|评测"),
        _rx(
            r"performance|employees?|staff|patients?|nursing|clinical|risk|property|credit|"
            r"绩效|员工|患者|护理|风险|资产|信用|病情"
        ),
    ),
    (
        "ai_ethics_governance",
        _rx(r"compliance|governance|合规|治理"),
        _rx(
            r"aml|kyc|anti[\s-]money|sanctions|regulatory|audit\w*|bank\w*|tax|hse|safety|"
            r"iso|sox|corporate|反洗钱|审计|银行|税务|安全生产|监管|公司治理"
        ),
    ),
    (
        "agents",
        _rx(r"agents?"),
        _rx(
            r"call|contact|cent(?:er|re)|support|service|customer|travel|estate|insurance|"
            r"booking|sales|leasing|border|ticket\w*|agency|客服|坐席"
        ),
    ),
    (
        "computer_vision",
        _rx(r"vision|视觉"),
        _rx(r"design\w*|brand\w*|product|art\w*|marketing|设计|品牌|产品|美术|传达|营销|愿景"),
    ),
    (
        "robot_perception",
        _rx(r"perception|感知"),
        _rx(
            r"brand\w*|customers?|users?|market\w*|public|consumers?|品牌|用户|客户|市场|消费者|舆论"
        ),
    ),
    (
        "observability",
        _rx(r"monitoring|监控"),
        _rx(
            r"transactions?|aml|fraud|sanctions|patients?|vital\w*|glucose|heart|wildlife|water|"
            r"air|environment\w*|students?|交易|反洗钱|欺诈|病人|患者|生命体征|环境|水质"
        ),
    ),
    ("linux", _rx(r"运维"), _rx(r"设备|机械|产线|工厂|车间|物业|设施|电梯|厂务|机电|楼宇")),
    (  # "Network Operations Technician", "IT operations": running systems, not managing a business
        "operations_management",
        _rx(r"operations?|ops"),
        _rx(
            r"(?<![A-Za-z])(?:network\w*|noc|it|infrastructure|data\s?cent(?:er|re)|systems?|"
            r"security|cloud)(?![A-Za-z])|网络"
        ),
    ),
    (
        "simulation",
        _rx(r"simulat\w*|仿真|模拟"),
        _rx(r"flight|cockpit|business|patients?|medical|clinical|飞行|医疗|医学|沙盘|驾驶"),
    ),
]
"""Everyday words of a skill that another trade uses for its own work: "patient monitoring",
"power transformers", "shipping containers", "blood testing", "performance evaluation"."""
_TECH_GUARD = re.compile(
    r"(?<![A-Za-z])(?:ai|llms?|models?|software|code|api|apps?|services?|kubernetes|k8s|docker|"
    r"prometheus|grafana|pytest|unit|ci|deploy\w*|servers?|cloud|python|langgraph|langchain|"
    r"llamaindex|crewai|autogen|openai|gpt|rag|bots?|chatbots?|frameworks?|agentic|build|built|"
    r"building|develop\w*)(?![A-Za-z])|大模型|模型|软件|代码|服务器|开发|搭建|智能体",
    re.IGNORECASE,
)


def _other_trade(text: str, m: Mention) -> bool:
    for skill_id, words, trade in _OTHER_TRADES:  # a skill may have more than one trade
        if m.id == skill_id and words.fullmatch(m.text):
            around = _clause(text, m)
            if trade.search(around) and not _TECH_GUARD.search(around):
                return True
    return False


_PLUGIN = re.compile(r"(?i:plug-?ins?)|插件")
_GAME_WORK = re.compile(
    r"(?<![A-Za-z])(?:unity|unreal|godot|gameplay|games?|game\s+engines?|engines?|ue[45]|"
    r"rigid[\s-]?bod\w*|collisions?|ragdolls?)(?![A-Za-z])|游戏|引擎|碰撞|刚体",
    re.IGNORECASE,
)
_PHYSICS = re.compile(r"(?i:physics)|物理")
_STUDIED = re.compile(
    r"(?<![A-Za-z])(?:stud(?:y|ied|ying)|degree|major\w*|ph\.?d|msc|bsc|master'?s|bachelor'?s|"
    r"teach\w*|taught|physicist|lab|research\w*)(?![A-Za-z])|学|专业|博士|硕士|本科|研究|老师|教",
    re.IGNORECASE,
)


_SEASON_BEFORE = re.compile(
    r"\b(?:by|in|this|next|last|until|till|before|after|early|late|mid|come|around|over\s+the|"
    r"(?:the\s+)?end\s+of|during|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TECH_OPERATIONS = re.compile(
    r"(?<![A-Za-z])(?:network|it|noc|security|sec|cloud|platform|server|systems?|data\s?cent(?:er|re)|"
    r"technical|ml|llm|infrastructure|site\s+reliability)\s*$",
    re.IGNORECASE,
)
"""What makes "operations" technical ("network operations technician", "IT operations"): not
the running of a business."""


def _not_ai_plugin(text: str, m: Mention) -> bool:
    """ "Plugins" are tool calling only for a model ("ChatGPT plugins", "MCP 插件"); an
    editor's, a browser's or a CMS's plugins are ordinary software."""
    return bool(_PLUGIN.fullmatch(m.text)) and not _AI_WORDS.search(_clause(text, m))


def _game_physics(text: str, m: Mention) -> bool:
    """ "Physics" written for a game ("gameplay, physics and editor plugins", "写物理和插件") is
    game programming, not a science; unless they studied or teach it."""
    if m.id != "scientific_domain_knowledge" or not _PHYSICS.fullmatch(m.text):
        return False
    return bool(_GAME_WORK.search(text)) and not _STUDIED.search(_clause(text, m))


_OTHERS_TITLE = re.compile(
    r"(?i:(?<![A-Za-z])(?:to|for|with|from|by)\s+(?:the|our|their|a|an)\s+(?:(?:company'?s|team'?s)\s+)?"
    r"(?:s?vp|evp|vice\s+president|head|director|chief|general\s+manager)\s+of\s+)"
    r"[A-Z][A-Za-z&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][A-Za-z-]*){0,2}"
)
"""Another person's title ("present findings to the VP of Operations"): their department is
no skill of the person's."""


_SERVED_LEADERS = re.compile(
    r"(?<![A-Za-z])(?:partner(?:ed|ing|s)?\s+(?:to|with|for)|support(?:ed|ing|s)?|advis(?:e|ed|ing|es)|"
    r"coach(?:ed|ing|es)?)\s+(?:the\s+|our\s+)?(?:[a-z]+\s+(?:and\s+|&\s+)?){1,3}"
    r"(?:leaders|leadership|managers|heads|executives|directors)(?![A-Za-z])",
    re.IGNORECASE,
)
"""The people someone serves ("Partner to engineering and operations leaders"): their
departments are no skills of the person's."""


def employer_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` says what the employer is ("at a network security vendor"), or whose
    title someone else holds ("to the VP of Operations")."""
    spans = [(e.start(), e.end()) for e in _EMPLOYER.finditer(text)]
    spans += [(o.start(), o.end()) for o in _OTHERS_TITLE.finditer(text)]
    return spans + [(o.start(), o.end()) for o in _SERVED_LEADERS.finditer(text)]


_SEASON_BEFORE = re.compile(
    r"(?:\b(?:in|by|this|next|last|early|late|mid|until|till|before|after|from|the|coming)\s+"
    r"(?:the\s+)?(?:early\s+|late\s+)?|-)$",
    re.IGNORECASE,
)
_SEASON_AFTER = re.compile(
    r"^(?:\s*(?:'?\d{2}\b|\d{4}\b|term|semester|break|intake|hiring|round|of\s+\d{4}|or\s+summer|"
    r"and\s+summer))",
    re.IGNORECASE,
)


def is_season(text: str, start: int, end: int) -> bool:
    """ "spring" (lower-case) said as the season ("closes in spring", "by spring 2027", "this
    spring"), not the Java framework ("Spring Boot", "Java/Spring")."""
    if text[start:end] != "spring":
        return False
    return bool(_SEASON_BEFORE.search(text[max(0, start - 20) : start])) or bool(
        _SEASON_AFTER.match(text[end : end + 20])
    )


def in_context(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the words that do not name their skill here, capped where they
    name it loosely."""
    employers = employer_spans(text) if mentions else []
    out: list[Mention] = []
    for m in mentions:
        if any(s <= m.start and m.end <= e for s, e in employers):
            continue
        if is_season(text, m.start, m.end):  # "the posting closes in spring"
            continue
        if m.id == "security_guardrails" and not _security_is_ai(text, m):
            continue
        if _other_trade(text, m) or _not_ai_plugin(text, m) or _game_physics(text, m):
            continue
        if m.id == "spring" and _SEASON_BEFORE.search(text[max(0, m.start - 24) : m.start]):
            continue  # "by spring", "next spring": the season, not the framework
        if m.id == "operations_management" and _TECH_OPERATIONS.search(text[: m.start]):
            continue
        if m.id == "gpu_programming" and _KERNEL.fullmatch(m.text):
            sensed = _kernel_sense(text, m)
            if sensed is None:
                continue
            m = sensed
        elif m.id == "gpu_programming" and not _gpu_is_programming(text, m):
            continue
        if m.id == "product_sense" and _USER_RESEARCH.fullmatch(m.text):
            m = m.model_copy(update={"cap": 2})  # research is part of product sense, not all
        if m.id == "conversational_ux":
            capped = _ux_cap(text, m)
            if capped is None:
                continue
            m = capped
        out.append(m)
    return out
