"""More kinds of after-approval turns (en/zh), read before the general ones in
:func:`coach.engine.turns.classify_turn` (a tool question: :mod:`coach.engine.turns_tools`):
another path ("a master's instead?"), a fear about a credential ("只要名校硕士，博士是不是没戏"),
an ambition of pay or employer ("$400k at OpenAI?", "anthropic by september?"), a fear of not
managing that is not about the load ("我年纪大了，怕学不会"), and a pace weighed ("每天学一小时
够吗？"): each answered by its own builder, not by retrieved snippets."""

from __future__ import annotations

import re
from typing import Literal

TurnKind = Literal[
    "confirm", "decline", "discouraged", "realistic", "this_week", "resource", "skill_question",
    "decision", "thanks", "ack", "greeting", "off_topic", "timeline", "pay", "job_search",
    "mentor", "doubt", "known_skill", "compare", "project", "changes", "got_job", "faster",
    "useful", "privacy", "job_loss", "job_kind", "tool_choice", "alternative", "credential",
    "fear", "pace", "outlook", "general",
]  # fmt: skip


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
TOP_EMPLOYER = re.compile(
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
    r"too\s+many\s+hours|workload|the\s+load|stressed|breaking\s+point|running\s+on\s+empty|"
    r"(?:can'?t|cannot)\s+(?:do|manage|find|fit)\s+(?:\d+|the|these|those|that\s+many|so\s+many)\s+"
    r"(?:\w+\s+)?hours|not\s+enough\s+time|no\s+longer\s+have\s+(?:the\s+)?time)\b"
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
    return pay_figure(text) is not None or bool(TOP_EMPLOYER.search(text) and _AIM.search(text))


def top_employer(text: str) -> str | None:
    """The employer named in an ambition ("openai" -> "OpenAI" is left as written)."""
    m = TOP_EMPLOYER.search(text)
    return m.group(0) if m else None


_RECONSIDER = re.compile(
    r"\b(?:should\s+i\s+(?:just\s+)?(?:stay|stick|go\s+back)|maybe\s+i\s+should\s+(?:just\s+)?(?:stay|stick|"
    r"go\s+back|stop)|go\s+back\s+to\s+(?:being|my)|stick\s+with\s+(?:my|being)|stay\s+(?:a|an|in\s+my)\s+\w+)"
    r"|(?:要不|还是|干脆)(?:我)?(?:还是|就)?(?:继续|回去|接着)(?:做|干|当)|卷不动|不转了|不想转了",
    re.I,
)


def reconsidering(text: str) -> bool:
    """ "要不我还是继续做iOS？", "maybe I should just stay a nurse": going back on the change."""
    return bool(_RECONSIDER.search(text))


def load_said(text: str) -> bool:
    """The load itself is too much: burn-out, no time, too many hours."""
    return bool(_LOAD.search(text))


def fear_not_load(text: str) -> bool:
    """ "我年纪大了，怕学不会", "I feel like giving up": a fear of not managing, not a load too
    heavy (no burn-out, no lack of time in it)."""
    return bool(_FEAR.search(text)) and not _LOAD.search(text)


_PER_DAY = re.compile(
    r"(?P<en>\d+(?:\.\d+)?|an?|one|two|half\s+an?)\s*(?:hours?|hrs?|h)\s*(?:a|per|each|every)\s*"
    r"(?P<unit>day|weekday|evening|night|week)\b"
    r"|每(?P<zunit>天|晚|个?工作日|周)\s*(?:学|花|投入)?\s*(?P<zh>\d+(?:\.\d+)?|一|两|二|三|四|五|半)\s*(?:个)?\s*(?:小时|钟头)",
    re.I,
)
_ENOUGH = re.compile(
    r"\b(?:enough|sufficient|too\s+little|too\s+much|is\s+that\s+ok(?:ay)?|will\s+that\s+do|"
    r"would\s+that\s+work|does\s+that\s+work)\b|够吗|够不够|足够|行吗|可以吗|够用|太少|太多",
    re.I,
)
_WORDS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "half a": 0.5, "half an": 0.5}
_ZH_NUM = {"一": 1.0, "两": 2.0, "二": 2.0, "三": 3.0, "四": 4.0, "五": 5.0, "半": 0.5}


def pace_hours(text: str) -> float | None:
    """The weekly hours a pace question names ("an hour a day": 7, "每个工作日2小时": 10)."""
    m = _PER_DAY.search(text)
    if m is None:
        return None
    raw = (m.group("en") or m.group("zh") or "").lower()
    value = _WORDS.get(raw) or _ZH_NUM.get(raw)
    if value is None:
        try:
            value = float(raw)
        except ValueError:
            return None
    unit = (m.group("unit") or m.group("zunit") or "").lower()
    days = 1 if unit in {"week", "周"} else 5 if "weekday" in unit or "工作日" in unit else 7
    return value * days


def pace_question(text: str) -> bool:
    """ "Is an hour a day enough?", "每天学一小时够吗？": a pace weighed against the plan."""
    return pace_hours(text) is not None and bool(_ENOUGH.search(text))


_OUTLOOK = re.compile(
    r"\b(?:job\s+market|demand\s+for|outlook|future\s+of|prospects?|still\s+in\s+demand|"
    r"saturated|oversupplied|growing\s+field|worth\s+getting\s+into|where\s+(?:is|are)\s+\w+"
    r"(?:\s+\w+)?\s+(?:going|heading))\b"
    r"|前景|发展(?:空间|前途)|未来(?:怎么样|如何|会怎样)|需求(?:大吗|多吗|怎么样|大不大)|好找工作吗|饱和|内卷|"
    r"还(?:缺人|招人)吗|吃香吗|(?:岗位|职位|工作|需求|机会)(?:多吗|多不多|多么|有多少|多少)|招(?:人|的)多吗"
    r"|\b(?:are\s+there|is\s+there)\s+(?:many|a\s+lot\s+of|enough|any)\s+(?:\w+\s+){0,3}(?:jobs|roles|openings|positions)\b",
    re.I,
)


def outlook_question(text: str) -> bool:
    """ "大模型应用开发前景怎么样？", "is the job market for this saturated?": where the work is
    going, from the sources' trends and market notes."""
    return bool(_OUTLOOK.search(text)) and bool(
        re.search(r"\?|？|吗|么|怎么样|如何|\b(?:is|are|will|what|how)\b", text, re.I)
    )


# "can i use my protein embedding model for the project?", "能用我自己的客服数据做项目吗":
# the person's own work as the project's material
_OWN_FOR_PROJECT = re.compile(
    r"\b(?:use|reuse|bring|build\s+on|base\s+(?:it|the\s+project)\s+on)\s+(?:my|our)\s+"
    r"(?:own\s+)?(?P<en>[\w\s/-]{2,40}?)\s+(?:for|in|as|into)\s+(?:the|my|this)\s+"
    r"(?:portfolio\s+|capstone\s+)?project"
    r"|(?:用|拿|基于)(?:我|我们)?(?:自己)?(?:公司|团队|单位|部门)?(?:的|手上的|手头的)(?P<zh>[\u4e00-\u9fffA-Za-z\s]{1,15}?)"
    r"(?:来|去)?(?:做|当|作为|搞)(?:这个|我的)?(?:作品集)?项目",
    re.I,
)


def own_for_project(text: str) -> str | None:
    """What of their own the person asks to build the project on (their words), if they do."""
    m = _OWN_FOR_PROJECT.search(text)
    return (m.group("en") or m.group("zh")).strip() if m else None
