"""Deterministic profile extraction from one user message, in English and Chinese.

Pure: text, the knowledge base and the prior profile in, a new profile out. The rules are
conservative on purpose: a number the user did not state stays ``None`` (a range keeps its lower
end, "an hour a day" is 7 hours a week), a skill under a negation ("never used Python",
"没学过Python") or inside a wish ("I want to learn RAG", "想转大模型应用开发") is not added, and a
later explicit statement overrides an earlier one while silence never erases what we know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from coach.engine.fields import NO_CODING, field_skills, refuses_coding
from coach.knowledge.lexicon import Lexicon, Mention
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Language, Level, Profile, SkillClaim

AskedField = Literal["background", "target", "hours_per_week", "horizon"]

MAX_CHARS = 20_000
"""Longest text read; the profiler already trims a message to 8,000 characters."""
EVIDENCE_CHARS = 200

# --------------------------------------------------------------------------- text basics
_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_CHAR = re.compile(r"[A-Za-z]")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_SENTENCE_END = re.compile(r"[。！？；;!?\n]+|\.(?=\s|$)")
_CLAUSE_END = re.compile(r"[。！？；;!?\n,，:：()（）\[\]【】]+|\.(?=\s|$)|\s+but\s+|但是|不过")


def detect_language(text: str) -> Language:
    """``zh`` when Chinese characters make up at least 30% of the letters, else ``en``."""
    cjk = len(_CJK_CHAR.findall(text))
    latin = len(_LATIN_CHAR.findall(text))
    if cjk == 0:
        return "en"
    return "zh" if cjk / (cjk + latin) >= 0.3 else "en"


def _clean(text: str) -> str:
    # Same length in and out for everything we keep, so offsets stay meaningful.
    text = text[:MAX_CHARS].translate(_FULLWIDTH_DIGITS).replace("’", "'")
    return _CONTROL.sub(" ", text)


def _spans(text: str, boundary: re.Pattern[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in boundary.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _containing(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= pos < end:
            return start, end
    return pos, pos


# --------------------------------------------------------------------------- numbers
_EN_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "half a": 0.5,
    "half an": 0.5,
    "an": 1,
    "a": 1,
}
_EN_NUM = (
    r"(?:\d+(?:\.\d+)?|"
    + "|".join(re.escape(w) for w in sorted(_EN_WORDS, key=lambda w: (-len(w), w)))
    + r")"
)
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_ZH_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_ZH_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)"


def _zh_number(s: str) -> float | None:
    """Arabic digits or a Chinese numeral up to 999 (十=10, 十二=12, 二十五=25, 一百=100)."""
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    total = 0
    current = 0
    seen = False
    for ch in s:
        if ch in _ZH_DIGITS:
            current = _ZH_DIGITS[ch]
            seen = True
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
            seen = True
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
            seen = True
        else:
            return None
    return float(total + current) if seen else None


def _en_number(s: str) -> float | None:
    s = " ".join(s.lower().split())
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    value = _EN_WORDS.get(s)
    return None if value is None else float(value)


def _number(s: str) -> float | None:
    return _en_number(s) if re.search(r"[A-Za-z]", s) else _zh_number(s)


# --------------------------------------------------------------------------- patterns
_I = re.IGNORECASE
_UNIT_HOURS = r"(?:hours?|hrs?|h)"
_PER_WEEK = r"(?:a|an|per|each|every|/|in\s+a|a\s+the)?\s*(?:week|wk)\b|weekly\b"
_PER_DAY = r"(?:a|an|per|each|every|/)?\s*(?:day|night|evening)\b|daily\b|nightly\b"

_HOURS_EN = re.compile(
    rf"\b(?P<n>{_EN_NUM})(?:\s*(?:-|–|to|or)\s*{_EN_NUM})?\s*{_UNIT_HOURS}\b\.?\s*"
    rf"(?:(?P<week>{_PER_WEEK})|(?P<day>{_PER_DAY}))",
    _I,
)
_HOURS_EN_LEAD = re.compile(
    rf"\b(?:(?P<week>(?:per|each|every|a)\s+week)|(?P<day>(?:per|each|every|a)\s+day))\b"
    rf"[^.;!?\n\d]{{0,30}}?\b(?P<n>{_EN_NUM})(?:\s*(?:-|–|to|or)\s*{_EN_NUM})?\s*{_UNIT_HOURS}\b",
    _I,
)
_ZH_AMOUNT = rf"(?P<n>{_ZH_NUM})(?:\s*(?:-|~|～|到|至)\s*{_ZH_NUM})?\s*(?:来|多)?\s*(?:个)?\s*(?P<half>半)?\s*(?:多)?\s*(?:小时|钟头|h\b|hours?\b)"
_HOURS_ZH = re.compile(
    r"(?:(?P<week>每周|每星期|每个星期|每礼拜|一周|一星期|一个星期|每个礼拜|周末|每周末)|"
    r"(?P<day>每天|每日|一天|每晚|每天晚上|工作日每天))"
    rf"[^\d零〇一二两三四五六七八九十百半，。,.;；!！?？\n]{{0,8}}?{_ZH_AMOUNT}",
    _I,
)
_HOURS_ZH_TAIL = re.compile(
    rf"{_ZH_AMOUNT}\s*(?:/|每|一)\s*(?:(?P<week>周|星期|礼拜)|(?P<day>天|日))",
    _I,
)
_HALF_HOUR_ZH = re.compile(
    r"(?:(?P<week>每周)|(?P<day>每天|每日|一天))[^，。,.]{0,6}?半(?:个)?小时"
)
_BARE_NUMBER = re.compile(rf"\b(?P<n>{_EN_NUM})\b|(?P<z>{_ZH_NUM})", _I)

_YEARS_EN = [
    re.compile(
        rf"\b(?P<n>{_EN_NUM})\+?\s*(?:years?|yrs?)(?:'|’)?\s*(?:of\s+)?"
        r"(?:experience|exp\b|as\b|in\s+(?:the\s+)?(?:industry|tech|software|it\b)|professional|"
        r"working|in\s+(?:my|this)\s+(?:role|job|field))",
        _I,
    ),
    re.compile(
        rf"\b(?:been|worked|working|work|doing|did)\b[^.;!?\n]{{0,60}}?\bfor\s+(?:the\s+(?:last|past)\s+)?"
        rf"(?:about\s+|around\s+|over\s+|almost\s+|nearly\s+)?(?P<n>{_EN_NUM})\+?\s*(?:years?|yrs?)\b",
        _I,
    ),
    re.compile(rf"\b(?P<n>{_EN_NUM})\+?[\s-]*years?\s+(?:in|at|with)\b(?!\s+(?:a|the)\s+row)", _I),
    re.compile(
        rf"\b(?P<n>{_EN_NUM})\+?\s*(?:years?|yrs?)\s+of\s+"
        r"(?!age\b|study|studying|school|college|university|education|savings|runway)[A-Za-z]",
        _I,
    ),
    re.compile(
        rf"\bwith\s+(?:over\s+|about\s+|around\s+|almost\s+|nearly\s+)?(?P<n>{_EN_NUM})\+?\s*"
        r"(?:years?|yrs?)\b(?!\s+(?:old|to\s+go|left))",
        _I,
    ),
]
_NOT_HORIZON_ZH = r"(?!\s*(?:内|之内|以内|里|后|之后|时间|左右|以后))"
_YEARS_ZH = [
    re.compile(
        rf"(?:做|干|工作|从业|从事|写|当|带)了?(?:[^\d零〇一二两三四五六七八九十百，。,.;；!！?？\n]{{0,10}}?)"
        rf"(?P<n>{_ZH_NUM})\s*(?:多)?\s*年(?P<half>半)?(?:多)?{_NOT_HORIZON_ZH}",
    ),
    re.compile(
        rf"(?P<n>{_ZH_NUM})\s*(?:多)?\s*年(?P<half>半)?(?:多)?(?:的)?[^，。,.;；!！?？\n]{{0,8}}?经验"
    ),
    re.compile(
        rf"(?:已经|有)(?P<n>{_ZH_NUM})\s*年(?P<half>半)?(?:多)?了?(?:的)?(?:工作)?(?=[，。,.]|$)"
    ),
]

_UNIT_EN = r"(?P<unit>weeks?|wks?|months?|mos?|years?|yrs?)\b"
_HORIZON_EN = re.compile(
    r"\b(?:within|in|over|under|inside|by|for\s+the\s+next|in\s+the\s+next|the\s+next|next|"
    r"less\s+than|no\s+more\s+than|at\s+most)\s+(?:about\s+|around\s+|roughly\s+|maybe\s+)?"
    rf"(?P<n>{_EN_NUM}|half\s+a)\s*(?:-\s*)?{_UNIT_EN}(?P<half>\s+and\s+a\s+half)?",
    _I,
)
_HORIZON_EN_PLAN = re.compile(
    rf"\b(?P<n>{_EN_NUM})[\s-]*{_UNIT_EN}\s*(?:plan|timeline|horizon|goal|window|deadline|runway)",
    _I,
)
_HORIZON_EN_BARE = re.compile(
    rf"\b(?P<n>{_EN_NUM}|half\s+a)\s*(?:-\s*)?{_UNIT_EN}(?P<half>\s+and\s+a\s+half)?", _I
)
_HORIZON_ZH = re.compile(
    rf"(?:(?P<n>{_ZH_NUM})\s*(?:个)?(?P<half>半)?\s*(?:个)?|(?P<onlyhalf>半)\s*(?:个)?)"
    r"(?P<unit>年|月|周|星期|礼拜)(?P<half2>半)?(?:多)?"
    r"(?P<suffix>\s*(?:内|之内|以内|里|时间|的时间|左右|后|之后|以后))?"
)
_HORIZON_ZH_CUE = re.compile(r"(?:在|用|花|给自己|计划|打算|希望|争取|准备|需要|大概|大约)\s*$")
_EXPERIENCE_BEFORE_ZH = re.compile(r"(?:做|干|工作|学|从业|从事|写|当|带)了?\s*$")

# Role words.
_ROLE_STOP_EN = re.compile(
    r"\s+(?:for|with|at|in|and|but|who|since|from|of|working|currently|here|there|based|not|"
    r"looking|trying|wanting|hoping|that|which|where|so|because|to|on|by|right|now|i|who've)\b.*$|"
    r"\s*[-–—].*$",
    _I,
)
_ROLE_EN = [
    re.compile(
        r"\b(?:i'?m|i\s+am|i've\s+been|i\s+have\s+been|i\s+was|i\s+work(?:ed)?\s+as|"
        r"i'?m\s+working\s+as|working\s+as|work\s+as)\s+(?:currently\s+|now\s+|still\s+|"
        r"just\s+|actually\s+)?(?:an?|the)\s+(?P<role>[^,.;:!?()\[\]\n]{2,80})",
        _I,
    ),
    re.compile(
        r"\bmy\s+(?:current\s+)?(?:role|job|title|position)\s+is\s+(?:an?\s+|the\s+)?"
        r"(?P<role>[^,.;:!?()\[\]\n]{2,80})",
        _I,
    ),
    re.compile(
        rf"\b{_EN_NUM}\+?\s*(?:years?|yrs?)\s+as\s+(?:an?\s+)?(?P<role>[^,.;:!?()\[\]\n]{{2,80}})",
        _I,
    ),
    re.compile(r"\bi\s+work\s+in\s+(?P<role>[a-z][^,.;:!?()\[\]\n]{1,60})", _I),
]
# A job title said on its own at the start of a clause ("Senior backend engineer, 10 years",
# "Currently a data analyst at a bank"): up to four words before a job noun.
_ROLE_HEAD_EN = (
    r"(?:engineer|developer|dev|programmer|coder|manager|analyst|designer|scientist|architect|"
    r"lead|consultant|administrator|admin|tester|teacher|nurse|doctor|accountant|marketer|"
    r"writer|editor|researcher|specialist|officer|director|coordinator|technician|recruiter|"
    r"lawyer|pm|sre|devops|qa)"
)
_ROLE_EN_LEAD = re.compile(
    r"(?:^|(?<=[.;!?\n]))\s*(?:(?:currently|now)\s+(?:an?\s+)?|(?:an?\s+))?"
    rf"(?P<role>(?:[A-Za-z][\w+#/&-]*\s+){{0,4}}?{_ROLE_HEAD_EN}s?)"
    r"(?=\s*(?:[,;:.!?(\n]|$)|\s+(?:with|for|at|in|since|here)\b)",
    _I,
)
_ROLE_EN_LEAD_BAD = re.compile(
    r"\b(?:i|i'?m|me|my|want|wants|wanna|to|be|become|becoming|like|would|hope|plan|switch|"
    r"move|into|as|not|no|and|or|is|am|are|was|were|the|future|aspiring|ex|former|an?)\b|^ex-",
    _I,
)
# Roles stated with a verb of doing: "now doing customer support",
# "I have been doing DevOps for 7 years".
_ROLE_EN_DOING = [
    re.compile(r"\bnow\s+doing\s+(?P<role>[^,.;:!?()\[\]\n]{2,60})", _I),
    re.compile(
        r"\b(?:i'?ve|i\s+have)\s+been\s+doing\s+(?P<role>[^,.;:!?()\[\]\n\d]{2,40}?)"
        rf"(?=\s+for\s+(?:the\s+(?:last|past)\s+)?(?:about\s+|over\s+|almost\s+|nearly\s+)?"
        rf"{_EN_NUM}\+?\s*(?:years?|yrs?|months?)\b)",
        _I,
    ),
]
_ROLE_EN_BAD_START = re.compile(
    r"^(?:bit|little|lot|few|fan|big|huge|total|complete|newbie|aspiring|future|wannabe|"
    r"would-be|good|great|quick|fast|slow|person|guy|girl|man|woman|parent|mom|dad|"
    r"career\s+changer|beginner|student\s+of)\b",
    _I,
)
_ZH_CUT = re.compile(r"(?:想|希望|打算|准备|但|不过|而且|并且|目前|现在|已经|，|,|。).*$")
_ROLE_ZH = [
    re.compile(r"我(?:现在|目前)?是(?:一名|一个|一位|名|个)?(?P<role>[^，,。.;；!！?？\s]{2,20})"),
    re.compile(
        rf"(?:做|干|从事|当)了?(?P<n>{_ZH_NUM})\s*(?:多)?\s*年(?:半)?(?:多)?(?:的)?"
        r"(?P<role>[^\s，,。.;；!！?？、和与]{2,12})"
    ),
    re.compile(
        r"(?:做|干|从事|当)(?P<role>[^\s，,。.;；!！?？、和与了\d零〇一二两三四五六七八九十]{2,10}?)"
        rf"(?:工作)?(?:已经|有|快|差不多|了)?\s*{_ZH_NUM}\s*(?:多)?\s*年"
    ),
    re.compile(
        r"(?:目前|现在|当前)(?:是|在做|做|担任|从事|干)(?:一名|一个|一位)?"
        r"(?P<role>[^\s，,。.;；!！?？]{2,16})"
    ),
    re.compile(r"(?:职位|岗位|职业|工作)是(?P<role>[^\s，,。.;；!！?？]{2,16})"),
]
# "我在银行做数据分析": the job after 在<where>做.
_ROLE_ZH_AT = re.compile(
    r"我(?:现在|目前)?在(?P<where>[^，,。.;；!！?？\s想考虑打算准备学]{1,12}?)(?:做|当|从事|干)"
    r"(?P<role>[^，,。.;；!！?？\s]{2,12})"
)
# "后端开发6年": a job word at the start of a clause, then its years.
_ROLE_ZH_YEARS = re.compile(
    r"(?:^|(?<=[，,。.;；!！?？\s]))"
    r"(?P<role>[\u4e00-\u9fffA-Za-z]{0,8}?(?:开发|工程师|运维|测试|产品经理|项目经理|经理|设计师|设计|"
    r"分析师|数据分析|运营|销售|老师|教师|会计|前端|后端|算法|程序员|护士|医生|律师|编辑|主管|"
    r"专员|顾问|架构师|客服|人事|财务|研究员))"
    rf"(?:工作)?(?:了)?(?:已经|有|快)?\s*{_ZH_NUM}\s*(?:多)?\s*年(?:半)?(?:多)?{_NOT_HORIZON_ZH}"
)
_ROLE_ZH_BAD_START = re.compile(
    r"^(?:不|想|在|从|说|来|要|因为|否|真|觉|个人|新手|小白|零基础|打算|希望|准备|什么|谁|这|那)"
)

# Target and unsure.
_TARGET_CUE = re.compile(
    r"\b(?:become|becoming|be|move|moving|switch|switching|transition|transitioning|pivot|"
    r"pivoting|get\s+into|getting\s+into|break\s+into|go\s+into|aim|aiming|target|targeting|"
    r"goal|dream|interested\s+in|work\s+as|land|landing|apply|applying|change|changing|"
    r"towards?)\b|想|希望|打算|准备|目标|成为|转|(?<!以)往|去做|当(?!前|时|中|然|初|地)",
    _I,
)
_FROM_BEFORE = re.compile(r"(?:\bfrom\s+(?:an?\s+|the\s+)?|从)\s*$", _I)
_TARGET_RAW_EN = re.compile(
    r"\b(?:want(?:s)?\s+to|wanna|would\s+like\s+to|'d\s+like\s+to|hope\s+to|plan(?:ning)?\s+to|"
    r"looking\s+to|trying\s+to|aim(?:ing)?\s+to|goal\s+is\s+to|dream\s+is\s+to)\s+"
    r"(?:become|be|move\s+into|move\s+to|switch\s+to|switch\s+into|transition\s+to|"
    r"transition\s+into|get\s+into|pivot\s+to|pivot\s+into|go\s+into|break\s+into|work\s+as|"
    r"work\s+in)\s+(?:an?\s+|the\s+)?(?P<raw>[^,.;!?()\n]{2,80})",
    _I,
)
_TARGET_RAW_EN_CUT = re.compile(
    r"\s+(?:within|in\s+(?:\d+|a|an|one|two|three|six|twelve)|by|and|but|so|because|"
    r"next|this|over|after|before|someday|eventually|role|position|job)\b.*$",
    _I,
)
_TARGET_RAW_ZH = re.compile(
    r"(?:想|希望|打算|准备|目标是)(?:要)?(?:转行|转型|转岗|转到|转做|转向|转成|转|做|成为|当|去做|从事)"
    r"(?:到|做|为|成|去)?(?:一名|一个|名|个)?(?P<raw>[^，,。.;；!！?？\s](?:[^，,。.;；!！?？\n]{0,18}[^，,。.;；!！?？\s])?)"
)
_ZH_TARGET_CUT = re.compile(
    r"(?:每周|每天|一年|半年|\d|[一二两三四五六七八九十]+(?:个月|年)|方向|岗位|工作|的工作|吗|呢).*$"
)
_UNSURE = re.compile(
    r"\bnot\s+(?:yet\s+)?sure\b|\bunsure\b|\bdon'?t\s+know\b|\bdo\s+not\s+know\b|\bno\s+idea\b|"
    r"\bundecided\b|\bhaven'?t\s+decided\b|\bnot\s+decided\b|\bno\s+clue\b|\bnot\s+certain\b|"
    r"\bopen\s+to\s+(?:suggestions|anything|ideas|options)\b|\bany\s+suggestions?\b|"
    r"不确定|不知道|没想好|还没想好|不清楚|没有方向|没方向|迷茫|拿不准|说不好|都可以|随便|没主意",
    _I,
)
_TARGET_TOPIC = re.compile(
    r"\bwhat\s+(?:to|role|job|i\s+should|direction|path|career)|\bwhich\s+(?:role|job|path|"
    r"direction|one|career)|\bmove\s+(?:into|to)|\bswitch|\btransition|\btarget|\bdirection|"
    r"\bcareer|\bpath\b|\bnext\s+role|\brole\b|转什么|转哪|做什么|方向|目标|岗位|转行|转型|职业",
    _I,
)

# Skill level cues.
_NEG_BEFORE = re.compile(
    r"\b(?:never|not|don'?t|do\s+not|doesn'?t|didn'?t|haven'?t|have\s+not|hasn'?t|no|without|"
    r"zero|nor|neither|can'?t|cannot|nothing\s+about)\b|"
    r"没|不会|不懂|不了解|不熟悉|不熟|从未|未曾|无",
    _I,
)
_WEAK_BEFORE = re.compile(r"\bnot\s+(?:very|that|so|too)\b|\bnot\s+much\b|不太|不是很|不大", _I)
_NEG_AFTER = re.compile(r"^\s*(?:也|都|还|完全|一点)?\s*(?:没|从没|从未|不会|不懂|不了解|不熟)")
_BASIC_BEFORE = re.compile(
    r"\b(?:some|a\s+bit(?:\s+of)?|a\s+little(?:\s+bit)?|little|basic|basics\s+of|beginner|"
    r"learning|learnt|learned|studying|studied|familiar\s+with|dabbled(?:\s+in)?|tutorials?|"
    r"hobby|toy|intro(?:ductory)?|starting|started|novice|junior|self-taught|took\s+a\s+course)\b|"
    r"了解|学过|一点|一些|入门|初学|正在学|在学|自学|略懂|接触过|简单|学了|初级|会一点|懂一点",
    _I,
)
_BASIC_AFTER = re.compile(
    r"^\s*(?:basics?|beginner|a\s+bit|a\s+little|\(basic\)|入门|一点|学过|了解|基础|初级|略懂|刚学)",
    _I,
)
_EXPERT_BEFORE = re.compile(
    r"\b(?:expert|senior|advanced|deep|strong|proficient|fluent|mastered|master|extensive|"
    r"lead|principal|staff|seasoned|veteran|heavy)\b|精通|资深|熟练|深入|擅长|高级|专家|深度",
    _I,
)
_EXPERT_AFTER = re.compile(r"^\s*(?:expert|\(expert\)|guru|精通|熟练|专家|很熟)", _I)
_LIST_SEP = re.compile(r"^(?:\s|、|和|与|及|以及|跟|&|/|\+|\band\b|\bor\b|或|或者)*$", _I)
_WISH_BEFORE = re.compile(
    r"\b(?:want|wanna|would\s+like|'d\s+like|hope|hoping|plan|planning|aim|goal|become|"
    r"interested\s+in|need\s+to\s+learn|learn\s+more|to\s+learn|pick\s+up|get\s+into|"
    r"move\s+into|switch|transition|pivot)\b|想|希望|打算|准备|目标|成为|转|计划|要学",
    _I,
)
_NEW_SUBJECT = re.compile(
    r"\b(?:and|but|while|although|though|whereas)\s+(?=i\b|i')|而且我|但我|我(?=会|懂|用|做过)", _I
)
_JOB_CONTEXT = re.compile(
    r"\b(?:work|worked|working|job|use|used|using|daily|production|professional|professionally|"
    r"developer|engineer|built|build|building|ship|shipped|write|wrote|maintain)\b|"
    r"工作|日常|用|项目|开发|负责|做|写|上线|生产",
    _I,
)

# Region.
_REGION_CN = re.compile(
    r"\b(?:China|Chinese\s+market|mainland|Shanghai|Beijing|Shenzhen|Hangzhou|Guangzhou|Chengdu|"
    r"Nanjing|Wuhan|Suzhou)\b|中国|国内|大陆|上海|北京|深圳|杭州|广州|成都|南京|武汉|西安|苏州",
    _I,
)
_REGION_US = re.compile(
    r"\b(?:US|USA|U\.S\.A?\.?|United\s+States|America|San\s+Francisco|Bay\s+Area|SF|Seattle|"
    r"New\s+York|NYC|Silicon\s+Valley|Austin|Boston|Los\s+Angeles)\b|美国|硅谷|旧金山|纽约|西雅图|湾区"
)
_REGION_US_LOWER = re.compile(
    r"\b(?:usa|united\s+states|america|san\s+francisco|bay\s+area|seattle|new\s+york|"
    r"silicon\s+valley|boston|los\s+angeles)\b",
    _I,
)


# --------------------------------------------------------------------------- results
@dataclass
class _Claim:
    skill_id: str
    level: int
    evidence: str
    explicit: bool
    negated: bool


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            chars[i] = " "
    return "".join(chars)


def _weeks(amount: float, unit: str) -> int | None:
    unit = unit.lower()
    if unit.startswith(("w", "周", "星", "礼")):
        weeks = round(amount)
    elif unit.startswith(("m", "月")):
        weeks = round(amount * 52 / 12)
    else:
        weeks = round(amount * 52)
    return weeks if 1 <= weeks <= 520 else None


# --------------------------------------------------------------------------- hours
def _hours_value(n: float, per_day: bool, weekdays: bool) -> float | None:
    hours = n * (5 if weekdays else 7) if per_day else n
    return hours if 0 < hours <= 112 else None


def _find_hours(text: str, asked: str | None) -> tuple[float | None, list[tuple[int, int]]]:
    for regex in (_HOURS_EN, _HOURS_EN_LEAD):
        m = regex.search(text)
        if m:
            n = _en_number(m.group("n"))
            per_day = bool(m.group("day"))
            weekdays = bool(re.search(r"\bweekdays?\b|\bworkdays?\b", text, _I))
            if n is not None:
                return _hours_value(n, per_day, weekdays), [m.span()]
    for regex in (_HOURS_ZH, _HOURS_ZH_TAIL):
        m = regex.search(text)
        if m:
            n = _zh_number(m.group("n"))
            if n is not None:
                n += 0.5 if m.group("half") else 0.0
                weekdays = "工作日" in text
                return _hours_value(n, bool(m.group("day")), weekdays), [m.span()]
    m = _HALF_HOUR_ZH.search(text)
    if m:
        return _hours_value(0.5, bool(m.group("day")), False), [m.span()]
    if asked == "hours_per_week" and not _UNSURE.search(text):
        for m in _BARE_NUMBER.finditer(text):
            raw = m.group("n") or m.group("z")
            if raw.lower() in {"a", "an"}:
                continue
            n = _number(raw)
            if n is None:
                continue
            tail = text[m.end() : m.end() + 12]
            per_day = bool(
                re.match(
                    r"\s*(?:hours?|hrs?|h|个?小时)?\s*(?:a|per|each|every|/)?\s*(?:day|天|日)",
                    tail,
                    _I,
                )
            ) or bool(re.search(r"每天|每日|一天|\ba\s+day\b|\bper\s+day\b|\bdaily\b", text, _I))
            return _hours_value(n, per_day, False), [m.span()]
    return None, []


# --------------------------------------------------------------------------- years
_HORIZON_BEFORE_EN = re.compile(
    r"\b(?:within|in|by|over|next|under|than|most|about|around)\s+$|\bthe\s+next\s+$", _I
)


def _find_years(text: str, asked: str | None) -> tuple[float | None, list[tuple[int, int]]]:
    for regex in _YEARS_EN:
        for m in regex.finditer(text):
            if _HORIZON_BEFORE_EN.search(text[max(0, m.start("n") - 20) : m.start("n")]):
                continue
            n = _en_number(m.group("n"))
            if n is not None and 0 <= n <= 60:
                return n, [m.span("n")]
    for regex in _YEARS_ZH:
        mz = regex.search(text)
        if mz:
            z = _zh_number(mz.group("n"))
            if z is not None:
                z += 0.5 if mz.group("half") else 0.0
                if 0 <= z <= 60:
                    return z, [mz.span()]
    if asked == "background":
        me = re.search(rf"\b(?P<n>{_EN_NUM})\+?\s*(?:years?|yrs?)\b(?!\s+old)", text, _I)
        if me:
            n = _en_number(me.group("n"))
            if n is not None and 0 <= n <= 60:
                return n, [me.span()]
        mz = re.search(rf"(?P<n>{_ZH_NUM})\s*(?:多)?\s*年(?P<half>半)?{_NOT_HORIZON_ZH}", text)
        if mz:
            z = _zh_number(mz.group("n"))
            if z is not None and 0 <= z <= 60:
                return z + (0.5 if mz.group("half") else 0.0), [mz.span()]
    return None, []


# Years right after the stated role are years in it: "Data engineer, 4 years",
# "a product manager at Alibaba for 6 years", "后端开发6年".
_YEARS_AFTER_ROLE_EN = re.compile(
    r"(?:\s+(?:at|in|with)\s+[^,.;:!?\n\d]{1,40}?)?\s*[,，]?\s*"
    r"(?:for\s+(?:the\s+(?:last|past)\s+)?)?(?:about\s+|around\s+|over\s+|almost\s+|nearly\s+)?"
    rf"(?P<n>{_EN_NUM})\+?\s*(?:years?|yrs?)\b(?!\s+(?:old|ago|to\s+go|left|from|plan|horizon))",
    _I,
)
_YEARS_AFTER_ROLE_ZH = re.compile(
    rf"\s*[，,]?\s*(?:工作)?(?:了)?(?:已经|有|快)?\s*(?P<n>{_ZH_NUM})\s*(?:多)?\s*年(?P<half>半)?"
    rf"(?:多)?{_NOT_HORIZON_ZH}"
)


def _years_after_role(text: str, role_end: int) -> tuple[float | None, list[tuple[int, int]]]:
    if role_end < 0:
        return None, []
    m = _YEARS_AFTER_ROLE_EN.match(text, role_end)
    if m:
        n = _en_number(m.group("n"))
        if n is not None and 0 <= n <= 60:
            return n, [m.span("n")]
    mz = _YEARS_AFTER_ROLE_ZH.match(text, role_end)
    if mz:
        z = _zh_number(mz.group("n"))
        if z is not None and 0 <= z <= 60:
            return z + (0.5 if mz.group("half") else 0.0), [(mz.start("n"), mz.end())]
    return None, []


# --------------------------------------------------------------------------- horizon
# "over the next year" is one year; "in the next few months" states no number.
_HORIZON_EN_NEXT = re.compile(
    r"\b(?:over|in|within|during|for|by)\s+the\s+(?:next|coming)\s+(?P<unit>years?|months?)\b",
    _I,
)
# "for a year" is a horizon only right after the hours ("4h a week for a year") or in a wish.
_HORIZON_EN_FOR = re.compile(
    rf"\bfor\s+(?:about\s+|around\s+|roughly\s+)?(?P<n>{_EN_NUM}|half\s+a)\s*(?:-\s*)?{_UNIT_EN}"
    r"(?P<half>\s+and\s+a\s+half)?",
    _I,
)
_WISH_EN = re.compile(
    r"\b(?:want|wanna|would\s+like|'d\s+like|hope|hoping|plan|planning|aim|aiming|goal|"
    r"willing|can|could|will)\b|想|希望|打算|准备|计划",
    _I,
)
# A clause that is only a duration ("2 years", "一年半", "about 18 months").
_DURATION_CLAUSE_EN = re.compile(
    r"(?:about|around|roughly|maybe|approximately|within|in|under)?\s*"
    rf"(?P<n>{_EN_NUM}|half\s+a)\s*(?:-\s*)?{_UNIT_EN}(?P<half>\s+and\s+a\s+half)?"
    r"(?:\s+(?:max|tops|or\s+so|at\s+most))?",
    _I,
)
_DURATION_CLAUSE_ZH = re.compile(
    rf"(?:大概|大约|差不多)?\s*(?:(?P<n>{_ZH_NUM})\s*(?:个)?(?P<half>半)?\s*(?:个)?|(?P<onlyhalf>半)\s*(?:个)?)"
    r"(?P<unit>年|月|周|星期|礼拜)(?P<half2>半)?(?:左右|吧)?"
)
_HORIZON_CONTEXT = re.compile(
    rf"{_UNIT_HOURS}\b|小时|\b(?:want|wanna|like|hope|plan|goal|switch|become|move|transition|"
    r"pivot|target)\b|想|希望|打算|准备|目标|转",
    _I,
)


def _zh_amount(m: re.Match[str]) -> float | None:
    if m.group("onlyhalf"):
        return 0.5
    z = _zh_number(m.group("n"))
    if z is not None and (m.group("half") or m.group("half2")):
        z += 0.5
    return z


def _standalone_duration(text: str, after: list[int]) -> int | None:
    """A clause that is only a duration is the horizon when the whole message is that clause,
    or when the hours (ending at ``after``) or a goal came before it ("5 hours per week, 2 years")."""
    for start, end in _spans(text, _CLAUSE_END):
        clause = text[start:end].strip()
        if not clause:
            continue
        whole = not text[:start].strip(" \t,，.。;；!！?？\n") and not text[end:].strip(
            " \t,，.。;；!！?？\n"
        )
        cued = any(e <= start for e in after) or _HORIZON_CONTEXT.search(text[:start])
        if not (whole or cued):
            continue
        m = _DURATION_CLAUSE_EN.fullmatch(clause)
        if m:
            amount = _en_amount(m)
            if amount is not None:
                return _weeks(amount, m.group("unit"))
        mz = _DURATION_CLAUSE_ZH.fullmatch(clause)
        if mz:
            z = _zh_amount(mz)
            if z is not None:
                return _weeks(z, mz.group("unit"))
    return None


def _en_amount(m: re.Match[str]) -> float | None:
    raw = m.group("n")
    n = 0.5 if raw.lower().startswith("half") else _en_number(raw)
    if n is None:
        return None
    if m.groupdict().get("half"):
        n += 0.5
    return n


def _find_horizon(text: str, asked: str | None, hours_ends: list[int] | None = None) -> int | None:
    """The horizon in weeks; ``hours_ends`` are the ends of the hours phrases in ``text``."""
    for m in _HORIZON_EN.finditer(text):
        amount = _en_amount(m)
        if amount is not None:
            return _weeks(amount, m.group("unit"))
    nxt = _HORIZON_EN_NEXT.search(text)
    if nxt:
        return _weeks(1, nxt.group("unit"))
    sentences = _spans(text, _SENTENCE_END)
    for m in _HORIZON_EN_FOR.finditer(text):
        s_start, _ = _containing(sentences, m.start())
        right_after_hours = any(
            m.start() >= end and not text[end : m.start()].strip(" ,") for end in hours_ends or []
        )
        if right_after_hours or _WISH_EN.search(text[s_start : m.start()]):
            amount = _en_amount(m)
            if amount is not None:
                return _weeks(amount, m.group("unit"))
    plan = _HORIZON_EN_PLAN.search(text)
    if plan:
        amount = _en_number(plan.group("n"))
        if amount is not None:
            return _weeks(amount, plan.group("unit"))
    for m in _HORIZON_ZH.finditer(text):
        if m.group("onlyhalf"):
            z: float | None = 0.5
        else:
            z = _zh_number(m.group("n"))
            if z is not None and (m.group("half") or m.group("half2")):
                z += 0.5
        if z is None:
            continue
        unit = m.group("unit")
        before = text[max(0, m.start() - 8) : m.start()]
        after = text[m.end() : m.end() + 4]
        if _EXPERIENCE_BEFORE_ZH.search(before) or re.match(r"\s*(?:的)?\s*经验", after):
            continue
        if not m.group("suffix"):
            # A bare duration counts when asked, for months ("6个月", "半年" said in passing),
            # or after a planning cue ("用两年", "计划一年").
            if re.match(r"\s*(?:的)?\s*(?:小时|钟头)", after):
                continue
            cued = bool(_HORIZON_ZH_CUE.search(before))
            if not (asked == "horizon" or cued or unit == "月" or m.group("onlyhalf")):
                continue
            if (
                unit in {"周", "星期", "礼拜"}
                and before.endswith(("每", "一"))
                and asked != "horizon"
            ):
                continue
        return _weeks(z, unit)
    standalone = _standalone_duration(text, hours_ends or [])
    if standalone is not None:
        return standalone
    if asked == "horizon":
        bare = _HORIZON_EN_BARE.search(text)
        if bare:
            amount = _en_amount(bare)
            if amount is not None:
                return _weeks(amount, bare.group("unit"))
    return None


# --------------------------------------------------------------------------- roles
def _trim_role(role: str) -> str:
    return role.strip(" \t'\"“”‘’-–—:：、")


def _role_end(text: str, m: re.Match[str], role: str) -> int:
    """Where ``role`` (the trimmed words of group ``role``) ends in ``text``."""
    at = text.find(role, m.start("role"))
    return at + len(role) if at >= 0 else m.end("role")


def _en_role(m: re.Match[str]) -> str | None:
    role = _ROLE_STOP_EN.sub("", m.group("role"))
    role = _trim_role(" ".join(role.split()[:6]))
    if len(role) < 2 or _ROLE_EN_BAD_START.match(role) or _UNSURE.search(role):
        return None
    if re.match(r"^(?:an?|the)\s", role, _I):
        role = role.split(" ", 1)[1]
    return role


def _zh_role(raw: str) -> str | None:
    role = _ZH_CUT.sub("", raw)
    role = re.sub(r"(?:的)?工作$|的$", "", role)
    role = re.sub(r"^(?:有)?[^，,。]{0,6}?经验的", "", role)
    role = _trim_role(role)
    if len(role) < 2 or _ROLE_ZH_BAD_START.match(role) or _UNSURE.search(role):
        return None
    return role


def _find_current_role(text: str, asked: str | None) -> tuple[str | None, int]:
    """The user's current role in their own words, and where it ends in ``text`` (-1 if unknown)."""
    for regex in [*_ROLE_EN, *_ROLE_EN_DOING]:
        for m in regex.finditer(text):
            role = _en_role(m)
            if role is not None:
                return role, _role_end(text, m, role)
    if asked != "target":
        # A bare title opening a sentence; not when the coach asked for the target role.
        for m in _ROLE_EN_LEAD.finditer(text):
            role = _trim_role(" ".join(m.group("role").split()))
            if not _ROLE_EN_LEAD_BAD.search(role) and not _UNSURE.search(role):
                return role, _role_end(text, m, role)
    for regex in [*_ROLE_ZH, _ROLE_ZH_AT, _ROLE_ZH_YEARS]:
        for m in regex.finditer(text):
            if regex is _ROLE_ZH_YEARS and asked == "target":
                continue
            role = _zh_role(m.group("role"))
            if role is not None:
                return role, _role_end(text, m, role)
    if asked == "background" and not _UNSURE.search(text):
        first = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
        first = re.split(r"[,，;；(（]", first, maxsplit=1)[0]
        first = re.sub(
            r"^\s*(?:i'?m|i\s+am|currently|now)\s+(?:an?\s+|the\s+)?", "", first, flags=_I
        )
        first = re.sub(r"^\s*我?(?:现在|目前)?(?:是|做)(?:一名|一个|一位|名|个)?", "", first)
        first = re.sub(rf"^\s*{_ZH_NUM}\s*(?:多)?\s*年(?:的)?", "", first)
        first = re.sub(rf"\s+(?:with|for)\s+{_EN_NUM}\+?\s*(?:years?|yrs?).*$", "", first, flags=_I)
        first = re.sub(rf"\s*{_ZH_NUM}\s*(?:多)?\s*年.*$", "", first)
        role = _trim_role(" ".join(first.split()))
        bare_years = re.fullmatch(rf"{_EN_NUM}\+?\s*(?:years?|yrs?)", role, _I)
        if 2 <= len(role) <= 60 and not bare_years:
            return role, -1
    return None, -1


def _find_target(
    text: str,
    roles: list[Mention],
    sentences: list[tuple[int, int]],
    asked: str | None,
) -> tuple[Mention | None, str | None, list[Mention]]:
    """The target role mention, the raw target phrase, and the mentions that are targets."""
    targets: list[Mention] = []
    for mention in roles:
        s_start, _ = _containing(sentences, mention.start)
        before = text[s_start : mention.start]
        if not _TARGET_CUE.search(before) or _FROM_BEFORE.search(before[-12:]):
            continue
        targets.append(mention)
    if not targets and asked == "target" and roles:
        targets = [roles[0]]
    if targets:
        return targets[0], targets[0].text, targets
    m = _TARGET_RAW_EN.search(text)
    raw: str | None = None
    if m:
        raw = _trim_role(_TARGET_RAW_EN_CUT.sub("", m.group("raw")))
    else:
        mz = _TARGET_RAW_ZH.search(text)
        if mz:
            raw = _trim_role(_ZH_TARGET_CUT.sub("", mz.group("raw")))
    if raw is not None and (len(raw) < 2 or _UNSURE.search(raw) or raw.startswith(("什么", "哪"))):
        raw = None
    if raw is None and asked == "target" and not _UNSURE.search(text):
        bare = _trim_role(" ".join(_SENTENCE_END.split(text.strip(), maxsplit=1)[0].split()))
        raw = bare if 2 <= len(bare) <= 60 else None
    return None, raw, []


def _is_unsure_about_target(text: str, sentences: list[tuple[int, int]], asked: str | None) -> bool:
    for m in _UNSURE.finditer(text):
        if asked == "target":
            return True
        start, end = _containing(sentences, m.start())
        if _TARGET_TOPIC.search(text[start:end]):
            return True
    return False


# --------------------------------------------------------------------------- skills
def _evidence(text: str, sentences: list[tuple[int, int]], mention: Mention) -> str:
    start, end = _containing(sentences, mention.start)
    sentence = text[start:end].strip()
    if len(sentence) <= EVIDENCE_CHARS:
        return sentence
    lo = max(start, mention.start - EVIDENCE_CHARS // 2)
    return " ".join(text[lo : lo + EVIDENCE_CHARS].split())[:EVIDENCE_CHARS]


def _years_near(text: str, sentence: tuple[int, int]) -> float | None:
    part = text[sentence[0] : sentence[1]]
    years, _ = _find_years(part, None)
    return years


def _skill_claims(
    text: str,
    mentions: list[Mention],
    blocked: list[tuple[int, int]],
    job_context: bool,
) -> list[_Claim]:
    sentences = _spans(text, _SENTENCE_END)
    clauses = _spans(text, _CLAUSE_END)
    claims: list[_Claim] = []
    previous: _Claim | None = None
    previous_end = -1
    for mention in mentions:
        if any(mention.start < b_end and b_start < mention.end for b_start, b_end in blocked):
            previous = None
            continue
        c_start, c_end = _containing(clauses, mention.start)
        window_start = max(c_start, previous_end if previous_end > c_start else c_start)
        before = text[window_start : mention.start][-40:]
        clause_before = text[c_start : mention.start]
        next_start = min(
            [m.start for m in mentions if m.start >= mention.end] + [c_end], default=c_end
        )
        after = text[mention.end : min(next_start, mention.end + 15)]
        evidence = _evidence(text, sentences, mention)

        # A wish governs what follows it, up to a new subject ("... and I'm good at Go").
        wish_window = _NEW_SUBJECT.split(clause_before)[-1]
        if _WISH_BEFORE.search(wish_window) and not _BASIC_BEFORE.search(before):
            previous, previous_end = None, mention.end
            continue

        inherited = (
            previous is not None
            and previous_end > c_start
            and bool(_LIST_SEP.match(text[previous_end : mention.start]))
        )
        level: int
        explicit = True
        negated = False
        if _WEAK_BEFORE.search(before):
            level = 1
        elif _NEG_BEFORE.search(before) or _NEG_AFTER.search(after):
            level, negated = 0, True
        elif _BASIC_BEFORE.search(before) or _BASIC_AFTER.search(after):
            level = 1
        elif _EXPERT_BEFORE.search(before) or _EXPERT_AFTER.search(after):
            level = 3
        elif inherited and previous is not None:
            level, explicit, negated = previous.level, previous.explicit, previous.negated
        else:
            years = _years_near(text, _containing(sentences, mention.start))
            if years is not None and years >= 5:
                level = 3
            elif years is not None or job_context:
                level, explicit = 2, years is not None
            else:
                level, explicit = 1, False
        claim = _Claim(mention.id, level, evidence, explicit, negated)
        claims.append(claim)
        previous, previous_end = claim, mention.end
    return claims


def _merge_skills(prior: list[SkillClaim], claims: list[_Claim]) -> list[SkillClaim]:
    merged: dict[str, SkillClaim] = {}
    order: list[str] = []
    for claim in prior:
        key = claim.skill_id or f"raw:{claim.raw}"
        if key not in merged:
            order.append(key)
        merged[key] = claim
    for new in claims:
        key = new.skill_id
        old = merged.get(key)
        if new.negated:
            if old is not None:
                merged.pop(key)
                order.remove(key)
            continue
        level = new.level if new.explicit or old is None else max(old.level, new.level)
        evidence = new.evidence if old is None or level != old.level else old.evidence
        if key not in merged:
            order.append(key)
        merged[key] = SkillClaim(skill_id=key, level=_level(level), evidence=evidence)
    return [merged[k] for k in order]


def _level(value: int) -> Level:
    if value <= 0:
        return 0
    if value == 1:
        return 1
    if value == 2:
        return 2
    return 3


# --------------------------------------------------------------------------- region
def _find_region(text: str) -> str | None:
    cn = _REGION_CN.search(text)
    us = _REGION_US.search(text) or _REGION_US_LOWER.search(text)
    if cn and us:
        return "CN" if cn.start() < us.start() else "US"
    if cn:
        return "CN"
    if us:
        return "US"
    return None


# --------------------------------------------------------------------------- public
def extract_profile(
    text: str,
    prior: Profile | None,
    lexicon: Lexicon,
    kb: KnowledgeBase,
    asked: str | None = None,
) -> Profile:
    """Fold what ``text`` says into ``prior`` and return the new profile.

    ``asked`` is the field the coach just asked about (``background``, ``target``,
    ``hours_per_week`` or ``horizon``); it lets a bare answer ("10", "半年", "Java developer")
    be read in context. Unknown ``asked`` values are ignored.
    """
    base = prior or Profile()
    if asked not in {"background", "target", "hours_per_week", "horizon"}:
        asked = None
    text = _clean(text or "")
    if not text.strip():
        return base.model_copy(deep=True)
    update: dict[str, object] = {}
    if _CJK_CHAR.search(text) or _LATIN_CHAR.search(text):
        update["language"] = detect_language(text)

    sentences = _spans(text, _SENTENCE_END)

    hours, hour_spans = _find_hours(text, asked)
    if hours is not None:
        update["hours_per_week"] = hours
    rest = _masked(text, hour_spans)

    current_role, role_end = _find_current_role(text, asked)
    if current_role is not None:
        update["current_role"] = current_role

    years, year_spans = _find_years(rest, asked)
    if years is None:
        years, year_spans = _years_after_role(rest, role_end)
    if years is not None:
        update["years_experience"] = years
    rest = _masked(rest, year_spans)

    horizon = _find_horizon(rest, asked, [end for _, end in hour_spans])
    if horizon is not None:
        update["horizon_weeks"] = horizon

    role_mentions = [m for m in lexicon.find_roles(text) if m.id in kb.roles]
    target, raw, target_mentions = _find_target(text, role_mentions, sentences, asked)
    if target is not None:
        update |= {"target_role": target.id, "target_raw": raw, "target_unsure": False}
    elif _is_unsure_about_target(text, sentences, asked):
        update |= {"target_role": None, "target_unsure": True}
    elif raw is not None:
        update |= {"target_raw": raw, "target_role": None, "target_unsure": False}

    region = _find_region(text)
    if region is not None:
        update["region"] = region
    if refuses_coding(text) and NO_CODING not in base.constraints:
        update["constraints"] = [*base.constraints, NO_CODING]

    job_context = bool(
        current_role or base.current_role or years is not None or _JOB_CONTEXT.search(text)
    )
    skill_mentions = [m for m in lexicon.find_skills(text) if m.id in kb.skills]
    blocked = [(m.start, m.end) for m in target_mentions]
    claims = _skill_claims(text, skill_mentions, blocked, job_context)
    if claims:
        update["skills"] = _merge_skills(base.skills, claims)

    return base.model_copy(update=update, deep=True)


DOMAIN_SKILL = "domain_expertise"
"""Anyone with a job knows its industry: a stated background shows this skill (if the KB has it)."""
COMMUNICATION_SKILL = "communication"
"""Two years in any job show everyday working communication at level 1; two years as a manager
or lead (who explains, negotiates and reports every day) show it at level 2."""
BACKGROUND_YEARS = 2.0
_LEAD_TITLE = re.compile(
    r"\b(?:manager|lead|head|director|supervisor|principal|chief|vp|owner|founder)\b"
    r"|经理|主管|总监|负责人|组长|主任|领导|老板|创始人|合伙人",
    re.IGNORECASE,
)


def _background_evidence(profile: Profile) -> str:
    role = profile.current_role or ""
    years = profile.years_experience
    if profile.language == "zh":
        when = f"（{years:g} 年）" if years is not None else ""
        return f"来自你的背景：{role}{when}"
    when = f" ({years:g} years)" if years is not None else ""
    return f"from your background: {role}{when}"


def _from_background(profile: Profile, kb: KnowledgeBase) -> dict[str, tuple[int, str]]:
    """Skills a stated job shows by itself: industry knowledge (level 2 after two years, else 1)
    and, after two years, working communication (level 2 for managers and leads)."""
    if not profile.current_role:
        return {}
    years = profile.years_experience
    seasoned = years is not None and years >= BACKGROUND_YEARS
    evidence = _background_evidence(profile)
    out: dict[str, tuple[int, str]] = {}
    if DOMAIN_SKILL in kb.skills:
        out[DOMAIN_SKILL] = (2 if seasoned else 1, evidence)
    if COMMUNICATION_SKILL in kb.skills and seasoned:
        lead = bool(_LEAD_TITLE.search(profile.current_role))
        out[COMMUNICATION_SKILL] = (2 if lead else 1, evidence)
    for skill_id, level in field_skills(profile).items():  # the field's own skills (fields.py)
        if skill_id in kb.skills and level > out.get(skill_id, (0, ""))[0]:
            out[skill_id] = (level, evidence)
    return out


def apply_implied_skills(profile: Profile, kb: KnowledgeBase) -> dict[str, tuple[int, str]]:
    """Effective level and evidence of every skill the user has, with transferable skills.

    A claimed skill at ``min_level`` or above shows each skill it ``implies`` at that level
    (followed transitively); the higher of claimed and implied wins. A stated current role also
    shows industry knowledge (``domain_expertise``): level 2 after two years or more, else 1;
    and two years or more in it show working ``communication`` (1; 2 for managers and leads).
    """
    # skill id -> (level, evidence, the user's own words behind it)
    have: dict[str, tuple[int, str, str]] = {}
    for claim in profile.skills:
        if claim.skill_id is None or claim.level <= 0:
            continue
        old = have.get(claim.skill_id)
        if old is None or claim.level > old[0]:
            have[claim.skill_id] = (int(claim.level), claim.evidence, claim.evidence)
    template = "由 {sid} 推断：{words}" if profile.language == "zh" else "implied by {sid}: {words}"
    for skill_id, (level, evidence) in _from_background(profile, kb).items():
        if level > have.get(skill_id, (0, "", ""))[0]:
            have[skill_id] = (level, evidence, evidence)
    changed = True
    while changed:
        changed = False
        for skill_id in sorted(have):
            level, _, words = have[skill_id]
            skill = kb.skills.get(skill_id)
            if skill is None:
                continue
            for imp in skill.implies:
                current = have.get(imp.skill_id)
                if level >= imp.min_level and (current is None or imp.level > current[0]):
                    evidence = template.format(sid=skill_id, words=words)
                    have[imp.skill_id] = (imp.level, evidence, words)
                    changed = True
    return {sid: (level, evidence) for sid, (level, evidence, _) in have.items()}
