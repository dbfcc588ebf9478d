"""Is a chat turn a pasted CV or job posting, or an ordinary message? (pure)

A document is told from a long message by its *structure*, never by its length alone: several
lines, and either a CV's sections and dated jobs ("Experience", "2019.03 - 至今 …", "Education")
or a posting's sections and voice ("Responsibilities", "Requirements", "we are looking for",
"岗位职责", "任职要求"). A person telling their story over several lines ("I've been a nurse since
2015 …") has neither sections nor a run of dated job lines, and is understood as any chat turn.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from coach.engine.cv_import import CV_HEADING as _CV_HEADING
from coach.engine.cv_import import DATE_RANGE as _RANGE
from coach.engine.cv_import import looks_like_cv
from coach.knowledge.lexicon import Lexicon

DocumentKind = Literal["cv", "posting"]
MIN_LINES = 4
MIN_CHARS = 160
MIN_DOCUMENT_CHARS = 120
"""A message of several lines with a document's structure is read as one from this weight on
(a short posting: a title, its pay and four requirement bullets)."""
ANNOUNCED_CV_SCORE = 2
"""What "here's my CV:" above the lines adds to their CV score (one section heading's worth)."""
MAX_LINES = 80

POSTING_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:\*\*)?(?:(?:key\s+|your\s+|main\s+)?responsibilities|requirements|"
    r"(?:minimum|basic|preferred)\s+qualifications|qualifications|what\s+you(?:'ll|\s+will)\s+"
    r"(?:do|bring|need)|what\s+we(?:'re|\s+are)\s+looking\s+for|about\s+(?:the\s+)?(?:role|job|"
    r"team|you|us)|the\s+role|job\s+description|nice[\s-]+to[\s-]+have|must[\s-]+have|"
    r"(?:what\s+we\s+offer|benefits|perks)|who\s+you\s+are|your\s+profile|"
    r"岗位职责|工作职责|职位职责|职位描述|岗位描述|工作内容|任职要求|岗位要求|职位要求|任职资格|"
    r"加分项|优先条件|福利待遇|薪资福利|我们提供|职位亮点)(?:\*\*)?\s*[:：]?\s*$",
    re.IGNORECASE,
)
_PAY_LINE = re.compile(
    r"^\s*(?:salary|compensation|pay(?:\s+range)?|base\s+pay|薪资|薪酬|月薪|年薪)\s*(?:range\s*)?[:：]|"
    r"\d+(?:\.\d+)?\s*[kK]\s*[-–~至]\s*\d+(?:\.\d+)?\s*[kK](?:\s*[·x×*]\s*\d+\s*薪)?|\d+\s*薪",
    re.IGNORECASE,
)
"""A posting's pay line ("Salary: $115,000 - $145,000", "25-40K·14薪")."""
_POSTING_VOICE = re.compile(
    r"\bwe(?:'re|\s+are)\s+(?:looking\s+for|hiring|seeking)|\bwe\s+(?:seek|offer)\b|"
    r"\byou\s+will\b|\byou'll\b|\bthe\s+ideal\s+candidate|\bjoin\s+(?:our|the)\s+team|"
    r"\bcompetitive\s+(?:salary|pay|compensation)|\bapply\s+(?:now|today|here)|"
    r"\bequal\s+opportunity\s+employer|\bis\s+a\s+plus\b|\bnice\s+to\s+have\b|"
    r"\b(?:full|part)[\s-]time\b|\bhybrid\b|\bon-?site\b|"
    r"诚聘|招聘|我们正在寻找|我们在找|欢迎加入|加入我们|五险一金|薪资|者优先|优先考虑|"
    r"岗位职责|任职要求|工作地点|简历投递|" + _PAY_LINE.pattern,
    re.IGNORECASE,
)
_REQUIREMENT_LINE = re.compile(
    r"^\s*(?:[-*•·]|\d+[.)、]).*(?:\d+\s*\+?\s*(?:years?|yrs?)|\d+\s*年以上|优先|加分|"
    r"\ba\s+plus\b|preferred|familiar|proficien|熟悉|精通|掌握|具备|熟练|了解|有.{0,24}经验|"
    r"\b(?:strong|solid|experience\s+(?:with|in|of)|hands-on|knowledge\s+of|understanding\s+of|"
    r"ability\s+to)\b)",
    re.IGNORECASE,
)
_CV_WORDS = re.compile(
    r"\b(?:curriculum\s+vitae|r[ée]sum[ée]|education|university|college|bachelor|master'?s|"
    r"b\.?sc|m\.?sc|ph\.?d|gpa|graduated|certifications?)\b|"
    r"简历|个人信息|教育背景|教育经历|本科|硕士|博士|毕业|大学|学院|工作经历|项目经历|求职意向",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(
    r"^\s*(?:i\b|i'm\b|i've\b|my\b|me\b|so\b|but\b|and\b|hi\b|hello\b|hey\b|我|你好|您好)",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"[?？]\s*$")
_GREETING = re.compile(r"^\s*(?:(?:hi|hello|hey|dear)\b|.{0,4}(?:你好|您好))", re.IGNORECASE)
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d ()-]{7,}\d|\d{3}\*{3,}\d+|\[(?:email|phone)\]|"
    r"linkedin\.com/|github\.com/|电话|手机|邮箱",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_LEAD_IN_LINE = re.compile(r"[:：]\s*$")
_PERSON_NOW = re.compile(
    r"\b(?:hours?|hrs?|h)\s*(?:a|per|/|each)\s*week\b|\bwithin\s+(?:\d+|a|one|two|six)\s+"
    r"(?:weeks?|months?|years?)|\bwant\s+to\s+(?:move|switch|become|get)|每周|每星期|一周\s*\d|"
    r"\d+\s*个月内|年内|想转|目标[:：]|希望.{0,6}(?:转|成为)",
    re.IGNORECASE,
)
"""What a person says of themselves now (hours, a deadline, a wish), never a document's line."""


_ANNOUNCE_CV = re.compile(
    r"\b(?:here(?:'s|\s+is)\s+my\s+(?:cv|resume|résumé)|my\s+(?:cv|resume|résumé)\s*(?:[:：]|"
    r"below|follows))|这是我的简历|我的简历[:：]|简历如下|以下是我的简历|贴一下(?:我的)?简历",
    re.IGNORECASE,
)
_ANNOUNCE_POSTING = re.compile(
    r"\b(?:job\s+(?:posting|description|ad|advert)|the\s+(?:job|role|position)\s+(?:i\s+want|"
    r"i'd\s+like|i\s+am\s+applying|i'm\s+applying)|here(?:'s|\s+is)\s+the\s+(?:job|posting|"
    r"role|jd))\b|\bJD\s*[:：]|这个岗位[:：]|岗位[:：]|职位描述|招聘信息|想投(?:这个|的)?(?:岗位|职位)|"
    r"目标岗位[:：]",
    re.IGNORECASE,
)
_SEGMENT = re.compile(
    r"(?<=[。；;])\s*|\s{2,}|\s+(?=\d{1,2}[.、]\s*\D)|\s+(?=(?:技能|专业技能|工作经历|项目经历|教育背景|"
    r"岗位职责|任职要求|职位要求|Skills|Experience|Education|Responsibilities|Requirements)\s*[:：])|"
    r"(?<=[a-z0-9)\]][.!?])\s+(?=[A-Z])|"
    r"\s+(?=(?:教育背景|教育经历|工作经历|工作经验|项目经验|项目经历|专业技能|技能|自我评价)\s)"
)
_POSTING_SEGMENT = re.compile(
    rf"{_SEGMENT.pattern}|(?<=，)\s*|(?<=,)\s+|(?<![\d%])\s+(?=[-•*]\s+\S)|"
    r"\s+(?=(?:location|salary|compensation|pay\s+range|about\s+the\s+(?:role|job)|requirements|"
    r"qualifications|responsibilities|nice[\s-]+to[\s-]+have)\b)",
    re.IGNORECASE,
)
"""A posting run together on one line is cut at its sentences and commas (never inside
"$115,000"), its bullets and its section words."""
_LEAD = re.compile(
    r"^.{0,40}?(?:简历|岗位|职位|JD|CV|resume|posting|job)[^:：]{0,20}[:：]\s*", re.I
)


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def document_text(text: str, kind: DocumentKind = "cv") -> str:
    """A document as lines: a one-line paste ("这是我的简历：王工 高级嵌入式工程师 … 技能：C、…") is
    cut at its sentences, numbered items and section words (a posting's also at its commas,
    one duty or requirement each), without the lead-in."""
    if len(_lines(text)) >= MIN_LINES:
        return text
    body = _PARENS.sub(
        lambda m: m.group(0).replace(",", _KEPT_COMMA), _LEAD.sub("", text.strip(), count=1)
    )
    cut = _SEGMENT if kind == "cv" else _POSTING_SEGMENT
    parts = (p.strip(" ，,;；。").replace(_KEPT_COMMA, ",") for p in cut.split(body) if p)
    return "\n".join(p for p in parts if p)


_PARENS = re.compile(r"[(（][^()（）]{0,80}[)）]")
_KEPT_COMMA = "\ue000"
"""A comma inside brackets ("(Remote, US)") is no cut: it stays with its words."""


def _announced(text: str) -> DocumentKind | None:
    """What the person says the text is ("here's my CV:", "这个岗位："), when the document follows
    the words: "…8 hours a week, within a year. this is the job I want:" at the end of a turn
    announces a posting still to come, and the turn is theirs."""
    head = text[:200]
    cv, posting = _ANNOUNCE_CV.search(head), _ANNOUNCE_POSTING.search(head)
    said = cv if cv and not (posting and posting.start() < cv.start()) else posting
    if said is None:
        return None
    after = text[said.end() :]
    if len(after) + 2 * len(_CJK.findall(after)) < MIN_CHARS // 2:
        return None  # nothing after the announcement: the document is still to come
    return "cv" if said is cv else "posting"


def posting_score(lines: list[str]) -> int:
    """Sections (2 each), a posting's voice (1 a line), requirement bullets (at most 3)."""
    headings = sum(1 for line in lines if POSTING_HEADING.match(line))
    voice = sum(1 for line in lines if _POSTING_VOICE.search(line))
    bullets = sum(1 for line in lines if _REQUIREMENT_LINE.match(line))
    return 2 * headings + voice + min(bullets, 3)


_SECTION_LINE = re.compile(
    r"^\s*(?:skills|technical\s+skills|core\s+skills|tech\s+stack|专业技能|技能|技术栈)\s*[:：]\s*\S",
    re.IGNORECASE,
)
"""A section said on its line ("Skills: Python (6 years), SQL", "技能：C、Linux"): a heading."""


_TO_DATE = re.compile(r"至今|现在|目前|\b(?:present|now|today|current)\b", re.IGNORECASE)
"""A job dated to this day ("2018.09-至今", "2019 - present"): a CV's, never a posting's."""


def cv_score(lines: list[str]) -> int:
    """Sections (2 each), dated job lines (2 each, at most 3), CV words (1 a line), a contact
    line (1), a job dated to this day (2)."""
    headings = sum(1 for line in lines if _CV_HEADING.match(line) or _SECTION_LINE.match(line))
    dated = sum(1 for line in lines if _RANGE.search(line))
    words = sum(1 for line in lines if _CV_WORDS.search(line))
    contact = any(_CONTACT.search(line) for line in lines[:6])
    ongoing = any(_RANGE.search(line) and _TO_DATE.search(line) for line in lines)
    return 2 * headings + 2 * min(dated, 3) + words + int(contact) + 2 * int(ongoing)


_DUTY = re.compile(
    r"负责|熟悉|精通|掌握|要求|经验|\b(?:experience|years|required|requirements|responsib\w*|"
    r"you\s+will|must)\b",
    re.IGNORECASE,
)


_INLINE_POSTING = re.compile(
    r"(?:岗位职责|工作职责|职位职责|职位描述|岗位描述|工作内容|任职要求|岗位要求|职位要求|任职资格|加分项|"
    r"薪资(?:范围|待遇)?|\b(?:responsibilities|requirements|qualifications|nice[\s-]+to[\s-]+have|"
    r"must[\s-]+have|what\s+you(?:'ll|\s+will)\s+do|salary|compensation))\s*[:：]|"
    r"\b(?:requirements|qualifications|responsibilities|nice[\s-]+to[\s-]+have)\s+(?=[-•*]\s|\d[.)、])",
    re.IGNORECASE,
)
"""A section named inline: "Requirements: …", "薪资：…", or "Requirements - 3+ years …" (a
posting's lines run together)."""
_INLINE_CV = re.compile(
    r"(?:工作经历|工作经验|教育背景|教育经历|项目经验|项目经历|专业技能|"
    r"\b(?:work\s+experience|experience|education|employment|skills))\s*[:：]?\s",
    re.IGNORECASE,
)


_INLINE_BULLET = re.compile(r"(?<![\d%])\s[-•*]\s+(?=\S)")  # "$115,000 - $145,000": a range
MIN_INLINE_BULLETS = 3
"""A section or pay line named inline and this many bullets run together make a posting."""


def _inline_kind(text: str) -> DocumentKind | None:
    """A one-line paste with no lead-in names its sections inline ("岗位职责：… 任职要求：…",
    "Requirements: … Nice to have: … Salary: …"): two of a posting's, or a CV's sections with a
    job's dates."""
    posting = {m.group(0).lower()[:4] for m in _INLINE_POSTING.finditer(text)}
    bullets = len(_INLINE_BULLET.findall(text))  # "… - 4+ years of Go - Strong SQL - …"
    if len(posting) >= 2 or (posting and bullets >= MIN_INLINE_BULLETS):
        return "posting"
    cv = {m.group(0).lower()[:4] for m in _INLINE_CV.finditer(text)}
    return "cv" if len(cv) >= 2 and _RANGE.search(text) else None


def _announced_document(text: str, lexicon: Lexicon, weight: int) -> DocumentKind | None:
    """A paste on one line (a terminal, a pipe) counts when the person says what it is ("这是我的
    简历：…", "here's the job posting: …") or names its sections inline, and it reads as one."""
    kind = _announced(text) or _inline_kind(text)
    if kind is None or weight < MIN_CHARS // 2:
        return None
    body = document_text(text, kind)
    skills = len(lexicon.find_skills(body[:20_000]))
    if kind == "cv":
        dated = _RANGE.search(body) is not None
        return "cv" if looks_like_cv(body, lexicon) and (dated or skills >= 3) else None
    lines = _lines(body)
    shaped = posting_score(lines) >= 1 or len(lines) >= 3 or bool(_DUTY.search(body))
    return "posting" if skills >= 2 and shaped else None


def pasted_document(text: str, lexicon: Lexicon) -> DocumentKind | None:
    """``cv`` or ``posting`` when ``text`` is one pasted in, else None (an ordinary turn)."""
    lines = _lines(text)
    weight = len(text) + 2 * len(_CJK.findall(text))  # a Chinese character says more
    if len(lines) < MIN_LINES:
        return _announced_document(text, lexicon, weight)
    if weight < MIN_DOCUMENT_CHARS:
        return None
    chatty = sum(1 for line in lines if _FIRST_PERSON.match(line) or _QUESTION.search(line))
    if chatty * 2 > len(lines):
        return None  # a person talking (or asking), line after line
    if _GREETING.match(lines[0]) and _QUESTION.search(lines[-1]):
        return _announced_document(text, lexicon, weight)  # a letter to the coach, not a paste
    lines = lines[:MAX_LINES]  # the structure shows early; the rest is read by the importer
    posting, cv = posting_score(lines), cv_score(lines)
    if _announced(text) == "cv":  # "Here's my resume:" says what the lines are
        cv += ANNOUNCED_CV_SCORE
    if posting < 5 and cv < 6:
        return None  # no document's structure: skip the lexicon (every long turn comes here)
    skills = len(lexicon.find_skills(text[:20_000]))
    voice = sum(1 for line in lines if _POSTING_VOICE.search(line))
    bullets = sum(1 for line in lines if _REQUIREMENT_LINE.match(line))
    paid = any(_PAY_LINE.search(line) for line in lines)
    has_posting_section = (
        any(POSTING_HEADING.match(line) for line in lines)
        or (voice >= 2 and bullets >= 2)
        or (paid and bullets >= 3)
    )
    has_cv_shape = (
        any(_CV_HEADING.match(line) or _SECTION_LINE.match(line) for line in lines)
        or sum(1 for line in lines if _RANGE.search(line)) >= 2
        or _announced(text) == "cv"  # "Here's my resume:" above a dated job and its lines
    )
    if posting >= 5 and posting > cv and skills >= 2 and has_posting_section:
        return "posting"
    if cv >= 6 and cv >= posting and has_cv_shape and looks_like_cv(text, lexicon):
        return "cv"
    return None


def chat_lines(text: str) -> str:
    """The person's own words around a pasted document: the lead-in ("6 hours a week, by
    September; here's the job:") and lines in the first person or asking something. They are
    read as any chat turn (hours and a deadline count there, never from the document itself)."""
    lines = _lines(text)
    said = [
        line
        for index, line in enumerate(lines)
        if _FIRST_PERSON.match(line)
        or _QUESTION.search(line)
        or _PERSON_NOW.search(line)
        or (index == 0 and _LEAD_IN_LINE.search(line))
    ]
    if len(lines) < MIN_LINES:  # a one-line paste: only its lead-in
        lead = _LEAD.match(text.strip())
        said = [lead.group(0)] if lead else []
    return "\n".join(said)


def own_words(text: str, lexicon: Lexicon) -> str:
    """What a chat turn says about the person: a pasted job posting is the job's words, never
    their background (its "了解向量数据库" is not a skill they have), so only the lines they wrote
    around it count; any other turn (a pasted CV included) is theirs as it stands."""
    if pasted_document(text, lexicon) != "posting":
        return text
    return chat_lines(text)


_MOVED = frozenset({"posting_target", "targeted_posting", "with_posting_evidence"})


def __getattr__(name: str) -> Any:
    """The target a posting makes now lives in :mod:`coach.engine.posting_pick`; its names are
    still read from here (imported on first use: that module imports the posting reader, which
    imports this one)."""
    if name in _MOVED:
        from coach.engine import posting_pick

        return getattr(posting_pick, name)
    raise AttributeError(name)
